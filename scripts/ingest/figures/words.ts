// Chinese words with part-of-speech tags, for figure labels: @node-rs/jieba (jieba's dictionary and HMM,
// compiled to a native module inside its npm package). Its dictionary takes a quarter of a second to load,
// so it is loaded once per process, and only when a label is first asked for. A few words of these reports
// are added so that they stay whole (`托育点`, `普惠`, `换热站`); jieba's own entries are left as they are.
// Tagging is the figure reader's dearest step, and the figures of one sentence tag the same clauses and
// labels again and again: each text is tagged once (memo.ts).

import { createRequire } from 'node:module';
import { articleTable, boundedMemo } from './memo.ts';

export interface Word {
  word: string;
  /** jieba's tag: n noun, v verb, vn verbal noun, m numeral, q measure word, x punctuation, … */
  tag: string;
  /** UTF-16 offsets in the text tagged. */
  start: number;
  end: number;
}

interface JiebaLike {
  tag(text: string, hmm?: boolean): { word: string; tag: string }[];
}

// word, frequency, tag — in jieba's dictionary format.
const EXTRA_WORDS = [
  ['普惠', 3000, 'b'],
  ['普惠性', 3000, 'b'],
  ['托育', 3000, 'vn'],
  ['托育点', 3000, 'n'],
  ['托育机构', 3000, 'n'],
  ['托位', 3000, 'n'],
  ['换热站', 3000, 'n'],
  // (A gas main's pressure class: jieba reads 中 of 中压 as a place word, `新铺设中压管网` → 压管网.)
  ['中压', 3000, 'b'],
  ['达标率', 3000, 'n'],
  ['覆盖率', 3000, 'n'],
  ['参保率', 3000, 'n'],
  ['达线率', 3000, 'n'],
  ['充电桩', 3000, 'n'],
  ['背街小巷', 3000, 'n'],
  // (The policy's name for services to elders and small children, `“一老一小”服务站`: jieba cuts 一小 as an adverb, d,
  // and the label stopped there.)
  ['一老一小', 3000, 'n'],
  ['提档升级', 3000, 'v'],
  ['零工', 3000, 'n'],
  ['户厕', 3000, 'n'],
  ['新建改造', 3000, 'v'],
  ['改扩建', 3000, 'v'],
  ['社保', 3000, 'n'],
  ['固投', 3000, 'n'],
  ['服务点', 3000, 'n'],
  ['千人口', 3000, 'n'],
  ['惠及', 3000, 'v'],
  ['老年食堂', 3000, 'n'],
  // (jieba reads 助 of 助餐点 as a verb, `老年助餐点已…` → 老年 + 助 + 餐点, and a label stopped before it.)
  ['助餐点', 3000, 'n'],
  ['再就业', 3000, 'n'],
  // (jieba cuts 灵活就业 into an adjective and a verb, `2100名灵活就业人员办理…` → 灵活 alone as the label.)
  ['灵活就业', 3000, 'n'],
  ['可支配收入', 3000, 'n'],
  ['占比', 3000, 'n'],
  ['人均', 30000, 'n'],
  ['户均', 3000, 'n'],
  ['村均', 3000, 'n'],
  ['亩均', 3000, 'n'],
  ['日均', 3000, 'n'],
  ['一个月', 3000, 'n'],
] as const;

// Words jieba has with a tag these reports never use them in: 低保 (the minimum living allowance) is a noun,
// `低保对象`, `城市低保标准` (jieba: a verb, so a label leaning on `低保对象` kept only `对象`); 容纳, what a hall or a
// canteen holds (`可同时容纳60位老人就餐`), is a verb (jieba: a person's name, so the label lost it: `老人就餐`).
const RETAG: Readonly<Record<string, string>> = { 低保: 'n', 容纳: 'v' };

let jieba: JiebaLike | undefined;

function load(): JiebaLike {
  if (jieba) return jieba;
  const require = createRequire(import.meta.url);
  const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(dict: Uint8Array): JiebaLike & { loadDict(d: Uint8Array): void } } };
  const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
  const instance = Jieba.withDict(dict);
  instance.loadDict(new TextEncoder().encode(EXTRA_WORDS.map((w) => w.join(' ')).join('\n')));
  jieba = instance;
  return instance;
}

/** A word jieba tags a verb (v, vd …), not a verbal noun (vn): what a line does, not a thing it names. */
export const isVerb = (w: Word): boolean => w.tag.startsWith('v') && w.tag !== 'vn';

/** The words of `text` in order, with tags and offsets (shared and frozen: each text is tagged once). */
/** A text letter-spaced by a typesetter or an OCR (`王　磊`, `黎 城 县 为 独 居…`), read with the spaces between its Chinese
 * characters out: the one home of that reading (status-speaker.ts turns, structure/leads.ts topic words, label-fit.ts). */
export const closedUp = (text: string): string => text.replace(/(?<=\p{Script=Han})[\s\u3000]+(?=\p{Script=Han})/gu, '');
export const tagWords: (text: string) => readonly Word[] = boundedMemo((text) => tagText(text));

/**
 * The words of `text` by jieba's dictionary alone, without its HMM guesses at unknown words (which glue a
 * measure word to what follows: `3口井` → `口井`): where a word of the language ends (measure-words.ts).
 */
export const dictionaryWords: (text: string) => readonly Word[] = boundedMemo((text) => tagText(text, false));

/**
 * Characters jieba cuts as words of their own, whatever stands beside them: it tags each run of Chinese, Latin
 * letters and digits (with `.%+-#&_`) apart, and every other character alone. So a text's words are the words
 * of its pieces, each piece ending after one of these (`新建公园3个，`, `改造道路12条。`), and the clause, segment,
 * sentence and paragraph of a figure share their pieces: each piece is tagged once per article.
 */
const CUT = new Set([...'，。；：、！？（）“”《》,;:!?()'].map((c) => c.charCodeAt(0)));

type Piece = readonly Word[];
const PIECES = { hmm: articleTable<Piece>(), dictionary: articleTable<Piece>() };

function tagText(text: string, hmm = true): Word[] {
  const table = hmm ? PIECES.hmm : PIECES.dictionary;
  const out: Word[] = [];
  let untagged = -1; // where a run of pieces not yet tagged begins
  let from = 0;
  const take = (to: number): boolean => {
    const piece = table.get(text.slice(from, to));
    if (piece) {
      if (untagged >= 0 && !tagRun(text, untagged, from, hmm, table, out)) return false;
      untagged = -1;
      for (const w of piece) out.push({ word: w.word, tag: w.tag, start: w.start + from, end: w.end + from });
    } else if (untagged < 0) untagged = from;
    from = to;
    return true;
  };
  for (let i = 0; i < text.length; i++) if (CUT.has(text.charCodeAt(i)) && !take(i + 1)) return wholeText(text, hmm);
  if (from < text.length && !take(text.length)) return wholeText(text, hmm);
  if (untagged >= 0 && !tagRun(text, untagged, text.length, hmm, table, out)) return wholeText(text, hmm);
  return out;
}

/**
 * Tags text[from, to) (pieces not yet tagged) into `out`, and keeps each of its pieces for the next text that has
 * it; false when jieba's words do not follow one another without a gap (the text is then tagged whole).
 */
function tagRun(text: string, from: number, to: number, hmm: boolean, table: typeof PIECES.hmm, out: Word[]): boolean {
  const run = text.slice(from, to);
  const words = wholeText(run, hmm);
  let at = 0;
  for (const w of words) {
    if (w.start !== at) return false;
    at = w.end;
  }
  if (at !== run.length) return false;
  let first = 0;
  for (let i = 0; i < words.length; i++) {
    const end = words[i]!.end;
    if (end !== run.length && !CUT.has(run.charCodeAt(end - 1))) continue;
    const start = words[first]!.start;
    table.set(
      run.slice(start, end),
      words.slice(first, i + 1).map((w) => ({ word: w.word, tag: w.tag, start: w.start - start, end: w.end - start })),
    );
    first = i + 1;
  }
  for (const w of words) out.push({ word: w.word, tag: w.tag, start: w.start + from, end: w.end + from });
  return true;
}

/** jieba's words of `text`, tagged in one call (what tagWords gives, piece by piece). */
export function wholeText(text: string, hmm: boolean): Word[] {
  const out: Word[] = [];
  let at = 0;
  for (const { word, tag } of load().tag(text, hmm)) {
    const start = text.indexOf(word, at);
    const from = start < 0 ? at : start;
    out.push({ word, tag: RETAG[word] ?? tag, start: from, end: from + word.length });
    at = from + word.length;
  }
  return out;
}
