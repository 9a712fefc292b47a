// The page sets' gold files (tests/fixtures/pages/<set>/<page>.gold.yaml, format in that folder's README):
// read, checked field by field and typed, so a mistake in a gold file stops the eval with the file and the
// field named instead of scoring against it. The page eval (pages.ts) and the figures eval read them here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { TOPICS, type Topic } from '../../src/domain/topics.ts';

export const GOLD_KINDS = ['article', 'news', 'photo-news', 'commentary', 'sidebar', 'interview'] as const;
export const FIGURE_STATUSES = ['actual', 'plan', 'target', 'forecast', 'anecdote'] as const;
export const FIGURE_KINDS = ['total', 'new', 'cumulative', 'per', 'share', 'rate', 'change'] as const;
export const ENCODINGS = ['utf-8', 'utf-8-bom', 'gb18030', 'utf-16le', 'utf-16be'] as const;

export type GoldKind = (typeof GOLD_KINDS)[number];
export type FigureStatus = (typeof FIGURE_STATUSES)[number];
export type FigureKind = (typeof FIGURE_KINDS)[number];

export interface GoldFigure {
  text: string;
  value: number;
  unit: string;
  status: FigureStatus;
  year: number | null;
  period?: string;
  region: string | null;
  topic: Topic;
  label: string;
  /** Words a produced label must keep (`a|b`: either); the label itself when the file gives none. */
  keys: string[];
  kind: FigureKind;
}

export interface GoldArticle {
  /** The headline as printed; absent for an untitled piece. */
  title?: string;
  untitled: boolean;
  lang: 'zh' | 'en';
  kind: GoldKind;
  kicker?: string;
  subtitle?: string;
  byline?: string;
  year: number | null;
  regions: string[];
  /** Checked only when the file gives them. */
  topics?: Topic[];
  captions: string[];
  continued?: { from?: string; to?: string };
  starts?: string;
  contains: string[];
  excludes: string[];
  /** Pairs of phrases whose paragraphs follow each other (a question and its answer). */
  adjacent: [string, string][];
  figures: GoldFigure[];
}

export interface GoldPage {
  /** The page's file name without `.gold.yaml`: `03-benbaoxun-items`. */
  name: string;
  /** The folder's name: `dev`, `holdout`. */
  set: string;
  goldFile: string;
  textFile: string;
  encoding: (typeof ENCODINGS)[number];
  crlf: boolean;
  layout: string[];
  date?: string;
  paper?: string;
  pageNumber?: number;
  furniture: string[];
  /** Phrases that stand exactly once in the page's articles (a sidebar printed twice). */
  once: string[];
  articles: GoldArticle[];
}

/** A gold file that does not follow the format; the message names the file and the field. */
export class GoldError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GoldError';
  }
}

/** Every `*.gold.yaml` of a set folder with its page text, in name order; a missing folder is an empty set. */
export function loadGold(dir: string): GoldPage[] {
  if (!existsSync(dir)) return [];
  const set = basename(dir);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.yaml'))
    .sort()
    .map((file) => {
      const goldFile = join(dir, file);
      const textFile = goldFile.replace(/\.gold\.yaml$/, '.txt');
      if (!existsSync(textFile)) throw new GoldError(`${goldFile}: no page text ${basename(textFile)} beside it`);
      return parseGold(readFileSync(goldFile, 'utf8'), goldFile, set, textFile);
    });
}

/** One gold file's text, checked. `file` is used in messages and for the page's name. */
export function parseGold(source: string, file: string, set = 'dev', textFile = file.replace(/\.gold\.yaml$/, '.txt')): GoldPage {
  let doc: unknown;
  try {
    doc = parse(source);
  } catch (e) {
    throw new GoldError(`${file}: not valid YAML: ${(e as Error).message}`);
  }
  const page = new Fields(doc, file);
  const articles = page.list('articles', true);
  if (articles.length === 0) throw new GoldError(`${file}: articles: the page lists no article`);
  return {
    name: basename(file).replace(/\.gold\.yaml$/, ''),
    set,
    goldFile: file,
    textFile,
    encoding: page.oneOf('encoding', ENCODINGS, 'utf-8'),
    crlf: page.bool('crlf'),
    layout: page.strings('layout'),
    date: page.date('date'),
    paper: page.text('paper'),
    pageNumber: page.number('pageNumber'),
    furniture: page.strings('furniture'),
    once: page.strings('once'),
    articles: articles.map((raw, i) => parseArticle(new Fields(raw, `${file}: articles[${i}]`))),
  };
}

function parseArticle(a: Fields): GoldArticle {
  const title = a.text('title');
  const untitled = a.bool('untitled');
  if (title === undefined && !untitled) a.fail('title', 'missing (set untitled: true for a piece printed without a headline)');
  if (title !== undefined && untitled) a.fail('untitled', 'true, but the article has a title');
  const starts = a.text('starts');
  if (untitled && starts === undefined) a.fail('starts', 'an untitled article needs starts to be found');
  const topics = a.has('topics') ? a.strings('topics').map((t, i) => a.member(`topics[${i}]`, t, TOPICS)) : undefined;
  const continued = a.has('continued') ? a.nested('continued') : undefined;
  return {
    title,
    untitled,
    lang: a.oneOf('lang', ['zh', 'en'] as const),
    kind: a.oneOf('kind', GOLD_KINDS),
    kicker: a.text('kicker'),
    subtitle: a.text('subtitle'),
    byline: a.text('byline'),
    year: a.yearOrNull('year'),
    regions: a.strings('regions', true),
    topics,
    captions: a.strings('captions'),
    continued: continued && { from: continued.text('from'), to: continued.text('to') },
    starts,
    contains: a.strings('contains'),
    excludes: a.strings('excludes'),
    adjacent: a.list('adjacent').map((pair, i) => {
      if (!Array.isArray(pair) || pair.length !== 2 || !pair.every((p) => typeof p === 'string' && p.trim())) {
        a.fail(`adjacent[${i}]`, 'must be a pair of phrases [first, next]');
      }
      return pair as [string, string];
    }),
    figures: a.list('figures').map((raw, i) => parseFigure(new Fields(raw, `${a.where}: figures[${i}]`))),
  };
}

function parseFigure(f: Fields): GoldFigure {
  const label = f.text('label', true)!;
  const keys = f.strings('keys');
  return {
    text: f.text('text', true)!,
    value: f.number('value', true)!,
    unit: f.text('unit', true)!,
    status: f.oneOf('status', FIGURE_STATUSES),
    year: f.yearOrNull('year', true),
    period: f.text('period'),
    region: f.textOrNull('region', true),
    topic: f.oneOf('topic', TOPICS),
    label,
    keys: keys.length > 0 ? keys : [label],
    kind: f.oneOf('kind', FIGURE_KINDS),
  };
}

/** Typed reads of one YAML mapping; every failure names the file, the path and the field. */
class Fields {
  readonly where: string;
  private readonly raw: Record<string, unknown>;

  constructor(raw: unknown, where: string) {
    this.where = where;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new GoldError(`${where}: must be a mapping of fields`);
    this.raw = raw as Record<string, unknown>;
  }

  fail(field: string, problem: string): never {
    throw new GoldError(`${this.where}: ${field}: ${problem}`);
  }

  has(field: string): boolean {
    return this.raw[field] !== undefined && this.raw[field] !== null;
  }

  nested(field: string): Fields {
    return new Fields(this.raw[field], `${this.where}: ${field}`);
  }

  text(field: string, required = false): string | undefined {
    const v = this.raw[field];
    if (v === undefined || v === null) return required ? this.fail(field, 'missing') : undefined;
    if (typeof v === 'number') return String(v);
    if (typeof v !== 'string' || !v.trim()) this.fail(field, `must be text, got ${JSON.stringify(v)}`);
    return v as string;
  }

  /** Text, or null written out (`region: null`: nothing on the page tells); `absentIsNull` lets it be left out. */
  textOrNull(field: string, absentIsNull = false): string | null {
    if (!(field in this.raw) && !absentIsNull) this.fail(field, 'missing (write null when the page does not tell)');
    return this.raw[field] === null || this.raw[field] === undefined ? null : this.text(field)!;
  }

  number(field: string, required = false): number | undefined {
    const v = this.raw[field];
    if (v === undefined || v === null) return required ? this.fail(field, 'missing') : undefined;
    if (typeof v !== 'number' || !Number.isFinite(v)) this.fail(field, `must be a number, got ${JSON.stringify(v)}`);
    return v as number;
  }

  yearOrNull(field: string, absentIsNull = false): number | null {
    if (!(field in this.raw) && !absentIsNull) this.fail(field, 'missing (write null when the page does not tell)');
    const v = this.raw[field];
    if (v === null || v === undefined) return null;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1949 || v > 2100) this.fail(field, `must be a year or null, got ${JSON.stringify(v)}`);
    return v as number;
  }

  bool(field: string): boolean {
    const v = this.raw[field];
    if (v === undefined || v === null) return false;
    if (typeof v !== 'boolean') this.fail(field, `must be true or false, got ${JSON.stringify(v)}`);
    return v as boolean;
  }

  /** A date as YYYY-MM-DD (YAML reads an unquoted one as a Date). */
  date(field: string): string | undefined {
    const v = this.raw[field];
    if (v === undefined || v === null) return undefined;
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
    return this.fail(field, `must be a date YYYY-MM-DD, got ${JSON.stringify(v)}`);
  }

  oneOf<T extends string>(field: string, allowed: readonly T[], fallback?: T): T {
    const v = this.raw[field];
    if ((v === undefined || v === null) && fallback !== undefined) return fallback;
    return this.member(field, v, allowed);
  }

  member<T extends string>(field: string, v: unknown, allowed: readonly T[]): T {
    if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
      this.fail(field, `${JSON.stringify(v)} is not one of ${allowed.join(', ')}`);
    }
    return v as T;
  }

  list(field: string, required = false): unknown[] {
    const v = this.raw[field];
    if (v === undefined || v === null) return required ? this.fail(field, 'missing') : [];
    if (!Array.isArray(v)) this.fail(field, 'must be a list');
    return v as unknown[];
  }

  strings(field: string, required = false): string[] {
    if (required && !(field in this.raw)) this.fail(field, 'missing (write [] when there is none)');
    return this.list(field).map((v, i) => {
      if (typeof v === 'number') return String(v);
      if (typeof v !== 'string' || !v.trim()) this.fail(`${field}[${i}]`, `must be text, got ${JSON.stringify(v)}`);
      return v as string;
    });
  }
}
