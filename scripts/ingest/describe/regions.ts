// Which places in Changzhi an article is about: the county-level divisions and towns its text names,
// plus the city itself when the article is about the whole city rather than one county.

import { CITY, COUNTIES, REGIONS, TOWNS, townEnglishName, type County, type RegionInfo } from '../../../src/domain/places/regions.ts';
import { SHORT_FORMS } from '../lexicon/regions.ts';

interface Mention {
  region: string;
  at: number;
  end: number;
}

const COUNTY_NAMES = Object.keys(COUNTIES) as County[];
const TOWN_NAMES = Object.values(TOWNS).flat();

// A town the lexicon lacks, named right after its county: 平顺县北社乡, 潞城区史回镇, 沁县沁州黄镇.
// Stems are 2–3 characters; the county may be written short (壶关百尺镇).
const COUNTY_OR_SHORT = [...COUNTY_NAMES, ...SHORT_FORMS.filter((s) => !s.onlyAtPhraseStart).map((s) => s.text)];
const TOWN_AFTER_COUNTY = new RegExp(`(${COUNTY_OR_SHORT.join('|')})([\\p{Script=Han}]{2,3}?)(街道|镇|乡)`, 'gu');
// Stems that are ordinary words, not names: 城乡, 各乡镇, 全县乡村 …
const NOT_A_TOWN_STEM = /^[各全该本等城乡镇村县区市省]|城乡|乡镇|乡村|[和及与的]/u;

// The city as a whole. 长治市区 is the city's urban area seen from a county, and 长治县 the old name of
// 上党区, so neither says "the whole city".
const CITY_SIGNAL = /长治(?!市区|县)市?|我市|全市|本市|市里/gu;

/**
 * Regions named in `text`, by first appearance: counties and towns as in REGIONS (short forms normalised:
 * 壶关 → 壶关县), plus 长治市 when the article is city-wide, i.e. it speaks of the city (长治, 我市, 全市, 市里)
 * at least as often as of its most-named county. Towns are listed as named; their county is not added.
 */
export function findRegions(text: string): string[] {
  const mentions = [...fullNameMentions(text), ...townAfterCountyMentions(text)];
  mentions.push(...shortFormMentions(text, mentions));

  const placeCounts = new Map<string, number>();
  for (const m of mentions) placeCounts.set(m.region, (placeCounts.get(m.region) ?? 0) + 1);
  const cityMentions = [...text.matchAll(CITY_SIGNAL)];
  const mostNamedPlace = Math.max(0, ...placeCounts.values());
  if (cityMentions.length > 0 && cityMentions.length >= mostNamedPlace) {
    const at = cityMentions[0]?.index ?? 0;
    mentions.push({ region: CITY, at, end: at });
  }

  const ordered = mentions.sort((a, b) => a.at - b.at);
  return [...new Set(ordered.map((m) => m.region))];
}

/** What REGIONS knows of a region, or for a town found only by pattern, what its name tells. */
export function regionInfo(name: string): RegionInfo | undefined {
  const known = REGIONS[name];
  if (known) return known;
  if (/(街道|镇|乡)$/u.test(name)) return { level: 'town', en: townEnglishName(name) };
  return undefined;
}

function fullNameMentions(text: string): Mention[] {
  const mentions: Mention[] = [];
  for (const name of [...COUNTY_NAMES, ...TOWN_NAMES]) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
      mentions.push({ region: name, at, end: at + name.length });
    }
  }
  return mentions;
}

function townAfterCountyMentions(text: string): Mention[] {
  const mentions: Mention[] = [];
  for (const match of text.matchAll(TOWN_AFTER_COUNTY)) {
    const [whole, county = '', stem = '', suffix = ''] = match;
    if (NOT_A_TOWN_STEM.test(stem)) continue;
    const town = stem + suffix;
    if (REGIONS[town]) continue; // already found by its full name
    const at = (match.index ?? 0) + county.length;
    mentions.push({ region: town, at, end: (match.index ?? 0) + whole.length });
  }
  return mentions;
}

function shortFormMentions(text: string, fullNames: Mention[]): Mention[] {
  const mentions: Mention[] = [];
  for (const { text: short, county, onlyAtPhraseStart } of SHORT_FORMS) {
    for (let at = text.indexOf(short); at !== -1; at = text.indexOf(short, at + short.length)) {
      if (fullNames.some((m) => at >= m.at && at < m.end) || isInsideFullName(text, at, short)) continue;
      if (onlyAtPhraseStart && !atPhraseStart(text, at)) continue;
      mentions.push({ region: county, at, end: at + short.length });
    }
  }
  return mentions;
}

/** 壶关 in 壶关县, 潞城 in 潞城区: the full name has been counted already. */
function isInsideFullName(text: string, at: number, short: string): boolean {
  return COUNTY_NAMES.some((name) => name.startsWith(short) && text.startsWith(name, at));
}

/** After punctuation, a quote, a space or the city's name (`“长子理发师”`), not inside a phrase (`家中长子`). */
function atPhraseStart(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = text.slice(Math.max(0, at - 2), at);
  return !/\p{Script=Han}$/u.test(before) || before === '长治';
}
