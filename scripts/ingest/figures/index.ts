// Stage "figures": every quantity an article prints, as records for `figures/<article id>.json`.
//
// How the fields are decided:
// - Only paragraphs are read; `paragraph` counts paragraph nodes from 1 (the page anchors them `#p<N>`).
// - `text` is the span as printed with its qualifier words (`近200万元`); `value` applies the multiplier
//   (`1.32万家` → 13200; `八成` → 80 with unit `%`). For a range (`3至5年`) `value` is the low end and
//   `range` holds both: the low end is what the paper guarantees.
// - What is not a figure (dates, years, ordinals, codes, slogans, labels in quotes): see reject.ts.
//   Durations are figures when they measure how long (`患糖尿病10多年`), not when they name a service
//   (`24小时巡逻`, `“15分钟便民生活圈”`); vague ones (`十几年`) never are. Ages are not (`40岁出头的梁余妮`,
//   `60岁以上老人`: the annotation guide), though a label keeps an age group as text.
// - A level before a change (`从每月143元…`) is not a record of its own but the `change.from` of the
//   level after it (see change.ts).
// - What the figure means, each field by its own module reading the figure's clause chain, sentence,
//   paragraph, section headings and the article (meaning.ts): `status` (status.ts), `year` and `period`
//   (period.ts), `region` (place.ts), `topic` (topic.ts), `label` (label.ts), `kind` (kind.ts), `label_en`
//   (the measure vocabulary). `subject` (subject.ts) is kept for records and code that read it, and
//   `measure` (measures.ts) is matched on it.
// - `id` is `<article id>-<8 hex of sha1(sentence, text, n)>`, n counting equal pairs in the article. A
//   counter by position would renumber every later figure when an editor adds a sentence; this id changes
//   only when the figure's own sentence does, so hand edits to other records stay attached.

import { createHash } from 'node:crypto';
import type { IngestedArticle } from '../types.ts';
import type { FigureRecord } from '../../../src/domain/figure.ts';
import { findChanges } from './change.ts';
import { articleContext, meaningOf, scopeAt, type ArticleContext } from './meaning.ts';
import { forgetTexts } from './memo.ts';
import { measureFor } from './measures.ts';
import { normalizeWidth } from './numerals.ts';
import { sentenceAt, sentenceText, splitSentences } from './sentences.ts';
import { findFigureSpans } from './spans.ts';
import { subjectOf } from './subject.ts';

/** An article that cannot be read for figures; the message names the article and what is wrong. */
export class FigureInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FigureInputError';
  }
}

export function extractFigures(article: IngestedArticle): FigureRecord[] {
  checkArticle(article);
  // Texts are tagged and scanned once per article (memo.ts).
  forgetTexts();
  const records: FigureRecord[] = [];
  const idUses = new Map<string, number>();
  const context = articleContext(article);
  let paragraph = 0;
  let above: string | undefined;
  for (const node of article.body) {
    if (node.kind !== 'paragraph') continue;
    paragraph++;
    const found = paragraphFigures(article, context, node.text, paragraph, above);
    above = node.text;
    for (const record of found) {
      const key = `${record.sentence}\u0000${record.text}`;
      const n = (idUses.get(key) ?? 0) + 1;
      idUses.set(key, n);
      records.push({ ...record, id: figureId(article.id, key, n) });
    }
  }
  return records;
}

function paragraphFigures(article: IngestedArticle, context: ArticleContext, original: string, paragraph: number, above?: string): Omit<FigureRecord, 'id'>[] {
  const spans = findFigureSpans(original, above);
  if (spans.length === 0) return [];
  const text = normalizeWidth(original);
  const sentences = splitSentences(text);
  const sentenceOf = (i: number) => sentenceAt(sentences, spans[i]!.start);
  const changes = findChanges(text, spans, sentenceOf);
  const absorbed = new Map<number, number>(); // from-figure → the figure whose change it is
  for (const [i, finding] of changes) if (finding.absorbs !== undefined) absorbed.set(finding.absorbs, i);

  const subjects: (string | undefined)[] = [];
  const records: Omit<FigureRecord, 'id'>[] = [];
  spans.forEach((span, i) => {
    const sentence = sentenceOf(i);
    const previous = i > 0 && spans[i - 1]!.start >= sentence.start ? i - 1 : undefined;
    subjects[i] = subjectOf({
      text,
      span,
      sentence,
      previousEnd: previous === undefined ? sentence.start : spans[previous]!.end,
      ...(previous !== undefined && subjects[previous] ? { previousSubject: subjects[previous] } : {}),
    });
  });
  let previous: { label: string; end: number; sentence: number; kind: FigureRecord['kind']; unit: string } | undefined;
  // Every figure of the sentence so far: its label for a list after 分别 (label-respectively.ts), its kind and unit
  // for a part after 其中 (kind-part.ts).
  let sentenceSoFar: { label?: string; end: number; sentence: number; kind: FigureRecord['kind']; unit: string }[] = [];
  spans.forEach((span, i) => {
    if (absorbed.has(i)) return;
    const sentence = sentenceOf(i);
    const sentenceString = sentenceText(original, sentence);
    const change = changes.get(i);
    const fromIndex = change?.absorbs;
    const subject = subjects[i] ?? (fromIndex === undefined ? undefined : subjects[fromIndex]);
    const measure = measureFor(subject, span.unit, sentenceString);
    const scope = scopeAt(context, paragraph, span.start, span.end, span.unit);
    // A level reached from an earlier one (`从每月143元提高至191元`) is named where the earlier one stands.
    const from = fromIndex === undefined ? undefined : spans[fromIndex]!;
    const before =
      previous && previous.sentence === sentence.start
        ? {
            label: previous.label,
            end: previous.end - scope.sentenceStart,
            kind: previous.kind,
            unit: previous.unit,
            earlier: sentenceSoFar.flatMap((e) => (e.sentence === sentence.start && e.label ? [{ label: e.label, end: e.end - scope.sentenceStart }] : [])),
          }
        : undefined;
    const meaning = meaningOf(context, scope, {
      ...(before ? { previous: before } : {}),
      ...(change ? { change: change.change } : {}),
      ...(from ? { labelScope: scopeAt(context, paragraph, from.start, from.end, from.unit) } : {}),
      ...(measure ? { measure } : {}),
      earlier: sentenceSoFar.filter((e) => e.sentence === sentence.start).map((e) => ({ end: e.end - scope.sentenceStart, kind: e.kind, unit: e.unit })),
    });
    const { status, kind, year, period, region, topic } = meaning;
    const label = meaning.label ?? subject;
    if (label) previous = { label, end: span.end, sentence: sentence.start, kind, unit: span.unit };
    sentenceSoFar = [...sentenceSoFar.filter((e) => e.sentence === sentence.start), { ...(label ? { label } : {}), end: span.end, sentence: sentence.start, kind, unit: span.unit }];
    records.push({
      origin: 'ingest',
      article: article.id,
      paragraph,
      offset: span.start,
      text: span.text,
      sentence: sentenceString,
      value: span.value,
      unit: span.unit,
      qualifier: span.qualifier,
      ...(span.range ? { range: span.range } : {}),
      ...(label ? { label } : {}),
      ...(meaning.label_en ? { label_en: meaning.label_en } : {}),
      ...(subject ? { subject } : {}),
      ...(measure ? { measure } : {}),
      status,
      kind,
      ...(region ? { region } : {}),
      ...(year !== undefined ? { year } : {}),
      ...(period ? { period } : {}),
      ...(topic ? { topic } : {}),
      ...(change ? { change: change.change } : {}),
    });
  });
  return records;
}

function figureId(articleId: string, key: string, n: number): string {
  return `${articleId}-${createHash('sha1').update(`${key}\u0000${n}`).digest('hex').slice(0, 8)}`;
}

function checkArticle(article: IngestedArticle): void {
  if (typeof article !== 'object' || article === null) throw new FigureInputError('extractFigures: expected an article, got nothing');
  const name = typeof article.id === 'string' && article.id ? `article ${article.id}` : 'an article without an id';
  if (!article.id) throw new FigureInputError(`extractFigures: ${name}: it needs an id to name its figures`);
  if (!Array.isArray(article.body)) throw new FigureInputError(`extractFigures: ${name}: its body is not a list of nodes`);
  const bad = article.body.findIndex((n) => n?.kind === 'paragraph' && typeof n.text !== 'string');
  if (bad >= 0) throw new FigureInputError(`extractFigures: ${name}: body node ${bad + 1} is a paragraph without text`);
  if (!Array.isArray(article.regions) || !Array.isArray(article.topics)) {
    throw new FigureInputError(`extractFigures: ${name}: regions and topics must be lists`);
  }
}
