// The dashboard's filters (issue 16, item 8: they reach every figure, not only the rows the page lists).
// A choice of topic, place or year dims the chart marks that do not match (a chart with none is hidden;
// the map counts reports and follows the place only), and fills the table with every figure of the page's
// scope that matches: the year files the choice needs (/<lang>/data/years/<year>.json, newest first, each
// fetched once) are read and their matching rows listed, the page size at a time with a button for more,
// and the status line says how many match and how many are shown; until the files are in, the page's own
// rows that match are shown. With no choice the page's own rows come back. If a file cannot be fetched,
// the filters stay with the rows on the page and say so. The choice
// is kept in the URL query so a filtered view can be shared; without JavaScript the form is not shown (CSS
// `scripting: none`) and the topic pages, the year pages and the downloads do the filtering.
import { FIELDS, filesFor, fill, matches, nothingChosen, statusText, type Chosen, type Words, type YearFile } from './dashboard-index.ts';

interface IndexCell {
  t: string;
  lang?: string;
  href?: string;
  hreflang?: string;
  num?: 1;
}
interface IndexRow {
  k: string;
  d: Record<string, string>;
  c: IndexCell[];
}

const files = new Map<string, Promise<IndexRow[]>>();

function load(url: string): Promise<IndexRow[]> {
  let rows = files.get(url);
  if (!rows) {
    rows = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return response.json() as Promise<IndexRow[]>;
    });
    // A failed fetch is tried again on the next choice.
    rows.catch(() => files.delete(url));
    files.set(url, rows);
  }
  return rows;
}

/** The same <tr> the page's own table has (ChartTable.astro). */
function rowElement(row: IndexRow): HTMLTableRowElement {
  const tr = document.createElement('tr');
  tr.dataset.key = row.k;
  for (const [name, value] of Object.entries(row.d)) tr.dataset[name] = value;
  row.c.forEach((cell, i) => {
    const el = document.createElement(i === 0 ? 'th' : 'td');
    if (i === 0) el.setAttribute('scope', 'row');
    if (cell.num) el.className = 'num';
    if (cell.lang) el.lang = cell.lang;
    if (cell.href) {
      const a = document.createElement('a');
      a.href = cell.href;
      if (cell.hreflang) a.hreflang = cell.hreflang;
      a.textContent = cell.t;
      el.append(a);
    } else el.textContent = cell.t;
    tr.append(el);
  });
  return tr;
}

function init(): void {
  const root = document.querySelector<HTMLElement>('[data-dashboard]');
  const form = root?.querySelector<HTMLFormElement>('form[data-filters]');
  const tbody = root?.querySelector<HTMLTableSectionElement>('.dashboard-table tbody');
  const status = root?.querySelector<HTMLElement>('.dashboard-status');
  const more = root?.querySelector<HTMLButtonElement>('button[data-more]');
  if (!root || !form || !tbody || !status || !more) return;
  const index = JSON.parse(root.dataset.index ?? '[]') as YearFile[];
  const words = JSON.parse(root.dataset.words ?? '{}') as Words;
  const pageSize = Number(root.dataset.pageSize) || 100;
  const scopeTopic = root.dataset.topic || undefined;
  const lang = document.documentElement.lang || 'en';
  const ownRows = [...tbody.rows];
  const ownStatus = status.textContent ?? '';
  let found: IndexRow[] = [];
  let shown = 0;
  let generation = 0;

  const read = (): Chosen => {
    const chosen: Chosen = {};
    for (const field of FIELDS) {
      const value = (form.elements.namedItem(field) as HTMLSelectElement | null)?.value;
      if (value) chosen[field] = value;
    }
    return chosen;
  };

  const showMore = (upTo: number) => {
    const start = shown;
    shown = Math.min(found.length, upTo);
    const fragment = document.createDocumentFragment();
    for (const row of found.slice(start, shown)) fragment.append(rowElement(row));
    tbody.append(fragment);
    status.textContent = statusText(words, lang, found.length, shown);
    const rest = found.length - shown;
    (more.parentElement as HTMLElement).hidden = rest <= 0;
    more.textContent = fill(words.more, { n: Math.min(rest, pageSize) });
  };

  const dimCharts = (chosen: Chosen) => {
    for (const chart of root.querySelectorAll<HTMLElement>('figure.chart')) {
      const isMap = chart.dataset.chart === 'map';
      const filter: Chosen = isMap ? { region: chosen.region } : chosen;
      let any = false;
      for (const mark of chart.querySelectorAll<SVGElement>('.chart-mark')) {
        const ok = matches(mark.dataset, filter);
        mark.classList.toggle('is-dimmed', !ok);
        if (ok) any = true;
      }
      chart.hidden = !isMap && !any;
    }
  };

  const apply = async () => {
    const chosen = read();
    const run = ++generation;
    dimCharts(chosen);
    const url = new URL(location.href);
    for (const field of FIELDS) {
      if (chosen[field]) url.searchParams.set(field, chosen[field]);
      else url.searchParams.delete(field);
    }
    history.replaceState(null, '', url);

    if (nothingChosen(chosen)) {
      tbody.replaceChildren(...ownRows);
      for (const row of ownRows) row.hidden = false;
      status.textContent = ownStatus;
      (more.parentElement as HTMLElement).hidden = true;
      root.removeAttribute('aria-busy');
      return;
    }
    // At once, the page's own rows that match; then every match, when the year files are in.
    tbody.replaceChildren(...ownRows);
    for (const row of ownRows) row.hidden = !matches(row.dataset, chosen, scopeTopic);
    (more.parentElement as HTMLElement).hidden = true;
    status.textContent = words.loading;
    root.setAttribute('aria-busy', 'true');
    try {
      const lists = await Promise.all(filesFor(index, chosen).map((file) => load(file.url)));
      if (run !== generation) return;
      found = lists.flat().filter((row) => matches(row.d, chosen, scopeTopic));
      shown = 0;
      tbody.replaceChildren();
      showMore(pageSize);
    } catch {
      // The page's own rows stay, filtered in place.
      if (run === generation) status.textContent = words.failed;
    } finally {
      if (run === generation) root.removeAttribute('aria-busy');
    }
  };

  const params = new URL(location.href).searchParams;
  let preset = false;
  for (const field of FIELDS) {
    const select = form.elements.namedItem(field) as HTMLSelectElement | null;
    const value = params.get(field);
    if (select && value && [...select.options].some((o) => o.value === value)) {
      select.value = value;
      preset = true;
    }
  }
  form.addEventListener('change', () => void apply());
  form.addEventListener('submit', (event) => event.preventDefault());
  more.addEventListener('click', () => showMore(shown + pageSize));
  if (preset) void apply();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
else init();
