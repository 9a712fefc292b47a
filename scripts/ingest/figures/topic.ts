// A figure's own topic: the topic whose keywords (lexicon/topics.ts) weigh most in the words nearest the
// figure — its clause, then its segment, its sentence, its section headings (innermost first), its
// paragraph — falling back to the article's first topic. Every topic is a candidate, not only the article's:
// a heating report's `高考本科达线率60.87%` is education. On a tie, a topic the article is filed under wins.

import { TOPIC_KEYWORDS } from '../lexicon/topics.ts';
import type { Topic } from '../../../src/domain/topics.ts';
import { clauseOf, segmentOf, type FigureScope } from './scope.ts';

const TOPICS = Object.keys(TOPIC_KEYWORDS) as Topic[];
/** A weak hint alone (weight 1: 文化, 企业) does not decide a clause; a word that says the topic does. */
const MIN_SCORE = 2;

/** Each topic's keyword weight in a text. */
export function topicScores(text: string): Map<Topic, number> {
  const scores = new Map<Topic, number>();
  for (const topic of TOPICS) {
    let score = 0;
    for (const { word, weight, notIn } of TOPIC_KEYWORDS[topic]) {
      if (text.includes(word) && !notIn?.some((longer) => text.includes(longer))) score += weight;
    }
    if (score > 0) scores.set(topic, score);
  }
  return scores;
}

/** The best topic of a text, or undefined below MIN_SCORE; ties go to the article's topics, in order. */
export function bestTopic(text: string, preferred: readonly Topic[]): Topic | undefined {
  let best: Topic | undefined;
  let bestScore = 0;
  for (const [topic, score] of topicScores(text)) {
    const better = score > bestScore || (score === bestScore && rank(topic, preferred) < rank(best, preferred));
    if (better) {
      best = topic;
      bestScore = score;
    }
  }
  return bestScore >= MIN_SCORE ? best : undefined;
}

function rank(topic: Topic | undefined, preferred: readonly Topic[]): number {
  const i = topic ? preferred.indexOf(topic) : -1;
  return i < 0 ? preferred.length : i;
}

export function topicOf(scope: FigureScope): Topic | undefined {
  const { sentence, article } = scope;
  const clause = clauseOf(scope);
  const segment = segmentOf(scope);
  const places = [
    sentence.slice(clause.start, clause.end),
    sentence.slice(segment.start, segment.end),
    sentence,
    ...[...scope.headings].reverse(),
    scope.paragraph,
  ];
  for (const text of places) {
    const topic = bestTopic(text, article.topics);
    if (topic) return topic;
  }
  return article.topics[0];
}
