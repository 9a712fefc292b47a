// The places an English item on a Chinese page is about (`… in Pingshun, Licheng and Wuxiang counties`,
// `a job fair in Guhan town, Xiangyuan county`, `towns such as Dingchang and Xindian`): the gazetteer's
// English names of the city, its county-level divisions, the zone and the towns, as whole words. The Chinese scanner (describe/regions.ts) reads Chinese
// text only.

import { CITY, isCountyLevel, isTownLevel, PLACES, type Place } from '../../../src/domain/places/gazetteer.ts';
import { placeKey } from '../../../src/domain/places/regions.ts';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * `Pingshun County` → `Pingshun`; the zone is named in full (`Changzhi High-tech …`), or as `high-tech zone`.
 * A county of one character before 县 is also written with its generic fused, as the wires write it
 * (`Qinxian` for 沁县, `Qin County`).
 */
const FORMS: readonly { pattern: RegExp; place: Place }[] = PLACES.filter(isCountyLevel).flatMap((place) => {
  const proper = place.level === 'zone' ? place.en : place.en.replace(/ (?:County|District)$/u, '');
  const fused = place.level === 'county' && [...place.name].length === 2 ? [`${proper}xian`] : [];
  const forms = place.level === 'zone' ? [proper, 'high-tech zone', 'hi-tech zone'] : [proper, ...fused];
  return forms.map((form) => ({ pattern: new RegExp(`\\b${escape(form)}\\b`, 'iu'), place }));
});

/**
 * A town by its English name with its word for the level (`Guhan town`, `Xigou Township`, `Yingxiongnanlu
 * Subdistrict`): the bare syllables (`Guhan`) are any pinyin word and are not read.
 */
const TOWN_FORMS: readonly { pattern: RegExp; place: Place }[] = PLACES.filter(isTownLevel).map((place) => ({
  pattern: new RegExp(`\\b${escape(place.en)}\\b`, 'iu'),
  place,
}));

// Towns named in a list their level word governs: `towns such as Dingchang and Xindian`, `the townships of
// Xiying and Niusi`, `Dingchang, Xindian and Cecun towns`. Each name is a capitalised word.
const NAME = String.raw`[A-Z][a-z']+(?:-[A-Za-z']+)?`;
const LIST = String.raw`${NAME}(?:\s*,\s*${NAME})*(?:,?\s+(?:and|or)\s+${NAME})?`;
const LEVEL_WORDS = String.raw`[Tt]owns|[Tt]ownships|[Ss]ubdistricts`;
const LIST_AFTER_LEVEL = new RegExp(String.raw`\b(?:${LEVEL_WORDS})\s+(?:such\s+as|including|like|of)\s+(${LIST})`, 'gu');
const LIST_BEFORE_LEVEL = new RegExp(String.raw`(${LIST})\s+(?:${LEVEL_WORDS})\b`, 'gu');
const LEVEL_WORD = / (?:Town|Township|Subdistrict)$/u;

/** The towns (by the gazetteer's English names without the level word) a list governed by `towns` names. */
function listedTowns(text: string): Place[] {
  const names = [...text.matchAll(LIST_AFTER_LEVEL), ...text.matchAll(LIST_BEFORE_LEVEL)].flatMap((m) => m[1]!.match(new RegExp(NAME, 'gu')) ?? []);
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  return PLACES.filter((p) => isTownLevel(p) && wanted.has(p.en.replace(LEVEL_WORD, '').toLowerCase()));
}

// The city's English name (`Changzhi`) opening another proper name, capitalised words after it on the line, that
// is not the city speaking: a name ending in `Zone` (the zone by a short name, `Changzhi High-Tech Zone`), or a
// name standing alone as a masthead or credit, with no sentence going on after it (`Changzhi Daily · English
// Corner`, `Source: Changzhi Evening News`, `(Source: Changzhi English Page)`). In a sentence the city's body is the
// city's (`Changzhi Library will …`).
const OTHER_NAME = new RegExp(
  String.raw`\b${escape(CITY.en)}(?:[ \t]+${NAME})*[ \t]+(?:Zone\b|${NAME}(?=[ \t]*(?:[·•|｜—–(（)）]|$)))`,
  'gmu',
);
const CITY_NAMED = new RegExp(String.raw`\b${escape(CITY.en)}\b`, 'u');

// Letters an OCR copy prints full-width and spaced apart (`Ｓ ｈ ａ ｎ ｘ ｉ`, `Ｐｉｎｇｓｈｕｎ`): three or more single letters
// one space apart are one word.
const SPACED_LETTERS = /\b[A-Za-z](?: [A-Za-z]\b){2,}/gu;

/** The text with full-width forms made plain and spaced-out letters joined, so names read as the paper meant. */
function readable(text: string): string {
  return text.normalize('NFKC').replace(SPACED_LETTERS, (run) => run.replaceAll(' ', ''));
}

// Where people or goods came from, named in passing (`Many came from Luzhou district and from neighbouring Henan
// province`, `visitors from Luzhou district flocked to …`, `orders come from as far as Beijing`): `from` and the
// place names after it (capitalised words, a list of them, their level word), not a route's start (`from Luzhou
// district to Pingshun county`, where `to` follows). Only the phrase is blanked; the clause goes on being read.
const PLACE_NAME = String.raw`${NAME}(?:\s+${NAME})*`;
const PLACE_LIST = String.raw`${PLACE_NAME}(?:\s*,\s*${PLACE_NAME})*(?:,?\s+(?:and|or)\s+${PLACE_NAME})?`;
const LEVEL_AFTER = String.raw`(?:district|county|province|city|town|township|village|zone)s?|counties|cities`;
const FROM_PLACE = new RegExp(
  String.raw`\bfrom\s+(?:(?:as\s+far\s+as|across|neighbouring|neighboring|nearby)\s+)?(?:the\s+)?${PLACE_LIST}(?:\s+(?:${LEVEL_AFTER})\b)?`,
  'gu',
);
const ROUTE_ON = /^\s+to\b/u;

/** The text without the places it names in passing (FROM_PLACE, where no `to` follows). */
function withoutPassing(text: string): string {
  return text.replace(FROM_PLACE, (phrase: string, at: number, whole: string) =>
    ROUTE_ON.test(whole.slice(at + phrase.length)) ? phrase : ' '.repeat(phrase.length),
  );
}

// Who a quoted speaker is, after their name (`…," said Zhao Min, a teacher in Luzhou district.`, `said Li Jun, sales
// manager of a company in Changzhi High-tech Zone`, `Wang Lei, a resident of Luzhou district, said …`): where the
// speaker lives or works, named in passing, as a visitor's home is. Read away only where the item names a place of
// its own besides (a villager's words may be all that names the village the item is about).
const SPEAKER = String.raw`${NAME}\s+${NAME}`;
const WHO = String.raw`,\s+(?:(?:a|an|the)\s+)?[a-z0-9][^.,;:"“”]{0,60}?\b(?:in|of|at|from)\s+(?:the\s+)?${PLACE_LIST}(?:\s+(?:${LEVEL_AFTER}|Zone)\b)?`;
const SPEAKER_PLACE = new RegExp(String.raw`\b(?:said|says|told\s+[A-Za-z ]{1,30}?)\s+${SPEAKER}${WHO}|\b${SPEAKER}${WHO}(?=,\s+(?:said|says)\b)`, 'gu');

// But an office the speaker holds in a body named as the one body (`director of the transport bureau of Luzhou
// district`, `head of the canteen in Xiangyuan county`, `an official of the housing bureau of …`): the body is the
// place's own, and its place is the item's, not a home. A worker of some business (`manager of a bakery in …`) or a
// resident (`a resident of …`, `a nurse in …`) is still where the speaker lives or works.
const OFFICE = /,\s+[^,]*?\b(?:of|at)\s+the\s+[a-z]/u;

// A county's name opening a longer proper name in a sentence, a name of Chinese words romanised (`a Shangdang Bangzi
// show`, the opera; `said Qin Lei, an official`, a person): capitalised words right after it, not its level word, every
// one of them a run of pinyin syllables. A name with an English word in it is a body or a site named for the county
// (`Luzhou People's Hospital`, `Qinyuan Middle School`, `Licheng Huangya Cave`), which places the item as
// 潞州区人民医院 does in Chinese (review R4 F17). Not in a headline set in title case (`Luzhou Opens Six New Canteens`),
// where every longer word is capitalised: a line is a sentence where some word of four letters or more is not. And the
// city after a county and a comma (`in Licheng county, Changzhi`) is that county's address, as 长治市 before a county is
// in Chinese (describe/regions.ts), not the city spoken of.
const COUNTY_NAMES = [...new Set(FORMS.map((f) => f.pattern.source.slice(2, -2)))].join('|');
const LEVEL_NAME = String.raw`(?:County|District|Zone|Town|Township|Subdistrict)\b`;
const CAPITALISED = String.raw`[A-Z][A-Za-z'’]*`;
const LONGER_NAME = new RegExp(String.raw`\b(?:${COUNTY_NAMES})((?:[ \t]+(?!${LEVEL_NAME})${CAPITALISED})+)`, 'gu');
// A pinyin syllable, toneless: an initial and its final, or a final of its own opening on a, o or e (y and w write the
// others' zero initial). `Bangzi`, `Lei`, `Huangya` are runs of them; `Hospital`, `Middle`, `Cave`, `People's` are not.
const SYLLABLE = String.raw`(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])(?:iang|iong|uang|ang|eng|ing|ong|uai|ian|iao|uan|van|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|ve|er|a|o|e|i|u|v)|(?:ang|eng|ai|ei|ao|ou|an|en|er|a|o|e))`;
const PINYIN_WORD = new RegExp(String.raw`^(?:${SYLLABLE})+$`, 'iu');
// English heads of a body's or a site's name that also spell as pinyin syllables (`Mine` mi·ne, `Home`, `Lane`, `Line`,
// `Women` wo·men): a name ending on one, or holding one, is the county's body or site (`Tunliu Mine`, `Luzhou Home for the
// Aged`, `Tunliu Women and Children's Hospital`, `Luzhou Lane`: review R5 F11), not a romanised name.
const ENGLISH_HEAD = /^(?:Mine|Home|Lane|Line|Lake|Gate|Women|Pagoda)$/iu;
const romanised = (run: string): boolean => run.trim().split(/[ \t]+/u).every((word) => PINYIN_WORD.test(word) && !ENGLISH_HEAD.test(word));
const CITY_ADDRESS = new RegExp(String.raw`(?<=\b(?:county|district|County|District),[ \t]+)${escape(CITY.en)}\b`, 'gu');
const SENTENCE_LINE = /\b[a-z][a-z]{3,}\b/u;

/** The text without a county's name opening another's (LONGER_NAME) or the city as a county's address (CITY_ADDRESS). */
function withoutOtherNames(text: string): string {
  const blank = (m: string) => ' '.repeat(m.length);
  return text
    .split('\n')
    .map((line) =>
      (SENTENCE_LINE.test(line) ? line.replace(LONGER_NAME, (m: string, run: string) => (romanised(run) ? blank(m.slice(0, -run.length)) + run : m)) : line).replace(
        CITY_ADDRESS,
        blank,
      ),
    )
    .join('\n');
}

/** The text without where its quoted speakers live or work (SPEAKER_PLACE), an office in a body kept (OFFICE). */
function withoutSpeakers(text: string): string {
  return text.replace(SPEAKER_PLACE, (phrase: string) => (OFFICE.test(phrase) ? phrase : ' '.repeat(phrase.length)));
}

/**
 * The places an English text names, as the gazetteer's place keys, in gazetteer order (a town after its
 * county, which it brings with it): county-level places by their English names, towns by theirs (a name two
 * towns share counts only in the county the text names), and the city (`Changzhi`) where it is named other
 * than as the first word of the zone's or a masthead's name (OTHER_NAME).
 */
export function findEnglishPlaces(printed: string): string[] {
  const passing = withoutPassing(withoutOtherNames(readable(printed)));
  const others = placesIn(withoutSpeakers(passing));
  return others.length > 0 ? others : placesIn(passing);
}

/** The places `text` names (findEnglishPlaces, with nothing read away). */
function placesIn(text: string): string[] {
  const found = new Set<Place>(FORMS.filter((f) => f.pattern.test(text)).map((f) => f.place));
  const counties = new Set([...found].map((p) => p.name));
  const towns = [...new Set([...TOWN_FORMS.filter((f) => f.pattern.test(text)).map((f) => f.place), ...listedTowns(text)])];
  for (const town of towns) {
    const namesakes = towns.filter((t) => t.en === town.en);
    if (namesakes.length > 1 && !counties.has(town.parent!)) continue;
    found.add(town);
    const county = PLACES.find((p) => p.name === town.parent && isCountyLevel(p));
    if (county) found.add(county);
  }
  if (CITY_NAMED.test(text.replace(OTHER_NAME, ' '))) found.add(CITY);
  return PLACES.filter((p) => found.has(p)).map(placeKey);
}
