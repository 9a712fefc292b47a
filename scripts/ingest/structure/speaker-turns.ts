// The turns of a panel or transcript printed with each speaker's name on a line of its own (`主持人` / its question /
// `刘建平` / his answer …), as a 圆桌 or 对话 page sets them: the name is the small head of its turn and the words under
// it the piece's running text, never a kicker, headline and byline of an article each. A line is a speaker's when, after running text, it
// holds only a short name or role, and that name recurs so on the page or opens a line of the guest list above
// (`嘉宾：` / `刘建平　市人社局就业促进科科长` / …); the page must print four turns or more by two speakers or more.
// A repeat alone names no speaker: two stories may each print the same subheads (`记者手记`, `延伸阅读`). A recurring
// label speaks when it reads as a role (`主持人`, `记者`, `县长`) or a person's name (jieba's `nr`, a name it does not
// know, `程 丽` spaced, or a surname of one character over a given name of one or two: `刘/建平`, `张/大爷`).

import { tagWords } from '../figures/words.ts';
import { endsWithPersonName } from './names.ts';
import type { Marked } from './run.ts';

// A speaker's label: two to five characters with no mark, a name spaced to three (`程 丽`) or a role (`主持人`).
const LABEL = /^\p{Script=Han}(?:[\s\u3000]?\p{Script=Han}){1,4}$/u;
// A guest list's line: a name, a space, then the office (`吴海军　屯留区返乡创业者`).
const GUEST_LINE = /^(\p{Script=Han}(?:[\s\u3000]?\p{Script=Han}){1,3})[\s\u3000]+\p{Script=Han}{3,}/u;
// A speaker's role: the host, a reporter, a guest, an office (`县长`, `主任`, `代表`).
const ROLE_END = /(?:主持人?|记者|嘉宾|网友|市民|居民|村民|群众|专家|[县市区镇乡村局院校站所厅处科部行社会组队馆庭省州厂室园司委]长|书记|主任|主席|委员|代表)$/u;
const MIN_TURNS = 4;
const MIN_SPEAKERS = 2;

const compact = (text: string) => text.replace(/[\s\u3000]+/gu, '');

/** `主持人`, `刘建平`, `程 丽`, `张大爷`: a label a speaker goes by; `记者手记`, `延伸阅读` are a story's subheads. */
function namesSpeaker(label: string): boolean {
  const t = label.trim();
  if (/^\p{Script=Han}[\s\u3000]+\p{Script=Han}{1,2}$/u.test(t)) return true;
  const c = compact(t);
  if (ROLE_END.test(c) || endsWithPersonName(c)) return true;
  const words = tagWords(c);
  return [...c].length <= 3 && words.length === 2 && [...words[0]!.word].length === 1;
}

/** Speaker lines become the small heads of their turns, and the title-like line of words under each a paragraph. */
export function speakerTurns(marked: Marked[]): Marked[] {
  const candidates = marked.flatMap((m, i) => {
    const t = m.block.text.trim();
    // After running text, or after the guest list (a block of several lines, however it was read).
    const before = marked[i - 1];
    const afterText = before?.shape === 'paragraph' || (before?.block.text.includes('\n') ?? false);
    return m.shape !== 'paragraph' && m.shape !== 'furniture' && afterText && LABEL.test(t) && marked[i + 1] !== undefined ? [i] : [];
  });
  const counts = new Map<string, number>();
  for (const i of candidates) counts.set(compact(marked[i]!.block.text), (counts.get(compact(marked[i]!.block.text)) ?? 0) + 1);
  const guests = new Set(marked.flatMap((m) => m.block.text.split('\n').flatMap((line) => {
    const g = GUEST_LINE.exec(line.trim());
    return g ? [compact(g[1]!)] : [];
  })));
  const turns = candidates.filter((i) => {
    const label = compact(marked[i]!.block.text);
    return ((counts.get(label) ?? 0) >= 2 && namesSpeaker(marked[i]!.block.text)) || guests.has(label);
  });
  if (turns.length < MIN_TURNS || new Set(turns.map((i) => compact(marked[i]!.block.text))).size < MIN_SPEAKERS) return marked;
  const out = [...marked];
  const asText = (i: number) => {
    const { level: _level, ...block } = out[i]!.block;
    out[i] = { shape: 'paragraph', block: { ...block, kind: 'paragraph' } };
  };
  const turnSet = new Set(turns);
  for (const i of turns) {
    // The name is set off as a small head of the turn, so no repair joins it to the words round it.
    out[i] = { shape: 'subheading', block: { ...out[i]!.block, kind: 'subheading', level: 3 } };
    // The words under the name, set as a title-like line (a host's question), are the speaker's.
    const next = out[i + 1];
    if (next !== undefined && next.shape !== 'paragraph' && next.shape !== 'furniture' && !turnSet.has(i + 1) && next.block.credit === undefined) asText(i + 1);
  }
  return out;
}
