// The cache's file format (cache.ts). Two lines of JSON: a header with the ingest version, the content
// folder and the sha256 of the second line, then the entries as compact tuples (the cache of a 10,000-
// article archive is read and written on every run, so its size is time): a file exactly as its
// article's record says (the usual case) is only its size and mtime. The checksum stands in for
// validating every field: a body that matches it is exactly what this version of ingest wrote, and any
// other file (damaged, hand-edited, older) is dropped as a whole, so the run is simply done in full.

import { hash } from 'node:crypto';
import type { CachedArticle, FileEntry, IngestCache, SeedEntry } from './cache.ts';
import { articlePath, type FileFacts, figurePath } from './outputs.ts';
import type { FileState } from './plan.ts';
import type { SeedReport } from './pipeline.ts';

/** `output` 0 when it equals `input` (the usual case: the figure file is its own merge); no `output` for a problem. */
/** An English item's tuple ends with `'en'`, its output and kept written out (`null` for a problem). */
type ArticleTuple =
  | [id: string, title: string, firstBlock: number, markdown: string, input: string, output?: string | 0, kept?: number]
  | [id: string, title: string, firstBlock: number, markdown: string, input: string, output: string | 0 | null, kept: number | null, lang: 'en'];
type SideTuple = [name: string, size: number, mtimeMs: number, sha256: string];
type SeedTuple = [size: number, mtimeMs: number, sha256: string, report: SeedReport, articles: ArticleTuple[], side?: SideTuple[]];
type Info = [id: string | null, title: string | null, seed: string | null, firstBlock: number | null];
/** `[size, mtimeMs]` alone: the file is as the record of the article it belongs to says (see ownFacts). */
type FileTuple = [size: number, mtimeMs: number, sha256: string, state: FileState, about: Info | boolean | null] | [size: number, mtimeMs: number];

interface Body {
  seeds: Record<string, SeedTuple>;
  files: Record<string, FileTuple>;
}

export function serializeCache(cache: IngestCache): string {
  const own = ownFacts(cache.seeds);
  const fileTuple = (path: string, e: FileEntry): FileTuple =>
    sameFacts(e, own.get(path)) ? [e.size, e.mtimeMs] : [e.size, e.mtimeMs, e.sha256, e.state, aboutTuple(e)];
  const body: Body = {
    seeds: Object.fromEntries([...cache.seeds].map(([name, e]) => [name, seedTuple(e)])),
    files: Object.fromEntries([...cache.files].map(([path, e]) => [path, fileTuple(path, e)])),
  };
  const text = JSON.stringify(body);
  return `${JSON.stringify({ version: cache.version, out: cache.out, sha256: hash('sha256', text) })}\n${text}\n`;
}

/** The cache in `text`, if it is one, unaltered, for this version of ingest and this content folder. */
export function parseCache(text: string | undefined, version: string, out: string): IngestCache | undefined {
  if (text === undefined) return undefined;
  const newline = text.indexOf('\n');
  const bodyText = text.slice(newline + 1, text.endsWith('\n') ? -1 : undefined);
  let body: Body;
  try {
    const header: unknown = JSON.parse(text.slice(0, newline));
    if (!isRecord(header) || header.version !== version || header.out !== out || header.sha256 !== hash('sha256', bodyText)) return undefined;
    body = JSON.parse(bodyText) as Body;
  } catch {
    return undefined;
  }
  const seeds = new Map<string, SeedEntry>();
  for (const [name, [size, mtimeMs, sha256, report, articles, side]] of Object.entries(body.seeds)) {
    const sideFiles = side?.map(([file, fileSize, fileMtime, fileSha]) => ({ name: file, size: fileSize, mtimeMs: fileMtime, sha256: fileSha }));
    seeds.set(name, { size, mtimeMs, sha256, ...(sideFiles && { side: sideFiles }), report, articles: articles.map(cachedArticle) });
  }
  const own = ownFacts(seeds);
  const files = new Map<string, FileEntry>();
  for (const [path, tuple] of Object.entries(body.files)) {
    if (tuple.length === 2) {
      const facts = own.get(path);
      if (!facts) return undefined;
      files.set(path, { size: tuple[0], mtimeMs: tuple[1], ...facts });
      continue;
    }
    const [size, mtimeMs, sha256, state, about] = tuple;
    const entry: FileEntry = { size, mtimeMs, sha256, state };
    if (typeof about === 'boolean') entry.onlyIngest = about;
    else if (about) entry.info = info(about);
    files.set(path, entry);
  }
  return { version, out, seeds, files };
}

/**
 * What each article's record says its files are when nobody has changed them: the .md as ingest made it
 * (intact, with the article's id, title, seed and first block), the figure file as the merge left it
 * (all records ingest's). A path two articles claim has no such facts.
 */
function ownFacts(seeds: Map<string, SeedEntry>): Map<string, FileFacts> {
  const own = new Map<string, FileFacts | undefined>();
  const claim = (path: string, facts: FileFacts) => own.set(path, own.has(path) ? undefined : facts);
  for (const [seed, entry] of seeds) {
    for (const { id, lang, title, firstBlock, markdown, figures } of entry.articles) {
      claim(articlePath(id, undefined, lang), { sha256: markdown, state: 'intact', info: { id, title, seed, firstBlock } });
      claim(figurePath(id), { sha256: figures.input, state: 'intact', onlyIngest: true });
    }
  }
  return own as Map<string, FileFacts>;
}

function sameFacts(e: FileFacts, own: FileFacts | undefined): boolean {
  if (!own || e.sha256 !== own.sha256 || e.state !== own.state || e.onlyIngest !== own.onlyIngest) return false;
  if (!e.info || !own.info) return e.info === own.info;
  const keys = Object.keys(e.info).filter((k) => e.info![k as keyof typeof e.info] !== undefined);
  return keys.length === 4 && keys.every((k) => e.info![k as keyof typeof e.info] === own.info![k as keyof typeof own.info]);
}

function seedTuple(e: SeedEntry): SeedTuple {
  const tuple: SeedTuple = [e.size, e.mtimeMs, e.sha256, e.report, e.articles.map(articleTuple)];
  if (e.side?.length) tuple.push(e.side.map((f) => [f.name, f.size, f.mtimeMs, f.sha256]));
  return tuple;
}

function articleTuple(a: CachedArticle): ArticleTuple {
  const { id, title, firstBlock, markdown, figures } = a;
  const output = 'problem' in figures ? undefined : figures.output === figures.input ? 0 : figures.output;
  const kept = 'problem' in figures ? undefined : figures.kept;
  if (a.lang === 'en') return [id, title, firstBlock, markdown, figures.input, output ?? null, kept ?? null, 'en'];
  if (output === undefined) return [id, title, firstBlock, markdown, figures.input];
  return [id, title, firstBlock, markdown, figures.input, output, kept];
}

function cachedArticle([id, title, firstBlock, markdown, input, output, kept, lang]: ArticleTuple): CachedArticle {
  const figures = output === undefined || output === null ? { input, problem: true as const } : { input, output: output === 0 ? input : output, kept: kept ?? 0 };
  return { id, ...(lang === 'en' && { lang }), title, firstBlock, markdown, figures };
}

function aboutTuple(e: FileEntry): Info | boolean | null {
  if (e.onlyIngest !== undefined) return e.onlyIngest;
  if (!e.info) return null;
  const { id, title, seed, firstBlock } = e.info;
  return [id ?? null, title ?? null, seed ?? null, firstBlock ?? null];
}

function info([id, title, seed, firstBlock]: Info): NonNullable<FileEntry['info']> {
  return {
    ...(id !== null && { id }),
    ...(title !== null && { title }),
    ...(seed !== null && { seed }),
    ...(firstBlock !== null && { firstBlock }),
  };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
