// A figure's topic as the dev gold teaches it: the words around a figure (its own clause most, its segment and
// sentence less: scope.ts) scored by the naive Bayes model learned from the figures of the dev pages and their
// gold topics (learn/bayes.ts, trained by scripts/train/topics.ts into lexicon/topic-model.json). Keyword lists
// name the words someone read on a page; the model has the genre's vocabulary, every word of a clause weighed by
// how often it went with each topic, so a clause in words no list has (`新栽植行道树1200株`) still has a topic.
// topic.ts weighs it beside the keywords.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { posterior, scoringModel, type NaiveBayes, type ScoringModel } from '../learn/bayes.ts';
import { contentWords } from '../learn/words.ts';
import type { Topic } from '../../../src/domain/topics.ts';
import { boundedMemo } from './memo.ts';
import { clauseOf, lineOf, segmentOf, type FigureScope } from './scope.ts';

/** Where the committed model is (written by `npm run train`). */
export const TOPIC_MODEL_FILE = join(import.meta.dirname, '..', 'lexicon', 'topic-model.json');

/** How much a word counts by where it stands: the figure's own clause, its segment, its sentence, the headings over it and the headline, its paragraph. */
export const RINGS = { clause: 1, segment: 0.7, sentence: 0.5, headings: 0.5, paragraph: 0.25 } as const;
export type Rings = { [K in keyof typeof RINGS]: number };

/** The words around a figure, each at the weight of the nearest ring it stands in. */
export function figureWords(scope: FigureScope, rings: Rings = RINGS): Map<string, number> {
  const clause = lineOf(scope.sentence, clauseOf(scope), scope.start, scope.end);
  const segment = lineOf(scope.sentence, segmentOf(scope), scope.start, scope.end);
  const out = new Map<string, number>();
  const add = (text: string, weight: number) => {
    if (weight <= 0 || !text) return;
    for (const word of distinctWords(text)) if ((out.get(word) ?? 0) < weight) out.set(word, weight);
  };
  add(scope.sentence.slice(clause.start, clause.end), rings.clause);
  add(scope.sentence.slice(segment.start, segment.end), rings.segment);
  add(scope.sentence, rings.sentence);
  for (const heading of [...scope.headings, scope.article.title ?? '']) add(heading, rings.headings);
  add(scope.paragraph, rings.paragraph);
  return out;
}

/**
 * A text's content words, each once, in the order they first stand (a repeat at the same weight adds nothing): the
 * sentence, headings and paragraph are the same texts for every figure of a paragraph, read once per article (memo.ts).
 */
const distinctWords = boundedMemo((text: string): readonly string[] => [...new Set(contentWords(text))]);

let committed: ScoringModel | undefined;

/** The committed model, read once. */
export function topicModel(): ScoringModel {
  committed ??= scoringModel(JSON.parse(readFileSync(TOPIC_MODEL_FILE, 'utf8')) as NaiveBayes);
  return committed;
}

/** Each topic's probability for the figure, and the weight of the words the model knew (0: it knows none of them). */
export function learnedTopics(scope: FigureScope, model: ScoringModel = topicModel()): { probabilities: Map<Topic, number>; known: number } {
  const { probabilities, known } = posterior(model, figureWords(scope));
  return { probabilities: probabilities as Map<Topic, number>, known };
}
