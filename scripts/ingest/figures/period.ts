// The year a figure is about, and the period the text gives for it (`1至10月`, `截至10月底`,
// `2021—2025年`, `2024年以来`, `今年以来`). Read in the figure's clause chain first, then the sentence's lead
// clause and the paragraph's (`2025年，壶关县…。…`):
// - an explicit year (`2024年`, `截至2024年底`) is the year; a span of years (`2021—2025年`) is its last;
// - 今年 is the article's year, 去年 one before, 前年 two before, 明年 one after;
// - a start (`2024年以来`, `自2023年11月…以来`) is not the figure's year: it runs to the article's year;
// - otherwise the article's year (or its date's), undefined when neither is known.

import { leadOf, segmentOf, clauseOf, type FigureScope } from './scope.ts';

export interface FigurePeriod {
  year?: number;
  period?: string;
}

const RELATIVE: Record<string, number> = { 今年: 0, 本年: 0, 当年: 0, 去年: -1, 上年: -1, 前年: -2, 明年: 1 };

// Each pattern is a period as printed; the year group, when set, is the year it ends in.
const PERIODS: readonly { pattern: RegExp; year?: (m: RegExpExecArray, base: number | undefined) => number | undefined }[] = [
  // 2021—2025年, 2021年至2025年
  { pattern: /(20[0-9]{2})年?[—–\-~～至到](20[0-9]{2})年/g, year: (m) => Number(m[2]) },
  // 截至2024年底, 截至10月底, 截至目前
  { pattern: /截[至止](?:(20[0-9]{2})年)?(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?(?:底|末|初)?|截[至止]目前|截[至止]当前/g, year: (m) => (m[1] ? Number(m[1]) : undefined) },
  // 2024年以来, 今年以来, 8月以来, 自2023年11月正式投入运营以来
  { pattern: /(?:(20[0-9]{2})年|今年|去年)(?:[0-9]{1,2}月)?以来|[0-9]{1,2}月(?:份)?以来|近[一二三四五六七八九十两0-9]+年(?:来)?|近年来/g },
  // 2025年1至10月, 1—10月, 前三季度, 上半年
  { pattern: /(?:(20[0-9]{2})年|今年|去年)?[0-9]{1,2}[至—–\-~～到][0-9]{1,2}月(?:份)?/g, year: (m) => (m[1] ? Number(m[1]) : undefined) },
  { pattern: /(?:(20[0-9]{2})年)?(?:上半年|下半年|前三季度|[一二三四]季度|全年|年内)/g, year: (m) => (m[1] ? Number(m[1]) : undefined) },
  { pattern: /“?[十][一二三四五六七八九]五”?(?:期间|以来)/g },
];

const YEAR = /(?<![0-9])(20[0-9]{2}|19[0-9]{2})年(?!以来|[0-9]{1,2}月(?:份)?以来|度以来|[—–\-~～至到])/g;
const RELATIVE_YEAR = /今年|本年|当年|去年|上年|前年|明年/g;
const SINCE_OPEN = /自(?:20[0-9]{2}年)?[^，,；;]*?以来/g;

/** The article's year, or its date's. */
export function articleYear(scope: Pick<FigureScope, 'article'>): number | undefined {
  return scope.article.year ?? (scope.article.date ? Number(scope.article.date.slice(0, 4)) || undefined : undefined);
}

export function periodOf(scope: FigureScope): FigurePeriod {
  const base = articleYear(scope);
  const segment = segmentOf(scope);
  const clause = clauseOf(scope);
  const chain = scope.sentence.slice(segment.start, clause.end);
  const at = scope.start - segment.start;
  const leads = [leadOf(scope.sentence, scope.start), leadOf(scope.paragraph, scope.sentenceStart + scope.start)].filter(
    (l): l is string => l !== undefined,
  );
  const period = periodIn(chain, at) ?? leads.map((l) => periodIn(l, l.length)).find((p) => p !== undefined);
  const year = yearIn(chain, at, base) ?? period?.year ?? leads.map((l) => yearIn(l, l.length, base)).find((y) => y !== undefined) ?? base;
  return { ...(year !== undefined ? { year } : {}), ...(period ? { period: period.text } : {}) };
}

/** The period printed nearest before `at` in the text (else the first after it). */
function periodIn(text: string, at: number): { text: string; year?: number } | undefined {
  let best: { at: number; text: string; year?: number } | undefined;
  let after: typeof best;
  for (const { pattern, year } of PERIODS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const found = { at: m.index, text: m[0].replace(/[“”]/g, ''), ...(year?.(m, undefined) !== undefined ? { year: year(m, undefined)! } : {}) };
      if (m.index < at) {
        if (!best || m.index > best.at || (m.index === best.at && m[0].length > best.text.length)) best = found;
      } else if (!after) after = found;
    }
  }
  const chosen = best ?? after;
  return chosen ? { text: chosen.text, ...(chosen.year !== undefined ? { year: chosen.year } : {}) } : undefined;
}

/** The year the text names for a figure at `at`: the nearest before it, else the first after. */
function yearIn(text: string, at: number, base: number | undefined): number | undefined {
  const open = text.replace(SINCE_OPEN, (s) => ' '.repeat(s.length));
  const found: { at: number; year: number }[] = [];
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(open); m; m = YEAR.exec(open)) found.push({ at: m.index, year: Number(m[1]) });
  RELATIVE_YEAR.lastIndex = 0;
  if (base !== undefined) {
    for (let m = RELATIVE_YEAR.exec(open); m; m = RELATIVE_YEAR.exec(open)) {
      if (open.startsWith('以来', m.index + m[0].length)) continue;
      found.push({ at: m.index, year: base + RELATIVE[m[0]]! });
    }
  }
  const range = /(20[0-9]{2})年?[—–\-~～至到](20[0-9]{2})年/.exec(open);
  if (range) found.push({ at: range.index, year: Number(range[2]) });
  const before = found.filter((f) => f.at < at).sort((a, b) => b.at - a.at)[0];
  return (before ?? found.sort((a, b) => a.at - b.at)[0])?.year;
}
