// `npm run ingest -- [--seeds DIR] [--out DIR] [--check] [--report FILE] [--quiet] [--no-cache] [--jobs N] [--review]`
// The only stage that touches the file system: it reads seeds and content/, asks pipeline.ts what the
// content should be, asks plan.ts what may be written, and writes it atomically. With the cache
// (cache.ts, kept in node_modules/.cache/cz-ingest/) it skips the seeds it can prove unchanged and reads
// only the files whose size or mtime changed; the result is the same as without. The seeds it redoes go
// through the pipeline on worker threads when they are many (pool.ts). `--review` writes the review report
// instead (review/run.ts) and leaves content/ alone.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readOptions, runCommand } from '../lib/command.ts';
import {
  cacheFileName,
  cleanCandidates,
  factsFromHash,
  factsFromStat,
  type IngestCache,
  ingestVersion,
  nextCache,
  type SeedEntry,
  seedHashFromStat,
  seedRecords,
  settleIds,
  sha256Bytes,
  type SideFile,
  sideHashFromStat,
} from './cache.ts';
import { parseCache, serializeCache } from './cache-file.ts';
import { sha256Hex } from './emit.ts';
import {
  ARTICLES,
  ARTICLES_EN,
  type ArticleOutput,
  assembleOutputs,
  FIGURES,
  type FigureFileOnDisk,
  figurePath,
  type FileFacts,
  filesAfter,
  type FileStat,
  idsInUse,
  learnFacts,
  planContent,
} from './outputs.ts';
import { type BuiltArticle, describeSeed, draftSeed, type SeedInput, type SeedReport } from './pipeline.ts';
import { type BuildJob, jobsFor, JobsError, stageRunner } from './pool.ts';
import { desiredFile, hasChanges, type Plan, planSummary } from './plan.ts';
import { writeReview } from './review/run.ts';
import { sidecarName } from './seed-meta.ts';

const CACHE_DIR = resolve(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'cz-ingest');
/** The packages the pipeline calls: a new version of one may change what it makes of a seed. */
const PIPELINE_PACKAGES = ['pinyin-pro', 'nzh', 'yaml', 'fastest-levenshtein', '@node-rs/jieba'];

const USAGE = `usage: npm run ingest -- [--seeds DIR] [--out DIR] [--check] [--report FILE] [--quiet] [--no-cache] [--jobs N] [--review]
  --seeds DIR    page texts to read (default: seeds), each <name>.txt with its sidecar <name>.yaml if any
  --out DIR      content folder to write (default: content)
  --check        write nothing; exit 1 and list what would change
  --report FILE  also write a JSON report of every seed
  --quiet        print only problems and the one-line summary
  --no-cache     redo every seed and read every file (the cache only saves time; the result is the same)
  --jobs N       worker threads for the seeds to redo (default: one per core when there are many, else none;
                 or CZ_INGEST_JOBS); the result is the same with any number
  --review       write nothing to content/: write the review report, one HTML page per seed, into --out DIR
                 (default: review); open index.html in a browser`;

interface SeedFile {
  name: string;
  stat: FileStat;
  sha256: string;
  bytes?: Uint8Array;
  /** Its side files (sidecar, hints), hashed like the seed: from the cache when their stat is unchanged. */
  side: SideFile[];
}

/**
 * The files beside a seed that are part of its input: its sidecar (`<name>.yaml`: paper, date, page,
 * seed-meta.ts) and its hints (`<name>.hints.yaml`, hints/read.ts). A change to one redoes the seed.
 */
function sideFileNames(seed: string): [sidecar: string, hints: string] {
  const stem = seed.replace(/\.txt$/u, '');
  return [sidecarName(seed), `${stem}.hints.yaml`];
}

interface ContentFile {
  path: string;
  stat: FileStat;
  facts: FileFacts;
  /** The text, when the run read it. */
  text?: string;
}

/** The command: its exit code, what it says on stdout and stderr. Exported for the cache suite's in-process runs. */
export async function main(argv: string[]): Promise<number> {
  const read = readOptions('ingest', USAGE, argv, {
    seeds: { type: 'string', default: 'seeds' },
    out: { type: 'string' },
    check: { type: 'boolean', default: false },
    report: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    'no-cache': { type: 'boolean', default: false },
    jobs: { type: 'string' },
    review: { type: 'boolean', default: false },
  });
  if (read.exit !== undefined) return read.exit;
  const args = { ...read.values, out: read.values.out ?? (read.values.review ? 'review' : 'content') };
  if (args.review) return review(args.seeds, args.out);
  const say = args.quiet ? () => {} : (line: string) => console.log(line);

  const runStart = Date.now();
  const useCache = !args['no-cache'];
  const cachePath = join(CACHE_DIR, cacheFileName(resolve(args.out)));
  const version = useCache ? currentVersion() : '';
  const cacheText = useCache ? await readTextIfAny(cachePath) : undefined;
  const cache = parseCache(cacheText, version, resolve(args.out));

  const seeds = scanSeeds(args.seeds, cache);
  if (!seeds) {
    console.error(`ingest: ${args.seeds}: no such folder. Put page texts (*.txt) there or pass --seeds DIR.`);
    return 2;
  }
  // English items go to articles/en, beside the translations (which ingest only reads, never writes).
  const articleFiles = new Map([...scanContent(args.out, ARTICLES, /\.mdx?$/, cache), ...scanContent(args.out, ARTICLES_EN, /\.mdx?$/, cache)]);
  const figureFiles = scanContent(args.out, FIGURES, /\.json$/, cache);
  const articleFacts = factsOf(articleFiles);
  const figureFacts = factsOf(figureFiles);
  const { known, reserved } = idsInUse(articleFacts);

  // Seeds whose output the cache proves unchanged are skipped; the rest go through the pipeline.
  const candidates = cache ? cleanCandidates(cache, seeds, new Map([...articleFacts, ...figureFacts])) : new Map<string, SeedEntry>();
  const scanned = new Map(seeds.map((s) => [s.name, s.bytes]));
  const bytesOf = (name: string) => scanned.get(name) ?? new Uint8Array(readFileSync(join(args.seeds, name)));
  const sideText = (name: string, file: string) => {
    if (!seeds.find((s) => s.name === name)?.side.some((f) => f.name === file)) return undefined;
    return { file: join(args.seeds, file), text: readFileSync(join(args.seeds, file), 'utf8') };
  };
  const order = seeds.map((s) => s.name);
  const input = (name: string): SeedInput => {
    const [sidecar, hints] = sideFileNames(name);
    return { name, bytes: bytesOf(name), ...optional('meta', sideText(name, sidecar!)), ...optional('hints', sideText(name, hints!)) };
  };
  // Every seed the cache cannot skip is drafted (on workers when they are many); a skipped seed whose ids
  // come out otherwise is drafted here after all (settleIds).
  const pending = order.filter((name) => !candidates.has(name));
  let jobs: number;
  try {
    jobs = jobsFor(pending.length, args.jobs ?? process.env.CZ_INGEST_JOBS);
  } catch (e) {
    if (!(e instanceof JobsError)) throw e;
    console.error(`ingest: ${e.message}`);
    return 2;
  }
  const runner = stageRunner(jobs);
  const drafted = new Map((await runner.drafts(pending.map(input)).catch(closing(runner))).map((d, i) => [pending[i]!, d]));
  const { clean, pages, ids } = settleIds(order, candidates, (name) => drafted.get(name) ?? draftSeed(input(name)), known, reserved);
  const buildJobs: BuildJob[] = order
    .filter((name) => !clean.has(name))
    .flatMap((name) => pages.get(name)!.drafts.map((draft, i) => ({ draft, id: ids.get(name)![i]! })));
  const builtArticles = await runner.builds(buildJobs).finally(() => runner.close());

  const reports: SeedReport[] = [];
  const outputs: ArticleOutput[] = [];
  const built = new Map<string, BuiltArticle[]>();
  let at = 0;
  for (const name of order) {
    const entry = clean.get(name);
    if (entry) {
      reports.push(entry.report);
      for (const a of entry.articles) outputs.push({ id: a.id, ...(a.lang && { lang: a.lang }), markdown: { sha256: a.markdown }, cached: a.figures });
      continue;
    }
    const page = pages.get(name)!;
    const articles = builtArticles.slice(at, (at += page.drafts.length));
    page.report.articles = articles.map((a) => a.article.id);
    reports.push(page.report);
    built.set(name, articles);
    for (const a of articles) outputs.push({ id: a.article.id, lang: a.article.lang, markdown: desiredFile(a.markdown), fresh: a.figures });
  }

  const problems: string[] = [];
  for (const r of reports) if (r.error) problems.push(`${join(args.seeds, r.seed)}: skipped: ${r.error}`);
  const figureTexts = figuresToMerge(args.out, outputs, figureFiles);
  const { desired, keptFigureEdits, badFigureFiles } = assembleOutputs(outputs, figureTexts, articleFacts);
  for (const path of badFigureFiles) {
    problems.push(`${join(args.out, path)}: not a JSON array of figure records; left alone (fix it, or delete it to regenerate)`);
  }

  const seedsRead = new Set(reports.filter((r) => !r.error).map((r) => r.seed));
  const plan = planContent(desired, articleFacts, figureFacts, { seedsRead, seedsPresent: new Set(order) });

  for (const r of reports) if (!r.error) say(describeSeed(r));
  for (const k of plan.keptEdits) say(`kept: ${join(args.out, k.path)}: ${k.why}`);
  for (const k of keptFigureEdits) say(`kept: ${join(args.out, k)}`);

  if (args.check) {
    for (const c of plan.create) console.log(`would create ${join(args.out, c.path)}`);
    for (const u of plan.update) console.log(`would update ${join(args.out, u.path)}`);
    for (const r of plan.remove) console.log(`would remove ${join(args.out, r)}`);
  } else {
    await carryOut(args.out, plan);
    const files = [...articleFiles.values(), ...figureFiles.values()];
    // Nothing read, skipped or written that the cache did not already hold as it is: it stays as it is.
    const settled = cache && clean.size === seeds.length && cache.seeds.size === seeds.length && cache.files.size === files.length
      && seeds.every((s) => s.side.every((f) => sideHashFromStat(cache.seeds.get(s.name), f.name, f) !== undefined));
    if (useCache && !(settled && !hasChanges(plan) && seeds.every((s) => !s.bytes) && files.every((f) => f.text === undefined))) {
      const records = seedRecords(seeds, clean, (name) => pages.get(name)!.report, built, desired, figureTexts);
      const after = nextCache(version, resolve(args.out), runStart, records, filesAfter(files, plan));
      await saveCache(cachePath, serializeCache(after), cacheText);
    }
  }
  if (args.report) await writeAtomic(args.report, `${JSON.stringify({ seeds: reports, plan: planSummary(plan) }, null, 2)}\n`);

  for (const p of problems) console.error(`ingest: ${p}`);
  const counts = `${outputs.length} articles from ${seedsRead.size} seed(s)`;
  if (!hasChanges(plan)) console.log(`ingest: ${counts}; nothing changed.`);
  else if (args.check) console.log(`ingest: ${counts}; content/ is out of date with the seeds: run \`npm run ingest\`.`);
  else console.log(`ingest: ${counts}; ${plan.create.length} created, ${plan.update.length} updated, ${plan.remove.length} removed.`);

  if (problems.length) return 1;
  return args.check && hasChanges(plan) ? 1 : 0;
}

/** `--review`: the report of every seed (review/run.ts), ids read from content/; content/ is not written. */
async function review(seeds: string, out: string): Promise<number> {
  if (!existsSync(seeds)) {
    console.error(`ingest: ${seeds}: no such folder. Put page texts (*.txt) there or pass --seeds DIR.`);
    return 2;
  }
  const pages = await writeReview({ seeds, content: 'content', out });
  const skipped = pages.filter((p) => p.error);
  for (const p of skipped) console.error(`ingest: ${join(seeds, p.seed)}: skipped: ${p.error}`);
  console.log(`ingest: review of ${pages.length} seed(s) written to ${join(out, 'index.html')}.`);
  return skipped.length > 0 ? 1 : 0;
}

/**
 * The seeds, sorted by name, each with the hash of its bytes: from the cache when its stat is unchanged.
 * Synchronous: for thousands of small files, one thread beats a promise per file several times over.
 */
function scanSeeds(dir: string, cache: IngestCache | undefined): SeedFile[] | undefined {
  let all: string[];
  try {
    all = readdirSync(dir);
  } catch {
    return undefined;
  }
  const present = new Set(all);
  return all.filter((n) => n.endsWith('.txt')).sort().map((name) => {
    const path = join(dir, name);
    const { size, mtimeMs } = statSync(path);
    const entry = cache?.seeds.get(name);
    const side = sideFileNames(name).filter((file) => present.has(file)).map((file) => scanSideFile(dir, file, entry));
    const known = seedHashFromStat(entry, { size, mtimeMs });
    if (known) return { name, stat: { size, mtimeMs }, sha256: known, side };
    const bytes = new Uint8Array(readFileSync(path));
    return { name, stat: { size, mtimeMs }, sha256: sha256Bytes(bytes), bytes, side };
  });
}

function scanSideFile(dir: string, name: string, entry: SeedEntry | undefined): SideFile {
  const { size, mtimeMs } = statSync(join(dir, name));
  const sha256 = sideHashFromStat(entry, name, { size, mtimeMs }) ?? sha256Bytes(new Uint8Array(readFileSync(join(dir, name))));
  return { name, size, mtimeMs, sha256 };
}

/** Closes the workers before a failed stage's error goes on. */
function closing(runner: { close(): Promise<void> }): (error: unknown) => Promise<never> {
  return async (error) => {
    await runner.close();
    throw error;
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

/** The files of one content subfolder, with what ingest knows of each: read only where the cache cannot tell. */
function scanContent(out: string, sub: string, pattern: RegExp, cache: IngestCache | undefined): Map<string, ContentFile> {
  let names: string[] = [];
  try {
    names = readdirSync(join(out, sub));
  } catch {
    return new Map();
  }
  const files = new Map<string, ContentFile>();
  for (const name of names.filter((n) => pattern.test(n)).sort()) {
    const path = `${sub}/${name}`;
    const { size, mtimeMs } = statSync(join(out, path));
    const entry = cache?.files.get(path);
    const fromStat = factsFromStat(entry, { size, mtimeMs });
    if (fromStat) {
      files.set(path, { path, stat: { size, mtimeMs }, facts: fromStat });
      continue;
    }
    const text = readFileSync(join(out, path), 'utf8');
    const sha256 = sha256Hex(text);
    files.set(path, { path, stat: { size, mtimeMs }, facts: factsFromHash(entry, sha256) ?? learnFacts(path, text, sha256), text });
  }
  return files;
}

/** The figure files the merge reads: those of the articles made in this run. */
function figuresToMerge(out: string, outputs: ArticleOutput[], files: Map<string, ContentFile>): Map<string, FigureFileOnDisk> {
  const texts = new Map<string, FigureFileOnDisk>();
  for (const { id, fresh } of outputs) {
    const file = files.get(figurePath(id));
    if (!fresh || !file || texts.has(file.path)) continue;
    texts.set(file.path, { sha256: file.facts.sha256, text: file.text ?? readFileSync(join(out, file.path), 'utf8') });
  }
  return texts;
}

/**
 * The version the cache must have been written by (cache.ts ingestVersion): the ingest's modules and data
 * files (the learned topic model, lexicon/topic-model.json) and the published vocabulary they import (src/domain:
 * topics, places, measures …).
 */
function currentVersion(): string {
  const here = import.meta.dirname;
  const sources: { path: string; text: string }[] = [];
  for (const [dir, prefix] of [[here, ''], [resolve(here, '..', '..', 'src', 'domain'), 'src/domain/']] as const) {
    for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      const path = prefix + entry.split(sep).join('/');
      if ((path.endsWith('.ts') && !path.endsWith('.test.ts')) || (path.endsWith('.json') && !prefix)) sources.push({ path, text: readFileSync(join(dir, entry), 'utf8') });
    }
  }
  const packages: Record<string, string> = {};
  for (const name of PIPELINE_PACKAGES) packages[name] = packageVersion(name);
  return ingestVersion(sources, packages, `node ${process.version} icu ${process.versions.icu} unicode ${process.versions.unicode}`);
}

/** The version in the package.json of the package `name` resolves to from here. */
function packageVersion(name: string): string {
  let dir: string;
  try {
    dir = dirname(fileURLToPath(import.meta.resolve(name)));
  } catch {
    return 'missing';
  }
  for (; dir !== dirname(dir); dir = dirname(dir)) {
    let data: { name?: unknown; version?: unknown };
    try {
      data = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as typeof data;
    } catch {
      continue;
    }
    if (data.name === name) return String(data.version);
  }
  return 'unknown';
}

async function saveCache(path: string, text: string, previous: string | undefined): Promise<void> {
  if (text === previous) return;
  try {
    await writeAtomic(path, text);
  } catch {
    // A cache that cannot be written only makes the next run slower.
  }
}

async function readTextIfAny(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

function factsOf(files: Map<string, ContentFile>): Map<string, FileFacts> {
  return new Map([...files].map(([path, f]) => [path, f.facts]));
}

async function carryOut(out: string, plan: Plan): Promise<void> {
  for (const { path, content } of [...plan.create, ...plan.update]) await writeAtomic(join(out, path), content);
  for (const path of plan.remove) await rm(join(out, path), { force: true });
}

/** Write to a temporary file beside the target, then rename: a reader never sees half a file. */
async function writeAtomic(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, content);
  await rename(tmp, path);
}

// Bad input is reported by name above; anything thrown is a bug in ingest. Run only as the entry point: a test
// that imports main (tests/ingest-cache-suite.ts) must not start a run of its own.
if (import.meta.main) runCommand('ingest', 'ingest, not in your files', () => main(process.argv.slice(2)));
