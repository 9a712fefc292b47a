// Which places in Changzhi an article is about, read only from the gazetteer (src/domain/places/): every
// county-level place its text names (a town's county with it), each town as county+town (潞城区史回镇),
// and the city itself when the article speaks for the whole city rather than one county. Nothing comes
// from a pattern, so 让城乡居民 names no place and 长治高新区 is the zone, not 长治市. A word that reads like
// a place but is not in the gazetteer (place-like.ts), or a town name two counties share with no county to
// tell which, becomes a warning for the ingest report, never a published place.

import { countyOf, scanPlaces, type Place, type PlaceMention } from '../../../src/domain/places/gazetteer.ts';
import { CITY, placeKey } from '../../../src/domain/places/regions.ts';
import type { Warning } from '../types.ts';
import { worksTowns } from '../figures/place-names.ts';
import { tagWords } from '../figures/words.ts';
import { listedHeldBack } from './held-back.ts';
import { placeLikeWords } from './place-like.ts';
import { inPassing, listAround } from './regions-passing.ts';
import { countyTables, isTownRow } from './regions-table.ts';
import { isBodiesLine } from '../structure/issuers.ts';
import { listedTownStems, townStemsAt } from './town-stems.ts';

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

// A bracketed note on who wrote the piece, a paragraph of its own under a commentary (`（作者单位：长治学院）`,
// `（作者系潞州区委党校教师）`): it says where the author works, not what the article is about.
const AUTHOR_NOTE = /^[（(]\s*(?:本文)?作者(?:单位|系|为|是|简介)?[：:]?[^（()）]*[）)]$/u;
// A line of bodies' names alone, labelled (`答复单位：长子县人民政府`) or standing under the headline before any sentence of
// text (`长治市生态环境局　长治市住房和城乡建设局`, `武乡县水利局`): who replies to a proposal, not a place the text is
// about (the reply's own text says where). The names are read as structure/issuers.ts reads a body's name
// (isBodiesLine). A body's name after text has begun is a notice's signer or a section's head and is read as text.
const BODIES_LABEL = /^(?:答复|承办|主办|协办|会办)单位[：:]\s*/u;
// A part that ends a sentence: text has begun.
const SENTENCE_END = /[。！？!?][”」』）)]?$/u;

/** Whether a paragraph names who replies: a line of bodies' names alone, labelled or before any text. */
function isReplyingBodies(text: string, textBegun: boolean): boolean {
  const line = text.trim();
  const labelled = BODIES_LABEL.test(line);
  return (labelled || !textBegun) && isBodiesLine(line.replace(BODIES_LABEL, ''));
}
// How often a body of the city must be named to weigh as the city in a county's article (see findPlaces).
const MIN_ACTING_BODY_MENTIONS = 2;
// The city as a whole in the paper's own words: these are Changzhi's papers, so 我市 is 长治市.
const CITY_WORDS = /我市|全市|本市/gu;
// 全市 as the frame a county is ranked or measured in (`居全市第一`, `在全市率先`, `全市首个`, `占全市的15%`,
// `走在全市前列`, `高于全市平均`): the county's story, not the city's.
const RANK_BEFORE = /(?:居|位居|位列|排名?|占|高于|低于|超过)$/u;
const RANK_AFTER = /^(?:第[一二三四五六七八九十\d]+|首[个家批座条]|唯一|前列|前[一二三四五六七八九十\d]+|领先|之首|率先|平均)/u;

/** The city word at `at` frames a ranking or a share (`居全市第一`, `在全市率先`, `占全市`), as `我市` never does. */
function ranksInCity(text: string, at: number, length: number): boolean {
  if (text.slice(at, at + length) !== '全市') return false;
  return RANK_AFTER.test(text.slice(at + length)) || RANK_BEFORE.test(text.slice(Math.max(0, at - 2), at));
}

// A county's paper speaks of its own county the same way (我县, 全县, 县里; a district's: 我区, 全区): the page's
// home county (describe/home-county.ts), when its masthead names one. Not 全县区 (every county and district).
const HOME_WORDS: Partial<Record<Place['level'], RegExp>> = {
  county: /(?:我|本|全)县(?!区)|县里/gu,
  district: /(?:我|本|全)区(?!县)|区里/gu,
};
// … and its bodies, as the city's are (`县人民医院`, `县图书馆`, `区民政局`; see CITY_BODY).
const HOME_BODIES: Partial<Record<Place['level'], RegExp>> = {
  county: /县[\p{Script=Han}]{1,8}?(?:局|委|办|中心|公司|院|馆|所|站|队)/gu,
  district: /区[\p{Script=Han}]{1,8}?(?:局|委|办|中心|公司|院|馆|所|站|队)/gu,
};
const NO_WORDS = /(?!)/gu;
// 长治市区 is the city's urban area seen from a county, not the whole city.
const URBAN_AREA = /^区/u;

/**
 * The places an article is about. 长治市 is added when the article speaks of the city (长治, 我市, 全市 …) at
 * least as often as of its most-named county, or names a body of the city (`市水务局`, `市里`) and no county (a town's mention counts for its county; `潞州区延安南路街道`
 * is one mention). A place named in passing (where someone comes from, `来自八义镇的杜师傅`; what the article's
 * place is compared with, `比邻近的襄垣县`: regions-passing.ts) is not what the article is about. (An English
 * item's places: describe/places-en.ts.) A table or chart whose rows are the counties (regions-table.ts) is the
 * reach of the city's statistic: its rows' places are kept apart as a reached list's are.
 */
export function findPlaces(parts: readonly PlaceText[], home?: Place): ArticlePlaces {
  const named: { key: string; at: number }[] = [];
  const perCounty = new Map<string, number>();
  const warnings: Warning[] = [];
  const unresolved = new Map<string, { candidates: readonly Place[]; blocks: Set<number>; at: number }>();
  let cityMentions = 0;
  let firstCity = Infinity;
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

  for (const [index, part] of parts.entries()) {
    const rows = tableRows[index]!;
    if (AUTHOR_NOTE.test(part.text.trim()) || isReplyingBodies(part.text, index > firstSentence)) {
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
        if (BODY_TAIL.test(after)) {
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
      cityMentions++;
      firstCity = Math.min(firstCity, offset + m.index);
    }
    for (const at of cityBodies(part.text)) {
      bodyMentions++;
      firstBody = Math.min(firstBody, offset + at);
      firstPartBody = Math.min(firstPartBody, offset + at);
    }
    if (firstPartBody < Infinity && named.length === namedBefore) {
      cityParts++;
      firstCityPart = Math.min(firstCityPart, firstPartBody);
    }
    offset += part.text.length + 1;
  }

  const topCounty = Math.max(0, ...perCounty.values());
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
  // On a county's own paper, an article that names no place at all is the home county's (`八路军太行纪念馆迎来参观
  // 高峰` in 武乡新闻), as 我县 would say.
  if (home !== undefined && named.length === 0 && unresolved.size === 0) named.push({ key: placeKey(home), at: 0 });
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

// What follows 长治市 in a body's full name (`长治市第二人民医院`, `长治市住建局`, `长治市城镇热力公司`).
const BODY_TAIL = /^[\p{Script=Han}]{1,8}?(?:局|委|办|厅|中心|公司|集团|院|馆|所|站|队|热线)(?![\p{Script=Han}]{0,2}[市县区镇乡])/u;
// A scheme going into places one after another: a verb of going in right before the list (`走进`, `深入`, `来到`,
// `走遍`, `遍及`), or 在 after 先后/分别/相继/陆续 (`先后在潞州、上党、屯留等地举办`).
const REACH_BEFORE = /(?:走进|走入|深入|来到|走遍|遍及|(?:先后|分别|相继|陆续|依次)(?:走进|来到|在|到))$/u;
// How many places such a list names at least: one or two may be the article's own scene.
const MIN_REACHED = 3;
// Where the reporter went to look (`记者走访潞州区东街街道、太行西街街道多家农贸市场发现`): the places the story was
// gathered in, which in the city's article stand for the city (its prices, its markets), one place or several.
const REPORTER_WENT = /记者[^，,。；;：:“”]{0,6}?(?:走访|探访|来到|走进|深入)了?$/u;
// A list of examples: places closed by 等 (`我市在潞州区、上党区、襄垣县等县区新建`, `其中，沁源县、武乡县等山区县`) names
// some of the places a scheme reached, not every one; with as many counties as a reach list (MIN_REACHED: one or
// two may be the story's own, `在潞城区、襄垣县等地组织订单班`, dev 54) it is a reach list too. (Not
// after 来自: where the people the city's work serves come from counts, `患者来自平顺、武乡、沁源等山区县`, dev 24.)
const EXAMPLES_AFTER = /^等/u;
const SERVED_FROM = /来自$/u;
// A shorter list closed by 等 and the kind of place it stands for (`优先保障武乡县、沁源县等山区学校`, `沁源县、武乡县等
// 山区县`, `潞州、上党等县区`): it names two of more such places, the reach of the city's scheme too (ruled in session
// 12). Not 等地 (`在潞城区、襄垣县等地组织订单班`, dev 54), which may close the story's own places.
const KIND_AFTER = /^等(?!地)[\p{Script=Han}]/u;
const MIN_KIND_LISTED = 2;

/**
 * Is the list at `list` the places a scheme went through (three or more county-level places after a verb of
 * going in, or closed by 等), or where the reporter went to gather the story?
 */
function reachedList(text: string, mentions: readonly PlaceMention[], list: { start: number; end: number }): boolean {
  const before = text.slice(0, list.start);
  if (REPORTER_WENT.test(before)) return true;
  const counties = new Set(
    mentions.filter((m) => m.start >= list.start && m.end <= list.end && m.place).map((m) => countyOf(m.place!.name) ?? m.place!),
  );
  if (EXAMPLES_AFTER.test(text.slice(list.end)) && !SERVED_FROM.test(before) && counties.size >= MIN_REACHED) return true;
  if (KIND_AFTER.test(text.slice(list.end)) && !SERVED_FROM.test(before) && counties.size >= MIN_KIND_LISTED) return true;
  return REACH_BEFORE.test(before) && counties.size >= MIN_REACHED;
}

// A body of the city by its name's form: `市` and a name that ends like a body's (`市水务局`, `市医保中心`,
// `市城镇热力公司`, `市人民医院`, the service line it runs: `市供热服务热线`); `市里` (the city's authorities); `市区` (its urban area: `市区7条公交线路`).
const CITY_BODY = /市(?:[\p{Script=Han}]{1,8}?(?:局|委|办|厅|中心|公司|集团|院|馆|所|站|队|热线)|里|区(?!域))/gu;

/**
 * Where the text names a body of the city (`记者从市水务局获悉`), as offsets in `text`: the `市` must stand as
 * a word of its own, not end one (城市, 超市, 股市 …: jieba reads the character before it and 市 as one word).
 */
function cityBodies(text: string): number[] {
  return bodies(text, CITY_BODY).filter((at) => text.slice(Math.max(0, at - 2), at) !== '长治' && !SPEAKS.test(text.slice(at)));
}

// A body of the city that only speaks (`市城市管理局提醒：…可拨打12345`, `市住建局负责人介绍，`) tells the article's
// readers something; it does not make the article the city's, as figures/place-names.ts reads it too.
const SPEAKS = /^市[\p{Script=Han}]{1,12}?(?:局|委|办|厅|中心|公司|院|所|站|队)(?:有关)?(?:负责人|工作人员)?(?:提醒|提示|介绍|表示|说|称|指出|透露|答)[，,：:]/u;

/**
 * Where `pattern` (a body's name opening with its level's character, 市/县/区) matches as a word of its own:
 * not where jieba reads the character before it and the level's character as one word (城市, 超市, 社区, 小区).
 */
function bodies(text: string, pattern: RegExp): number[] {
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

/** The places one text is about (findPlaces on a single piece of text, on a page of `home`'s paper), for tests and callers without blocks. */
export function findRegions(text: string, home?: Place): string[] {
  return findPlaces([{ text, source: [] }], home).regions;
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
