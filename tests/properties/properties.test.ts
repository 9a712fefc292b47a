// Issue 15's checks on the ingest's output (checks.ts) over every dev page as written and every seed:
// places from the gazetteer, no article dated by a plan year, no done figure in the future, every article
// dated or reported undated, furniture out of bodies, captions that are captions, English items on their own,
// no empty article. The printed variants of the dev pages run in variants-*.test.ts; the holdout never.
import { ALLOWANCES } from './allowances.ts';
import { devPages, seedPages } from './corpus.ts';
import { checkProperties } from './run.ts';

checkProperties('dev pages and seeds as written', () => [...devPages(), ...seedPages()], ALLOWANCES);
