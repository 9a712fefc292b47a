// A target chart's rows in the page's language: what each row counts, its place and years, what was
// reached and the goal as printed (`已完成38.1公里（2025）`, `计划50公里（2025）`), and the text alternative.
import type { FigureRecord } from '../../../domain/figure.ts';
import { formatFigure } from '../../../lib/format.ts';
import { t, type Lang } from '../../../lib/i18n.ts';
import { countText } from '../../../lib/plural.ts';
import { likeName, placeYear, type LocalText } from '../labels.ts';
import { likeInfo } from '../like.ts';
import type { TargetPair } from './target.ts';
import type { TargetDatum } from './target-layout.ts';

export interface TargetRowData extends TargetDatum {
  pair: TargetPair;
  labelLang: LocalText['lang'];
  /** `计划` / `plan`, `目标` / `target`. */
  goalWord: string;
  /** The two values as printed. */
  reachedText: string;
  goalText: string;
}

function yearOf(lang: Lang, f: FigureRecord): string {
  return f.year !== undefined ? String(f.year) : t(lang, 'chart.year.none');
}

/** One row per pair, in the order given (reading order of the goals). */
export function targetRows(lang: Lang, pairs: readonly TargetPair[]): TargetRowData[] {
  return pairs.map((pair): TargetRowData => {
    const { goal, reached } = pair;
    // Named as a bar chart of the same measure is (its measure, else its label).
    const what = likeName(lang, likeInfo(reached) ?? { label: reached.label }, [reached]);
    const goalWord = t(lang, goal.status === 'plan' ? 'chart.target.goal.plan' : 'chart.target.goal.target');
    const reachedText = formatFigure(lang, reached);
    const goalText = formatFigure(lang, goal);
    return {
      key: `${reached.id}~${goal.id}`,
      pair,
      label: what.text,
      labelLang: what.lang,
      detail: placeYear(lang, reached),
      reached: reached.value,
      goal: goal.value,
      reachedText,
      goalText,
      goalWord,
      reachedLine: t(lang, 'chart.target.reached', { value: reachedText, year: yearOf(lang, reached) }),
      goalLine: t(lang, 'chart.target.aim', { goalWord, value: goalText, year: yearOf(lang, goal) }),
      scaleKey: `${reached.unit}\u0000${reached.measure ?? reached.label ?? ''}`,
    };
  });
}

/** The chart's title: what it counts when every row counts one thing, else a general one. */
export function targetTitle(lang: Lang, rows: readonly TargetRowData[]): LocalText {
  const whats = new Set(rows.map((r) => r.label));
  if (whats.size === 1 && rows[0]) return { text: t(lang, 'chart.target.caption', { what: rows[0].label }), lang: rows[0].labelLang };
  return { text: t(lang, 'chart.target.captionMany'), lang };
}

export function targetSummary(lang: Lang, rows: readonly TargetRowData[]): string {
  const items = rows.map((r) =>
    t(lang, 'chart.target.item', { label: `${r.label} (${r.detail})`, reached: r.reachedText, goalWord: r.goalWord, goal: r.goalText }),
  );
  return t(lang, 'chart.target.summary', { count: countText(lang, 'chart.target.count', rows.length), items: items.join(lang === 'zh' ? '；' : '; ') });
}
