// A doing for whom (`为老人巡诊1600余人次`): the label's phrase opens right after 为, the preposition of whom it is done
// for, and the words right before 为 say how or by what it is done — `上门为老人测血压、送药`, `累计为老人巡诊`,
// `通过远程会诊平台为山区群众诊疗` — which the phrase, stopping at the preposition, had cut off (750, 756, 761, 771).
// Not who does it: an office or a body (`县医院为群众免费体检`) is no part of what is counted.

import { isActor, isHead, join, type Tagged } from './label-roles.ts';
import { MAX_LABEL_LENGTH } from './label-phrases.ts';

/** jieba's tags of a plain noun or a person's name (not `vn` 定期, nor `ns`, which it gives 上门). */
const PLAIN_NOUN = /^(?:n|nr|nrfg|nrt)$/;
/** At most this many words before 为 are read as how it is done (`远程/会诊/平台`). */
const MANNER_WORDS = 3;

/** `label` with the words before 为 and 为 itself, where its phrase opens right after 为; `label` otherwise. */
export function forWhom(label: string, left: readonly Tagged[], phrase: readonly Tagged[]): string {
  const at = phrase.length > 0 ? left.indexOf(phrase[0]!) : -1;
  if (at < 2 || left[at - 1]!.word !== '为' || left[at - 1]!.tag !== 'p' || !label) return label;
  // (For whom, then the doing: a noun after 为 and a verb closing the phrase. 为 before an amount is a copula,
  // `水价为每立方米3.65元`, no doing for anyone.)
  if (!isHead(phrase[0]!) || /^每/.test(phrase[0]!.word) || phrase.at(-1)!.role !== 'verb') return label;
  let first = at - 1;
  while (first > 0 && at - 1 - first < MANNER_WORDS && /^(?:noun|verb)$/.test(left[first - 1]!.role) && !/^(?:r|m|t)$/.test(left[first - 1]!.tag)) first--;
  // (A verb opening the run is the clause's, who was sent or organised: `组织/协理员上门为…`; so is a plain noun before
  // how it is done, not brought by a preposition as `通过/远程会诊平台` is: who does it, `社区/医护人员/定期为老人体检`.)
  while (first < at - 2 && (left[first]!.role === 'verb' || (PLAIN_NOUN.test(left[first]!.tag) && left[first - 1]?.tag !== 'p'))) first++;
  if (first === at - 2 && left[first]!.role === 'verb') first++;
  // (Dropped from the front, an actor first: `协理员/上门` → 上门 where the two would be too long.)
  for (; first < at - 1; first++) {
    const manner = left.slice(first, at - 1);
    if (isActor(manner) || manner.some((w) => isActor([w]))) continue;
    const whole = `${join(manner)}为${label}`;
    if (whole.length <= MAX_LABEL_LENGTH) return whole;
  }
  return label;
}
