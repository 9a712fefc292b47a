// The noun phrases a label is read from (label.ts): the phrase before a number up to its last boundary (with a
// change's from-level, per-words and an acting institution handled), and the noun phrase right after a number.
// The predicates after a noun are in label-predicates.ts, ages and thresholds in label-ages.ts.

import { UNITS } from '../../../src/domain/units.ts';
import { isActor, isHead, join, hasNoun, DEFINING, LIGHT_VERBS, LINKING, TIME_WORD, type Tagged } from './label-roles.ts';
import { ageEnd, ageStart } from './label-ages.ts';

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
      // (A place right after 占 bounds the whole a part is of, not the phrase, where the part stands before 占:
      // `住院人数占全县住院总人数的38%` reads 住院人数占全县住院总人数, as `家庭农场收入占农民总收入的45%` does.)
      if (w.role === 'stop' && wholePlace(w) && /^占到?$/.test(words[start - 2]?.word ?? '') && /^(?:noun|verb)$/.test(words[start - 3]?.role ?? '')) {
        start--;
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

/** A place named whole (`全县`, `全市`, `市区`), no time word. */
const wholePlace = (w: Tagged) => /^(?:n|ns|s)$/.test(w.tag) && !TIME_WORD.test(w.word) && /^(?:全[省市县区镇乡村国]|市区|城区|县城)$/.test(w.word);

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
export function leftPhrase(words: readonly Tagged[], thingAfter = false): Tagged[] {
  const linked = withoutLinking(words, changedTo(words));
  const end = fromLevelStart(words, linked);
  // (The per-words of the from-level define the level reached too: `价格由每立方米2.6元调整为2.8元` → 价格每立方米.)
  // (So does the noun it counts: `发热门诊由3个诊室增开到` → 发热门诊诊室.)
  const perWords = end < linked ? words.slice(end, linked).filter((w, k) => perWord(words, end + k) || (k === linked - end - 1 && w.role === 'noun' && words[end + k - 1]?.role === 'number')) : [];
  const start = phraseStart(words, end);
  let phrase = words.slice(start, end);
  // Past a few boundary words (`参与率由去年的六成`), the phrase before says what the number is of.
  let stop = start;
  // (A phrase of verbal nouns alone, `已发展到46家`, names no thing either.)
  const names = (words: readonly Tagged[]) => words.some((w) => isHead(w) && w.tag !== 'vn');
  // (A year is such a boundary too: `入住率从2022年的31%`.)
  const year = (at: number) => words[at - 1]?.word === '年' && /^[0-9]{4}$/.test(words[at - 2]?.word ?? '');
  // (Not past 按 before per-words where a thing named after the amount is what they rate, `民政局按每人每餐2元的标准给予
  // 补贴`: who sets the standard is no part of it; with none after, `物业费按每月每平方米0.35元收取`, the words before 按 name it.)
  const rate = thingAfter && phrase.length > 0 && phrase.every((w) => /^每/.test(w.word)) && /^(?:按|按照|依照)$/.test(words[start - 1]?.word ?? '');
  for (let skipped = 0; !rate && !names(phrase) && stop > 0 && (words[stop - 1]!.role === 'stop' || year(stop)) && skipped < 3; skipped++) {
    const outerEnd = withoutLinking(words, year(stop) ? stop - 2 : stop - 1);
    const outerStart = phraseStart(words, outerEnd);
    const outer = words.slice(outerStart, outerEnd);
    // (A verb alone there governs the count past the place word, `医院已巡诊全县12个乡镇`: the nouns before it are its
    // subject, not what the number is of; causeBefore reads the verb.)
    if (!hasNoun(outer) && phrase.length === 0 && outer.at(-1)?.role === 'verb' && words[outerEnd]?.role === 'stop' && /^(?:n|ns|s)$/.test(words[outerEnd]!.tag)) break;
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
  // (The noun the from-level counts may follow it: `由3个诊室`.)
  if (k > 1 && words[k - 1]!.role === 'noun' && words[k - 2]!.role === 'number') k--;
  const counted = k;
  while (k > 0 && words[k - 1]!.role === 'number') k--;
  if (k === counted) return end;
  while (k > 0 && (words[k - 1]!.role === 'de' || TIME.test(words[k - 1]!.word) || before(words, k - 1) || perWord(words, k - 1))) k--;
  return k > 0 && /^(?:从|由)$/.test(words[k - 1]!.word) ? withoutLinking(words, k - 1) : end;
}
/** A time the from-level was at (`最初`, `几年前`): a time noun, or 前 after a span. */
const before = (words: readonly Tagged[], at: number) =>
  words[at]!.tag === 't' || (words[at]!.word === '前' && /^(?:几|[0-9一二三四五六七八九十两]+)年$/.test(words[at - 1]?.word ?? '')) || /^(?:几|[0-9一二三四五六七八九十两]+)年$/.test(words[at]!.word) && words[at + 1]?.word === '前';
/**
 * Where the words before a level reached end once the verb of change and its 到/至 go (`病种由39种扩大到`,
 * `时限由5个工作日压缩至`, `大棚从最初的12座发展到现在的`): only after a from-level with 从 or 由, which says the verb
 * tells a change to the number, not what was done; `words.length` otherwise.
 */
function changedTo(words: readonly Tagged[]): number {
  let k = words.length;
  while (k > 0 && (words[k - 1]!.role === 'de' || /^(?:现在|目前|如今|今年|当前)$/.test(words[k - 1]!.word))) k--;
  if (k < 2 || !/^(?:到|至)$/.test(words[k - 1]!.word) || !/^v/.test(words[k - 2]!.tag)) return words.length;
  const verb = k - 2;
  return fromLevelStart(words, verb) < verb ? verb : words.length;
}
/** A per-word (`每吨`), or 每 and the measure word jieba cut from it (`每/zg 立方米/q`). */
const perWord = (words: readonly Tagged[], at: number) =>
  /^每/.test(words[at]!.word) || (words[at]!.tag === 'q' && words[at - 1]?.word === '每');
const TIME = /^(?:去年|上年|前年|今年|年初|目前|现在|过去|以前|此前|原来|同期|去年同期|(?:19|20)[0-9]{2}年(?:底|末|初)?)$/;

// A noun that measures the act of the verb right before it (`补助标准`, `补贴比例`, `奖励额度`): verb and noun are one noun,
// and the words before them say whose act it is (`各级财政补助标准`), no institution acting.
const MEASURE_OF_ACT = /^(?:标准|比例|额度|上限|限额)$/;

/** Without an institution acting before a verb with an object (`县财政安排专项资金` → 安排专项资金). */
function withoutInstitution(phrase: Tagged[]): Tagged[] {
  const verb = phrase.findIndex((w, i) => i > 0 && w.role === 'verb' && phrase.slice(i + 1).some(isHead));
  if (verb <= 0 || MEASURE_OF_ACT.test(phrase[verb + 1]?.word ?? '')) return phrase;
  const actor = join(phrase.slice(0, verb));
  return isActor(phrase.slice(0, verb)) && !phrase.slice(0, verb).some((w) => w.role === 'de') ? phrase.slice(verb) : phrase;
}

/** The noun phrase right after the number (`个学校食堂进行了改造` → 学校食堂) and the words after it. */
export function rightPhrase(words: readonly Tagged[], classifier = false, object = false, people = false): { noun: Tagged[]; rest: Tagged[]; afterDe: boolean } {
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
    // (A verb opening a list of modifiers before its noun, `独居/v、空巢老人`, is one of them.)
    if (noun.length === 0 && w.role === 'verb' && next?.word === '、' && words[i + 2]?.role === 'noun') {
      noun.push({ ...w, role: 'noun' });
      continue;
    }
    // (Not a verb of change before the level it reached, `由33种增至41种`, `由560个增加到1180个`: a predicate, the count a level.)
    if (classifier && i === 0 && w.tag === 'v' && next && next.role !== 'noun' && next.role !== 'number' && !/^(?:到|至|为)$/.test(next.word)) {
      noun.push({ ...w, role: 'noun' });
      continue;
    }
    // A verbal noun before a verb says how it is done (`统一/vn 购买`): it ends the phrase.
    // (Not before a verb closing the clause in the object of a standard's verb, which names the thing: `按…标准发放乡村
    // 教师生活/vn补助/v`; after a count it says how, `500名高龄、失能老人免费/vn体检/v`.)
    if (w.tag === 'vn' && next?.role === 'verb' && noun.length > 0 && (words[i + 2] || !object)) break;
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
  // `13个已达成意向的项目提供要素保障`: a short phrase before 的 and a noun modifies that noun, which is what is
  // counted (达成意向的项目), not the phrase alone; a number after 的 counts another thing (`16个村的8000余户村民`),
  // and a single short noun before 的 holds the noun after it (`6个村的村民就业`: the villages are counted).
  // (Only after a measure word that takes a noun: `31.4公里“四好”农村路的畅通` measures the road.)
  if (classifier && words[i]?.role === 'de' && words[i + 1]?.role === 'noun' && (noun.length > 1 || join(noun).length >= 4) && hasNoun(noun) && join(noun).length <= 6 && !noun.some((w) => w.word === '、')) {
    const head = rightPhrase(words.slice(i + 1));
    if (hasNoun(head.noun) && join(head.noun).length <= 6) return { noun: [...noun, words[i]!, ...head.noun], rest: head.rest, afterDe };
  }
  // `70多名来自甲大学、乙大学等高校在校返乡大学生代表齐聚一堂`: a list closed by 等 gives examples of the phrase after
  // it, which is what is counted; the names are not. That phrase runs over nouns and the verbs that modify them
  // to its last common noun (jieba's n…, not a made-up nz like 齐聚一堂); a class noun right after 等 that
  // verbs then describe (`等高校 在校 返乡 大学生`) is the kind of the listed, not the counted.
  // (Not a list that is the object of a verb inside the phrase: `8个乡镇开设电焊、家政等培训班` counts 乡镇.)
  if (/^等等?$/.test(words[i]?.word ?? '') && noun.some((w) => w.word === '、') && !noun.some((w, k) => k > 0 && w.role === 'verb')) {
    const tail = words.slice(i + 1);
    let run = 0;
    while (run < tail.length && (tail[run]!.role === 'noun' || tail[run]!.role === 'verb')) run++;
    let end = run;
    while (end > 0 && !(tail[end - 1]!.role === 'noun' && /^n(?!z)/.test(tail[end - 1]!.tag))) end--;
    const from = end > 2 && tail[0]!.role === 'noun' && tail[1]!.role === 'verb' ? 1 : 0;
    const counted = tail.slice(from, end);
    if (hasNoun(counted)) return { noun: counted, rest: tail.slice(end), afterDe };
  }
  // Cut short of the clause's end by a verb, a phrase with a verb inside had its predicate in it
  // (`8个乡镇开设电焊、家政、中式烹调等培训班` → 乡镇); so had one cut by the next figure, whose object it
  // names (`为1570名农民工追讨工资1578万元` → 农民工): it ends before that verb.
  // (A verb right after a joiner is an item of a list of modifiers, `失能、高龄和独居老人提供…`: the predicate is a verb after it.)
  let inner = noun.findIndex((w, k) => k > 0 && w.role === 'verb' && !JOINED.test(noun[k - 1]!.word));
  // (Cut short by a verbal noun of manner before a verb, `燃煤取暖家庭免费安装…`, the phrase stopped at its predicate: a
  // verb right before its head noun modifies it, in a count of people or homes (名, 人, 户, 位). Not in a count of
  // places or things that act, `8个乡镇开设电焊培训班统一组织考试`: that verb, with its object, is the predicate.)
  if (people && words[i]?.tag === 'vn' && words[i + 1]?.role === 'verb' && inner > 0 && inner === noun.length - 2) inner = -1;
  // (Not one cut by a list's next item: `3座…站管网铺设和13个…`.)
  const byNumber = words[i]?.role === 'number' && !JOINED.test(words[i - 1]?.word ?? '');
  // (Only a verb and one object: in `2737个街道、社区就业社保服务点40项…` 就业 modifies 服务点.)
  const cutShort = i < words.length && words[i]!.role !== 'punct' && (words[i]!.role !== 'number' || (byNumber && inner === noun.length - 2));
  // (A defining adverb before that verb is its own: `10个书房累计接待读者…` → 书房.)
  while (cutShort && inner > 1 && DEFINING.test(noun[inner - 1]!.word)) inner--;
  if (cutShort && inner > 0) return { noun: noun.slice(0, inner), rest: words.slice(words.indexOf(noun[inner]!)), afterDe };
  return { noun, rest: words.slice(i), afterDe };
}

const JOINED = /^(?:、|和|及|与)$/;

// Verbs that link a noun to another, never what was done to it (`…中心为支撑`, `梁余妮是…`, `场站配有…`).
export const LINK_VERBS = new Set(['为', '是', '有', '成为', '作为', '配有', '设有', '拥有', '共有', '占', '占到']);
