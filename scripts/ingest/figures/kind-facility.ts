// A facility told by its own size or by its opening, the words kind.ts and period-years.ts both read, with one home each:
// the verbs of a facility opened for use (OPENED), a count of facilities that then open (OPENED_AFTER), the sizes a
// building is told by (BUILDING_SIZES), and the headings of a column of sizes (SIZE_HEADING).

/** A facility opened for use (`投入使用`, `开诊`, `开馆` …): kind.ts's FACILITY_TOLD, period-years.ts's EVENT_DATE. */
export const OPENED = '投用|投入使用|投入运营|开诊|开业|开馆|开园|启用';

/**
 * After a count, the facility's noun, how or when, then its opening (OPENED, 开餐, 通车) closing the clause (`上村镇2处“暖心驿站”
 * 投入使用`, `…的3所长者食堂同时开餐`, `两所公办托育园于11月投入使用`): kind.ts reads them put in use in the period, new, as
 * 新建的3所…投入使用 is — not a part of them (`已有9所投入使用`), the places something opens in (`在6个社区同时开课`, `已在…等32个
 * 小区投用`), nor a count after a verb of its own (`引入2家社会组织托管运营`); those kind.ts tells apart before it.
 */
export const OPENED_AFTER = new RegExp(
  `^[^，,；;。0-9]{0,14}?(?:正式|同时|已|相继|陆续|顺利|于[0-9]{1,2}月(?:[0-9]{1,2}日)?)*(?:${OPENED}|开餐|通车)(?=$|[，,；;。])`,
);

/** A sentence told as of a day or now (`截至10月底`, `目前`): what is there then, a stock. */
export const AS_OF = /截至|目前/;
/** An adverb of the whole (均, 都, 全部, 皆: "each of them") before the opening: all of a set are in use, a state. */
const EACH_OF_THEM = /均|都|全部|皆/;

/**
 * A count the clause opens after (OPENED_AFTER) put in use in the period: not a whole in use now — the opening told of each
 * of them (`126个社区食堂均已投入使用`, `…已全部投入运营`), or the count after a whole place (`全市12个`) or in a sentence told
 * as of now (`目前，`, `截至目前，`): the stock.
 */
export function openedInPeriod(after: string, before: string, sentenceBefore: string): boolean {
  const opened = OPENED_AFTER.exec(after)?.[0];
  return opened !== undefined && !EACH_OF_THEM.test(opened) && !/全[省市县区镇乡]$/.test(before) && !AS_OF.test(sentenceBefore);
}

/** The sizes told right after a building's name (`市场面积300平方米`, `敬老院总投资1200万元`). */
const BUILDING_SIZES = '总?面积|总投资';

// A column headed by a dimension (`长度（公里）`, `里程`, `面积`, `规模`, `总投资`) gives the size of the thing its row names,
// whatever works the name tells of (`长兴北路改造 4.6`): a total, as `全长` or `总投资` before a number is.
export const SIZE_HEADING = new RegExp(`^(?:长度|全长|总?里程|建筑面积|规模|投资额|${BUILDING_SIZES})`);

// A clause that tells a facility by its own size (建筑面积, 占地 … a number), by its area or cost told right after a
// building's name (`市场面积300平方米`, `敬老院总投资1200万元`: 院, 馆, 站, 场, 中心 …), or by its opening (投用, 投入使用,
// 开诊, 开业 …); not works done told by their area (`新增绿化面积3.2万平方米`, `完成造林面积1.2万亩`: a verb of works in the
// clause; `新建的` names the facility), nor a project's money (`该项目总投资1200万元`): what is put up after those is new.
export const FACILITY_TOLD = new RegExp(
  `(?<=^|[，,；;。])(?![^，,；;。]*(?:新增|新建(?!的)|完成|建成(?!的)|改造|造林|绿化|硬化|实施))[^，,；;。]*(?:建筑面积|占地(?:面积)?|(?:[院馆站楼园所校厅室场]|中心)(?:${BUILDING_SIZES}))[^，,；;。]{0,8}[0-9][^，,；;。]*$|(?:${OPENED})$`,
);
