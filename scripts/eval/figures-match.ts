// Which produced figure is which gold figure. Articles pair up by id, else by title, else by the body's
// first words (an id may change when a title is corrected), else with the produced article whose body holds
// them (a gold article ingest ran into another); figures within a pair by printed text and paragraph, then
// by text alone (nearest paragraph, or order of appearance where the gold has no paragraph), then by one
// text containing the other, of the same value, in the same paragraph (`超98%` against `98%`). What is
// left over is a gold figure not found or a produced figure not in gold.
import type { GoldArticle, GoldFigure } from './figures-gold.ts';
import { opening } from './normalize.ts';

/** A figure as ingest produces it: today's record and the fields issue 14 adds (absent until they exist). */
export interface ProducedFigure {
  id: string;
  article?: string;
  paragraph: number;
  text: string;
  sentence: string;
  value: number;
  unit: string;
  measure?: string;
  subject?: string;
  region?: string;
  year?: number;
  topic?: string;
  status?: string;
  period?: string;
  kind?: string;
  label?: string;
  label_en?: string;
}

export interface ProducedArticle {
  id: string;
  title: string;
  /** The text of the first paragraph. */
  first: string;
  /** The whole body text, to find a gold article ingest ran into another one. */
  body: string;
  figures: ProducedFigure[];
}

export interface FigurePair {
  article: string;
  gold: GoldFigure;
  got: ProducedFigure;
}

export interface Matching {
  pairs: FigurePair[];
  notFound: { article: string; gold: GoldFigure }[];
  notInGold: { article: string; got: ProducedFigure }[];
  /** Gold articles with figures that no produced article holds (their figures are all in notFound). */
  articlesNotFound: string[];
}

/**
 * The produced article that holds each gold article: one each by id, title or first words; then, for a
 * gold article ingest did not split off (the page eval's concern), the produced article whose body holds
 * its first words or title — several gold articles may then share one produced article.
 */
export function matchArticles(gold: readonly GoldArticle[], produced: readonly ProducedArticle[]): Map<GoldArticle, ProducedArticle> {
  const pairs = new Map<GoldArticle, ProducedArticle>();
  const taken = new Set<ProducedArticle>();
  const ways: ((g: GoldArticle, p: ProducedArticle) => boolean)[] = [
    (g, p) => g.id !== undefined && g.id === p.id,
    (g, p) => g.title !== undefined && squash(g.title) === squash(p.title),
    // As the page eval reads `starts` (normalize.ts): `本报讯（通讯员 X）` before the first words is not part of them.
    (g, p) => g.first !== undefined && opening(g.first).length > 0 && opening(p.first).startsWith(opening(g.first)),
  ];
  for (const same of ways) {
    for (const g of gold) {
      if (pairs.has(g)) continue;
      const p = produced.find((candidate) => !taken.has(candidate) && same(g, candidate));
      if (p) {
        pairs.set(g, p);
        taken.add(p);
      }
    }
  }
  const holds = (p: ProducedArticle, text: string | undefined) =>
    text !== undefined && squash(text).length > 0 && squash(p.body).includes(squash(text));
  for (const g of gold) {
    if (pairs.has(g)) continue;
    const p = produced.find((candidate) => holds(candidate, g.first)) ?? produced.find((candidate) => holds(candidate, g.title));
    if (p) pairs.set(g, p);
  }
  return pairs;
}

export function matchFigures(gold: readonly GoldArticle[], produced: readonly ProducedArticle[]): Matching {
  const articles = matchArticles(gold, produced);
  const result: Matching = { pairs: [], notFound: [], notInGold: [], articlesNotFound: [] };
  const taken = new Set<ProducedFigure>();
  for (const g of gold) {
    const p = articles.get(g);
    const name = p?.id ?? g.id ?? g.title ?? '?';
    if (!p) {
      if (g.figures.length > 0) result.articlesNotFound.push(g.title ?? g.id ?? '?');
      result.notFound.push(...g.figures.map((figure) => ({ article: name, gold: figure })));
      continue;
    }
    const { pairs, leftGold } = pairFigures(g.figures, p.figures.filter((f) => !taken.has(f)));
    for (const [gf, got] of pairs) {
      result.pairs.push({ article: name, gold: gf, got });
      taken.add(got);
    }
    result.notFound.push(...leftGold.map((figure) => ({ article: name, gold: figure })));
  }
  for (const p of produced) result.notInGold.push(...p.figures.filter((f) => !taken.has(f)).map((got) => ({ article: p.id, got })));
  return result;
}

/** Pairs the figures of one article (exported for the tests). */
export function pairFigures(gold: readonly GoldFigure[], got: readonly ProducedFigure[]) {
  const pairs: [GoldFigure, ProducedFigure][] = [];
  const freeGold = new Set(gold);
  const freeGot = new Set(got);
  const take = (g: GoldFigure, p: ProducedFigure) => {
    pairs.push([g, p]);
    freeGold.delete(g);
    freeGot.delete(p);
  };
  const sentenceFits = (g: GoldFigure, p: ProducedFigure) => !g.sentence || p.sentence.startsWith(g.sentence);
  // 1. Same text in the same paragraph (and sentence, when the gold names one).
  for (const g of gold) {
    if (g.paragraph === undefined) continue;
    const p = [...freeGot].find((c) => c.text === g.text && c.paragraph === g.paragraph && sentenceFits(g, c));
    if (p) take(g, p);
  }
  // 2. Same text anywhere in the article: nearest paragraph, or the next occurrence in reading order.
  for (const g of gold) {
    if (!freeGold.has(g)) continue;
    const candidates = [...freeGot].filter((c) => c.text === g.text && sentenceFits(g, c));
    const p = g.paragraph === undefined ? candidates[0] : nearest(candidates, g.paragraph);
    if (p) take(g, p);
  }
  // 3. One text inside the other, of the same value, in the same paragraph when the gold gives one.
  for (const g of gold) {
    if (!freeGold.has(g)) continue;
    const p = [...freeGot].find(
      (c) =>
        (g.paragraph === undefined || c.paragraph === g.paragraph) &&
        (g.value === undefined || g.value === c.value) &&
        (c.text.includes(g.text) || g.text.includes(c.text)),
    );
    if (p) take(g, p);
  }
  return { pairs, leftGold: gold.filter((g) => freeGold.has(g)), leftGot: got.filter((p) => freeGot.has(p)) };
}

function nearest(candidates: ProducedFigure[], paragraph: number): ProducedFigure | undefined {
  return [...candidates].sort((a, b) => Math.abs(a.paragraph - paragraph) - Math.abs(b.paragraph - paragraph))[0];
}

function squash(text: string): string {
  return text.replace(/\s+/g, '');
}
