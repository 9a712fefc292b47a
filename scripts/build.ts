// `npm run build`: ingest (writes only what changed) → content check (an editor's checklist of wrong
// fields, before Astro's own message) → astro build → Pagefind index of dist/.
// A sharded build (issue 17), for archives past one machine or a CI job matrix (deploy/github-actions.yml):
//   npm run build -- --list-shards     the shards, as JSON: the groups of years of the reports (src/lib/content/shard.ts)
//   npm run build -- --shard 2024      one group's article pages and search index → shards/2024/
//   npm run build -- --hub             the pages that span the archive and their index → shards/hub/
//   npm run build -- --merge           shards/*/ → dist/, the same files as `npm run build` (build/merge.ts)
// A group's shard loads only its reports into astro; what its pages show of the others comes from a compact
// catalog this script writes first (build/compact-catalog.ts); the hub syncs no article into astro's store.
// `--no-ingest` skips ingest and the content checks (shards run side by side on one checkout after one ingest);
// otherwise the checks run beside astro and a failed one stops it (build/steps.ts).
// After ingest, an unsharded build whose inputs and dist/ are as the last successful build left them skips the
// checks, astro and Pagefind (build/last-build.ts); `--force` builds anyway. When only the inputs changed, astro
// builds into that dist/ rather than an emptied one, leaving the pages whose keys did not change in place
// (build/keep-dist.ts), and keeps dist/pagefind/ too: Pagefind then replaces only the groups it re-indexes.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkLastBuild, forgetLastBuild, inputsFingerprint, recordLastBuild } from './build/last-build.ts';
import { ASTRO_MANIFEST, discardDist, listFiles, prepareKeptDist, pruneStale, relistFolders } from './build/keep-dist.ts';
import { COMPACT_CATALOG, CompactCatalogError, writeCompactCatalog } from './build/compact-catalog.ts';
import { mergeShards, MergeError } from './build/merge.ts';
import { redirectFile } from './redirects/page.ts';
import { parseRedirects } from './redirects/redirects.ts';
import { listShards, reportGroups } from './build/shard-names.ts';
import { runBeside, runStepAlongside, startGated, type Running, type Step } from './build/steps.ts';
import { ARCHIVE } from './search/buckets.ts';
import { indexBuckets, indexSite, SearchIndexError } from './search/index-site.ts';
import { Trash } from './lib/trash.ts';
import { aheadSummary, indexReportsWhenWritten, reportPlan, type Ahead } from './build/index-ahead.ts';
import { PROGRESS_VARIABLE } from '../src/lib/build-progress.ts';
import { shardOf } from '../src/lib/content/shard.ts';
import { BUNDLED_FOLDERS } from '../src/lib/downloads/paths.ts';

// Astro's package exports hide its bin; run the file itself on this Node (24) rather than trust PATH.
const ASTRO = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const SHARDS_DIR = 'shards';
/** Written just before astro runs on a kept dist/: what is older after astro, astro did not write. */
const KEEP_MARKER = join('node_modules', '.cache', 'cz-build', 'astro-started');
/** Where the last dist/ of a build that does not keep it goes before it is deleted (lib/trash.ts). */
const DIST_TRASH = join('node_modules', '.cache', 'cz-build', 'trash');
/** Where astro tells the routes it renders (src/lib/build-progress.ts), for build/index-ahead.ts. */
const PROGRESS_FILE = join('node_modules', '.cache', 'cz-build', 'progress.txt');
/** Where the content checks keep their notes of each file between builds, never published. */
const CHECK_NOTES = join('node_modules', '.cache', 'cz-build', 'checks');
/**
 * Kept in a kept dist/, folders astro's manifest does not list: the search index, for Pagefind
 * (search/index-site.ts keptIndex), and the folders of CSVs the file-bundles integration rewrites only where
 * they changed and prunes itself (src/lib/downloads/file-bundle.ts).
 */
const KEPT_FOLDERS = ['pagefind/', ...BUNDLED_FOLDERS];

/**
 * The redirect pages' files (content/redirects.yaml): the redirects integration refuses to find one in place,
 * and an article page now redirected away may still be in a kept dist/ until the build ends.
 */
function redirectSources(): string[] {
  const file = join('content', 'redirects.yaml');
  if (!existsSync(file)) return [];
  return parseRedirects(readFileSync(file, 'utf8')).redirects.flatMap((r) => [redirectFile('zh', r.from), redirectFile('en', r.from)]);
}

const { values } = parseArgs({
  options: {
    shard: { type: 'string' },
    hub: { type: 'boolean', default: false },
    merge: { type: 'boolean', default: false },
    'list-shards': { type: 'boolean', default: false },
    'no-ingest': { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
  },
});

if (values['list-shards']) {
  console.log(JSON.stringify(await listShards()));
  process.exit(0);
}

if (values.merge) {
  const started = performance.now();
  forgetLastBuild('.'); // the merge rewrites dist/: the next `npm run build` must not take it for its own
  try {
    const { files, shards } = mergeShards(SHARDS_DIR, 'dist');
    console.log(`build: merged ${shards.join(', ')} into dist/ (${files} files) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (e) {
    if (!(e instanceof MergeError || e instanceof SearchIndexError)) throw e;
    console.error(`build: merge failed: ${e.message}`);
    process.exit(1);
  }
  process.exit(0);
}

const shardName = values.hub ? 'hub' : values.shard;
if (values.shard !== undefined) {
  shardOf(values.shard); // a malformed --shard stops here, with the accepted forms
  const shards = (await listShards()) ?? [];
  if (!shards.includes(values.shard)) {
    console.error(`build: --shard ${values.shard} is not a shard of this archive; npm run build -- --list-shards names them: ${shards.join(', ')}`);
    process.exit(2);
  }
}

// dist/'s files, for the check of the last build and the kept dist/ below: listed while ingest runs (it writes
// content/ only), since reading dist/'s 26,000 page folders takes over a second at 10,000 articles.
const listDist = () => (shardName === undefined && !values.force && existsSync('dist') ? listFiles('dist') : undefined);
// Astro starts now too and loads its code and the config while ingest runs (2–3.5 s at 10,000 articles), then
// waits at its start gate (src/lib/start-gate.ts) until this build knows whether it runs and into which dist/.
// An unsharded build's astro tells the routes it renders (src/lib/build-progress.ts), so the reports' search index
// can begin beside it (build/index-ahead.ts).
rmSync(PROGRESS_FILE, { force: true });
mkdirSync(dirname(PROGRESS_FILE), { recursive: true });
const astroEnv: NodeJS.ProcessEnv = shardName === undefined ? { ...process.env, [PROGRESS_VARIABLE]: resolve(PROGRESS_FILE) } : process.env;
const early = !values['no-ingest'] && shardName === undefined ? startGated({ name: 'astro build', args: [ASTRO, 'build'], env: astroEnv }) : undefined;
const distFiles = values['no-ingest'] ? listDist() : await runStepAlongside({ name: 'ingest', args: ['scripts/ingest/cli.ts', '--quiet'] }, listDist);

// Fingerprinted after ingest (which may have written content/) and before anything else reads the inputs: an
// edit made while the build runs changes the next fingerprint, so the next build does not skip.
const fingerprinted = performance.now();
const inputs = shardName === undefined ? inputsFingerprint('.') : undefined;
let keepDist = false;
if (inputs) {
  const verdict = values.force ? { upToDate: false as const, why: '--force', distIntact: false } : checkLastBuild('.', 'dist', inputs, distFiles);
  const seconds = ((performance.now() - fingerprinted) / 1000).toFixed(1);
  if (verdict.upToDate) {
    console.log(
      `build: nothing changed since the last build (${verdict.record.finishedAt}: content, code, packages, environment and Node the same; dist/'s ${verdict.record.dist.files} files as it left them; checked in ${seconds} s); dist/ kept. --force builds anyway.`,
    );
    early?.stop();
    process.exit(0);
  }
  console.log(`build: building (${verdict.why})`);
  forgetLastBuild('.');
  keepDist = verdict.distIntact;
}

// The content checks run beside astro (build/steps.ts); a failed check stops it.
const checks: Step[] = values['no-ingest']
  ? []
  : [
      // Each keeps what every file said between builds, by the file's identity (lib/file-notes.ts).
      { name: 'content check', args: ['scripts/content/check.ts', '--quiet', '--notes', join(CHECK_NOTES, 'content-check.json')] },
      { name: 'glossary coverage', args: ['scripts/glossary/coverage.ts', '--notes', join(CHECK_NOTES, 'glossary-coverage.json')] },
    ];

/** dist/'s files as astro left them (an unsharded build): the search index's pages and, with its own folders listed again, the record. */
let afterAstro: string[] | undefined;
/** The reports' groups indexed beside astro (an unsharded build). */
let ahead: Ahead | undefined;
/** Runs astro (an unsharded build's) with the checks beside it, and the reports' search index once their pages are written. */
async function astroWithIndexAhead(astro: Step | Running): Promise<Ahead> {
  const done = runBeside(astro, checks); // settles when astro and the checks are done (a failure exits the build)
  const plan = async () => {
    const known = await reportGroups();
    return known && reportPlan('dist', known.groups, known.groupOf);
  };
  const indexing = indexReportsWhenWritten(PROGRESS_FILE, 'dist', plan, done);
  await done;
  return indexing;
}
if (shardName === undefined && keepDist) {
  const started = performance.now();
  const { kept, removed, since } = prepareKeptDist('dist', ASTRO_MANIFEST, KEEP_MARKER, redirectSources(), KEPT_FOLDERS, distFiles);
  console.log(`build: dist/ kept for astro: ${kept} pages it may leave in place, ${removed} other files removed (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  // astro.config.mjs reads CZ_KEEP_DIST (the gate's `go keep` sets it): Vite's build.emptyOutDir false.
  early?.go(true);
  ahead = await astroWithIndexAhead(early ?? { name: 'astro build', args: [ASTRO, 'build'], env: { ...astroEnv, CZ_KEEP_DIST: '1' } });
  const built = listFiles('dist');
  const stale = pruneStale('dist', ASTRO_MANIFEST, since, KEPT_FOLDERS, built);
  const gone = new Set(stale);
  afterAstro = built.filter((file) => !gone.has(file));
  if (stale.length > 0) console.log(`build: removed ${stale.length} page(s) this build no longer has (${stale.slice(0, 3).join(', ')}${stale.length > 3 ? ' …' : ''})`);
} else if (shardName === undefined) {
  // The last dist/ is deleted beside astro rather than by it (keep-dist.ts discardDist).
  const discarded = discardDist('dist', new Trash(DIST_TRASH));
  early?.go(false);
  ahead = await astroWithIndexAhead(early ?? { name: 'astro build', args: [ASTRO, 'build'], env: astroEnv });
  await discarded;
  afterAstro = listFiles('dist');
} else {
  // A group's shard loads only its own reports into astro, and what its pages show of the others from the
  // compact catalog written here (build/compact-catalog.ts, src/lib/content/compact-catalog.ts); the hub
  // loads the figure files, and its catalog reads the article files itself (lib/content/article-file.ts).
  const compact: Record<string, string> = {};
  {
    const started = performance.now();
    try {
      const { file, articles, read, written } = writeCompactCatalog('.', COMPACT_CATALOG);
      console.log(`build: compact catalog of ${articles} reports ${written ? 'written' : 'unchanged'} (${read} article files read) in ${((performance.now() - started) / 1000).toFixed(1)} s → ${file}`);
      compact.CZ_CATALOG = resolve(file);
    } catch (e) {
      if (!(e instanceof CompactCatalogError)) throw e;
      console.error(`build: compact catalog failed: ${e.message}`);
      process.exit(1);
    }
  }
  // astro.config.mjs gives each shard its own cache folder, so shards built in turn keep their reused pages.
  const outDir = join(SHARDS_DIR, shardName);
  await runBeside({ name: `astro build (${shardName})`, args: [ASTRO, 'build', '--outDir', join(outDir, 'dist')], env: { ...process.env, CZ_SHARD: shardName, ...compact } }, checks);
}

const started = performance.now();
try {
  if (shardName === undefined) {
    const said = ahead && aheadSummary(await ahead.result);
    if (said) console.log(said);
    const { pages, reused, buckets, read } = await indexSite('dist', { keptIndex: keepDist, files: afterAstro });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const redone = buckets.filter((b) => !b.reused).map((b) => b.bucket);
    console.log(
      reused
        ? `build: search index of ${pages} pages unchanged, reused in ${seconds} s (${read} HTML files read)`
        : `build: pagefind indexed ${pages} pages in ${seconds} s (re-indexed ${redone.join(', ')}; ${buckets.length - redone.length} of ${buckets.length} indexes reused; ${read} HTML files read)`,
    );
    // Only the search index's folders changed since astro: they alone are listed again.
    if (inputs) recordLastBuild('.', 'dist', inputs, afterAstro && relistFolders('dist', afterAstro, (name) => name === 'pagefind' || name.startsWith('pagefind.')));
  } else {
    // The shard's own bucket only: the hub's pages it also built are the hub's to index.
    const outDir = join(SHARDS_DIR, shardName);
    const { buckets } = await indexBuckets(join(outDir, 'dist'), join(outDir, 'search'), { only: [shardName === 'hub' ? ARCHIVE : shardName] });
    const pages = buckets.reduce((sum, b) => sum + b.pages, 0);
    console.log(`build: search index of ${shardName} (${pages} pages${buckets.every((b) => b.reused) ? ', reused' : ''}) in ${((performance.now() - started) / 1000).toFixed(1)} s → ${outDir}/`);
  }
} catch (e) {
  if (!(e instanceof SearchIndexError)) throw e;
  console.error(`build: search index failed: ${e.message}`);
  process.exit(1);
}
