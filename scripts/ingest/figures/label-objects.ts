// The verbs and objects around a count that a label takes: a verb and its object after the number, a noun phrase
// the counted own, the verbs that made the counting happen, what a count after 由 makes up, and the verbs before a
// list closed by 等, where those counted next come from. Split from label.ts so the forms of a verb's object read together.

import { hasNoun, join, type Tagged, TIME_WORD } from './label-roles.ts';
import { rightPhrase } from './label-phrases.ts';

/**
 * A verb and the head of its object running to the end of the clause (`提供稳定、清洁的热源` → 提供热源): the
 * object's modifiers before its last 的 are left out. Not a linking verb, nor a clause with a number in it.
 */
export function verbObject(rest: readonly Tagged[]): string {
  const words = rest.filter((w) => w.role !== 'skip');
  const verb = words[0];
  if (!verb || verb.role !== 'verb' || LINKING_VERBS.test(verb.word)) return '';
  let start = words.length;
  while (start > 1 && words[start - 1]!.role === 'noun') start--;
  const object = words.slice(start);
  // (了 right after the verb is its aspect: `拿到了…证书`.)
  if (words.slice(0, start).some((w, i) => w.role === 'number' || (w.role === 'stop' && !(w.word === '等' && i === start - 1) && !(i === 1 && /^[了过]$/.test(w.word))))) return '';
  // (The object follows the verb, the 的 closing its modifiers, or the 等 closing a list of its kinds:
  // `投入教育、医疗、养老、就业等民生关键领域` → 投入民生关键领域.)
  const whole = start === 1 || words[start - 1]!.role === 'de' || words[start - 1]!.word === '等';
  return whole && hasNoun(object) ? `${verb.word}${join(object)}` : '';
}
export const LINKING_VERBS = /^(?:是|为|有|成为|作为|达到|达|占|占到|约|超过)$/;

/**
 * A noun phrase running to the clause's end right after a counted noun (`居民冬季取暖问题` → 冬季取暖问题): it
 * opens on a noun or a time word, closes on a noun, and holds no number, 的, break or verb opening a predicate.
 */
export function ownedObject(rest: readonly Tagged[]): string {
  const first = rest[0];
  const last = rest[rest.length - 1];
  if (!first || !last || !/^(?:n|nz|t|vn)$/.test(first.tag) || last.role !== 'noun' || !/^n/.test(last.tag)) return '';
  if (rest.length < 2 || rest.some((w) => /^(?:number|de|punct|skip)$/.test(w.role) || w.tag === 'p' || w.tag === 'd')) return '';
  const text = join(rest);
  return text.length <= 8 ? text : '';
}

/**
 * The verbs right before a count, past the place words that say where the counted are (`带动周边6个村…` →
 * 带动): what made the works or the doing after the count happen. Not a linking verb, nor 对 (no verb).
 */
export function causeBefore(left: readonly Tagged[]): string {
  let end = left.length;
  // (Or past the division or place named whole, `覆盖全县8个乡镇`, `覆盖市区23所中小学`: where, not what.)
  while (end > 0 && (/^(?:f|s)$/.test(left[end - 1]!.tag) || wherePlace(left[end - 1]!))) end--;
  let start = end;
  while (start > 0 && left[start - 1]!.role === 'verb') start--;
  const verbs = join(left.slice(start, end));
  return verbs && !LINKING_VERBS.test(verbs) ? verbs : '';
}

/** A place or division ending a phrase (`全县`, `市区`): a noun read as a boundary, not a time, plan or aim. */
const wherePlace = (w: Tagged) => w.role === 'stop' && /^(?:n|ns)$/.test(w.tag) && !TIME_WORD.test(w.word) && !/^(?:目标|计划|其中|其余)$/.test(w.word);

/**
 * What a count after 由 makes up: the noun after `组成的` (`组成的志愿服务队` → 志愿服务队), a name in quotes
 * whole (`组成的“邻里互助队”`), or ''.
 */
export function madeUp(rest: readonly Tagged[], after: string): string {
  if (!/^(?:组成|构成|组建)$/.test(rest[0]?.word ?? '') || rest[1]?.role !== 'de') return '';
  const name = /^[^，,。；;]*?(?:组成|构成|组建)的[“"]([^”"]{2,12})[”"]/.exec(after)?.[1];
  if (name) return name;
  const { noun } = rightPhrase(rest.slice(2));
  return hasNoun(noun) ? join(noun) : '';
}

/**
 * The verbs before a list of names closed by 等 that ends the words before a number (`走访慰问低保户、特困户等` →
 * 走访慰问): only across names and 、 (no number, no other break), and only a list of two or more.
 */
export function listVerbs(left: readonly Tagged[]): string {
  const at = left.map((w) => w.word).lastIndexOf('等');
  // (Not `…等地发展农家乐`: 等地, "and other places", says where what follows was done.)
  if (at < 0 || /^u/.test(left[at + 1]?.tag ?? '') || left.slice(at + 1).some((w) => w.role === 'punct' || w.role === 'stop' || w.role === 'number' || w.role === 'verb')) return '';
  let k = at - 1;
  let listed = false;
  // (A verb right before 、 is an item of the list, `推拿、针灸等`, not a verb done to it.)
  while (k >= 0 && (left[k]!.role !== 'verb' || left[k + 1]?.word === '、')) {
    if (left[k]!.role === 'number' || (left[k]!.role === 'punct' && left[k]!.word !== '、') || left[k]!.role === 'de') return '';
    if (left[k]!.word === '、') listed = true;
    k--;
  }
  if (k < 0 || !listed) return '';
  let start = k;
  while (start > 0 && left[start - 1]!.role === 'verb') start--;
  const verbs = join(left.slice(start, k + 1));
  return LINKING_VERBS.test(verbs) ? '' : verbs;
}

/**
 * `来自6个县的64名乡镇党委书记`: a count right after a verb of origin, with 的 and another count after it, counts the
 * places those others come from; the noun phrase of that other count (乡镇党委书记), or '' for another form.
 */
export function cameFrom(before: string, rest: readonly Tagged[]): string {
  if (!/(?:来自|来源于)$/.test(before) || rest[0]?.role !== 'de') return '';
  let i = 1;
  while (i < rest.length && rest[i]!.role === 'number') i++;
  if (i === 1) return '';
  const { noun } = rightPhrase(rest.slice(i));
  return hasNoun(noun) ? join(noun) : '';
}
