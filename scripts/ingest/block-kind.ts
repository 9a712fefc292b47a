// A block given another role: its kind changed (a headline made furniture, a label a kicker, a heading a caption) and
// the heading level, which only a heading carries, dropped with the old role. One function for every stage that
// re-reads a block's role after classification.

import type { Block } from './types.ts';

/** `block` read as a `kind`, its heading level dropped. */
export function asKind(block: Block, kind: Block['kind']): Block {
  const { level: _level, ...rest } = block;
  return { ...rest, kind };
}
