// A section heading that is the next story's headline (stage 4, after segment-passes.ts's lone heading): a page may
// print a report's headline with no byline and no `本报讯` under it, right after a feature that has section headings
// of its own (`学员变成了志愿者` / … / `我市新开通3条公交线路` / `12月1日起，市公交公司新开通3条公交线路，…`). What tells
// the headline from the feature's sections is the story's break: the text under it opens as a report does, with its
// time (`12月1日起，`, `自12月1日起，`, `日前，`, `近日，`) or its place (a brief's head after the feature: `■ 北董乡卫生院开设夜间门诊` /
// `黎城县北董乡卫生院近日开设…`), or with the span it reports or its source (`■沁源县营造林3.2万亩` / `2024年，沁源县…`,
// `记者从市图书馆获悉，…`; not under a section's label and colon, `破局：…`), and its first sentence restates the line, as a report's lead restates its
// headline; or the line is a place's item head, its place and a colon, over text that opens on that place
// (`大有乡：校园餐有了“明白账”` / `大有乡中心学校把…`), unless the feature's own headline is a place and a colon
// and the line's place lies in it (`沁源县：…` over `王和镇：路通了`: its sections). A section's text goes on from the story above and does not
// repeat its heading; a feature's sections marked by a clock time, a year, a number or a dash (`9:15　…`,
// `2016年——…`, `一是…`) are left to it. A brief's head opening on its place over text that opens on that place
// (`▶潞城区完成…工程` / `潞城区今年投资…`) heads its report too, in a piece with no sections of its own. So do a report's
// headline printed as the one above it on another county, a headline that exclaims or asks over a lead restating it,
// and a drawing's title over its caption and its drawer's line (a cartoon).

import { opensWithSource } from './structure/bylines.ts';
import { restates } from './structure/lead-restates.ts';
import { findPlace, isCountyLevel, scanPlaces, type Place } from '../../src/domain/places/gazetteer.ts';
import { openingPlace } from './structure/opening-place.ts';
import { isTimeLabel } from './structure/time-labels.ts';
import { charCount, opensWithDate, opensWithSectionNumber } from './structure/shape.ts';
import { emptyDraft, type Draft } from './segment-passes.ts';
import type { Block } from './types.ts';

/** A brief's head says this much past its place. */
const MIN_BRIEF_WORDS = 4;

// The span a news lead reports, its opening clause: `11月以来，`, `今年以来，`, `2024年，`, `今年，`.
const SPAN_OPENING = /^(?:\d{4}年|[今去]年|[^，,。！？\s]{1,6}以来)[，,]/u;

/**
 * A news lead's opening clause that is neither a date nor a place: the span it reports or its source (`记者从市图书馆获悉，`,
 * structure/bylines.ts opensWithSource).
 */
const opensAsLead = (text: string) => SPAN_OPENING.test(text.trim()) || opensWithSource(text);

/** A lead opening on the year alone, with no figure of its own: `今年，`, `去年，`. */
const YEAR_ALONE = /^[今去]年[，,]/u;

/** A heading marked as a feature's section: numbered, a time alone or before its words, a year, a dash or a hash. */
function markedSection(text: string): boolean {
  const t = text.trim();
  return opensWithSectionNumber(t) || isTimeLabel(t) || isTimeLabel(t.split(/[\s\u3000]/u)[0]!) || /^[—–\-－#]|——|^\d{4}年|^[一二三四五六七八九十]是/u.test(t);
}

/** The heading that heads a report of its own: after running text, over a report's lead (opening on its time or its place) that restates it. */
function headsStory(blocks: readonly Block[], at: number): boolean {
  const heading = blocks[at]!;
  if (!blocks.slice(0, at).some((b) => b.kind === 'paragraph')) return false;
  const next = blocks[at + 1];
  if (next?.kind !== 'paragraph' || next.byline !== undefined) return false;
  // `冬季暖心行动启动啦！`, `医保电子凭证怎么用？` over `11月20日，团市委启动“冬季暖心行动”，…`: a headline that exclaims or asks,
  // read as a line of text, over a lead that opens on its day and restates it (a feature's cry, `住上新房真好！`, is not restated).
  // A cry the lead gives as someone's words (`…，村民们说这个冬天不再冷了。`) is a voice of the feature, not its headline.
  if (isCryOrQuestion(heading) && blocks[at - 1]?.kind === 'paragraph') return opensWithDay(next.text) && restates(heading.text, next.text) && !saidInLead(heading.text, next.text);
  if (headsCartoon(blocks, at)) return true;
  if (heading.kind !== 'heading' || heading.level === 3 || markedSection(heading.text)) return false;
  if ((opensWithDay(next.text) || openingPlace(next.text) !== undefined) && restates(heading.text, next.text)) return true;
  // A lead opening on its span or its source, under a line that is not a section's label and a colon (`破局：引入…`),
  // in a piece with no section of its own that its text goes on from (a feature's numbered or titled sections).
  const headline = blocks.find((b) => b.kind === 'headline');
  // A lead on the year alone (`今年，…`, `去年，…`) opens a feature's sections as often as a brief: it heads a brief only
  // under a head that opens on a county other than the piece's own (`★潞城区新建口袋公园6个` after `山里人家住上新房`).
  const opening = opensAsLead(next.text) && (!YEAR_ALONE.test(next.text.trim()) || otherCountyHead(headline?.text, heading.text));
  if (opening && !sectionLabel(heading.text) && !hasSections(blocks, at) && restates(heading.text, next.text)) return true;
  // A feature headed by its own place and a colon (`沁源县：一条公路连起十个村`) heads its sections alike with the
  // places that lie in it (`王和镇：路通了`): those stay its sections (structure/item-heads.ts).
  const whole = headline && placeColon(headline.text);
  // (A brief's head on another county than the feature's own place is none of its sections, whatever else stands in it.)
  const sections = hasSections(blocks, at) && !(headline !== undefined && otherCounty(headline.text, heading.text));
  const place = placeItemHead(heading.text, next.text) ?? (sections ? undefined : placeLedBrief(heading.text, next.text));
  if (place !== undefined && !(whole !== undefined && findPlace(place, whole) !== undefined)) return true;
  return headline !== undefined && !hasSections(blocks, at) && siblingReport(headline.text, heading.text, next.text);
}

/**
 * `沁县开展冬季森林防火巡查` under the report `武乡县新建蔬菜大棚300座`: a line that opens on another county-level place
 * than the piece's headline, neither lying in the other, printed as that headline is (no colon after either place, or
 * one after both), over a lead that opens as a report does and names the line's place in its first sentence: the
 * page's next report. A feature's sections name no other county than its own; a roundup's headline opens on none.
 */
function siblingReport(headline: string, heading: string, text: string): boolean {
  const [own, other] = [countyOpening(headline), countyOpening(heading)];
  if (own === undefined || other === undefined || own.name === other.name) return false;
  if (placeColon(headline) === undefined !== (placeColon(heading) === undefined)) return false;
  if (charCount(heading.trim()) - charCount(openingPlace(heading)!) < MIN_BRIEF_WORDS) return false;
  const first = text.trim().split(/(?<=[。！？!?])/u)[0] ?? '';
  const opensAsReport = opensWithDay(text) || opensAsLead(text) || openingPlace(text) !== undefined;
  return opensAsReport && scanPlaces(first).some((p) => findPlace(p.text)?.name === other.name);
}

/**
 * The line opens on a county-level place other than the county of the place the headline opens on, a town's county
 * for a town (`郭道镇：一座新桥连通两岸六村` over `上党区冬季义诊进社区`: 沁源县 and 上党区).
 */
function otherCounty(headline: string, line: string): boolean {
  const printed = openingPlace(headline);
  const place = printed === undefined ? undefined : findPlace(printed);
  const own = place === undefined ? undefined : isCountyLevel(place) ? place : place.parent !== undefined ? findPlace(place.parent) : undefined;
  const other = countyOpening(line);
  return own !== undefined && isCountyLevel(own) && other !== undefined && own.name !== other.name;
}

/**
 * The line opens on a county-level place, and the headline over the piece (if any) on no place of that county
 * (`山里人家住上新房` over `潞城区新建口袋公园6个`; not `襄垣县新建温室大棚200座` over `夏店镇建起育苗中心`, nor over `襄垣县扩大种植规模`).
 */
function otherCountyHead(headline: string | undefined, line: string): boolean {
  const other = countyOpening(line);
  if (other === undefined) return false;
  const printed = headline === undefined ? undefined : openingPlace(headline);
  return printed === undefined || otherCounty(headline!, line);
}

/** The county-level place a line opens on (`沁县开展…` → 沁县), not a town or the city. */
function countyOpening(line: string): Place | undefined {
  const printed = openingPlace(line);
  const place = printed === undefined ? undefined : findPlace(printed);
  return place !== undefined && isCountyLevel(place) ? place : undefined;
}

/**
 * `笑脸相迎　事难办` / `窗口服务态度好了，可群众要跑的腿…一样没少。` / `张 宇/作`: a drawing's title over its caption of a
 * sentence or two and its maker's line (a slash and 作, 绘 or 画), after the text of the piece above: a cartoon, a piece
 * of its own. A section's text is not signed by a drawer.
 */
function headsCartoon(blocks: readonly Block[], at: number): boolean {
  const [heading, caption, maker] = [blocks[at]!, blocks[at + 1], blocks[at + 2]];
  if (heading.kind !== 'heading' || blocks[at - 1]?.kind !== 'paragraph' || caption?.kind !== 'paragraph' || maker?.kind !== 'byline') return false;
  const sentences = caption.text.split(/(?<=[。！？!?])/u).filter((x) => x.trim()).length;
  return sentences <= MAX_CARTOON_SENTENCES && !caption.text.includes('\n') && DRAWN_BY.test(maker.text.trim());
}

/** A cartoon's caption runs to two sentences at most. */
const MAX_CARTOON_SENTENCES = 2;
// The drawer after a slash closing the line: `张 宇/作`, `李明／绘`.
const DRAWN_BY = /[/／][\s\u3000]*[作绘画]$/u;

/** A line of text that is one short sentence ending in ！ or ？, neither quoted nor opened by a speaker's or list's label. */
function isCryOrQuestion(block: Block): boolean {
  const t = block.text.trim();
  if (block.kind !== 'paragraph' || block.byline !== undefined || block.credit !== undefined || t.includes('\n')) return false;
  return charCount(t) <= MAX_CRY_CHARS && /^[^。！？!?“”"：:]+[！？!?]$/u.test(t) && !opensWithSectionNumber(t);
}

/** A headline that exclaims or asks runs to this many characters at most. */
const MAX_CRY_CHARS = 24;

// A verb of saying right before the words it gives, a colon or an opening quote maybe between.
const SAID = /(?:说道?|表示|感叹|感慨|直言|坦言)[：:，,]?[“"‘]?$/u;

/** The lead's first sentence gives the cry's words after a verb of saying (`老人们笑着说屋里终于暖和了。`). */
function saidInLead(cry: string, lead: string): boolean {
  const first = lead.trim().split(/(?<=[。！？!?])/u)[0] ?? '';
  const words = [...cry.trim()].filter((c) => /[\p{Script=Han}\d]/u.test(c));
  const opening = words.slice(0, 2).join('');
  const at = opening.length === 2 ? first.indexOf(opening) : -1;
  return at > 0 && SAID.test(first.slice(0, at));
}

/**
 * `▶潞城区完成农村饮水安全巩固提升工程` over `潞城区今年投资1800万元…`: a brief's head that opens on its place and says
 * what was done there, over text that opens on that place; the place. A place alone (`潞州区`) names a section.
 */
function placeLedBrief(heading: string, text: string): string | undefined {
  const t = heading.trim();
  const place = openingPlace(t);
  if (place === undefined || /^[：:]/u.test(t.slice(place.length)) || charCount(t.slice(place.length)) < MIN_BRIEF_WORDS) return undefined;
  return openingPlace(text) === place ? place : undefined;
}

/** `12月1日起，…`, `近日，…`, or the day a change starts from (`自12月1日起，…`): a report's time opening its lead. */
function opensWithDay(text: string): boolean {
  const t = text.trim();
  return opensWithDate(t) || (/^自[\d０-９]/u.test(t) && opensWithDate(t.slice(1)));
}

/** Another heading of the piece over text that goes on without restating it: the piece is a feature in sections. */
function hasSections(blocks: readonly Block[], at: number): boolean {
  return blocks.some((b, k) => {
    const under = blocks[k + 1];
    return k !== at && b.kind === 'heading' && under?.kind === 'paragraph' && !restates(b.text, under.text);
  });
}

/** `破局：引入企业“中央厨房”`, `过去一年：…`: a section's short label and a colon, the label opening on no place. */
function sectionLabel(line: string): boolean {
  return /^[^：:]{1,6}[：:]/u.test(line.trim()) && openingPlace(line.trim()) === undefined;
}

/** The place a line opens on, when a colon follows it (`大有乡：校园餐有了“明白账”`). */
function placeColon(line: string): string | undefined {
  const place = openingPlace(line);
  return place !== undefined && /^[：:]/u.test(line.trim().slice(place.length)) ? place : undefined;
}

/** `大有乡：校园餐有了“明白账”` over `大有乡中心学校把…`: a place's item, headed by its place and a colon, its text opening on that place; the place. */
function placeItemHead(heading: string, text: string): string | undefined {
  const place = placeColon(heading);
  return place !== undefined && openingPlace(text) === place ? place : undefined;
}

/** Cuts a draft, titled or not (an untitled item above: `〔11月28日〕…。`), before each section heading that heads a report of its own. */
export function splitStoryHeads(draft: Draft): Draft[] {
  if (draft.continued.from !== undefined || draft.continued.to !== undefined) return [draft];
  const cuts = draft.blocks.map((_, at) => at).filter((at) => at > 0 && headsStory(draft.blocks, at));
  if (cuts.length === 0) return [draft];
  const blocks = draft.blocks.map((b, at): Block => {
    if (!cuts.includes(at)) return b;
    const { level: _level, ...rest } = b;
    return { ...rest, kind: 'headline' };
  });
  const ends = [...cuts, blocks.length];
  return [
    { ...draft, blocks: blocks.slice(0, cuts[0]) },
    ...cuts.map((at, k) => ({ ...emptyDraft(), hasHeadline: true, hasBody: true, blocks: blocks.slice(at, ends[k + 1]) })),
  ];
}
