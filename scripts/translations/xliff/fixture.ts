// Test helpers: a private copy of the project's content (articles, figures) in the OS temp folder, so
// tests can plant faults, delete translations and import without touching content/; and XLIFF documents
// read back with the `xliff` package (library.ts), as a translator's tool would.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export { readXliff } from './library.ts';

export async function copyContent(): Promise<{ dir: string; done: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'cz-translations-'));
  await cp('content/articles', join(dir, 'articles'), { recursive: true });
  await cp('content/figures', join(dir, 'figures'), { recursive: true });
  return { dir, done: () => rm(dir, { recursive: true, force: true }) };
}

/** Replaces `from` (which must occur) with `to` in a file. */
export async function edit(path: string, from: string | RegExp, to: string): Promise<void> {
  const text = await readFile(path, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`edit: ${String(from)} not found in ${path}`);
  await writeFile(path, changed);
}
