// The "year or period" cell of a measure's figure table (issue 18). A figure's period is printed Chinese
// (`2024年以来`, `截至2024年底`, `1至10月`); an English page showed it untranslated beside the year
// (`2024 · 2024年以来`), and a Chinese page said the year twice. The forms the reports print are read
// here into English (like format/printed.ts reads hedge words); a form not known stays in Chinese, marked
// as such, rather than guessed.
import type { Lang } from '../../lib/i18n.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const month = (m: string) => MONTHS[Number(m) - 1];
const DASH = '[—–\\-~～至到]';

/** Printed forms and their English, tried in order; each regular expression matches the whole period. */
const FORMS: readonly [RegExp, (m: RegExpMatchArray) => string | undefined][] = [
  [/^(\d{4})年以来$/u, (m) => `since ${m[1]}`],
  [/^(\d{4})年(\d{1,2})月以来$/u, (m) => month(m[2]!) && `since ${month(m[2]!)} ${m[1]}`],
  [/^(\d{1,2})月以来$/u, (m) => month(m[1]!) && `since ${month(m[1]!)}`],
  [/^(?:今年|年初)以来$/u, () => 'so far this year'],
  [/^近年来$/u, () => 'in recent years'],
  [/^近(\d+)年(?:来)?$/u, (m) => `over the past ${m[1]} years`],
  [/^截至(\d{4})年底$/u, (m) => `to the end of ${m[1]}`],
  [/^截至(\d{4})年(\d{1,2})月底?$/u, (m) => month(m[2]!) && `to the end of ${month(m[2]!)} ${m[1]}`],
  [/^截至(\d{1,2})月底?$/u, (m) => month(m[1]!) && `to the end of ${month(m[1]!)}`],
  [new RegExp(`^(\\d{4})年?${DASH}(\\d{4})年$`, 'u'), (m) => `${m[1]}–${m[2]}`],
  [new RegExp(`^(?:(\\d{4})年)?(\\d{1,2})月?${DASH}(\\d{1,2})月$`, 'u'), (m) => month(m[2]!) && month(m[3]!) && `${month(m[2]!)}–${month(m[3]!)}${m[1] ? ` ${m[1]}` : ''}`],
  [/^(?:(\d{4})年)?上半年$/u, (m) => `first half${m[1] ? ` of ${m[1]}` : ''}`],
  [/^(?:(\d{4})年)?下半年$/u, (m) => `second half${m[1] ? ` of ${m[1]}` : ''}`],
  [/^(?:(\d{4})年)?前三季度$/u, (m) => `first three quarters${m[1] ? ` of ${m[1]}` : ''}`],
  [/^(\d{4})年冬季$/u, (m) => `winter ${m[1]}`],
  [/^(\d{4})年(\d{1,2})月$/u, (m) => month(m[2]!) && `${month(m[2]!)} ${m[1]}`],
];

/** A printed period in English, or undefined when its form is not one the reports are known to print. */
export function periodEnglish(period: string): string | undefined {
  for (const [form, english] of FORMS) {
    const m = period.trim().match(form);
    if (m) return english(m);
  }
  return undefined;
}

export interface PeriodCell {
  text: string;
  /** Set when the text is (partly) the printed Chinese on an English page. */
  lang?: 'zh';
}

/**
 * The cell: the year, and the period where the text gives one (`2024 · 8月以来` / `2024 · since August`);
 * the period alone where it already says the year (`2024年以来` / `since 2024`).
 */
export function periodCell(lang: Lang, year: number | undefined, period: string | undefined, noYear: string): PeriodCell {
  const yearText = year !== undefined ? String(year) : noYear;
  if (!period) return { text: yearText };
  const english = lang === 'en' ? periodEnglish(period) : period;
  const shown = english ?? period;
  const saysYear = year !== undefined && shown.includes(String(year));
  return { text: saysYear ? shown : `${yearText} · ${shown}`, lang: lang === 'en' && english === undefined ? 'zh' : undefined };
}
