// Stems of county names the gazetteer does not read alone, because they also name something else: 潞州 (the
// city's old name, 潞州古城) and 上党 (the historic region: 上党梆子, 上党战役). On a page that names the county
// in full (潞州区：一本民生账…), its box or brief that says only the stem (数读潞州民生) is about that county;
// elsewhere the stem says nothing (src/domain/places/gazetteer-data.ts says why they are not short forms).

import { isCountyLevel, PLACES, type Place } from '../../../src/domain/places/gazetteer.ts';
import { placeKey } from '../../../src/domain/places/regions.ts';

const HELD_BACK: readonly { stem: string; place: Place }[] = PLACES.filter((p) => isCountyLevel(p) && p.level !== 'zone')
  .map((place) => ({ stem: place.name.replace(/[区县]$/u, ''), place }))
  .filter(({ stem, place }) => [...stem].length >= 2 && !place.shortForms.includes(stem));

/**
 * The counties whose held-back stem `text` prints (not as part of the full name, 潞州区), among those the
 * page names in full (`pageKeys`, place keys), as place keys in the gazetteer's order.
 */
export function heldBackCounties(text: string, pageKeys: ReadonlySet<string>): string[] {
  return HELD_BACK.filter(({ stem, place }) => pageKeys.has(placeKey(place)) && new RegExp(`${stem}(?![区县市])`, 'u').test(text)).map(
    ({ place }) => placeKey(place),
  );
}

/** `text` prints a held-back stem (数读潞州民生): it speaks of a place, though which one only its page can tell. */
export function printsHeldBackStem(text: string): boolean {
  return HELD_BACK.some(({ stem }) => new RegExp(`${stem}(?![区县市])`, 'u').test(text));
}
