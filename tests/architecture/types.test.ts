// The whole project type-checks (`tsc --noEmit`, TypeScript's strict settings from astro/tsconfigs/strict): Node
// runs the scripts by stripping their types without checking them, and Vitest does the same, so a wrong type
// would otherwise only show as a failure at run time, or never. Before `astro sync` has written .astro/ (a clean
// clone), src/env.d.ts gives Astro's client types; afterwards the generated collection types refine them.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');

describe('types', () => {
  it('tsc --noEmit reports no error in src/, scripts/ or tests/', async () => {
    const tsc = resolve(ROOT, 'node_modules', '.bin', 'tsc');
    const run = await promisify(execFile)(tsc, ['--noEmit', '-p', '.'], { cwd: ROOT, maxBuffer: 16 << 20 }).then(
      () => '',
      (e: { code?: number | string; message?: string; stdout?: string; stderr?: string }) => `${e.stdout ?? ''}${e.stderr ?? ''}` || `tsc failed (${e.code}): ${e.message}`,
    );
    // Any output is a failure: the errors, or why tsc could not run (exit code and message).
    expect(run).toBe('');
  }, 120_000);
});
