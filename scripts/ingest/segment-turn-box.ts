// A box set between the turns of an interview (stage 4, after segment.ts has cut the drafts): a label's heading
// over text that is no turn of talk (`人物简介` / `郭建军，男，汉族，1971年5月生，…`), with the talk going on under it
// (`记者：…`), is a sidebar of its own; the interview's turns around it stay the interview's.
import { isInterview, opensTurn } from './describe/interview.ts';
import { mayBeColumnName } from './structure/columns.ts';
import { type Draft, emptyDraft } from './segment-passes.ts';
import type { Block } from './types.ts';

/** The interview without the box, and the box as an article of its own after it; or the draft as it was. */
export function boxBetweenTurns(draft: Draft): Draft[] {
  const { blocks } = draft;
  // A Q&A of `问：` / `答：` is talk too (no one named): a box's label in brackets (`【人物名片】`) stands between its turns,
  // or before the first under the piece's lead or note, as in an interview.
  const interview = isInterview(blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text));
  const talk = interview || blocks.filter(isTurn).length >= MIN_TURNS;
  if (!talk) return [draft];
  const bracketed = (b: Block, j: number) => BRACKETED.test(b.text.trim()) && (isTurn(blocks[j - 1]) || blocks[j - 1]?.kind === 'paragraph');
  const at = blocks.findIndex((b, j) => isBoxLabel(b) && ((interview && isTurn(blocks[j - 1])) || bracketed(b, j)));
  if (at < 0) return [draft];
  let end = at + 1;
  while (blocks[end]?.kind === 'paragraph' && !isTurn(blocks[end])) end++;
  // The box holds text, and the talk goes on under it.
  if (end === at + 1 || !isTurn(blocks[end])) return [draft];
  const { level: _level, ...label } = blocks[at]!;
  return [
    { ...draft, blocks: [...blocks.slice(0, at), ...blocks.slice(end)] },
    { ...emptyDraft(), hasHeadline: true, hasBody: true, box: true, blocks: [{ ...label, kind: 'headline' }, ...blocks.slice(at + 1, end)] },
  ];
}

/** A Q&A holds this many turns of talk at least (two questions: a bare `答：` counts as no one's). */
const MIN_TURNS = 2;
// `【人物名片】`: a label in brackets alone on its line.
const BRACKETED = /^【[^【】]+】$/u;

/** A section heading in a label's form (a column name's: a few characters, no clause). */
function isBoxLabel(block: Block): boolean {
  return (block.kind === 'heading' || block.kind === 'subheading') && mayBeColumnName(block.text);
}

function isTurn(block: Block | undefined): boolean {
  return block?.kind === 'paragraph' && opensTurn(block.text);
}
