// The places a text names, with offsets, as figure regions write them: `长治市`, a county (`壶关县`), or a
// town under its county (`上党区西火镇`). A thin reader over the regions vocabulary; relative words (`全县`,
// `该区`, `全镇`) are returned with the level they stand for, to be resolved from the context.

import { CITY, COUNTIES, TOWNS } from '../../../src/domain/places/regions.ts';
import { SHORT_FORMS } from '../lexicon/regions.ts';

export type PlaceLevel = 'city' | 'county' | 'town';

export interface Place {
  /** The name a figure record carries: `长治市`, `壶关县`, `上党区西火镇`. */
  name: string;
  level: PlaceLevel;
  /** For a town, its county; for a county, the city. */
  parent?: string;
}

export interface PlaceMention {
  at: number;
  end: number;
  /** A named place, or a relative word standing for the place of that level in the context. */
  place?: Place;
  relative?: PlaceLevel;
}

const CITY_PLACE: Place = { name: CITY, level: 'city' };
const BY_NAME = new Map<string, Place>();
BY_NAME.set(CITY, CITY_PLACE);
BY_NAME.set('我市', CITY_PLACE);
BY_NAME.set('全市', CITY_PLACE);
for (const county of Object.keys(COUNTIES)) BY_NAME.set(county, { name: county, level: 'county', parent: CITY });
for (const { text, county, onlyAtPhraseStart } of SHORT_FORMS) {
  if (!onlyAtPhraseStart) BY_NAME.set(text, { name: county, level: 'county', parent: CITY });
}
for (const [county, towns] of Object.entries(TOWNS)) {
  for (const town of towns) BY_NAME.set(town, { name: `${county}${town}`, level: 'town', parent: county });
}
// A town named after its county (`平顺县北社乡`) is read as one mention by the longest-first pattern.
for (const [county, towns] of Object.entries(TOWNS)) {
  for (const town of towns) BY_NAME.set(`${county}${town}`, BY_NAME.get(town)!);
}

const RELATIVE: Record<string, PlaceLevel> = {
  全县: 'county', 该县: 'county', 县里: 'county', 全区: 'county', 该区: 'county', 区里: 'county',
  全镇: 'town', 该镇: 'town', 镇里: 'town', 全乡: 'town', 该乡: 'town', 全街道: 'town',
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PATTERN = new RegExp([...BY_NAME.keys(), ...Object.keys(RELATIVE)].sort((a, b) => b.length - a.length).map(escape).join('|'), 'g');

/** Every place and relative place word in a text, in order. */
export function scanPlaces(text: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  PATTERN.lastIndex = 0;
  for (let m = PATTERN.exec(text); m; m = PATTERN.exec(text)) {
    const place = BY_NAME.get(m[0]);
    out.push(place ? { at: m.index, end: m.index + m[0].length, place } : { at: m.index, end: m.index + m[0].length, relative: RELATIVE[m[0]]! });
  }
  return out;
}

/** A place by a name a record or an article carries (`壶关县`, `翟店街道`, `潞城区翟店街道`). */
export function findPlace(name: string): Place | undefined {
  return BY_NAME.get(name);
}
