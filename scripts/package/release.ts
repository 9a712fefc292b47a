// Makes a release of a built site: `<name>.tar.gz` and `<name>.zip` of the site in `<name>/`, then
// MANIFEST.json, VERIFY.md and SHA256SUMS (of every file inside, the archives and those two).
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeTarGz, writeZip } from './archive.ts';
import { hashFiles, listFiles, sha256File, sumsText, type HashedFile } from './hashing.ts';
import { buildInputs, manifestText, PackageError, releaseDate, releaseName, toolVersions, type Manifest } from './manifest.ts';
import { verifyDoc } from './verify-doc.ts';
import { siteUrlOf, writeWarc } from './warc.ts';

export interface ReleaseOptions {
  /** The built site. */
  distDir: string;
  /** Where the release files go. */
  outDir: string;
  /** The project folder: package.json, seeds/, content/, the lockfile, node_modules. */
  root: string;
  env: NodeJS.ProcessEnv;
  /** Also write `<name>.warc.gz`, the site as a web archive (scripts/package/warc.ts). */
  warc?: boolean;
}

export interface Release {
  name: string;
  files: string[];
  manifest: Manifest;
}

export const RELEASE_EXTRA_FILES = ['SHA256SUMS', 'MANIFEST.json', 'VERIFY.md'] as const;

export async function makeRelease(options: ReleaseOptions): Promise<Release> {
  const { distDir, outDir, root } = options;
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new PackageError(`${distDir} holds no built site (no index.html): run \`npm run build\` first, or pass --dist DIR.`);
  }
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { name?: string; version?: string };
  if (!pkg.name || !pkg.version) throw new PackageError(`${join(root, 'package.json')} needs "name" and "version" to name the release.`);
  const { date, from } = releaseDate(options.env, root);
  const name = releaseName(pkg.name, pkg.version, date);

  const paths = await listFiles(distDir);
  const files = await hashFiles(distDir, paths);
  await mkdir(outDir, { recursive: true });

  const archiveInput = { sourceDir: distDir, files: paths, prefix: name, mtime: date };
  const writers: [string, (out: string) => Promise<void>][] = [
    [`${name}.tar.gz`, (out) => writeTarGz(archiveInput, out)],
    [`${name}.zip`, (out) => writeZip(archiveInput, out)],
  ];
  if (options.warc) {
    const siteUrl = await siteUrlOf(distDir);
    const filename = `${name}.warc.gz`;
    writers.push([filename, (out) => writeWarc({ sourceDir: distDir, files: paths, siteUrl, date, release: name, filename }, out)]);
  }
  const archives: HashedFile[] = [];
  for (const [file, write] of writers) {
    const target = join(outDir, file);
    // Written beside the target and renamed: an interrupted run never leaves half an archive in place.
    const partial = `${target}.partial`;
    try {
      await write(partial);
      await rename(partial, target);
    } finally {
      await rm(partial, { force: true });
    }
    archives.push({ path: file, size: (await stat(target)).size, sha256: await sha256File(target) });
  }

  const manifest: Manifest = {
    release: name,
    name: pkg.name,
    version: pkg.version,
    date: date.toISOString(),
    dateFrom: from,
    archives,
    fileCount: files.length,
    totalBytes: files.reduce((sum, f) => sum + f.size, 0),
    files,
    inputs: await buildInputs(root),
    tools: await toolVersions(root),
  };
  const manifestFile = manifestText(manifest);
  const verifyFile = verifyDoc(manifest);
  await writeFile(join(outDir, 'MANIFEST.json'), manifestFile);
  await writeFile(join(outDir, 'VERIFY.md'), verifyFile);
  const sums = [
    ...files.map((f) => ({ path: `${name}/${f.path}`, sha256: f.sha256 })),
    ...archives,
    { path: 'MANIFEST.json', sha256: await sha256File(join(outDir, 'MANIFEST.json')) },
    { path: 'VERIFY.md', sha256: await sha256File(join(outDir, 'VERIFY.md')) },
  ];
  await writeFile(join(outDir, 'SHA256SUMS'), sumsText(sums));
  return { name, files: [...archives.map((a) => a.path), ...RELEASE_EXTRA_FILES], manifest };
}
