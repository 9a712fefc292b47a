// Changzhi's real administrative divisions — the city, its 12 county-level divisions, the 长治高新区 functional
// zone and the 128 towns, townships and subdistricts under them — with codes, pinyin, English names and the
// forms the paper writes them in, and the look-ups ingest and the site need: a place by any of its forms,
// the places in a place, the county of a place, whether a form is ambiguous, and the places a text names.
// It is the only list of places: a place-like word that is not here is not a place (issue 15). The data and
// its sources are in gazetteer-data.ts; the scanner's rules in gazetteer-scan.ts. Pure: no project imports.

import { pinyin as readPinyin } from 'pinyin-pro';
import { CITY_ROW, COUNTY_ROWS, TOWN_FORMER_NAMES, ZONE_ROW, type ShortFormRow } from './gazetteer-data.ts';
import { createScanner, endsInDivisionSuffix, type Mention, type MentionKind, type SurfaceForm } from './gazetteer-scan.ts';

/** `district` (区) and `county` (县) are county-level; `zone` is a functional zone the city runs at that level. */
export type PlaceLevel = 'city' | 'district' | 'county' | 'zone' | 'subdistrict' | 'town' | 'township';

export interface Place {
  readonly name: string;
  readonly level: PlaceLevel;
  /** The name of the place it lies in: 长治市 for a county-level place, its county for a town; none for the city. */
  readonly parent?: string;
  /** The NBS 12-digit code (统计用区划代码), where the source has one. */
  readonly code?: string;
  /** Hanyu Pinyin with tones, proper part joined, generic part apart: `Zhǎngzǐ Xiàn`, `Xīn'ānquán Zhèn`. */
  readonly pinyin: string;
  /** `Zhangzi County`, `Shihui Town`, `Dongjie Subdistrict`, `Xiying Township`, `Changzhi`. */
  readonly en: string;
  /** Forms the paper uses besides the name: 壶关 for 壶关县, 长治高新区 and 高新区 for the zone, 史回 for 史回镇. */
  readonly shortForms: readonly string[];
  /** Names cited reforms replaced: 长治县 for 上党区, 史迴乡 for 史回镇. */
  readonly formerNames: readonly string[];
}

export type PlaceMention = Mention<Place>;
export type { MentionKind };

const COUNTY_LEVELS: ReadonlySet<PlaceLevel> = new Set(['district', 'county', 'zone']);
const TOWN_LEVELS: ReadonlySet<PlaceLevel> = new Set(['subdistrict', 'town', 'township']);

/** Division suffixes: reading, English word, level. 街道 before the one-character suffixes. */
const SUFFIXES: readonly (readonly [suffix: string, reading: string, en: string, level: PlaceLevel])[] = [
  ['街道', 'Jiēdào', 'Subdistrict', 'subdistrict'],
  ['镇', 'Zhèn', 'Town', 'town'],
  ['乡', 'Xiāng', 'Township', 'township'],
  ['区', 'Qū', 'District', 'district'],
  ['县', 'Xiàn', 'County', 'county'],
  ['市', 'Shì', '', 'city'],
];

/** True for the county-level places: districts, counties and the zone. */
export function isCountyLevel(place: Place): boolean {
  return COUNTY_LEVELS.has(place.level);
}

/** True for towns, townships and subdistricts. */
export function isTownLevel(place: Place): boolean {
  return TOWN_LEVELS.has(place.level);
}

/** Every place: the city, then each county-level place followed by its towns, in the source's order. */
export const PLACES: readonly Place[] = buildPlaces();
export const CITY: Place = PLACES[0]!;

const SHORT_FORM_ROWS = new Map<string, ShortFormRow>(
  [...CITY_ROW.shortForms, ...ZONE_ROW.shortForms, ...COUNTY_ROWS.flatMap((r) => r.shortForms)].map((s) => [s.text, s]),
);
const FORMS: readonly SurfaceForm<Place>[] = PLACES.flatMap((place) => [
  form(place.name, place, 'name'),
  ...place.shortForms.map((text) => form(text, place, 'short')),
  ...place.formerNames.map((text) => form(text, place, 'former')),
]);
const BY_FORM = groupBy(FORMS, (f) => f.text);
const CHILDREN = groupBy(PLACES, (p) => p.parent ?? '');
const SCAN = createScanner(
  // A town's bare stem is for look-ups only: in running text it cannot be told from an ordinary word (洪水, 上司).
  FORMS.filter((f) => f.kind !== 'short' || !isTownLevel(f.place)),
  resolveFromContext,
);

/** Every place a form (name, short form or earlier name) can mean; empty when it is not a place. */
export function placesNamed(form: string): readonly Place[] {
  return [...new Set((BY_FORM.get(form.trim()) ?? []).map((f) => f.place))];
}

/** True when more than one place goes by the form (店上镇 is in both 潞城区 and 壶关县). */
export function isAmbiguous(form: string): boolean {
  return placesNamed(form).length > 1;
}

/**
 * The place a form means: its name, a short form, an earlier name, or a chain of them (`壶关县店上镇`,
 * `长治市潞州区`). Undefined when it is no place or could be several; `within` (any form of a place) picks
 * among several (`findPlace('店上镇', '壶关')`).
 */
export function findPlace(form: string, within?: string): Place | undefined {
  let candidates = placesNamed(form);
  if (within !== undefined) {
    const outer = findPlace(within);
    candidates = outer ? candidates.filter((p) => liesIn(p, outer)) : [];
  }
  if (candidates.length === 1) return candidates[0];
  if (candidates.length > 1 || within !== undefined) return undefined;
  return placeOfChain(form.trim());
}

/** The places directly in a place given by any of its forms: the county-level places in 长治市, the towns in a county. */
export function placesIn(parent: string): readonly Place[] {
  const place = findPlace(parent);
  return place ? (CHILDREN.get(place.name) ?? []) : [];
}

/** The county-level place a place is or lies in (the zone counts as one); undefined for the city or an unknown form. */
export function countyOf(form: string): Place | undefined {
  const place = findPlace(form);
  return place ? countyOfPlace(place) : undefined;
}

/** The places a text names, in order, with offsets; see gazetteer-scan.ts for what counts as a mention. */
export function scanPlaces(text: string): PlaceMention[] {
  return SCAN(text);
}

function countyOfPlace(place: Place): Place | undefined {
  if (isCountyLevel(place)) return place;
  if (isTownLevel(place)) return placesNamed(place.parent!)[0];
  return undefined;
}

function liesIn(place: Place, outer: Place): boolean {
  for (let p: Place | undefined = place; p; p = p.parent ? placesNamed(p.parent)[0] : undefined) {
    if (p === outer) return true;
  }
  return false;
}

/** A chain of forms, each inside the one before (`壶关县店上镇`): the last one's place. */
function placeOfChain(form: string): Place | undefined {
  const mentions = scanPlaces(form);
  if (mentions.length < 2 || mentions[0]!.start !== 0 || mentions[mentions.length - 1]!.end !== form.length) return undefined;
  for (let k = 1; k < mentions.length; k++) {
    const [outer, inner] = [mentions[k - 1]!, mentions[k]!];
    if (inner.start !== outer.end || !outer.place || !inner.place || !liesIn(inner.place, outer.place)) return undefined;
  }
  return mentions[mentions.length - 1]!.place;
}

/** An ambiguous form is the one in the county named last before it in the same sentence (`壶关县的店上镇`). */
function resolveFromContext(
  candidates: readonly Place[],
  before: readonly PlaceMention[],
  text: string,
  start: number,
): Place | undefined {
  for (let k = before.length - 1; k >= 0; k--) {
    const mention = before[k]!;
    if (/[。！？!?\n]/.test(text.slice(mention.end, start))) return undefined;
    const county = mention.place && countyOfPlace(mention.place);
    const inCounty = county ? candidates.filter((c) => c.parent === county.name) : [];
    if (inCounty.length === 1) return inCounty[0];
  }
  return undefined;
}

function form(text: string, place: Place, kind: MentionKind): SurfaceForm<Place> {
  const row = SHORT_FORM_ROWS.get(text);
  return { text, place, kind, needsLeftBoundary: row?.alsoMeans !== undefined, needsRightBoundary: !endsInDivisionSuffix(text) };
}

function buildPlaces(): Place[] {
  const former = new Map(TOWN_FORMER_NAMES.map((r) => [`${r.county}/${r.name}`, r.former]));
  const city = divisionPlace(CITY_ROW.name, undefined, `${CITY_ROW.code}000000`, CITY_ROW.reading, CITY_ROW.shortForms, []);
  const zone: Place = {
    name: ZONE_ROW.name,
    level: 'zone',
    parent: city.name,
    pinyin: ZONE_ROW.pinyin,
    en: ZONE_ROW.en,
    shortForms: ZONE_ROW.shortForms.map((s) => s.text),
    formerNames: ZONE_ROW.formerNames,
  };
  const places: Place[] = [city];
  for (const row of COUNTY_ROWS) {
    places.push(divisionPlace(row.name, city.name, `${row.code}000000`, row.reading, row.shortForms, row.formerNames ?? []));
    for (const [code, name, reading] of row.towns) {
      places.push(divisionPlace(name, row.name, `${row.code}${code}000`, reading, [], former.get(`${row.name}/${name}`) ?? []));
    }
  }
  places.push(zone);
  return withTownShortForms(places);
}

function divisionPlace(
  name: string,
  parent: string | undefined,
  code: string,
  reading: string | undefined,
  shortForms: readonly ShortFormRow[],
  formerNames: readonly string[],
): Place {
  const [suffix, suffixReading, suffixEn, level] = SUFFIXES.find(([s]) => name.endsWith(s))!;
  const stem = name.slice(0, -suffix.length);
  const syllables = reading ? reading.split(' ') : readPinyin(stem, { type: 'array', nonZh: 'removed' });
  const proper = capitalise(joinSyllables(syllables));
  const properEn = withoutTones(proper);
  return {
    name,
    level,
    ...(parent ? { parent } : {}),
    code,
    pinyin: `${proper} ${suffixReading}`,
    en: suffixEn ? `${properEn} ${suffixEn}` : properEn,
    shortForms: shortForms.map((s) => s.text),
    formerNames,
  };
}

/** A town's or township's name without 镇/乡, where no other place shares it (史回 for 史回镇; 店上 stays out). */
function withTownShortForms(places: readonly Place[]): Place[] {
  const stemOf = (p: Place) => (p.level === 'town' || p.level === 'township' ? p.name.slice(0, -1) : undefined);
  const taken = new Map<string, number>();
  const count = (text: string) => taken.set(text, (taken.get(text) ?? 0) + 1);
  for (const p of places) {
    for (const text of [p.name, ...p.shortForms, ...p.formerNames]) count(text);
    const stem = stemOf(p);
    if (stem) count(stem);
  }
  return places.map((p) => {
    const stem = stemOf(p);
    return stem && stem.length >= 2 && taken.get(stem) === 1 ? { ...p, shortForms: [...p.shortForms, stem] } : p;
  });
}

/** Syllables run together, with an apostrophe before a syllable that starts with a, o or e (`Xīn'ānquán`). */
function joinSyllables(syllables: readonly string[]): string {
  return syllables.map((s, i) => (i > 0 && /^[aāáǎàoōóǒòeēéěè]/.test(s) ? `'${s}` : s)).join('');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Tone marks off, ü kept: `Zhǎngzǐ` → `Zhangzi`. */
function withoutTones(text: string): string {
  return text.normalize('NFD').replace(/[\u0300\u0301\u0304\u030c]/g, '').normalize('NFC');
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
