// A sum of money whose label ends on per-words and names no money (`80至89周岁的老人每人每月50元`, `每平方米每月4.5元`):
// the sum is of the money named nearest before it — earlier in the sentence (`全市居民供热价格与上一采暖季持平，…`),
// in the paragraph or the ones before, a heading, else the headline (`高龄津贴怎么领`) — a noun phrase closed by a
// noun of money (…补贴, …津贴, …价格, …费). label.ts asks this once it has read the figure's own clause.

import { clauseOf, type FigureScope } from './scope.ts';
import { clean, hasNoun, type Tagged, tagged } from './label-roles.ts';
import { MAX_LABEL_LENGTH } from './label-phrases.ts';

/** Per-words closing a label: 每 and a measure word or a unit of area, volume or time, once or more (`每人每月`). */
const PER_TAIL = /(?:每(?:[人户月年天日餐次吨斤亩位名件间套]|平方米|立方米|度电?|学期|季度))+$/u;
/** A noun of money: what a sum is paid, charged or earned as. */
// (费 after a verb of paying is the paying, `收费`, `缴费`: no money named.)
export const MONEY_HEAD = /(?:补贴|津贴|补助|奖补|奖励|价格|单价|票价|费用|[^收缴交付]费|租金|工资|收入|养老金|救助金)$/u;
const NOUNISH = /^(?:n|nz|vn|ng)$/;
const MAX_PHRASE = 8;

/** `label` with the money it is of, where it ends on per-words and names none; else ''. */
export function perMoney(label: string, scope: FigureScope): string {
  if (!/^(?:元|块)$/.test(scope.unit) || !PER_TAIL.test(label)) return '';
  if (tagged(label).some((w) => MONEY_HEAD.test(w.word))) return '';
  const clause = clauseOf(scope);
  const places = [
    scope.sentence.slice(0, clause.start),
    scope.paragraph.slice(0, scope.sentenceStart),
    scope.preceding ?? '',
    ...[...scope.headings].reverse(),
    scope.article.title ?? '',
  ];
  for (const text of places) {
    const money = lastMoney(text);
    if (!money) continue;
    // (After whom it is paid to, before the per-words: `80至89周岁的老人` 高龄津贴 `每人每月`.)
    const per = label.replace(PER_TAIL, '');
    const whole = hasNoun(tagged(per)) ? `${per}${money}${label.slice(per.length)}` : `${money}${label}`;
    return whole.length <= MAX_LABEL_LENGTH ? whole : '';
  }
  return '';
}

/** The last noun phrase of `text` closed by a noun of money, nouns run together before it (`居民供热价格`); else ''. */
function lastMoney(text: string): string {
  if (!text) return '';
  const words = tagged(clean(text));
  for (let i = words.length - 1; i >= 0; i--) {
    if (!isMoney(words[i]!)) continue;
    let first = i;
    // (A verb right before the noun of money names what it is for, where a verb taking the two or a time stands before
    // it: `发放取暖补贴` → 取暖补贴, `冬季取暖补贴`; not the verb that pays it, `对…给予补贴`.)
    if (first > 1 && words[first - 1]!.tag === 'v' && (words[first - 2]!.role === 'verb' || words[first - 2]!.tag === 't')) first--;
    while (first > 0 && modifies(words[first - 1]!) && words.slice(first - 1, i + 1).map((w) => w.word).join('').length <= MAX_PHRASE) first--;
    return words.slice(first, i + 1).map((w) => w.word).join('');
  }
  return '';
}

/** A word that may stand in a noun phrase before its head: a noun by role (jieba tags 长寿 a place), no pronoun or number. */
const modifies = (w: Tagged) => (NOUNISH.test(w.tag) || w.role === 'noun') && !/^(?:r|m|x)$/.test(w.tag);
const isMoney = (w: Tagged) => NOUNISH.test(w.tag) && MONEY_HEAD.test(w.word) && w.word.length >= 2;
