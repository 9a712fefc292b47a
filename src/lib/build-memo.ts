// A result worked out from the whole archive, kept on disk between builds (issue 17: one changed article at
// 10,000 articles). Astro re-runs every route's getStaticPaths on every build, so the data files of every
// chart (components/charts/site-csvs.ts) were worked out again from all 48,000 figures — 7.8 s of a
// 60 s one-article rebuild, profiled — though a typo fixed in one report's text changes none of them.
//
// A memo is keyed on everything its value is made of, and the caller says what that is (`inputs`: for the
// chart files, the archive digest of every report's fields and figures, the glossary, SITE_URL and the base
// path, and the text of the reports that place charts by tag). The code is part of the key too: the bytes of
// every file under src/, the config and package files and the installed packages
// (node_modules/.package-lock.json), with Node's version. (Not the built chunk's bytes: Vite names chunks by
// content hash, and the content store's chunk, imported below every page, changes with every edit.) Only in
// a production build (`astro build`): in dev and tests, and with CZ_BUILD_MEMO=0, the value is computed every
// time. Kept in node_modules/.cache/cz-build/memo/<name>.json, one value per name (the last), never published.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Where memos are kept, relative to the project root (the build's working folder). */
export const MEMO_DIR = join('node_modules', '.cache', 'cz-build', 'memo');

/** Whether memos are read and written: in `astro build`, unless CZ_BUILD_MEMO=0. */
export function memoEnabled(production: boolean = import.meta.env.PROD, env: NodeJS.ProcessEnv = process.env): boolean {
  return env.CZ_BUILD_MEMO !== '0' && production;
}

/** The files whose bytes are the site's code, relative to `root`. */
const CODE = ['src', 'astro.config.mjs', 'package.json', 'tsconfig.json', join('node_modules', '.package-lock.json')];

const codeDigests = new Map<string, string>();

/** sha256 of the site's code under `root` (paths and bytes of CODE's files, and Node's version), once per process. */
export function codeDigest(root = '.'): string {
  let value = codeDigests.get(root);
  if (value === undefined) {
    const hash = createHash('sha256').update(process.version).update('\0');
    for (const path of CODE.flatMap((entry) => filesUnder(root, entry)).sort()) {
      hash.update(path).update('\0').update(readFileSync(join(root, path))).update('\0');
    }
    codeDigests.set(root, (value = hash.digest('hex')));
  }
  return value;
}

function filesUnder(root: string, entry: string): string[] {
  const path = join(root, entry);
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [entry.split(sep).join('/')];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'));
}

/** The key of a memo: the caller's inputs and the site's code. */
export function memoKey(inputs: unknown, root = '.'): string {
  return createHash('sha256')
    .update(JSON.stringify(inputs) ?? 'undefined')
    .update('\0')
    .update(codeDigest(root))
    .digest('hex');
}

/**
 * `compute()`, or its value kept from an earlier build whose key was the same. The value must survive
 * JSON as it is (strings, numbers, plain objects and arrays).
 */
export async function memoOnDisk<T>(
  name: string,
  inputs: unknown,
  compute: () => T | Promise<T>,
  { dir = MEMO_DIR, root = '.', enabled = memoEnabled() }: { dir?: string; root?: string; enabled?: boolean } = {},
): Promise<T> {
  if (!enabled) return compute();
  const key = memoKey(inputs, root);
  const file = join(dir, `${name}.json`);
  try {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as { key: string; value: T };
    if (kept.key === key) return kept.value;
  } catch {
    // None kept, or unreadable: compute it.
  }
  const value = await compute();
  mkdirSync(dir, { recursive: true });
  // A temporary file of this process's own: shards and the hub built side by side on one checkout keep the
  // same memos (the related reports) at once.
  const fresh = `${file}.${process.pid}.tmp`;
  writeFileSync(fresh, JSON.stringify({ key, value }));
  renameSync(fresh, file);
  return value;
}
