// How the city and a county's own paper speak of their place, read by form: the city's words (我市, 全市, 本市; not
// 全市 framing a county's rank, `居全市第一`), a home county's (我县, 全区, 县里), a body of the city by its name's form
// (`市水务局`, `长治市第二人民医院`; not one that only speaks, `市住建局负责人介绍，`) or of the home county (`县人民医院`).
// regions.ts weighs them against the counties an article names.

import type { Place } from '../../../src/domain/places/gazetteer.ts';
import { tagWords } from '../figures/words.ts';

// How often a body of the city must be named to weigh as the city in a county's article (see findPlaces).
export const MIN_ACTING_BODY_MENTIONS = 2;
// The city as a whole in the paper's own words: these are Changzhi's papers, so 我市 is 长治市.
export const CITY_WORDS = /我市|全市|本市/gu;
// 全市 as the frame a county is ranked or measured in (`居全市第一`, `在全市率先`, `全市首个`, `占全市的15%`,
// `走在全市前列`, `高于全市平均`): the county's story, not the city's.
const RANK_BEFORE = /(?:居|位居|位列|排名?|占|高于|低于|超过)$/u;
const RANK_AFTER = /^(?:第[一二三四五六七八九十\d]+|首[个家批座条]|唯一|前列|前[一二三四五六七八九十\d]+|领先|之首|率先|平均)/u;

/** The city word at `at` frames a ranking or a share (`居全市第一`, `在全市率先`, `占全市`), as `我市` never does. */
export function ranksInCity(text: string, at: number, length: number): boolean {
  if (text.slice(at, at + length) !== '全市') return false;
  return RANK_AFTER.test(text.slice(at + length)) || RANK_BEFORE.test(text.slice(Math.max(0, at - 2), at));
}

// A county's paper speaks of its own county the same way (我县, 全县, 县里; a district's: 我区, 全区): the page's
// home county (describe/home-county.ts), when its masthead names one. Not 全县区 (every county and district).
export const HOME_WORDS: Partial<Record<Place['level'], RegExp>> = {
  county: /(?:我|本|全)县(?!区)|县里/gu,
  district: /(?:我|本|全)区(?!县)|区里/gu,
};
// … and its bodies, as the city's are (`县人民医院`, `县图书馆`, `区民政局`; see CITY_BODY).
export const HOME_BODIES: Partial<Record<Place['level'], RegExp>> = {
  county: /县[\p{Script=Han}]{1,8}?(?:局|委|办|中心|公司|院|馆|所|站|队)/gu,
  district: /区[\p{Script=Han}]{1,8}?(?:局|委|办|中心|公司|院|馆|所|站|队)/gu,
};
export const NO_WORDS = /(?!)/gu;
// 长治市区 is the city's urban area seen from a county, not the whole city.
export const URBAN_AREA = /^区/u;

// What follows 长治市 in a body's full name (`长治市第二人民医院`, `长治市住建局`, `长治市城镇热力公司`).
export const BODY_TAIL = /^[\p{Script=Han}]{1,8}?(?:局|委|办|厅|中心|公司|集团|院|馆|所|站|队|热线)(?![\p{Script=Han}]{0,2}[市县区镇乡])/u;

// A body of the city by its name's form: `市` and a name that ends like a body's (`市水务局`, `市医保中心`,
// `市城镇热力公司`, `市人民医院`, the service line it runs: `市供热服务热线`, and the one its number names,
// `市12345政务服务便民热线`, `市12345热线`); `市里` (the city's authorities); `市区` (its urban area: `市区7条公交线路`);
// the city's own councils by their short names, which end on no body's word (`市委`, `市政府`, `市人大`, `市政协`; their
// sessions, `市十六届人大六次会议`, `市人代会`, `市两会`).
const COUNCIL = '委|政府|人大(?!代表)|政协|人代会|两会|[一二三四五六七八九十]{1,3}届(?:人大|政协)';
const CITY_BODY = new RegExp(`市(?:[\\p{Script=Han}]{1,8}?(?:局|委|办|厅|中心|公司|集团|院|馆|所|站|队|热线)|\\d{5}[\\p{Script=Han}]{0,8}?热线|${COUNCIL}|里|区(?!域))`, 'gu');

/**
 * Where the text names a body of the city (`记者从市水务局获悉`), as offsets in `text`: the `市` must stand as
 * a word of its own, not end one (城市, 超市, 股市 …: jieba reads the character before it and 市 as one word), and be
 * no other place's (太原市委, 晋中市政府: see namesAnotherPlace).
 */
export function cityBodies(text: string): number[] {
  const found: number[] = [];
  let another = -1;
  for (const at of bodies(text, CITY_BODY)) {
    if (text.slice(Math.max(0, at - 2), at) === '长治' || SPEAKS.test(text.slice(at))) continue;
    // Another city's (`太原市委`, `晋中市政府`), and a body listed with it (`太原市委、市政府`: the second is 太原's too).
    if (namesAnotherPlace(text, at) || (another >= 0 && text[at - 1] === '、' && LISTED_AFTER.test(text.slice(another, at - 1)))) {
      another = at;
      continue;
    }
    found.push(at);
  }
  return found;
}

// What stands between another city's 市 and the 、 of a body listed after it (`市委` in `太原市委、市政府`).
const LISTED_AFTER = /^市[\p{Script=Han}]{1,9}$/u;

/**
 * The 市 at `at` is another place's, by jieba's tags in its sentence: a place's name ends on it (晋中市/ns,
 * 阳泉市/ns) or stands right before the word it opens (太原/ns + 市委). 长治 is left to the caller.
 */
function namesAnotherPlace(text: string, at: number): boolean {
  const start = Math.max(0, ...[...SENTENCE_ENDS].map((end) => text.lastIndexOf(end, at) + 1));
  const words = tagWords(text.slice(start, at + 8));
  const i = words.findIndex((w) => w.start <= at - start && at - start < w.end);
  const word = words[i];
  if (word === undefined) return false;
  if (word.start < at - start) return word.tag === 'ns';
  const previous = words[i - 1];
  return previous !== undefined && previous.end === word.start && previous.tag === 'ns';
}
const SENTENCE_ENDS = '。！？；\n';

// A body of the city that only speaks (`市城市管理局提醒：…可拨打12345`, `市住建局负责人介绍，`) tells the article's
// readers something; it does not make the article the city's, as figures/place-names.ts reads it too.
const SPEAKS = /^市[\p{Script=Han}]{1,12}?(?:局|委|办|厅|中心|公司|院|所|站|队)(?:有关)?(?:负责人|工作人员)?(?:提醒|提示|介绍|表示|说|称|指出|透露|答)[，,：:]/u;

/**
 * Where `pattern` (a body's name opening with its level's character, 市/县/区) matches as a word of its own:
 * not where jieba reads the character before it and the level's character as one word (城市, 超市, 社区, 小区).
 */
export function bodies(text: string, pattern: RegExp): number[] {
  const found: number[] = [];
  for (const m of text.matchAll(pattern)) {
    const before = text[m.index - 1];
    if (before !== undefined && /\p{Script=Han}/u.test(before)) {
      const words = tagWords(before + m[0][0]!);
      if (words.length === 1 && words[0]!.tag !== 'x') continue;
    }
    found.push(m.index);
  }
  return found;
}
