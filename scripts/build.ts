// `npm run build`: ingest (writes only what changed) → content check (an editor's checklist of wrong
// fields, before Astro's own message) → astro build → Pagefind index of dist/.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { indexSite, SearchIndexError } from './search/index-site.ts';

// Astro's package exports hide its bin; run the file itself on this Node (24) rather than trust PATH.
const ASTRO = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));

function run(step: string, args: string[]): void {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build: ${step} failed (exit ${result.status ?? result.signal}); dist/ was not updated by later steps.`);
    process.exit(result.status || 1);
  }
  console.log(`build: ${step} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

run('ingest', ['scripts/ingest/cli.ts', '--quiet']);
run('content check', ['scripts/content/check.ts', '--quiet']);
run('glossary coverage', ['scripts/glossary/coverage.ts']);
run('astro build', [ASTRO, 'build']);

const started = performance.now();
try {
  const { pages, reused } = await indexSite('dist');
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(reused ? `build: search index of ${pages} pages unchanged, reused in ${seconds} s` : `build: pagefind indexed ${pages} pages in ${seconds} s`);
} catch (e) {
  if (!(e instanceof SearchIndexError)) throw e;
  console.error(`build: search index failed: ${e.message}`);
  process.exit(1);
}
