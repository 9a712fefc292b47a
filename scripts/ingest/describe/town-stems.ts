// A town named by its bare stem right after its own county, the two as one chain (`沁源县灵空山冰雪乐园`,
// `沁县沁州黄小米`): the county tells which town the stem is, as `沁源县灵空山镇` would. A stem alone in running
// text is not read (洪水, 上司 are words: src/domain/places/gazetteer.ts), only one its county opens.

import { isTownLevel, placesIn, type Place } from '../../../src/domain/places/gazetteer.ts';

/**
 * The town of `county` whose stem (the short form the gazetteer gives it: 灵空山 for 灵空山镇) `text` prints
 * at `at`, right where the county's name ends; the longest stem wins. Undefined where the full name stands
 * there (the scanner reads that) or no stem of the county's towns does.
 */
export function townStemAt(text: string, at: number, county: Place): { place: Place; end: number } | undefined {
  const rest = text.slice(at);
  let found: { place: Place; end: number } | undefined;
  for (const town of placesIn(county.name)) {
    if (!isTownLevel(town) || rest.startsWith(town.name)) continue;
    for (const stem of town.shortForms) {
      if (rest.startsWith(stem) && (found === undefined || at + stem.length > found.end)) found = { place: town, end: at + stem.length };
    }
  }
  return found;
}
