// The dates a page line prints, read as `YYYY-MM-DD`: the Chinese forms (`2025年11月18日`, `2025.11.18`, `2025-11-18`,
// `2025/11/18`, `二〇二五年十一月十八日`) and an English page's (`Tuesday, November 18, 2025`, `18 November 2025`,
// `Nov. 18, 2025`), and whether such a date is a day of the calendar. Split from page-lines.ts, which tells a page line
// by its words (the weekday, lunar date and clock beside a date are among them) and reads the page's facts from it.

import { parseNumeral } from '../figures/numerals.ts';

const DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/u;
// `2025.11.18`, `2025-11-18`, `2025/11/18`; `二〇二五年十一月十八日` in Chinese numerals.
const NUMERIC_DATE = /^(\d{4})[.\-/](\d{1,2})[.\-/](\d{1,2})$/u;
const HAN_DATE = /^([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$/u;
const HAN_DIGITS = '〇一二三四五六七八九';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAY_EN = '(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\.?,?\\s+';
const MONTH_EN = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
// An English page's date line: `Tuesday, November 18, 2025`, `18 November 2025`, `Nov. 18, 2025`.
const ENGLISH_DATE = new RegExp(`^(?:${WEEKDAY_EN})?(?:${MONTH_EN}\\s+(\\d{1,2}),?\\s+(\\d{4})|(\\d{1,2})\\s+${MONTH_EN}\\s+(\\d{4}))$`, 'iu');
// The same opening a line, other words after it (page-lines.ts readPageWords reads it as one word).
export const ENGLISH_DATE_OPENING = new RegExp(`${ENGLISH_DATE.source.slice(0, -1)}(?=[\\s\\u3000])`, 'iu');

/** An English date line as `YYYY-MM-DD`; undefined for anything else. */
export function readEnglishDate(line: string): string | undefined {
  const m = ENGLISH_DATE.exec(line);
  if (!m) return undefined;
  const [month, day, year] = m[1] !== undefined ? [m[1], m[2]!, m[3]!] : [m[5]!, m[4]!, m[6]!];
  const index = MONTHS.findIndex((name) => name.startsWith(month.toLowerCase().replace(/\.$/u, '').slice(0, 3)));
  return index < 0 ? undefined : `${year}-${pad(index + 1)}-${pad(Number(day))}`;
}

/** A date in one of its printed forms as `YYYY-MM-DD` (not checked against the calendar); undefined for anything else. */
export function readDate(word: string): string | undefined {
  const arabic = DATE.exec(word) ?? NUMERIC_DATE.exec(word);
  if (arabic) return `${arabic[1]}-${pad(Number(arabic[2]))}-${pad(Number(arabic[3]))}`;
  const han = HAN_DATE.exec(word);
  if (!han) return undefined;
  const year = [...han[1]!.replace(/[○零]/gu, '〇')].map((c) => HAN_DIGITS.indexOf(c)).join('');
  const month = parseNumeral(han[2]!);
  const day = parseNumeral(han[3]!);
  return month !== undefined && day !== undefined ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

/** `2025-02-28` is a day of the calendar; `2025-02-30` and `2025-13-01` have the form of one but are none. */
export function isCalendarDate(iso: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
