// Whether a line opens with a place's name, and which: a gazetteer place (src/domain/places/) read where the line
// starts (`黎城县冬季送温暖`, `武乡县板山景区红叶漫山`, `壶关：…`), never a word that only ends like one (`全市`, `城区`).
// One question for every reader that asks it: a piece's own headline over the lead that opens with its place
// (segment-item-column.ts), a headline under a column's name over a lower line that names its own place
// (run-titles.ts).

import { scanPlaces } from '../../../src/domain/places/gazetteer.ts';

/** The place `line` opens with, as printed (`黎城县`, `壶关`), or undefined. */
export function openingPlace(line: string): string | undefined {
  const first = scanPlaces(line.trim())[0];
  return first?.start === 0 ? first.text : undefined;
}
