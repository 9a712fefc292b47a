// Issue 15's output checks (checks.ts) over the dev pages printed the ways a text export prints them
// (scripts/eval/variants.ts): shard 1 of 2 of the variants, each over its share of the dev pages in CI
// (corpus.ts SAMPLE_EVERY; `CZ_PROPERTIES_ALL=1 npx vitest run tests/properties` prints every page every way).
import { ALLOWANCES } from './allowances.ts';
import { devPages, variantShard } from './corpus.ts';
import { checkProperties } from './run.ts';

for (const { variant, sample } of variantShard(0, 2)) {
  checkProperties(`dev pages, ${variant.name}`, () => devPages(variant, sample), ALLOWANCES);
}
