// The compile-cache preload: on for a script and the processes it starts, off under CI (compile-cache.ts).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPILE_CACHE_DIR, compileCacheDir } from './compile-cache.ts';

const PRELOAD = join(import.meta.dirname, 'compile-cache.ts');
// What a script preloaded with the module sees, and what a Node process it starts sees.
const PROBE = `import module from 'node:module'; import { execFileSync } from 'node:child_process';
const child = execFileSync(process.execPath, ['-e', "console.log(require('node:module').getCompileCacheDir() ?? 'off')"], { encoding: 'utf8' }).trim();
console.log(JSON.stringify({ own: module.getCompileCacheDir() ?? 'off', child }));`;

function probe(env: NodeJS.ProcessEnv): { own: string; child: string } {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['CI', 'NODE_COMPILE_CACHE', 'NODE_DISABLE_COMPILE_CACHE'].includes(k)));
  const out = execFileSync(process.execPath, ['--import', PRELOAD, '--input-type=module', '-e', PROBE], { env: { ...clean, ...env }, encoding: 'utf8' });
  return JSON.parse(out.trim());
}

describe('compile cache', () => {
  it('is on for the script and for the Node processes it starts', () => {
    const seen = probe({});
    // Node keeps each version's code in a folder of its own inside the cache.
    expect(seen.own.startsWith(`${COMPILE_CACHE_DIR}/`)).toBe(true);
    expect(seen.child.startsWith(`${COMPILE_CACHE_DIR}/`)).toBe(true);
  });

  it('stays off under CI and when Node is told to disable it', () => {
    expect(probe({ CI: 'true' })).toEqual({ own: 'off', child: 'off' });
    expect(compileCacheDir({ NODE_DISABLE_COMPILE_CACHE: '1' })).toBeUndefined();
  });

  it('leaves a NODE_COMPILE_CACHE set by hand as it is', () => {
    expect(compileCacheDir({ NODE_COMPILE_CACHE: '/elsewhere' })).toBe('/elsewhere');
    expect(compileCacheDir({})).toBe(COMPILE_CACHE_DIR);
  });
});
