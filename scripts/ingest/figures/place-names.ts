// The places a text names, with offsets, as figure regions write them: `长治市`, a county-level place
// (`壶关县`), or a town under its county (`上党区西火镇`). Reads the gazetteer (src/domain/places/), and adds
// what only a report's wording tells: 我市/全市 is 长治市 (these are Changzhi's papers), 全省 is 山西省, and
// relative words (`全县`, `该区`, `全镇`) are returned with the level they stand for, to be resolved from
// the wider text.

import * as gazetteer from '../../../src/domain/places/gazetteer.ts';
import { inPassing, listAround } from '../describe/regions-passing.ts';
import { townStemsAt } from '../describe/town-stems.ts';
import { boundedMemo } from './memo.ts';
import { RANGE_MARK } from './units.ts';

export type PlaceLevel = 'province' | 'city' | 'county' | 'town';

export interface Place {
  /** The name a figure record carries: `长治市`, `壶关县`, `上党区西火镇`. */
  name: string;
  level: PlaceLevel;
  /** The record name of the place it lies in (none for the province). */
  parent?: string;
}

/** What a relative word stands for: the county or town of the context, or its most specific place (当地). */
export type RelativeLevel = 'county' | 'town' | 'local';

export interface PlaceMention {
  at: number;
  end: number;
  /** A named place, or a relative word standing for the place of that level in the context. */
  place?: Place;
  relative?: RelativeLevel;
  /** 县里/区里 opening its clause: the county acting, which acts in a town its sentence names (figures/place.ts). */
  acts?: true;
}

const PROVINCE: Place = { name: '山西省', level: 'province' };
const CITY: Place = { name: gazetteer.CITY.name, level: 'city', parent: PROVINCE.name };

const WORDS: Record<string, Place | RelativeLevel> = {
  我市: CITY, 全市: CITY, 本市: CITY, 市区: CITY, 全省: PROVINCE, 山西省: PROVINCE, 我省: PROVINCE,
  全县: 'county', 该县: 'county', 县城: 'county', 全区: 'county', 该区: 'county',
  县域: 'county', 全镇: 'town', 该镇: 'town', 镇里: 'town', 镇上: 'town', 全乡: 'town', 该乡: 'town', 全街道: 'town', 当地: 'local',
  // A village, community or estate named before (`壶关县龙泉镇东关小区…公司对该小区…`) lies in its town.
  该村: 'town', 该社区: 'town', 该小区: 'town',
};
// (市级 is not here either: it ranks a scheme, `列入市级民生实事的…改造任务12公里` in a district's report is the
// district's work on the city's list, not the city's figure.)
// (县里 and 区里 are not here: inside a clause they name the county's government and what it has, `县里承诺的民生实事`,
// `看上县里专家`, not where a figure is, and a figure of a town of the county stays the town's. Opening the clause
// they are the county acting, `按照县里规定，…每月收费1200元`, `下半年，区里计划再发放贷款1亿元`: COUNTY_ACTS.)
const WORD = new RegExp(Object.keys(WORDS).join('|'), 'g');
// A bare 市/县/区/镇 heading an institution's name (`市公安局`, `县财政`, `区卫健局`, `镇党委`, an office:
// `市城市照明管理处`) is the city, or
// the county or town of the context.
// Only where the body acts, at the start of a clause or after a bracketed tag (`【回复】市卫健委：在备案托育机构…每人每月
// 补贴200元`: the city's scheme), not `用好省委、市委相关政策`.
// A body that only speaks (`市水务局答：`, `市卫健委负责人介绍，`) is who tells, not where the figure is.
const INSTITUTION = /(?<=^|[，,。；;：:】])([市县区镇])(?=[\p{Script=Han}]{0,6}?(?:局|委|办|处|财政|政府|公司|医院|中心|院|馆|所|队|站|热线|平台))(?![\p{Script=Han}]{1,12}?(?:答|介绍|表示|说|称|指出|透露)[，,：:])/gu;
// 县里/区里 as its clause's subject: at the clause's start, after at most a time word or 按照/根据/由 (the county's
// rules, money, plans). A figure there is the county's even after a town was named in the sentences before (the guide: a
// county's total stays the county's); in a sentence that names a town the county acts there (`县里在王桥镇新建…3个`,
// `八义镇完成户厕改造1260户，区里对每户给予补助1500元`: the town's), figures/place.ts.
const COUNTY_ACTS = /(?<=^|[，,。；;：:！？!?】\s])(?:今年|明年|去年|目前|当前|如今|按照|根据|由)?([县区]里)/gu;
const INSTITUTION_LEVEL: Record<string, Place | RelativeLevel> = { 市: CITY, 县: 'county', 区: 'county', 镇: 'town' };
// A place that is a comparison or an aim, not where the figure is: `高于全市平均水平`, `向全省优秀开发区迈进`.
const COMPARED = /(?:高于|低于|超过|比|较|向|居|占)$/;
// Where people go (`群众到县城办事`, `夏店镇至县城的专线`): the county seat or town they travel to is not where they are;
// nor where goods go (`西红柿、黄瓜直供县城超市`, `销县城`, `运县城`, `送县城`).
const DESTINATION = /(?:到|去|往|至|进|赶|供|销|运|送)$/;
const TRAVELLED_TO = new Set(['县城', '镇上', '镇里']);
// Several towns (`程家山镇等3个乡镇`, `大峡谷镇、桥上乡等地`): the county holding them.
// A rank among the places of the city or province (`走在全市前列`, `高于全省平均水平`).
const RANKED = /^(?:前列|平均|第[一二三]|首位|排名|领先|之最|同类)/;
// … but the place's own average, its measure and number after it (`此次降雪全市平均降水量达到6.8毫米`), is the place's figure.
const OWN_AVERAGE = /^平均[\p{Script=Han}]{1,8}?(?:达到|达|为|是|约|有)?[0-9０-９]/u;
// The average a threshold is set against (`在全省上年度…就业人员平均工资的60%至300%之间`): a yardstick, not the place.
const YARDSTICK = /^[\p{Script=Han}]{0,20}?平均(?:工资|水平)/u;
const SEVERAL_AFTER = /^(?:等(?:地|[0-9一二三四五六七八九十几]+个(?:乡镇|镇|乡))|、[\p{Script=Han}]{1,4}(?:镇|乡|街道))/u;
const SEVERAL_BEFORE = /(?:镇|乡|街道)、$/;
// A town a route from the county seat runs to (`开通县城至晋庄镇的“暖心巴士”`, `县城至龙溪镇集中供热管网`, a table's
// `县城—树掌镇` line): the county's
// route, which holds both ends. (A town's own line to the seat, `夏店镇至县城的专线`, stays the town's.)
const FROM_SEAT = new RegExp(`县城(?:——|${RANGE_MARK})$`, 'u');
function routeEnd(text: string, m: gazetteer.PlaceMention): boolean {
  return FROM_SEAT.test(text.slice(Math.max(0, m.start - 4), m.start));
}
// Bare 长治 is the city as a brand or a name (`打造长治“智感谷”`, `长治医学院`), and the city heading a school's,
// hospital's or company's name says where the body is from, not where the figure is (a county's hospital
// is where its figures are: `沁源县人民医院医养中心`).
const BODY_AFTER = /^(?:医学院|学院|大学|人民医院|医院|公司|集团|银行|日报|晚报|电视台|第|中学|小学|学校)/;
function notThePlace(m: gazetteer.PlaceMention, text: string): boolean {
  if (m.place?.level !== 'city') return false;
  return m.text !== m.place.name || BODY_AFTER.test(text.slice(m.end));
}
// A partner or a comparison, not where the figure is: `强化与潞州区规划对接`.
const PARTNER = /(?:与|同|跟|比|较|向|来自)$/;
const QUOTED_NAME = /[“‘「『][^“”‘’「」『』，,。；;！？!?]{1,24}[”’」』]/g;
// A place in a book title names the document (`按照《长治市城市供水条例》的要求`, typed `<<…>>` too), not where
// the figure is.
const BOOK_TITLE = /《[^《》\n]{1,40}》|<<[^<>\n]{1,40}>>/g;

// A mine or plant named after its town is in that town (the annotation guide: 余吾煤业 → 屯留区余吾镇): a town's
// name without 镇/乡/街道, when no other town shares it, right before the word for a mine or a plant.
const WORKS_AFTER = /^(?:煤业|煤矿|矿业|电厂|热电厂|发电厂)/;
const WORKS_WORD = /煤业|煤矿|矿业|电厂/;
const TOWN_STEMS: readonly { stem: string; place: gazetteer.Place }[] = (() => {
  const towns = gazetteer.PLACES.filter(gazetteer.isTownLevel).map((place) => ({ stem: place.name.replace(/(?:镇|乡|街道)$/, ''), place }));
  return towns.filter((t) => t.stem.length >= 2 && towns.filter((o) => o.stem === t.stem).length === 1);
})();

/** Mines and plants named after their town (`余吾煤业` → 屯留区余吾镇): where each is named and its town. */
export function worksTowns(text: string): { at: number; end: number; place: gazetteer.Place }[] {
  const out: { at: number; end: number; place: gazetteer.Place }[] = [];
  // (No word for a mine or a plant, no stem to look for: one scan of the text instead of one per town.)
  if (!WORKS_WORD.test(text)) return out;
  for (const { stem, place } of TOWN_STEMS) {
    for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + stem.length)) {
      if (WORKS_AFTER.test(text.slice(at + stem.length))) out.push({ at, end: at + stem.length, place });
    }
  }
  return out;
}

/** A gazetteer place as a record names it. */
export function recordPlace(place: gazetteer.Place): Place {
  if (place.level === 'city') return CITY;
  // The zone goes by its short name (长治高新区), as the papers write it.
  if (place.level === 'zone') return { name: place.shortForms[0] ?? place.name, level: 'county', parent: CITY.name };
  if (gazetteer.isCountyLevel(place)) return { name: place.name, level: 'county', parent: CITY.name };
  return { name: `${place.parent}${place.name}`, level: 'town', parent: place.parent! };
}

/** Every place and relative place word in a text, in order (shared and frozen: each text is scanned once). */
export const scanPlaces: (text: string) => readonly PlaceMention[] = boundedMemo(scanText);

function scanText(text: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  const titles = [...text.matchAll(BOOK_TITLE)].map((t) => [t.index, t.index + t[0].length] as const);
  const inTitle = (at: number) => titles.some(([a, b]) => at >= a && at < b);
  // Every name the gazetteer reads, kept or not: a place word inside one (市区 in `与长治市区公交…换乘`) is part of it.
  const names: { at: number; end: number }[] = [];
  const mentions = gazetteer.scanPlaces(text);
  for (const [k, m] of mentions.entries()) {
    names.push({ at: m.start, end: m.end });
    // A place named in passing (`比邻近的襄垣县同类大棚高出约3000元`, `迎来潞州区一所中学的400多名学生`) is not
    // where the figure is (describe/regions-passing.ts); nor is any place of a list so named (`销往平顺、潞城、长子等
    // 县区`, `来自平顺、潞城等县区的1200名选手`).
    const list = listAround(text, mentions, k, false);
    if (!m.place || inTitle(m.start) || notThePlace(m, text) || PARTNER.test(text.slice(Math.max(0, m.start - 2), m.start))) continue;
    if (inPassing(text, list)) continue;
    const place = recordPlace(m.place);
    const several = place.level === 'town' && (SEVERAL_AFTER.test(text.slice(m.end)) || SEVERAL_BEFORE.test(text.slice(0, m.start)) || routeEnd(text, m));
    out.push({ at: m.start, end: m.end, place: several ? findPlace(place.parent!)! : place });
    // A town's bare stem right after its county is that town (`沁源县灵空山冰雪乐园` → 沁源县灵空山镇), as
    // describe reads it for the article (describe/town-stems.ts); one stem alone, not a list of them.
    if (place.level === 'county') {
      const stems = townStemsAt(text, m.end, m.place);
      if (stems.length === 1) out.push({ at: stems[0]!.at, end: stems[0]!.end, place: recordPlace(stems[0]!.place) });
    }
  }
  for (const works of worksTowns(text)) {
    if (!out.some((p) => p.at < works.end && works.at < p.end)) out.push({ at: works.at, end: works.end, place: recordPlace(works.place) });
  }
  // Relative words inside a quoted name (`“全省公安交警系统…竞赛”`) or a comparison name no place.
  const plain = text.replace(QUOTED_NAME, (q) => ' '.repeat(q.length)).replace(BOOK_TITLE, (q) => ' '.repeat(q.length));
  const add = (at: number, length: number, word: Place | RelativeLevel, acts = false) => {
    if ([...out, ...names].some((p) => p.at < at + length && at < p.end) || COMPARED.test(plain.slice(Math.max(0, at - 2), at))) return;
    if (TRAVELLED_TO.has(plain.slice(at, at + length)) && DESTINATION.test(plain.slice(Math.max(0, at - 1), at))) return;
    const after = plain.slice(at + length);
    if ((RANKED.test(after) && !OWN_AVERAGE.test(after)) || YARDSTICK.test(after)) return;
    out.push(typeof word === 'string' ? { at, end: at + length, relative: word, ...(acts ? { acts: true as const } : {}) } : { at, end: at + length, place: word });
  };
  WORD.lastIndex = 0;
  for (let m = WORD.exec(plain); m; m = WORD.exec(plain)) {
    if (!BODY_AFTER.test(plain.slice(m.index + m[0].length))) add(m.index, m[0].length, WORDS[m[0]]!);
  }
  COUNTY_ACTS.lastIndex = 0;
  for (let m = COUNTY_ACTS.exec(plain); m; m = COUNTY_ACTS.exec(plain)) add(m.index + m[0].length - 2, 2, 'county', true);
  INSTITUTION.lastIndex = 0;
  for (let m = INSTITUTION.exec(plain); m; m = INSTITUTION.exec(plain)) add(m.index, 1, INSTITUTION_LEVEL[m[1]!]!);
  return out.sort((a, b) => a.at - b.at);
}

/** A place by a name a record or an article carries (`壶关县`, `翟店街道`, `潞城区翟店街道`, `山西省`). */
export function findPlace(name: string): Place | undefined {
  if (name === PROVINCE.name) return PROVINCE;
  const place = gazetteer.findPlace(name);
  return place ? recordPlace(place) : undefined;
}
