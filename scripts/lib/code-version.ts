// The version of the code a build step runs, for notes kept between runs of it (file-notes.ts): the site's code
// as src/lib/build-memo.ts digests it (src/, the config and package files, the installed packages, Node's
// version) and every file under scripts/. A note made by other code is made again: a fixed check must not
// pass a file on the word of the check it replaced.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { codeDigest } from '../../src/lib/build-memo.ts';

/** sha256 of the site's code and the scripts under `root`. */
export function codeVersion(root = '.'): string {
  const hash = createHash('sha256').update(codeDigest(root)).update('\0');
  const scripts = join(root, 'scripts');
  const files = existsSync(scripts)
    ? readdirSync(scripts, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
        .sort()
    : [];
  for (const file of files) hash.update(file).update('\0').update(readFileSync(join(root, file))).update('\0');
  return hash.digest('hex');
}
