// What a figure means, field by field, from the modules that each decide one: status.ts, period.ts,
// place.ts, topic.ts, label.ts, kind.ts, and label_en from the measure vocabulary. The extractor (index.ts)
// calls this once per figure with the figure's scope; articleContext() reads once per article what every
// scope needs from it (paragraphs, the headings above each, the villages it places under a town).

import { measureByKey } from '../../../src/domain/measures.ts';
import { UNITS } from '../../../src/domain/units.ts';
import type { FigureChange } from '../../../src/domain/figure.ts';
import type { BodyNode } from '../types.ts';
import { hasKindWord, kindOf, NAMED_NEW, type Kind } from './kind.ts';
import { PART, partKind, sharedPer, type EarlierFigure } from './kind-part.ts';
import { labelOf, type LabelContext } from './label.ts';
import { normalizeWidth } from './numerals.ts';
import { periodOf } from './period.ts';
import { localPlacesOf, regionOf, type LocalPlaces } from './place.ts';
import { segmentOf, type ArticleMeta, type FigureScope } from './scope.ts';
import { sentenceAt, splitSentences } from './sentences.ts';
import { statusOf, type Status } from './status.ts';
import { residentSpeakers } from './status-speaker.ts';
import { PLAN_BOX_TITLE } from './status-words.ts';
import { topicOf } from './topic.ts';
import { RANGE_MARK } from './units.ts';
import { tagWords } from './words.ts';
import type { Topic } from '../../../src/domain/topics.ts';

export interface FigureMeaning {
  status: Status;
  year?: number;
  period?: string;
  region?: string;
  topic?: Topic;
  label?: string;
  label_en?: string;
  kind: Kind;
}

export interface ArticleContext {
  meta: ArticleMeta;
  /** The paragraphs, width-normalised, in order (index 0 is paragraph 1). */
  paragraphs: string[];
  /** The headings above each paragraph, outermost first. */
  headings: string[][];
  /** The (at most two) paragraphs before each under the same headings, joined. */
  preceding: string[];
  /** The paragraph introducing the list each paragraph is in (introOf), if any. */
  intros: (string | undefined)[];
  local: LocalPlaces;
}

const SECTION_CONTEXT = 2;
// A year named as the time of events (`2024年，…`, `2024年全县…`), not a start (`2024年以来`), a scheme's year or a span's first.
const NAMED_YEAR = /(?<![0-9])20[0-9]{2}年(?!以来|度|[—–\-~～至到])/;
const THIS_YEAR = /今年/;
/** A note dating the article's data: `（文中数据截至2025年11月底）`, `(数据截至11月20日)`. */
/**
 * An opening paragraph that hands over to what a report says (`1月19日，…听取了市政府工作报告。记者梳理报告中的民生内容，
 * 摘编如下：`): the article below is the report's digest, what it sets out to do.
 */
const REPORT_DIGEST = /报告[^。！？!?]*(?:如下|摘编|要点)[：:]$/;
const AS_OF_NOTE = /^[（(](?:文中|本文|文内|以上|表中|上述)?数据(截[至止](?:20[0-9]{2}年)?[0-9]{1,2}月(?:[0-9]{1,2}日)?(?:底|末)?)[）)]$/;

/**
 * A source line under data that dates it: `数据来源: 沁县民政局、县卫健局（截至2025年10月）`, or the whole line in brackets
 * with the date after a comma, `（数据来源：市交通运输局，截至10月底）`.
 */
const SOURCE_AS_OF =
  /^(?:(?:数据|资料)?来源\s*[:：][^（()）]{1,40}[（(]|[（(](?:数据|资料)?来源\s*[:：][^（()），,]{1,40}[，,]\s*)(截[至止](?:20[0-9]{2}年)?[0-9]{1,2}月(?:[0-9]{1,2}日)?(?:底|末)?)[）)]$/;


export function articleContext(article: { body: readonly BodyNode[]; title?: string; subtitle?: string; titleFrom?: 'headline' | 'inferred'; kind?: string; year?: number; pageYear?: number; siblingYear?: number; regions: readonly string[]; topics: readonly Topic[]; date?: string }): ArticleContext {
  const paragraphs: string[] = [];
  const headings: string[][] = [];
  // A box headed only by a time and a plan word (`明年计划`, `2026年目标任务`) is that heading's section: its lines plan.
  let open: { level: number; text: string }[] = article.title && PLAN_BOX_TITLE.test(article.title.trim()) ? [{ level: 0, text: article.title.trim() }] : [];
  for (const node of article.body) {
    if (node.kind === 'heading') {
      open = [...open.filter((h) => h.level < node.level), { level: node.level, text: node.text }];
    } else if (node.kind === 'paragraph') {
      paragraphs.push(normalizeWidth(node.text));
      headings.push(open.map((h) => h.text));
    }
  }
  // The two paragraphs before, under the same headings: enough to know where the section is, and a
  // bounded text to read for every figure however long the section.
  const preceding = paragraphs.map((_, i) => {
    let j = i;
    while (j > Math.max(0, i - SECTION_CONTEXT) && headings[j - 1]!.join('\n') === headings[i]!.join('\n')) j--;
    return paragraphs.slice(j, i).join('\n');
  });
  const meta: ArticleMeta = {
    year: article.year,
    ...(article.pageYear !== undefined ? { pageYear: article.pageYear } : {}),
    ...(article.siblingYear !== undefined ? { siblingYear: article.siblingYear } : {}),
    regions: article.regions,
    topics: article.topics,
    // A headline the page prints (not one made up from the first sentence), and its deck.
    ...(article.title && article.titleFrom !== 'inferred' ? { title: article.title } : {}),
    ...(article.subtitle ? { deck: article.subtitle } : {}),
    ...(article.date ? { date: article.date } : {}),
  };
  if (article.pageYear === undefined && !article.date && paragraphs.some((p) => NAMED_YEAR.test(p)) && paragraphs.some((p) => THIS_YEAR.test(p))) meta.presentUnknown = true;
  const asOf = paragraphs.map((p) => (AS_OF_NOTE.exec(p.trim()) ?? SOURCE_AS_OF.exec(p.trim()))?.[1]).find((d) => d !== undefined);
  if (asOf) meta.asOf = asOf.replace(/^截止/, '截至');
  if (REPORT_DIGEST.test(paragraphs[0]?.trim() ?? '')) meta.reportDigest = true;
  if (article.kind === 'sidebar') meta.box = true;
  const speakers = residentSpeakers([article.title ?? '', article.subtitle ?? '', ...paragraphs]);
  if (speakers.length > 0) meta.residentSpeakers = speakers;
  const intros = paragraphs.map((_, i) => introOf(paragraphs, headings, i));
  return { meta, paragraphs, headings, preceding, intros, local: localPlacesOf(paragraphs) };
}

// An item of a list: 一、 (1) 1. ● 第一，
// (A key line is an item too: a short key and a colon before its values, `老旧小区改造：开工48个，完工31个`.)
const ITEM_OPENING = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]{1,2}[）)]|[0-9]{1,2}[.、．](?![0-9])|[●◆■▪•·★☆◎○]|第[一二三四五六七八九十]+[，,、]|[\p{Script=Han}]{2,12}[：:](?=[^，,；;。]{0,8}[0-9]))/u;
const INTRO_END = /[：:]$/;
const MAX_ITEMS = 6;

/**
 * The paragraph that introduces the list paragraph `i` is in or closes (`…具体标准如下：` over `一、…`, `二、…` and a remark
 * after them), under the same headings: the nearest one before it ending on a colon with only list items between.
 */
function introOf(paragraphs: readonly string[], headings: readonly string[][], i: number): string | undefined {
  for (let j = i - 1; j >= Math.max(0, i - MAX_ITEMS); j--) {
    if (headings[j]!.join('\n') !== headings[i]!.join('\n')) return undefined;
    const text = paragraphs[j]!.trim();
    if (INTRO_END.test(text)) return j < i - 1 || ITEM_OPENING.test(paragraphs[i]!.trim()) ? text : undefined;
    if (!ITEM_OPENING.test(text)) return undefined;
  }
  return undefined;
}

/** The scope of the span [start, end) of paragraph `paragraph` (1-based). */
export function scopeAt(context: ArticleContext, paragraph: number, start: number, end: number, unit: string): FigureScope {
  const text = context.paragraphs[paragraph - 1] ?? '';
  const s = sentenceAt(splitSentences(text), start);
  const raw = text.slice(s.start, s.end);
  const sentenceStart = s.start + (raw.length - raw.trimStart().length);
  const scope: FigureScope = {
    sentence: raw.trim(),
    start: start - sentenceStart,
    end: end - sentenceStart,
    text: text.slice(start, end),
    unit,
    paragraph: text,
    sentenceStart,
    headings: context.headings[paragraph - 1] ?? [],
    preceding: context.preceding[paragraph - 1] ?? '',
    ...(context.intros[paragraph - 1] ? { intro: context.intros[paragraph - 1] } : {}),
    article: context.meta,
  };
  // (A sentence that opens a list with a colon, `…具体标准如下：一、…；二、…`, introduces the segments after the one it is in.)
  const colon = scope.sentence.search(/[：:](?!\d)/);
  if (colon > 0 && colon < segmentOf(scope).start) scope.intro = scope.sentence.slice(0, colon);
  return scope;
}

export interface MeaningInput {
  change?: FigureChange;
  /** For a level reached from an earlier one (`从每月143元提高至191元`): the earlier one's scope names it. */
  labelScope?: FigureScope;
  /** The figure before in the same sentence, for labels that lean on it (label.ts) and list items' kind. */
  previous?: NonNullable<LabelContext['previous']> & { kind?: Kind; unit?: string };
  measure?: string;
  /** Every figure before this one in its sentence, for a part after 其中 (kind-part.ts). */
  earlier?: readonly EarlierFigure[];
}

// The next item of a list under one verb (`新增停车场20个、停车位4300余个`), or what the works before
// involved (`改造老旧小区46个，涉及楼栋318栋`), counts as the item before.
// (`分别增长4.6%和6.8%`: 和 and 及 join list items too.)
const LIST_ITEM = /^(?:、|和|及|，?涉及)[^，,；;。0-9]*$/;
// The upper end of a range (`可提高2℃至3℃`) is read as its lower end.
const RANGE_END = new RegExp(`^${RANGE_MARK}$`);
// People and households a list of works involves (`涉及楼栋312栋、居民8900余户`) are reached, not added.
const PEOPLE = /^(?:户|人|名|人次|位)$/;

function ownDoing(between: string): boolean {
  const last = tagWords(between.replace(/^(?:、|和|及|，?涉及)/, '')).at(-1);
  return last !== undefined && ((last.tag === 'v' && last.word !== '涉及') || (/^再/.test(last.word) && last.word.length > 1));
}

function listKind(scope: FigureScope, input: MeaningInput): Kind | undefined {
  const previous = input.previous;
  if (!previous?.kind || previous.end > scope.start || input.change) return undefined;
  const between = scope.sentence.slice(previous.end, scope.start);
  // Percentages of a list are read each on its own (a rate beside a share), but changes listed together
  // (`分别增长4.6%和6.8%`) are changes alike.
  const percent = UNITS.get(scope.unit)?.kind === 'percent';
  // (A part is of the same unit as its whole: `同比下降21%，其中…事故7起` is no part of the change.)
  // (A part of the figure before, with no word of a kind of its own, `新增技能人才1.4万人，其中高技能人才3200人`, counts as it does.)
  const part = PART.test(between) && !hasKindWord(between) && (previous.unit === undefined || previous.unit === scope.unit);
  const item = LIST_ITEM.test(between) || RANGE_END.test(between) || part;
  if (!item || (percent && previous.kind !== 'change')) return undefined;
  // An item that ends on a doing of its own (`新增就业4424人、困难人员就业166人`, `、失业人员再就业1319人`: a verb, or a word
  // opening on 再, done again) is read by its own words, not as one more object of the verb before (`、村级健身广场38个` is).
  if (LIST_ITEM.test(between) && ownDoing(between)) return undefined;
  // An item named new after a running sum (`累计建成幸福院40个、新建老年食堂12个`) is additions, as the guide reads 新增 after 累计.
  if (previous.kind === 'cumulative' && LIST_ITEM.test(between) && NAMED_NEW.test(between)) return undefined;
  if (previous.kind === 'new' && PEOPLE.test(scope.unit) && previous.unit !== undefined && !PEOPLE.test(previous.unit)) return undefined;
  return previous.kind;
}

/** The figure's kind by its own words; a count among them (new, total, cumulative) that is a part after 其中 counts as its whole. */
function countKind(scope: FigureScope, input: MeaningInput): Kind {
  const own = kindOf(scope, input.change, input.previous?.end);
  if (own !== 'new' && own !== 'total' && own !== 'cumulative') return own;
  return partKind(scope, input.earlier ?? [], hasKindWord) ?? sharedPer(scope, input.earlier ?? []) ?? own;
}

export function meaningOf(context: ArticleContext, scope: FigureScope, input: MeaningInput = {}): FigureMeaning {
  const { year, period } = periodOf(scope);
  const region = regionOf(scope, context.local);
  const topic = topicOf(scope);
  const context2: LabelContext = input.previous ? { previous: input.previous } : {};
  const fromLabel = input.labelScope ? labelOf(input.labelScope, context2) : undefined;
  const label = (fromLabel && !/[0-9]|^[一二三四五六七八九十]成$/.test(fromLabel) ? fromLabel : undefined) ?? labelOf(scope, context2);
  const label_en = input.measure ? measureByKey(input.measure)?.en : undefined;
  return {
    status: statusOf(scope),
    ...(year !== undefined ? { year } : {}),
    ...(period ? { period } : {}),
    ...(region ? { region } : {}),
    ...(topic ? { topic } : {}),
    ...(label ? { label } : {}),
    ...(label_en ? { label_en } : {}),
    kind: listKind(scope, input) ?? countKind(scope, input),
  };
}
