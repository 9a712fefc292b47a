// The places of a dev page where roles.test.ts sets a generated role line (roles.gen.ts): its top, between two
// articles, between a headline and its text, after a photo caption, between two paragraphs of an article, its end;
// found by the page's blocks and its gold. And what went wrong with a line set there.
import { loadPages, type PageText } from '../../scripts/eval/variants.ts';
import { squash } from '../../scripts/eval/normalize.ts';
import { ingest } from '../../scripts/ingest/pipeline.ts';
import { isLatin } from '../../scripts/ingest/structure/shape.ts';

export const PLACES = ['top', 'between-articles', 'under-headline', 'after-caption', 'mid-article', 'end'] as const;
export type Place = (typeof PLACES)[number];

/** Dev pages written before the blind set (350–359 are never opened, nor tuned on), every n-th: ~20 layouts. */
export const SAMPLE_SIZE = 20;
export function samplePages(): PageText[] {
  const pages = loadPages().filter((p) => Number(/^\d+/u.exec(p.gold.name)?.[0] ?? 0) < 350);
  const step = Math.max(1, Math.floor(pages.length / SAMPLE_SIZE));
  return pages.filter((_, i) => i % step === 0).slice(0, SAMPLE_SIZE);
}

export interface Slot {
  page: PageText;
  /** The page cut into its blocks (blank-line blocks, or lines where the page has no blank line). */
  blocks: string[];
  sep: string;
  /** The line goes in before blocks[at]. */
  at: number;
}

/** Every place of each kind on a page, by its blocks and its gold. */
export function slotsOf(page: PageText): Record<Place, Slot[]> {
  const sep = /\n[\t \u3000]*\n/u.test(page.text) ? '\n\n' : '\n';
  const blocks = page.text.split(sep === '\n\n' ? /\n[\t \u3000]*\n+/u : /\n/u).filter((b) => b.trim() !== '');
  const slot = (at: number): Slot => ({ page, blocks, sep, at });
  const indexOf = (text: string) => blocks.findIndex((b) => squash(b) === squash(text));
  // A Chinese line under or over an English item's headline is no form a page prints: only Chinese articles' headlines.
  const titles = page.gold.articles.map((a) => (a.title && !isLatin(a.title) ? indexOf(a.title) : -1));
  const kickerOver = (kicker: string | undefined, i: number) => kicker !== undefined && squash(blocks[i - 1] ?? '') === squash(kicker);
  const captions = page.gold.articles.flatMap((a) => a.captions.map((c) => blocks.findIndex((b) => squash(b).includes(squash(c)))));
  const long = (b: string | undefined) => b !== undefined && [...b].length >= 40 && /[。！？]["”」]?$/u.test(b.trim());
  const mid = blocks.flatMap((b, i) => (i > 0 && long(blocks[i - 1]) && long(b) ? [i] : []));
  return {
    top: [slot(0)],
    // Over the article's stack: its kicker, where it has one printed over its headline.
    'between-articles': titles.slice(1).map((i, k) => (i > 0 && kickerOver(page.gold.articles[k + 1]!.kicker, i) ? i - 1 : i)).filter((i) => i > 0).map(slot),
    'under-headline': titles.filter((i) => i >= 0).map((i) => slot(i + 1)),
    'after-caption': captions.filter((i) => i >= 0).map((i) => slot(i + 1)),
    'mid-article': mid.map(slot),
    end: [slot(blocks.length)],
  };
}

export function withLine(s: Slot, line: string): string {
  return [...s.blocks.slice(0, s.at), line, ...s.blocks.slice(s.at)].join(s.sep) + '\n';
}

export function read(name: string, text: string) {
  return ingest([{ name: `${name}.txt`, bytes: new TextEncoder().encode(text) }], []).articles.map((a) => a.article);
}

/** What went wrong with `line` set at slot `s`: a title or caption that is the line, a headline lost. */
export function faults(s: Slot, line: string, before: ReturnType<typeof read>): string[] {
  const after = read(s.page.gold.name, withLine(s, line));
  const key = squash(line);
  const out: string[] = [];
  for (const a of after) {
    if (squash(a.title) === key) out.push(`title`);
    if (a.captions.some((c) => squash(c) === key)) out.push(`caption`);
  }
  const headlines = new Set(after.filter((a) => a.titleFrom !== 'inferred').map((a) => squash(a.title)));
  for (const a of before) if (a.titleFrom !== 'inferred' && !headlines.has(squash(a.title))) out.push(`lost headline ${a.title}`);
  return out;
}

