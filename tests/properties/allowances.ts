// The faults the properties (checks.ts) still find on dev pages, each counted and named with why it is left:
// the rule at fault and whose file it is in (session 14's owners: F18 figure status/year/period, LT18 places,
// S21 structure). One list for every printing of the pages (properties.test.ts, variants-*.test.ts); a fault
// fixed comes off it, and a count may only go down.
import type { Allowance } from './run.ts';

export const ALLOWANCES: Readonly<Record<string, readonly Allowance[]>> = {
  'no done figure is dated after its page': [
    // A table under `2025—2026年采暖季…收费标准` (page of 2025-12-02): each price of the table is dated by the far
    // end of the season (2026); the gold, and the rule of property 3, date a price in force this winter by its
    // start. The figures' year (F18: scripts/ingest/figures, a table's year from the span above it).
    { page: '166-spreadsheet-pipe-table-keyvalue-lines-braces-tilde', max: 12, why: 'table prices dated by the far end of a season' },
    // `2026年度城乡居民医保集中征缴工作进展顺利，全市已有241万人完成参保缴费，参保率达到97%`: the count of people who
    // have paid so far takes the scheme's year (2026) of its clause; it is done, in 2025 (F18, figure year).
    { page: '183-city-story-county-scene-county-story-city-frame', max: 2, why: 'a done count dated by the scheme year of its clause' },
    // A fixed-width price table under `2025—2026年采暖季…`: as on 166 (F18, figure year).
    { page: '259-fixed-width-and-tab-tables-unit-headers-star-list-crlf', max: 4, why: 'table prices dated by the far end of a season' },
  ],
};
