// Stems of county names the gazetteer does not read alone, because they also name something else: 潞州 (the
// city's old name, 潞州古城) and 上党 (the historic region: 上党梆子, 上党战役). On a page that names the county
// in full (潞州区：一本民生账…), its box or brief that says only the stem (数读潞州民生) is about that county;
// so is a stem listed among counties a county-level word closes (潞州、上党等县区); elsewhere the stem says
// nothing (src/domain/places/gazetteer-data.ts says why they are not short forms).

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

// A county by any form in a list a county-level word closes (`潞州、上党等县区`, `潞州、潞城两区`,
// `黎城、平顺、潞州三县区`): there a held-back stem can only be the county.
const COUNTY_FORMS = PLACES.filter((p) => isCountyLevel(p) && p.level !== 'zone')
  .flatMap((p) => [p.name, ...p.shortForms, ...HELD_BACK.filter((h) => h.place === p).map((h) => h.stem)])
  .sort((a, b) => b.length - a.length);
const FORM = `(?:${COUNTY_FORMS.join('|')})`;
const COUNTY_LIST = new RegExp(`${FORM}(?:[、和与及]${FORM})*(?=(?:[两二三四五六七八九十\\d]+个?|等)?(?:县区|区县|县|区)(?![\\p{Script=Han}]{0,1}[委政]))`, 'gu');

/** The counties whose held-back stem `text` lists among counties a county-level word closes, with offsets. */
export function listedHeldBack(text: string): { key: string; at: number }[] {
  const found: { key: string; at: number }[] = [];
  for (const list of text.matchAll(COUNTY_LIST)) {
    for (const { stem, place } of HELD_BACK) {
      for (const m of list[0].matchAll(new RegExp(stem, 'gu'))) {
        const at = list.index + m.index;
        // The stem of the full name (上党区) is the full name, which the scanner reads.
        if (!/[区县市]/u.test(text[at + stem.length] ?? '')) found.push({ key: placeKey(place), at });
      }
    }
  }
  return found;
}

/** `text` prints a held-back stem (数读潞州民生): it speaks of a place, though which one only its page can tell. */
export function printsHeldBackStem(text: string): boolean {
  return HELD_BACK.some(({ stem }) => new RegExp(`${stem}(?![区县市])`, 'u').test(text));
}
