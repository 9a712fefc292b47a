// What the dashboard's filters decide, apart from the page (dashboard-filters.ts does the DOM): whether a
// figure matches the chosen topic, place and year, which year files a choice needs, and the status line's
// words. The year files and their rows: src/components/charts/dashboard/figure-index.ts.

export type Field = 'topic' | 'region' | 'year';
export const FIELDS: readonly Field[] = ['topic', 'region', 'year'];

/** The file key of figures without a year (figure-index.ts UNDATED); their rows carry `data-year=""`. */
export const UNDATED = 'undated';

export type Chosen = Partial<Record<Field, string>>;

/** One year file of the page's scope, as the page lists them (newest first). */
export interface YearFile {
  key: string;
  count: number;
  url: string;
}

/** A figure's filter data: `data-region`, `data-year`, `data-topic` of its row or mark. */
export type FilterData = Partial<Record<string, string>>;

/** Does a figure match every chosen field (and the page's own topic, on a topic page)? */
export function matches(data: FilterData, chosen: Chosen, scopeTopic?: string): boolean {
  if (scopeTopic && data.topic !== scopeTopic) return false;
  return FIELDS.every((field) => {
    const want = chosen[field];
    if (!want) return true;
    const have = data[field] ?? '';
    return field === 'year' && want === UNDATED ? have === '' : have === want;
  });
}

/** True when nothing is chosen: the page's own rows are the answer. */
export function nothingChosen(chosen: Chosen): boolean {
  return FIELDS.every((field) => !chosen[field]);
}

/** The year files a choice needs: the chosen year's, or every year of the scope, newest first. */
export function filesFor(index: readonly YearFile[], chosen: Chosen): YearFile[] {
  return chosen.year ? index.filter((file) => file.key === chosen.year) : [...index];
}

/** The words the status line and the button use, written by the page in its language. */
export interface Words {
  match: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
  status: string;
  loading: string;
  failed: string;
  more: string;
}

/** `{n}` and the like filled in. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** `35 figures match; showing 35.` in the page's language (`lang`: the page's `<html lang>`). */
export function statusText(words: Words, lang: string, count: number, shown: number): string {
  const form = new Intl.PluralRules(lang).select(count);
  const number = new Intl.NumberFormat(lang).format(count);
  return fill(words.status, { count: fill(words.match[form] ?? words.match.other, { n: number }), shown: new Intl.NumberFormat(lang).format(shown) });
}
