// What a chart calls things, in the page's language: what a figure counts, a series, a place, a unit.
// English comes from the measure vocabulary and the project glossary (content/glossary.yaml); where
// neither has an entry the Chinese stays, marked as Chinese so the page can set `lang` on it.
import { measureByKey } from '../../domain/measures.ts';
import { COUNTIES, REGIONS } from '../../domain/places/regions.ts';
import type { FigureRecord } from '../../domain/figure.ts';
import type { LocalText } from '../../lib/content/localise.ts';
import { figureSubject } from '../../lib/figure-label.ts';
import { BARE_COUNTS } from '../../lib/format/units.ts';
import { unitEn } from '../../lib/glossary.ts';
import { t, type Lang } from '../../lib/i18n.ts';
import { regionLabel } from '../../lib/taxonomy.ts';
import type { LikeGroupInfo } from './like.ts';

export type { LocalText };

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A text standing alone as a chart's label (a row, a card, a CSV cell) starts with a capital: what a
 * figure counts is `asLabel(figureSubject(lang, f))` (src/lib/figure-label.ts), `School canteens`.
 */
export function asLabel(text: LocalText): LocalText {
  return text.lang === 'en' ? { text: capitalise(text.text), lang: 'en' } : text;
}

/** The name of a measure series: `Heating network built or upgraded` / `新建改造供热管网`. */
export function seriesName(lang: Lang, measure: string, figures: readonly Pick<FigureRecord, 'subject' | 'text'>[] = []): LocalText {
  if (lang === 'en') {
    const name = measureByKey(measure)?.en;
    if (name) return { text: name, lang: 'en' };
  } else {
    const name = measureByKey(measure)?.zh;
    if (name) return { text: name, lang: 'zh' };
  }
  return { text: mostCommon(figures.map((f) => f.subject ?? f.text)) ?? measure, lang: 'zh' };
}

/** A place as the page names it: `壶关县` / `Huguan County`. */
export function placeName(lang: Lang, region: string): string {
  return regionLabel(lang, region);
}

/** A bar's or a row's name: its place and year, `壶关县 · 2025` / `Huguan County, 2025`, saying where either is not stated. */
export function placeYear(lang: Lang, f: Pick<FigureRecord, 'region' | 'year'>): string {
  const place = f.region ? placeName(lang, f.region) : t(lang, 'chart.region.none');
  const year = f.year !== undefined ? String(f.year) : t(lang, 'chart.year.none');
  return t(lang, 'chart.placeYear', { place, year });
}

/**
 * A figure's status as a word where the figure is not something done or reached: `目标` / `Target`,
 * `个人讲述` / `One person’s account`; none for an actual figure or one whose status was not read. Every
 * table and card that lists figures of mixed status says it, so a plan never reads as an achievement.
 */
export function statusWord(lang: Lang, f: Pick<FigureRecord, 'status'>): string | undefined {
  return f.status && f.status !== 'actual' ? t(lang, `chart.status.${f.status}`) : undefined;
}

/** A figure's line of facts on a card or under a table's label: `目标 · 上党区 · 2025` / `Target · Shangdang District, 2025`. */
export function figureMeta(lang: Lang, f: Pick<FigureRecord, 'status' | 'region' | 'year'>): string {
  return [statusWord(lang, f), placeYear(lang, f)].filter(Boolean).join(' · ');
}

/**
 * What a like-with-like group counts (like.ts), for its chart's title: the measure's name, else the
 * shared label — in English the glossary's phrase or the label's English (figure-label.ts), else the
 * Chinese, marked as such.
 */
export function likeName(lang: Lang, like: Pick<LikeGroupInfo, 'measure' | 'label'>, figures: readonly FigureRecord[]): LocalText {
  if (like.measure && like.label === undefined) return seriesName(lang, like.measure, figures);
  const first = figures[0];
  if (lang === 'zh' || !first) return { text: like.label ?? first?.label ?? '', lang: 'zh' };
  return asLabel(figureSubject(lang, { ...first, label: like.label ?? first.label }));
}

/** How a group's figures count and for when: `口径：期内新增；时期：2025年` / `Counting: added in the period; period: 2025.` */
export function likeNote(lang: Lang, like: Pick<LikeGroupInfo, 'kind' | 'period' | 'year'>): string {
  const period = like.period ?? (like.year !== undefined ? t(lang, 'chart.like.year', { year: like.year }) : t(lang, 'chart.year.none'));
  return t(lang, 'chart.like.note', { kind: t(lang, `chart.like.kind.${like.kind}`), period });
}

/** A county's name short enough for a map tile: `壶关` stays `壶关县`; `Huguan County` → `Huguan`. */
export function tileName(lang: Lang, county: string): string {
  if (lang === 'zh') return county;
  const en = (COUNTIES as Record<string, string>)[county] ?? REGIONS[county]?.en ?? county;
  return en.replace(/ (County|District)$/, '');
}

/** The unit a chart's values are in, for its caption: `公里` / `kilometres`, `%` / `percent`. */
export function unitName(lang: Lang, unit: string, measure?: string): string {
  if (lang === 'zh') return unit || '个';
  const label = measure ? measureByKey(measure)?.unitLabel : undefined;
  if (label) return label;
  if (unit === '%') return 'percent';
  if (unit === '元') return 'yuan';
  if (BARE_COUNTS.has(unit)) return 'items counted';
  return unitEn(unit, 2);
}

function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [v, n] of counts) {
    if (n > bestCount) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}
