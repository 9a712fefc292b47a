// The county a page is printed for, read off its masthead: a county's paper (`今日武乡`, `武乡新闻`,
// `中共武乡县委机关报 武乡县融媒体中心主办`) writes 我县, 全县, 县里 for its own county, as the city's papers write
// 我市 for the city (describe/regions.ts). A city paper's furniture names the city or no place at all, so its
// pages have no home county, and there 全县 says nothing by itself.

import { isCountyLevel, scanPlaces, type Place } from '../../../src/domain/places/gazetteer.ts';
import { scanPlaces as scanPlaceWords } from '../figures/place-names.ts';
import { sentenceText, splitSentences } from '../figures/sentences.ts';
import { findFigureSpans } from '../figures/spans.ts';
import { isSpacedOut } from '../structure/caption-form.ts';
import { STAFF_DESK, STAFF_ROLE } from '../structure/page-lines.ts';

// A page's index entry (`▶2版 黎城县：暖气进了山里人家`) names the county of an article, not the page's.
const INDEX_ENTRY = /^[▶►▷>]|[：:，,。！？]/u;
// A staff field on the date or masthead line (`编辑：郝 丽`, `责任编辑：李敏`, `校对/陈 静`): its colon is a label's, no
// index entry's, and a person's name (two or three characters, maybe spaced) names no place. Read without it, the
// line's other words (`2025年12月5日 星期五 今日壶关`) name the paper as a line printing no staff does. The roles are the
// page line's (structure/page-lines.ts STAFF_ROLE: 责编, 版式, 美术编辑 …, finding #17 of session 32); a role glued to a word
// before it is its desk word alone (`今日壶关编辑：…` leaves 今日壶关).
const STAFF_FIELD = new RegExp(`(?:(?<!\\p{Script=Han})${STAFF_ROLE}|${STAFF_DESK})[：:／/][\\s\\u3000]*\\p{Script=Han}(?:[ \\u3000]?\\p{Script=Han}){1,2}(?!\\p{Script=Han})`, 'gu');

/**
 * The one county-level place the page's furniture lines name (each line naming nothing else), when they all
 * agree; undefined when none does, or when they name two counties or the city.
 */
export function homeCountyOf(furniture: readonly string[]): Place | undefined {
  const named = new Set<Place>();
  for (const printed of furniture) {
    const line = printed.replace(STAFF_FIELD, ' ');
    if (INDEX_ENTRY.test(line.trim())) continue;
    // The city right before its county (`长治市武乡县融媒体中心`) is the county's address, not a second place.
    // (A masthead set letter by letter, `平 顺 新 闻`, names its county as one printed together does.)
    const mentions = scanPlaces(isSpacedOut(line) ? line.replace(/[\s\u3000]+/gu, '') : line);
    const places = mentions
      .filter((m, k) => !(m.place?.level === 'city' && mentions[k + 1]?.start === m.end && mentions[k + 1]?.place !== undefined))
      .map((m) => m.place);
    if (places.length === 0) continue;
    if (places.some((p) => p === undefined || !isCountyLevel(p))) return undefined;
    for (const p of places) named.add(p!);
  }
  return named.size === 1 ? [...named][0] : undefined;
}

// A count the text gives in digits (`12件`, `1300余件`, `3.6万户`, `22℃`), not a date's (`2025年`, `12月22日`, `8时`).
const COUNT_IN_DIGITS = /(?<![\d.])\d+(?:\.\d+)?(?![\d.]|年|月|日|时|点|:|：)/u;
// The nation's or a province's whole (`全国`, `外省`; `全省`, `我省`, `山西省` are the province figures/place-names.ts reads).
// The nation is also 我国, and 国家 opening its clause as the one that sets the rule (`据统计，我国60岁以上老年人已达3亿人`,
// `国家规定，…每月不低于143元`: review R4 F11); 国家 inside the county's own sentence is what the county got or followed
// (`县里争取国家专项资金…`, `按照国家标准…`, `创建国家卫生县城`, `国家级`: review R5 F12), the county's.
const WIDER_WHOLE = /全国|外省|省外|各省|我国|(?<![^，。；！？\s])国家(?!级)/u;

/**
 * Whether an opinion piece speaks of its paper's own county when it names no place: where it gives the county's
 * figures, a figure the ingest reads in a sentence naming no wider place (`去年的12件民生实事之所以件件落地`,
 * `县供热热线已受理群众诉求1300余件`), as a report that names none does; in general
 * words only (`清单晒出来了，更要一件一件抓落实`) it is about no place (the README's places: a commentary that names no
 * place and gives no figures has regions []; one that gives its place's figures is that place's).
 */
export function givesHomeFigures(text: string): boolean {
  return text.split('\n').some((paragraph) =>
    splitSentences(paragraph)
      .map((s) => sentenceText(paragraph, s))
      .some((s) => COUNT_IN_DIGITS.test(s) && findFigureSpans(s).length > 0 && !namesWiderPlace(s)),
  );
}

// A sentence of a wider place's figures (`…浙江一些地方推出“老年食堂”，全省已建成老年助餐点1.2万个`): another's, not the
// county's (review R3 F13). A number that counts nothing (`拨打12345热线`, `24小时有人接听`) is no figure (figures/spans.ts).
function namesWiderPlace(sentence: string): boolean {
  return WIDER_WHOLE.test(sentence) || scanPlaceWords(sentence).some((m) => m.place?.level === 'province');
}
