// `npm run package -- [--dist DIR] [--out DIR] [--skip-build] [--warc]`
// Builds the site (`npm run build`) unless --dist names a site already built or --skip-build is given,
// then writes the release into --out (default release/): archives, SHA256SUMS, MANIFEST.json, VERIFY.md.
// The release is named and dated from package.json and SOURCE_DATE_EPOCH or the latest commit.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { PackageError, releaseDate } from './manifest.ts';
import { makeRelease } from './release.ts';
import { readOptions, runCommand } from '../lib/command.ts';

const USAGE = `usage: npm run package -- [--dist DIR] [--out DIR] [--skip-build] [--warc]
  --dist DIR     package this built site as it is (default: build into dist/ first)
  --out DIR      where the release files go (default: release)
  --skip-build   package dist/ without building it again
  --warc         also write <release>.warc.gz, the site as a web archive (WARC 1.1)`;

async function main(argv: string[]): Promise<number> {
  const read = readOptions('package', USAGE, argv, {
    dist: { type: 'string' },
    out: { type: 'string', default: 'release' },
    'skip-build': { type: 'boolean', default: false },
    warc: { type: 'boolean', default: false },
  });
  if (read.exit !== undefined) return read.exit;
  const { values } = read;
  const root = resolve(import.meta.dirname, '..', '..');
  try {
    // Before a build of several seconds: a release without a date cannot be made anyway.
    releaseDate(process.env, root);
  } catch (error) {
    if (!(error instanceof PackageError)) throw error;
    console.error(`package: ${error.message}`);
    return 1;
  }
  if (!values.dist && !values['skip-build']) {
    const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.ts')], { stdio: 'inherit', cwd: root });
    if (built.status !== 0) {
      console.error('package: the build failed (see above); no release written.');
      return 1;
    }
  }
  const distDir = values.dist ?? join(root, 'dist');
  try {
    const release = await makeRelease({ distDir, outDir: values.out, root, env: process.env, warc: values.warc });
    console.log(`package: ${release.name} (${release.manifest.fileCount} files, dated ${release.manifest.date} from ${release.manifest.dateFrom})`);
    for (const file of release.files) console.log(`  ${join(values.out, file)}`);
    console.log(`package: check it with \`cd ${values.out} && sha256sum -c SHA256SUMS --ignore-missing\` (see VERIFY.md)`);
    return 0;
  } catch (error) {
    if (error instanceof PackageError) {
      console.error(`package: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

// Bad input is reported above in plain words; anything reaching here is a bug in the packager.
runCommand('package', 'npm run package', () => main(process.argv.slice(2)));
