// SHA-256 of files and of file trees, in the forms `sha256sum` reads and writes, so that anyone can
// check a release with standard tools and recompute the input hashes the manifest records.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export interface HashedFile {
  /** POSIX path relative to the folder it was listed from (or as it should appear in SHA256SUMS). */
  path: string;
  size: number;
  sha256: string;
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Every regular file under `dir`, as POSIX paths relative to it, in byte order of their UTF-8 names
 * (the order `LC_ALL=C sort` gives): the same on every machine and file system.
 */
export async function listFiles(dir: string): Promise<string[]> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
  return names.sort(byteOrder);
}

export function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

export async function hashFiles(dir: string, paths: readonly string[]): Promise<HashedFile[]> {
  const out: HashedFile[] = [];
  for (const path of paths) {
    const full = join(dir, path);
    out.push({ path, size: (await stat(full)).size, sha256: await sha256File(full) });
  }
  return out;
}

/** Lines as `sha256sum` prints them (hash, two spaces, path), which `sha256sum -c` checks. */
export function sumsText(files: readonly { path: string; sha256: string }[]): string {
  return files.map((f) => `${f.sha256}  ${f.path}\n`).join('');
}

/**
 * One hash for a folder of inputs: the SHA-256 of its `sha256sum` listing, paths prefixed with `label`
 * and in byte order. The same as `find <label> -type f | LC_ALL=C sort | xargs sha256sum | sha256sum`
 * run in the folder above it.
 */
export async function treeHash(dir: string, label: string): Promise<{ files: number; sha256: string }> {
  const files = await hashFiles(dir, await listFiles(dir));
  const listing = sumsText(files.map((f) => ({ ...f, path: `${label}/${f.path}` })).sort((a, b) => byteOrder(a.path, b.path)));
  return { files: files.length, sha256: createHash('sha256').update(listing).digest('hex') };
}
