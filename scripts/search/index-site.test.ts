// The Pagefind binary the search index is built with (index-site.ts pagefindBinary): the one Pagefind's own
// launcher would run, the extended build where the platform ships it, of the installed package's version; and how many
// groups it indexes at once (pagefindJobs).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagefindBinary, pagefindJobs } from './index-site.ts';

const ROOT = join(import.meta.dirname, '..', '..');

describe('pagefindBinary', () => {
  it('is the extended binary (it segments Chinese) of the installed pagefind package', async () => {
    const binary = await pagefindBinary();
    if (process.platform === 'linux' && process.arch === 'x64') expect(basename(binary)).toBe('pagefind_extended');
    const version = (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'pagefind', 'package.json'), 'utf8')) as { version: string }).version;
    expect(execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim()).toBe(`pagefind ${version}`);
  });

  it('is the binary Pagefind’s launcher runs', async () => {
    const launcher = join(ROOT, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
    const said = execFileSync(process.execPath, [launcher, '--version', '--verbose'], { encoding: 'utf8' });
    expect(said).toContain(`Running the executable at ${await pagefindBinary()}`);
  });
});

describe('pagefindJobs', () => {
  it('is one Pagefind run per core unless CZ_PAGEFIND_JOBS says how many', () => {
    expect(pagefindJobs(undefined, 2)).toBe(2);
    expect(pagefindJobs('', 4)).toBe(4);
    expect(pagefindJobs('1', 8)).toBe(1);
    expect(pagefindJobs(undefined, 0)).toBe(1);
  });
  it('refuses a value that is not a count, naming the variable', () => {
    for (const bad of ['0', '-1', '1.5', 'two']) expect(() => pagefindJobs(bad, 2)).toThrow(/CZ_PAGEFIND_JOBS must be a whole number/);
  });
});
