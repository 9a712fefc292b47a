// `npm run eval -- variants --mixed [--count N] [--seed N] [--verbose]`: the mixed pages of variants-mixed.ts
// scored and told. Prints each article's expectations held on its own page, alone (its span as a page) and on
// the mixed pages (joined by a blank line, and by none), the articles found, merged into a neighbour or missing,
// the junk, the expectation types the neighbours cost, and the boundary forms of the merges by the gold roles of
// the lines on each side (`text | kicker+headline+byline`). --verbose prints each merge: the end of the first
// article's span and the first lines of the second, so a boundary can be fixed by the form that fails.
import { readOptions } from '../lib/command.ts';
import { tally, type Tally } from './report.ts';
import { scorePage, type Expectation } from './score.ts';
import { loadPages, type PageText } from './variants-pages.ts';
import {
  articleExpectations, boundaryForm, edge, ingestText, mixedGold, mixPages, pageSpans, scoreMix, type Join, type ScoredMix, type Span,
} from './variants-mixed.ts';

const USAGE = `usage: npm run eval -- variants --mixed [--count N] [--seed N] [--verbose]
  --count    how many mixed pages (default 100)
  --seed     the seed of their order (default 19)
  --verbose  each article merged into a neighbour: the end of the span before the boundary, the start of the one after`;

const pct = (t: Tally) => (t.total === 0 ? '—' : `${((100 * t.held) / t.total).toFixed(1)}%`);
const add = (a: Tally, b: Tally) => ({ held: a.held + b.held, total: a.total + b.total });
const key = (s: Span) => `${s.page}#${s.index}`;
const JOINS: Join[] = ['blank', 'flat'];

export interface MixedRun {
  spans: Span[];
  own: Map<string, Expectation[]>;
  alone: Map<string, Expectation[]>;
  mixes: Record<Join, ScoredMix[]>;
}

/** Every article of the mixed pages scored on its own page, alone and mixed both ways. */
export function runMixed(pages: readonly PageText[], count = 100, seed = 19): MixedRun {
  const spans = pages.flatMap(pageSpans);
  const chosen = mixPages(spans, count, seed);
  const used = new Map(chosen.flatMap((m) => m.spans).map((s) => [key(s), s]));
  const own = new Map<string, Expectation[]>();
  const byPage = new Map(pages.map((p) => [p.gold.name, p]));
  for (const name of new Set([...used.values()].map((s) => s.page))) {
    const p = byPage.get(name)!;
    const all = scorePage(p.gold, ingestText(name, p.text));
    for (const s of used.values()) if (s.page === name) own.set(key(s), articleExpectations(all, s));
  }
  const alone = new Map<string, Expectation[]>();
  for (const [k, s] of used) {
    const name = `alone-${s.page}-${s.index}`;
    alone.set(k, articleExpectations(scorePage(mixedGold(name, [s]), ingestText(name, `${s.lines.join('\n')}\n`)), s));
  }
  const mixes = { blank: chosen.map((m) => scoreMix(m, 'blank')), flat: chosen.map((m) => scoreMix(m, 'flat')) };
  return { spans, own, alone, mixes };
}

/** An article's found-alone status: a merge on the mixed page counts only when the article was found alone. */
const foundAlone = (run: MixedRun, s: Span) => run.alone.get(key(s))!.find((e) => e.type === 'article')?.ok === true;

export function report(run: MixedRun, verbose: boolean): string[] {
  const out: string[] = [];
  const mixes = run.mixes.blank;
  const pages = new Set(run.spans.map((s) => s.page));
  out.push(`${mixes.length} mixed pages of ${mixes.reduce((n, m) => n + m.page.spans.length, 0)} articles (${run.spans.length} usable spans of ${pages.size} dev pages < 350)`);
  const sum = (list: Expectation[][]) => list.reduce((t, e) => add(t, tally(e)), { held: 0, total: 0 });
  const articlesOf = (m: ScoredMix) => m.page.spans.map((s) => articleExpectations(m.expectations, s));
  const own = sum(mixes.flatMap((m) => m.page.spans.map((s) => run.own.get(key(s))!)));
  const alone = sum(mixes.flatMap((m) => m.page.spans.map((s) => run.alone.get(key(s))!)));
  out.push(`${'articles scored'.padEnd(22)} ${'held/total'.padStart(13)} ${'share'.padStart(6)}  Δ own  Δ alone   found   cut merged missing  junk  count ok`);
  out.push(`${'on their own pages'.padEnd(22)} ${`${own.held}/${own.total}`.padStart(13)} ${pct(own).padStart(6)}`);
  out.push(`${'alone (span as a page)'.padEnd(22)} ${`${alone.held}/${alone.total}`.padStart(13)} ${pct(alone).padStart(6)} ${String(alone.held - own.held).padStart(6)}`);
  for (const join of JOINS) {
    const list = run.mixes[join];
    const t = sum(list.flatMap(articlesOf));
    const fates = list.flatMap((m) => m.fates.map((f) => f.fate));
    const n = (f: string) => String(fates.filter((x) => x === f).length);
    const junk = list.reduce((k, m) => k + m.junk, 0);
    const counts = list.filter((m) => m.expectations.find((e) => e.type === 'count')?.ok).length;
    out.push(
      `${`mixed, ${join === 'blank' ? 'blank line' : 'no blank line'}`.padEnd(22)} ${`${t.held}/${t.total}`.padStart(13)} ${pct(t).padStart(6)} ${String(t.held - own.held).padStart(6)} ${String(t.held - alone.held).padStart(8)}   ${n('found').padStart(5)} ${n('cut').padStart(5)} ${n('merged').padStart(6)} ${n('missing').padStart(7)} ${String(junk).padStart(5)} ${`${counts}/${list.length}`.padStart(9)}`,
    );
  }
  for (const join of JOINS) {
    out.push('', `${join === 'blank' ? 'joined by a blank line' : 'joined by no blank line'}:`);
    // What the neighbours cost, against each article alone: by its fate, and by expectation type.
    const types = new Map<string, number>();
    const byFate = new Map<string, number>();
    const forms: Record<'merged' | 'cut', Map<string, number>> = { merged: new Map(), cut: new Map() };
    const shown: string[] = [];
    for (const m of run.mixes[join]) {
      const mixed = articlesOf(m);
      m.page.spans.forEach((s, i) => {
        const before = run.alone.get(key(s))!;
        const fate = m.fates[i]!;
        let lost = 0;
        before.forEach((e, k) => {
          const d = (e.ok ? 1 : 0) - (mixed[i]![k]!.ok ? 1 : 0);
          lost += d;
          types.set(e.type, (types.get(e.type) ?? 0) + d);
        });
        byFate.set(fate.fate, (byFate.get(fate.fate) ?? 0) + lost);
        if (fate.fate !== 'merged' && fate.fate !== 'cut') return;
        if (fate.fate === 'merged' && !foundAlone(run, s)) return;
        // The boundary the text crossed: between the article and its neighbour on the side of the one that holds it.
        const into = fate.into;
        const [a, b] = into === undefined ? [i, i] : into < i ? [i - 1, i] : [i, i + 1];
        const form = into === undefined ? '(into junk: split off)' : boundaryForm(m.page.spans[a]!, m.page.spans[b]!);
        forms[fate.fate].set(form, (forms[fate.fate].get(form) ?? 0) + 1);
        if (!verbose || into === undefined) return;
        const [first, second] = [m.page.spans[a]!, m.page.spans[b]!];
        const far = Math.abs(into - i) > 1 ? ', held by an article further on' : '';
        shown.push(`  ${fate.fate} ${m.page.name} ${first.page}#${first.index} + ${second.page}#${second.index} (${i === b ? 'second' : 'first'}'s text lost, -${lost}${far})  ${boundaryForm(first, second, true)}`);
        for (const l of edge(first, 2, 'tail')) shown.push(`      … ${l.trim().slice(0, 60)}`);
        for (const l of edge(second, 3, 'head')) shown.push(`      > ${l.trim().slice(0, 60)}`);
      });
    }
    const fateLine = ['merged', 'missing', 'cut', 'found'].map((f) => `${f} -${byFate.get(f) ?? 0}`).join(', ');
    out.push(`  lost against alone, by the article's fate: ${fateLine}`);
    const worst = [...types].filter(([, v]) => v !== 0).sort((x, y) => y[1] - x[1]).map(([t, v]) => `${t} ${v > 0 ? '-' : '+'}${Math.abs(v)}`);
    out.push(`  lost against alone, by type: ${worst.join(', ') || 'none'}`);
    for (const fate of ['merged', 'cut'] as const) {
      const total = [...forms[fate].values()].reduce((x, y) => x + y, 0);
      out.push(`  ${total} ${fate === 'merged' ? 'articles found alone and merged into a neighbour' : 'articles with some text in a neighbour'}, by the boundary's form (last line before | first lines after):`);
      for (const [form, n] of [...forms[fate]].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, 12)) out.push(`    ${String(n).padStart(3)}  ${form}`);
    }
    out.push(...shown);
  }
  return out;
}

export async function run(args: string[]): Promise<void> {
  const read = readOptions('eval variants --mixed', USAGE, args, {
    count: { type: 'string', default: '100' },
    seed: { type: 'string', default: '19' },
    verbose: { type: 'boolean', default: false },
  });
  if (read.exit !== undefined) {
    process.exitCode = read.exit;
    return;
  }
  const count = Number(read.values.count);
  const seed = Number(read.values.seed);
  if (!Number.isInteger(count) || count < 1) throw new Error(`--count: ${read.values.count} is not a positive whole number`);
  if (!Number.isInteger(seed)) throw new Error(`--seed: ${read.values.seed} is not a whole number`);
  for (const line of report(runMixed(loadPages(), count, seed), read.values.verbose ?? false)) console.log(line);
}
