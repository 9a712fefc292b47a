// Issue 15's output checks (checks.ts) over the dev pages printed the ways a text export prints them
// (scripts/eval/variants.ts): shard 4 of 8 of the variants, so that each file runs within its time.
import { ALLOWANCES } from './allowances.ts';
import { devPages, variantShard } from './corpus.ts';
import { checkProperties } from './run.ts';

for (const variant of variantShard(3, 8)) checkProperties(`dev pages, ${variant.name}`, () => devPages(variant), ALLOWANCES);
