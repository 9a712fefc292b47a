import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspDigestMemo, DIGEST_DECLARATION, ENCRYPTION_MODULE, keepCspDigests } from './csp-digest-memo.ts';

const astroRoot = dirname(createRequire(import.meta.url).resolve('astro/package.json'));

describe('keepCspDigests', () => {
  it("finds its form in the installed Astro's encryption module, once", () => {
    const code = readFileSync(join(astroRoot, 'dist', 'core', 'encryption.js'), 'utf8');
    expect(code.split(DIGEST_DECLARATION)).toHaveLength(2);
    expect(keepCspDigests(code)).toContain('async function generateCspDigestOnce(data, algorithm) {');
  });

  it('hashes each text once per algorithm and gives every caller the same digest', async () => {
    const module = `${DIGEST_DECLARATION}\n  hashed.push([algorithm, data]);\n  return algorithm + ':' + data.length;\n}`;
    const hashed: [string, string][] = [];
    const digest = new Function('hashed', `${keepCspDigests(module)}\nreturn generateCspDigest;`)(hashed) as (d: string, a: string) => Promise<string>;
    const style = 'a{color:red}';
    expect(await Promise.all([digest(style, 'SHA-256'), digest(style, 'SHA-256'), digest(style, 'SHA-512'), digest('b{}', 'SHA-256')])).toEqual([
      'SHA-256:12',
      'SHA-256:12',
      'SHA-512:12',
      'SHA-256:3',
    ]);
    expect(hashed).toEqual([
      ['SHA-256', style],
      ['SHA-512', style],
      ['SHA-256', 'b{}'],
    ]);
  });

  it('leaves a module without the declaration, or with it twice, as it is', () => {
    expect(keepCspDigests('export const x = 1;')).toBeUndefined();
    expect(keepCspDigests(`${DIGEST_DECLARATION}}\n${DIGEST_DECLARATION}}`)).toBeUndefined();
  });
});

describe('cspDigestMemo', () => {
  const hook = cspDigestMemo().transform as { filter: { id: RegExp }; handler: (code: string, id: string) => { code: string } | undefined };
  const transform = (code: string, id: string) => (hook.filter.id.test(id) ? hook.handler(code, id) : undefined);
  const module = `${DIGEST_DECLARATION}\n  return data;\n}`;

  it("transforms Astro's encryption module only", () => {
    expect(transform(module, `/x/node_modules${ENCRYPTION_MODULE}`)?.code).toBe(keepCspDigests(module));
    expect(transform(module, `/x/node_modules${ENCRYPTION_MODULE}?v=1`)?.code).toBe(keepCspDigests(module));
    expect(transform(module, 'C:\\x\\node_modules\\astro\\dist\\core\\encryption.js')?.code).toBe(keepCspDigests(module));
    expect(transform(module, '/x/src/lib/encryption.js')).toBeUndefined();
    expect(hook.filter.id.test('/x/node_modules/astro/dist/content/data-store.js')).toBe(false);
  });
});
