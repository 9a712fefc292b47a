// Per-words in a label (`每户`, `每立方米`, `每收发一件`, `一亩地`): the per-word patterns a label takes from its clause
// or the clause before, the label of a per-word alone named by the noun or the item key before it (keyedLabel), and
// the label of a clause opening on one of a measure (onePer: `一亩地收入1万多元` → 一亩地收入). label.ts puts them in.

import { type FigureScope, segmentOf } from './scope.ts';
import { hasNoun, isActor, isHead, join, type Tagged, tagged } from './label-roles.ts';
import { leftPhrase, MAX_LABEL_LENGTH } from './label-phrases.ts';

/**
 * A per-word label named by what stands before it: the noun its clause links to it (`水价为每立方米3.65元` →
 * 水价每立方米) and the key of the item it is in (`缴费标准: 每人每年400元`, `一、第一阶梯：…水价为每立方米3.65元` →
 * 第一阶梯水价每立方米): a short noun phrase before a colon, no reporting verb nor speaker. '' when neither is there.
 */
export function keyedLabel(label: string, scope: FigureScope, before: string): string {
  const linked = /(\p{Script=Han}{2,6})(?:为|是)每[^，,；;：:]*$/u.exec(before)?.[1] ?? '';
  const subject = linked && hasNoun(tagged(linked)) ? join(leftPhrase(tagged(linked))) : '';
  const item = scope.sentence.slice(segmentOf(scope).start, scope.start);
  const keys = [...item.matchAll(/(?:^|[、.．）)\s])([\p{Script=Han}]{2,8})\s*[：:]/gu)].map((m) => m[1]!);
  const key = keys.at(-1) ?? '';
  const words = tagged(key);
  const last = words.at(-1);
  const named = last && isHead(last) && /^n/.test(last.tag) && !words.some((w) => /^nr/.test(w.tag)) && !isActor(words) ? key : '';
  const whole = `${named && !subject.includes(named) ? named : ''}${subject}${label}`;
  return whole !== label && whole.length <= MAX_LABEL_LENGTH ? whole : '';
}

/**
 * The label of a clause that opens on one of a measure (`一亩`, `一个`, `一斤`), with the noun it measures, and has only
 * time words, modals and verbs after it up to the number: those words, as a per-word label; '' for any other clause.
 */
export function onePer(left: readonly Tagged[]): string {
  const first = left.find((w) => w.role !== 'punct' && w.role !== 'skip');
  if (!first || !ONE_OF.test(first.word) || left.indexOf(first) !== left.findIndex((w) => w.role !== 'punct')) return '';
  const rest = left.slice(left.indexOf(first) + 1).filter((w) => w.role !== 'skip');
  const measured = rest[0]?.role === 'noun' && !/^(?:m|t)$/.test(rest[0].tag) ? rest[0].word : '';
  // (Modals say nothing of what is counted: `能收入` → 收入.)
  const after = rest.slice(measured ? 1 : 0).filter((w) => !/^(?:能|可|可以|要|会|得|才|就)$/.test(w.word));
  if (after.length === 0 || !after.some((w) => w.role === 'verb') || after.some((w) => w.role !== 'verb' && !/^(?:m|t)$/.test(w.tag))) return '';
  const label = `${first.word}${measured}${join(after)}`;
  return label.length <= MAX_LABEL_LENGTH ? label : '';
}
// One of a measure word: 一 and a measure (`一亩`, `一个`, `一斤`, `一年` is a time, no measure of a thing).
const ONE_OF = /^一[个亩斤户间座辆台套张块吨袋箱盒棵株头只]$/;

/** A per-word: 每 and a measure word (`每户`, `每座`, `每度电`, `每餐`). */
// (Per so many people, `每千人口`, `每万人`; and an average per day, month or year, `日均`, cut off from the label by
// a preposition or a verb of having: `幸福院日均为2600余名老人提供助餐服务`, `每千人口拥有…托位数达到4.5个`.)
export const PER_WORD = /每(?:[十百千万](?:人口|人|户|名)|[户人座名月年天日晚周次吨斤亩间套辆台件张份位家所处餐顿]|度电?)|[日月年]均(?=[为对给向拥有])/;
/** A label that is a per-word alone (`每餐`, `每人每月`): the amount of a unit, which the amounts after it split. */
export const PER_ALONE = /^(?:每[\p{Script=Han}]{1,2}){1,2}$/u;
/** A per-word of what is done: 每, a verb, 一 and a measure word (`每收发一件`, `每销售一斤`, `每培训一人`). */
export const PER_DONE = /每\p{Script=Han}{1,2}一(?:[户人座名吨斤亩间套辆台件张份位家所处单])/u;
