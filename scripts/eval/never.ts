// Issue 15's never-rules, counted apart from the score: what must not happen on any page however well the rest
// reads, so that a share of held expectations cannot hide it. On what ingest produced against what the gold says
// the page prints:
//   role-as-title      a produced title or caption that is a byline, a column name (a gold kicker) or a line of
//                      page furniture printed on the page, and is no gold title there;
//   later-year         an article dated later than the year its gold gives it (a plan's or a target's year
//                      taken for the article's);
//   year-from-nowhere  an article given a year where the gold says nothing on the page tells one;
//   outside-gazetteer  an article's or a figure's place that is no division in the gazetteer.
// Not expectations: adding them to the score would raise every share by expectations that mostly hold.
// tests/properties/checks.ts holds the same rules by the output's form alone, without gold, on dev pages and their
// printed variants (a fault left there is an allowance); this counts them against what the gold says each line
// is, on any set, the holdout too, as issue 15's check will.
import { regionKey } from '../../src/domain/places/regions.ts';
import type { GoldPage } from './gold.ts';
import { pairArticles } from './match.ts';
import { squash } from './normalize.ts';
import type { ProducedArticle } from './produced.ts';

export const NEVER_RULES = ['role-as-title', 'later-year', 'year-from-nowhere', 'outside-gazetteer'] as const;
export type NeverRule = (typeof NEVER_RULES)[number];

export interface Broken {
  rule: NeverRule;
  /** The produced article it was found in, by its title. */
  article: string;
  /** What broke the rule: the title, caption, year or place, and what the gold says. */
  what: string;
}

export function neverBroken(gold: GoldPage, produced: readonly ProducedArticle[]): Broken[] {
  const out: Broken[] = [];
  const titles = new Set(gold.articles.flatMap((a) => (a.title ? [squash(a.title)] : [])));
  const roles = new Map<string, string>();
  const role = (text: string | undefined, name: string) => {
    const key = text === undefined ? '' : squash(text);
    if (key && !titles.has(key) && !roles.has(key)) roles.set(key, name);
  };
  for (const a of gold.articles) (role(a.byline, 'byline'), role(a.kicker, 'column name'));
  for (const line of gold.furniture) role(line, 'furniture');
  for (const p of produced) {
    for (const [where, text] of [['title', p.title] as const, ...p.captions.map((c) => ['caption', c] as const)]) {
      const name = roles.get(squash(text));
      if (name) out.push({ rule: 'role-as-title', article: p.title, what: `${where} ${text} is the page's ${name}` });
    }
  }

  const pairing = pairArticles(gold.articles, produced);
  gold.articles.forEach((g, i) => {
    const pair = pairing.gold[i];
    const year = pair ? produced[pair.produced]!.year : undefined;
    if (pair === undefined || year === undefined) return;
    const title = produced[pair.produced]!.title;
    if (g.year === null) out.push({ rule: 'year-from-nowhere', article: title, what: `dated ${year}; the page tells no year` });
    else if (year > g.year) out.push({ rule: 'later-year', article: title, what: `dated ${year}; the gold says ${g.year}` });
  });

  for (const p of produced) {
    const places = [...p.regions.map((r) => ['article', r] as const), ...p.figures.flatMap((f) => (f.region ? [[`figure ${f.text}`, f.region] as const] : []))];
    for (const [where, place] of places) {
      if (regionKey(squash(place)) === undefined) out.push({ rule: 'outside-gazetteer', article: p.title, what: `${where}: ${place}` });
    }
  }
  return out;
}
