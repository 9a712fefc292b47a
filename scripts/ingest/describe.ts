// Stage 5: one segment of a page → an article draft: frontmatter (title, byline, kind, regions, topics,
// year …) and body. Pure: the CLI reads the seeds and writes content/.

import { isGeneralAdvice } from './describe/advice-box.ts';
import { buildBody } from './describe/body.ts';
import { findByline } from './describe/byline.ts';
import { givesHomeFigures } from './describe/home-county.ts';
import { findKind, type PagePosition } from './describe/kind.ts';
import { findEnglishPlaces } from './describe/places-en.ts';
import { findPlaces } from './describe/regions.ts';
import { datelineParts } from './describe/regions-dateline.ts';
import { findTitles } from './describe/title.ts';
import { BODY_WEIGHT, findTopics, HEADING_WEIGHT, LEAD_WEIGHT, TITLE_WEIGHT, type WeightedText } from './describe/topics.ts';
import { findYear, postedYear } from './describe/year.ts';
import { captionsOf, captionsThatRead } from './structure/caption-form.ts';
import { isDataLine } from './structure/data-box.ts';
import { isLatin } from './structure/shape.ts';
import type { ArticleDraft, Block, Segment } from './types.ts';
import type { Place } from '../../src/domain/places/gazetteer.ts';

export { cleanByline, findByline } from './describe/byline.ts';
export { findKind, type PagePosition } from './describe/kind.ts';
export { findPlaces, findRegions } from './describe/regions.ts';
export { findTopics, scoreTopics, type WeightedText } from './describe/topics.ts';
export { findYear } from './describe/year.ts';

// A credit that names who sent the piece (`市医疗保障局供稿`, `（高新区人才服务中心供稿）`).
const SENT_BY = /供稿[）)]?$/u;
// A byline whose place is not the author's own: a reporter's or correspondent's, an outlet's (`武乡县融媒体中心 X`,
// `长治日报`, `黎城新闻网`, `本报讯`), a photo's or compiler's credit, a sender's (供稿: SENT_BY), an English one.
const NOT_THE_AUTHORS_PLACE = /记者|通讯员|融媒|媒体|新闻|报|台|摄|图|提供|供稿|整理|编辑|网|讯|By/u;
// A text that speaks from its author's place in the first person (`我家住在…`, `我们学校的新操场`, `我们村`), or a body's reply
// (`…的提案的答复`, `【回音】`): the byline's place is what it writes of.
const SPEAKS_FROM = /我家|我[村校]|我们(?:家|村|学校|小区|社区|镇|乡|单位|厂)|咱们?[村家]|俺[村家]/u;
const REPLY = /答复|回复|回音|复函/u;

/**
 * Describes one article. `seed` is the page file's name (it goes into `source`); `pageYear` is the year the
 * page was printed, when known, for news dated only by day (`1月26日`); `position` is where the segment
 * sits on its page, which tells a sidebar from a page's lead (see findKind); `homeCounty` the county whose paper
 * the page is (describe/home-county.ts), what its 我县 and 全县 mean. Never throws.
 */
export function describe(segment: Segment, seed: string, pageYear?: number, position?: PagePosition, homeCounty?: Place): ArticleDraft {
  // A caption that describes nothing shown (`编辑：王晓`, `【县域传真】`) is the page's furniture (structure/caption-form.ts).
  const blocks = captionsThatRead(segment.blocks);
  const kind = findKind(segment, position);
  const { title, titleFrom, subtitle, kicker, warning } = findTitles(blocks, kind);
  const byline = findByline(blocks);
  const body = buildBody(blocks);
  const captions = blocks.filter((b) => b.kind === 'caption').flatMap((b) => captionsOf(b.text));

  // Kickers are left out: a series name (发扬“四敢”精神 推动长治高质量发展) says nothing of the article's place; a
  // dateline's place (本报武乡讯) is read as the headline's is.
  const printedTitle = blocks.filter((b) => b.kind === 'headline' || b.kind === 'deck');
  const articleText = [...printedTitle.map((b) => b.text), ...body.map((n) => n.text)].join('\n');
  // A copied piece's own time line (`发布时间：2026-11-30 09:12`) dates it before what its text names (describe/year.ts).
  const year = postedYear(blocks) ?? findYear(articleText, pageYear);
  // An English item on a Chinese page is an article of its own language; the Chinese readers do not read it.
  const lang = isLatin(articleText) ? 'en' : 'zh';
  // A commentary or an interview that names no place speaks in general words (a view, voices heard): about no place
  // on a county's paper as on the city's, where a report that names none is the county's (describe/regions.ts).
  // So is a box of advice told as questions answered or as points (describe/advice-box.ts). A commentary that gives
  // figures (`去年的12件民生实事…`) gives its county's, as a report naming no place does (describe/home-county.ts).
  const homeWhenNone = (kind !== 'commentary' || givesHomeFigures(body.map((n) => n.text).join('\n'))) && kind !== 'interview' && !(kind === 'sidebar' && isGeneralAdvice(title, body.map((n) => n.text).join('\n')));
  // An author signed by their own place (`黎城县黎侯镇 李秋兰`, `潞城区店上镇中心学校五年级 李欣怡`, `潞州区读者 周先生`, a
  // replying body `市公安局交通警察支队`) writes of it (我家, 我们学校, 小区门口): it is read as the text is.
  // (Only where the text speaks from that place, 我家, 我们学校, or answers for the body, 答复: an expert signed by unit and
  // title, `沁县人民医院心内科 王 某` over winter health tips, `潞州区委党校 李 某` over an opinion, writes of no place: finding #25.)
  const speaksFrom = SPEAKS_FROM.test(articleText) || REPLY.test(articleText);
  const author = byline !== undefined && speaksFrom && !NOT_THE_AUTHORS_PLACE.test(byline) ? [{ text: byline, source: [] }] : [];
  const parts = [...printedTitle.map((b) => ({ text: b.text, source: b.source, headline: b.kind === 'headline' })), ...datelineParts(blocks), ...body, ...author];
  // A piece whose text names no place is about the place of the body that sent it (`（高新区人才服务中心供稿）`, a 供稿
  // credit: the office's own matter), as its text would say 我区.
  const sender = byline !== undefined && SENT_BY.test(byline.trim()) ? [{ text: byline, source: [] }] : [];
  const own = lang === 'en' ? { regions: findEnglishPlaces(articleText), warnings: [] } : findPlaces(parts, homeCounty, homeWhenNone && sender.length === 0);
  const places = lang === 'zh' && sender.length > 0 && own.regions.length === 0 ? findPlaces([...parts, ...sender], homeCounty, homeWhenNone) : own;

  return {
    title,
    titleFrom,
    ...(subtitle !== undefined && { subtitle }),
    ...(kicker !== undefined && { kicker }),
    lang,
    kind,
    ...(byline !== undefined && { byline }),
    ...(year !== undefined && { year }),
    regions: places.regions,
    topics: findTopics(weightedText(printedTitle, body), lang),
    captions,
    ...(segment.continued && { continued: { ...segment.continued } }),
    source: { seed, blocks: sourceRange(blocks) },
    body,
    warnings: [...(warning ? [warning] : []), ...places.warnings],
  };
}

/**
 * What the article is about is said by its printed title and deck, and by its lead (the first paragraph, which
 * a news report opens with its point): they count most, headings more than the other paragraphs. A line of a
 * data box (`● 新增学位 4680个`) is a fact of its own, headed by its label like a section by its heading, so
 * it weighs as a heading: a box of six lines is about six things, not one.
 */
function weightedText(printedTitle: readonly Block[], body: ArticleDraft['body']): WeightedText[] {
  const lead = body.findIndex((n) => n.kind !== 'heading');
  const weightOf = (n: ArticleDraft['body'][number], i: number): number =>
    n.kind === 'heading' || (n.kind === 'paragraph' && isDataLine(n.text)) ? HEADING_WEIGHT : i === lead ? LEAD_WEIGHT : BODY_WEIGHT;
  return [...printedTitle.map((b) => ({ text: b.text, weight: TITLE_WEIGHT })), ...body.map((n, i) => ({ text: n.text, weight: weightOf(n, i) }))];
}

/** First and last raw block of the page the article was made from; [0, 0] for a segment without any. */
function sourceRange(blocks: readonly Block[]): [number, number] {
  const indices = blocks.flatMap((b) => b.source).filter((i) => Number.isFinite(i));
  if (indices.length === 0) return [0, 0];
  return [Math.min(...indices), Math.max(...indices)];
}
