// `npm run ingest -- [--seeds DIR] [--out DIR] [--check] [--report FILE] [--quiet]`
// The only stage that touches the file system: it reads seeds and content/, asks pipeline.ts what the
// content should be, asks plan.ts what may be written, and writes it atomically.

import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { readOptions, runCommand } from '../lib/command.ts';
import { checkHash } from './emit.ts';
import { contentFileInfo } from './frontmatter.ts';
import type { KnownId } from './ids.ts';
import { formatFigureFile, mergeFigures, type FigureLike } from './merge-figures.ts';
import { ingest, type SeedInput, type SeedReport } from './pipeline.ts';
import { type ExistingFile, hasChanges, type Plan, planWrites } from './plan.ts';

const ARTICLES = 'articles/zh';
const FIGURES = 'figures';

const USAGE = `usage: npm run ingest -- [--seeds DIR] [--out DIR] [--check] [--report FILE] [--quiet]
  --seeds DIR    page texts to read (default: seeds)
  --out DIR      content folder to write (default: content)
  --check        write nothing; exit 1 and list what would change
  --report FILE  also write a JSON report of every seed
  --quiet        print only problems and the one-line summary`;

async function main(argv: string[]): Promise<number> {
  const read = readOptions('ingest', USAGE, argv, {
    seeds: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: 'content' },
    check: { type: 'boolean', default: false },
    report: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  });
  if (read.exit !== undefined) return read.exit;
  const args = read.values;
  const say = args.quiet ? () => {} : (line: string) => console.log(line);

  const seeds = await readSeeds(args.seeds);
  if (!seeds) {
    console.error(`ingest: ${args.seeds}: no such folder. Put page texts (*.txt) there or pass --seeds DIR.`);
    return 2;
  }
  const existingArticles = await readExisting(args.out, ARTICLES, /\.mdx?$/);
  const existingFigures = await readExisting(args.out, FIGURES, /\.json$/);

  const known: KnownId[] = [];
  const reserved: string[] = [];
  for (const file of existingArticles.values()) {
    if (file.state === 'unstamped') reserved.push(idFromPath(file.path));
    else {
      const info = contentFileInfo(file.content);
      if (info.id && info.seed && info.title !== undefined)
        known.push({ id: info.id, seed: info.seed, title: info.title, firstBlock: info.firstBlock ?? -1 });
    }
  }

  const result = ingest(seeds, known, reserved);
  const problems: string[] = [];
  for (const r of result.reports) if (r.error) problems.push(`${join(args.seeds, r.seed)}: skipped: ${r.error}`);

  const desired = new Map<string, string>();
  const keptFigureEdits: string[] = [];
  for (const { article, mdx, figures } of result.articles) {
    desired.set(`${ARTICLES}/${article.id}.mdx`, mdx);
    const figurePath = `${FIGURES}/${article.id}.json`;
    const old = existingFigures.get(figurePath);
    let previous: FigureLike[] = [];
    if (old) {
      const parsed = parseFigureFile(old.content);
      if (!parsed) {
        problems.push(`${join(args.out, figurePath)}: not a JSON array of figure records; left alone (fix it, or delete it to regenerate)`);
        continue;
      }
      previous = parsed;
    }
    const merged = mergeFigures(figures as unknown as FigureLike[], previous);
    if (merged.kept.length) keptFigureEdits.push(`${figurePath} (${merged.kept.length} edited or hand-added record(s) kept)`);
    desired.set(figurePath, formatFigureFile(merged.records));
  }

  const seedsRead = new Set(result.reports.filter((r) => !r.error).map((r) => r.seed));
  const seedsPresent = new Set(seeds.map((s) => s.name));
  const articlePlan = planWrites({
    desired: filterKeys(desired, ARTICLES),
    existing: existingArticles,
    seedsRead,
    seedsPresent,
  });
  const figurePlan = planWrites({
    desired: filterKeys(desired, FIGURES),
    existing: figuresWithSeeds(existingFigures, existingArticles, articlePlan),
    seedsRead,
    seedsPresent,
  });
  const plan = combine(articlePlan, figurePlan);

  for (const r of result.reports) if (!r.error) say(describeSeed(r));
  for (const k of plan.keptEdits) say(`kept: ${join(args.out, k.path)}: ${k.why}`);
  for (const k of keptFigureEdits) say(`kept: ${join(args.out, k)}`);

  if (args.check) {
    for (const c of plan.create) console.log(`would create ${join(args.out, c.path)}`);
    for (const u of plan.update) console.log(`would update ${join(args.out, u.path)}`);
    for (const r of plan.remove) console.log(`would remove ${join(args.out, r)}`);
  } else {
    await carryOut(args.out, plan);
  }
  if (args.report) await writeAtomic(args.report, `${JSON.stringify({ seeds: result.reports, plan: summary(plan) }, null, 2)}\n`);

  for (const p of problems) console.error(`ingest: ${p}`);
  const counts = `${result.articles.length} articles from ${seedsRead.size} seed(s)`;
  if (!hasChanges(plan)) console.log(`ingest: ${counts}; nothing changed.`);
  else if (args.check) console.log(`ingest: ${counts}; content/ is out of date with the seeds: run \`npm run ingest\`.`);
  else console.log(`ingest: ${counts}; ${plan.create.length} created, ${plan.update.length} updated, ${plan.remove.length} removed.`);

  if (problems.length) return 1;
  return args.check && hasChanges(plan) ? 1 : 0;
}

async function readSeeds(dir: string): Promise<SeedInput[] | undefined> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
  } catch {
    return undefined;
  }
  return Promise.all(names.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(join(dir, name))) })));
}

async function readExisting(out: string, sub: string, pattern: RegExp): Promise<Map<string, ExistingFile>> {
  const files = new Map<string, ExistingFile>();
  let names: string[] = [];
  try {
    names = await readdir(join(out, sub));
  } catch {
    return files;
  }
  for (const name of names.filter((n) => pattern.test(n)).sort()) {
    const path = `${sub}/${name}`;
    const content = await readFile(join(out, path), 'utf8');
    const state = name.endsWith('.json') ? 'intact' : checkHash(content);
    files.set(path, { path, content, state, seed: contentFileInfo(content).seed });
  }
  return files;
}

/** A figure file belongs to its article: it is stale exactly when its article is removed. */
function figuresWithSeeds(
  figures: Map<string, ExistingFile>,
  articles: Map<string, ExistingFile>,
  articlePlan: Plan,
): Map<string, ExistingFile> {
  const removed = new Set(articlePlan.remove.map(idFromPath));
  const out = new Map<string, ExistingFile>();
  for (const [path, file] of figures) {
    const id = idFromPath(path);
    const article = articles.get(`${ARTICLES}/${id}.mdx`);
    const onlyIngest = (parseFigureFile(file.content) ?? [{ id: '' }]).every((r) => r.origin === 'ingest');
    out.set(path, { ...file, seed: removed.has(id) && onlyIngest ? article?.seed : undefined });
  }
  return out;
}

function parseFigureFile(text: string): FigureLike[] | undefined {
  try {
    const data: unknown = JSON.parse(text);
    if (Array.isArray(data) && data.every((r) => r && typeof r === 'object' && typeof r.id === 'string')) return data;
  } catch {
    // falls through: the caller reports the file by name
  }
  return undefined;
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

function describeSeed(r: SeedReport): string {
  const kinds = Object.entries(r.blocks ?? {})
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  const lines = [
    `${r.seed} (${r.encoding}): ${r.articles?.length ?? 0} article(s); blocks: ${kinds}; ${r.joins} joined, ${r.dropped} duplicate(s) dropped`,
  ];
  for (const w of r.warnings ?? []) lines.push(`  warning [${w.code}] blocks ${w.blocks.join(',')}: ${w.message}`);
  return lines.join('\n');
}

function summary(plan: Plan) {
  return {
    created: plan.create.map((c) => c.path),
    updated: plan.update.map((u) => u.path),
    removed: plan.remove,
    unchanged: plan.unchanged.length,
    keptEdits: plan.keptEdits,
  };
}

function combine(a: Plan, b: Plan): Plan {
  return {
    create: [...a.create, ...b.create],
    update: [...a.update, ...b.update],
    remove: [...a.remove, ...b.remove],
    unchanged: [...a.unchanged, ...b.unchanged],
    keptEdits: [...a.keptEdits, ...b.keptEdits],
  };
}

function filterKeys(map: Map<string, string>, prefix: string): Map<string, string> {
  return new Map([...map].filter(([k]) => k.startsWith(`${prefix}/`)));
}

function idFromPath(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.(mdx?|json)$/, '');
}

// Bad input is reported by name above; anything thrown is a bug in ingest.
runCommand('ingest', 'ingest, not in your files', () => main(process.argv.slice(2)));
