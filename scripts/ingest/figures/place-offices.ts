// The level an office opening a sentence speaks for (`市交通运输局有关负责人表示，明年将…`, `县政府办负责人介绍，…`):
// a city office for the city, a county's or district's office for the county the wider text names. A sentence that
// names no place of its own but opens on such an office is about that level, not about the place named last before
// it (a county in a list, a town in the paragraph before) — unless it points back to that place (`该小区`), when the
// office only tells of it. figures/place.ts reads it after the sentence's own places.

import { findPlace, type PlaceMention } from './place-names.ts';

// 市, 县 or 区, then the office's name up to its kind (局, 委, 办, 中心, 政府, 公司 …), opening the sentence (after 据).
const OFFICE = /^(?:据)?([市县区])[\p{Script=Han}]{0,8}?(?:局|委员会|委|办公室|办|中心|政府|公司|院)/u;

const POINTER = /[该这此](?:个|些|座|所|条|家|项|处)?[\p{Script=Han}]/u;

/** The mention of the level an office opening the sentence speaks for; [] where no office opens it. */
export function officeLevel(sentence: string): PlaceMention[] {
  const found = OFFICE.exec(sentence.trimStart());
  // (A pointer back, `该小区`, `这个村`, keeps the sentence on the place before: the office only tells of it.)
  if (!found || POINTER.test(sentence)) return [];
  const span = { at: 0, end: found[0].length };
  if (found[1] === '市') {
    const city = findPlace('长治市');
    return city ? [{ ...span, place: city }] : [];
  }
  return [{ ...span, relative: 'county' }];
}
