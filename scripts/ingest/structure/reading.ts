// Where the reading of a page stands as roles are assigned: inside an article's running text or not, and
// what that article has (headline, signature, continuation). roles.ts carries it from block to block and
// run.ts through a run of title-like lines; the decisions about a run read it to tell a headline that
// starts an article from a section heading inside one.

import type { Block } from '../types.ts';
import { isWireByline } from './bylines.ts';

/** Where the reading stands: inside an article's running text or not, and what that article has. */
export interface ReadingState {
  /** Running text of an article has been read and no closing mark has ended it. */
  open: boolean;
  hasHeadline: boolean;
  /** The open article names its author at its top (a byline line or a wire byline): it signs no more. */
  signed: boolean;
  /** The open article's byline credits its photos too (`文/图 本报通讯员 程伟`): a photo goes with its text. */
  photos: boolean;
  /** The open article is a wire item (`本报讯（记者 X）…`): a news report runs on without section headings. */
  wire: boolean;
  /** The article goes on from another page (`(上接第一版)`): its headline is there, not here. */
  continued: boolean;
  /** The page marks its section headings with `##`. */
  markedHeadings: boolean;
}

export function readParagraph(state: ReadingState, block: Block): void {
  if (block.continued?.from !== undefined) {
    if (state.open) close(state);
    state.continued = true;
  }
  if (block.byline && !state.open) {
    state.signed = true;
    state.wire = isWireByline(block.byline);
  }
  state.open = true;
  if (block.credit || block.continued?.to !== undefined) close(state);
}

export function close(state: ReadingState): void {
  state.open = false;
  state.hasHeadline = false;
  state.signed = false;
  state.wire = false;
  state.photos = false;
  state.continued = false;
}
