// A before/after chart's rows in the page's language, and its text alternative.
import { isDataFigure, type FigureRecord } from '../../../domain/figure.ts';
import { formatQuantity } from '../../../lib/format.ts';
import { t, type Lang } from '../../../lib/i18n.ts';
import { beforeAfter } from './change.ts';
import { figureSubject } from '../../../lib/figure-label.ts';
import { asLabel, placeYear, type LocalText } from '../labels.ts';
import type { ChangeDatum } from './change-layout.ts';

export interface ChangeRowData extends ChangeDatum {
  figure: FigureRecord;
  labelLang: LocalText['lang'];
}

/** One row per figure with a drawable change, in the order given (reading order: order.ts), each naming its place and year. */
export function changeRows(lang: Lang, figures: readonly FigureRecord[]): ChangeRowData[] {
  const drawable = figures.flatMap((figure) => {
    // One person's account is never charted (issue 14), whoever passes it in.
    const pair = isDataFigure(figure) ? beforeAfter(figure) : undefined;
    return pair ? [{ figure, pair }] : [];
  });
  return drawable.map(({ figure, pair }) => {
    const what = asLabel(figureSubject(lang, figure));
    const detail = placeYear(lang, figure);
    const q = (v: number) => formatQuantity(lang, v, figure.unit, figure.measure);
    return {
      key: figure.id,
      figure,
      label: what.text,
      labelLang: what.lang,
      detail: detail || undefined,
      from: pair.from,
      to: pair.to,
      fromText: q(pair.from),
      toText: q(pair.to),
      scaleKey: `${figure.unit}\u0000${figure.measure ?? ''}`,
    };
  });
}

export function changeSummary(lang: Lang, rows: readonly ChangeRowData[]): string {
  const items = rows.map((r) =>
    t(lang, 'chart.change.item', {
      label: r.label,
      verb: t(lang, r.to >= r.from ? 'chart.change.up' : 'chart.change.down'),
      from: r.fromText,
      to: r.toText,
    }),
  );
  return t(lang, 'chart.change.summary', { n: rows.length, items: items.join(lang === 'zh' ? '；' : '; ') });
}
