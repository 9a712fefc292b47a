// A run of days as a text prints it (`11月7日至13日`, `12月1日—12月7日`, `10月1日–8日`): one recogniser, the dash set
// once, for every reader of a run of days set off before a report's counts — period-printed.ts (the span the counts are
// over) and place-offices.ts (the dates that may lead a sentence opening on an office). The dash between the days is the
// range mark (units.ts RANGE_MARK).

import { RANGE_MARK } from './units.ts';

/** A run of days, `11月7日至13日` or `11月28日至12月4日`: the first day's month and day, a dash, the last day (its month if it differs). */
export const DAYS_RUN = String.raw`[0-9]{1,2}月[0-9]{1,2}日\s*${RANGE_MARK}\s*(?:[0-9]{1,2}月)?[0-9]{1,2}日`;
