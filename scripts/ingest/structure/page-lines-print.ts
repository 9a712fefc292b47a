// More lines a page prints about itself, by their form (page-lines.ts isPageLine takes them as the page's): what a
// printed or exported copy adds round a page, the paper's small boxes, and what an OCR leaves of its rules.
// - where the page stands in a printed file: `第 3 页 共 8 页`, `第3页/共8页`, `共8页`, `Page 3 of 8`, `3/8`, `第3版（共8版）`;
// - the file's own name (`czrb20251118_03.pdf`) and when it was printed or exported (`2025/11/18 09:30:15`,
//   `打印时间：2025-11-18 09:30`): a bare stamp of date and clock, or one after a label saying the copy was made;
// - a page's number set off from its section's name by a slash (`03/要闻`, `要闻／A3`) and a pointer to a page alone
//   (`详见第3版`, `（见第6版）`): a teaser with its title is page-lines.ts's;
// - the weather box: a day or place, the sky, the temperatures, the wind, each a part of its own
//   (`今日天气：晴 -5℃~8℃ 西北风3级`, `明天 多云转阴 -3℃~10℃`), or the air's quality (`空气质量：良`);
// - an ad's mark alone (`广告`, `【广告】`, `公益广告`, `广　告`), its source and licence lines, an account mentioned alone
//   (`@长治日报`), and the e-paper's name (`长治日报电子版`, `数字报`);
// - the issue's number alone (`第3期`, `（总第1256号）`), the paper's house (`长治日报社`), a special issue's name (`两会特刊`, `温暖过冬　专版`), a stack (`B叠`, `要闻A1`);
// - the colophon's days of printing (`每周二、五出版`) and legal adviser (`本报法律顾问：某某律师事务所`), the call to
//   subscribe (`欢迎订阅2026年度《长治日报》`), the paper's account named alone (`长治日报微信公众号`);
// - OCR's debris: one sign alone (`｜`, `■`, `·`) or a few (`【 】`, `□□`), one letter repeated (`口口口`, `一 一 一`, `lll`).
// Article text never stands so: a sentence about the weather has its clause marks (`今天最高气温8℃，…`), a headline
// about it a verb (`明日最低气温-5℃ 注意防寒`), a title that cites a page its words.

import { scanPlaces } from '../../../src/domain/places/gazetteer.ts';
import { tagWords } from '../figures/words.ts';
import { isRule } from './shape.ts';

const S = '[\\s\\u3000]';
const N = '\\d{1,3}';

// `第 3 页 共 8 页`, `第3页/共8页`, `共8页 第3页`, `第3页`, `共8页`, `Page 3 of 8`, `3 / 8`.
const PAGE_OF = new RegExp(
  `^(?:第${S}*${N}${S}*页(?:${S}*[/／,，]?${S}*共${S}*${N}${S}*页)?|共${S}*${N}${S}*页(?:${S}*[/／,，]?${S}*第${S}*${N}${S}*页)?|page${S}+${N}(?:${S}+of${S}+${N})?|${N}${S}*[/／]${S}*${N})$`,
  'iu',
);
// `第3版（共8版）`, `A3版（共12版）`.
const PAGE_OF_PAGES = /^(?:第?[一二三四五六七八九十\d]{1,3}|[A-H]\d{1,2})版[\s\u3000]*[(（]共[\s\u3000]*\d{1,2}[\s\u3000]*版[)）]$/u;
// A file's name: no space in it, an extension a copy is saved with.
const FILE_NAME = /^[^\s\u3000。，！？；：:]{1,60}\.(?:pdf|docx?|wps|txt|rtf|html?|jpe?g|png|tiff?|caj|xlsx?)$/iu;
// A stamp of date and clock (seconds maybe): `2025/11/18 09:30:15`, `2025-11-18 09:30`.
const STAMP = '\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?:[\\s\\u3000]+|T)\\d{1,2}:\\d{2}(?::\\d{2})?';
const BARE_STAMP = new RegExp(`^${STAMP}$`, 'u');
// After a label saying when the copy was made: printed, exported, downloaded, saved, taken.
const MADE_STAMP = new RegExp(`^(?:打印|导出|下载|生成|保存|采集|抓取|截取|截图)(?:时间|日期|于)?[：:]?${S}*(?:${STAMP}|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2})$`, 'u');
// A page's number and its section's name, a slash between: `03/要闻`, `第3版／县域新闻`, `要闻 / A3`.
const PAGE_SLASH = /^(?:(?:0\d|第?\d{1,2}版|[A-D]\d{1,2})[\s\u3000]*[/／][\s\u3000]*\p{Script=Han}{2,6}|\p{Script=Han}{2,6}[\s\u3000]*[/／][\s\u3000]*(?:0\d|第?\d{1,2}版|[A-D]\d{1,2}))$/u;
// A pointer to another page alone: `详见第3版`, `（见第6版）`, `请看A4版`.
const SEE_PAGE = /^[(（]?(?:详|请|敬请)?(?:见|看|阅)第?(?:[一二三四五六七八九十\d]{1,3}|[A-H]\d{1,2})版[)）]?$/u;

// The weather box's parts: a day or a place with the word weather maybe (`今日天气：`, `长治`, `明天`), the sky
// (`晴`, `多云转阴`, `小雨`), the temperatures (`-5℃~8℃`, `2~12℃`), the wind (`西北风3级`, `微风`), the air (`空气质量：良`).
const SKY = '(?:晴|阴|多云|少云|[小中大暴阵雷冻]?雨|雨夹雪|[小中大暴阵]?雪|[大浓轻]?雾|霾|扬沙|浮尘|沙尘暴?)';
const WEATHER_PARTS = {
  day: /^(?:(?:今|明|后)(?:日|天)|今夜|今晚|夜间|白天|周[一二三四五六日])(?:天气(?:预报)?)?[：:]?$/u,
  sky: new RegExp(`^${SKY}(?:转${SKY}){0,2}$`, 'u'),
  range: /^-?\d{1,2}(?:℃|°C?)?[~～至\-－—/]-?\d{1,2}(?:℃|°C?)$/u,
  temperature: /^-?\d{1,2}(?:℃|°C?)$/u,
  wind: /^(?:[东南西北]{1,2}风|风力)[\d一二三四五六七八九]{1,2}(?:[~～\-—至转][\d一二三四五六七八九]{1,2})?级$|^微风$/u,
  // A place or a label before the sky (`长治`, `长治天气：`): no weather without the sky beside it.
  label: /^\p{Script=Han}{2,6}(?:天气(?:预报)?)?[：:]?$/u,
};
const AIR = /^(?:空气质量|AQI)[：:\s\u3000]?(?:优|良|轻度污染|中度污染|重度污染|\d{1,3})$/u;
// The box's title alone: `天气预报`, `今日天气`, `长治天气` (a day or a place before it; `极端天气` names a thing).
const WEATHER_TITLE = /^(\p{Script=Han}{0,6}?)天气(?:预报)?$/u;
const WEATHER_DAY = /^(?:今日|明日|今天|明天|一周|本周|周末|近期|未来三天|未来一周)?$/u;
type WeatherPart = keyof typeof WEATHER_PARTS;

function isWeatherTitle(t: string): boolean {
  const before = WEATHER_TITLE.exec(t)?.[1];
  if (before === undefined) return false;
  const places = scanPlaces(before);
  return WEATHER_DAY.test(before) || (places.length === 1 && places[0]!.text === before);
}

/**
 * A line of the weather box: the sky with anything of the box beside it (`今天 晴 -5℃~8℃`, `今日天气：晴`), or a range
 * of temperatures with its day or its wind (`明天 -3℃~10℃`); or the air's quality alone. A label and a range with no
 * sky (`供暖温度 18~22℃`) is a row of data.
 */
export function isWeatherLine(text: string): boolean {
  const t = text.trim().replace(/([：:])[\s\u3000]+/gu, '$1');
  if (AIR.test(t) || isWeatherTitle(t)) return true;
  // `今日天气：晴` is a label and the sky after its colon.
  const parts = t.split(/[\s\u3000]+|(?<=[：:])/u).filter(Boolean);
  const kinds = parts.map((p) => (Object.keys(WEATHER_PARTS) as WeatherPart[]).find((k) => WEATHER_PARTS[k].test(p)));
  if (parts.length < 2 || kinds.some((k) => k === undefined)) return false;
  const has = (k: WeatherPart) => kinds.includes(k);
  // A day alone beside the sky (`今日 小雪`) may be a headline naming the day's solar term: the sky needs something of
  // the box beside it, a temperature, the wind, a place, or the day labelled (`今日天气：晴`, `明天：小雨`).
  const beside = kinds.some((k, i) => k !== 'sky' && !(k === 'day' && !/(?:天气(?:预报)?|[：:])$/u.test(parts[i]!)));
  return (has('sky') && beside) || (has('range') && (has('day') || has('wind')));
}

// `广告`, `【广告】`, `（广告）`, `公益广告`, `广　告`: an ad's mark alone on its line.
const AD_MARK = /^[【\[（(〔]?[\s\u3000]*(?:公益|分类|商业)?广[\s\u3000]*告[\s\u3000]*[】\]）)〕]?$/u;
// The e-paper's name: `长治日报电子版`, `上党晚报数字报`, `数字报`, `电子报`.
const E_PAPER = /^(?:\p{Script=Han}{2,8}(?:日报|晚报|早报|报))?(?:电子版|数字报|电子报|数字版)$/u;
// OCR's debris: one sign that is no letter or number alone; one character repeated three times or more.
const LONE_SIGN = /^[\p{P}\p{S}]$/u;
const REPEATED = /^(\p{L})(?:[\s\u3000]*\1){2,}$/u;

// When the paper comes out, alone on its line: `每周二、五出版`, `逢周三出版`, `每日出版`.
const SCHEDULE = /^(?:每|逢)(?:日|天|周[一二三四五六日、]{1,7}|月\d{1,2}日(?:、\d{1,2}日)*)出版$/u;
// The paper's legal adviser in its colophon: `本报法律顾问：山西某某律师事务所`.
const LEGAL_ADVISER = /^(?:本报|本刊|本社)?(?:常年)?法律顾问[：:][\s\u3000]*\p{Script=Han}{2,20}律师事务所(?:[\s\u3000]+\p{Script=Han}{2,4}律师)*$/u;

// The issue's number alone (`第3期`, `（第12期）`, `2025年第12期`) and a special issue's or page's name (`两会特刊`,
// `2025长治两会特刊`, `温暖过冬　专版`, `号外`); a paper's stack (`B叠`) and a section's name glued to its page (`要闻A1`).
const ISSUE_ALONE = /^[（(]?(?:\d{4}年)?第[\d一二三四五六七八九十百]{1,4}期[)）]?$|^[（(]?总第\d{1,6}[期号][)）]?$|^第\d{3,6}号$/u;
// The paper's call to subscribe: `欢迎订阅2026年度《长治日报》`, `敬请订阅《上党晚报》！`.
const SUBSCRIBE = /^(?:欢迎|敬请|请)?订阅(?:\d{4}年度?)?《\p{Script=Han}{2,10}(?:日报|晚报|早报|报|周刊)》[！!。]?$/u;
// The paper's or the county's account named alone (`长治日报微信公众号`, `长治发布官方抖音号`), as a QR code's note prints it.
const ACCOUNT = /^\p{Script=Han}{2,10}(?:日报|晚报|报|发布|融媒|新闻)(?:官方)?(?:微信公众号|公众号|微博|抖音号|视频号|客户端|APP)$/u;
// An ad's own lines: who it is from (`本广告由某某公司提供`), its licence (`广告发布登记号：…`); an account mentioned alone
// (`@长治日报`).
const AD_LINE = /^(?:本|此|以上)?版?广告(?:内容)?由\p{Script=Han}{2,20}(?:提供|发布|制作)$|^广告(?:发布)?(?:登记号|经营许可证号?|许可证号?)[：:]\S+$/u;
const MENTION = /^[@＠]\p{Script=Han}{2,12}$/u;
// The paper's house alone: `长治日报社`, `上党晚报社`.
const PAPER_HOUSE = /^\p{Script=Han}{2,10}(?:日报|晚报|早报|商报|周报)社$/u;
const SPECIAL_ISSUE = /^(?:\d{4}[·・]?)?[\p{Script=Han}·・\s\u3000]{0,12}?(?:特刊|专刊|增刊|专版|号外|特辑)$/u;
const STACK = /^[A-H]叠$/u;
// A section's name glued to its page (`县域B2`, `时政要闻A3`): the name one or two words of two characters, as sections
// are named; a thing's name before a letter and a number is one word of its own (`维生素B12`).
const SECTION_PAGE = /^(\p{Script=Han}{2}|\p{Script=Han}{4})[A-D]\d{1,2}$/u;

function isSectionPage(t: string): boolean {
  const name = SECTION_PAGE.exec(t)?.[1];
  return name !== undefined && tagWords(name).every((w) => [...w.word].length === 2);
}

/** A special issue's name: nothing done to a thing in the words before it (`本报推出两会特刊` is a headline), or set apart from them. */
function isSpecialIssue(t: string): boolean {
  if (!SPECIAL_ISSUE.test(t)) return false;
  const before = t.replace(/(?:特刊|专刊|增刊|专版|号外|特辑)$/u, '');
  // (A place's name is no verb: `屯留区民生实事专版`.)
  const words = scanPlaces(before).reduce((rest, p) => rest.replace(p.text, ''), before.replace(/[\d·・]/gu, ''));
  // A verb with its object after it says what was done (`推出两会`); one closing a name is the name's (`乡村振兴`).
  const tagged = tagWords(words);
  return /[\s\u3000·・]$/u.test(before) || !tagged.slice(0, -1).some((w) => w.tag === 'v');
}

/** Whether the whole line is one of the page's own lines above (see the head of this file). */
export function isPrintedPageLine(text: string): boolean {
  const t = text.trim();
  if (!t || t.includes('\n')) return false;
  return (
    PAGE_OF.test(t) ||
    PAGE_OF_PAGES.test(t) ||
    FILE_NAME.test(t) ||
    BARE_STAMP.test(t) ||
    MADE_STAMP.test(t) ||
    PAGE_SLASH.test(t) ||
    SEE_PAGE.test(t) ||
    isWeatherLine(t) ||
    AD_MARK.test(t) ||
    E_PAPER.test(t) ||
    SCHEDULE.test(t) ||
    ISSUE_ALONE.test(t) ||
    PAPER_HOUSE.test(t) ||
    SUBSCRIBE.test(t) ||
    ACCOUNT.test(t) ||
    AD_LINE.test(t) ||
    MENTION.test(t) ||
    isSpecialIssue(t) ||
    STACK.test(t) ||
    isSectionPage(t) ||
    LEGAL_ADVISER.test(t) ||
    isDebris(t)
  );
}

/** `｜`, `■`, `口口口`, `一 一 一`, `lll`: a sign alone or one character repeated, what OCR reads off a rule or a smudge. */
export function isDebris(text: string): boolean {
  const t = text.trim();
  // (A number repeated is a figure: `111`, `000`.) Signs alone, a few of them (`【 】`, `□□`, `“”`), are what is left of a
  // picture's or a box's frame; a rule drawn with them is a rule (shape.ts isRule).
  return LONE_SIGN.test(t) || (REPEATED.test(t) && !/^\d/u.test(t)) || (SIGNS.test(t) && [...t.replace(/[\s\u3000]/gu, '')].length <= MAX_SIGNS && !isRule(t));
}

const SIGNS = /^[\p{P}\p{S}\s\u3000]+$/u;
const MAX_SIGNS = 6;
