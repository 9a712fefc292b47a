// The label of a count whose noun stands after the number (`新增备案67个普惠社区托育点`, `为全镇86户独居老人免费安装
// 烟雾报警器`): the noun after is what is counted, defined by the verbs before it or by what was done to, for or by
// those counted (an age, a place word, a verb and its object, what they did later, what they hold, who made them do
// it, what they make up, where they come from). label.ts calls it where a counter or a 的 puts a noun after the number.

import type { FigureScope } from './scope.ts';
import { DEFINING, hasNoun, join, type Tagged, tagged, TIME_WORD } from './label-roles.ts';
import { MAX_LABEL_LENGTH } from './label-phrases.ts';
import { heldPredicate, laterPredicate, predicateOf, trailingVerbs, verbPhrase } from './label-predicates.ts';
import { LEADING_AGE } from './label-ages.ts';
import { cameFrom, causeBefore, madeUp, ownedObject } from './label-objects.ts';

// Measure words of people: what a verb before them may make them do (`带动60余户村民在家门口增收`).
const PEOPLE = /^(?:人|名|户|位|人次)$/;
// Verbs that make those they take as object do something (推动, 引导, 组织 …): what those then did says what they
// are, whatever they are counted in (`推动42家机关企事业单位向周边居民开放停车泊位` → 开放停车泊位的机关企事业单位).
const PIVOT = /(?:推动|引导|组织|动员|鼓励|督促|指导|吸引)$/;
/** The words before the first number (the count of the object the counted acted on). */
const uptoCount = (rest: readonly Tagged[]) => (rest.findIndex((w) => w.role === 'number') < 0 ? rest : rest.slice(0, rest.findIndex((w) => w.role === 'number')));

/** What the words around a count define of the noun counted after it (see the header). */
export function countedLabel(
  scope: FigureScope,
  clause: { start: number; end: number },
  words: { left: readonly Tagged[]; phrase: readonly Tagged[]; noun: readonly Tagged[]; rest: readonly Tagged[] },
  counter: boolean,
): string {
  const { left, phrase, noun, rest } = words;
  let label: string;
  // `新增备案67个普惠社区托育点`, `接受为期3年的培养`: the noun after is what is counted, with the verb
  // right before the number (`…农村路的畅通惠及5万余名群众`) or the verb phrase opening the words before.
  // (An age before the count defines the noun, `60周岁以上的2.1万名老人`: it is no verb.)
  const age = !hasNoun(phrase) && LEADING_AGE.exec(join(phrase))?.[2] === '' ? join(phrase).replace(/的$/, '') : '';
  // (A place word alone before the count says where the counted are: `沿线9个村` → 沿线村.)
  const where = phrase.length > 0 && phrase.every((w) => w.tag === 'f') ? join(phrase) : '';
  // (A verb before a place word the phrase stopped at takes the count as its object: `覆盖沿线14个行政村` → 覆盖.)
  const verbs = where || (hasNoun(phrase) ? trailingVerbs(phrase) || verbPhrase(phrase) : age ? '' : join(phrase) || causeBefore(left));
  // (A noun phrase with its own modifier, `已达成意向的项目`, is defined already: what it does after is no part of it.)
  const modified = noun.some((w) => w.role === 'de');
  const done = verbs || modified ? { verb: '', object: '' } : predicateOf(rest);
  // `2.1万名老人统一购买了意外伤害保险`: a verb with its object reads as what defines the noun; of a
  // list of objects too long for a label, the first (`安装了烟雾报警器和一键呼叫设备` → 安装烟雾报警器).
  const object = `${done.verb}${done.object}的${join(noun)}`.length <= MAX_LABEL_LENGTH ? done.object : done.object.split(/[、和及与]/)[0]!;
  // (The age goes first where the label would run too long.)
  const long = `${done.verb}${object}的${age}${join(noun)}`;
  const defined = long.length <= MAX_LABEL_LENGTH ? long : `${done.verb}${object}的${join(noun)}`;
  label = object && defined.length <= MAX_LABEL_LENGTH ? defined : `${verbs}${age}${join(noun)}${object ? '' : done.verb}`;
  // `为全镇86户独居老人免费安装烟雾报警器`: a count after 为, 给 or 向 is of those a verb and its object were done
  // for (安装烟雾报警器的独居老人), not of what they did.
  const forWhom = !verbs && !object && hasNoun(tagged(done.verb)) && FOR_WHOM.test(scope.sentence.slice(clause.start, scope.start));
  if (forWhom && `${done.verb}的${age}${join(noun)}`.length <= MAX_LABEL_LENGTH) label = `${done.verb}的${age}${join(noun)}`;
  // (累计 before 为 sums what was done for them: `累计为1.6万名学生提供课后服务` → 累计提供课后服务的学生.)
  const summed = verbs && !modified && tagged(verbs).every((w) => DEFINING.test(w.word)) && FOR_WHOM.test(scope.sentence.slice(clause.start, scope.start)) ? predicateOf(rest) : undefined;
  const forSummed = summed && !summed.object && hasNoun(tagged(summed.verb)) ? `${verbs}${summed.verb}的${age}${join(noun)}` : '';
  if (forSummed && forSummed.length <= MAX_LABEL_LENGTH) label = forSummed;
  // `1860户村民12月起用上天然气`: what the counted got, past the time, place and adverbs before it; after a
  // verb that took them as its object (`带动60余户村民在家门口增收`), what that verb made them do.
  const later = done.verb || !counter || modified ? '' : laterPredicate(rest, /^(?:和|及|与|、)$/.test(noun[noun.length - 1]?.word ?? ''));
  // (So does one before a place word the phrase stopped at: `带动周边60余名村民就近务工` → 带动周边村民就近务工.)
  const pivot = verbs && later && PEOPLE.test(scope.unit) && (trailingVerbs(phrase) === verbs || (phrase.length === 0 && causeBefore(left) === verbs));
  // `对城区85个老旧小区的庭院管网进行了更新`: the count is of the holders that had works done to what they hold
  // (庭院管网更新的老旧小区), with the verbs closing the words before, which made it happen (`带动…的村民就业`).
  const held = done.verb || later ? '' : heldPredicate(rest);
  const holders = held ? `${causeBefore(left)}${held}的${age}${join(noun)}` : '';
  // `解决1.5万户居民冬季取暖问题`: a noun phrase running from the counted to the clause's end is the object of
  // the verb before the count, and the counted are those it was done for (解决冬季取暖问题的居民).
  // (Past the other counts of those it was done for, before 的: `解决了42个村、1.1万人的季节性缺水问题`, `解决6个乡镇2.3万人的…`.)
  // (Or with 的 between them, `解决了3800户村民的吃水问题`, `完成了15个村的道路硬化`: a verb may open the phrase there, as
  // it modifies the noun closing it.)
  const objectOf = !held && !later && verbs && verbs === trailingVerbs(phrase) ? ownedObject(rest) || ownedObject(pastCounts(rest)) || ownedAfterDe(rest) : '';
  if (objectOf && `${verbs}${objectOf}的${age}${join(noun)}`.length <= MAX_LABEL_LENGTH) label = `${verbs}${objectOf}的${age}${join(noun)}`;
  else if (holders && holders.length <= MAX_LABEL_LENGTH) label = holders;
  else if (later && !verbs && `${later}的${age}${join(noun)}`.length <= MAX_LABEL_LENGTH) label = `${later}的${age}${join(noun)}`;
  else if (pivot && `${label}${later}`.length <= MAX_LABEL_LENGTH) label = `${label}${later}`;
  // (A place word between the verb and the count says where the counted are: `惠及沿线12个村` → 惠及沿线村; with its 的
  // too, `沿线的23个村` → 沿线村.)
  const side = left.at(-1)?.word === '的' ? left.at(-2) : left.at(-1);
  const nounText = join(noun);
  if (side && side.tag === 'f' && side.role === 'stop' && /^[^以之]\p{Script=Han}$/u.test(side.word) && !TIME_WORD.test(side.word) && label.endsWith(nounText) && !label.includes(side.word) && !label.includes('的') && label.length < MAX_LABEL_LENGTH - 1) {
    label = `${label.slice(0, label.length - nounText.length)}${side.word}${nounText}`;
  }
  // (What those a verb of making do did, up to the count of its object, names them: `推动42家机关企事业单位向周边居民
  // 开放停车泊位2860个` → 开放停车泊位的机关企事业单位, not who made them.)
  const made = !pivot && !done.verb && !modified && PIVOT.test(verbs) && trailingVerbs(phrase) === verbs ? later || laterPredicate(uptoCount(rest)) : '';
  if (made && `${made}的${age}${join(noun)}`.length <= MAX_LABEL_LENGTH) label = `${made}的${age}${join(noun)}`;
  // `一支由62名退休党员组成的“邻里互助队”`: the members of what they make up (邻里互助队退休党员).
  const whole = /由$/.test(scope.sentence.slice(clause.start, scope.start)) ? madeUp(rest, scope.sentence.slice(scope.end)) : '';
  if (whole && `${whole}${join(noun)}`.length <= MAX_LABEL_LENGTH) label = `${whole}${join(noun)}`;
  // `来自6个县的64名乡镇党委书记`: the places the next counted come from (乡镇党委书记所来自的县).
  const from = cameFrom(scope.sentence.slice(clause.start, scope.start), rest);
  if (from && `${from}所来自的${join(noun)}`.length <= MAX_LABEL_LENGTH) label = `${from}所来自的${join(noun)}`;
  return label;
}

const FOR_WHOM = /(?:为|给|向)(?:全[省市县区镇乡村])?$/;

/**
 * The words after the other counts of the same people or places and their 的, where the words after the counted noun
 * are only such counts (`、1.1万人的季节性缺水问题` → 季节性缺水问题); [] otherwise.
 */
function pastCounts(rest: readonly Tagged[]): readonly Tagged[] {
  let i = rest[0]?.word === '、' ? 1 : 0;
  if (rest[i]?.role !== 'number') return [];
  while (rest[i]?.role === 'number') i++;
  // (A noun may name the count, `1.1万名群众的`.)
  while (rest[i]?.role === 'noun' && rest[i + 1]?.role !== 'number') i++;
  return rest[i]?.role === 'de' ? rest.slice(i + 1) : [];
}

/** The noun phrase after 的 right after the counted noun, `的吃水问题`, read as ownedObject reads it (a verb may open it). */
function ownedAfterDe(rest: readonly Tagged[]): string {
  if (rest[0]?.role !== 'de' || rest[1]?.role !== 'verb' && rest[1]?.role !== 'noun') return '';
  const phrase = rest.slice(1);
  // (Only its first word may be a verb: `的家庭了解情况` runs on into a predicate of its own.)
  if (phrase.slice(1).some((w) => w.role === 'verb')) return '';
  return ownedObject(phrase[0]!.role === 'verb' ? [{ ...phrase[0]!, tag: 'vn' }, ...phrase.slice(1)] : phrase);
}
