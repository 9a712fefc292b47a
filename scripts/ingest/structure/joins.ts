// Paragraphs broken across blank lines, and column fragments printed away from the text they finish.

import { brokenOffMessage, excerpt, unfinishedMessage, unopenedMessage } from '../../../src/domain/text-gaps.ts';
import type { Block, Join, Warning } from '../types.ts';
import { isBoxLine } from './box-forms.ts';
import { LABELLED_SECTION } from './copy-chrome.ts';
import { fieldOverField } from './field-lines.ts';
import { isFormBoxText } from './form-box.ts';
import { closesUnopened, endsBroken, opensParagraph, wordStraddles } from './shape.ts';
import { isBodiesLine } from './issuers.ts';
import { isSignedVoice, isSpeakerLine } from './speaker-lists.ts';

/**
 * `after` finishes the paragraph `before` broke off: `before` stops mid-sentence, `after` neither opens a
 * paragraph of its own (wire byline, list dash, date lead, short topic sentence) nor closes a bracket
 * that was never opened (then text is missing between them). A word running across the break (培|养)
 * outweighs an opening that only looks like a topic sentence.
 */
export function continues(before: Block, after: Block): boolean {
  if (after.kind !== 'paragraph' || after.byline) return false;
  // A box's lines stand whole: a table, figures over labels, an issuer and the day signed (box-forms.ts).
  if (isBoxLine(before.text) || isBoxLine(after.text)) return false;
  // So do a box's lines told by their form, read as one block (form-box.ts).
  if (isFormBoxText(before.text.split('\n')) || isFormBoxText(after.text.split('\n'))) return false;
  if (before.kind === 'heading' || before.kind === 'caption') return finishesClause(before, after);
  if (before.kind !== 'paragraph') return false;
  if (before.credit || !breaksOff(before.text)) return false;
  if (fieldOverField(before.text, after.text)) return false;
  if (closesUnopened(after.text, before.text)) return false;
  // `…“我们还开通了24小时服务` + `热线，群众有问题随时打。”…`: `after` closes the quote `before` left open.
  if (closesOpenQuote(before.text, after.text)) return true;
  return wordStraddles(before.text, after.text) || !opensParagraph(after.text);
}

/**
 * The paragraph stops mid-sentence (shape.ts endsBroken), and not on a speaker's name: a line listing who speaks
 * (`市城市管理局副局长 刘 芳`, speaker-lists.ts) ends whole without a full stop, and so does a body's name alone, or a
 * box's line (`2025年12月4日`, the day a notice was signed: box-forms.ts isBoxLine), which no fragment printed later finishes,
 * or a section under its label (`版面：县域新闻`, copy-chrome.ts LABELLED_SECTION), a field of its own, or a quoted voice and
 * its speaker in brackets (VOICE_AND_SPEAKER), or a whole quotation signed by its speaker (speaker-lists.ts isSignedVoice).
 */
function breaksOff(text: string): boolean {
  const last = text.trim().slice(text.trim().lastIndexOf('\n') + 1);
  return endsBroken(text) && !isSpeakerLine(last) && !isBodiesLine(last) && !isBoxLine(text) && !LABELLED_SECTION.test(last) && !VOICE_AND_SPEAKER.test(last) && !isSignedVoice(last);
}

// A quoted voice finished inside its quotation marks, then who spoke in brackets (`“…比自己做还划算。”（市民 李女士）`): the
// sentence ended before the bracket, so the line ends whole however the bracket closes.
const VOICE_AND_SPEAKER = /[。！？!?…][”」』’][\s\u3000]*[（(][^（()）\n]{1,20}[)）]$/u;

/**
 * A short line read as a heading or caption that is really the head of a paragraph broken after it: it
 * holds a clause mark (`据介绍，今年全市…新增集中供热面积`, no heading reads so) and the block after it finishes
 * its clause — a word runs across the break, or it opens with the number the clause was about to give
 * (`380万平方米。`).
 */
function finishesClause(before: Block, after: Block): boolean {
  const head = before.text.trim();
  if (before.credit || !/\p{Script=Han}[，,]\p{Script=Han}/u.test(head) || !/[\p{Script=Han}\d]$/u.test(head)) return false;
  if (opensParagraph(after.text) || closesUnopened(after.text, head)) return false;
  // Three clauses or more giving a count (`某负责人介绍，明年…再建大棚100座，力争年产值` / `突破3亿元。`): no heading reads
  // so. Parallel clauses with no number are a section head's slogan (`坚持规划引领，突出特色发展，打造宜居乡村`).
  if ((head.match(/[，,]/gu) ?? []).length >= 2 && /\d/u.test(head)) return true;
  return wordStraddles(head, after.text) || /^[\d〇一二三四五六七八九十百千万两]+(?:[.．]\d+)?[\p{Script=Han}%]/u.test(after.text.trim());
}

/** `before` opens a quote or bracket it does not close, and `after` closes it. */
function closesOpenQuote(before: string, after: string): boolean {
  const opens = (before.match(/[“「『（(]/gu) ?? []).length;
  const closes = (before.match(/[”」』）)]/gu) ?? []).length;
  if (opens > closes && /^[^“「『（(]*[”」』）)]/u.test(after)) return true;
  // ASCII quotes, as an export may print them, open and close with one mark: an odd count leaves one open.
  return (before.match(/"/gu) ?? []).length % 2 === 1 && /^[^"“「『（(]*"/u.test(after);
}

/**
 * `before` with `after` appended as printed: Chinese needs no space between the halves. The joined paragraph
 * goes on from where `before` came from and on to where `after` goes (`…以内。（转第3版）` ends the second half).
 */
export function joinBlocks(before: Block, after: Block): Block {
  const { credit: _credit, continued: _continued, ...head } = before;
  const from = before.continued?.from ?? after.continued?.from;
  const to = after.continued?.to ?? before.continued?.to;
  return {
    ...head,
    kind: 'paragraph',
    text: before.text + after.text,
    source: [...before.source, ...after.source],
    ...(after.credit !== undefined && { credit: after.credit }),
    ...((from !== undefined || to !== undefined) && { continued: { ...(from !== undefined && { from }), ...(to !== undefined && { to }) } }),
  };
}

/** Joins each paragraph with the blocks that directly continue it; one Join per rejoined paragraph. */
export function joinBrokenParagraphs(blocks: readonly Block[]): { blocks: Block[]; joins: Join[] } {
  const out: Block[] = [];
  const joins: Join[] = [];
  for (const block of blocks) {
    const last = out.at(-1);
    if (last && continues(last, block)) {
      const joined = joinBlocks(last, block);
      out[out.length - 1] = joined;
      const previous = joins.at(-1);
      if (previous && sameIndices(previous.blocks, last.source)) previous.blocks = [...joined.source];
      else joins.push({ blocks: [...joined.source], reason: 'broken-paragraph' });
    } else {
      out.push(block);
    }
  }
  return { blocks: out, joins };
}

/**
 * A paragraph that breaks off with no continuation after it takes the first later paragraph that starts
 * mid-sentence, is not the rest of the text printed before it, and makes a word across the join
 * (`…加快华` + `南智慧融创新科技园…` = 华南): a column fragment the page printed out of order.
 */
export function moveFragmentsBack(blocks: readonly Block[]): { blocks: Block[]; joins: Join[]; warnings: Warning[] } {
  const out = [...blocks];
  const joins: Join[] = [];
  const warnings: Warning[] = [];
  for (let i = 0; i < out.length; i++) {
    for (let guard = 0; guard < out.length; guard++) {
      const head = out[i]!;
      const next = out[i + 1];
      if (head.kind !== 'paragraph' || !breaksOff(head.text) || (next && continues(head, next))) break;
      const at = findFragment(out, i);
      if (at === undefined) break;
      const fragment = out[at]!;
      out[i] = joinBlocks(head, fragment);
      out.splice(at, 1);
      joins.push({ blocks: [...out[i]!.source], reason: 'moved-fragment' });
      warnings.push({
        code: 'moved-fragment',
        blocks: [head.source.at(-1) ?? 0, fragment.source[0] ?? 0],
        message: `block ${fragment.source[0]} (“${excerpt(fragment.text, 'start')}”) finishes block ${head.source.at(-1)} (“${excerpt(head.text, 'end')}”) but was printed later on the page; moved back and joined`,
      });
    }
  }
  return { blocks: out, joins, warnings };
}

function findFragment(blocks: readonly Block[], headAt: number): number | undefined {
  const head = blocks[headAt]!;
  for (let at = headAt + 2; at < blocks.length; at++) {
    const candidate = blocks[at]!;
    const before = blocks[at - 1]!;
    if (candidate.kind !== 'paragraph' || candidate.byline) continue;
    if (before.kind === 'paragraph' && endsBroken(before.text)) continue;
    if (opensParagraph(candidate.text) || closesUnopened(candidate.text, head.text)) continue;
    if (wordStraddles(head.text, candidate.text)) return at;
  }
  return undefined;
}

/**
 * Warns where text is missing: a paragraph still broken off after the joins (both blocks are kept, no
 * text is made up), and a paragraph that closes a bracket it never opened.
 */
export function findMissingText(blocks: readonly Block[]): Warning[] {
  const warnings: Warning[] = [];
  const warned = new Set<Block>();
  blocks.forEach((block, i) => {
    const next = blocks[i + 1];
    if (block.kind !== 'paragraph' || !endsBroken(block.text)) return;
    if (next?.kind === 'continuation') return; // (下转第三版): the rest is on another page
    const last = block.source.at(-1) ?? 0;
    if (next?.kind === 'paragraph') {
      warned.add(next);
      warnings.push({
        code: 'missing-text',
        blocks: [last, next.source[0] ?? 0],
        message: brokenOffMessage(last, block.text, next.source[0] ?? 0, next.text),
      });
    } else {
      warnings.push({
        code: 'missing-text',
        blocks: [last],
        message: unfinishedMessage(last, block.text),
      });
    }
  });
  blocks.forEach((block, i) => {
    const before = blocks[i - 1];
    if (block.kind !== 'paragraph' || warned.has(block) || before?.kind === 'continuation') return;
    if (!closesUnopened(block.text)) return;
    const first = block.source[0] ?? 0;
    warnings.push({
      code: 'missing-text',
      blocks: [first],
      message: unopenedMessage(first, block.text),
    });
  });
  return warnings;
}

function sameIndices(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** A few characters of a block to name it by in a message (the site reads them back: src/domain/text-gaps.ts). */
export { excerpt };
