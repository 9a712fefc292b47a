// A result worked out from the whole archive, kept on disk between builds (issue 17: one changed article at
// 10,000 articles). Astro re-runs every route's getStaticPaths on every build, so the data files of every
// chart (components/charts/site-csvs.ts) were worked out again from all 48,000 figures — 7.8 s of a
// 60 s one-article rebuild, profiled — though a typo fixed in one report's text changes none of them.
//
// A memo is keyed on everything its value is made of, and the caller says what that is (`inputs`: for the
// chart files, the archive digest of every report's fields and figures, the glossary, SITE_URL and the base
// path, and the text of the reports that place charts by tag). The code is part of the key too: the bytes of
// the built module that calls (`codeUrl`, its own `import.meta.url`; Vite names the chunks it imports by
// their content hash, so a change anywhere below changes those bytes) and the installed packages
// (node_modules/.package-lock.json). Only in a production build (`astro build`), where that module is a built
// chunk: in dev and tests, and with CZ_BUILD_MEMO=0, the value is computed every time.
// Kept in node_modules/.cache/cz-build/memo/<name>.json, one value per name (the last), never published.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where memos are kept, relative to the project root (the build's working folder). */
export const MEMO_DIR = join('node_modules', '.cache', 'cz-build', 'memo');

/** Whether memos are read and written: an `astro build` running built JavaScript, unless CZ_BUILD_MEMO=0. */
export function memoEnabled(codeUrl: string, production: boolean = import.meta.env.PROD, env: NodeJS.ProcessEnv = process.env): boolean {
  return env.CZ_BUILD_MEMO !== '0' && production && codeUrl.startsWith('file:') && /\.m?js$/.test(codeUrl);
}

function sha256(...parts: (string | Buffer)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

/** The key of a memo: the caller's inputs, its built code and the installed packages. */
export function memoKey(codeUrl: string, inputs: unknown, root = '.'): string {
  const lock = join(root, 'node_modules', '.package-lock.json');
  return sha256(JSON.stringify(inputs) ?? 'undefined', readFileSync(fileURLToPath(codeUrl)), existsSync(lock) ? readFileSync(lock) : 'no lock', process.version);
}

/**
 * `compute()`, or its value kept from an earlier build whose key was the same. The value must survive
 * JSON as it is (strings, numbers, plain objects and arrays).
 */
export async function memoOnDisk<T>(
  name: string,
  codeUrl: string,
  inputs: unknown,
  compute: () => T | Promise<T>,
  { dir = MEMO_DIR, enabled = memoEnabled(codeUrl) }: { dir?: string; enabled?: boolean } = {},
): Promise<T> {
  if (!enabled) return compute();
  const key = memoKey(codeUrl, inputs);
  const file = join(dir, `${name}.json`);
  try {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as { key: string; value: T };
    if (kept.key === key) return kept.value;
  } catch {
    // None kept, or unreadable: compute it.
  }
  const value = await compute();
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify({ key, value }));
  renameSync(`${file}.tmp`, file);
  return value;
}
