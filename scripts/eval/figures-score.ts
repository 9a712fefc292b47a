// How right the produced figures are, field by field, and whether the charts the site draws from them
// compare like with like. Pure: figures.ts feeds it matched pairs and chart groups, and prints what it returns.
//
// Accuracy counts every gold figure: one the ingest did not find is wrong in every field, so finding fewer
// figures never raises a score. `period` is scored only where the gold or the record has one (most
// figures have none, and "none = none" would say little).
import type { GoldFigure } from './figures-gold.ts';
import type { FigurePair, Matching, ProducedFigure } from './figures-match.ts';
import { place, samePeriod } from './normalize.ts';

export const FIELDS = ['status', 'year', 'period', 'region', 'topic', 'label', 'kind'] as const;
export type Field = (typeof FIELDS)[number];

export interface FieldScore {
  right: number;
  of: number;
  share: number;
}

export interface Miss {
  article: string;
  /** The figure as printed. */
  text: string;
  field: Field;
  gold: string;
  got: string;
  sentence: string;
}

/** Is the produced value of `field` right for this gold figure? */
export function fieldRight(field: Field, gold: GoldFigure, got: ProducedFigure): boolean {
  switch (field) {
    case 'status':
    case 'topic':
    case 'kind':
      return gold[field] !== undefined && gold[field] === got[field];
    case 'year':
      return (gold.year ?? undefined) === (got.year ?? undefined);
    case 'period':
      return samePeriod(gold.period, got.period, gold.year);
    case 'region':
      return sameRegion(gold.region, got.region);
    case 'label':
      return labelFits(gold.keys, got.label ?? got.subject);
  }
}

/** Every key stands in the label (`a|b`: either word does). */
export function labelFits(keys: readonly string[], label: string | undefined): boolean {
  if (!label || keys.length === 0) return false;
  return keys.every((key) => key.split('|').some((word) => word.length > 0 && label.includes(word)));
}

/**
 * The same place, as the page eval compares places (normalize.ts `place`, one key per division): the bare name of a
 * town for the gold's county+town form (`西火镇` for `上党区西火镇`: a record may name a town as the gazetteer lists
 * it, even a name two counties share), and a town's former name for its present one (`麟绛镇` for `屯留区麟绛街道`: the
 * gazetteer records both).
 */
export function sameRegion(gold: string | undefined, got: string | undefined): boolean {
  if (gold === undefined || got === undefined) return gold === got;
  if (place(gold) === place(got)) return true;
  // A town's bare name the gazetteer holds in two counties (`店上镇`) has no key of its own: the gold's county+town ends on it.
  const county = gold.slice(0, gold.length - got.length);
  return got.length >= 2 && gold.endsWith(got) && /[区县]$/u.test(county);
}

export interface SetScore {
  gold: number;
  found: number;
  notFound: number;
  notInGold: number;
  articlesNotFound: string[];
  fields: Record<Field, FieldScore>;
  misses: Miss[];
}

export function scoreFields(matching: Matching): SetScore {
  const gold = matching.pairs.length + matching.notFound.length;
  const fields = {} as Record<Field, FieldScore>;
  const misses: Miss[] = [];
  for (const field of FIELDS) {
    let right = 0;
    let of = 0;
    for (const pair of matching.pairs) {
      if (field === 'period' && pair.gold.period === undefined && pair.got.period === undefined) continue;
      of += 1;
      if (fieldRight(field, pair.gold, pair.got)) right += 1;
      else misses.push(missOf(field, pair));
    }
    for (const { gold: g } of matching.notFound) if (field !== 'period' || g.period !== undefined) of += 1;
    fields[field] = { right, of, share: of === 0 ? 1 : right / of };
  }
  return {
    gold,
    found: matching.pairs.length,
    notFound: matching.notFound.length,
    notInGold: matching.notInGold.length,
    articlesNotFound: matching.articlesNotFound,
    fields,
    misses,
  };
}

function missOf(field: Field, { article, gold, got }: FigurePair): Miss {
  const shown: Record<Field, [unknown, unknown]> = {
    status: [gold.status, got.status],
    year: [gold.year, got.year],
    period: [gold.period, got.period],
    region: [gold.region, got.region],
    topic: [gold.topic, got.topic],
    label: [`${gold.label} [${gold.keys.join(', ')}]`, got.label ?? got.subject],
    kind: [gold.kind, got.kind],
  };
  const [g, p] = shown[field];
  return { article, text: got.text, field, gold: String(g ?? '—'), got: String(p ?? '—'), sentence: got.sentence };
}

export interface GroupVerdict {
  /** Where the site draws it: `article <id>`, `topic heating`, `region 壶关县`, `dashboard`. */
  where: string[];
  /** Member ids, and the members as printed (`article «text»`) for people reading the report. */
  figures: string[];
  shown: string[];
  like: boolean;
  /** Why not, in a few words. */
  why?: string;
}

export interface LikeScore {
  groups: number;
  like: number;
  share: number;
  verdicts: GroupVerdict[];
  /** Figures the gold calls anecdotes that some chart draws. */
  anecdotesCharted: string[];
}

/**
 * A chart group compares like with like when every member has a gold figure and all share status, kind,
 * unit and label (each one's keys fit the others' labels), and none is an anecdote. `groups` are the member lists the site charts, each with
 * where it is drawn; the same members drawn on several pages count once.
 */
export function scoreGroups(
  groups: readonly { where: string; figures: readonly ProducedFigure[] }[],
  goldOf: (f: ProducedFigure) => GoldFigure | undefined,
  charted: readonly ProducedFigure[] = [],
): LikeScore {
  const unique = new Map<string, GroupVerdict>();
  for (const group of groups) {
    const key = group.figures.map((f) => f.id).sort().join(' ');
    const seen = unique.get(key);
    if (seen) {
      if (!seen.where.includes(group.where)) seen.where.push(group.where);
      continue;
    }
    const why = unlikeness(group.figures, goldOf);
    unique.set(key, {
      where: [group.where],
      figures: group.figures.map((f) => f.id),
      shown: group.figures.map((f) => `${f.article ?? ''}«${f.text}»`),
      like: why === undefined,
      ...(why ? { why } : {}),
    });
  }
  const verdicts = [...unique.values()];
  const like = verdicts.filter((v) => v.like).length;
  const anecdotesCharted = [...new Set(charted.filter((f) => goldOf(f)?.status === 'anecdote').map((f) => f.id))];
  return { groups: verdicts.length, like, share: verdicts.length === 0 ? 1 : like / verdicts.length, verdicts, anecdotesCharted };
}

function unlikeness(figures: readonly ProducedFigure[], goldOf: (f: ProducedFigure) => GoldFigure | undefined): string | undefined {
  const golds = figures.map(goldOf);
  const missing = figures.filter((_, i) => !golds[i]).map((f) => f.text);
  if (missing.length > 0) return `not in gold: ${missing.join(', ')}`;
  const known = golds as GoldFigure[];
  const anecdote = known.find((g) => g.status === 'anecdote');
  if (anecdote) return `anecdote: ${anecdote.text}`;
  const differ = (name: string, of: (g: GoldFigure, i: number) => string) => (new Set(known.map(of)).size > 1 ? name : undefined);
  const reasons = [
    differ('status', (g) => g.status),
    differ('kind', (g) => g.kind),
    differ('unit', (g, i) => g.unit ?? figures[i]!.unit),
    sameLabels(known) ? undefined : 'label',
  ].filter(Boolean);
  return reasons.length > 0 ? `${reasons.join(', ')} differ` : undefined;
}

/**
 * Two golds name the same thing when each one's keys fit the other's label, as a produced label is scored:
 * [加装, 电梯] and [加装电梯] are one label written by two annotators, [电梯] and [加装电梯] are not.
 */
function sameLabels(golds: readonly GoldFigure[]): boolean {
  return golds.every((a) => golds.every((b) => a === b || (labelFits(a.keys, b.label) && labelFits(b.keys, a.label))));
}

function squash(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, '');
}
