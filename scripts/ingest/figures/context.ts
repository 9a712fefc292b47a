// The region, year and topic of a figure: from its own sentence where the sentence names one, else from the
// article. A sentence often names several counties or years; the one nearest before the figure is the one
// it belongs to (`2023年，…自2023年11月正式投入运营以来，共服务企业48个`), else the first after it.

import { COUNTIES, REGIONS } from '../../../src/domain/places/regions.ts';
import { SHORT_FORMS } from '../lexicon/regions.ts';
import { TOPIC_KEYWORDS } from '../lexicon/topics.ts';
import type { Article } from '../../../src/domain/article.ts';
import type { Topic } from '../../../src/domain/topics.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// County-level names, their short forms (`壶关`), and town names (which stand for their county). 长子 is
// left out: it also means "eldest son", and describe already handles it where it starts a phrase.
const COUNTY_OF = new Map<string, string>();
for (const county of Object.keys(COUNTIES)) COUNTY_OF.set(county, county);
for (const { text, county, onlyAtPhraseStart } of SHORT_FORMS) if (!onlyAtPhraseStart) COUNTY_OF.set(text, county);
for (const [name, info] of Object.entries(REGIONS)) {
  if (info.level === 'town' && info.parent) COUNTY_OF.set(name, info.parent);
}
const PLACE = new RegExp([...COUNTY_OF.keys()].sort((a, b) => b.length - a.length).map(escape).join('|'), 'g');

const YEAR = /(?<![0-9])((?:19|20)[0-9]{2})(?=年)/g;

/** Matches, with offsets, of a global pattern in a text. */
function mentions(pattern: RegExp, text: string, group = 0): { at: number; value: string }[] {
  const out: { at: number; value: string }[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) out.push({ at: m.index, value: m[group]! });
  return out;
}

function nearest<T extends { at: number }>(found: T[], at: number): T | undefined {
  let best: T | undefined;
  for (const f of found) if (f.at < at) best = f;
  return best ?? found[0];
}

/** The county the sentence names nearest before offset `at` in it, else the article's first region. */
export function regionOf(sentence: string, at: number, article: Pick<Article, 'regions'>): string | undefined {
  const place = nearest(mentions(PLACE, sentence), at);
  return place ? COUNTY_OF.get(place.value) : article.regions[0];
}

/** The year the sentence names nearest before offset `at` in it, else the article's year. */
export function yearOf(sentence: string, at: number, article: Pick<Article, 'year'>): number | undefined {
  const year = nearest(mentions(YEAR, sentence, 1), at);
  return year ? Number(year.value) : article.year;
}

/**
 * The article's topic whose keywords weigh most in the sentence; the article's first topic when none of
 * them is mentioned. Only the article's own topics are candidates, so a figure never gets a topic its
 * article is not filed under.
 */
export function topicOf(sentence: string, article: Pick<Article, 'topics'>): Topic | undefined {
  let best: Topic | undefined;
  let bestScore = 0;
  for (const topic of article.topics) {
    let score = 0;
    for (const { word, weight, notIn } of TOPIC_KEYWORDS[topic] ?? []) {
      if (sentence.includes(word) && !notIn?.some((longer) => sentence.includes(longer))) score += weight;
    }
    if (score > bestScore) {
      best = topic;
      bestScore = score;
    }
  }
  return best ?? article.topics[0];
}
