// Which places in Changzhi an article is about, read only from the gazetteer (src/domain/places/): every
// county-level place its text names (a town's county with it), each town as county+town (潞城区史回镇),
// and the city itself when the article speaks for the whole city rather than one county. Nothing comes
// from a pattern, so 让城乡居民 names no place and 长治高新区 is the zone, not 长治市. A word that reads like
// a place but is not in the gazetteer (place-like.ts), or a town name two counties share with no county to
// tell which, becomes a warning for the ingest report, never a published place.

import { countyOf, scanPlaces, type Place } from '../../../src/domain/places/gazetteer.ts';
import { CITY, placeKey } from '../../../src/domain/places/regions.ts';
import type { Warning } from '../types.ts';
import { placeLikeWords } from './place-like.ts';

/** A piece of an article's text with the raw blocks it came from, so a warning can point at them. */
export interface PlaceText {
  text: string;
  source: readonly number[];
}

export interface ArticlePlaces {
  /** Place keys (src/domain/places/regions.ts) in order of first mention, a town's county before it. */
  regions: string[];
  warnings: Warning[];
}

// The city as a whole in the paper's own words: these are Changzhi's papers, so 我市 is 长治市.
const CITY_WORDS = /我市|全市|本市|市里/gu;
// 长治市区 is the city's urban area seen from a county, not the whole city.
const URBAN_AREA = /^区/u;
// `来自八义镇的杜师傅`, `来自潞州区的租户`: where a person comes from, not what the article is about. A list
// after 来自 (`患者来自平顺、武乡、沁源等山区县`) is not followed by 的 and still counts.
const ORIGIN_BEFORE = /来自$/u;
const ORIGIN_AFTER = /^的/u;

/**
 * The places an article is about. 长治市 is added when the article speaks of the city (长治, 我市, 全市 …) at
 * least as often as of its most-named county (a town's mention counts for its county; `潞州区延安南路街道`
 * is one mention). A place only named as where someone comes from (`来自八义镇的杜师傅`) is not what the
 * article is about. (An English item's places: describe/places-en.ts.)
 */
export function findPlaces(parts: readonly PlaceText[]): ArticlePlaces {
  const named: { key: string; at: number }[] = [];
  const perCounty = new Map<string, number>();
  const warnings: Warning[] = [];
  const unresolved = new Map<string, { candidates: readonly Place[]; blocks: Set<number> }>();
  let cityMentions = 0;
  let firstCity = Infinity;
  let offset = 0;

  for (const part of parts) {
    let previous: { end: number; place: Place } | undefined;
    for (const mention of scanPlaces(part.text)) {
      const at = offset + mention.start;
      const place = mention.place;
      if (!place) {
        const entry = unresolved.get(mention.text) ?? { candidates: mention.candidates, blocks: new Set<number>() };
        for (const b of part.source) entry.blocks.add(b);
        unresolved.set(mention.text, entry);
        continue;
      }
      const county = countyOf(place.name) ?? place;
      // 潞州区延安南路街道: the town right after its own county is one mention of the county, not two.
      const afterItsCounty = previous?.end === mention.start && previous.place === county && county !== place;
      previous = { end: mention.end, place };
      const after = part.text.slice(mention.end);
      if (ORIGIN_BEFORE.test(part.text.slice(0, mention.start)) && ORIGIN_AFTER.test(after)) continue;
      if (place.level === 'city') {
        if (URBAN_AREA.test(after)) continue;
        cityMentions++;
        firstCity = Math.min(firstCity, at);
        continue;
      }
      if (!afterItsCounty) perCounty.set(county.name, (perCounty.get(county.name) ?? 0) + 1);
      named.push({ key: placeKey(county), at }, { key: placeKey(place), at });
    }
    for (const m of part.text.matchAll(CITY_WORDS)) {
      cityMentions++;
      firstCity = Math.min(firstCity, offset + m.index);
    }
    offset += part.text.length + 1;
  }

  if (cityMentions > 0 && cityMentions >= Math.max(0, ...perCounty.values())) named.push({ key: CITY, at: firstCity });
  const regions = [...new Set(named.sort((a, b) => a.at - b.at).map((n) => n.key))];

  for (const [text, { candidates, blocks }] of unresolved) {
    const keys = candidates.map(placeKey);
    warnings.push({
      code: 'ambiguous-place',
      blocks: [...blocks].sort((a, b) => a - b),
      message: `"${text}" could be ${keys.join(' or ')}; not published as a place. Name the county in front of it in the text (${keys[0]}) or add the place to the article's regions by hand.`,
    });
  }
  warnings.push(...unknownPlaceWarnings(parts));
  return { regions, warnings };
}

/** The places one text is about (findPlaces on a single piece of text), for tests and callers without blocks. */
export function findRegions(text: string): string[] {
  return findPlaces([{ text, source: [] }]).regions;
}

function unknownPlaceWarnings(parts: readonly PlaceText[]): Warning[] {
  const blocksOf = new Map<string, Set<number>>();
  for (const part of parts) {
    for (const word of placeLikeWords(part.text)) {
      const blocks = blocksOf.get(word) ?? new Set<number>();
      for (const b of part.source) blocks.add(b);
      blocksOf.set(word, blocks);
    }
  }
  return [...blocksOf].map(([word, blocks]) => ({
    code: 'unknown-place' as const,
    blocks: [...blocks].sort((a, b) => a - b),
    message: `"${word}" reads like a place but is not in the gazetteer (src/domain/places/gazetteer-data.ts): not published as a place. If it is a division of Changzhi, add it there with its source; otherwise nothing to do.`,
  }));
}
