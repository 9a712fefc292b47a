// The dashboard's filters, in place: a figure matches when its topic, place and year match the chosen
// ones. Table rows that do not match are hidden; chart marks that do not match are dimmed (the chart
// keeps its size); a chart with no matching mark is hidden. The choice is kept in the URL query so a
// filtered view can be shared; without JavaScript the form is not shown (CSS `scripting: none`) and the
// topic links, each a pre-built page, do the filtering. The filters act on what the page holds (the most
// recent figures of a large archive), and the status line counts out of those rows.

type Field = 'topic' | 'region' | 'year';
const FIELDS: Field[] = ['topic', 'region', 'year'];

function matches(el: HTMLElement | SVGElement, chosen: Partial<Record<Field, string>>): boolean {
  return FIELDS.every((field) => !chosen[field] || el.dataset[field] === chosen[field]);
}

function apply(root: HTMLElement, form: HTMLFormElement): void {
  const chosen: Partial<Record<Field, string>> = {};
  for (const field of FIELDS) {
    const value = (form.elements.namedItem(field) as HTMLSelectElement | null)?.value;
    if (value) chosen[field] = value;
  }
  const rows = [...root.querySelectorAll<HTMLTableRowElement>('.dashboard-table tr[data-key]')];
  let shown = 0;
  for (const row of rows) {
    const ok = matches(row, chosen);
    row.hidden = !ok;
    if (ok) shown++;
  }
  for (const chart of root.querySelectorAll<HTMLElement>('figure.chart')) {
    // The map counts reports, not figures: only a place filter applies to it.
    const isMap = chart.dataset.chart === 'map';
    const filter = isMap ? { region: chosen.region } : chosen;
    let any = false;
    for (const mark of chart.querySelectorAll<SVGElement>('.chart-mark')) {
      const ok = matches(mark, filter);
      mark.classList.toggle('is-dimmed', !ok);
      if (ok) any = true;
    }
    chart.hidden = !isMap && !any;
  }
  const status = root.querySelector<HTMLElement>('.dashboard-status');
  if (status?.dataset.template) {
    status.textContent = status.dataset.template.replace('{shown}', String(shown)).replace('{listed}', String(rows.length));
  }
  const url = new URL(location.href);
  for (const field of FIELDS) {
    if (chosen[field]) url.searchParams.set(field, chosen[field]);
    else url.searchParams.delete(field);
  }
  history.replaceState(null, '', url);
}

function init(): void {
  const root = document.querySelector<HTMLElement>('[data-dashboard]');
  const form = root?.querySelector<HTMLFormElement>('form[data-filters]');
  if (!root || !form) return;
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
  form.addEventListener('change', () => apply(root, form));
  form.addEventListener('submit', (event) => event.preventDefault());
  if (preset) apply(root, form);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
else init();
