// A town named by its bare stem where the text's form says it is a town: right after its own county, the two
// as one chain (`沁源县灵空山冰雪乐园`, `沁县沁州黄小米`), with the stems listed after it (`上党区荫城、八义`), or
// in a list a level word closes (`荫城、八义两镇`, `南漳、石哲等乡镇`). The county or the level word tells that
// the stem is the town, as `沁源县灵空山镇` would. A stem alone in running text is not read (洪水, 上司 are
// words: src/domain/places/gazetteer.ts).

import { isTownLevel, PLACES, placesIn, type Place } from '../../../src/domain/places/gazetteer.ts';

export interface StemMention {
  place: Place;
  /** Offsets of the stem in the text. */
  at: number;
  end: number;
}

// Places joined into a list (`荫城、八义`, `南漳和石哲`).
const JOIN = /^[、和与及]/u;
// What closes a list of towns: a count or 等, then the level (`两镇`, `等乡镇`, `3个乡镇`, `两个街道`).
const LEVEL_AFTER = /^(?:[两二三四五六七八九十\d]+个?|等)?(?:乡镇|镇|乡|街道)/u;
// Every town's stem (the short form the gazetteer gives a town whose stem no other place shares: 灵空山).
const STEMS: readonly { stem: string; place: Place }[] = PLACES.filter(isTownLevel)
  .flatMap((place) => place.shortForms.map((stem) => ({ stem, place })))
  .sort((a, b) => b.stem.length - a.stem.length);

// The characters a stem begins with: where none begins, no stem stands (listedTownStems tries every position).
const STEM_FIRST = new Set(STEMS.map(({ stem }) => stem[0]!));

/** The longest stem of `towns` that `text` prints at `at` (not where the full name stands: the scanner reads that). */
function stemAt(text: string, at: number, towns: readonly { stem: string; place: Place }[]): StemMention | undefined {
  if (!STEM_FIRST.has(text[at]!)) return undefined;
  const hit = towns.find(({ stem, place }) => text.startsWith(stem, at) && !text.startsWith(place.name, at));
  return hit && { place: hit.place, at, end: at + hit.stem.length };
}

/** Stems listed one after another from `at` (`荫城、八义`), the first one at `at`. */
function listAt(text: string, at: number, towns: readonly { stem: string; place: Place }[]): StemMention[] {
  const list: StemMention[] = [];
  for (let next = stemAt(text, at, towns); next; ) {
    list.push(next);
    const join = JOIN.exec(text.slice(next.end));
    next = join ? stemAt(text, next.end + join[0].length, towns) : undefined;
  }
  return list;
}

/**
 * The towns of `county` whose stems `text` prints from `at`, right where the county's name ends, and listed
 * after it (`上党区荫城、八义两镇` → 荫城镇, 八义镇); the longest stem wins.
 */
export function townStemsAt(text: string, at: number, county: Place): StemMention[] {
  const own = new Set(placesIn(county.name));
  return listAt(text, at, STEMS.filter((s) => own.has(s.place)));
}

/** The towns `text` names by their stems in a list a level word closes (`荫城、八义两镇`, `南漳等乡镇`). */
export function listedTownStems(text: string): StemMention[] {
  const found: StemMention[] = [];
  for (let at = 0; at < text.length; at++) {
    const list = listAt(text, at, STEMS);
    if (list.length === 0) continue;
    if (LEVEL_AFTER.test(text.slice(list.at(-1)!.end))) found.push(...list);
    at = list.at(-1)!.end - 1;
  }
  return found;
}
