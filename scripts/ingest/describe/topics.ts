// Which of the fixed topics an article is about, scored from the keyword rules in lexicon/topics.ts and the words
// that name what a figure counts (figures/topic.ts FIGURE_KEYWORDS: `报警器`, `户厕`, `社保`): an article is about
// what its figures count (`全县已为1860户独居老人安装燃气报警器` is public safety). An English item, lang en, is
// scored from the English rules in lexicon/topics-en.ts.

import { TOPIC_KEYWORDS, type Keyword } from '../lexicon/topics.ts';
import { FIGURE_KEYWORDS } from '../figures/topic.ts';
import { exchangeTopics } from './exchanges.ts';
import { listItems, listTopics } from './topics-list.ts';
import { TOPIC_KEYWORDS_EN } from '../lexicon/topics-en.ts';
import { isTipHead } from './kind.ts';
import { TOPICS, type Topic } from '../../../src/domain/topics.ts';

/** A piece of an article's text and how much a keyword in it counts: a title says more than a paragraph. */
export interface WeightedText {
  text: string;
  weight: number;
}

export const TITLE_WEIGHT = 3;
export const HEADING_WEIGHT = 2;
/** The lead paragraph says what the article is about more than the rest of its text. */
export const LEAD_WEIGHT = 2;
export const BODY_WEIGHT = 1;

// At most five, but for an article made of a list: it is also about each topic one of its items leads with.
const MAX_TOPICS = 5;
// A topic must score at least this much …
const MIN_SCORE = 3;
// … and one point per this many characters of text, so that a long report needs more than a passing
// mention (a 3000-character report needs 10 points, a 300-character news item 3: one strong word) …
const CHARS_PER_POINT = 300;
// … and this share of the best topic's score, so a report about heating is not also "about" everything
// it mentions once. (0.25 over 0.2: on dev pages 01-69 as many gold topics found, 95.0%, and fewer
// not in the gold, precision 78.6% -> 80.9%; 0.3 and more lose gold topics.)
const SHARE_OF_BEST = 0.25;
// An exchange of an article told in turns (a question and its answer) names its topic with one strong word
// or two hints (楼道, 物业 …).
const MIN_EXCHANGE_SCORE = 2;
// Below the bars above, the best topic of a short piece (at most CHARS_PER_POINT characters) still leads when it
// scores this much: a weak word (weight 1) in the title or lead, or a stronger one anywhere (3 -> 2: on the dev pages
// three articles of three writers gain, 237, 324 and 592, one loses, 305; a long piece's stray word stays noise).
const MIN_LONE_SCORE = 2;
// People a project puts to work, counted: `带动`/`吸纳` and a count before `务工` or `就业` in one clause (not `带动1800户增收`,
// nor a count and its work in two clauses, `带动120户，务工收入…`).
const JOBS_BROUGHT = /(?:带动|吸纳)[^。；，！？\n]{0,14}?(?:\d|[一二两三四五六七八九十百千万])[^。；，！？\n]{0,12}?(?:务工|就业)/u;
// The words of a warning against doing something (`不要`, `切勿`, `请勿`, `严禁`, `谨防`, `千万别`), a piece of advice of this
// many characters at most (a box or a short item, not a report that quotes one rule), and how many it gives.
const WARNING = /不要|切勿|请勿|严禁|谨防|千万别/u;
const MAX_ADVICE_CHARS = 2 * CHARS_PER_POINT;
const MIN_WARNINGS = 2;
// A warning counts where it opens a clause of the piece's own advice: at a line's start or after a clause's stop,
// alone or after 请 and whom it asks (`请老人们谨防上当`), or in an item's first clause after what it is about
// (`1.电暖器周围不要堆放衣物`); not inside a sentence (`吃饭不要挑食`, `现在不要出村`) nor in quotes (a speaker's words,
// a box's name `“六不要”`).
const CLAUSE_STOP = /[，,；;。：:！!？?]/u;
const ITEM_MARK = /^(?:[●○•·■□▪◆◇★☆▲△►▶➤\-—*]+|[（(]?[\d一二三四五六七八九十]{1,2}[)）.、．]|[①-⑳])\s*/u;
const OPENING_WARNING = new RegExp(`^(?:请\\p{Script=Han}{0,4}?)?(?:${WARNING.source})`, 'u');
const ITEM_WARNING = new RegExp(`^.{0,6}?(?:${WARNING.source})`, 'u');
const QUOTED = /“[^“”]*”|‘[^‘’]*’|「[^「」]*」|『[^『』]*』|"[^"\n]*"/gu;
// … and it is a box of advice when its head names a tip box (`冬季用气安全提示`) or such warnings open at least this
// share of the clauses below its head (`燃气灶使用“四不要”` over four items that each open with 不要).
const MIN_WARNING_SHARE = 0.5;
// Every article gets a topic; one that matches (almost) no rule is about public affairs in general.
const FALLBACK: Topic = 'governance';

/** The language an article is written in: describe decides it (an English item is lang en). */
export type TopicLang = 'zh' | 'en';

/**
 * Topics of an article, best first: at least one, at most five. Takes plain text or text pieces with weights
 * (title, headings, body; see describe), and the article's language, which chooses the keyword rules.
 */
export function findTopics(text: string | readonly WeightedText[], lang: TopicLang = 'zh'): Topic[] {
  const pieces = typeof text === 'string' ? [{ text, weight: BODY_WEIGHT }] : text;
  const scores = lang === 'en' ? scoreEnglishTopics(pieces) : scoreTopics(pieces);
  const ranked = TOPICS.map((topic) => ({ topic, score: scores[topic] }))
    .filter((t) => t.score > 0)
    .sort((a, b) => b.score - a.score);
  const best = ranked[0];
  const length = pieces.reduce((sum, p) => sum + p.text.length, 0);
  const also = topicsBesides(pieces, lang, length);
  const withAlso = (topics: readonly Topic[]): Topic[] => [...topics, ...also.filter((t) => !topics.includes(t))];
  if (!best) return also.length > 0 ? also : [FALLBACK];

  const threshold = Math.max(MIN_SCORE, length / CHARS_PER_POINT, best.score * SHARE_OF_BEST);
  const kept = ranked.filter((t) => t.score >= threshold).map((t) => t.topic);
  // An article told in turns is also about what each of its exchanges asks (describe/exchanges.ts).
  const scoreBody = (t: string) => scoreTopics([{ text: t, weight: BODY_WEIGHT }]);
  const turns = lang === 'zh' ? exchangeTopics(pieces.map((p) => p.text), scoreBody, MIN_EXCHANGE_SCORE) : [];
  // An article made of a list is about what each of its items is about (describe/topics-list.ts).
  const items = lang === 'zh' ? listTopics(listItems(pieces), scoreBody, MIN_SCORE) : [];
  const leading = [...kept, ...turns.filter((t) => !kept.includes(t))].slice(0, MAX_TOPICS);
  const withTurns = [...leading, ...items.filter((t) => !leading.includes(t))];
  if (withTurns.length > 0) return withAlso(withTurns);
  // A long article with weak hints still has a leading topic; a stray word in a short one is noise, but in a short
  // piece one hint in its title or lead (`村民们聚在活动室里读书看报`), or a strong word once, says what it is about.
  const lone = length <= CHARS_PER_POINT ? MIN_LONE_SCORE : MIN_SCORE;
  if (best.score >= lone) return withAlso([best.topic]);
  return also.length > 0 ? also : [FALLBACK];
}

/**
 * Topics an article's form says it is about besides its words' scores: work a project brings to people
 * (`带动1800余户农民就近务工`, `吸纳60余名村民就业`) is employment's, whatever the project grows or makes (the figure guide's
 * ruling), so a farm's or a workshop's story is also about those jobs; a short piece that warns against doing things
 * twice or more (`不要私拉乱接电线`, `切勿开关电器`, `谨防…`) is safety advice, whatever hazard it names (gas, heaters,
 * chargers, swindlers): public safety's too.
 */
function topicsBesides(pieces: readonly WeightedText[], lang: TopicLang, length: number): Topic[] {
  if (lang !== 'zh') return [];
  return [
    ...(pieces.some((p) => JOBS_BROUGHT.test(p.text)) ? ['employment' as const] : []),
    ...(length <= MAX_ADVICE_CHARS && isWarningBox(pieces) ? ['public-safety' as const] : []),
  ];
}

/** A short piece of advice that warns twice or more in clauses of its own (see OPENING_WARNING), in a tip box or mostly. */
function isWarningBox(pieces: readonly WeightedText[]): boolean {
  let clauses = 0;
  let warnings = 0;
  for (const p of pieces) {
    for (const line of p.text.replace(QUOTED, '“”').split('\n')) {
      const item = ITEM_MARK.test(line.trim());
      line.trim().replace(ITEM_MARK, '').split(CLAUSE_STOP).forEach((raw, i) => {
        const c = raw.trim();
        if (c.length === 0 || c === '“”') return;
        if (p.weight !== TITLE_WEIGHT) clauses += 1;
        if (OPENING_WARNING.test(c) || (item && i === 0 && ITEM_WARNING.test(c))) warnings += 1;
      });
    }
  }
  if (warnings < MIN_WARNINGS) return false;
  const tipBox = pieces.some((p) => p.weight === TITLE_WEIGHT && isTipHead(p.text.trim().replace(ITEM_MARK, '')));
  return tipBox || warnings >= clauses * MIN_WARNING_SHARE;
}

/**
 * Each topic's keywords: the lexicon's, and the figure words it has no word for (a figure word that contains one
 * of the topic's lexicon words or is contained in one, `托育点` beside `托育`, would count that hit twice).
 */
const ARTICLE_KEYWORDS = Object.fromEntries(
  TOPICS.map((topic) => {
    const lexicon = TOPIC_KEYWORDS[topic];
    const figures = (FIGURE_KEYWORDS[topic] ?? []).filter((f) => !lexicon.some((w) => w.word.includes(f.word) || f.word.includes(w.word)));
    return [topic, [...lexicon, ...figures]];
  }),
) as Record<Topic, Keyword[]>;

/** Weighted keyword hits per topic. */
export function scoreTopics(pieces: readonly WeightedText[]): Record<Topic, number> {
  const scores = Object.fromEntries(TOPICS.map((t) => [t, 0])) as Record<Topic, number>;
  for (const topic of TOPICS) {
    for (const keyword of ARTICLE_KEYWORDS[topic]) {
      for (const piece of pieces) scores[topic] += countHits(piece.text, keyword) * keyword.weight * piece.weight;
    }
  }
  return scores;
}

/**
 * Weighted English keyword hits per topic: case-insensitive, on word boundaries, plurals included. Within a
 * topic the longest phrase is matched first and takes its words' place, so `bus stop` counts once.
 */
export function scoreEnglishTopics(pieces: readonly WeightedText[]): Record<Topic, number> {
  const scores = Object.fromEntries(TOPICS.map((t) => [t, 0])) as Record<Topic, number>;
  for (const topic of TOPICS) {
    for (const piece of pieces) {
      let text = piece.text.toLowerCase();
      for (const { pattern, weight } of ENGLISH_PATTERNS[topic]) {
        text = text.replace(pattern, (hit) => {
          scores[topic] += weight * piece.weight;
          return ' '.repeat(hit.length);
        });
      }
    }
  }
  return scores;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A keyword as a pattern: whole words, any run of spaces or a hyphen between them, its plural too. */
function englishPattern(word: string): RegExp {
  const body = escape(word.toLowerCase())
    .replace(/[\s-]+/g, '[\\s-]+')
    .replace(/y$/, '(?:y|ie)');
  return new RegExp(`\\b${body}(?:s|es)?\\b`, 'g');
}
const ENGLISH_PATTERNS = Object.fromEntries(
  TOPICS.map((topic) => [
    topic,
    [...TOPIC_KEYWORDS_EN[topic]]
      .sort((a, b) => b.word.length - a.word.length)
      .map(({ word, weight }) => ({ pattern: englishPattern(word), weight })),
  ]),
) as Record<Topic, { pattern: RegExp; weight: number }[]>;

function countHits(text: string, { word, notIn = [] }: Keyword): number {
  const excluded = notIn.reduce((sum, longer) => sum + count(text, longer) * count(longer, word), 0);
  return Math.max(0, count(text, word) - excluded);
}

function count(text: string, word: string): number {
  if (!word) return 0;
  let n = 0;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) n++;
  return n;
}
