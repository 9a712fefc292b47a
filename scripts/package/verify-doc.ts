// VERIFY.md, written beside every release: how to check the archives and the files in them with
// standard tools, and how to rebuild the same release from the same sources.
import type { Manifest } from './manifest.ts';

export function verifyDoc(m: Manifest): string {
  const tgz = m.archives.find((a) => a.path.endsWith('.tar.gz'))!.path;
  const zip = m.archives.find((a) => a.path.endsWith('.zip'))!.path;
  const warc = m.archives.find((a) => a.path.endsWith('.warc.gz'))?.path;
  const epoch = Math.floor(new Date(m.date).getTime() / 1000);
  return `# Verifying ${m.release}

This folder holds one release of the Changzhi Civic Report (长治民生报告) site:

| file | what it is |
| --- | --- |
| \`${tgz}\` | the built site (${m.fileCount} files, ${m.totalBytes} bytes), in the folder \`${m.release}/\` |
| \`${zip}\` | the same files as a zip |
${warc ? `| \`${warc}\` | the same files as a web archive (WARC 1.1), each at the address the site serves it from |\n` : ''}| \`SHA256SUMS\` | the SHA-256 of every file of the site (as \`${m.release}/…\`), of the archives, of \`MANIFEST.json\` and of this file |
| \`MANIFEST.json\` | the file list with sizes and hashes, the hashes of the build's inputs (seeds, content, lockfile) and the tool versions |

## Check the archives

In this folder (on macOS use \`shasum -a 256 -c\` for \`sha256sum -c\`):

\`\`\`sh
sha256sum -c SHA256SUMS --ignore-missing   # the archives, MANIFEST.json and VERIFY.md: each must say OK
\`\`\`

## Check every file

Unpack one archive here and check again: now every file of the site is checked too.

\`\`\`sh
tar -xzf ${tgz}          # or: unzip ${zip}
sha256sum -c SHA256SUMS  # every line must say OK; any FAILED or missing file means the copy is damaged
\`\`\`

To serve it, copy \`${m.release}/\` to a web server (see "Deploying" in the project README).

## Rebuild it

The release was built from commit \`${m.inputs.commit ?? 'unknown'}\`${m.inputs.uncommittedChanges ? ' with uncommitted changes' : ''}, dated ${m.date} (${m.dateFrom}). The archives
carry that date, not the time they were made, so the same sources give byte-identical archives:

\`\`\`sh
git checkout ${m.inputs.commit ?? '<commit>'}
npm ci
SOURCE_DATE_EPOCH=${epoch} npm run package
\`\`\`

Tools used: ${Object.entries(m.tools)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}. The inputs' hashes in \`MANIFEST.json\` can be recomputed in the project folder:

\`\`\`sh
sha256sum package-lock.json seeds/*
find content -type f | LC_ALL=C sort | xargs sha256sum | sha256sum   # inputs.content.sha256
\`\`\`
`;
}
