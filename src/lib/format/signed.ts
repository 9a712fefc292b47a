// A change shown as a number reads as a change, not a level: `+¥75 a month`, `−3 percentage points`,
// `+10%以上`. A record of kind `change` whose value is the change itself (the amount or the rate the
// sentence states) gets its direction's sign; where the printed figure opens with a hedge word (`nearly`,
// `近`) the sign would sit inside it, so the direction is said in words as the change column says it
// (`up nearly ¥600`, `增加近600元`, `增长约10%`). A level the change reached (`提高至191元`) is left as it is.
import type { FigureChange, FigureKind } from '../../domain/figure.ts';
import type { Lang } from '../i18n.ts';
import { sameNumber } from './printed.ts';

export interface ChangeValue {
  value: number;
  unit: string;
  kind?: FigureKind;
  change?: FigureChange;
}

/** Whether the figure's value is the change itself (`增加75元` → 75, `增长10%` → 10), not the level it reached. */
export function isChangeValue(figure: ChangeValue): figure is ChangeValue & { change: FigureChange } {
  if (figure.kind !== 'change' || !figure.change) return false;
  const { amount, rate } = figure.change;
  if (amount !== undefined) return sameNumber(figure.value, amount);
  return rate !== undefined && figure.unit === '%' && sameNumber(figure.value, rate);
}

/** `text` (the figure as formatted) with the change's direction: `+¥75 a month`, `−8.1%`, `up nearly ¥600`. */
export function signedValue(lang: Lang, figure: ChangeValue, text: string): string {
  if (!isChangeValue(figure) || /^[+\-−]/.test(text)) return text;
  const up = figure.change.direction === 'up';
  // The formatted figure opens with its number (or a currency sign) unless a hedge word stands before it.
  if (/^[\d¥$€£]|^US\$/.test(text)) return `${up ? '+' : '−'}${text}`;
  if (lang === 'en') return `${up ? 'up' : 'down'} ${text}`;
  const rate = figure.unit === '%' && figure.change.amount === undefined;
  return `${rate ? (up ? '增长' : '下降') : up ? '增加' : '减少'}${text}`;
}
