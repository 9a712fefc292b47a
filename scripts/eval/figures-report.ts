// What `npm run eval -- figures` prints for a scored set, and how `--min field=share,…` is read and checked.
import { FIELDS, type Field, type LikeScore, type SetScore } from './figures-score.ts';

export interface SetResult {
  set: string;
  articles: number;
  score: SetScore;
  like: LikeScore;
}

/** What `--min` may name: a field, `like` (chart groups) or `found` (share of gold figures found). */
export type Threshold = Field | 'like' | 'found';
const THRESHOLDS: readonly string[] = [...FIELDS, 'like', 'found'];

export function formatSet(r: SetResult, verbose: boolean): string {
  const { score, like } = r;
  if (score.gold === 0) return `${r.set}: no gold figures (nothing to score)`;
  const lines = [
    `${r.set}: ${score.gold} gold figures in ${r.articles} articles — ${score.found} found, ${score.notFound} not found; ${score.notInGold} produced figures not in gold`,
  ];
  for (const field of FIELDS) {
    const f = score.fields[field];
    lines.push(`  ${field.padEnd(8)} ${pct(f.share).padStart(6)}  (${f.right}/${f.of})`);
  }
  // Without --verbose the report prints counts only, never a gold text, so it can be read for the holdout set.
  if (score.articlesNotFound.length > 0) lines.push(`  articles not found (their figures count as not found): ${score.articlesNotFound.length}`);
  lines.push(`  like with like: ${pct(like.share)} of chart groups (${like.like}/${like.groups}); anecdotes charted: ${like.anecdotesCharted.length}`);
  if (verbose) {
    for (const title of score.articlesNotFound) lines.push(`    ✗ article not found: ${title}`);
    for (const m of score.misses) lines.push(`    ✗ ${m.field} ${m.article} «${m.text}»: gold ${m.gold} | got ${m.got} — ${m.sentence}`);
    for (const v of like.verdicts.filter((g) => !g.like)) lines.push(`    ✗ chart ${v.where.join('; ')}: ${v.why} — ${v.shown.join(' ')}`);
    for (const id of like.anecdotesCharted) lines.push(`    ✗ anecdote charted: ${id}`);
  }
  return lines.join('\n');
}

/** `status=0.9,year=90%` → { status: 0.9, year: 0.9 }; throws on an unknown name or a share outside 0–1. */
export function parseMin(text: string | undefined): Partial<Record<Threshold, number>> {
  const min: Partial<Record<Threshold, number>> = {};
  for (const part of (text ?? '').split(',').filter((p) => p.trim())) {
    const [name, raw] = part.split('=').map((s) => s.trim());
    if (!name || !THRESHOLDS.includes(name)) throw new Error(`--min: unknown field "${name}" (one of ${THRESHOLDS.join(', ')})`);
    const share = raw?.endsWith('%') ? Number(raw.slice(0, -1)) / 100 : Number(raw);
    if (!raw || !Number.isFinite(share) || share < 0 || share > 1) throw new Error(`--min: "${part}" needs a share from 0 to 1 (or a percentage)`);
    min[name as Threshold] = share;
  }
  return min;
}

/** The thresholds a set falls below, as lines to print; a set with no gold figures is not held to any. */
export function belowMin(r: SetResult, min: Partial<Record<Threshold, number>>): string[] {
  if (r.score.gold === 0) return [];
  const shareOf = (name: Threshold) =>
    name === 'like' ? r.like.share : name === 'found' ? r.score.found / r.score.gold : r.score.fields[name].share;
  return Object.entries(min)
    .filter(([name, share]) => shareOf(name as Threshold) < share)
    .map(([name, share]) => `${r.set}: ${name} ${pct(shareOf(name as Threshold))} is below ${pct(share)}`);
}

function pct(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}
