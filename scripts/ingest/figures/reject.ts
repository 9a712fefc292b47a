// What looks like a figure but is not one. Each rule answers one false friend of the seeds:
// - a numeral touching Latin letters or codes: `PM2.5`, `S213线`, `G207`, `5G`, `7×24小时`, `1+N`, `8:30`;
// - ordinals and vague numbers: `第四批`, `十几年`, `几十块`, `数百人`;
// - Chinese numerals that are words, not counts: a lone digit (`一所`, `三级`, `九年一贯制`, `四家池`) —
//   papers print statistics in Arabic figures (GB/T 15835), so a lone 一…九 is prose; digit strings
//   (`二〇二四`, `一二三产`); a bare 千/万 (`千家万户`, `千年`, `千人口`) unless 近/约 or 余/多 makes it a count
//   (`近千户`, `千余户`);
// - years (`2025年`, a four-digit number before 年), grades and decades (`3年级`, `80年代`);
// - durations that name a service rather than measure time (`24小时巡逻`, `15分钟便民生活圈`), unless a verb
//   of spending time comes before them (`用时26天完成`);
// - anything inside a book title (`《…26条措施》`) or a short quoted label (`“十四五”`, `“15分钟托育服务圈”`);
// - ages, a person's or a group's (`72岁的刘桂兰`, `60岁以上老人`), and thresholds that say which things are
//   meant (`室温低于18℃的1460户居民`): the guide counts none as a figure.

import { scanPlaces } from '../../../src/domain/places/gazetteer.ts';
import { UNITS, type UnitKind } from '../../../src/domain/units.ts';
import { CHINESE_DIGITS } from './numerals.ts';
import { tagWords } from './words.ts';
import { BARE_MULTIPLIER_PREFIXES, plusSignBefore } from './units.ts';

const CODE_NEIGHBOUR = /[A-Za-z+×*xX/#:_@&=]/;
const HAN = /\p{Script=Han}/u;
const DIGIT = /[0-9]/;
const CHINESE_DIGIT_STRING = /^[零〇一二三四五六七八九两]{2,}$/;
const BARE_MULTIPLIER = /^[百千万亿]+$/;
// After a duration, these keep it a measure of time (`10多年。`, `3天内`, `20多年的`); anything else Han
// makes it an attribute of the noun after it (`24小时巡逻`).
const AFTER_DURATION_OK = '内后前来了的里间时中之未没不都就才也已';
const YEAR = /^[12][0-9]{3}$/;
const AVERAGE_AGE_BEFORE = /(?:寿命|平均年龄)[^，,；;。0-9]{0,4}$/;
const THRESHOLD_BEFORE = /(?:低于|高于|超过|不低于|不高于|不超过|不少于|不多于|满|[<>≤≥] ?)$/;
// What makes a compared number a condition (`低于18℃可拨打热线`, `体温不超过38.5℃、精神状态好的`, `缴费满15年、达到
// 法定退休年龄后`): the noun it qualifies after 的, a verb of what may or must then be done, or a list of conditions
// that closes on 的 or 后.
const CONDITION_AFTER = /^(?:的|[可须应需即者时]|、[^，。；！？,;!?]*[的后]$)/;
// Two digits side by side before a multiplier are a guess between them (`两三百元`, `五六千人`, `三四十个`), not a count.
const VAGUE_PAIR = /^[一二两三四五六七八九]{2}/;
// (And the tenths of a yuan people speak of, `多卖两毛钱`, as they speak of their hours.)
const LONE_DIGIT_UNITS: ReadonlySet<string> = new Set(['成', '个百分点', '个小时', '个多小时', '个半小时', '个钟头', '毛钱']);
// Units that make words with Chinese numerals (`十分重要`, `十里八乡`, `一步一个脚印`, `十字路口`): Arabic figures only.
const ARABIC_ONLY_UNITS: ReadonlySet<string> = new Set(['里', '分', '步', '字']);
const LI_DISTANCE_AFTER = /^(?:外|地|远|多?路|多?山路)/;
// A duration right after a verb of spending time measures it, whatever the verb after it (`用时26天完成…`), and so
// does one right after a verb of going (`要走40分钟山路`, `开车20分钟到县城`).
const TIME_SPENT_BEFORE = /(?:用时|历时|耗时|仅用|只用|用了|花了|走|跑|骑|坐车|开车|步行|乘车)$/;
// A duration before a noun that names a span of time or a way (`3个月等待期`, `90天待遇等待期`, `20分钟车程`, `2年过渡期内`)
// is that span's length, a figure; not a campaign's time (`100天期间`), a service (`15分钟生活圈`), a plan (`3年行动计划`) or works
// (`3年工程`).
const SPAN_NOUN_AFTER = /^\p{Script=Han}{0,4}?(?:期|(?<=[车路行航])程)(?:(?!\p{Script=Han})|(?=[内的后]))/u;

/** Digits that belong to a code, a time, an ordinal or a vague number rather than a quantity. */
export function rejectNeighbours(text: string, start: number, coreEnd: number, chinese: boolean): boolean {
  const before = text[start - 1] ?? '';
  const after = text[coreEnd] ?? '';
  if (before === '第' || after === '几' || before === '几') return true;
  // An ordinal set apart by a space (`第 3 次`).
  if (/第[ \t\u3000]+$/.test(text.slice(Math.max(0, start - 3), start))) return true;
  if (chinese) return before === '数';
  if ((CODE_NEIGHBOUR.test(before) && !plusSignBefore(text, start) && !emphasisOpens(text, start)) || (CODE_NEIGHBOUR.test(after) && !latinUnitAt(text, coreEnd))) return true;
  if (before === '.' || (after === '.' && DIGIT.test(text[coreEnd + 1] ?? ''))) return true;
  if (before === '-' && /[0-9A-Za-z]/.test(text[start - 2] ?? '')) return true;
  return false;
}

/** Markdown's strong emphasis opening right before the number (`工作人员 **24小时内** 上门`): markup, not a code's `*`. */
function emphasisOpens(text: string, start: number): boolean {
  return (text.slice(Math.max(0, start - 2), start) === '**' || text.slice(Math.max(0, start - 2), start) === '__') && !/[0-9A-Za-z*_]/.test(text[start - 3] ?? '');
}

// A unit printed in Latin letters after the number (`3.5km`, `860kg`, `1200kWh`, `35m²`): a measure, not a code (`5G`, `4K`).
const LATIN_UNIT_AT = /(?:km²|km|kg|kWh|m²|m³)(?![A-Za-z0-9])/y;

function latinUnitAt(text: string, at: number): boolean {
  LATIN_UNIT_AT.lastIndex = at;
  return LATIN_UNIT_AT.test(text);
}

// A period a thing recurs in, just before its count of times (`每月`, `每个星期`, `每周都`).
const FREQUENCY_BEFORE = /每个?(?:天|日|周|星期|月|季度|年|学期)[^，,；;。0-9]{0,8}$/;
// … and the days a thing takes in a longer period (`医生每周到日间照料中心坐诊两天`, `每月休息两天`).
const DAYS_IN_PERIOD_BEFORE = /每个?(?:周|星期|月|季度|年|学期)[^，,；;。0-9]{0,10}$/;

export interface NumeralFacts {
  chinese: boolean;
  raw: string;
  /** 余/多 printed after it (`百余名`). */
  over?: boolean;
}

// A lone digit (not 一) with a count's measure word right after the noun it counts, closing its clause (`新建服务中心三个，`,
// `共有乡镇卫生院九所。`), or after words that count the rest or what is had (`其余三件`, `已有七件`): a count as
// statistics print it in words. Not after a pronoun, 每, 各, 这/那 or 前 (`他们三个`, `每户一个`, `前三个`), nor before its noun
// (`两个村的群众`), where it is prose.
const COUNTED_AFTER_NOUN = /\p{Script=Han}$/u;
const NOT_COUNT_BEFORE = /[们每各这那前第其该本此]$/;
const COUNT_OF_REST = /(?:(?:其余|剩余|剩下)的?|另有|已有|尚有|还有)$/;
// A lone digit right after a list of as many places as it says (`麟绛街道、渔泽镇两所公办托育园`, `青羊镇至西沟乡、龙溪镇至
// 石城镇两条城乡公交线路`): the things of those places counted, as statistics print a total after its parts. Not a list
// of other words (`分为预赛、决赛两个阶段`: parts of one thing), nor where the counted noun only qualifies another with 的
// (`通往大峡谷镇、树掌镇两个景区的旅游公路`: prose).
const DIGIT_VALUES: Readonly<Record<string, number>> = { 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const QUALIFIES_AFTER = /^\p{Script=Han}{0,8}的/u;
function countsItsList(raw: string, before: string, after: string): boolean {
  const clause = before.split(/[，,；;。：:！？!?（(“”]/).pop() ?? '';
  const items = clause.split('、');
  if (items.length < 2 || items.length !== DIGIT_VALUES[raw] || QUALIFIES_AFTER.test(after)) return false;
  return items.every((item) => scanPlaces(item).some((m) => m.place !== undefined));
}
const CLAUSE_CLOSES = /^(?:以上|左右|多)?(?:[，。；、！？,;!?）)]|$)/;

/** True when a lone Chinese digit (not 一) counts: after its noun, closing the clause, or after 其余/已有. */
export function loneDigitCounts(raw: string, unit: string, before: string, after: string): boolean {
  if (raw === '一' || raw.length !== 1 || UNITS.get(unit)?.kind !== 'count') return false;
  if (COUNT_OF_REST.test(before) || countsItsList(raw, before, after)) return true;
  if (!COUNTED_AFTER_NOUN.test(before) || NOT_COUNT_BEFORE.test(before) || !CLAUSE_CLOSES.test(after)) return false;
  // The word before is the noun counted (jieba n…), not a verb or a span of time (`要歇三回`, `分成两组`, `一天四趟`).
  return tagWords(before).findLast((w) => w.word.trim() !== '')?.tag.startsWith('n') ?? false;
}

/** Chinese numerals that are words: lone digits, digit strings, and bare 千/万 without 近/约. */
export function rejectChinese(n: NumeralFacts, unit: string, prefix: string, before = '', after?: string): boolean {
  if (!n.chinese) return false;
  if (CHINESE_DIGIT_STRING.test(n.raw) || VAGUE_PAIR.test(n.raw)) return true;
  // The li of a walk told in words (`去两里外的井上挑水`, `走三里山路`): a distance where 外, 路 or 远 follows, not a word.
  if (unit === '里' && after !== undefined && LI_DISTANCE_AFTER.test(after)) return false;
  if (ARABIC_ONLY_UNITS.has(unit)) return true;
  // A lone digit is a count only before 成 or 个百分点 (`六成`, `下降两个百分点`), as papers print them, and
  // in the hours people speak of (`转上一个小时`, `两个多小时`; not `一个月`, which says "a month's").
  // (And in a frequency, times in a period it recurs in: `每月走进社区两次`, `每周两次上门巡诊`.)
  if (n.raw.length === 1 && CHINESE_DIGITS.includes(n.raw)) return !LONE_DIGIT_UNITS.has(unit) && !(unit === '次' && FREQUENCY_BEFORE.test(before)) && !(unit === '天' && DAYS_IN_PERIOD_BEFORE.test(before)) && !(after !== undefined && loneDigitCounts(n.raw, unit, before, after));
  // A bare 百/千/万 with 余/多 after it counts as its Arabic twin does (`百余名` as `100余名`, `千余户`).
  if (BARE_MULTIPLIER.test(n.raw)) return !BARE_MULTIPLIER_PREFIXES.has(prefix) && !n.over;
  return false;
}

export interface UnitFacts {
  text: string;
  numberStart: number;
  unitEnd: number;
  end: number;
  unit: string;
  kind: UnitKind;
  numeral: string;
  /** The high end's numeral, for a range. */
  highNumeral?: string;
  chinese: boolean;
}

/** Numbers whose unit says they are a date, a grade, a label, an age or a phone number. */
export function rejectUnit(f: UnitFacts): boolean {
  // A person's age (`72岁的刘桂兰`, `40岁出头的梁余妮`) and an age that says who qualifies (`60岁以上老人`) are
  // no figures (the annotation guide, tests/fixtures/figures-gold/README.md): a label keeps an age group as text.
  // An average age or a life expectancy (`人均预期寿命达到78.5岁`, `平均年龄45岁`) is a statistic of many, a figure.
  if (f.kind === 'age') return !AVERAGE_AGE_BEFORE.test(f.text.slice(Math.max(0, f.numberStart - 8), f.numberStart));
  // A threshold that says which things are meant (`室温低于18℃的1460户居民`, `使用超过30年的铸铁管道`, `不低于总户数
  // 15%的比例`) is no figure either (the guide): a comparison before the number, 的 and the noun after it.
  if (THRESHOLD_BEFORE.test(f.text.slice(Math.max(0, f.numberStart - 3), f.numberStart)) && CONDITION_AFTER.test(clauseAfter(f))) return true;
  if (f.unit === '年') {
    if (YEAR.test(f.numeral) || (f.highNumeral && YEAR.test(f.highNumeral))) return true;
    if ('级代度'.includes(f.text[f.unitEnd] ?? '-')) return true;
  }
  // A time limit (`24小时内办结`, `3个工作日内`, `15分钟以内`) measures time, whatever the verb after it.
  if (f.kind === 'duration' && /^[以之]?内/.test(f.text.slice(f.unitEnd))) return false;
  if (f.kind === 'duration') {
    // A whole day is a service round the clock (`24小时服务热线`, `（24小时）`, `24小时都有水`), unless it is a
    // deadline (`24小时内办结`) or time spent.
    if (f.unit === '小时' && f.numeral === '24' && !f.highNumeral && !/^[以之]?内/.test(f.text.slice(f.end)) && !TIME_SPENT_BEFORE.test(f.text.slice(Math.max(0, f.numberStart - 2), f.numberStart))) return true;
    // The first months of the year (`今年前10个月，全市…`) are a period the figures after it are counted over.
    if (/(?:^|[^提之以目此])前$/.test(f.text.slice(Math.max(0, f.numberStart - 2), f.numberStart))) return true;
    const next = f.text[f.end] ?? '';
    // (An interval, `每15分钟一班`, `每2小时巡查一次`, is the figure of its frequency.)
    const spent = TIME_SPENT_BEFORE.test(f.text.slice(Math.max(0, f.numberStart - 2), f.numberStart)) || f.text[f.numberStart - 1] === '每' || SPAN_NOUN_AFTER.test(f.text.slice(f.end));
    // A range's low end, its unit printed (`265天至270天`), measures time as its high end does.
    const rangeLow = '至到'.includes(next) && /[0-9]/.test(f.text[f.end + 1] ?? '');
    if (HAN.test(next) && !AFTER_DURATION_OK.includes(next) && !spent && !rangeLow) return true;
  }
  // A clock's minutes (`8点30分`, `9时15分`) and a fraction (`2分之1`) are no points.
  if (f.unit === '分' && (/[点时]$/.test(f.text.slice(0, f.numberStart)) || f.text[f.unitEnd] === '之')) return true;
  // Eleven digits starting with 1 is a mobile number, whatever follows it.
  if (!f.chinese && /^1[0-9]{10}$/.test(f.numeral)) return true;
  return false;
}

/** The rest of the figure's clause after it, up to the next stop or comma. */
function clauseAfter(f: UnitFacts): string {
  return f.text.slice(f.end).split(/[，。；！？,;!?\n]/)[0] ?? '';
}

export interface LabelRanges {
  /** True when [start, end) lies inside a book title or a short quoted label. */
  covers(start: number, end: number): boolean;
}

const OPENERS: Record<string, string> = { '“': '”', '《': '》', '「': '」', '『': '』', '〈': '〉' };
// A quote this short, without a comma or stop, is a name or a slogan (`“15分钟便民生活圈”`), not speech.
const MAX_LABEL_LENGTH = 16;
const SPEECH_MARK = /[，。！？；,!?;]/;

const QUOTE_MARK = /[“”《》「」『』〈〉]/g;

export function labelRanges(text: string): LabelRanges {
  const ranges: [number, number][] = [];
  const open: { char: string; at: number }[] = [];
  QUOTE_MARK.lastIndex = 0;
  for (let m = QUOTE_MARK.exec(text); m; m = QUOTE_MARK.exec(text)) {
    const ch = m[0];
    const i = m.index;
    if (OPENERS[ch]) open.push({ char: ch, at: i });
    else {
      const top = open.findLastIndex((o) => OPENERS[o.char] === ch);
      if (top < 0) continue;
      const { char, at } = open[top]!;
      open.length = top;
      const inner = text.slice(at + 1, i);
      if (char === '《' || char === '〈' || (inner.length <= MAX_LABEL_LENGTH && !SPEECH_MARK.test(inner))) {
        ranges.push([at, i + 1]);
      }
    }
  }
  return { covers: (start, end) => ranges.some(([a, b]) => start >= a && end <= b) };
}
