// The DOM the search page shows: result items, filter checkboxes and the status line. Built from text
// nodes only (see lib/search/excerpt.ts), so nothing from the index is parsed as markup.
import { excerptCuts, excerptRuns } from '../../lib/search/excerpt.ts';
import type { FilterKey } from '../../lib/search/url-state.ts';

/** What pagefind.js gives for a result once its data is loaded. */
export interface ResultData {
  url: string;
  excerpt: string;
  /** The page's whole indexed text: where the excerpt stands in it says whether it cuts a sentence. */
  content?: string;
  meta: Record<string, string | undefined>;
}

export type Strings = Record<string, string>;

/** `{n}`/`{q}`/`{term}` placeholders filled; the `.one` or `.other` form chosen by the language's plural rules. */
export function format(strings: Strings, lang: string, key: string, vars: { n?: number; q?: string; term?: string } = {}): string {
  let template = strings[key];
  if (template === undefined && vars.n !== undefined) {
    const form = new Intl.PluralRules(lang === 'zh' ? 'zh-CN' : 'en').select(vars.n) === 'one' ? 'one' : 'other';
    template = strings[`${key}.${form}`];
  }
  return (template ?? key).replace(/\{(n|q|term)\}/g, (_, name: 'n' | 'q' | 'term') =>
    name === 'n' ? new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en').format(vars.n ?? 0) : (vars[name] ?? ''),
  );
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Set where an excerpt starts or ends inside a sentence. */
const ELLIPSIS = '…';

/** One result: its title as a link, type and year, and the excerpt with the matched words marked and `…`
 *  where it cuts a sentence. */
export function resultItem(data: ResultData, strings: Strings): HTMLLIElement {
  const item = element('li', 'search-result');
  const heading = element('h2');
  const link = element('a', undefined, data.meta.title ?? data.url);
  link.href = data.url;
  if (data.meta.title_lang) {
    link.lang = data.meta.title_lang;
    heading.append(link, ' ', element('span', 'result-title-note', `(${strings['search.titleInChinese']})`));
  } else {
    heading.append(link);
  }
  item.append(heading);
  const facts = [data.meta.kind, data.meta.year].filter((f): f is string => !!f);
  if (facts.length) item.append(element('p', 'result-meta', facts.join(' · ')));
  const runs = excerptRuns(data.excerpt);
  if (runs.length) {
    const excerpt = element('p', 'result-excerpt');
    const cuts = excerptCuts(data.excerpt, data.content ?? '');
    if (cuts.before) excerpt.append(ELLIPSIS);
    for (const run of runs) excerpt.append(run.marked ? element('mark', undefined, run.text) : document.createTextNode(run.text));
    if (cuts.after) excerpt.append(ELLIPSIS);
    item.append(excerpt);
  }
  return item;
}

/** Ordering of filter values: years newest first; the rest by how many reports have them, then by name. */
export function orderValues(key: FilterKey, counts: Record<string, number>, lang: string): string[] {
  const values = Object.keys(counts);
  if (key === 'year') return values.sort((a, b) => Number(b) - Number(a));
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en');
  return values.sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || collator.compare(a, b));
}

/** The checkboxes of one filter, checked where the state has the value. */
export function filterChoices(key: FilterKey, values: readonly string[], chosen: readonly string[]): HTMLLIElement[] {
  return values.map((value, i) => {
    const item = element('li');
    const label = element('label');
    const box = element('input');
    box.type = 'checkbox';
    box.name = key;
    box.value = value;
    box.id = `filter-${key}-${i}`;
    box.checked = chosen.includes(value);
    label.append(box, element('span', undefined, value));
    item.append(label);
    return item;
  });
}
