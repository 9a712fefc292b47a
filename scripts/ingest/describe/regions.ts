// Which places in Changzhi an article is about, read only from the gazetteer (src/domain/places/): every
// county-level place its text names (a town's county with it), each town as county+town (潞城区史回镇),
// and the city itself when the article speaks for the whole city rather than one county. Nothing comes
// from a pattern, so 让城乡居民 names no place and 长治高新区 is the zone, not 长治市. A word that reads like
// a place but is not in the gazetteer (place-like.ts), or a town name two counties share with no county to
// tell which, becomes a warning for the ingest report, never a published place.
// The city's and home county's words and bodies: regions-city.ts; lists a scheme reached: regions-reached.ts;
// paragraphs read past (author notes, replying bodies): regions-skipped.ts; places named in passing: regions-passing.ts.

import { countyOf, scanPlaces, type Place } from '../../../src/domain/places/gazetteer.ts';
import { CITY, placeKey } from '../../../src/domain/places/regions.ts';
import type { Warning } from '../types.ts';
import { worksTowns } from '../figures/place-names.ts';
import { listedHeldBack } from './held-back.ts';
import { placeLikeWords } from './place-like.ts';
import { inPassing, listAround } from './regions-passing.ts';
import { countyTables, isTownRow } from './regions-table.ts';
import { listedTownStems, townStemsAt } from './town-stems.ts';
import { bodies, BODY_TAIL, CITY_WORDS, cityBodies, HOME_BODIES, HOME_WORDS, MIN_ACTING_BODY_MENTIONS, NO_WORDS, ranksInCity, URBAN_AREA } from './regions-city.ts';
import { reachedList } from './regions-reached.ts';
import { AUTHOR_NOTE, closingSigner, isReplyingBodies, SENTENCE_END } from './regions-skipped.ts';

/** A piece of an article's text with the raw blocks it came from, so a warning can point at them. */
export interface PlaceText {
  text: string;
  source: readonly number[];
  /** The article's headline: what it is about, never a line of the bodies that reply (`武乡县故城镇某食品有限公司` heading its box). */
  headline?: boolean;
}

export interface ArticlePlaces {
  /** Place keys (src/domain/places/regions.ts) in order of first mention, a town's county before it. */
  regions: string[];
  warnings: Warning[];
}


/**
 * The places an article is about. 长治市 is added when the article speaks of the city (长治, 我市, 全市 …) at
 * least as often as of its most-named county, or names a body of the city (`市水务局`, `市里`) and no county (a town's mention counts for its county; `潞州区延安南路街道`
 * is one mention). A place named in passing (where someone comes from, `来自八义镇的杜师傅`; what the article's
 * place is compared with, `比邻近的襄垣县`: regions-passing.ts) is not what the article is about. (An English
 * item's places: describe/places-en.ts.) A table or chart whose rows are the counties (regions-table.ts) is the
 * reach of the city's statistic: its rows' places are kept apart as a reached list's are.
 */
export function findPlaces(parts: readonly PlaceText[], home?: Place, homeWhenNone = true): ArticlePlaces {
  const named: { key: string; at: number }[] = [];
  const perCounty = new Map<string, number>();
  const warnings: Warning[] = [];
  const unresolved = new Map<string, { candidates: readonly Place[]; blocks: Set<number>; at: number }>();
  let cityMentions = 0;
  let firstCity = Infinity;
  // The city's words in a sentence of its weather (`11月29日，我市迎来今冬首场降雪。`): where it snowed, the setting of a
  // county's work told next, not the city speaking; they count only where no county is named (a forecast for the city).
  let weatherMentions = 0;
  let firstWeather = Infinity;
  // Bodies of the city (`市水务局`): the article is the city's when it names no county.
  let bodyMentions = 0;
  let firstBody = Infinity;
  // Paragraphs in which a body of the city acts and no county or town is named (`供热报修：市热力公司24小时
  // 服务热线…` beside a county's notice): there the city speaks, as 全市 would.
  let cityParts = 0;
  let firstCityPart = Infinity;
  let offset = 0;
  // Stems already read after their county (offsets in the article's text).
  const stemsRead = new Set<number>();
  // Places in a list a scheme went through (see reachedList): the city's scheme's reach, not its subject.
  const reached: { key: string; at: number }[] = [];
  // Rows of a table or chart of the counties (regions-table.ts): the reach of the city's statistic.
  const { rows: tableRows, tables } = countyTables(parts.map((p) => p.text));
  // Rows of a table of the towns (`乡镇 户数 补助资金` / `龙泉镇 14 28` …): the reach of the county's scheme, as a
  // county table is the city's; the county counts, not each town.
  const townRows = countyTables(parts.map((p) => p.text), isTownRow).rows;
  // The first part ending a sentence: bodies' names after it sign or head text (isReplyingBodies).
  const firstSentence = ((at) => (at < 0 ? Infinity : at))(parts.findIndex((p) => SENTENCE_END.test(p.text.trim())));
  // The body's name closing a notice (`长治市供水有限公司` over `2025年11月25日`): who signs it, not a part in which the city's
  // body acts beside the county the notice names.
  const signer = closingSigner(parts.map((p) => p.text), firstSentence);
  let signerBodies = 0;

  for (const [index, part] of parts.entries()) {
    const rows = tableRows[index]!;
    if (AUTHOR_NOTE.test(part.text.trim()) || (!part.headline && isReplyingBodies(part.text, index > firstSentence))) {
      offset += part.text.length + 1;
      continue;
    }
    let previous: { end: number; place: Place } | undefined;
    const namedBefore = named.length;
    let firstPartBody = Infinity;
    const mentions = scanPlaces(part.text);
    for (const [k, mention] of mentions.entries()) {
      const at = offset + mention.start;
      const place = mention.place;
      if (!place) {
        const entry = unresolved.get(mention.text) ?? { candidates: mention.candidates, blocks: new Set<number>(), at };
        for (const b of part.source) entry.blocks.add(b);
        unresolved.set(mention.text, entry);
        continue;
      }
      const county = countyOf(place.name) ?? place;
      // 潞州区延安南路街道: the town right after its own county is one mention of the county, not two.
      const afterItsCounty = previous?.end === mention.start && previous.place === county && county !== place;
      previous = { end: mention.end, place };
      const after = part.text.slice(mention.end);
      const list = listAround(part.text, mentions, k);
      const inRows = rows.some((r) => r.start <= mention.start && mention.end <= r.end);
      if (!inRows && inPassing(part.text, list)) continue;
      // 活动走进潞州区、上党区、屯留区, a table's rows of the counties: the places a scheme or a statistic reached,
      // kept apart until the city is weighed.
      if (place.level !== 'city' && (inRows || reachedList(part.text, mentions, list))) {
        reached.push({ key: placeKey(county), at }, { key: placeKey(place), at });
        continue;
      }
      if (place.level === 'city') {
        if (URBAN_AREA.test(after)) continue;
        // 长治市第二人民医院, 长治市住建局: a body of the city by its full name, not the city speaking for itself.
        // (The notice's signer, `长治市供水有限公司` over the day, is who issues it: named once more it does not act again
        // beside the county the notice names, counted below only where the notice names none.)
        if (BODY_TAIL.test(after)) {
          if (index === signer) {
            signerBodies++;
            firstBody = Math.min(firstBody, at);
            continue;
          }
          bodyMentions++;
          firstBody = Math.min(firstBody, at);
          firstPartBody = Math.min(firstPartBody, at);
          continue;
        }
        // 长治市潞州区英雄南路街道: the city right before a place in it is the address of that place, as a
        // county before its town is; it does not speak for the whole city.
        const next = mentions[k + 1];
        if (next?.start === mention.end && next.place !== undefined && next.place.level !== 'city') continue;
        cityMentions++;
        firstCity = Math.min(firstCity, at);
        continue;
      }
      if (!afterItsCounty) perCounty.set(county.name, (perCounty.get(county.name) ?? 0) + 1);
      if (county !== place && townRows[index]!.some((r) => r.start <= mention.start && mention.end <= r.end)) {
        named.push({ key: placeKey(county), at });
        continue;
      }
      named.push({ key: placeKey(county), at }, { key: placeKey(place), at });
      // 沁源县灵空山冰雪乐园, 上党区荫城、八义两镇: a town's bare stem right after its county is that town, as
      // are the stems listed after it (describe/town-stems.ts).
      const stems = place === county && mentions[k + 1]?.start !== mention.end ? townStemsAt(part.text, mention.end, county) : [];
      for (const stem of stems) {
        named.push({ key: placeKey(stem.place), at });
        stemsRead.add(offset + stem.at);
      }
    }
    // Stems in a list a level word closes (荫城、八义两镇): towns, each a mention of its county.
    for (const stem of listedTownStems(part.text)) {
      if (stemsRead.has(offset + stem.at) || mentions.some((m) => m.start < stem.end && stem.at < m.end)) continue;
      const county = countyOf(stem.place.name)!;
      perCounty.set(county.name, (perCounty.get(county.name) ?? 0) + 1);
      named.push({ key: placeKey(county), at: offset + stem.at }, { key: placeKey(stem.place), at: offset + stem.at });
    }
    // 潞州、上党等县区: a held-back stem among counties a county-level word closes is the county (held-back.ts).
    for (const { key, at } of listedHeldBack(part.text)) {
      perCounty.set(key, (perCounty.get(key) ?? 0) + 1);
      named.push({ key, at: offset + at });
    }
    // A mine or plant named after its town (余吾煤业) stands in that town, as the figures of it do.
    for (const works of worksTowns(part.text)) {
      const county = countyOf(works.place.name) ?? works.place;
      perCounty.set(county.name, (perCounty.get(county.name) ?? 0) + 1);
      named.push({ key: placeKey(county), at: offset + works.at }, { key: placeKey(works.place), at: offset + works.at });
    }
    if (home !== undefined) {
      const words = [...part.text.matchAll(HOME_WORDS[home.level] ?? NO_WORDS)].map((m) => m.index);
      for (const at of [...words, ...bodies(part.text, HOME_BODIES[home.level] ?? NO_WORDS)]) {
        perCounty.set(home.name, (perCounty.get(home.name) ?? 0) + 1);
        named.push({ key: placeKey(home), at: offset + at });
      }
    }
    for (const m of part.text.matchAll(CITY_WORDS)) {
      if (ranksInCity(part.text, m.index, m[0].length)) continue;
      if (tellsWeather(part.text, m.index)) {
        weatherMentions++;
        firstWeather = Math.min(firstWeather, offset + m.index);
        continue;
      }
      cityMentions++;
      firstCity = Math.min(firstCity, offset + m.index);
    }
    for (const at of cityBodies(part.text)) {
      if (index === signer) {
        signerBodies++;
        firstBody = Math.min(firstBody, offset + at);
        continue;
      }
      bodyMentions++;
      firstBody = Math.min(firstBody, offset + at);
      firstPartBody = Math.min(firstPartBody, offset + at);
    }
    if (firstPartBody < Infinity && named.length === namedBefore && index !== signer) {
      cityParts++;
      firstCityPart = Math.min(firstCityPart, firstPartBody);
    }
    offset += part.text.length + 1;
  }

  const topCounty = Math.max(0, ...perCounty.values());
  if (perCounty.size === 0) bodyMentions += signerBodies;
  if (perCounty.size === 0 && weatherMentions > 0) {
    cityMentions += weatherMentions;
    firstCity = Math.min(firstCity, firstWeather);
  }
  if (cityMentions > 0 && cityMentions >= topCounty) named.push({ key: CITY, at: firstCity });
  // A paragraph the city's body holds alone counts as the city's: one such beside a county named once
  // (市供热服务热线 takes the city's calls; one caller lives in 潞州区…) is as much the city's story.
  else if (cityParts > 0 && cityMentions + cityParts >= topCounty) named.push({ key: CITY, at: Math.min(firstCity, firstCityPart) });
  // A body of the city named again and again acts in the article (市人民医院 sends its doctors to a town and
  // runs the campaign city-wide): with the city's own mentions it weighs against the county. Named once, it is
  // a partner of the county's own story (沁县县医院与市人民医院开展合作).
  else if (bodyMentions >= MIN_ACTING_BODY_MENTIONS && cityMentions + bodyMentions >= topCounty) named.push({ key: CITY, at: Math.min(firstCity, firstBody) });
  else if (bodyMentions > 0 && perCounty.size === 0) named.push({ key: CITY, at: firstBody });
  // A table of the counties in an article that names no county beyond it is the city's statistic or scheme
  // (a notice's quota table by county under 经市政府同意): the city, as README's places ruling has it.
  else if (tables > 0 && perCounty.size === 0) named.push({ key: CITY, at: reached[0]?.at ?? 0 });
  // A list of places the scheme reached is what the article is about only when the city is not.
  if (!named.some((n) => n.key === CITY)) named.push(...reached);
  // A town two counties share (店上镇) is the one in the county the article names (潞城区 … 店上镇).
  for (const [text, { candidates, at }] of unresolved) {
    const inNamedCounty = candidates.filter((c) => perCounty.has(c.parent ?? c.name));
    if (inNamedCounty.length !== 1) continue;
    named.push({ key: placeKey(inNamedCounty[0]!), at });
    unresolved.delete(text);
  }
  // On a county's own paper, such a town named with neither county is the home county's (潞城新闻's `店上镇“煤改电”补贴
  // 发放到户`), as 我县 would say: the paper tells of its own towns.
  for (const [text, { candidates, at }] of home === undefined ? [] : unresolved) {
    if (candidates.some((c) => perCounty.has(c.parent ?? c.name))) continue;
    const inHome = candidates.filter((c) => c.parent === home!.name);
    if (inHome.length !== 1) continue;
    named.push({ key: placeKey(home!), at }, { key: placeKey(inHome[0]!), at });
    unresolved.delete(text);
  }
  // On a county's own paper, an article that names no place at all is the home county's (`八路军太行纪念馆迎来参观
  // 高峰` in 武乡新闻), as 我县 would say: a report of what was done tells where, and there the county. Not where the
  // caller says the piece tells of no place by its kind (`homeWhenNone` false: describe.ts).
  if (homeWhenNone && home !== undefined && named.length === 0 && unresolved.size === 0) named.push({ key: placeKey(home), at: 0 });
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


// The weather a clause tells, closing it: snow, rain, a cold wave, a fall in temperature, a gale (`…首场降雪`, `…大风降温天气`,
// `…大风降温天气过程`); not the weather naming what is done against it (`降雪天气应急响应`).
const WEATHER = /(?:降雪|降雨|雨雪|暴雪|暴雨|寒潮|降温|冷空气|大风)(?:天气)?(?:过程)?$/u;
const CLAUSE_STOPS = /[，,。！？!?；;\n]/u;

/**
 * Whether the city's word at `at` is where the weather fell: its own clause, from the word on, closes on the weather
 * (`我市迎来今冬首场降雪`, `全市出现大风降温天气`); not the city acting in a sentence that names it (`针对今冬首场降雪，我市启动应急
 * 预案，全市出动除雪车辆…`: the city's clauses tell what it did).
 */
function tellsWeather(text: string, at: number): boolean {
  let end = at;
  while (end < text.length && !CLAUSE_STOPS.test(text[end]!)) end++;
  return WEATHER.test(text.slice(at, end));
}

/** The places one text is about (findPlaces on a single piece of text, on a page of `home`'s paper), for tests and callers without blocks. */
export function findRegions(text: string, home?: Place, homeWhenNone = true): string[] {
  return findPlaces([{ text, source: [] }], home, homeWhenNone).regions;
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
