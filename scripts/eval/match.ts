// Which produced article is which gold article on a page. Pairing by exact title alone would turn one glued or
// split headline into a "missing" article whose every field fails; pairing loosely first would pair the
// wrong ones. So the pairing goes from sure to loose, each produced article used once:
//   1. the same printed title;
//   2. the body opens as the gold's `starts` says (how an untitled piece is found);
//   3. one title contains the other (a headline glued to its kicker or to the next line);
//   4. the body holds the gold's first `contains` phrase.
// A gold article left unpaired is missing; a produced article left unpaired is junk.
import type { GoldArticle } from './gold.ts';
import { opening, squash } from './normalize.ts';
import type { ProducedArticle } from './produced.ts';

export type MatchedBy = 'title' | 'starts' | 'title-overlap' | 'contains';

export interface Pairing {
  /** For each gold article (by index), the index of its produced article and how it was found. */
  gold: ({ produced: number; by: MatchedBy } | undefined)[];
  /** Indices of produced articles no gold article claims. */
  junk: number[];
}

type Rule = (gold: GoldArticle, produced: ProducedArticle) => boolean;

const RULES: [MatchedBy, Rule][] = [
  ['title', (g, p) => g.title !== undefined && p.titleFrom !== 'inferred' && squash(g.title) === squash(p.title)],
  ['starts', (g, p) => g.starts !== undefined && opening(firstParagraph(p)).startsWith(opening(g.starts))],
  ['title-overlap', (g, p) => g.title !== undefined && overlaps(squash(g.title), squash(p.title))],
  ['contains', (g, p) => g.contains.length > 0 && p.body.some((n) => squash(n.text).includes(squash(g.contains[0]!)))],
];

export function pairArticles(gold: readonly GoldArticle[], produced: readonly ProducedArticle[]): Pairing {
  const pairs: Pairing['gold'] = gold.map(() => undefined);
  const used = new Set<number>();
  for (const [by, rule] of RULES) {
    gold.forEach((g, gi) => {
      if (pairs[gi]) return;
      const pi = produced.findIndex((p, i) => !used.has(i) && rule(g, p));
      if (pi < 0) return;
      pairs[gi] = { produced: pi, by };
      used.add(pi);
    });
  }
  return { gold: pairs, junk: produced.map((_, i) => i).filter((i) => !used.has(i)) };
}

/** The first paragraph's text (a section heading is not where an article starts). */
export function firstParagraph(p: ProducedArticle): string {
  return (p.body.find((n) => n.kind === 'paragraph') ?? p.body[0])?.text ?? '';
}

/** One title inside the other, when the shorter is long enough to mean something. */
function overlaps(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.includes(short);
}
