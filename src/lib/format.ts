// Figures as readers see them, in each page's language: `近200万元` on Chinese pages, `nearly ¥2 million`
// on English ones, the paper's hedge words and printed digits carried over in both (format/printed.ts).
// Chinese shows the span as printed, or, where there is none to show, is written here through Intl (万 and
// 亿 are its compact notation); English comes from the glossary (src/lib/glossary.ts, content/glossary.yaml),
// which knows every unit's English and what each subject counts, so the pages, the downloads and the charts
// all say a figure the same way.
import type { FigureChange, FigureStatus, Qualifier } from '../domain/figure.ts';
import { hedgesFor, numbersOf, PLAIN_HEDGES, readPrinted } from './format/printed.ts';
import { isChangeValue, signedValue, type ChangeValue } from './format/signed.ts';
import { getEnglish, type English } from './glossary.ts';
import { englishNumber } from './glossary/numbers.ts';
import { locale, t, type Lang } from './i18n.ts';
import { numberFormat } from './intl-cache.ts';

/** The fields of a figure record formatting reads (src/domain/figure.ts FigureRecord). */
export interface Quantity {
  value: number;
  unit: string;
  qualifier?: Qualifier;
  range?: { low: number; high: number };
  measure?: string;
  subject?: string;
  /** The span as printed (`近200万元`): its hedge words and digits are what both languages show. */
  text?: string;
  change?: FigureChange;
  /** A `change` whose value is the change itself is shown signed (format/signed.ts). */
  kind?: ChangeValue['kind'];
  /** A plan's or target's change reads as a target (`target: up 10%`), never as done. */
  status?: FigureStatus;
}

/**
 * A bare number as the language writes it. Chinese counts in 万 and 亿 (`200万`, `1.32万`, `2737`);
 * English groups thousands and says "million" and "billion" from a million up (`13,200`, `2.0 million`).
 */
export function formatAmount(lang: Lang, value: number): string {
  if (lang === 'en') return englishNumber(value);
  return numberFormat(locale(lang), { notation: 'compact', maximumFractionDigits: 4 }).format(value);
}

/** A number with its unit, no qualifier: `200万元` / `¥2 million`, `16.3%`, `38.1公里` / `38.1 km`. */
export function formatQuantity(lang: Lang, value: number, unit: string, measure?: string, english: English = getEnglish()): string {
  if (lang === 'en') return english.englishFigure({ value, unit, measure, qualifier: 'exact', text: '' });
  if (unit === '%') return numberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
  return `${formatAmount(lang, value)}${unit}`;
}

/**
 * A figure with its qualifier and range, as printed: `近200万元` / `nearly ¥2 million`, `约500万平方米` /
 * `about 5 million m²`, `75%以上` / `75% or more`, `3至5年` / `3–5 years`; a change as a change (`+¥75`).
 */
export function formatFigure(lang: Lang, figure: Quantity, english: English = getEnglish()): string {
  // A figure is shown on its report's page, in its year's index, in its report's and its topics' and places'
  // charts, in each language: written once per figure record (never changed once loaded), language and
  // glossary (issue 17: formatFigure 3.3 s of CPU at 10,000 articles, profiled).
  let byFigure = written.get(english);
  if (!byFigure) written.set(english, (byFigure = new WeakMap()));
  let texts = byFigure.get(figure);
  if (!texts) byFigure.set(figure, (texts = {}));
  return (texts[lang] ??= writeFigure(lang, figure, english));
}

const written = new WeakMap<English, WeakMap<Quantity, Partial<Record<Lang, string>>>>();

function writeFigure(lang: Lang, figure: Quantity, english: English): string {
  const qualifier = figure.qualifier ?? 'exact';
  const text = lang === 'en' ? english.englishFigure({ ...figure, qualifier, text: figure.text ?? '' }) : chineseFigure(figure, qualifier);
  return signedValue(lang, figure, text);
}

/**
 * The Chinese of a figure: its span as printed when the span says the record's value and qualifier
 * (Chinese numerals, `八成以上`, are taken as printed: ingest read the value from them); otherwise — an
 * editor's correction, a figure added by hand without its span — written from the value, with the
 * printed hedge word where the span has one for the qualifier, else a plain one (约, 以上, 不到).
 */
function chineseFigure(figure: Quantity, qualifier: Qualifier): string {
  const printed = readPrinted(figure.text ?? '');
  const hedges = hedgesFor(printed, qualifier);
  const saysQualifier = qualifier === 'exact' ? printed.hedges.length === 0 : hedges.length > 0;
  const saysValue = printed.numbers.length === 0 ? /\p{Script=Han}/u.test(figure.text ?? '') : numbersOf(printed, figure) !== undefined;
  if (figure.text && saysValue && saysQualifier) return figure.text;
  const core = figure.range ? chineseRange(figure.range, figure.unit) : formatQuantity('zh', figure.value, figure.unit);
  if (qualifier === 'exact') return core;
  const hedge = hedges[0] ?? PLAIN_HEDGES[qualifier];
  if (hedge.printedAt === 'before') return `${hedge.zh}${core}`;
  // `8000余户`: between the number and its unit (a percentage keeps its sign: `10%余` is not written).
  const unit = figure.unit !== '%' && !figure.range && core.endsWith(figure.unit) ? figure.unit : '';
  if (hedge.printedAt === 'inside' && unit) return `${core.slice(0, -unit.length)}${hedge.zh}${unit}`;
  return `${core}${hedge.zh}`;
}

/** `3至5年`: the unit once, after the high end; a percent sign stays with each number (`3%至5%`). */
function chineseRange({ low, high }: { low: number; high: number }, unit: string): string {
  const lowText = unit === '%' ? formatQuantity('zh', low, '%') : formatAmount('zh', low);
  return `${lowText}至${formatQuantity('zh', high, unit)}`;
}

/**
 * The change a sentence states, or undefined when it states none: `增长10%` / `up 10%`,
 * `由143元提高至191元` / `up from ¥143 a month`, `增加75元` / `up ¥75`, `增至4.5万立方米` / `increased to 45,000 m³`.
 */
export function formatChange(lang: Lang, figure: Quantity, english: English = getEnglish()): string | undefined {
  const change = figure.change;
  if (!change) return undefined;
  const up = change.direction === 'up';
  const quantity = (value: number, unit = figure.unit) => formatQuantity(lang, value, unit, figure.measure, english);
  if (change.rate !== undefined) {
    const rate = quantity(change.rate, '%');
    return lang === 'zh' ? `${up ? '增长' : '下降'}${rate}` : `${up ? 'up' : 'down'} ${rate}`;
  }
  if (change.from !== undefined) {
    if (lang === 'en') return `${up ? 'up' : 'down'} from ${quantity(change.from)}`;
    return `由${quantity(change.from)}${up ? '提高' : '降'}至${quantity(change.to ?? figure.value)}`;
  }
  if (change.amount !== undefined) {
    const amount = quantity(change.amount);
    return lang === 'zh' ? `${up ? '增加' : '减少'}${amount}` : `${up ? 'up' : 'down'} ${amount}`;
  }
  const to = quantity(change.to ?? figure.value);
  // English says a plan's or target's new level as still to come (`rise to`), a reached one as done.
  const planned = figure.status === 'plan' || figure.status === 'target';
  return lang === 'zh' ? `${up ? '增至' : '降至'}${to}` : `${planned ? (up ? 'rise' : 'fall') : up ? 'increased' : 'decreased'} to ${to}`;
}

/**
 * The change column beside a figure's value: its change (formatChange) as a target for a plan or target
 * (`target: up 10%` / `目标：增长10%`), and nothing where the value already shows the change signed (`+¥75`):
 * saying `up ¥75` again beside it read as a second figure.
 */
export function formatChangeNote(lang: Lang, figure: Quantity, english: English = getEnglish()): string | undefined {
  const change = formatChange(lang, figure, english);
  if (change === undefined) return undefined;
  if (figure.status === 'plan' || figure.status === 'target') return t(lang, 'figures.changeTarget', { change });
  return isChangeValue(figure) ? undefined : change;
}
