// `--import DIR [--force]`: reads every DIR/*.xlf|*.xliff, decides what each article's English file becomes
// (xliff/import.ts) and writes it atomically (temp file + rename), printing what was created, updated,
// left unchanged or refused and why. Exits 1 when anything was refused; what could be imported still is.
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticlePair } from '../content.ts';
import { formatProblem } from '../checks/problem.ts';
import { readXliff, type XliffJs } from '../xliff/library.ts';
import { planImport } from '../xliff/import.ts';
import { isoDay } from '../stamp.ts';

export async function runImport(pairs: readonly ArticlePair[], contentDir: string, inDir: string, force: boolean): Promise<number> {
  const names = (await readdir(inDir).catch(() => [] as string[])).filter((n) => /\.(xlf|xliff)$/i.test(n)).sort();
  if (!names.length) {
    console.error(`translations: --import ${inDir}: no .xlf or .xliff files there`);
    return 1;
  }
  const options = { force, day: isoDay(new Date()), englishPath: (id: string, extension: string) => join(contentDir, 'articles', 'en', `${id}${extension}`) };
  let refused = 0;
  for (const name of names) {
    const file = join(inDir, name);
    let doc: XliffJs;
    try {
      doc = await readXliff(await readFile(file, 'utf8'));
    } catch (error) {
      console.error(`${file}: cannot read it as XLIFF 2.0 (${(error as Error).message}); export the article again.`);
      refused++;
      continue;
    }
    for (const outcome of planImport(file, doc, pairs, options)) {
      if (outcome.action === 'refused') {
        refused++;
        for (const f of outcome.findings) console.error(formatProblem(f));
        continue;
      }
      if (outcome.action !== 'unchanged') {
        const temp = `${outcome.path}.${process.pid}.tmp`;
        await writeFile(temp, outcome.text);
        await rename(temp, outcome.path);
      }
      console.log(`${outcome.action.padEnd(9)} ${outcome.path} (from ${file})`);
    }
  }
  if (refused) console.error(`translations: ${refused} article(s) not imported; see above.`);
  return refused ? 1 : 0;
}
