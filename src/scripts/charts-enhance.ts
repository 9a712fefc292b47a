// Progressive enhancement for the build-time SVG charts (src/components/charts/): a tooltip for the mark
// under the pointer or keyboard focus, and re-sorting of bar charts. Without this script every chart is
// complete: marks carry their values as text and their accessible names, and link to their sentences.
// The tooltip is absolutely positioned over the plot and sorting only moves rows within a fixed height,
// so nothing here changes the size of anything on the page.

const MARK = '.chart-mark';

function enhanceChart(figure: HTMLElement): void {
  if (figure.dataset.enhanced) return;
  figure.dataset.enhanced = 'true';
  const plot = figure.querySelector<HTMLElement>('.chart-plot');
  if (!plot) return;
  addTooltip(plot);
  for (const button of figure.querySelectorAll<HTMLButtonElement>('.chart-tools button[data-sort]')) {
    button.addEventListener('click', () => sortBars(figure, button.dataset.sort === 'text' ? 'textRank' : 'valueRank', button));
  }
}

function addTooltip(plot: HTMLElement): void {
  const tip = document.createElement('div');
  tip.className = 'chart-tooltip';
  tip.hidden = true;
  // The mark's accessible name already says all of this; the tooltip is for the eye only.
  tip.setAttribute('aria-hidden', 'true');
  plot.append(tip);
  let current: Element | null = null;

  const show = (mark: Element) => {
    const text = (mark as SVGElement).dataset.tip;
    if (!text) return;
    current = mark;
    tip.textContent = text;
    tip.hidden = false;
    place(tip, plot, mark);
  };
  const hide = () => {
    current = null;
    tip.hidden = true;
  };
  const markOf = (event: Event) => (event.target instanceof Element ? event.target.closest(MARK) : null);

  plot.addEventListener('focusin', (event) => {
    const mark = markOf(event);
    if (mark) show(mark);
  });
  plot.addEventListener('focusout', hide);
  plot.addEventListener('pointerover', (event) => {
    const mark = markOf(event);
    if (!mark) hide();
    else if (mark !== current) show(mark);
  });
  plot.addEventListener('pointerleave', hide);
  plot.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });
}

/** Above the mark, centred on it, kept inside the plot; below it when there is no room above. */
function place(tip: HTMLElement, plot: HTMLElement, mark: Element): void {
  const box = plot.getBoundingClientRect();
  const target = (mark.querySelector('.chart-bar, .chart-tile, .chart-dot-after') ?? mark).getBoundingClientRect();
  const width = tip.offsetWidth;
  const height = tip.offsetHeight;
  const left = Math.min(Math.max(0, target.left - box.left + target.width / 2 - width / 2), Math.max(0, box.width - width));
  let top = target.top - box.top - height - 8;
  if (top < 0) top = target.bottom - box.top + 8;
  tip.style.left = `${Math.round(left)}px`;
  tip.style.top = `${Math.round(top)}px`;
}

/** Re-orders a bar chart's rows (in every layout) and its table by the given rank. */
function sortBars(figure: HTMLElement, rank: 'valueRank' | 'textRank', pressed: HTMLButtonElement): void {
  let order: string[] = [];
  for (const group of figure.querySelectorAll<SVGGElement>('.chart-marks')) {
    const rows = [...group.querySelectorAll<SVGAElement>(MARK)].sort((a, b) => Number(a.dataset[rank]) - Number(b.dataset[rank]));
    let y = Number(group.dataset.top ?? 0);
    for (const row of rows) {
      row.setAttribute('transform', `translate(0 ${y})`);
      y += Number(row.dataset.height ?? 0);
      // DOM order is focus order: keep it the same as what the eye sees.
      group.append(row);
    }
    order = rows.map((row) => row.dataset.key ?? '');
  }
  const body = figure.querySelector('.chart-data tbody');
  if (body) {
    const byKey = new Map([...body.querySelectorAll<HTMLTableRowElement>('tr[data-key]')].map((tr) => [tr.dataset.key, tr]));
    for (const key of order) {
      const tr = byKey.get(key);
      if (tr) body.append(tr);
    }
  }
  for (const button of figure.querySelectorAll('.chart-tools button')) button.setAttribute('aria-pressed', String(button === pressed));
}

function enhanceAll(): void {
  for (const figure of document.querySelectorAll<HTMLElement>('figure.chart')) enhanceChart(figure);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', enhanceAll);
else enhanceAll();
