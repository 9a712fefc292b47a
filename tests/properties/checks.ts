// The properties issue 15 ("How it will be checked") asks of the ingest's output on any page, read from the
// output and the page text alone — no gold: places only from the gazetteer, no article dated by a plan year, no
// done figure dated after its page, every article dated or named undated by the report, page furniture out of
// bodies, a caption never a paragraph nor a byline or date line, an English item an article of its own, no empty
// article. Each check takes one ingested page (corpus.ts) and returns its violations, one line each, naming the
// page, the article and what breaks. Where the page's date is needed it is read from the page's date line by the
// line's form here (pageDateYear), not from the ingest, so a date line the ingest misses is a violation too.
import { regionKey } from '../../src/domain/places/regions.ts';
import type { BuiltArticle } from '../../scripts/ingest/pipeline.ts';
import type { FigureRecord } from '../../src/domain/figure.ts';
import type { ReadPage } from './corpus.ts';

export type Check = (page: ReadPage) => string[];

const squash = (s: string) => s.replace(/[\s\u3000]+/gu, '');
const name = (page: ReadPage, a: BuiltArticle) => `${page.label}: 「${a.article.title}」`;

// A page's date line: a short line (no clause punctuation) with a full date and what only a date line prints
// beside it — a weekday, a page number, the lunar date (`2025年11月18日 星期二 第3版`, `2025-11-18 周二`).
const FULL_DATE = /((?:19|20)\d{2})\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[.\-/]\s*\d{1,2}\s*[.\-/]\s*\d{1,2}(?!\d))/u;
const PAGE_MARK = /星期[一二三四五六日天]|周[一二三四五六日](?!\p{Script=Han})|礼拜[一二三四五六日天]|第\s*[\dA-H一二三四五六七八九十]{1,3}\s*版|农历/u;
const CLAUSE_MARK = /[，。；！？,;!?]/u;
const MAX_DATE_LINE_CHARS = 80;

/** Markup around a whole line that a text export may add (`<p>`, `**`, `#`, indents): not the line's words. */
function bareLine(line: string): string {
  return line
    .normalize('NFKC')
    .replace(/<[^>]+>/gu, '')
    .replace(/^[#*>\s]+|[*\s]+$/gu, '')
    .trim();
}

/** Whether a line (or a body node) is a page's date line by its form. */
export function isDateLine(line: string): boolean {
  const l = bareLine(line);
  return l.length <= MAX_DATE_LINE_CHARS && !CLAUSE_MARK.test(l) && FULL_DATE.test(l) && PAGE_MARK.test(l);
}

/** The year the page's date line prints, when it prints one. */
export function pageDateYear(text: string): number | undefined {
  const line = text.split('\n').find(isDateLine);
  return line === undefined ? undefined : Number(FULL_DATE.exec(bareLine(line))![1]);
}

/**
 * The year of the page an article is printed on: its date as the ingest took it, else the year its furniture
 * prints (`聚焦 2025 长治两会`, the draft's pageYear), else its date line's as read here.
 */
function pageYearOf(page: ReadPage, a: BuiltArticle): number | undefined {
  return page.report.page?.date !== undefined ? Number(page.report.page.date.slice(0, 4)) : (a.article.pageYear ?? pageDateYear(page.text));
}

// The one place above the city a figure may be about: `来自全省17支参赛队伍` is the province's (the figures guide,
// tests/fixtures/figures-gold/README.md, region); an article is never about it alone.
const PROVINCE = '山西省';

/**
 * 1. Every article region and every figure region is one place of the gazetteer (a division, its towns, or the
 * city). Narrowed to a form the gazetteer resolves to one place (regionKey): a figure names the zone by its short
 * name (长治高新区, as the figures guide and the gold write it), an article by its key (长治高新技术产业开发区);
 * and a figure may be the province's.
 */
export const placesInGazetteer: Check = (page) =>
  page.articles.flatMap((a) => [
    ...a.article.regions.filter((r) => regionKey(r) === undefined).map((r) => `${name(page, a)} region ${r}`),
    ...a.figures
      .filter((f) => f.region !== undefined && f.region !== PROVINCE && regionKey(f.region) === undefined)
      .map((f) => `${name(page, a)} figure ${f.text} region ${f.region}`),
  ]);

// A clause that says what is to be done, before the year it names (`计划2026年底前`, `力争到2027年`, `到2030年`),
// or a deadline after it (`2026年底前`, not `2025年前三季度`).
const PLAN_BEFORE = /计划|目标|力争|争取|确保|预计|预期|拟|规划|将|有望|明年|(?<!截)[到至]\s*$/u;
const DEADLINE_AFTER = /^\s*年[^，。；！？\n]{0,8}?(?:前|之前|以前)(?![一二两三四五六七八九十\d]|半年)/u;
const CLAUSE_START = /[，,。；;！？!?\n：:]/u;
const HAN_DIGITS = '〇一二三四五六七八九';

/** The text of an article a year is read from: its title, deck and body. */
function articleText(a: BuiltArticle): string {
  return [a.article.title, a.article.subtitle ?? '', ...a.article.body.map((n) => n.text)].join('\n');
}

/** Whether the mention of a year at `at` (its four digits) stands in a clause of plans or before a deadline. */
function isPlanned(text: string, at: number): boolean {
  let start = at;
  while (start > 0 && !CLAUSE_START.test(text[start - 1]!)) start--;
  return PLAN_BEFORE.test(text.slice(start, at)) || DEADLINE_AFTER.test(text.slice(at + 4, at + 20));
}

/**
 * 2. No article dated by a plan year: on a dated page an article's year is never later than the page's; on an
 * undated page an article's year is named in its text, and not only in clauses of plans, targets or deadlines.
 */
export const noPlanYear: Check = (page) =>
  page.articles.flatMap((a) => {
    const pageYear = pageYearOf(page, a);
    const year = a.article.year;
    if (year === undefined) return [];
    if (pageYear !== undefined) return year > pageYear ? [`${name(page, a)} year ${year} after its page's ${pageYear}`] : [];
    const text = articleText(a);
    // `2025年`, `2025届`, or in Chinese numerals `二〇二五年` (○ and 零 for 〇).
    const han = [...String(year)].map((d) => HAN_DIGITS[Number(d)]).join('');
    const mentions = [...text.replace(/[○零]/gu, '〇').matchAll(new RegExp(`(?<![\\d〇一二三四五六七八九])(?:${year}|${han})(?=\\s*[年届])`, 'gu'))].map((m) => m.index!);
    if (mentions.length === 0) return [`${name(page, a)} year ${year} named nowhere in it`];
    return mentions.every((at) => isPlanned(text, at)) ? [`${name(page, a)} year ${year} named only in plans`] : [];
  });

/**
 * Whether a rate's (or its change's) sentence sets it for the year ahead by name: a scheme's year (`2026年度城乡居民医保个人缴费标准
 * 为每人每年400元`) or the far end of a season (`2025—2026年采暖季…每平方米22元`). A standard set now for next
 * year's cover or this winter is in force, and the figures guide dates it by the scheme's year.
 */
function setForYearAhead(f: FigureRecord): boolean {
  const year = String(f.year);
  return (f.kind === 'per' || f.kind === 'change') && new RegExp(`${year}\\s*年度|\\d{4}\\s*[—–~-]\\s*${year}\\s*年`, 'u').test(f.sentence);
}

/**
 * 3. A done figure (`actual`) is never dated after its page's date; a plan or target may be. Narrowed: a rate
 * set by name for the year ahead, or its change from the year before (setForYearAhead), is done and dated by
 * that year, as the gold dates it (dev 72, 235, 262: `2026年度…个人缴费标准为每人每年400元，比上年提高20元`).
 */
export const noFutureActual: Check = (page) =>
  page.articles.flatMap((a) => {
    const pageYear = pageYearOf(page, a);
    if (pageYear === undefined) return [];
    return a.figures
      .filter((f) => f.status === 'actual' && f.year !== undefined && f.year > pageYear && !setForYearAhead(f))
      .map((f) => `${name(page, a)} actual figure ${f.text} (${f.sentence.slice(0, 40).replace(/\n/gu, ' ')}) year ${f.year} after its page's ${pageYear}`);
  });

/**
 * 4. Every article has a year or the ingest report names it undated; a page that prints a date line gives
 * every article its date and that date's year.
 */
export const datedOrReported: Check = (page) => {
  const undated = new Set(page.report.undated ?? []);
  const lineYear = pageDateYear(page.text);
  const date = page.report.page?.date;
  const missed = lineYear !== undefined && date === undefined ? [`${page.label}: date line of ${lineYear} not read as the page's date`] : [];
  return [
    ...missed,
    ...page.articles.flatMap((a) => {
      if (a.article.year === undefined && !undated.has(a.article.title)) return [`${name(page, a)} no year, not reported undated`];
      if (date !== undefined && (a.article.date !== date || a.article.year !== Number(date.slice(0, 4)))) {
        return [`${name(page, a)} dated ${a.article.date ?? '—'} year ${a.article.year ?? '—'} on a page of ${date}`];
      }
      return [];
    }),
  ];
};

// The staff credits of a page (`责任编辑：王晓燕 美编：陈冬`): roles and names only.
const STAFF_LINE = /^(?:\p{Script=Han}{0,4}(?:编辑|责编|美编|校对|审核|审校|签发|版式|监制)[：:/]\s*\p{Script=Han}(?:\s?\p{Script=Han}){1,3}\s*)+$/u;

/** 5a. Page furniture never in a body: no body paragraph or heading is a date line or a line of staff credits. */
export const noFurnitureInBody: Check = (page) =>
  page.articles.flatMap((a) =>
    a.article.body
      .filter((n) => n.kind !== 'caption' && (isDateLine(n.text) || STAFF_LINE.test(bareLine(n.text))))
      .map((n) => `${name(page, a)} body ${n.kind} 「${n.text.slice(0, 50)}」 is page furniture`),
  );

// A byline standing alone: roles and names only (`本报记者 张三 通讯员 李四`), no photo credit's 摄.
const BYLINE_ONLY = /^(?:(?:本报|特约|见习)?(?:记者|通讯员|实习生)[\s：:]*(?:\p{Script=Han}(?:\s?\p{Script=Han}){1,3}[\s、]*)+)+$/u;

/** 5b. A caption is never also a paragraph of the page, nor a date line or a byline standing alone. */
export const captionsAreCaptions: Check = (page) => {
  const paragraphs = new Set(page.articles.flatMap((a) => a.article.body.filter((n) => n.kind === 'paragraph').map((n) => squash(n.text))));
  return page.articles.flatMap((a) =>
    a.article.captions.flatMap((c) => {
      if (paragraphs.has(squash(c))) return [`${name(page, a)} caption 「${c.slice(0, 40)}」 also a paragraph`];
      if (isDateLine(c)) return [`${name(page, a)} caption 「${c.slice(0, 40)}」 is a date line`];
      if (BYLINE_ONLY.test(bareLine(c))) return [`${name(page, a)} caption 「${c.slice(0, 40)}」 is a byline`];
      return [];
    }),
  );
};

const HAN = /\p{Script=Han}/gu;
const LATIN_WORD = /[A-Za-z]{2,}/gu;
/** An English paragraph: words in Latin letters and no Chinese character. */
const MIN_ENGLISH_WORDS = 6;
const isEnglish = (text: string) => (text.match(HAN) ?? []).length === 0 && (text.match(LATIN_WORD) ?? []).length >= MIN_ENGLISH_WORDS;

/** 5c. An English item is an article of its own with lang en: no Chinese article holds an English paragraph. */
export const englishOnItsOwn: Check = (page) =>
  page.articles.flatMap((a) => {
    if (a.article.lang === 'en') return (a.article.title.match(HAN) ?? []).length > 0 ? [`${name(page, a)} lang en with a Chinese title`] : [];
    return a.article.body.filter((n) => n.kind === 'paragraph' && isEnglish(n.text)).map((n) => `${name(page, a)} lang zh holds English 「${n.text.slice(0, 50)}」`);
  });

/** 5d. No empty article: every article has a paragraph, a heading or a caption. */
export const noEmptyArticle: Check = (page) =>
  page.articles.filter((a) => a.article.body.length === 0 && a.article.captions.length === 0).map((a) => `${name(page, a)} is empty`);

// A topic tag as a page prints it (`#民生微实事#`, `# 数说 #`), at a line's start or among its words.
const TOPIC_TAG = /#[\s\u3000]?([^#\s\u3000]{2,20})[\s\u3000]?#/gu;

/**
 * 5e. Topic tags stay text: the words of every `#…#` tag printed among the page's articles stand in an article (its
 * title, kicker or body). Narrowed to tags on lines with an article's text above and below them: a copy's own tag
 * lines at the page's head or foot (`#长治民生# #暖心服务#` under the account's name, `#长治发布# …` links to past posts)
 * are its furniture, as the gold writes them (dev 167, 247).
 */
export const topicTagsKept: Check = (page) => {
  const written = squash(page.articles.map((a) => a.markdown).join('\n'));
  const lines = page.text.normalize('NFKC').split('\n');
  const kept = lines.map((l) => {
    const words = squash(bareLine(l.replace(TOPIC_TAG, '')));
    return words.length >= 4 && written.includes(words);
  });
  const [first, last] = [kept.indexOf(true), kept.lastIndexOf(true)];
  const tags = new Set(lines.flatMap((l, k) => (k > first && k < last ? [...l.matchAll(TOPIC_TAG)].map((m) => m[1]!) : [])));
  return [...tags].filter((t) => !written.includes(squash(t))).map((t) => `${page.label}: tag #${t}# in no article`);
};

/** Every property by the name its test goes under. */
export const CHECKS: Readonly<Record<string, Check>> = {
  'places are in the gazetteer': placesInGazetteer,
  'no article is dated by a plan year': noPlanYear,
  'no done figure is dated after its page': noFutureActual,
  'every article is dated or reported undated': datedOrReported,
  'no page furniture in a body': noFurnitureInBody,
  'captions are neither paragraphs, date lines nor bylines': captionsAreCaptions,
  'an English item is its own article': englishOnItsOwn,
  'no article is empty': noEmptyArticle,
  'topic tags stay text': topicTagsKept,
};
