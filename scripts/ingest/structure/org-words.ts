// A body's name and a post held there, each told by the word it ends on, not by a list of bodies or people: the one
// home of both, read by bylines.ts (a unit's author, a body that gave a picture, a writer's note) and issuers.ts (a
// body that signs a notice).

/** The word a body's name ends with: `县委宣传部`, `沁县融媒体中心`, `市热力公司`, `街道办事处`, `县人民政府`. */
export const ORG_END_WORD = '(?:部|局|中心|委员会|委|办公室|办|站|院|队|所|会|公司|社|台|馆|厅|处|署|集团|小组|指挥部|政府)';

/** The word that closes a post: `教师`, `主任`, `主任医师`, `副教授`, `护士长`, `政协委员`. */
export const POST_END = '(?:教师|老师|教授|讲师|委员|代表|干部|会员|主任|职工|学生|书记|院长|校长|馆员|员|师|长|家)';
