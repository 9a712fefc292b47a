// Places an article names in passing, read by the form of the words around the name, not by the name: where a
// person comes from (`来自八义镇的杜师傅`), where visitors come from (`迎来潞州区一所中学的400多名学生`), what the
// article's place is measured against (`比邻近的襄垣县同类大棚高出`, `高于潞城区`). describe/regions.ts leaves them
// out of what an article is about, and figures/place-names.ts out of where a figure is. (A resident
// who lives where the article's work is done, `家住古韩镇的学生家长赵丽娜说`, is its scene: 家住 is not passing.)

/** A span of text: where a place (or a list of places joined by 、和与及) starts and ends. */
export interface Span {
  start: number;
  end: number;
}

// Who comes from the place: 来自, the place followed by 的 and the person (`来自八义镇的杜师傅`). A list after 来自
// with no 的 after it (`患者来自平顺、武乡、沁源等山区县`) is where the article's work reaches and still counts.
const ORIGIN_BEFORE = /来自$/u;
const ORIGIN_AFTER = /^的/u;
// … or 从 the place, then coming (来, 赶来, 过来) and 的 closing the phrase of who came (`专程从屯留区赶来的求职者`,
// `从武乡县来的游客`): the place is where the person set out, not where the article's work is done.
const FROM_BEFORE = /从$/u;
const FROM_AFTER = /^[^，,。；;：:、“”]{0,4}?来的/u;
// Visitors an article's place receives: the place opens the phrase of who comes (`迎来潞州区一所中学的…学生`,
// `接待黎城县的游客`), closed by 的 within a few words.
const VISIT_BEFORE = /(?:迎来|接待|吸引)$/u;
const VISIT_AFTER = /^[^，,。；;：:、“”]{0,8}?的/u;
// What the article's place is compared with: 比 (not 同比, 环比, 占比, 对比, 相比, 评比, 攀比, 无比, nor 比如, 比较,
// 比例, 比重, 比率, 比赛) a few words before the place in the same clause (`比邻近的襄垣县`), or 高于/低于/好于/优于
// right before it.
const COMPARED_BEFORE = /(?:(?<![同环占对相评攀无])比(?![如较例重率赛])[^，,。；;：:、“”\d]{0,5}|(?:高|低|好|优|快|慢)于)$/u;
// … or framed as the other side of a comparison: 与/和/同/跟 right before the place, 相比/比较/相较 closing the
// frame within a few words (`与上党区相比`, `和邻近的襄垣县同期相比`).
const FRAME_BEFORE = /(?:与|和|同|跟)(?:邻近的|周边的|隔壁的)?$/u;
const FRAME_AFTER = /^[^，,。；;：:、“”]{0,4}?(?:相比|比较|相较|对比)/u;

/** Is the place (or list of places) at `span` named only in passing: a person's or visitor's origin, or a comparison? */
export function inPassing(text: string, span: Span): boolean {
  const before = text.slice(0, span.start);
  const after = text.slice(span.end);
  if (ORIGIN_BEFORE.test(before) && ORIGIN_AFTER.test(after)) return true;
  if (FROM_BEFORE.test(before) && FROM_AFTER.test(after)) return true;
  if (VISIT_BEFORE.test(before) && VISIT_AFTER.test(after)) return true;
  if (FRAME_BEFORE.test(before) && FRAME_AFTER.test(after)) return true;
  return COMPARED_BEFORE.test(before);
}
