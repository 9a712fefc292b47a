// `--export DIR [--missing] [--outdated] [--ids a,b]`: writes DIR/<id>.xlf (XLIFF 2.0, xliff/export.ts)
// for each chosen Chinese article — all of them, or those whose translation is missing and/or out of
// date, or the ids named — with the translation memory of every up-to-date translation and the figures
// of each paragraph as notes.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadGlossary } from '../../../src/lib/glossary.ts';
import { readFigures, type ArticlePair } from '../content.ts';
import { buildMemory } from '../memory.ts';
import { exportArticle } from '../xliff/export.ts';

export interface ExportChoice {
  missing: boolean;
  outdated: boolean;
  ids: string[];
}

/** The articles to export: by id when named, then by state when asked for, else every one. */
export function chooseArticles(pairs: readonly ArticlePair[], choice: ExportChoice): ArticlePair[] {
  const named = choice.ids.length ? pairs.filter((p) => choice.ids.includes(p.id)) : [...pairs];
  if (!choice.missing && !choice.outdated) return named;
  return named.filter((p) => (choice.missing && p.state === 'missing') || (choice.outdated && p.state === 'outdated'));
}

export async function runExport(
  pairs: readonly ArticlePair[],
  contentDir: string,
  outDir: string,
  choice: ExportChoice,
  root = process.cwd(),
): Promise<number> {
  const unknown = choice.ids.filter((id) => !pairs.some((p) => p.id === id));
  for (const id of unknown) console.error(`translations: --ids: no Chinese article ${id} in content/articles/zh`);
  if (unknown.length) return 1;
  const chosen = chooseArticles(pairs, choice);
  const memory = buildMemory(pairs);
  const { terms } = loadGlossary(root);
  await mkdir(outDir, { recursive: true });
  let prefilled = 0;
  for (const pair of chosen) {
    const xml = await exportArticle(pair, memory, terms, await readFigures(contentDir, pair));
    prefilled += xml.split('translation memory:').length - 1;
    await writeFile(join(outDir, `${pair.id}.xlf`), xml);
  }
  console.log(`exported ${chosen.length} article(s) to ${outDir} (${prefilled} translation-memory suggestion(s) to confirm)`);
  return 0;
}
