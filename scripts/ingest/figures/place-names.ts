// The places a text names, with offsets, as figure regions write them: `长治市`, a county-level place
// (`壶关县`), or a town under its county (`上党区西火镇`). Reads the gazetteer (src/domain/places/), and adds
// what only a report's wording tells: 我市/全市 is 长治市 (these are Changzhi's papers), 全省 is 山西省, and
// relative words (`全县`, `该区`, `全镇`) are returned with the level they stand for, to be resolved from
// the wider text.

import * as gazetteer from '../../../src/domain/places/gazetteer.ts';

export type PlaceLevel = 'province' | 'city' | 'county' | 'town';

export interface Place {
  /** The name a figure record carries: `长治市`, `壶关县`, `上党区西火镇`. */
  name: string;
  level: PlaceLevel;
  /** The record name of the place it lies in (none for the province). */
  parent?: string;
}

export interface PlaceMention {
  at: number;
  end: number;
  /** A named place, or a relative word standing for the place of that level in the context. */
  place?: Place;
  relative?: Exclude<PlaceLevel, 'province' | 'city'>;
}

const PROVINCE: Place = { name: '山西省', level: 'province' };
const CITY: Place = { name: gazetteer.CITY.name, level: 'city', parent: PROVINCE.name };

const WORDS: Record<string, Place | Exclude<PlaceLevel, 'province' | 'city'>> = {
  我市: CITY, 全市: CITY, 本市: CITY, 市级: CITY, 全省: PROVINCE, 山西省: PROVINCE, 我省: PROVINCE,
  全县: 'county', 该县: 'county', 县里: 'county', 全区: 'county', 该区: 'county', 区里: 'county',
  全镇: 'town', 该镇: 'town', 镇里: 'town', 全乡: 'town', 该乡: 'town', 全街道: 'town',
};
const WORD = new RegExp(Object.keys(WORDS).join('|'), 'g');

/** A gazetteer place as a record names it. */
export function recordPlace(place: gazetteer.Place): Place {
  if (place.level === 'city') return CITY;
  if (gazetteer.isCountyLevel(place)) return { name: place.name, level: 'county', parent: CITY.name };
  return { name: `${place.parent}${place.name}`, level: 'town', parent: place.parent! };
}

/** Every place and relative place word in a text, in order. */
export function scanPlaces(text: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of gazetteer.scanPlaces(text)) if (m.place) out.push({ at: m.start, end: m.end, place: recordPlace(m.place) });
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    if (out.some((p) => p.at < m!.index + m![0].length && m!.index < p.end)) continue;
    const word = WORDS[m[0]]!;
    out.push(typeof word === 'string' ? { at: m.index, end: m.index + m[0].length, relative: word } : { at: m.index, end: m.index + m[0].length, place: word });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** A place by a name a record or an article carries (`壶关县`, `翟店街道`, `潞城区翟店街道`, `山西省`). */
export function findPlace(name: string): Place | undefined {
  if (name === PROVINCE.name) return PROVINCE;
  const place = gazetteer.findPlace(name);
  return place ? recordPlace(place) : undefined;
}
