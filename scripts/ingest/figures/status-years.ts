// A figure's status by the years its words name against the article's year: a year after it plans, one before it is
// history, a span of years holding it is now. (status.ts asks this after the words that govern the clause.)

import type { Governed } from './status-words.ts';

const YEAR = /(20[0-9]{2})年/g;
// A span of years (`2025—2026年采暖季`, `2021年至2025年`): it is now while it holds the article's year.
// (Dates too: `于2025年11月1日起开始供热，至2026年3月31日结束` holds 2025 and 2026.)
const YEAR_SPAN = /(20[0-9]{2})年?(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?(?:起|开始)?[^，,；;。0-9]{0,8}?[，,]?[^，,；;。0-9]{0,6}?)?\s*(?:—|–|-|－|~|～|至|到)\s*(20[0-9]{2})年?/g;

/**
 * A year after the article's year is a plan; one before it is history. (A year after the article's but not after the
 * page's, on a page printed in January reviewing the year before, `2025年1月…`, had come when it was printed.)
 */
export function yearStatus(text: string, articleYear: number | undefined, pageYear?: number): Governed | undefined {
  if (articleYear === undefined) return undefined;
  let last: number | undefined;
  const spans = text.replace(YEAR_SPAN, (m, from: string, to: string) => {
    const year = Number(from) <= articleYear && articleYear <= Number(to) ? articleYear : Number(from) > articleYear ? Number(from) : Number(to);
    return `${year}年`.padEnd(m.length, ' ');
  });
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(spans); m; m = YEAR.exec(spans)) last = Number(m[1]);
  if (last === undefined) return undefined;
  if (last > articleYear) return pageYear !== undefined && last <= pageYear ? undefined : 'plan';
  if (last < articleYear) return 'actual';
  return undefined;
}
