// What the sentence and paragraph around a figure name that its own clause leaves out of the label: the full name a
// noun opening the clause shortens (`专线全程` after `城乡公交专线`), what those taking part take part in (`参与学生`
// after `开展课后服务`), what did it when a word of sum cut it off (`热线共受理…`), and what money named by its verb
// alone is (`发放资金` after `发放冬季取暖补贴`). label.ts asks these last, on the label it has made.
import { clauseOf, type FigureScope } from './scope.ts';
import { clean, hasNoun, isActor, join, tagged } from './label-roles.ts';
import { MAX_LABEL_LENGTH } from './label-phrases.ts';

/**
 * A noun that opens the figure's clause and names again what the paragraph named in full before it, shortened
 * (`…的城乡公交专线正式开通。专线全程28公里` → 城乡公交专线全程; `…新建成的冰雪运动场上…，运动场面积约…` →
 * 冰雪运动场面积; `发放取暖补贴，每户每年补贴标准提高到1200元` → 每户每年取暖补贴标准): the label takes the full
 * name. The full name is the nearest run before the clause that ends on the same word, with nouns before it, or
 * one verb between a verb and it (取暖 of `发放取暖补贴`, with a time before it: `发放冬季取暖补贴`). The clause opens on the noun past per-words,
 * demonstratives and skipped words only.
 */
export function fullNameBefore(label: string, scope: FigureScope): string {
  const clause = clauseOf(scope);
  const own = tagged(clean(scope.sentence.slice(clause.start, scope.start)));
  let i = 0;
  while (i < own.length && (own[i]!.role === 'skip' || own[i]!.role === 'punct' || /^每/.test(own[i]!.word) || /^(?:该|这|此|本)$/.test(own[i]!.word))) i++;
  const head = own[i];
  if (!head || head.role !== 'noun' || !/^n/.test(head.tag) || head.word.length < 2 || !label.includes(head.word)) return label;
  const before = tagged(clean(scope.paragraph.slice(0, scope.sentenceStart + clause.start)));
  for (let k = before.length - 1; k > 0; k--) {
    if (before[k]!.word !== head.word) continue;
    let start = k;
    while (start > 0 && before[start - 1]!.role === 'noun' && /^(?:n|nz|vn|j)$/.test(before[start - 1]!.tag)) start--;
    // (One verb between a verb and the noun modifies it: 发放/v 取暖/v 补贴; with the season or time it is for before it,
    // 发放/v 冬季/t 取暖/v 补贴.)
    if (start === k && before[k - 1]?.tag === 'v' && before[k - 2]?.role === 'verb') start = k - 1;
    else if (start === k && before[k - 1]?.tag === 'v' && before[k - 2]?.tag === 't' && before[k - 3]?.role === 'verb') start = k - 2;
    if (start === k) return label;
    const name = join(before.slice(start, k + 1));
    const named = label.includes(name) ? label : label.replace(head.word, name);
    return named.length <= MAX_LABEL_LENGTH ? named : label;
  }
  return label;
}


/**
 * Those who take part, named without what in (`…开展课后服务，参与学生达到21.6万人` → 参与学生): what the clause
 * before in the sentence does or has, the last run of nouns there that ends on a verbal noun (课后服务), says it
 * (参与课后服务学生). Only a label of 参与 or 参加 and one noun.
 */
export function takingPartIn(label: string, scope: FigureScope): string {
  const taking = /^(参与|参加)(\p{Script=Han}{1,4})$/u.exec(label);
  if (!taking || tagged(taking[2]!).length !== 1 || !hasNoun(tagged(taking[2]!))) return label;
  const clause = clauseOf(scope);
  const before = scope.sentence.slice(0, Math.max(0, clause.start - 1)).split(/[，,；;：:。！？!?]/).pop() ?? '';
  const words = tagged(clean(before));
  for (let end = words.length; end > 0; end--) {
    if (words[end - 1]!.tag !== 'vn' || words[end - 1]!.role !== 'noun') continue;
    let start = end - 1;
    if (start > 0 && words[start - 1]!.role === 'noun' && /^(?:n|vn|t|nz)$/.test(words[start - 1]!.tag)) start--;
    const activity = join(words.slice(start, end));
    const named = `${taking[1]}${activity}${taking[2]}`;
    return activity.length >= 2 && named.length <= MAX_LABEL_LENGTH ? named : label;
  }
  return label;
}


/**
 * What did it, when a word of sum or time cut it off from a label that says only what was done (`全市今冬供热服务热线
 * 共受理群众诉求2860件` → 供热服务热线受理群众诉求): the nouns right before 共, 已, 累计 or 均 in the figure's own
 * clause. Not an institution or a place acting, nor a person (记者, 负责人: a noun ending on 人, 者, 员 or 长).
 */
export function doerBefore(label: string, scope: FigureScope): string {
  const first = tagged(label)[0];
  if (!first || first.role !== 'verb' || first.tag !== 'v') return label;
  const clause = clauseOf(scope);
  const words = tagged(clean(scope.sentence.slice(clause.start, scope.start)));
  const cut = words.findIndex((w) => /^(?:共|已|累计|均|共计)$/.test(w.word));
  if (cut <= 0) return label;
  let start = cut;
  while (start > 0 && words[start - 1]!.role === 'noun' && /^(?:n|vn|nz)$/.test(words[start - 1]!.tag)) start--;
  const run = words.slice(start, cut);
  let doer = join(run);
  if (!hasNoun(run) || doer.length < 2 || isActor(run) || /[人者员长]$/.test(doer) || label.includes(doer)) return label;
  // (The tail of a quoted name is the whole name: `“15分钟生活圈”已覆盖…` → “15分钟生活圈”.)
  const quoted = [...scope.sentence.slice(0, scope.start).matchAll(/[“"]([^“”"]{2,12})[”"]/g)].find((m) => m[1]!.endsWith(doer) && m[1] !== doer);
  if (quoted) doer = quoted[0];
  return `${doer}${label}`.length <= MAX_LABEL_LENGTH ? `${doer}${label}` : label;
}


/**
 * Money named only by its verb and a word for money (`发放资金`, `共计投入资金`) after a clause of the sentence that
 * did the same verb to a thing (`发放冬季取暖补贴，共计发放资金397.6万元` → 发放冬季取暖补贴资金): that thing is what
 * the money is.
 */
export function moneyOf(label: string, scope: FigureScope): string {
  const bare = /^(累计|共计)?(\p{Script=Han}{2})(资金|金额|经费)$/u.exec(label);
  if (!bare) return label;
  const before = tagged(clean(scope.sentence.slice(0, clauseOf(scope).start)));
  const at = before.map((w) => w.word).lastIndexOf(bare[2]!);
  if (at < 0) return label;
  let end = at + 1;
  while (end < before.length && (before[end]!.role === 'noun' || (before[end]!.tag === 'v' && before[end + 1]?.role === 'noun') || before[end]!.tag === 't')) end++;
  const object = join(before.slice(at + 1, end));
  const named = `${bare[1] ?? ''}${bare[2]}${object}${bare[3]}`;
  return object && hasNoun(before.slice(at + 1, end)) && named.length <= MAX_LABEL_LENGTH ? named : label;
}
