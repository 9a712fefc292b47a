// The phrases a label is read from (label.ts): the noun phrase before a number up to its last boundary, the noun
// phrase after a number and its predicate, the verbs that open or close a phrase, age groups and thresholds
// that define what is counted.

import { UNITS } from '../../../src/domain/units.ts';
import { RELATIONAL, SEQUENCE } from './label-trim.ts';
import { DEFINING, LIGHT_VERBS, LINKING, PREDICATE_FILLER, type Tagged, hasNoun, isActor, isHead, join } from './label-roles.ts';

/** A label's length at most, in characters (cut at a word boundary from the start: the head noun is last). */
export const MAX_LABEL_LENGTH = 18;

/** The length of `words` once linking words are dropped from its end. */
function withoutLinking(words: readonly Tagged[], end = words.length): number {
  for (let again = true; again && end > 0; ) {
    again = false;
    if (words[end - 1]!.role === 'skip') {
      end--;
      again = true;
      continue;
    }
    for (const link of LINKING) {
      let joined = '';
      for (let i = end - 1; i >= 0 && joined.length < link.length; i--) {
        joined = words[i]!.word + joined;
        if (joined === link) {
          end = i;
          again = true;
          break;
        }
      }
      if (again) break;
    }
  }
  return end;
}

/** Where the phrase ending at `end` starts: after the last boundary before it. */
function phraseStart(words: readonly Tagged[], end: number): number {
  const within = (lists: boolean) => {
    let start = end;
    while (start > 0) {
      const w = words[start - 1]!;
      // An age that defines who is counted (`80至89周岁的老人每人每月`, `70岁以上老人`, `其中60岁以上的占到`) is
      // part of the phrase.
      const age = ageStart(words, start);
      if (age >= 0) {
        start = age;
        continue;
      }
      if (w.role === 'stop' || w.role === 'number' || (w.role === 'punct' && !(lists && listJoin(words, start - 1)))) break;
      if (w.role === 'de' && start === end) break;
      start--;
    }
    return start;
  };
  const start = within(true);
  const joined = words.slice(start, end).map((w) => w.word).join('');
  return joined.length <= MAX_LABEL_LENGTH ? start : within(false);
}

export const LEADING_AGE = /^((?:[0-9]+|[一二三四五六七八九十百]+)(?:(?:至|到|-|—|~)(?:[0-9]+|[一二三四五六七八九十百]+))?周?岁(?:以上|以下|及以上)?)的?(.*)$/;
const AGE = /^(?:[0-9]+|[一二三四五六七八九十百]+)(?:(?:至|到|-|—|~)(?:[0-9]+|[一二三四五六七八九十百]+))?周?岁(?:以上|以下|及以上)?$/;
// A threshold in a measure that defines which things are counted (`年收入30万元以上村`); a count with 以上 before
// its noun is a figure of its own (`67个以上普惠社区托育点`).
const MEASURE_UNITS = [...UNITS].filter(([u, info]) => info.kind === 'measure' && /\p{Script=Han}/u.test(u)).map(([u]) => u);
const THRESHOLD = new RegExp(`^[0-9.]+[万亿]?(?:${MEASURE_UNITS.join('|')})(?:以上|以下|及以上)$`, 'u');

/** Where an age group or a threshold ending right before `end` starts (`80至89周岁`, `60岁以上`), or -1. */
function ageStart(words: readonly Tagged[], end: number): number {
  let text = '';
  let start = -1;
  for (let i = end - 1; i >= 0 && end - i <= 6; i--) {
    text = words[i]!.word + text;
    if (AGE.test(text) || THRESHOLD.test(text)) start = i;
  }
  return start;
}

/** Where an age group opening words at `start` ends (`80岁以上`), or `start`. */
function ageEnd(words: readonly Tagged[], start: number): number {
  let text = '';
  let end = start;
  for (let i = start; i < words.length && i - start < 6; i++) {
    text += words[i]!.word;
    if (AGE.test(text)) end = i + 1;
  }
  return end;
}

/**
 * Whether the 、 at `at` joins items of one noun phrase (`新建改扩建中小学、幼儿园7所`, `走访慰问低保户、特困户、
 * 残疾人家庭236户`): a noun before it that is no count of its own (`4424人、`, `200余个、`).
 */
function listJoin(words: readonly Tagged[], at: number): boolean {
  const before = words[at - 1];
  const earlier = words[at - 2];
  // (Verbs listed before one object are done to it all: `新建、改扩建中小学校14所`.)
  if (words[at]?.word === '、' && before?.role === 'verb' && words[at + 1]?.role === 'verb' && words[at + 2]?.role === 'noun') return true;
  if (words[at]?.word !== '、' || !before || before.role !== 'noun' || !words[at + 1]) return false;
  return earlier?.role !== 'number' && !UNITS.has(before.word.replace(/^[余多万亿]+/, ''));
}

/** The phrase before the number; when it names nothing, the phrase before that one too. */
export function leftPhrase(words: readonly Tagged[]): Tagged[] {
  const linked = withoutLinking(words);
  const end = fromLevelStart(words, linked);
  // (The per-words of the from-level define the level reached too: `价格由每立方米2.6元调整为2.8元` → 价格每立方米.)
  const perWords = end < linked ? words.slice(end, linked).filter((w, k) => perWord(words, end + k)) : [];
  const start = phraseStart(words, end);
  let phrase = words.slice(start, end);
  // Past a few boundary words (`参与率由去年的六成`), the phrase before says what the number is of.
  let stop = start;
  // (A phrase of verbal nouns alone, `已发展到46家`, names no thing either.)
  const names = (words: readonly Tagged[]) => words.some((w) => isHead(w) && w.tag !== 'vn');
  // (A year is such a boundary too: `入住率从2022年的31%`.)
  const year = (at: number) => words[at - 1]?.word === '年' && /^[0-9]{4}$/.test(words[at - 2]?.word ?? '');
  for (let skipped = 0; !names(phrase) && stop > 0 && (words[stop - 1]!.role === 'stop' || year(stop)) && skipped < 3; skipped++) {
    const outerEnd = withoutLinking(words, year(stop) ? stop - 2 : stop - 1);
    const outerStart = phraseStart(words, outerEnd);
    const outer = words.slice(outerStart, outerEnd);
    if (hasNoun(outer)) phrase = [...outer, ...phrase];
    stop = outerStart;
  }
  // `低保标准提高到每人每月780元`: the per-words define the number; the linking verb before them goes.
  let per = phrase.length;
  while (per > 0 && /^每/.test(phrase[per - 1]!.word)) per--;
  const cut = per < phrase.length ? withoutLinking(phrase, per) : per;
  if (cut > 0 && cut < per) phrase = [...phrase.slice(0, cut), ...phrase.slice(per)];
  // (The 、 between listed verbs goes: they read as one, 新建改扩建.)
  phrase = phrase.filter((w, k) => !(w.word === '、' && phrase[k - 1]?.role === 'verb' && phrase[k + 1]?.role === 'verb'));
  return withoutInstitution([...phrase, ...perWords]);
}

/**
 * Where a change's from-level ending at `end` starts (`占比从去年的62%[降到了]` → before 从): 从 or 由, then
 * times and 的 only, then the number; the phrase before it names what changed. `end` when there is none.
 */
function fromLevelStart(words: readonly Tagged[], end: number): number {
  let k = end;
  while (k > 0 && words[k - 1]!.role === 'number') k--;
  if (k === end) return end;
  while (k > 0 && (words[k - 1]!.role === 'de' || TIME.test(words[k - 1]!.word) || perWord(words, k - 1))) k--;
  return k > 0 && /^(?:从|由)$/.test(words[k - 1]!.word) ? withoutLinking(words, k - 1) : end;
}
/** A per-word (`每吨`), or 每 and the measure word jieba cut from it (`每/zg 立方米/q`). */
const perWord = (words: readonly Tagged[], at: number) =>
  /^每/.test(words[at]!.word) || (words[at]!.tag === 'q' && words[at - 1]?.word === '每');
const TIME = /^(?:去年|上年|前年|今年|年初|目前|现在|过去|以前|此前|原来|同期|去年同期|(?:19|20)[0-9]{2}年(?:底|末|初)?)$/;

/** Without an institution acting before a verb with an object (`县财政安排专项资金` → 安排专项资金). */
function withoutInstitution(phrase: Tagged[]): Tagged[] {
  const verb = phrase.findIndex((w, i) => i > 0 && w.role === 'verb' && phrase.slice(i + 1).some(isHead));
  if (verb <= 0) return phrase;
  const actor = join(phrase.slice(0, verb));
  return isActor(phrase.slice(0, verb)) && !phrase.slice(0, verb).some((w) => w.role === 'de') ? phrase.slice(verb) : phrase;
}

/** The noun phrase right after the number (`个学校食堂进行了改造` → 学校食堂) and the words after it. */
export function rightPhrase(words: readonly Tagged[], classifier = false): { noun: Tagged[]; rest: Tagged[]; afterDe: boolean } {
  let i = 0;
  const afterDe = words[0]?.role === 'de';
  if (afterDe) i++;
  const noun: Tagged[] = [];
  // An age that defines the noun after the count opens its phrase (`1.2万名80岁以上老人`).
  const age = ageEnd(words, i);
  if (age > i && words[age]?.role === 'noun') {
    noun.push(...words.slice(i, age).map((w) => ({ ...w, role: 'noun' as const })));
    i = age;
  }
  for (; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    // A measure word takes a noun (`51名选手围绕…`): the word right after it, before no noun, is that noun
    // though jieba tags it a verb (选手/v).
    // (A verb with 的 before a noun modifies it instead: `3座新建的村级日间照料中心` → 新建村级日间照料中心.)
    if (noun.length === 0 && w.role === 'verb' && next?.role === 'de' && words[i + 2]?.role === 'noun' && /^n/.test(words[i + 2]!.tag)) {
      noun.push(w);
      i++;
      continue;
    }
    if (classifier && i === 0 && w.tag === 'v' && next && next.role !== 'noun') {
      noun.push({ ...w, role: 'noun' });
      continue;
    }
    // A verbal noun before a verb says how it is done (`统一/vn 购买`): it ends the phrase.
    if (w.tag === 'vn' && next?.role === 'verb' && noun.length > 0) break;
    if (w.role === 'noun') noun.push(w);
    // A verb heading the phrase or inside it modifies its noun (`送餐老人`, `创业担保贷款`), unless it is
    // a light verb that takes the noun as its object (`…标准给予运营补助`).
    else if (w.role === 'verb' && next?.role === 'noun' && !LINK_VERBS.has(w.word) && (noun.length === 0 || !LIGHT_VERBS.has(w.word))) noun.push(w);
    // A verb closing the clause names the thing (`接受为期3年的培养`, `每月500元补助`, `运营补助`).
    else if (w.role === 'verb' && !next) noun.push({ ...w, role: 'noun' });
    else if (w.word === '、' && noun.length > 0 && next?.role === 'noun') noun.push(w);
    else break;
  }
  while (noun.length > 0 && noun[noun.length - 1]!.word === '、') noun.pop();
  // Cut short of the clause's end by a verb, a phrase with a verb inside had its predicate in it
  // (`8个乡镇开设电焊、家政、中式烹调等培训班` → 乡镇); so had one cut by the next figure, whose object it
  // names (`为1570名农民工追讨工资1578万元` → 农民工): it ends before that verb.
  let inner = noun.findIndex((w, k) => k > 0 && w.role === 'verb');
  // (Not one cut by a list's next item: `3座…站管网铺设和13个…`.)
  const byNumber = words[i]?.role === 'number' && !/^(?:和|与|及|、)$/.test(words[i - 1]?.word ?? '');
  // (Only a verb and one object: in `2737个街道、社区就业社保服务点40项…` 就业 modifies 服务点.)
  const cutShort = i < words.length && words[i]!.role !== 'punct' && (words[i]!.role !== 'number' || (byNumber && inner === noun.length - 2));
  // (A defining adverb before that verb is its own: `10个书房累计接待读者…` → 书房.)
  while (cutShort && inner > 1 && DEFINING.test(noun[inner - 1]!.word)) inner--;
  if (cutShort && inner > 0) return { noun: noun.slice(0, inner), rest: words.slice(words.indexOf(noun[inner]!)), afterDe };
  return { noun, rest: words.slice(i), afterDe };
}

/**
 * A short predicate after a counted noun, without fillers (`进行了改造` → 改造): what the counted things
 * underwent or did, with its object when the verb has one (`统一购买了意外伤害保险` → 统一购买 + 意外伤害保险).
 * Not a predicate that only links or narrates — one opening on a preposition, conjunction or linking verb
 * (`为支撑`, `是…`), an idiom (`脱颖而出`), an adverb of order (`依次登台`) — and without the adverbs of
 * manner before its verb (`逐户入户排查` → 入户排查).
 */
export function predicateOf(rest: readonly Tagged[]): { verb: string; object: string } {
  const none = { verb: '', object: '' };
  const opening = rest.find((w) => w.role !== 'skip');
  if (!opening || LINKING_OPEN.test(opening.tag) || LINK_VERBS.has(opening.word) || RELATIONAL.has(opening.word) || IN_TURN.test(opening.word)) return none;
  let i = rest.indexOf(opening);
  while (i < rest.length && ((/^(?:d|ad)$/.test(rest[i]!.tag) && !DEFINING.test(rest[i]!.word)) || SEQUENCE.has(rest[i]!.word) || rest[i]!.role === 'skip')) i++;
  if (i < rest.length && /^(?:i|l)$/.test(rest[i]!.tag)) return none;
  const words: Tagged[] = [];
  let text = '';
  for (; i < rest.length; i++) {
    const w = rest[i]!;
    if (w.role === 'punct' || w.role === 'number' || w.role === 'de') break;
    words.push(w);
    text = join(words).replace(PREDICATE_FILLER, '');
    if (/[了过着]/.test(text)) break;
  }
  const verb = text.replace(/[了过着].*$/, '');
  // A predicate cut by 、 in its object is half of what was done (`开设电焊、家政…`); one whose verb closes
  // before 、 is whole (`背街小巷改造、…`).
  if (rest[i]?.word === '、' && words[words.length - 1]?.role !== 'verb') return none;
  // `38家企业提供岗位720个`: a verb and the object the next figure counts define who is counted here
  // (提供岗位的企业); `46家企业带来1300多个岗位`: a verb whose object is that figure's alone does not.
  if (rest[i]?.role === 'number') {
    const split = words.findIndex((w) => w.role !== 'verb' && w.role !== 'skip');
    const object = split > 0 ? rightPhrase(words.slice(split)) : undefined;
    if (!object || object.rest.length > 0 || !hasNoun(object.noun)) return none;
    return { verb: join(words.slice(0, split)).replace(PREDICATE_FILLER, ''), object: join(object.noun) };
  }
  // A predicate longer than a label could hold is a clause of its own; without a verbal noun of manner opening
  // it (`免费/vn 安装烟雾报警器`, `集中/vn 开展…`), it may fit.
  if (verb.length > MAX_PREDICATE && words.length > 2 && words[0]!.tag === 'vn' && words[1]!.role === 'verb') {
    const rest = words.slice(1).filter((w) => w.role !== 'skip');
    if (!/[了过着]/.test(text) && join(rest).length <= MAX_PREDICATE) return { verb: join(rest).replace(PREDICATE_FILLER, ''), object: '' };
  }
  if (verb.length > MAX_PREDICATE) return none;
  if (!verb || !/[了过着]/.test(text)) return { verb, object: '' };
  // Cut at 了: the noun phrase after it is the verb's object, which the predicate needs (`开启了…模式`);
  // one that does not run to the end of the clause is half of one, and the predicate is left out.
  const after = rightPhrase(rest.slice(i + 1));
  if (!hasNoun(after.noun) || after.rest.some((w) => w.role !== 'punct')) return none;
  return { verb, object: join(after.noun) };
}

const MAX_PREDICATE = 8;
const MAX_LATER_PREDICATE = 10;
const JOINER = /^(?:和|及|与|、)$/;
const COUNT_UNITS = [...UNITS].filter(([, info]) => info.kind === 'count').map(([u]) => u);
const COUNT_INSIDE = new RegExp(`[0-9]+[万亿]?[余多]?(?:${COUNT_UNITS.join('|')})`, 'u');
/**
 * Whether the word at k belongs to a count's noun phrase: a number or a noun; in a coordinated count, a joiner
 * and a verb before a noun too (`、36个提档升级村`).
 */
const inNounPhrase = (words: readonly Tagged[], k: number, coordinated: boolean) => {
  const w = words[k]!;
  if (w.role === 'number' || (w.role === 'noun' && !JOINER.test(w.word))) return true;
  return coordinated && (JOINER.test(w.word) || (w.role === 'verb' && words[k + 1]?.role === 'noun'));
};
const MONTH = /^[0-9]{1,2}月(?:底|初|份|中旬|下旬|上旬)?(?:起|前|以来|开始)?/;

/**
 * What the counted did or got, read past what frames it (predicateOf reads only a predicate right after the
 * noun): a coordinated count (`9个乡镇和288个村全部建成便民服务站`), a time (`1860户村民12月起用上天然气`), a
 * place or a date with 在 (`60余户村民在家门口增收`, `7个小区将在11月底前完工`) and adverbs go; what is left,
 * running to the end of the clause, is the predicate (`用上天然气`, `建成便民服务站`, `增收`, `完工`), with
 * a number inside it kept (`实现24小时供水`). Not one that opens on a noun, 的, a number or a linking word.
 */
export function laterPredicate(rest: readonly Tagged[], joined = false): string {
  let i = 0;
  // Characters of the word at i that belong to what was skipped (jieba's 起用 of `12月起用上`).
  let cut = 0;
  const at = (k: number) => rest[k];
  for (let again = true; again && i < rest.length; ) {
    again = false;
    const w = at(i)!;
    const month = MONTH.exec(rest.slice(i).map((r) => r.word).join(''));
    if (month) {
      // A month it happened from or by (`12月起`, `11月底前`).
      let length = 0;
      while (i < rest.length && length + rest[i]!.word.length <= month[0].length) length += rest[i++]!.word.length;
      cut = month[0].length - length;
      again = cut === 0;
    } else if (i === 0 && (w.role === 'number' ? joined : JOINER.test(w.word) || w.role === 'de') && (w.role === 'number' || at(i + 1)?.role === 'number')) {
      // A coordinated count (`和288个村`), or the count of what the counted hold (`的1860户村民`): its number
      // and noun phrase go. A coordinated count shares only a predicate an adverb spreads over both (`9个乡镇
      // 和288个村全部建成…`; not `4个精品示范村、36个提档升级村建设`).
      const coordinated = w.role !== 'de';
      let k = i + 1;
      while (k < rest.length && !MONTH.test(rest.slice(k).map((r) => r.word).join('')) && inNounPhrase(rest, k, coordinated)) k++;
      if (coordinated && rest[k]?.role !== 'skip') return '';
      i = k;
      again = true;
    } else if (w.word === '在' || w.word === '于') {
      let k = i + 1;
      while (k < rest.length && rest[k]!.role !== 'verb' && rest[k]!.role !== 'punct') k++;
      if (k < rest.length && rest[k]!.role === 'verb') {
        i = k;
        again = true;
      }
    } else if (w.role === 'skip' || /^(?:将|已|已经|均|都|正在|也|还)$/.test(w.word)) {
      i++;
      again = true;
    }
  }
  const words = cut > 0 && rest[i] ? [{ ...rest[i]!, word: rest[i]!.word.slice(cut) }, ...rest.slice(i + 1)] : rest.slice(i);
  const first = words[0];
  if (!first || first.role === 'noun' || first.role === 'de' || first.role === 'number' || first.role === 'punct') return '';
  // (Nor one that opens on a boundary: an idiom, `脱颖而出`, or a preposition, `围绕…进行展示`.)
  if (first.role === 'stop' && !(first.tag === 'p' && words[1]?.tag === 'f')) return '';
  if (LINK_VERBS.has(first.word) || RELATIONAL.has(first.word) || IN_TURN.test(first.word)) return '';
  // (A preposition opens no predicate, but one jieba split off its complement does: 用/p 上/f of 用上.)
  if (/^(?:p|c)$/.test(first.tag) && words[1]?.tag !== 'f') return '';
  if (words.some((w) => w.role === 'punct' || w.role === 'de')) return '';
  const text = words.map((w) => w.word).join('').replace(/[了过着]/g, '');
  // (A count inside it is the next figure, whose object it names: `46家企业带来1300多个岗位`.)
  return text.length <= MAX_LATER_PREDICATE && !COUNT_INSIDE.test(text) ? text : '';
}
export const predicate = (rest: readonly Tagged[]) => Object.values(predicateOf(rest)).join('');

// Adverbs of order tell events in turn (`依次登台`, `纷纷报名`): what follows them narrates, it does not define.
const IN_TURN = /^(?:依次|先后|陆续|相继|纷纷|一一|轮流)$/;
// What a predicate that only links opens on: a preposition or a conjunction.
const LINKING_OPEN = /^(?:p|c)$/;
// Verbs that link a noun to another, never what was done to it (`…中心为支撑`, `梁余妮是…`, `场站配有…`).
const LINK_VERBS = new Set(['为', '是', '有', '成为', '作为', '配有', '设有', '拥有', '共有', '占', '占到']);

/** The verbs that close a phrase, right before the number (`…的畅通惠及` → 惠及). */
export function trailingVerbs(phrase: readonly Tagged[]): string {
  let start = phrase.length;
  while (start > 0 && phrase[start - 1]!.role === 'verb') start--;
  if (start === phrase.length) return '';
  // (How often, right before them, defines the number too: `每天要走访20多户居民` → 每天走访.)
  let per = start;
  while (per > 0 && (phrase[per - 1]!.role === 'skip' || /^每/.test(phrase[per - 1]!.word))) per--;
  return join(phrase.slice(phrase.slice(per, start).some((w) => /^每/.test(w.word)) ? per : start));
}

/** The verbs (and defining words) at the start of a phrase with the nouns they take before the number. */
export function verbPhrase(phrase: readonly Tagged[]): string {
  let end = 0;
  while (end < phrase.length && (phrase[end]!.role === 'verb' || DEFINING.test(phrase[end]!.word))) end++;
  if (end === 0) return '';
  let j = end;
  while (j < phrase.length && phrase[j]!.role === 'noun') j++;
  return join(phrase.slice(0, j));
}

/**
 * What was done to a thing the counted hold, closing the clause (`对城区85个老旧小区的庭院管网进行了更新`:
 * 的, the held noun phrase, then its works): the noun phrase and the works (庭院管网更新), so the count is of the
 * holders that had it done (庭院管网更新的老旧小区). The works are verbs alone, or any short word after a works
 * filler (进行, 实施: jieba tags 更新 an adverb there); not a predicate with a number, 的 or a break in it.
 */
export function heldPredicate(rest: readonly Tagged[]): string {
  if (rest[0]?.role !== 'de') return '';
  const phrase = rightPhrase(rest.slice(1));
  let { noun, rest: after } = phrase;
  // (A verb closing the clause is read as a noun there, `每月500元补助`; after a noun it is what was done: `就业`.)
  const last = noun[noun.length - 1];
  if (after.length === 0 && noun.length > 1 && last?.tag === 'v' && noun[noun.length - 2]!.role === 'noun') {
    after = [{ ...last, role: 'verb' }];
    noun = noun.slice(0, -1);
  }
  if (!hasNoun(noun) || noun.some((w) => w.word === '、') || after.length === 0) return '';
  const text = join(after);
  const works = text.replace(PREDICATE_FILLER, '');
  const filler = works.length < text.length;
  if (!works || works.length > 6 || after.some((w) => w.role === 'number' || w.role === 'de' || w.role === 'punct')) return '';
  // (Without a filler, the words after the noun phrase are all verbs: `…的村民就业`.)
  if (!filler && !after.every((w) => w.role === 'verb')) return '';
  return `${join(noun)}${works}`;
}
