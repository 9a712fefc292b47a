// From the run's articles to the files it would write: each article's .md, and its figure file merged
// with the one on disk (merge-figures.ts); and what ingest learns from reading a file of content/, which
// the cache records (cache.ts builds on this module, never the other way round). An article of a seed
// the cache skipped brings the hashes and merge outcome recorded for it instead of content; plan.ts
// needs no more while nothing is to be written.

import { checkHash, sha256Hex } from './emit.ts';
import { type ContentFileInfo, contentFileInfo } from './frontmatter.ts';
import type { KnownId } from './ids.ts';
import { formatFigureFile, type FigureLike, mergeFigures } from './merge-figures.ts';
import { combinePlans, type DesiredFile, desiredFile, type ExistingFile, type FileState, type Plan, planWrites } from './plan.ts';
import type { FigureRecord } from '../../src/domain/figure.ts';

export const ARTICLES = 'articles/zh';
/** English items a page prints are English-original articles (no translationOf), beside the translations. */
export const ARTICLES_EN = 'articles/en';
export const FIGURES = 'figures';

export type Lang = 'zh' | 'en';

/**
 * An article's file: `<id>.md`, unless an editor has made `<id>.mdx` of it (renamed to place a chart,
 * or written it), which then is the article's file and is kept. An `<id>.mdx` exactly as an older
 * ingest wrote it gives way to the `.md` (planWrites removes it: no seed produces it any more).
 */
export function articlePath(id: string, files?: ReadonlyMap<string, { state: FileState }>, lang: Lang = 'zh'): string {
  const folder = lang === 'en' ? ARTICLES_EN : ARTICLES;
  const mdx = `${folder}/${id}.mdx`;
  const state = files?.get(mdx)?.state;
  return state !== undefined && state !== 'intact' ? mdx : `${folder}/${id}.md`;
}

export function figurePath(id: string): string {
  return `${FIGURES}/${id}.json`;
}

export interface ArticleOutput {
  id: string;
  /** `en` for an English item: its file goes to articles/en. */
  lang?: Lang;
  markdown: DesiredFile;
  /** The figures the pipeline found, for an article it made in this run … */
  fresh?: FigureRecord[];
  /** … or the recorded outcome, for an article of a skipped seed. */
  cached?: FiguresOutcome;
}

export interface FileStat {
  size: number;
  mtimeMs: number;
}

/** What ingest learns from reading a file of content/articles/zh or content/figures. */
export interface FileFacts {
  /** sha256Hex of the text. */
  sha256: string;
  /** checkHash of an article; figure files are always 'intact' (their records carry their own checksums). */
  state: FileState;
  /** contentFileInfo of an article. */
  info?: ContentFileInfo;
  /** For a figure file: it parses as records and every one is ingest's (see figuresWithSeeds). */
  onlyIngest?: boolean;
}

/**
 * An article's figure file as this article leaves it: the file's hash (`input`), and what merging the
 * article's fresh records into that file gives (`output`, `kept` editor's records), or that the file is
 * not figure records (`problem`: the run reports it and leaves it alone).
 */
export type FiguresOutcome = { input: string; output: string; kept: number } | { input: string; problem: true };

/** A file on disk as the merge needs it: its hash, and its text where the run has it. */
export interface FigureFileOnDisk {
  sha256: string;
  text: string;
}

export interface Outputs {
  desired: Map<string, DesiredFile>;
  /** `figures/<id>.json (N edited or hand-added record(s) kept)`, in article order. */
  keptFigureEdits: string[];
  /** Figure files that are not figure records: reported, and left alone. */
  badFigureFiles: string[];
}

export function assembleOutputs(
  articles: ArticleOutput[],
  figureFiles: Map<string, FigureFileOnDisk>,
  articleFiles?: ReadonlyMap<string, { state: FileState }>,
): Outputs {
  const out: Outputs = { desired: new Map(), keptFigureEdits: [], badFigureFiles: [] };
  for (const article of articles) {
    out.desired.set(articlePath(article.id, articleFiles, article.lang), article.markdown);
    const path = figurePath(article.id);
    const outcome: Merged = article.cached ?? mergeOutcome(article.fresh ?? [], figureFiles.get(path));
    if ('problem' in outcome) {
      out.badFigureFiles.push(path);
      continue;
    }
    if (outcome.kept) out.keptFigureEdits.push(`${path} (${outcome.kept} edited or hand-added record(s) kept)`);
    out.desired.set(path, outcome.file ?? { sha256: outcome.output });
  }
  return out;
}

type Merged = { input: string; output: string; kept: number; file?: DesiredFile } | { input: string; problem: true };

function mergeOutcome(fresh: FigureRecord[], old: FigureFileOnDisk | undefined): Merged {
  let previous: FigureLike[] = [];
  if (old) {
    const parsed = parseFigureFile(old.text);
    if (!parsed) return { input: old.sha256, problem: true };
    previous = parsed;
  }
  const merged = mergeFigures(fresh as unknown as FigureLike[], previous);
  const file = desiredFile(formatFigureFile(merged.records));
  return { input: old?.sha256 ?? '', output: file.sha256, kept: merged.kept.length, file };
}

/**
 * What the next run will find for an article made in this run: its figure file as this run leaves it
 * (`final`, or the untouched file when it was not records), and what merging the article's figures
 * into that file gives. Usually the file is its own merge; recording the merge of the written file
 * (not of the one read) lets the next run skip the seed only when that holds.
 */
export function outcomeAfterRun(fresh: FigureRecord[], final: FigureFileOnDisk): FiguresOutcome {
  const again = mergeOutcome(fresh, final);
  return 'problem' in again ? again : { input: again.input, output: again.output, kept: again.kept };
}

export function parseFigureFile(text: string): FigureLike[] | undefined {
  try {
    const data: unknown = JSON.parse(text);
    if (Array.isArray(data) && data.every((r) => r && typeof r === 'object' && typeof r.id === 'string')) return data;
  } catch {
    // falls through: the caller reports the file by name
  }
  return undefined;
}

/** What a file in content/ tells ingest: whether ingest's stamp still matches; an article's id, title and seed. */
export function learnFacts(path: string, text: string, sha256 = sha256Hex(text)): FileFacts {
  if (path.endsWith('.json')) return { sha256, state: 'intact', onlyIngest: onlyIngestRecords(text) };
  return { sha256, state: checkHash(text), info: contentFileInfo(text) };
}

/** The files of content/ as the plan leaves them; a file written is known from what was written. */
export function filesAfter(
  before: Iterable<{ path: string; stat: FileStat; facts: FileFacts }>,
  plan: Plan,
): { path: string; stat?: FileStat; facts: FileFacts }[] {
  const written = new Map([...plan.create, ...plan.update].map((w) => [w.path, w.content]));
  const removed = new Set(plan.remove);
  const kept = [...before].filter((f) => !written.has(f.path) && !removed.has(f.path));
  return [
    ...kept.map(({ path, stat, facts }) => ({ path, stat, facts })),
    ...[...written].map(([path, text]) => ({ path, facts: learnFacts(path, text) })),
  ];
}

/** Whether every record of a figure file is ingest's: only then may the file go with its article. */
export function onlyIngestRecords(text: string): boolean {
  return (parseFigureFile(text) ?? [{ id: '' }]).every((r) => r.origin === 'ingest');
}

/** The ids in use: those of generated articles, matched back to their articles, and those of hand-written ones. */
export function idsInUse(articles: Map<string, FileFacts>): { known: KnownId[]; reserved: string[] } {
  const known: KnownId[] = [];
  const reserved: string[] = [];
  for (const [path, { state, info = {} }] of articles) {
    if (state === 'unstamped') reserved.push(idFromPath(path));
    else if (info.id && info.seed && info.title !== undefined) {
      known.push({ id: info.id, seed: info.seed, title: info.title, firstBlock: info.firstBlock ?? -1 });
    }
  }
  return { known, reserved };
}

/** What the run writes and removes in both folders (plan.ts), articles first. */
export function planContent(
  desired: Map<string, DesiredFile>,
  articles: Map<string, FileFacts>,
  figures: Map<string, FileFacts>,
  seeds: { seedsRead: Set<string>; seedsPresent: Set<string> },
): Plan {
  const existing = new Map([...articles].map(([path, f]): [string, ExistingFile] => [path, { path, sha256: f.sha256, state: f.state, seed: f.info?.seed }]));
  const articlePlan = planWrites({ desired: inFolder(desired, 'articles'), existing, ...seeds });
  const figurePlan = planWrites({ desired: inFolder(desired, FIGURES), existing: figuresWithSeeds(figures, articles, articlePlan), ...seeds });
  return combinePlans(articlePlan, figurePlan);
}

function inFolder<V>(map: Map<string, V>, folder: string): Map<string, V> {
  return new Map([...map].filter(([k]) => k.startsWith(`${folder}/`)));
}

/** A figure file belongs to its article: it is stale exactly when its article is removed. */
export function figuresWithSeeds(
  figures: Map<string, FileFacts>,
  articles: Map<string, FileFacts>,
  articlePlan: Plan,
): Map<string, ExistingFile> {
  const removed = new Map(articlePlan.remove.map((path) => [idFromPath(path), path]));
  const out = new Map<string, ExistingFile>();
  for (const [path, facts] of figures) {
    const removedArticle = removed.get(idFromPath(path));
    const seed = removedArticle && facts.onlyIngest ? articles.get(removedArticle)?.info?.seed : undefined;
    out.set(path, { path, sha256: facts.sha256, state: facts.state, seed });
  }
  return out;
}

export function idFromPath(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.(mdx?|json)$/, '');
}
