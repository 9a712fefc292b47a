// A Chinese label that says what a figure counts, made of whole words (jieba, words.ts): the noun phrase the
// figure counts and the words of its verb phrase that define the number (新增, 累计, 备案, 人均, 每月, 改造,
// 新建, 追讨 …). Two forms of the clause are read:
// - `[verbs] [noun phrase] [number+unit]` (`新建改造供热管网38.1公里`, `参会单位累计1.32万家`): the words from
//   the last boundary before the number — a preposition, a place or time word, an adverb, another number —
//   up to it, without linking words (达到, 为, 只需 …) and without an institution acting (`县财政安排专项资金
//   260万元` → 安排专项资金);
// - `[verbs] [number+measure word] [noun phrase]` (`新增备案67个以上普惠社区托育点`): the verbs before and the
//   noun phrase after; with no verb before, a short predicate after says what was done (`对16个学校食堂进行了
//   改造` → 学校食堂改造).
// When the words before hold no noun (`每次只需100多元`, `每户只需出资1.8万元`), the phrase before the
// boundary and the noun after the number (`每月500元补助`, `…1200元的标准给予运行补贴`) are read too.

import { UNITS } from '../../../src/domain/units.ts';
import { RELATIONAL, SEQUENCE, splitLinks, trimLabel } from './label-trim.ts';
import { scanPlaces } from './place-names.ts';
import { clauseOf, segmentOf, type FigureScope } from './scope.ts';
import { tableLabel } from './table.ts';
import { boundedMemo } from './memo.ts';
import { tagWords, type Word } from './words.ts';

export const MAX_LABEL_LENGTH = 18;

type Role = 'stop' | 'skip' | 'number' | 'punct' | 'verb' | 'noun' | 'de';

// Boundaries: what stands before them is actor, place, time, manner or another clause's business.
const STOP_WORDS = new Set([
  '对', '为', '向', '在', '按', '按照', '把', '给', '据', '经', '自', '从', '由', '于', '以', '通过', '围绕', '针对',
  '其中', '其余', '另', '另有', '现有', '共有', '拥有', '有', '等', '或', '并', '已', '已经', '正在', '共',
  '截至', '截止', '期间', '同时', '此外', '其', '该', '这', '此', '将', '要', '计划', '力争', '确保', '目标', '预计',
  '争取', '力促', '拟', '全市', '全县', '全区', '全镇', '全乡', '全省', '我市', '该县', '该区', '该镇', '县里', '区里',
  '市里', '村里', '镇里', '全国', '首', '我', '他', '她', '我们', '他们', '家住', '已有', '再', '又', '均',
]);
// The whole of a division (`全村`, `全乡`): where, not what.
const SCOPE_WORD = /^全[省市县区镇乡村国]$/;
// Words skipped inside a phrase: they neither end it nor belong to the label.
const SKIP_WORDS = new Set(['只', '仅', '需', '只需', '仅需', '就', '能', '可', '可以', '只能', '能够', '才能', '就能', '还', '都', '也', '才', '全部', '已登记', '各类', '各项', '所有']);
// 和/与/及 join nouns inside a phrase (`精品示范村和提档升级村`, `煤炭产能与产量匹配率`).
const JOINERS = new Set(['和', '与', '及']);
const TIME_WORD = /^(?:今年|去年|明年|前年|当年|全年|年内|本年|目前|当前|现在|如今|近年|近年来|以来|今年以来|年底|年初|年末|月底|月初|上半年|下半年|前三季度|季度|冬季|期间|过去|以前|此前|之前|未来|下一步)$/;
const NUMERAL = /^(?:[0-9.%]+|[零〇一二三四五六七八九十两百千万亿几]+(?:[个名所座家户]|多|余)?)$/;
// Linking words between a phrase and its number: dropped from the end of the phrase.
const LINKING = [
  '达到', '达', '为', '是', '共计', '合计', '总计', '计', '约', '近', '超过', '超', '只需', '只要', '仅需', '需', '仅',
  '稳定在', '维持在', '保持在', '徘徊在', '提高到', '提高至', '提升至', '提升到', '增加到', '增至', '降至', '降到', '下降到',
  '缩短到', '缩短至', '突破', '不到', '不足', '多达', '高达', '了', '的', '在', '实现', '占到', '占', '到', '最高',
  '最低', '为期', '总共', '一共', '显示',
];
// Adverbs and per-words that define a number and stay in its label.
// (A negation defines a number as much: `未打通`, `不达标`; it is never dropped.)
const DEFINING = /^(?:累计|新|人均|户均|村均|亩均|日均|月均|年均|平均|总|首批|每.*|一个月|一年|一天|不|未|没|没有|无|尚未|从未)$/;
// An actor that is an institution or a place (`县财政安排…`, `区民政局提供…`): not part of the label.
const INSTITUTION = /(?:局|委|府|财政|部门|单位|公司|集团|中心|医院|学校|市|县|区|镇|乡|村)$/;
// Nouns with a place's ending that are no actor: what is counted or measured (`城市低保标准`, `老旧小区改造项目`).
const NOT_INSTITUTION = /(?:城市|小区|社区|农村|园区|景区|城区|乡村)$/;
/** Whether the words before a verb are an institution or a place acting (`县财政安排…`), not a noun it modifies. */
const isActor = (words: readonly Tagged[]) => {
  const actor = join(words);
  return words.length > 0 && words[0]!.role !== 'verb' && INSTITUTION.test(actor) && !NOT_INSTITUTION.test(actor);
};
const PURPOSE_START = new Set(['对', '为', '用于', '推进', '支持', '实施', '开展', '专项用于']);
const LIGHT_VERBS = new Set(['给予', '提供', '实现', '进行', '开展', '完成', '达到', '推广', '安装', '覆盖', '惠及', '带动', '解决', '发放', '用于', '投入']);
const GENERIC_HEAD = new Set(['标准', '水平', '规模', '额度']);
const PREDICATE_FILLER = /^(?:进行了?|开展了?|实施了?|完成了?|实现了?|得到了?|全部|全面|均|都|已|了|正在)+/;
const HAN = /\p{Script=Han}/u;
const PRONOUN = /^(?:其|该|这|那|此|各|我|你|他|她|它|谁|哪|自己|大家|有的|某)/;
const BRACKETED = /[（(][^（()）]*[)）]/g;
const QUOTES = /[“”‘’"「」『』《》]/g;

interface Tagged extends Word {
  role: Role;
}

// Verbs of works that define a number, whatever jieba tags them (it reads 新建 as a place name, ns).
const WORKS_VERB = /^(?:新建|新增|新建改造|改造|改扩建|扩建|改建|新设|增设)$/;

function roleOf(w: Word, inPlace: boolean): Role {
  if (!HAN.test(w.word)) return /^[0-9.%]+$/.test(w.word) ? 'number' : /^[A-Za-z]{2,}$/.test(w.word) ? 'noun' : 'punct';
  if (WORKS_VERB.test(w.word)) return 'verb';
  if (w.word === '的' || w.word === '之') return 'de';
  // A four-character idiom (`脱颖而出`) narrates: it is no part of what a number counts (jieba tags some
  // short phrases idioms too: `一封信`, `每顿饭`).
  if (inPlace || STOP_WORDS.has(w.word) || SCOPE_WORD.test(w.word) || TIME_WORD.test(w.word) || (w.tag === 'i' && w.word.length >= 4)) return 'stop';
  if (SKIP_WORDS.has(w.word)) return 'skip';
  if (JOINERS.has(w.word)) return 'noun';
  if (DEFINING.test(w.word)) return 'noun';
  if (NUMERAL.test(w.word) || (w.tag === 'm' && /^[0-9零〇一二三四五六七八九十两]/.test(w.word) && !/级$/.test(w.word)) || w.tag === 'q') return 'number';
  if (['p', 'c', 'd', 'f', 'u', 'ul', 'ug', 'uz', 'uj', 'y', 'e'].includes(w.tag)) return w.word === '累计' ? 'noun' : 'stop';
  // jieba tags some nouns as pronouns (`本科/r`): only real pronouns end a phrase.
  if (w.tag === 'r') return PRONOUN.test(w.word) ? 'stop' : 'noun';
  if (w.tag === 'v' || w.tag === 'vd' || w.tag === 'vi' || w.tag === 'vq') return 'verb';
  return 'noun';
}

// Words that finish a number (`2025年`, `89周岁`, `17支`) belong to it, not to the phrase after.
const AFTER_NUMBER = /^(?:年|月|日|周岁|岁|届|支|余|多|个|项|名|户)$/;

/** The words of a text with their roles, worked out once per text (memo.ts); callers copy, never change. */
const tagged: (text: string) => readonly Tagged[] = boundedMemo(roles);

function roles(text: string): Tagged[] {
  const places = scanPlaces(text).filter((m) => m.place);
  const words = splitLinks(tagWords(text)).map((w) => ({ ...w, role: roleOf(w, places.some((p) => p.at < w.end && w.start < p.end)) }));
  for (let i = 1; i < words.length; i++) {
    // A time word between a verb and its noun modifies the noun (`完成全年任务`); 目标 right before 的 or the
    // number is the head noun (`完成年度目标的105%`), not the word that makes a figure a target.
    const following = words[i + 1];
    // The base of a comparison (`较去年提高`, `比上年增加`) says what changed against what: it stays.
    if (words[i]!.role === 'stop' && TIME_WORD.test(words[i]!.word) && /^(?:较|比)$/.test(words[i - 1]!.word)) {
      words[i]!.role = 'noun';
      words[i - 1]!.role = 'noun';
    }
    const head = words[i]!.word === '目标' && (!following || following.role === 'de') && /^(?:noun|verb)$/.test(words[i - 1]!.role);
    const modifier = /^(?:全年|年度|当年)$/.test(words[i]!.word) && words[i - 1]!.role === 'verb' && following?.role === 'noun';
    if (words[i]!.role === 'stop' && (head || modifier)) words[i]!.role = 'noun';
    // A unit after a number is part of it (`2300/m 万元/m`), whatever jieba tags it.
    const unit = words[i]!.word.replace(/^[余多万亿千百]+/, '');
    if (words[i - 1]!.role === 'number' && (AFTER_NUMBER.test(words[i]!.word) || (HAN.test(words[i]!.word) && (unit === '' || UNITS.has(unit))))) {
      words[i]!.role = 'number';
    }
    // A measure word right after a noun is part of it (`县域医疗次/q中心`; not `上个采暖季`).
    if (words[i]!.tag === 'q' && words[i]!.role === 'number' && words[i - 1]!.role === 'noun' && !NUMERAL.test(words[i]!.word)) {
      words[i]!.role = 'noun';
    }
    // A direction word between a noun and the number belongs to their phrase (`县城及周边[约500万平方米]
    // 区域`); elsewhere it frames the clause (`在水库周边设置…`).
    const next = words[i + 1];
    const between = !next || next.role === 'number';
    if (words[i]!.tag === 'f' && between && words[i - 1]!.role === 'noun' && /^[^以之]\p{Script=Han}$/u.test(words[i]!.word) && !TIME_WORD.test(words[i]!.word)) {
      words[i]!.role = 'noun';
    }
  }
  return words;
}

const TRIM = { keeps: (word: string) => DEFINING.test(word) || WORKS_VERB.test(word) };
const join = (words: readonly Tagged[]) => words.filter((w) => w.role !== 'skip').map((w) => w.word).join('');
const isHead = (w: Tagged) => w.role === 'noun' && !DEFINING.test(w.word);
const hasNoun = (words: readonly Tagged[]) => words.some(isHead);

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
      // An age that defines who is counted (`80至89周岁的老人每人每月`, `70岁以上老人`) is part of the phrase.
      const age = start < end ? ageStart(words, start) : -1;
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

const LEADING_AGE = /^((?:[0-9]+|[一二三四五六七八九十百]+)(?:(?:至|到|-|—|~)(?:[0-9]+|[一二三四五六七八九十百]+))?周?岁(?:以上|以下|及以上)?)的?(.*)$/;
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

/**
 * Whether the 、 at `at` joins items of one noun phrase (`新建改扩建中小学、幼儿园7所`, `走访慰问低保户、特困户、
 * 残疾人家庭236户`): a noun before it that is no count of its own (`4424人、`, `200余个、`).
 */
function listJoin(words: readonly Tagged[], at: number): boolean {
  const before = words[at - 1];
  const earlier = words[at - 2];
  if (words[at]?.word !== '、' || !before || before.role !== 'noun' || !words[at + 1]) return false;
  return earlier?.role !== 'number' && !UNITS.has(before.word.replace(/^[余多万亿]+/, ''));
}

/** The phrase before the number; when it names nothing, the phrase before that one too. */
function leftPhrase(words: readonly Tagged[]): Tagged[] {
  const end = withoutLinking(words);
  const start = phraseStart(words, end);
  let phrase = words.slice(start, end);
  // Past a few boundary words (`参与率由去年的六成`), the phrase before says what the number is of.
  let stop = start;
  // (A phrase of verbal nouns alone, `已发展到46家`, names no thing either.)
  const names = (words: readonly Tagged[]) => words.some((w) => isHead(w) && w.tag !== 'vn');
  for (let skipped = 0; !names(phrase) && stop > 0 && words[stop - 1]!.role === 'stop' && skipped < 3; skipped++) {
    const outerEnd = withoutLinking(words, stop - 1);
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
  return withoutInstitution(phrase);
}

/** Without an institution acting before a verb with an object (`县财政安排专项资金` → 安排专项资金). */
function withoutInstitution(phrase: Tagged[]): Tagged[] {
  const verb = phrase.findIndex((w, i) => i > 0 && w.role === 'verb' && phrase.slice(i + 1).some(isHead));
  if (verb <= 0) return phrase;
  const actor = join(phrase.slice(0, verb));
  return isActor(phrase.slice(0, verb)) && !phrase.slice(0, verb).some((w) => w.role === 'de') ? phrase.slice(verb) : phrase;
}

/** The noun phrase right after the number (`个学校食堂进行了改造` → 学校食堂) and the words after it. */
function rightPhrase(words: readonly Tagged[], classifier = false): { noun: Tagged[]; rest: Tagged[]; afterDe: boolean } {
  let i = 0;
  const afterDe = words[0]?.role === 'de';
  if (afterDe) i++;
  const noun: Tagged[] = [];
  for (; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    // A measure word takes a noun (`51名选手围绕…`): the word right after it, before no noun, is that noun
    // though jieba tags it a verb (选手/v).
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
  // (`8个乡镇开设电焊、家政、中式烹调等培训班` → 乡镇): it ends before that verb.
  const inner = noun.findIndex((w, k) => k > 0 && w.role === 'verb');
  const cutShort = i < words.length && words[i]!.role !== 'punct' && words[i]!.role !== 'number';
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
function predicateOf(rest: readonly Tagged[]): { verb: string; object: string } {
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
  // A predicate longer than a label could hold is a clause of its own.
  if (verb.length > MAX_PREDICATE) return none;
  if (!verb || !/[了过着]/.test(text)) return { verb, object: '' };
  // Cut at 了: the noun phrase after it is the verb's object, which the predicate needs (`开启了…模式`);
  // one that does not run to the end of the clause is half of one, and the predicate is left out.
  const after = rightPhrase(rest.slice(i + 1));
  if (!hasNoun(after.noun) || after.rest.some((w) => w.role !== 'punct')) return none;
  return { verb, object: join(after.noun) };
}

const MAX_PREDICATE = 8;
const predicate = (rest: readonly Tagged[]) => Object.values(predicateOf(rest)).join('');

// Adverbs of order tell events in turn (`依次登台`, `纷纷报名`): what follows them narrates, it does not define.
const IN_TURN = /^(?:依次|先后|陆续|相继|纷纷|一一|轮流)$/;
// What a predicate that only links opens on: a preposition or a conjunction.
const LINKING_OPEN = /^(?:p|c)$/;
// Verbs that link a noun to another, never what was done to it (`…中心为支撑`, `梁余妮是…`, `场站配有…`).
const LINK_VERBS = new Set(['为', '是', '有', '成为', '作为', '配有', '设有', '拥有', '共有', '占', '占到']);

/** The verbs that close a phrase, right before the number (`…的畅通惠及` → 惠及). */
function trailingVerbs(phrase: readonly Tagged[]): string {
  let start = phrase.length;
  while (start > 0 && phrase[start - 1]!.role === 'verb') start--;
  return join(phrase.slice(start));
}

/** The verbs (and defining words) at the start of a phrase with the nouns they take before the number. */
function verbPhrase(phrase: readonly Tagged[]): string {
  let end = 0;
  while (end < phrase.length && (phrase[end]!.role === 'verb' || DEFINING.test(phrase[end]!.word))) end++;
  if (end === 0) return '';
  let j = end;
  while (j < phrase.length && phrase[j]!.role === 'noun') j++;
  return join(phrase.slice(0, j));
}

export interface LabelContext {
  /** The figure before this one in its sentence: its label and where its span ends. */
  previous?: { label: string; end: number };
}

export function labelOf(scope: FigureScope, context: LabelContext = {}): string | undefined {
  const row = tableLabel(scope.sentence, scope.start, scope.end);
  if (row) return fit(row);
  const clause = clauseOf(scope);
  const left = tagged(clean(scope.sentence.slice(clause.start, scope.start)));
  const right = tagged(clean(scope.sentence.slice(scope.end, clause.end)));
  const counter = UNITS.get(scope.unit)?.kind === 'count';
  const phrase = leftPhrase(left);
  // 人, 人次, 户 and 次 are units of their own (`300人参加培训`); the other measure words of counts take a noun.
  const right1 = rightPhrase(right, counter && !/^(?:人|人次|户|次)$/.test(scope.unit));
  const { rest, afterDe } = right1;
  // `…1200元的标准给予运行补贴`: a generic head gives way to the object of the verb after it.
  const noun = GENERIC_HEAD.has(join(right1.noun)) ? rightPhrase(rest.slice(rest.findIndex((w) => w.role !== 'verb'))).noun : right1.noun;

  let label: string;
  if ((counter || afterDe) && hasNoun(noun)) {
    // `新增备案67个普惠社区托育点`, `接受为期3年的培养`: the noun after is what is counted, with the verb
    // right before the number (`…农村路的畅通惠及5万余名群众`) or the verb phrase opening the words before.
    const verbs = hasNoun(phrase) ? trailingVerbs(phrase) || verbPhrase(phrase) : join(phrase);
    const done = verbs ? { verb: '', object: '' } : predicateOf(rest);
    // `2.1万名老人统一购买了意外伤害保险`: a verb with its object reads as what defines the noun; of a
    // list of objects too long for a label, the first (`安装了烟雾报警器和一键呼叫设备` → 安装烟雾报警器).
    const object = `${done.verb}${done.object}的${join(noun)}`.length <= MAX_LABEL_LENGTH ? done.object : done.object.split(/[、和及与]/)[0]!;
    const defined = `${done.verb}${object}的${join(noun)}`;
    label = object && defined.length <= MAX_LABEL_LENGTH ? defined : `${verbs}${join(noun)}${object ? '' : done.verb}`;
  } else if (counter && hasNoun(phrase) && !hasNoun(noun) && rest.length > 0) {
    // `已有专家86人次下沉坐诊`: what the counted did follows the number.
    label = `${join(phrase)}${predicate(right)}`;
  } else {
    // `低保家庭享受每月500元补助`, `实现100%签约`: a word right after the amount completes it.
    const after = (afterDe && hasNoun(phrase)) || (hasNoun(phrase) && noun.length > 1) ? [] : noun;
    label = `${join(phrase)}${join(after)}`;
  }
  // Money put into something is named after what it is for (`投入近200万元对16个学校食堂进行了改造`).
  const purposeAt = right[0]?.word === '专项' || right[0]?.word === '专门' ? 1 : 0;
  // (`投资3000万元改造提升景区道路`: a verb with its object right after the amount says what it is for too.)
  // Not when the works are counted by figures of their own (`投资2300万元新建供热管网9.6公里`).
  const objectAt = right.findIndex((w, i) => i > purposeAt && w.tag !== 'v' && w.tag !== 'vn');
  const purposeVerb =
    /^vn?$/.test(right[purposeAt]?.tag ?? '') && objectAt > purposeAt && isHead(right[objectAt]!) && !right.some((w) => w.role === 'number');
  if (scope.unit === '元' && (PURPOSE_START.has(right[purposeAt]?.word ?? '') || purposeVerb)) {
    const purpose = purposeOf(right.slice(purposeAt + 1));
    const verb = phrase.findIndex((w) => w.role === 'verb');
    const own = verb > 0 && isActor(phrase.slice(0, verb)) ? phrase.slice(verb) : phrase;
    const spent = hasNoun(own) && !purposeVerb ? join(own.filter((w, i) => !(w.role === 'verb' && i === 0))) : join(own);
    if (purpose) label = `${purpose}${spent}`;
  } else if (scope.unit === '元' && right.length === 0 && hasVerb(phrase)) {
    // (`投入资金120万元，对全镇19个村卫生室进行标准化改造`: the clause after the amount says what it is for.)
    const next = tagged(clean(nextClause(scope.sentence, clause.end)));
    if (next[0]?.word === '对' || next[0]?.word === '用于') {
      const purpose = purposeOf(next.slice(1));
      if (purpose && hasNoun(tagged(purpose))) label = `${purpose}${label}`;
    }
  }
  label = trimLabel(label.replace(/^[的之已将]+/, '').trim(), { ...TRIM, endOnly: true });
  const before = scope.sentence.slice(clause.start, scope.start).replace(/^[^\p{Script=Han}]+/u, '');
  const leaning = LEANS_ON_PREVIOUS.test(before) || LEANS_ON_PREVIOUS.test(label);
  const full = trimLabel(withContext(label, scope, context, leaning, predicate(right)), TRIM);
  return full ? fit(quoted(full, scope.sentence)) : undefined;
}

/**
 * A label that leans on the figure before it in the sentence: a change or a share of it (`…138万件，同比
 * 增长32%`, `民生支出…，占一般公共预算支出的82%`), the next item of a list under the same verb (`新建改造供热
 * 管网38.1公里、换热站12个`), what the last one has (`14个充电场站，配有121把充电桩`), a generic total
 * (`产量`, `产值`) named after the sentence's subject or the figure before (`粮食种植面积…，产量…`).
 */
function withContext(label: string, scope: FigureScope, context: LabelContext, leaning: boolean, after: string): string {
  const previous = context.previous;
  const words = tagged(label);
  // `改造老旧小区46个，涉及楼栋318栋`: what the works before involved is counted under their whole label.
  const works = previous?.label.replace(CHANGE_TAIL, '');
  if (works && /^涉及/.test(label) && !GENERIC_TOTALS.test(works) && !label.startsWith(works)) return `${works}${label}`;
  // `另有15部正在施工`: nothing before the number names it; the figure before does, with what follows.
  if (previous && !label) return `${nounsOf(previous.label)}${after}`;
  // An age group names its own subset (`其中80岁以上老人占比…`); one with no noun takes the figure before's
  // (`90至99周岁的每人每月100元` after `80至89周岁的老人每人每月50元` → 90至99周岁老人每人每月).
  const age = LEADING_AGE.exec(label);
  if (previous && (leaning || !hasNoun(words)) && !label.startsWith(nounsOf(previous.label)) && !(age && hasNoun(tagged(age[2]!)))) {
    // (`长者食堂…老人占比` before `其中…老人占比约三成`: the figure before already says it.)
    const nouns = nounsOf(previous.label).replace(LEADING_AGE, '$2');
    if (age) return `${age[1]}${nouns}${age[2]}`;
    return nouns.endsWith(label) ? nouns : `${nouns}${label}`;
  }
  const between = previous && previous.end <= scope.start ? scope.sentence.slice(previous.end, scope.start) : '';
  if (previous && /^[、和及]/.test(between) && !hasVerb(tagged(between.slice(1)))) {
    // `…涉及楼栋312栋、居民8900余户`: the next item is involved in the same works.
    const verbs = /涉及/.test(previous.label) ? previous.label.replace(/涉及.*$/, '涉及') : leadingVerbs(previous.label);
    if (verbs && !label.startsWith(verbs)) return `${verbs}${label}`;
  }
  if (GENERIC_TOTALS.test(label)) {
    const segment = scope.sentence.slice(segmentOf(scope).start, scope.start);
    const actor = SUBJECT_OF_SEGMENT.exec(segment)?.[1];
    if (actor) return `${actor}${label}`;
    if (previous) return `${firstNoun(previous.label)}${label}`;
  }
  return label;
}

/** What money is for: the first noun phrase of the clause after it, counts skipped, and its predicate. */
/** The clause after the one ending at `end` (a comma's), up to the next break. */
function nextClause(sentence: string, end: number): string {
  if (!/^[，,]/.test(sentence.slice(end))) return '';
  return sentence.slice(end + 1).split(/[，,；;。！？!?：:]/)[0] ?? '';
}

function purposeOf(words: readonly Tagged[]): string {
  let i = 0;
  while (i < words.length && !(words[i]!.role === 'noun' && words[i + 1]?.role !== 'number')) i++;
  const { noun, rest } = rightPhrase(words.slice(i));
  const first = noun.findIndex((w) => w.word === '、');
  const done = predicate(rest.filter((w) => w.role !== 'number' && w.word !== '、'));
  const purpose = `${join(first < 0 ? noun : noun.slice(0, first))}${done}`.replace(/(?:进行|开展|实施)了?/g, '');
  // (A measure word jieba glued to the noun after a number, `19个村卫生室` → 个村/卫生室, is no part of it.)
  const glued = i > 0 && words[i - 1]!.role === 'number' && words[i]!.tag === 'x' && UNITS.get(words[i]!.word[0]!)?.kind === 'count';
  return glued ? purpose.slice(1) : purpose;
}

// What a change adds to the label of the figure it changes (`…同比增长`).
const CHANGE_TAIL = /(?:同比|环比|较)?(?:增长|下降|提高|降低|增加|减少|增收).*$/;
const LEANS_ON_PREVIOUS = /^(?:同比|环比|较|比|占|另有|其中|配有|设有|拥有|有)/;
const GENERIC_TOTALS = /^(?:完成)?(?:产量|产值|投资|营业收入|收入|销售收入|签约额|增加值)$/;
// A sentence's subject before its first verb (`绿色煤炭产业链将…`, `医药产业链发挥…`).
const SUBJECT_OF_SEGMENT = /^([\p{Script=Han}]{2,8}?)(?:将|要|发挥|深化|作为|是|也|推进|围绕|重点|坚持|加快)/u;

const hasVerb = (words: readonly Tagged[]) => words.some((w) => w.role === 'verb');

/** The nouns of a label, without its verbs and per-words: what a following figure leans on. */
function nounsOf(label: string): string {
  const words = tagged(label.replace(CHANGE_TAIL, ''));
  let start = 0;
  while (start < words.length && !isHead(words[start]!)) start++;
  let end = words.length;
  // Verbs closing a noun phrase right after its noun are its head (`旅游综合收入`, `实际负担`, `劳动力转移就业`,
  // `就诊率`: jieba tags 收入, 负担, 就业 and 率 as verbs); other closing words are dropped.
  while (end > start && !isHead(words[end - 1]!) && !headVerbs(words, start, end)) end--;
  return join(words.slice(start, end));
}

/** Whether the words closing words[start, end) are verbs right after a head noun. */
function headVerbs(words: readonly Tagged[], start: number, end: number): boolean {
  let k = end;
  while (k > start && words[k - 1]!.role === 'verb') k--;
  return k < end && k > start && isHead(words[k - 1]!);
}

/** The verbs (and defining words) a label opens with: `新建改造` of 新建改造供热管网. */
function leadingVerbs(label: string): string {
  const words = tagged(label);
  let end = 0;
  while (end < words.length && (words[end]!.role === 'verb' || DEFINING.test(words[end]!.word))) end++;
  return join(words.slice(0, end));
}

/** The first noun of a label (`推动煤炭产能…` → 煤炭): what a generic total after it is of. */
function firstNoun(label: string): string {
  const first = tagged(label).find(isHead)?.word ?? '';
  return first === label ? '' : first;
}

/** A name the sentence prints in quotes keeps them in the label (`组建“双招双引”小分队`): they were taken out to tag it. */
function quoted(label: string, sentence: string): string {
  let out = label.replace(QUOTES, '');
  for (const [whole, open, name, close] of sentence.matchAll(/([“‘「『])([^“”‘’「」『』]{2,12})([”’」』])/g)) {
    if (out.includes(name!) && !out.includes(whole)) out = out.replace(name!, `${open}${name}${close}`);
  }
  return out;
}

/** Brackets and quotes out; a sidebar's space before its number (`● 新建改造供热管网 21.6公里`) too. */
function clean(s: string): string {
  return s.replace(BRACKETED, '').replace(QUOTES, '').replace(/\s+$/, '');
}

/** At most MAX_LABEL_LENGTH characters, cut at a word boundary from the start (the head noun is last). */
function fit(label: string): string {
  if (label.length <= MAX_LABEL_LENGTH) return label;
  const words = tagWords(label);
  let i = 0;
  while (i < words.length && label.length - words[i]!.start > MAX_LABEL_LENGTH) i++;
  const cut = label.slice(words[i]?.start ?? label.length - MAX_LABEL_LENGTH);
  // A quote cut in half leaves its pair out too.
  return (cut.match(/“/g) ?? []).length === (cut.match(/”/g) ?? []).length ? cut : cut.replace(/[“”]/g, '');
}
