// The dev pages the metamorphic evals start from, each with its gold and its text as decoded: read once here so
// the variants eval (variants.ts) and the mixed pages eval (variants-mixed*.ts) share them without importing
// each other.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from '../ingest/decode.ts';
import { loadGold, type GoldPage } from './gold.ts';

export const DEV = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'pages', 'dev');

export interface PageText {
  gold: GoldPage;
  /** The page as decoded (LF line ends, spaces normalised): the original every variant starts from. */
  text: string;
}

export function loadPages(dir = DEV, only?: string): PageText[] {
  return loadGold(dir)
    .filter((g) => !only || g.name.includes(only))
    .map((gold) => ({ gold, text: decode(new Uint8Array(readFileSync(gold.textFile))).text }));
}
