// The places the site publishes — place pages, the county tile map, tags, the English glossary's fallback —
// as one vocabulary read from the gazetteer (gazetteer.ts, Changzhi's real divisions from the NBS codes), so
// the site and ingest cannot disagree on which places exist or how they are spelt in English. A place is
// published under one key, the form ingest writes into an article's `regions` and a figure's `region`:
// 长治市, a county-level name (壶关县, 长治高新技术产业开发区), or a town after its county (潞城区史回镇) — a
// town's name alone is not enough, since 店上镇 is both 潞城区's and 壶关县's. `regionKey` turns any form an
// editor writes (史回镇, 史回, 长治高新区, 长治县) into that key.

import { pinyin } from 'pinyin-pro';
import { CITY as CITY_PLACE, findPlace, isAmbiguous, isCountyLevel, PLACES, placesNamed, type Place } from './gazetteer.ts';

export type RegionLevel = 'city' | 'county' | 'town';

export interface RegionInfo {
  /** `county` for every county-level place, the 长治高新区 zone included; `town` for towns, townships, subdistricts. */
  level: RegionLevel;
  /** The key of the place it lies in: 长治市 for a county-level place, its county for a town; none for the city. */
  parent?: string;
  /** The gazetteer's English name (`Huguan County`, `Shihui Town`); with its county where two towns share it. */
  en: string;
  /** The Chinese name to show: the place's own name (史回镇), or county+town where two towns share a name. */
  zh: string;
}

export const CITY = CITY_PLACE.name;

/**
 * The 12 county-level divisions (districts and counties, not the zone, which has no tile on the county map)
 * with their English names, in the gazetteer's order.
 */
export const COUNTIES: Readonly<Record<string, string>> = lookup(
  PLACES.filter((p) => p.level === 'district' || p.level === 'county').map((p) => [p.name, p.en]),
);
export type County = string;

/** The key a place is published under: 长治市, 壶关县, 长治高新技术产业开发区, 潞城区史回镇. */
export function placeKey(place: Place): string {
  return place.level === 'city' || isCountyLevel(place) ? place.name : `${place.parent}${place.name}`;
}

/** How many places go by each English name: 宋村镇 and 松村镇 are both `Songcun Town`. */
const ENGLISH_NAMES = PLACES.reduce((counts, p) => counts.set(p.en, (counts.get(p.en) ?? 0) + 1), new Map<string, number>());

/** Every published place by its key. */
export const REGIONS: Readonly<Record<string, RegionInfo>> = lookup(PLACES.map((p) => [placeKey(p), regionInfoOf(p)]));

/**
 * The key of the place a form names (`史回镇`, `史回`, `潞城区史回镇`, `长治高新区`, `长治县` → its key), or
 * undefined when the gazetteer knows no such place or the form could be several (`店上镇` alone).
 */
export function regionKey(form: string): string | undefined {
  if (REGIONS[form]) return form;
  const place = findPlace(form);
  return place ? placeKey(place) : undefined;
}

/** What the site knows of a place by any form of it (`史回镇` as `潞城区史回镇`); undefined for a non-place. */
export function regionInfo(form: string): RegionInfo | undefined {
  const key = regionKey(form);
  return key === undefined ? undefined : REGIONS[key];
}

/** Hanyu Pinyin place-name spelling for a name the gazetteer lacks: syllables run together, `'` before a/o/e. */
export function romanise(name: string): string {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
  const joined = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/** A record without a prototype, so `'constructor' in COUNTIES` and `REGIONS['toString']` are no places. */
function lookup<T>(entries: readonly (readonly [string, T])[]): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, Object.fromEntries(entries));
}

function regionInfoOf(place: Place): RegionInfo {
  if (place.level === 'city') return { level: 'city', en: place.en, zh: place.name };
  if (isCountyLevel(place)) return { level: 'county', parent: place.parent!, en: place.en, zh: place.name };
  const county = placesNamed(place.parent!)[0]!;
  return {
    level: 'town',
    parent: county.name,
    en: (ENGLISH_NAMES.get(place.en) ?? 0) > 1 ? `${place.en}, ${county.en}` : place.en,
    zh: isAmbiguous(place.name) ? placeKey(place) : place.name,
  };
}
