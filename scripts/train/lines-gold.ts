// Which of a dev page's lines open an article's title, by its gold file: the page is read by ingest up to its
// segments (decode, blocks, repair, segment; without the learned pass, whose model this trains) and each line of
// their blocks, in reading order, is labelled against the gold's titles, kickers and starts. A line opens a title
// when it is an article's kicker, or its title (whole, or the first part of a title broken over two lines) where no
// kicker stands over it, set in brackets or marks or not. A line that opens an untitled article (its `starts`) is
// labelled apart and left out of training, as is a title under its kicker and a deck (`stack`: a head's later lines). Gold is read and compared as the page eval reads it
// (scripts/eval/gold.ts, normalize.ts).
import { readFileSync } from 'node:fs';
import { printedBlocks } from '../ingest/blocks.ts';
import { decode } from '../ingest/decode.ts';
import { pageLines, type PageLines } from '../ingest/learn/lines.ts';
import { structurePage } from '../ingest/segment.ts';
import { withLearnedHeads } from '../ingest/segment-learned-heads.ts';
import type { GoldPage } from '../eval/gold.ts';
import { deck, opening } from '../eval/normalize.ts';

export type LineLabel = 'title' | 'stack' | 'start' | 'other';

export interface LabelledPage {
  name: string;
  page: PageLines;
  /** For each line, the segment it is in. */
  segmentOf: number[];
  labels: LineLabel[];
}

/** The page's lines as segment cut them, labelled by the gold. */
export function labelPage(gold: GoldPage): LabelledPage {
  const { text } = decode(new Uint8Array(readFileSync(gold.textFile)));
  const { segments } = withLearnedHeads({ off: true }, () => structurePage(text));
  const page = pageLines(segments.flatMap((s) => s.blocks), printedBlocks(text).printed);
  const segmentOf: number[] = [];
  const bySegment = new Map(segments.flatMap((s, k) => s.blocks.map((b) => [b, k] as const)));
  for (const line of page.lines) segmentOf.push(bySegment.get(line.block) ?? -1);
  return { name: gold.name, page, segmentOf, labels: labelLines(gold, page.lines.map((l) => l.text)) };
}

/** A head as printed, without the brackets, marks and dashes set round it (`【数说】`, `*** 相关链接 ***`, `——…`). */
export function headKey(text: string): string {
  let s = deck(text);
  for (let before = ''; before !== s; ) {
    before = s;
    s = deck(s.replace(/^[【〔[［*#]+|[】〕\]］*#]+$/gu, ''));
  }
  return s;
}

/** Labels of lines against a page's gold articles: each gold head claims the first unclaimed line that reads as it. */
export function labelLines(gold: Pick<GoldPage, 'articles'>, texts: readonly string[]): LineLabel[] {
  const labels: LineLabel[] = texts.map(() => 'other');
  const keys = texts.map(headKey);
  const find = (ok: (key: string, k: number) => boolean) => keys.findIndex((key, k) => labels[k] === 'other' && key !== '' && ok(key, k));
  for (const a of gold.articles) {
    const kicker = a.kicker === undefined ? '' : headKey(a.kicker);
    const title = a.title === undefined ? '' : headKey(a.title);
    const subtitle = a.subtitle === undefined ? '' : headKey(a.subtitle);
    const k = kicker ? find((key) => key === kicker) : -1;
    // The title whole, its first line, or glued after its kicker or glued to its text on one line.
    const t = !title ? -1 : find((key) => key === title || (title.startsWith(key) && [...key].length >= Math.min(4, [...title].length)) || (key.endsWith(title) && [...key].length <= [...title].length + 12) || (key.startsWith(title) && [...title].length >= 6));
    // Under a kicker the title (and a deck anywhere) is the head's second line: neither its opening nor another line.
    const d = subtitle ? find((key) => key === subtitle) : -1;
    if (d >= 0) labels[d] = 'stack';
    if (k >= 0) {
      labels[k] = 'title';
      if (t >= 0) labels[t] = 'stack';
      continue;
    }
    if (t >= 0) {
      labels[t] = 'title';
      continue;
    }
    if (a.starts) {
      const want = opening(a.starts);
      const s = find((_, j) => opening(texts[j]!).startsWith(want));
      if (s >= 0) labels[s] = 'start';
    }
  }
  return labels;
}
