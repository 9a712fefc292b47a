// The periods a text prints for a figure (`1至10月`, `截至10月底`, `2021—2025年`, `2024年以来`, `今年以来`), as
// records write them: the patterns of the annotation guide, the one nearest a figure, and the clauses that hold
// nothing but a time. Kept apart from period.ts so the list of printed forms reads on its own; period.ts
// decides which of them governs a figure, period-years.ts the year, period-carried.ts spans carried over.

import { boundedMemo } from './memo.ts';
import { DAYS_RUN } from './period-printed-days.ts';

// Each pattern is a period as printed (the annotation guide, tests/fixtures/figures-gold/README.md);
// `year`, when set, gives the year it ends in. 今年 inside a closed span is dropped (`今年1至10月` →
// 1至10月: the year is the record's `year`) but kept in a start (`今年以来`, `今年3月以来`). 全年, a bare
// year and 截至目前 ("now") are no period: the year says it.
/** A closed span of years, `2021—2025年`, `2021年至2025年`: its last year is m[2]. */
export const CLOSED_YEARS = /(20[0-9]{2})年?[—–\-~～至到](20[0-9]{2})年/;
/** A count of years back (`五年间`, `五年来`, `3年来`): after a closed span told before it, the count is that span. */
const COUNTED_YEARS = /^(?:[一二三四五六七八九十两]{1,2}|[0-9]{1,2})年(?:来|间)$/;

/** Is `word`, printed at `at`, a count of years (`五年间`) after a closed span it counts (`回顾2016—2020年，五年间，…`)? */
export function countsSpanBefore(text: string, word: string, at: number): boolean {
  return COUNTED_YEARS.test(word) && CLOSED_YEARS.test(text.slice(0, at));
}

const PERIODS: readonly { pattern: RegExp; year?: (m: RegExpExecArray) => number | undefined }[] = [
  // 2021—2025年, 2021年至2025年
  { pattern: new RegExp(CLOSED_YEARS.source, 'g'), year: (m) => Number(m[2]) },
  // 截至2024年底, 截至今年10月底, 截至11月24日; a part of a month, 截至11月中旬, and an hour, 截至1月7日18时
  { pattern: /截[至止](?:(20[0-9]{2})年|今年)?[0-9]{1,2}月(?:[0-9]{1,2}日(?:[0-9]{1,2}[时点])?)?(?:底|末|初|上旬|中旬|下旬)?|截[至止](20[0-9]{2})年(?:底|末)?/g, year: (m) => (m[1] ?? m[2] ? Number(m[1] ?? m[2]) : undefined) },
  // 2026年底前 (not `2000年底前建成的…`, which says which estates, nor 前后, a time around: `2026年5月前后完工`); 2026年6月底前,
  // 2026年供暖季前 too.
  { pattern: /(20[0-9]{2})年(?:底|末|供暖季|采暖季|[0-9]{1,2}月(?:底|末|上旬|中旬|下旬)?)前(?!后)(?![^，,；;。]{0,4}的)/g, year: (m) => Number(m[1]) },
  // 年底前, 11月底前: a deadline of this year (`剩余7个小区将在11月底前完工`, `年底前完成…改造800户`); of the next, kept as
  // printed (`其余4个将于明年5月底前完工`, `计划在明年3月前再增设…`), a part of a month too (`将于12月上旬前完工`). Not 前后 (around:
  // `预计明年3月前后建成`).
  { pattern: /(?<![0-9])(?:今年|明年)?(?:[0-9]{1,2}\s?月(?:底|末|上旬|中旬|下旬)?|年底|年末)前(?!后)(?![^，,；;。]{0,4}的)/g },
  // 到2026年底, 到年底, 到明年6月底: by then, a plan's or an aim's deadline as 2026年底前 is, written without 到 (the guide);
  // before what is done by then (BY_END: `到2020年底，…累计达到63公里`) period.ts keeps it as an as-of date with its 到 (asOfBy).
  // Not the end of a span of months (`1月到11月底`, above) nor 截到.
  { pattern: /(?<![0-9月截])到((?:(20[0-9]{2})|明|今)?年(?:[0-9]{1,2}月)?|[0-9]{1,2}月)(?:底|末)前?/g, year: (m) => (m[2] ? Number(m[2]) : undefined) },
  // 2024年以来, 今年以来, 去年以来, 今年3月以来, 8月以来, 11月15日以来, 年初以来, 2023年至今, 自2023年11月正式投入运营以来
  // (written 2023年11月以来), 近年来, 近三年
  { pattern: /(?:20[0-9]{2}年|今年|去年|前年)(?:[0-9]{1,2}月(?:[0-9]{1,2}日|上旬|中旬|下旬|初|底)?|初|年初)?(?:以来|至今)|(?<![0-9])[0-9]{1,2}月(?:[0-9]{1,2}日|份|上旬|中旬|下旬|初|底)?(?:以来|至今)|(?<![\p{Script=Han}])年初(?:以来|至今)|近[一二三四五六七八九十两0-9]+年(?:来)?|近年来/gu },
  // A count of years back to now as a clause of its own (`五年来，全县新建改造农村公路620公里`, `3年来，…`, `五年间，…`), not 多年来
  // (no count: no start).
  // (So is a count of months, weeks or days back, `一个月来，共办理延时业务860余件`, `半个月来`.)
  { pattern: /(?<=^|[，,；;：:。#\s])(?:[一二三四五六七八九十两]{1,2}|[0-9]{1,2})年(?:来|间)(?=[，,])|(?<=^|[，,；;：:。#\s])(?:[一二三四五六七八九十两]{1,2}|[0-9]{1,2}|半)(?:个月|个多月|周|天)来(?=[，,])/g },
  // (A month alone after 自 is this year's: `“百日攻坚”行动自9月启动以来` → 9月以来.)
  { pattern: /自((?:20[0-9]{2}年|今年)(?:[0-9]{1,2}月)?|(?<![0-9])[0-9]{1,2}月)[^，,；;。]*?以来/g, year: () => undefined },
  // 今年3月开课以来, 3月运营以来: a month and the start of what began in it (with 自, above, the month alone).
  { pattern: /(?<!自(?:20[0-9]{2}年|今年|去年)?)(?:20[0-9]{2}年|今年|去年)?(?<![0-9])[0-9]{1,2}月(?:份)?(?:建成|成立|投用|投运|运营|开通|开放|实施|开诊|开业|开园|开课|开班|启用|上线)以来/g },
  // 11月15日开栓以来, 10月8日开课以来: a day and the start of what began on it.
  { pattern: /(?:(?:20[0-9]{2}年|今年|去年)?(?<![0-9])[0-9]{1,2}月[0-9]{1,2}日)[\p{Script=Han}]{2,4}?以来/gu },
  // 产业园建成以来, 系统开通一个月来, 开诊半个月来 (a clause opening on the start itself)
  // (A campaign's or a reform's start too: 专项整治开展以来, 公交改革推行以来, 工程启动以来, 新规施行以来.)
  // (A name in quotes is one word of it, `“双减”政策推行以来`, `“幸福食堂”建成以来`; after 自, without the 自. A body named
  // with its place first takes up to eight characters: `长子县医疗集团成立以来`.)
  { pattern: /(?:(?<![\p{Script=Han}0-9])|(?<=自)(?=“))(?!自“)(?:[\p{Script=Han}]|“[^“”，,。；;]{1,12}”){0,8}?(?:建成|成立|投用|投运|运营|开通|开放|实施|开诊|开业|开园|启用|上线|开展|启动|推行|施行|试行|运行|出台)(?:以来|(?:[一二三四五六七八九十两0-9]+|半)(?:个月|年|天)来)/gu },
  // A start of two to four characters opening a clause: 入冬以来, 入夏以来, 开栓以来 (not 长期以来, 多年以来: no start).
  // (With the year it is in: 今年秋季开学以来, 今年入冬以来.)
  { pattern: /(?<=^|[，,；;：:。#\s])(?:今年|去年|20[0-9]{2}年)?(?!长期|多年|一直|历来)[\p{Script=Han}]{2,4}以来/gu },
  // This week, a span of what was monitored or counted in it (`本周，县发展和改革局对…3个农贸市场…进行了监测`, `本周全市主要
  // 蔬菜平均零售价为每斤3.05元`, `本周末该镇接待游客1.2万人次`); not 上周, which a change is compared with (`比上周下降`).
  // (Opening a clause: a table's column, `品名 本周均价 上周均价`, names a week of its own.)
  { pattern: /(?<=^|[，,；;：:。])本周末?/gu },
  // A summer's holidays with the year it is in, as a clause of its own (`今年暑期，…开设暑期托管班32个`: the guide); not
  // 暑假里 alone, when a story happens.
  { pattern: /(?<=^|[，,；;：:。#\s])(?:今年|去年|20[0-9]{2}年)(?:暑期|寒假期间|暑假期间)(?=[，,])/gu },
  // A school term as a clause of its own (`今年秋季学期，市县两级开展…检查3轮`), kept as printed.
  { pattern: /(?<=^|[，,；;：:。#\s])(?:今年|去年|20[0-9]{2}年)?(?:春季|秋季|上|下)学期(?=[，,])/gu },
  // A named campaign's time: “春风行动”期间
  // (a five-year plan's, below, gives its last year too).
  { pattern: /“(?!十[一二三四五六七八九]五”)[^“”，,。；;]{2,12}”期间/g },
  // (Unquoted, a festival's, a week's or a month's name as a clause of its own: `宪法宣传周期间，…`, `文化节期间，…`, `春节、元宵节
  // 期间，…`; not a state's time, `供暖期间`, `施工期间`, `会议期间`.)
  // (The clause's subject, a whole place, and 在 before the name are no part of it: `我市宪法宣传周期间，`, `我县在文化节期间，`,
  // `在第三届文化节期间，`; a place in the name stays, `上党区文化节期间`.)
  // (Nor a subject before 在 wherever it stands, `全市各景区在国庆节期间，`, `全县上下在…`, nor a whole place after 在 or after
  // 今年, `在全市安全生产月期间，`: the name is what follows them, no 在 inside it: R5 F7.)
  { pattern: /(?<=(?:^|[，,；;：:。\s])(?:今年)?(?:(?:全|我)[市县区镇乡]|[市县区镇乡]里)?(?:今年)?(?:[^，,；;：:。\s在]{0,8}在)?(?:(?:全|我)[市县区镇乡])?)(?!(?:全|我)[市县区镇乡]|[市县区镇乡]里|在|今年)(?:(?!在)[\p{Script=Han}、]){1,14}?[节周月]期间(?=[，,])/gu },
  // 1至10月 (今年 dropped), 2025年1至10月, 前8个月, 前三季度, 上半年, 一季度, 2025年冬季
  // (also 1月至10月, 前10月, 第一季度)
  { pattern: /(?:(20[0-9]{2})年|今年)?[0-9]{1,2}月?[至—–\-~～到][0-9]{1,2}月(?:份)?/g, year: (m) => (m[1] ? Number(m[1]) : undefined) },
  { pattern: /(?:(20[0-9]{2})年|今年)?(?:前[0-9一二三四五六七八九十]+个?月|上半年|下半年|前三季度|第?[一二三四]季度)/g, year: (m) => (m[1] ? Number(m[1]) : undefined) },
  // A holiday as a clause of its own: 中秋假期, 国庆期间, 春节假期, 春运期间 (not a school break: 暑期 also
  // names programmes, 暑期托管班, and the gold reads 今年暑假，… as the time of an event; nor a run of days,
  // 12月8日至11日: an event's dates).
  // (Named a holiday's days, 假期 or 期间, it opens its clause without a comma too: `…，国庆假期接待游客9.6万人次`;
  // not a time before or after it, `国庆假期前新开通公交线路3条`.)
  { pattern: /(?<=^|[，,；;：:。\s])(?:今年)?(?:春节|元旦|清明|五一|端午|中秋|国庆|春运){1,2}(?:(?:假期|期间|黄金周|小长假)?(?=[，,])|(?:假期|期间|黄金周|小长假)(?![前后]|以[前后]|结束|过后))/g },
  // The first day, week or month of something as a clause of its own (`首周，县供热公司…逐户抽测室温`).
  // (With the start it counts from, `开栓首周`, `开园首日`.)
  // (A start of two characters before it says which first days it is, so it opens its clause without a comma too:
  // `…，开园首周接待游客1.6万人次`.)
  { pattern: /(?<=^|[，,；;：:。\s])(?:(?:[\p{Script=Han}]{2})?(?:首|头)(?:日|周|月)(?=[，,])|(?:开园|开栓|开业|开诊|开馆|开通|开放|运营|上线|启用)(?:首|头)(?:日|周|月))/gu },
  // A whole season named as the span (`预计整个冰雪季可接待游客15万人次`, `整个采暖季`).
  { pattern: /整个[\p{Script=Han}]{1,3}?季/gu },
  // A season only as a clause of its own (`2025年冬季，…`), not an event's name (`2025年冬季专场招聘会`).
  // (With what says which one: 去年冬季, 本采暖季, 上个采暖季.)
  { pattern: /(?:(20[0-9]{2})年|今年|去年|本|今|上个?|这个)?(?:冬季|夏季|春季|秋季|采暖季|供暖季)(?=[，,])/g, year: (m) => (m[1] ? Number(m[1]) : undefined) },
  // A whole month as the span of what is done or expected in it, opening its clause (`县文旅局预计，12月全县
  // 接待游客可达8万人次`, `12月计划开展阅读活动40场`): not a day (12月15日), an edge (月底, 月初, 12月起), 月份, nor
  // the date that says which works (`4月开工建设的…热网工程`).
  // (A month with 份 as a clause of its own: `11月份，中心共受理各类业务1.35万件`.)
  // (A month alone as a clause of its own is an event's date, `今年3月，上党区启动…改造`, unless the sentence compares its
  // statistics with the month or year before, `9月，全市居民消费价格同比上涨0.6%，环比下降0.2%`: the month they are for.)
  { pattern: /(?<=^|[，,；;：:。\s])(?:今年)?[0-9]{1,2}月份(?=[，,])/g },
  // A week of a month, `12月第2周`, whole (a table's title prints it in brackets: `零售均价（12月第2周）`).
  { pattern: /(?:今年)?(?<![0-9])[0-9]{1,2}月第[0-9一二三四五]周/g },
  // A run of days as a clause of its own opening a sentence or after its source (`11月7日至13日，市12345…热线共受理…`, `记者从
  // 市文旅局获悉，10月1日至8日，全市共接待游客…`):
  // the span a report's counts are over (period.ts keeps levels reached out); not dates inside a clause (`报名时间为…`), nor an
  // event's dates, the sentence going on to what was held (`12月8日至11日，王和镇举办技能培训班，…`, `…，本报开展了问卷调查`).
  // The report's form must be there: a source before it (`…获悉，`, `数据显示，`, `据…统计，`), or, opening a sentence, a count
  // summed in the clause after it (共, 累计, 合计) or a comparison in its sentence (同比, 环比), as the month rule below asks. An
  // event's dates (`11月3日至9日，第五届农民运动会在…进行，共有800名运动员参赛`, `按照安排，12月1日至3日，省专家组来我县…`) have neither.
  { pattern: new RegExp(String.raw`(?:(?<=(?:获悉|了解到|(?:数据|统计|监测)显示|统计)[，,])|(?<=^|[。！？!?\s])(?=[^，,；;。]*[，,](?:[^，,；;。]*?(?<!公)(?:共(?!同|享|建)|累计|合计)|[^。；;！？!?]*?(?:同比|环比))))(?:今年)?${DAYS_RUN}(?=[，,])(?![，,][^，,；;。]{0,16}?(?:举办|举行|开展|召开|组织|集中))`, 'g') },
  { pattern: /(?<=^|[，,；;：:。\s])(?:今年)?[0-9]{1,2}月(?![0-9份底末初中上下旬日号起至到以—–\-~～])(?!第[0-9一二三四五]周)(?![^，,；;。]{0,6}的)(?=[\p{Script=Han}]|[，,](?=[^。；;！？!?]*?(?:同比|环比)))/gu },
  // A five-year plan's period ends in its last year: 十四五 2021—2025, 十五五 2026—2030.
  { pattern: /“?十([一二三四五六七八九])五”?(?:期间|以来)/g, year: (m) => 2000 + 5 * '一二三四五六七八九'.indexOf(m[1]!) + 10 },
];

/** A period as records write it: 今年 dropped (kept in 今年以来, 今年3月以来), 自…以来 as its start. */
function printed(m: RegExpExecArray): string {
  const since = /^自((?:20[0-9]{2}年|今年)(?:[0-9]{1,2}月)?|[0-9]{1,2}月)/.exec(m[0]);
  if (since) return `${since[1]}以来`;
  // A start is kept as printed (`今年以来`, `今年3月以来`, `今年入冬以来`, `今年国庆以来`: the annotation guide).
  if (m[0].endsWith('以来')) return m[0];
  // A season or a school term is kept as printed (`2025年冬季`, `今年冬季`, `今年秋季学期`).
  if (SEASON.test(m[0]) || /学期$|暑期$|假期间$/.test(m[0])) return m[0];
  // A deadline after 到 is written without it, 今年 dropped (`到今年底` → 年底).
  if (m[0].startsWith('到')) return m[0].slice(1).replace(/^今(?=年)/, '');
  // A year opening a span of months or quarters (`2025年前三季度`, `2025年1至10月`) is the record's year, as 今年 is.
  return m[0].replace(/今年/, '').replace(/(?<=^|截[至止])今年/, '').replace(CLOSED_WITH_YEAR, '');
}

/** A deadline printed after 到 (`到2026年底` → 2026年底, `到年底`, `到明年6月底`): only what is planned, aimed at or foreseen has it. */
export const BY_END = /^(?:(?:20[0-9]{2}|明)?年(?:[0-9]{1,2}月)?|[0-9]{1,2}月)(?:底|末)$/;

const SEASON = /^(?:20[0-9]{2}年|今年|去年|本|今|上个?|这个)?(?:冬季|夏季|春季|秋季|采暖季|供暖季)$/;
const CLOSED_WITH_YEAR = /^20[0-9]{2}年(?=[0-9]{1,2}月?[至—–\-~～到]|前[0-9一二三四五六七八九十]+个?月|上半年|下半年|前三季度|第?[一二三四]季度)/;

/** Each period pattern anchored to a whole clause (compiled once: this runs for every figure). */
// (The clause is read with the comma that closed it: a form that must open a clause of its own, `11月份，`, looks for it.)
const WHOLE_CLAUSE = PERIODS.map(({ pattern }) => new RegExp(`^(?:据统计|据了解|今年)?(?:${pattern.source})，?$`, pattern.flags.replace('g', '')));

/** The clauses before `at` that hold nothing but a time (`今年1至10月`, `截至目前`), each with the comma closing it. */
export function standaloneBefore(sentence: string, at: number): string {
  return sentence
    .slice(0, at)
    .split(/[，,；;：:]/)
    .slice(0, -1)
    .map((c) => `${c.replace(/^\s*#[^#]{1,20}#\s*/, '')}，`)
    .filter((c) => c.length <= 13 && WHOLE_CLAUSE.some((whole) => whole.test(c)))
    .join('');
}

/**
 * A span a figure is compared with, not the one it is counted over: the object of 比 or 较 (`增速比1—9月加快0.3个百分点`,
 * `较一季度提高`), or of 与 / 同 / 和 / 跟 when its clause goes on to compare (`与上半年相比`), as COMPARED_YEAR is for a
 * year (period-years.ts). A span joined to another by 和 or 与 (`一季度和二季度…分别增长`) is counted over, not compared.
 */
const COMPARED_BY = /(?:比|较)$/;
const JOINED_BY = /(?:与|同|和|跟)$/;
const COMPARES_LATER = /^[^，,。；;！？!?]*?(?:相比|相较|比较)/;

/** Is the span printed at `at` (ending at `end`) the object of a comparison? */
function comparedWith(text: string, at: number, end: number): boolean {
  const before = text.slice(Math.max(0, at - 2), at);
  return COMPARED_BY.test(before) || (JOINED_BY.test(before) && COMPARES_LATER.test(text.slice(end)));
}

/** Every period the text prints, in the order printed (of spans starting at one place, the longest). */
export function periodsIn(text: string): { text: string; year?: number; at: number }[] {
  const found: { text: string; year?: number; at: number; length: number }[] = [];
  for (const { pattern, year } of PERIODS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (comparedWith(text, m.index, m.index + m[0].length) || countsSpanBefore(text, m[0], m.index)) continue;
      const y = year?.(m);
      found.push({ at: m.index, length: m[0].length, text: printed(m), ...(y !== undefined ? { year: y } : {}) });
    }
  }
  found.sort((a, b) => a.at - b.at || b.length - a.length);
  const kept: { text: string; year?: number; at: number }[] = [];
  let reach = 0;
  for (const { length, ...f } of found) {
    if (f.at < reach) continue;
    kept.push(f);
    reach = f.at + length;
  }
  return kept;
}

/** The period printed nearest before `at` in the text (else the first after it). */
export function periodIn(text: string, at: number): { text: string; year?: number; end?: number } | undefined {
  let best: Printed | undefined;
  let after: typeof best;
  for (const found of printedIn(text)) {
    if (found.at < at) {
      if (!best || found.at > best.at || (found.at === best.at && found.length > best.text.length)) best = found;
    } else if (!after) after = found;
  }
  const chosen = best ?? after;
  return chosen ? { text: chosen.text, end: chosen.end, ...(chosen.year !== undefined ? { year: chosen.year } : {}) } : undefined;
}

interface Printed {
  at: number;
  end: number;
  /** The length of the match (the period as printed may be shorter). */
  length: number;
  text: string;
  year?: number;
}

/** Every period the text prints, pattern by pattern in the order found: each text is scanned once per article (memo.ts), whatever figure asks. */
const printedIn = boundedMemo((text: string): Printed[] => {
  const out: Printed[] = [];
  for (const { pattern, year } of PERIODS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (comparedWith(text, m.index, m.index + m[0].length) || countsSpanBefore(text, m[0], m.index)) continue;
      const y = year?.(m);
      out.push({ at: m.index, end: m.index + m[0].length, length: m[0].length, text: printed(m), ...(y !== undefined ? { year: y } : {}) });
    }
  }
  return out;
});

/** A period printed as this week alone (`本周`, the span read above): a closed span, as the guide reads 本周 (period-carried.ts, period-titles.ts). */
export const THIS_WEEK = /^本周$/;
