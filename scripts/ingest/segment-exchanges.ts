// A box of exchanges under its own label after an article's text (issue 15): `家长关心的几个问题` over `问：…` /
// `答：…` pairs, `网友留言` over `网友“某某”留言：…` / `某某局回复：…` pairs. Each turn opens with its speaker and a
// colon, the answer's speaker naming the reply (`回复`, `答复`, `答`). An interview's questions run through its text
// with no heading over them alone; a report's section is prose. So the label and the turns under it, to the
// article's end, are a piece of their own, not the article's last section; a label that follows the turns (the
// page's next box, `◆一周热线◆` over its text) opens one more piece, since a box of exchanges has no sections.
import { isAnswer, isQuestion, opensWithSectionNumber } from './structure/shape.ts';
import { emptyDraft, type Draft } from './segment-passes.ts';
import type { Block } from './types.ts';
import { NAMED_REPLY } from './structure/letters.ts';

// Questions and answers are read where every reader reads them (structure/shape.ts: `问：…`, `【问】…`, `答：…`, `【答】…`,
// `答（张某）：…`); a box of messages adds its own turns: a short speaker's label and its colon (`网友“沁州人”：`,
// `网友“潞城老李”留言：`, `问（某报记者）：`), and a reply that names itself (`潞城区交通运输局回复：…`, `县教育局答复：…`).
const SPEAKER = /^[^：:，,。！？!?；;\s]{2,16}[：:]/u;
const asks = (t: string) => isQuestion(t) || SPEAKER.test(t);
const replies = (t: string) => isAnswer(t) || NAMED_REPLY.test(t);

/** Two exchanges or more, each a question (a speaker's turn that is no reply) and the reply under it. */
export function isExchanges(turns: readonly Block[]): boolean {
  if (turns.length < 4 || turns.length % 2 !== 0) return false;
  return turns.every((b, k) => {
    const t = b.text.trim();
    if (b.kind !== 'paragraph' || b.byline !== undefined || b.credit !== undefined) return false;
    return k % 2 === 0 ? asks(t) && !replies(t) : replies(t);
  });
}

const isHeading = (b: Block | undefined) => b?.kind === 'heading' || b?.kind === 'subheading';

/**
 * The article up to its first section heading when that heading is a box's label over exchanges to the end (past
 * the page's furniture), after two paragraphs of the article's own text or more; the box; and, when a heading
 * follows the exchanges over text of its own, that piece. Otherwise the draft as it was.
 */
export function exchangeBox(draft: Draft): Draft[] {
  if (!draft.hasHeadline || draft.continued.from !== undefined || draft.continued.to !== undefined) return [draft];
  const at = draft.blocks.findIndex(isHeading);
  const heading = draft.blocks[at];
  if (heading === undefined || heading.kind !== 'heading' || opensWithSectionNumber(heading.text)) return [draft];
  if (draft.blocks.slice(0, at).filter((b) => b.kind === 'paragraph').length < 2) return [draft];
  let end = at + 1;
  while (draft.blocks[end]?.kind === 'paragraph') end++;
  if (!isExchanges(draft.blocks.slice(at + 1, end))) return [draft];
  let rest = draft.blocks.slice(end);
  const next = rest.findIndex((b) => b.kind !== 'furniture');
  const tail = next >= 0 ? rest.slice(next) : [];
  // After the turns: the page's furniture, or the next box's label over its text (no more headings).
  const nextBox = isHeading(tail[0]) && tail[1]?.kind === 'paragraph' && tail.slice(1).every((b) => b.kind === 'paragraph' || b.kind === 'furniture');
  if (tail.length > 0 && !nextBox) return [draft];
  const own = (blocks: Block[]): Draft => ({ ...emptyDraft(), hasHeadline: true, hasBody: true, blocks: blocks.map((b, k) => (k === 0 ? asHeadline(b) : b)) });
  const pieces = [{ ...draft, blocks: draft.blocks.slice(0, at) }];
  if (!nextBox) return [...pieces, own(draft.blocks.slice(at))];
  rest = draft.blocks.slice(at, end + next);
  return [...pieces, own(rest), own(tail)];
}

function asHeadline(b: Block): Block {
  const { level: _level, ...rest } = b;
  return { ...rest, kind: 'headline' };
}
