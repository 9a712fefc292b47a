// The page eval's numbers and how they are printed: expectations held per page, per set and per expectation
// type (the table the issue asks for, before and after an ingest change), the failures with gold against
// got under --verbose, and the same as JSON. Pure: pages.ts does the reading and writing.
import { NEVER_RULES, type Broken, type NeverRule } from './never.ts';
import { EXPECTATION_TYPES, type Expectation, type ExpectationType } from './score.ts';

export interface PageResult {
  set: string;
  page: string;
  expectations: Expectation[];
  /** Set when ingest threw on the page; its expectations then all fail. */
  error?: string;
  /** Issue 15's never-rules this page's output breaks (never.ts); not part of the score. */
  never?: Broken[];
}

export interface Tally {
  held: number;
  total: number;
}

export interface Summary {
  pages: (PageResult & Tally)[];
  sets: Record<string, Tally>;
  /** Per set, per expectation type. */
  types: Record<string, Partial<Record<ExpectationType, Tally>>>;
  /** Per set, how often each never-rule was broken. */
  never: Record<string, Record<NeverRule, number>>;
}

export function summarize(results: readonly PageResult[]): Summary {
  const sets: Summary['sets'] = {};
  const types: Summary['types'] = {};
  const never: Summary['never'] = {};
  const pages = results.map((r) => ({ ...r, ...tally(r.expectations) }));
  for (const r of pages) {
    const broken = (never[r.set] ??= Object.fromEntries(NEVER_RULES.map((rule) => [rule, 0])) as Record<NeverRule, number>);
    for (const b of r.never ?? []) broken[b.rule]++;
    add((sets[r.set] ??= { held: 0, total: 0 }), r);
    const byType = (types[r.set] ??= {});
    for (const e of r.expectations) add((byType[e.type] ??= { held: 0, total: 0 }), { held: e.ok ? 1 : 0, total: 1 });
  }
  return { pages, sets, types, never };
}

export function tally(expectations: readonly Expectation[]): Tally {
  return { held: expectations.filter((e) => e.ok).length, total: expectations.length };
}

/** `held/total share`, e.g. `412/530 77.7%`. */
export function share(t: Tally): string {
  return `${t.held}/${t.total} ${t.total === 0 ? '—' : `${((100 * t.held) / t.total).toFixed(1)}%`}`;
}

export function formatSummary(summary: Summary, verbose: boolean): string {
  const lines: string[] = [];
  const width = Math.max(4, ...summary.pages.map((p) => p.page.length));
  lines.push(`${'set'.padEnd(8)} ${'page'.padEnd(width)}  held/total share`);
  for (const p of summary.pages) {
    lines.push(`${p.set.padEnd(8)} ${p.page.padEnd(width)}  ${share(p)}${p.error ? `  ingest failed: ${p.error}` : ''}`);
    if (verbose) for (const e of p.expectations.filter((x) => !x.ok)) lines.push(`    ${failure(e)}`);
    if (verbose) for (const b of p.never ?? []) lines.push(`    [never ${b.rule}] ${b.article}: ${b.what}`);
  }
  const sets = Object.keys(summary.sets);
  lines.push('', 'totals');
  for (const set of sets) lines.push(`  ${set.padEnd(8)} ${share(summary.sets[set]!)}`);
  lines.push('', `by expectation type   ${sets.map((s) => s.padEnd(18)).join(' ')}`);
  for (const type of EXPECTATION_TYPES) {
    const cells = sets.map((s) => summary.types[s]?.[type]);
    if (cells.every((c) => c === undefined)) continue;
    lines.push(`  ${type.padEnd(19)} ${cells.map((c) => (c ? share(c) : '—').padEnd(18)).join(' ')}`);
  }
  lines.push('', `never-rules broken ${sets.map((s) => s.padEnd(18)).join(' ')}`);
  for (const rule of NEVER_RULES) lines.push(`  ${rule.padEnd(19)} ${sets.map((s) => String(summary.never[s]?.[rule] ?? 0).padEnd(18)).join(' ')}`);
  return lines.join('\n');
}

/** `[title] 老旧小区“焕新”记: gold 老旧小区“焕新”记 | got 本报记者 郭雅琴` */
export function failure(e: Expectation): string {
  const about = e.article ? ` ${e.article}:` : '';
  return `[${e.type}]${about} gold ${e.gold ?? ''} | got ${e.got ?? ''}`;
}

/** The sets whose share of held expectations is below `min` (0–1), as messages. */
export function belowMin(summary: Summary, min: number): string[] {
  return Object.entries(summary.sets)
    .filter(([, t]) => t.total > 0 && t.held / t.total < min)
    .map(([set, t]) => `eval pages: ${set} holds ${share(t)} of its expectations, below --min ${(100 * min).toFixed(1)}%`);
}

/** `0.98`, `98%` or `98` → 0.98. */
export function parseShare(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(text);
  if (!m) throw new Error(`--min: ${JSON.stringify(text)} is not a share (0.98 or 98%)`);
  const n = Number(m[1]);
  const value = m[2] || n > 1 ? n / 100 : n;
  if (value > 1) throw new Error(`--min: ${text} is more than 100%`);
  return value;
}

function add(into: Tally, t: Tally): void {
  into.held += t.held;
  into.total += t.total;
}
