// The places an English item on a Chinese page is about (`… in Pingshun, Licheng and Wuxiang counties`):
// the gazetteer's English names of the city, its county-level divisions and the zone, as whole words. The
// Chinese scanner (describe/regions.ts) reads Chinese text only; towns are left to it.

import { CITY, isCountyLevel, PLACES, type Place } from '../../../src/domain/places/gazetteer.ts';

/** `Pingshun County` → `Pingshun`; the zone is named in full (`Changzhi High-tech …`), or as `high-tech zone`. */
const FORMS: readonly { pattern: RegExp; place: Place }[] = PLACES.filter(isCountyLevel).flatMap((place) => {
  const proper = place.level === 'zone' ? place.en : place.en.replace(/ (?:County|District)$/u, '');
  const forms = place.level === 'zone' ? [proper, 'high-tech zone', 'hi-tech zone'] : [proper];
  return forms.map((form) => ({ pattern: new RegExp(`\\b${form.replace(/[.]/gu, '\\.')}\\b`, 'iu'), place }));
});

/**
 * The places an English text names, as the gazetteer's Chinese names, in gazetteer order: county-level
 * places by their English names, and the city (`Changzhi`) where it is named other than as part of the zone's name.
 */
export function findEnglishPlaces(text: string): string[] {
  const found = new Set(FORMS.filter((f) => f.pattern.test(text)).map((f) => f.place.name));
  const zone = FORMS.find((f) => f.place.level === 'zone')?.place.en ?? '';
  const withoutZone = zone ? text.replace(new RegExp(zone.replace(/[.]/gu, '\\.'), 'giu'), '') : text;
  if (/\bChangzhi\b/u.test(withoutZone)) found.add(CITY.name);
  return PLACES.filter((p) => found.has(p.name)).map((p) => p.name);
}
