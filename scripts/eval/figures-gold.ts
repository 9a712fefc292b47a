// The figure gold the figures eval scores against, in one shape whatever file it came from: the seeds' gold
// (tests/fixtures/figures-gold/<article id>.yaml, one file per article, figures named by text and paragraph)
// and the page dev set's gold files (tests/fixtures/pages/<set>/<page>.gold.yaml, figures named by text
// within their article). Reading only: how a field is judged is figures-score.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const STATUSES = ['actual', 'plan', 'target', 'forecast', 'anecdote'] as const;
export const KINDS = ['total', 'new', 'cumulative', 'per', 'share', 'rate', 'change'] as const;

export interface GoldFigure {
  text: string;
  /** 1-based paragraph (the record's #p anchor); absent in the pages' gold, where text order decides. */
  paragraph?: number;
  /** The sentence's first words, when one paragraph prints the same text twice. */
  sentence?: string;
  value?: number;
  unit?: string;
  status: string;
  year: number | null;
  period?: string;
  region?: string;
  topic?: string;
  label: string;
  /** Words a produced label must contain; `a|b` accepts either. Defaults to the label itself. */
  keys: string[];
  label_en?: string;
  kind: string;
}

export interface GoldArticle {
  /** The id ingest gave the article when the gold was written (seeds only). */
  id?: string;
  title?: string;
  /** The body's first words. */
  first?: string;
  figures: GoldFigure[];
}

/** The gold of one scored set, with the page texts ingest reads for it. */
export interface GoldSet {
  name: string;
  pages: { name: string; bytes: Uint8Array }[];
  articles: GoldArticle[];
}

/** The seeds' gold: every `<article id>.yaml` in `dir`, read against the seed pages in `seedsDir`. */
export function loadSeedGold(dir: string, seedsDir: string): GoldSet {
  const articles = yamlFiles(dir).map((file) => {
    const doc = parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
    return {
      id: String(doc.article ?? file.replace(/\.yaml$/, '')),
      title: doc.title === undefined ? undefined : String(doc.title),
      first: doc.first === undefined ? undefined : String(doc.first),
      figures: figuresOf(doc.figures, file),
    };
  });
  return { name: 'seeds', pages: readPages(seedsDir, (n) => n.endsWith('.txt')), articles };
}

/**
 * A page set's gold: the figures of the articles of every `<page>.gold.yaml` in `dir` (format:
 * tests/fixtures/pages/README.md). Only pages whose gold lists figures are scored, so a page written for
 * the page eval alone adds no "produced figure not in gold". An empty or missing folder is an empty set.
 * (Reads the files itself: the page eval's loader, scripts/eval/gold.ts, did not exist yet; use its
 * loadGold here once it does, so both evals read the format one way.)
 */
export function loadPageGold(name: string, dir: string): GoldSet {
  if (!existsSync(dir)) return { name, pages: [], articles: [] };
  const pages: GoldSet['pages'] = [];
  const articles: GoldArticle[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.gold.yaml')).sort()) {
    const doc = parse(readFileSync(join(dir, file), 'utf8')) as { articles?: Record<string, unknown>[] };
    const pageArticles = (doc.articles ?? []).map((a) => ({
      title: a.title === undefined ? undefined : String(a.title),
      first: a.starts === undefined ? undefined : String(a.starts),
      figures: figuresOf(a.figures, file),
    }));
    if (!pageArticles.some((a) => a.figures.length > 0)) continue;
    const text = file.replace(/\.gold\.yaml$/, '.txt');
    if (!existsSync(join(dir, text))) {
      console.warn(`eval figures: ${join(dir, file)} has no page text ${text} beside it; skipped`);
      continue;
    }
    pages.push({ name: text, bytes: new Uint8Array(readFileSync(join(dir, text))) });
    articles.push(...pageArticles);
  }
  return { name, pages, articles };
}

function figuresOf(list: unknown, file: string): GoldFigure[] {
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) throw new Error(`${file}: figures must be a list`);
  return list.map((raw: Record<string, unknown>, i) => {
    const where = `${file}: figure ${i + 1} (${String(raw.text)})`;
    if (typeof raw.text !== 'string' && typeof raw.text !== 'number') throw new Error(`${where}: no text`);
    const label = String(raw.label ?? '');
    const keys = Array.isArray(raw.keys) && raw.keys.length > 0 ? raw.keys.map(String) : label ? [label] : [];
    return {
      text: String(raw.text),
      paragraph: typeof raw.paragraph === 'number' ? raw.paragraph : undefined,
      sentence: raw.sentence === undefined ? undefined : String(raw.sentence),
      value: typeof raw.value === 'number' ? raw.value : undefined,
      unit: raw.unit === undefined ? undefined : String(raw.unit),
      status: String(raw.status ?? ''),
      year: typeof raw.year === 'number' ? raw.year : null,
      period: raw.period === undefined || raw.period === null ? undefined : String(raw.period),
      region: raw.region === undefined || raw.region === null ? undefined : String(raw.region),
      topic: raw.topic === undefined ? undefined : String(raw.topic),
      label,
      keys,
      label_en: raw.label_en === undefined ? undefined : String(raw.label_en),
      kind: String(raw.kind ?? ''),
    };
  });
}

function yamlFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort() : [];
}

function readPages(dir: string, keep: (name: string) => boolean): GoldSet['pages'] {
  return readdirSync(dir)
    .filter(keep)
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
}
