// A run: the blocks between two paragraphs, whose title-like lines only their neighbours can name. This
// module holds what every decision about a run shares — the blocks, their kinds and heading levels as
// decided so far, the author names found — and the questions they all ask of it (where it stands on the
// page, which blocks take part in its order of titles), and carries the reading state through it. The
// decisions themselves are in run-titles.ts, run-furniture.ts, run-headline.ts and run-captions.ts.

import type { Block, BlockKind } from '../types.ts';
import { isPhotoCredit, tookPhotos } from './bylines.ts';
import { readContinuation } from './marks.ts';
import { close, type ReadingState } from './reading.ts';
import { isLatin } from './shape.ts';

/** A block's kind as far as its own text tells; `title` is a short line whose role its neighbours decide. */
export type Shape = BlockKind | 'title';

export interface Marked {
  shape: Shape;
  block: Block;
  /** A heading set with `##` markup: the page then reserves level 2 for marked-up headings. */
  fromMarkup?: boolean;
  /** The bullet a title-like line was printed after and has been read off (`■ 东阳关镇…` → `■`; briefs.ts). */
  bullet?: string;
}

export interface Run {
  readonly marked: readonly Marked[];
  readonly kinds: Shape[];
  readonly levels: (2 | 3 | undefined)[];
  readonly indices: number[];
  readonly next: Block | undefined;
  readonly names: Set<number>;
  lateHeadline: number | undefined;
}

export function newRun(marked: readonly Marked[], kinds: Shape[], levels: (2 | 3 | undefined)[], start: number, end: number): Run {
  return {
    marked,
    kinds,
    levels,
    indices: Array.from({ length: end - start }, (_, k) => start + k),
    next: marked[end]?.block,
    names: new Set<number>(),
    lateHeadline: undefined,
  };
}

// Blocks that stand in a run without taking part in its order of titles.
const ASIDE = new Set<Shape>(['furniture', 'continuation', 'byline', 'kicker', 'caption']);

export function text(run: Run, i: number): string {
  return run.marked[i]!.block.text;
}

function isAside(run: Run, i: number): boolean {
  return ASIDE.has(run.kinds[i]!) || run.names.has(i);
}

/** Indices of the run's blocks that take part in its order of titles. */
export function structural(run: Run): number[] {
  return run.indices.filter((i) => !isAside(run, i));
}

export function followsTitle(run: Run, i: number): boolean {
  const before = run.kinds[i - 1];
  return before === 'headline' || before === 'deck';
}

/** Nothing but page furniture and title-like lines follows block i to the end of the page. */
export function atPageFoot(run: Run, i: number): boolean {
  return run.marked.slice(i + 1).every((m) => m.shape === 'furniture' || m.shape === 'title');
}

/** Running text stands before the run: the run is not the page's head. */
export function afterRunningText(run: Run): boolean {
  return run.marked[run.indices[0]! - 1]?.shape === 'paragraph';
}

/** The line is in another language than the running text before the run: an English item's headline. */
export function switchesLanguage(run: Run, i: number): boolean {
  const before = run.marked[run.indices[0]! - 1];
  return before?.shape === 'paragraph' && isLatin(before.block.text) !== isLatin(text(run, i));
}

export function makeHeading(run: Run, i: number, state: ReadingState): void {
  run.kinds[i] = 'heading';
  run.levels[i] = state.markedHeadings ? 3 : 2;
}

/** The reading state just before the run's k-th block, from the state before the run. */
export function stateAt(run: Run, state: ReadingState, upTo: number): ReadingState {
  const copy = { ...state };
  advance(run, copy, upTo - run.indices[0]!);
  return copy;
}

export function advance(run: Run, state: ReadingState, count: number): void {
  for (const i of run.indices.slice(0, count)) {
    const kind = run.kinds[i];
    const block = run.marked[i]!.block;
    if (run.marked[i]!.fromMarkup) state.markedHeadings = true;
    // A credit under a photo's caption ends the photo, not the article; but a caption sentence and its credit
    // with a title-like line after them close the article they end.
    const endsArticle = run.marked[i - 1]?.shape === 'paragraph' && i !== run.indices.at(-1);
    const creditsCaption = isPhotoCredit(block.text) && run.kinds[i - 1] === 'caption' && !endsArticle;
    // A photo item signs itself with its caption's credit (`壶关县：…` / `12月2日，…。` / `图为…。（… 供图）`): after its
    // text, with no byline above, that credit closes it as a byline would.
    if (kind === 'caption' && block.credit !== undefined && state.open && !state.signed && run.marked[i - 1]?.shape === 'paragraph') close(state);
    if (kind === 'byline' && !run.names.has(i) && state.open && !creditsCaption) close(state);
    else if (kind === 'byline') {
      state.signed = true;
      if (!creditsCaption) state.photos = tookPhotos(block.text) && !isPhotoCredit(block.text);
    }
    if (kind === 'continuation') {
      if (readContinuation(block.text)?.from !== undefined) {
        if (state.open) close(state);
        state.continued = true;
      } else {
        close(state);
      }
    }
    if (kind === 'headline' && i !== run.lateHeadline && (state.open || !state.hasHeadline)) {
      close(state);
      state.hasHeadline = true;
    } else if (kind === 'headline') {
      state.hasHeadline = true;
    }
    // `…完工（上接第一版）`: the article began on another page.
    if (kind === 'headline' && block.continued?.from !== undefined) state.continued = true;
  }
}
