// A measure of a whole alone (`总投资1.04亿元`, `总产量约2.3万吨`, `产值2.1亿元`, `总面积4.2万平方米`) names no thing: it is
// of the thing the sentence or the text before names, by the form of what stands there —
// - a clause before it in the sentence that counts a thing after its verb (`新建改造农村文化广场28个，总面积…` →
//   农村文化广场总面积), else the nouns it opens on before its verb (`花椒种植面积达到3.8万亩，总产量…` → 花椒总产量);
//   a clause that is itself a bare measure (`总产量320万公斤，产值…`) is passed over to the one before;
// - a demonstrative and a head noun (`该工程总投资`, `这项工程`, `该馆建筑面积`, a bare `工程总投资`): the last thing named
//   before the sentence, in the paragraph, the paragraphs before or the headline, whose name ends on that head
//   (`善福镇农村供水保障工程全面完工。该工程总投资…` → 农村供水保障工程总投资).
// label.ts asks this when a label is such a measure alone, with or without its head.

import { clauseOf, type FigureScope } from './scope.ts';
import { clean, DONE_VERB, hasNoun, join, type Tagged, tagged, WORKS_VERB } from './label-roles.ts';
import { MEASURE, ownThing } from './label-own-measure.ts';
import { MAX_LABEL_LENGTH } from './label-phrases.ts';
import { SAYS } from './status-speaker.ts';

// (The words of a measure, of extent too, have one home: label-own-measure.ts, findings #13 of session 32, F18 of session 33.)
/**
 * What was done with the whole before its measure (`计划投资`, `累计完成投资`, `计划总投资`, `累计金额`): the measure is
 * still the thing's, the words before it say how far along.
 */
const DONE_BEFORE = '(?:计划|预计|累计|累计完成|完成|共计)?';
/** A measure of a whole alone. */
const WHOLE = new RegExp(`^${DONE_BEFORE}${MEASURE}$`, 'u');
/** A head noun and the measure: what a demonstrative before it points back to (`该工程总投资` reads 工程总投资). */
const HEADED = new RegExp(`^(工程|项目|[\\p{Script=Han}])(${MEASURE})$`, 'u');
/** A demonstrative right before the head (`该`, `这项`, `此`). */
const POINTER = /(?:该|这项|这个|这座|这所|这一|此项?|本)$/u;
/** A bare measure opening a clause, the words of its verb after it (`总产量预计达到`). */
const MEASURE_OPENING = new RegExp(`^(?:全年|今年)?${DONE_BEFORE}${MEASURE}`, 'u');
/** A noun head of two characters or more and the measure (`线路总长`): of a thing named before whose name ends on the head. */
const NOUN_HEADED = new RegExp(`^(\\p{Script=Han}{2,4}?)(${MEASURE})$`, 'u');

/** `label` with the thing it is of, where it is a measure of a whole alone or after a pointed-to head; else ''. */
export function wholeOf(label: string, scope: FigureScope): string {
  // (jieba may glue a one-character head to its demonstrative, `该馆`: the label is then the measure alone.)
  const glued = WHOLE.test(label) ? new RegExp(`(?:该|这|此)(\\p{Script=Han})${label}\\s*$`, 'u').exec(before(scope))?.[1] : undefined;
  // (A noun head of two characters or more after a demonstrative, `该操场建筑面积`, points back as 该工程 does: R3, dev 697, 737.)
  const nounHead = NOUN_HEADED.exec(label);
  const pointed = nounHead && POINTER.test(before(scope).slice(0, before(scope).lastIndexOf(label))) ? nounHead : null;
  const headed = HEADED.exec(label) ?? pointed;
  const head = glued ?? headed?.[1];
  const found = WHOLE.test(label) && !glued ? thingBefore(scope) : head ? pointedTo(head, scope) : '';
  // (A thing that ends on the word of what was done opening the label, `…改造计划，计划投资`, is that word read twice, no thing of it.)
  const done = new RegExp(`^${DONE_BEFORE}`, 'u').exec(label)?.[0] ?? '';
  const thing = found && !(done && found.endsWith(done)) ? found : '';
  const out = thing ? `${thing}${headed && thing.endsWith(headed[1]!) ? headed[2] : label}` : headedBefore(label, scope);
  return out && out.length <= MAX_LABEL_LENGTH ? out : '';
}

/**
 * A measure after a noun head (`线路总长186公里`) that a clause before names more fully, its name ending on the head
 * (`新开通的6条城乡公交线路正式运营，线路总长…` → 城乡公交线路总长); '' when none does.
 */
function headedBefore(label: string, scope: FigureScope): string {
  const headed = NOUN_HEADED.exec(label);
  if (!headed || HEADED.test(label)) return '';
  const [, head, measure] = headed;
  const clause = clauseOf(scope);
  if (scope.sentence.slice(clause.start, scope.start).trim() !== label) return '';
  const thing = thingBefore(scope, head!);
  return thing.length > head!.length && thing.endsWith(head!) ? `${thing}${measure}` : '';
}

/** The figure's clause up to the figure. */
export const before = (scope: FigureScope): string => scope.sentence.slice(clauseOf(scope).start, scope.start);

/** The thing the clauses before the figure's, in its sentence, name (nearest first); '' when none does. */
function thingBefore(scope: FigureScope, head = ''): string {
  const clause = clauseOf(scope);
  if (!head && !MEASURE_OPENING.test(scope.sentence.slice(clause.start, scope.start).trim())) return '';
  const clauses = scope.sentence.slice(0, clause.start).split(/[，,；;：:]/u).filter((c) => c.trim());
  for (let i = clauses.length - 1; i >= 0 && i >= clauses.length - 3; i--) {
    const text = clauses[i]!.trim();
    // (A bare measure before, `总产量320万公斤`, is of the same thing: read the clause before it.)
    if (MEASURE_OPENING.test(text)) continue;
    const words = tagged(clean(text));
    // (So is a clause that names no thing, a time or a bare count: `截至10月底`, `共12件`, and one that says who told the
    // reporter: `记者从市住建局了解到`, `县发改局负责人告诉记者`, `据项目负责人介绍`.)
    if (!hasNoun(words) || saying(text, words)) continue;
    // (A clause that places its subject or puts it in a plan or list, `该项目位于城区东部`, `新图书馆设在市民中心`,
    // `该路段已纳入今年的维修计划`, ends on where it is or what it was put in: no thing of the measure; its subject is, if it
    // opens on one.)
    // (What a clause puts funds in to do, `投入专项资金改造城区供水管网`, is the works' object: read from the second verb on.)
    const works = words.findIndex((w, i) => w.role === 'verb' && puttingIn(words, i) > 0);
    // (So is what a verb of purpose goes to, `用于建设/vn 养老服务中心`: R3 F10, session 34.)
    const goesTo = words.findIndex((w, i) => w.role === 'verb' && worksAfter(words, i) === i + 1 && words[i + 1]!.tag === 'vn');
    const second = works >= 0 ? puttingIn(words, works) : goesTo >= 0 ? goesTo + 1 : -1;
    const done = second < 0 ? words : words.slice(second).map((w, i) => (i === 0 ? { ...w, role: 'verb' as const } : w));
    // (Nouns closing on a measure of their own, `全市固定资产投资增长5%`, name the thing before it: 固定资产, F18 of session 33.)
    // (A subject a demonstrative points back to, `该操场今年10月投入使用`, is the thing named before: pointedSubject.)
    return ownThing(countedThing(words) || (placing(words) ? '' : worksName(done) || objectAtEnd(done)) || pointedSubject(words, scope) || subjectThing(words) || lastSubject(words));
  }
  return '';
}

/**
 * A clause of saying or learning: who told, no thing counted (findings #12, #14, #34). It opens on the preposition 据
 * (`据项目负责人介绍`, `据统计`), or its last verb of saying (status-speaker.ts SAYS) has no more after it than the hearer
 * or 到 (`…告诉记者`, `…告诉本报`, `…对记者说`, `…指出`, `记者从市住建局了解到`).
 */
export function saying(text: string, words: readonly Tagged[]): boolean {
  if (text.startsWith('据')) return true;
  let end = words.length;
  while (end > 0 && (words[end - 1]!.role === 'noun' || /^(?:r|nr)$/.test(words[end - 1]!.tag) || words[end - 1]!.word === '到')) end--;
  return end > 0 && SAYS.test(words[end - 1]!.word);
}

/**
 * A clause that places its subject or puts it in a plan or list: its object is where the thing is or what it was put
 * in, no thing of the measure (findings #1, #5, #34). By the verb's form: a verb closing on a complement of place or
 * of putting into (位于, 设在, 纳入, 列入), or a verb with the preposition 在/于 right after it (坐落在, 建在, 选址在, 设于), or
 * a verb of lying beside (紧邻, 毗邻, 相邻). Not one a second verb follows, `用于修建乡村公路`: what comes after it is what
 * the subject went to, no place (finding 4 of session 33's review).
 */
function placing(words: readonly Tagged[]): boolean {
  return words.some((w, i) => w.role === 'verb' && ((/^\p{Script=Han}[在于入]$/u.test(w.word) && puttingIn(words, i) < 0 && words[i + 1]?.role !== 'verb' && worksAfter(words, i) < 0) || w.word.includes('邻') || (words[i + 1]?.tag === 'p' && /^[在于]$/u.test(words[i + 1]!.word))));
}

/**
 * Works after a verb X于 (`用于`), where they start: a verbal noun taking the nouns after it as its object (`用于建设/vn
 * 养老服务中心`), or the nouns closing on one (`用于乡村公路建设/vn`); jieba tags 建设, the commonest works verb, a verbal
 * noun. What the subject went to, no place (R3 F10, session 34). -1 otherwise.
 */
export function worksAfter(words: readonly Tagged[], at: number): number {
  // (The verb of purpose is 用于 alone, 专用于 too: 属于, 位于, 高于 class, place or compare, no purpose. And the verbal noun is
  // one of building, 建 or 造 in it, `建设`, `修建`, `改造`, `打造`: `培训/vn 农民工`, `管理/vn 运营…` spend on people or
  // running, no works. R4 F14, session 35.)
  if (!/用于$/u.test(words[at]!.word)) return -1;
  const after = words.slice(at + 1);
  const building = (w: Tagged | undefined) => w?.tag === 'vn' && BUILDING.test(w.word);
  // (The object may hold a verbal noun of what the works serve, `铺设/vn 供热/vn 管网`, but none of a second doing, works or
  // running, `建设/vn 运营/vn 养老服务中心`: R5 F15, session 36.)
  const doing = (w: Tagged) => w.tag === 'vn' && (BUILDING.test(w.word) || DONE_VERB.test(w.word) || RUNNING.test(w.word));
  if (building(after[0]) && after.length > 1 && after.slice(1).every((w) => w.role === 'noun' && !doing(w))) return at + 1;
  return after.length > 1 && after.every((w) => w.role === 'noun') && building(after.at(-1)) && after[0]!.tag !== 'vn' ? at + 1 : -1;
}

/**
 * A verb of building: 建 or 造 in it (建设, 修建, 改造, 打造, 新建, 扩建, 建造), or one of laying, mending or fitting works
 * (铺设, 修缮, 维修, 硬化, 安装, 更换: review R5 F15, session 36 — `用于铺设/vn 供热管网` had lost its works).
 */
const BUILDING = /[建造]|^(?:铺设|敷设|修缮|维修|硬化|绿化|安装|更换)$/u;
/** A verb of running a thing once built (运营, 运行, 管理, 维护): a second doing, no part of the works' object. */
const RUNNING = /^(?:运营|运行|管理|维护|经营)$/u;

/**
 * The second verb after a verb of putting in (投入, 引入, 注入: X入) whose object, nouns right after it, is followed by a second verb and that verb's object
 * (`投入专项资金改造城区供水管网`, `引入社会资本建设光伏电站`): what is put in is the means, the works the second verb does are
 * the thing (F2 of session 33), no place or plan it was put in (`纳入今年的维修计划`, `列入今年维修项目`); -1 otherwise.
 */
function puttingIn(words: readonly Tagged[], at: number): number {
  if (!/^\p{Script=Han}入$/u.test(words[at]!.word)) return -1;
  // (jieba may tag the works verb a verbal noun, `建设/vn`: a verb where it follows the object and takes one of its own.)
  let j = at + 1;
  while (j < words.length && words[j]!.role === 'noun' && words[j]!.tag !== 'vn') j++;
  return j > at + 1 && (words[j]?.role === 'verb' || words[j]?.tag === 'vn') && words[j + 1]?.role === 'noun' ? j : -1;
}

/**
 * The name of the works a clause closes on, after the verbs that open them (`启动供暖设施改造` → 供暖设施改造,
 * `启动建设污水管网改造` → 污水管网改造, `开工建设城市快速路改造`): the words between the last verb of doing before them
 * (label-roles.ts DONE_VERB: 启动, 建设, 实施, 推进) and the closing works verb, whatever jieba tags them (供暖/v, 照明/v and
 * 供热/vn are of the name). '' where no verb of doing opens them (objectAtEnd and subjectThing read those). R3 F3, session 34.
 */
function worksName(words: readonly Tagged[]): string {
  let end = words.length;
  while (end > 0 && words[end - 1]!.role !== 'verb' && CLOSING_MANNER.test(words[end - 1]!.tag)) end--;
  const works = end - 1;
  if (works < 2 || words[works]!.role !== 'verb' || !WORKS_VERB.test(words[works]!.word) || words[works - 1]!.role !== 'noun') return '';
  let first = works;
  // (The name holds one verb of its own, the modifier: `加装/v 电梯`, `供热/vn 管网`. A verb before a run that holds one
  // already governs the works as their object and opens them, `完成投资推动供热管网改造`, `引进社会资本参与供热管网改造`:
  // R4 F12, session 35.)
  const governs = (at: number) => words[at]!.role === 'verb' && words.slice(at + 1, works).some((w) => w.role === 'verb' || w.tag === 'vn');
  while (first > 0 && (words[first - 1]!.role === 'noun' || words[first - 1]!.role === 'verb') && !DONE_VERB.test(words[first - 1]!.word) && !governs(first - 1)) first--;
  const run = words.slice(first, works);
  return first > 0 && (DONE_VERB.test(words[first - 1]!.word) || governs(first - 1)) && hasNoun(run) ? join([...run, words[works]!]) : '';
}

/** Words of manner or progress a clause may close on after its thing (`正式运营`, `进展顺利`): no part of its name. */
const CLOSING_MANNER = /^(?:ad|vn|d)$/;

/**
 * The nouns closing a clause after a verb, its object (`新建室外游泳池` → 室外游泳池, `确定2025年十件民生实事` → 民生实事,
 * `修建第一条通村水泥路`), past words of manner closing it (`…民生实事进展顺利`); a works verb closing the object is part of
 * it (`启动…供水管网改造` → 供水管网改造). '' when the clause ends on a number or names no verb before its nouns.
 */
export function objectAtEnd(words: readonly Tagged[]): string {
  let end = words.length;
  while (end > 0 && words[end - 1]!.role !== 'verb' && CLOSING_MANNER.test(words[end - 1]!.tag)) end--;
  const works = end > 1 && words[end - 1]!.role === 'verb' && WORKS_VERB.test(words[end - 1]!.word) && words[end - 2]!.role === 'noun';
  const first = nounsBack(words, works ? end - 1 : end);
  const run = words.slice(first, end);
  // (A year's 年 jieba glued to the noun after it, `2026/m 年老/n 旧/a 小区`, splits the name: no thing read.)
  if (words[first - 1]?.role === 'number' && /^[年月日]\p{Script=Han}/u.test(run[0]?.word ?? '')) return '';
  // (A place's name after a verb, `解放/v 东街/ns`, is a name jieba split, no object.)
  if (!run.some((w) => w.role === 'noun' && w.tag !== 'ns') || !words.slice(0, first).some((w) => w.role === 'verb')) return '';
  return join(run);
}

/**
 * The nouns before the verb a clause closes on, after the 的 of a clause that qualifies them (`我市确定的15件民生实事全部办结`
 * → 民生实事), past adverbs.
 */
export function lastSubject(words: readonly Tagged[]): string {
  let verb = words.length - 1;
  if (verb < 1 || words[verb]!.role !== 'verb') return '';
  // (Past adverbs and a verb of manner before it, `集中开工`.)
  while (verb > 0 && words[verb - 1]!.role === 'skip') verb--;
  if (verb > 1 && words[verb - 1]!.role === 'verb' && !WORKS_VERB.test(words[verb - 1]!.word) && words[verb - 2]!.role === 'noun') verb--;
  const first = nounsBack(words, verb);
  // (A works verb right after the nouns closes their name, `…提前完成了庭院管网改造` → 庭院管网改造.)
  const works = verb === words.length - 1 && WORKS_VERB.test(words[verb]!.word);
  const run = words.slice(first, works ? verb + 1 : verb);
  return hasNoun(run) && !WHOLE.test(join(run)) ? join(run) : '';
}

/**
 * The nouns right before the first number after a verb (`新建蔬菜大棚320座` → 蔬菜大棚), or before the first number of a
 * clause with no verb, past the one verbal noun opening them (`建设/vn 高标准农田5.2万亩` → 高标准农田).
 */
export function countedThing(words: readonly Tagged[]): string {
  const verb = words.findIndex((w) => w.role === 'verb');
  const number = words.findIndex((w, i) => i > verb && w.role === 'number');
  if (number < 0) return '';
  let first = number;
  while (first > verb + 1 && words[first - 1]!.role === 'noun') first--;
  // (One verbal noun opening a clause with no verb governs the nouns after it; after a verb, one is part of their name:
  // `新建/v 供热/vn 管网`, F8 of session 33.)
  if (verb < 0 && first < number - 1 && words[first]!.tag === 'vn') first++;
  const run = words.slice(first, number);
  return hasNoun(run) ? join(run) : '';
}

/** Where the nouns ending before `end` start, a works verb between two of them included (`老旧小区改造项目`, `雨污分流改造工程`). */
function nounsBack(words: readonly Tagged[], end: number): number {
  let first = end;
  while (first > 0 && (words[first - 1]!.role === 'noun' || (first < end && first > 1 && WORKS_VERB.test(words[first - 1]!.word) && words[first - 2]!.role === 'noun'))) first--;
  return first;
}


/**
 * The nouns a clause opens on before its first verb, after its last 的 (`党参种植面积达到…` → 党参). A works verb closing the
 * clause right after them makes them its object, the works the thing (`我市启动城中村改造` → 城中村改造), and a verbal noun
 * opening them is what was done to the works (`启动/vn`), no part of their name (finding #2 of session 32).
 */
function subjectThing(words: readonly Tagged[]): string {
  const verb = words.findIndex((w) => w.role === 'verb');
  if (verb <= 0) return '';
  const before = words.slice(0, verb);
  let first = before.length;
  while (first > 0 && before[first - 1]!.role === 'noun') first--;
  const works = verb === words.length - 1 && WORKS_VERB.test(words[verb]!.word);
  // (Only the one opening them governs the works: a verbal noun after it is part of their name, `启动/vn 供热/vn 管网 改造` →
  // 供热管网改造, F8 of session 33.)
  if (works && first < before.length - 1 && before[first]!.tag === 'vn') first++;
  const run = before.slice(first);
  const thing = works && hasNoun(run) ? [...run, words[verb]!] : run;
  return hasNoun(run) ? join(thing) : '';
}

/** The thing a head after a demonstrative (or alone, opening its sentence) points back to; '' when none. */
function pointedTo(head: string, scope: FigureScope): string {
  const text = before(scope);
  const at = text.lastIndexOf(head);
  const lead = at < 0 ? '' : text.slice(0, at).replace(/^.*[，,；;：:]/u, '');
  // (Pointed to: a demonstrative before the head, or nothing before it in its clause: `工程总投资8600万元`.)
  if (at < 0 || !(POINTER.test(lead) || lead.trim() === '')) return '';
  return namedEarlier(head, scope);
}

/** The last name ending on `head` in the text before the figure's sentence (its headline, the paragraphs before, its own). */
function namedEarlier(head: string, scope: FigureScope): string {
  const earlier = [scope.article.title ?? '', scope.preceding ?? '', scope.paragraph.slice(0, scope.sentenceStart)].join('。');
  for (const text of earlier.split(/[，,；;：:。！？!?\n]/u).reverse()) {
    const name = nameEndingOn(tagged(clean(text)), head);
    if (name) return name;
  }
  return '';
}

/**
 * A clause opening on a demonstrative and a noun, its subject pointed back to (`该操场今年10月投入使用` → 风雨操场, named
 * before the sentence: `学生在新建的风雨操场上…。`); '' when it opens otherwise or nothing before names it more fully.
 */
function pointedSubject(words: readonly Tagged[], scope: FigureScope): string {
  // (jieba may glue a one-character head to its demonstrative, `该馆`.)
  const split = /^(?:该|这|此)$/u.test(words[0]?.word ?? '') && words[1]?.role === 'noun' && words[1].tag !== 'vn';
  const head = split ? words[1]!.word : /^(?:该|此)(\p{Script=Han})$/u.exec(words[0]?.word ?? '')?.[1];
  // (Only where the pointed noun is the clause's whole thing: a noun of its own after it, `该医院新门诊楼…`, `该公园今年对园内
  // 步道进行…`, `该镇今年新修的农田道路`, is what the measure is of, the demonstrative only says whose. A verbal noun or what was
  // done to the thing, `投入使用/n`, names none. R4 F15, session 35.)
  // (A noun inside an adverbial, a preposition's phrase up to its verb or its closing place word, says whose support, by
  // which standard or where, no thing of the clause: `该小区在上级/b 支持下…`, `按照新标准`, `在城东新区`. Only the
  // object of 对, 把 or 将 is: R5 F3, session 36.)
  const adverbial = inAdverbial(words);
  if (words.slice(split ? 2 : 1).some((w, i) => w.role === 'noun' && w.tag !== 'vn' && !DONE_VERB.test(w.word) && !adverbial.has(i + (split ? 2 : 1)))) return '';
  const name = head ? namedEarlier(head, scope) : '';
  return head && name.length > head.length ? name : '';
}

/** Where the words of a preposition's adverbial phrase stand (`在上级支持下`, `按照新标准`): from the preposition to its verb or place word. */
function inAdverbial(words: readonly Tagged[]): Set<number> {
  const at = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.tag !== 'p' || /^(?:对|把|将)$/u.test(words[i]!.word)) continue;
    for (let j = i + 1; j < words.length && words[j]!.role !== 'verb' && words[j]!.tag !== 'f'; j++) at.add(j);
  }
  return at;
}

/** The last name in a clause that ends on `head` and is more than it: the nouns and verbal nouns before it, past places and 的. */
function nameEndingOn(words: readonly Tagged[], head: string): string {
  for (let end = words.length - 1; end >= 0; end--) {
    const w = words[end]!;
    // (jieba may glue a place word after the head to it, `风雨/n 操场上/v`: the head all the same.)
    const glued = w.word.length > head.length && w.word.slice(0, -1).endsWith(head) && /[上里内中]$/u.test(w.word);
    if (!(w.role === 'noun' && w.word.endsWith(head)) && !glued) continue;
    // (What a clause says its subject is, `西火镇是我县的产粮大镇`, `锦绣小区是老旧小区`, is a description, no name: R4 F15.
    // A clause opening on 是 names its thing, `还有一件没完成的，是店上镇的集中供水改造工程`: dev 550.)
    if (words.slice(1, end).some((w) => w.word === '是' && w.role === 'verb')) continue;
    let first = end;
    while (first > 0 && (words[first - 1]!.role === 'noun' || words[first - 1]!.role === 'verb') && end - first < 5) first--;
    // (A verb opening the run is what was done to the thing, `建成…`, unless a noun of it follows: `供水改造工程`.)
    while (first < end && words[first]!.role === 'verb' && words[first + 1]!.role !== 'noun') first++;
    const name = join(words.slice(first, end + 1)).slice(0, glued ? -1 : undefined);
    if (name.length > head.length && name.length <= 12) return name;
  }
  return '';
}
