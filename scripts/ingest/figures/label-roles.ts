// The words of a clause a label is made of, each with its role (jieba tags, words.ts, read for labels): what ends
// a phrase (stop), what is skipped, numbers, verbs, nouns and 的 — worked out once per text. Used by label-phrases.ts
// and label.ts.

import { UNITS } from '../../../src/domain/units.ts';
import { splitLinks } from './label-trim.ts';
import { scanPlaces } from './place-names.ts';
import { boundedMemo } from './memo.ts';
import { tagWords, type Word } from './words.ts';

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
export const TIME_WORD = /^(?:今年|去年|明年|前年|当年|全年|年内|本年|目前|当前|现在|如今|近年|近年来|以来|今年以来|年底|年初|年末|月底|月初|上半年|下半年|前三季度|季度|冬季|期间|过去|以前|此前|之前|未来|下一步)$/;
const NUMERAL = /^(?:[0-9.%]+|[零〇一二三四五六七八九十两百千万亿几]+(?:[个名所座家户]|多|余)?)$/;
// Linking words between a phrase and its number: dropped from the end of the phrase.
export const LINKING = [
  // (A price's change to a level, before 为 and 到 alone would cut 调整 off from it.)
  '调整为', '调整到', '调整至', '上调至', '上调到', '下调至', '下调到', '调至', '涨至', '涨到', '跌至', '跌到', '升至',
  '达到', '达', '为', '是', '共计', '合计', '总计', '计', '约', '近', '超过', '超', '只需', '只要', '仅需', '需', '仅',
  '稳定在', '维持在', '保持在', '保持', '徘徊在', '提高到', '提高至', '提升至', '提升到', '增加到', '增至', '降至', '降到', '下降到',
  '缩短到', '缩短至', '突破', '不到', '不足', '多达', '高达', '了', '的', '在', '实现', '占到', '占', '到', '最高',
  '最低', '为期', '总共', '一共', '显示',
];
/** Words of a sum closing the words before a count (`共计12小时`, `共120天`; 一共 and 总共 end on 共): the count is a total. */
const SUM_WORDS = '共计|合计|总计|共';
export const SUMMED = new RegExp(`(?:${SUM_WORDS})$`, 'u');
/** A sum's words or a verb of having (`这栋楼共18户`, `共有`, `有`) closing the words before a count: those words are its holder. */
export const HELD = new RegExp(`(?:${SUM_WORDS}|有)$`, 'u');
// Adverbs and per-words that define a number and stay in its label.
// (A negation defines a number as much: `未打通`, `不达标`; it is never dropped.)
// (So does a stop, the service or use cut off: `6个小区将暂停/d 供气`, `暂停供水12小时`, `沿线4个站点暂停使用`; 748, 780.)
export const DEFINING = /^(?:暂停|停止|累计|新|人均|户均|村均|亩均|日均|月均|年均|平均|总|首批|每.*|一个月|一年|一天|不|未|没|没有|无|尚未|从未)$/;
// An actor that is an institution or a place (`县财政安排…`, `区民政局提供…`): not part of the label.
// (The people's organisations act as offices do: 县总工会, 区妇联, 县残联, 律师协会.)
export const INSTITUTION = /(?:局|委|府|财政|部门|单位|公司|集团|中心|医院|学校|工会|协会|妇联|残联|市|县|区|镇|乡|村)$/;
// Nouns with a place's ending that are no actor: what is counted or measured (`城市低保标准`, `老旧小区改造项目`).
const NOT_INSTITUTION = /(?:城市|小区|社区|农村|园区|景区|城区|乡村)$/;
/** Whether the words before a verb are an institution or a place acting (`县财政安排…`), not a noun it modifies. */
export const isActor = (words: readonly Tagged[]) => {
  const actor = join(words);
  return words.length > 0 && words[0]!.role !== 'verb' && INSTITUTION.test(actor) && !NOT_INSTITUTION.test(actor);
};
export const LIGHT_VERBS = new Set(['给予', '提供', '实现', '进行', '开展', '完成', '达到', '推广', '安装', '覆盖', '惠及', '带动', '解决', '发放', '用于', '投入']);
export const PREDICATE_FILLER = /^(?:进行了?|开展了?|实施了?|完成了?|实现了?|得到了?|全部|全面|均|都|已|了|正在)+/;
const HAN = /\p{Script=Han}/u;
const PRONOUN = /^(?:其|该|这|那|此|各|我|你|他|她|它|谁|哪|自己|大家|有的|某)/;

export interface Tagged extends Word {
  role: Role;
}

// Verbs of works that define a number, whatever jieba tags them (it reads 新建 as a place name, ns).
export const WORKS_VERB = /^(?:新建|新增|新建改造|改造|改扩建|扩建|改建|新设|增设)$/;
// Verbs that say what was done with a thing, never what kind of thing it is (`使用`, `建成`, `发放`; `启动`, `开工` of works):
// before the name of works they open them, no part of it (label-whole-of.ts worksName).
export const DONE_VERB = /^(?:使用|投入使用|建成|建设|完成|开展|举办|发放|实施|推进|组织|开通|解决|涉及|配备|安装|设置|培训|提供|投入|新建改造|启动|开工)$/;

/** 新 and a verb, one word to the dictionary (`新开通/nz`, `新入选`): done anew, a verb, whatever its tag. */
function newlyDone(word: string): boolean {
  if (word.length < 3 || !word.startsWith('新')) return false;
  const rest = tagWords(word.slice(1));
  return rest.length === 1 && rest[0]!.tag === 'v';
}

/**
 * 再 and a one-character verb the dictionary does not know as one word (`再建/x`, `再修/x`): done again, a verb.
 * (Words it knows keep their tags: 再生/v, 再就业/n.)
 */
function againDone(word: string, tag: string): boolean {
  if (tag !== 'x' || word.length !== 2 || !word.startsWith('再')) return false;
  const rest = tagWords(word.slice(1));
  return rest.length === 1 && rest[0]!.tag === 'v';
}

const KIND_POINTER = /^(?:这样|这种|这类|此类|这些|那样)$/;

const LATIN_NAME = /^[A-Za-z]{2,}(?:[0-9]+(?:\.[0-9]+)?)?$/;

function roleOf(w: Word, inPlace: boolean): Role {
  // (A Latin name with its digits, `PM2.5`, `PM10`, is a noun like `APP`: what is measured, no number.)
  if (!HAN.test(w.word)) return /^[0-9.%]+$/.test(w.word) ? 'number' : LATIN_NAME.test(w.word) ? 'noun' : 'punct';
  // (So does the dictionary with 惠及, the papers' verb of reach: it tags it a place name, ns, wherever it stands.)
  if (WORKS_VERB.test(w.word) || (w.word === '惠及' && !inPlace) || newlyDone(w.word) || againDone(w.word, w.tag)) return 'verb';
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
export const tagged: (text: string) => readonly Tagged[] = boundedMemo(roles);

function roles(text: string): Tagged[] {
  const places = scanPlaces(text).filter((m) => m.place);
  const words = pairedDirections(splitLinks(tagWords(text)), text).map((w) => ({ ...w, role: roleOf(w, places.some((p) => p.at < w.end && w.start < p.end)) }));
  if (placeBeforeCount(words, 0)) words[0]!.role = 'noun';
  // Nouns made with a plan's or an aim's word (`计划投资`, `目标任务`): 计划 and 目标 name the figure here, they make
  // no plan of it (status.ts reads that), and the time word before them modifies them (`全年计划投资4.5亿元`).
  for (let i = 0; i + 1 < words.length; i++) {
    if (!PLANNED_NOUN.test(`${words[i]!.word}${words[i + 1]!.word}`)) continue;
    words[i]!.role = 'noun';
    if (i > 0 && /^(?:全年|年度|当年)$/.test(words[i - 1]!.word)) words[i - 1]!.role = 'noun';
  }
  for (let i = 1; i < words.length; i++) {
    // A time word between a verb and its noun modifies the noun (`完成全年任务`); 目标 right before 的 or the
    // number is the head noun (`完成年度目标的105%`), not the word that makes a figure a target; so is 计划 there, the
    // base of a share (`占计划的90%`, `完成计划的76.6%`), where before a verb it makes a plan (`计划新建…`).
    const following = words[i + 1];
    // The base of a comparison (`较去年提高`, `比上年增加`) says what changed against what: it stays.
    if (words[i]!.role === 'stop' && TIME_WORD.test(words[i]!.word) && /^(?:较|比)$/.test(words[i - 1]!.word)) {
      words[i]!.role = 'noun';
      words[i - 1]!.role = 'noun';
    }
    // So does a base of nouns with the comparative after it right before the number (`收购价比市场价高0.2元`,
    // `订单已经比去年同期多了四成`): an adverb before 比 is skipped, not a boundary.
    if (/^(?:较|比)$/.test(words[i - 1]!.word) && words[i - 1]!.role === 'stop' && comparedBase(words, i)) {
      words[i - 1]!.role = 'noun';
      if (words[i - 2]?.tag === 'd' && words[i - 2]!.role === 'stop') words[i - 2]!.role = 'skip';
    }
    const head = /^(?:目标|计划)$/.test(words[i]!.word) && (!following || following.role === 'de') && /^(?:noun|verb)$/.test(words[i - 1]!.role);
    const modifier = /^(?:全年|年度|当年)$/.test(words[i]!.word) && words[i - 1]!.role === 'verb' && following?.role === 'noun';
    if (words[i]!.role === 'stop' && (head || modifier)) words[i]!.role = 'noun';
    // A four-character idiom right between a verb and the number is the verb's object, what is counted (`排查/vn 安全隐患/i
    // 87处`): jieba tags some set nouns idioms. One with no verb before it narrates (`脱颖而出3次`).
    if (words[i]!.tag === 'i' && words[i]!.role === 'stop' && (words[i - 1]!.role === 'verb' || words[i - 1]!.tag === 'vn') && (!following || following.role === 'number')) words[i]!.role = 'noun';
    // A locality word of two characters between two nouns is inside their noun phrase (`公办/n 初中/f 学位`): jieba tags
    // some nouns so, and a place word there says where the noun after it is (`城区周边村庄`).
    if (words[i]!.tag === 'f' && words[i]!.word.length === 2 && words[i]!.role === 'stop' && words[i - 1]!.role === 'noun' && following?.role === 'noun') words[i]!.role = 'noun';
    // 自己 before what one pays (`药费自己只掏30多元`, `自己只花了8元`) says the amount is out of one's own pocket: it
    // belongs to the phrase, with the words before it, as 个人 would (`个人支付`); elsewhere it is a pronoun that ends it.
    if (words[i - 1]!.word === '自己' && words[i - 1]!.role === 'stop' && OWN_PAY.test(nextNonSkip(words, i)?.word ?? '')) words[i - 1]!.role = 'noun';
    // A modal after a per-word (`每天要走访20多户居民`, `每月能领`) neither ends the phrase nor belongs to it; nor does
    // one after a per-word of one (`一天要走15公里山路`, `一个月能拿3800元`).
    const perWord = words[i - 1]!.role === 'noun' && (/^每/.test(words[i - 1]!.word) || /^一(?:天|年|个月|周)$/.test(words[i - 1]!.word));
    if (/^(?:要|得|能|可|会)$/.test(words[i]!.word) && perWord) words[i]!.role = 'skip';
    // A unit after a number is part of it (`2300/m 万元/m`), whatever jieba tags it.
    const unit = words[i]!.word.replace(/^[余多万亿千百]+/, '');
    if (words[i - 1]!.role === 'number' && (AFTER_NUMBER.test(words[i]!.word) || (HAN.test(words[i]!.word) && (unit === '' || UNITS.has(unit))))) {
      words[i]!.role = 'number';
    }
    // A measure word right after a noun is part of it (`县域医疗次/q中心`; not `上个采暖季`), and so is one
    // closing a verb right before the number (`安装智能充电口/q 360个`).
    const closing = words[i - 1]!.role === 'verb' && (!words[i + 1] || words[i + 1]!.role === 'number') && /^\p{Script=Han}$/u.test(words[i]!.word);
    // (So is one with no number before it, between a verb and a noun: `室温不达标类/q 占比`, a kind of the noun.)
    // (类, a kind, makes one too before a verb jieba tags so: `供暖/v 类/q 诉求/v` is the 供暖 kind of 诉求.)
    const suffix = words[i - 1]!.role === 'verb' && (words[i + 1]?.role === 'noun' || (words[i]!.word === '类' && words[i + 1]?.role === 'verb')) && /^\p{Script=Han}$/u.test(words[i]!.word);
    if (words[i]!.tag === 'q' && words[i]!.role === 'number' && (words[i - 1]!.role === 'noun' || closing || suffix) && !NUMERAL.test(words[i]!.word)) {
      words[i]!.role = 'noun';
    }
    // What is for a use, named with 用 between (`供热用煤`, `农业用水`: jieba tags 用 a preposition), and what is
    // done a second time (`二次供水设施`: a numeral of times before a noun), are one noun with the noun after.
    const before = words[i - 1]!;
    const usedFor = words[i]!.word === '用' && words[i]!.tag === 'p' && before.role === 'noun' && words[i + 1]?.role === 'noun' && (!words[i + 2] || words[i + 2]!.role === 'number');
    const times = /^[一二两三]次$/.test(words[i]!.word) && words[i]!.role === 'number' && (words[i + 1]?.role === 'noun' || words[i + 1]?.tag === 'vn');
    if (usedFor || times) words[i]!.role = 'noun';
    // A direction word between a noun and the number belongs to their phrase (`县城及周边[约500万平方米]
    // 区域`); elsewhere it frames the clause (`在水库周边设置…`).
    const next = words[i + 1];
    const between = !next || next.role === 'number';
    // So does one opening its clause right before the number (`沿线9个村的…群众`: where the counted are).
    if (words[i - 1]!.role === 'punct' && placeBeforeCount(words, i)) words[i]!.role = 'noun';
    if (words[i]!.tag === 'f' && between && words[i - 1]!.role === 'noun' && /^[^以之]\p{Script=Han}$/u.test(words[i]!.word) && !TIME_WORD.test(words[i]!.word)) {
      words[i]!.role = 'noun';
    }
    // A pointer back to what was just told, between a verb and its noun (`已建成这样的爱心驿站11个`, `建成这些驿站`),
    // says which ones, not what: skipped, so the verb stays the noun's.
    if (words[i - 1]!.role === 'verb' && KIND_POINTER.test(words[i]!.word) && next?.role === 'de' && words[i + 2]?.role === 'noun') {
      words[i]!.role = 'skip';
      next.role = 'skip';
    } else if (words[i - 1]!.role === 'verb' && /^(?:这些|那些)$/.test(words[i]!.word) && next?.role === 'noun') words[i]!.role = 'skip';
  }
  return words;
}

// A noun with its pair of opposite directions (`线上线下`, `校内校外`, `村前村后`) is one word: jieba cuts it
// across the pair (线/上线/下), and a direction word alone (下/f) would end the phrase and fall out of the label.
const PAIRED_DIRECTIONS = /(\p{Script=Han})(?:上\1下|内\1外|前\1后|里\1外|左\1右)/gu;

function pairedDirections<W extends Word>(words: readonly W[], text: string): W[] {
  const out = [...words];
  for (const m of text.matchAll(PAIRED_DIRECTIONS)) {
    const start = m.index;
    const end = start + m[0].length;
    const first = out.findIndex((w) => w.start === start);
    const last = out.findIndex((w) => w.end === end);
    if (first < 0 || last <= first) continue;
    out.splice(first, last - first + 1, { ...out[first]!, word: m[0], tag: 'n', start, end });
  }
  return out;
}

/** Whether nouns from `at` end on a comparative right before a number or the end (`市场价高`, `去年同期多了`). */
function comparedBase(words: readonly Tagged[], at: number): boolean {
  let k = at;
  while (k < words.length && words[k]!.role === 'noun' && !COMPARATIVE.test(words[k]!.word)) k++;
  if (k === at || k >= words.length || !COMPARATIVE.test(words[k]!.word)) return false;
  const after = words[k + 1];
  return !after || after.role === 'number' || (after.word === '了' && (!words[k + 2] || words[k + 2]!.role === 'number'));
}
const COMPARATIVE = /^(?:高|低|多|少|快|慢|长|短|高出|多出|低了|增加|减少|提高|下降|降低|增长)$/;

/** What one pays, after 自己: out of pocket. */
const OWN_PAY = /^(?:只|才|仅)?(?:掏|花|付|出|交|承担|负担|支付|垫付)/;
const nextNonSkip = (words: readonly Tagged[], from: number) => words.slice(from).find((w) => w.role !== 'skip');

const PLANNED_NOUN = /^(?:计划投资|计划资金|目标任务)$/;

/** A two-character place word (jieba's `f`) right before the number or the end: where the counted are (`沿线`). */
function placeBeforeCount(words: readonly Tagged[], i: number): boolean {
  const w = words[i];
  const next = words[i + 1];
  return !!w && w.tag === 'f' && (!next || next.role === 'number') && /^[^以之]\p{Script=Han}$/u.test(w.word) && !TIME_WORD.test(w.word);
}

export const join = (words: readonly Tagged[]) => words.filter((w) => w.role !== 'skip').map((w) => w.word).join('');
export const isHead = (w: Tagged) => w.role === 'noun' && !DEFINING.test(w.word);
export const hasNoun = (words: readonly Tagged[]) => words.some(isHead);

const BRACKETED = /[（(][^（()）]*[)）]/g;
export const QUOTES = /[“”‘’"「」『』《》]/g;
export const hasVerb = (words: readonly Tagged[]) => words.some((w) => w.role === 'verb');

// Marks of emphasis a page copied from the web or a CMS keeps (`**一窗受理**`, `` `完整社区` ``, `~~原价~~`): no words.
const EMPHASIS = /\*+|`+|~~/g;

/** Brackets, quotes and marks of emphasis out; a sidebar's space before its number (`● 新建改造供热管网 21.6公里`) too. */
/** A topic tag as a post prints one (`#暖冬行动#`): the column's tag, no word of the clause. */
const TOPIC_TAG = /#[^#\s]{1,16}#/g;
/** Braces a page's markup left around words (`{预计}`): the words stay. */
const BRACES = /[{}｛｝]/g;

export function clean(s: string): string {
  return s.replace(BRACKETED, '').replace(QUOTES, '').replace(EMPHASIS, '').replace(TOPIC_TAG, '').replace(BRACES, '').replace(/\s+$/, '');
}
