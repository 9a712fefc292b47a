// When a one-character measure word after a number really is one. A noun-like measure word closes a word of its own
// (`新打机井11眼，`, `3口井`, `12架无人机`); the same character opening a longer word is that word, not a
// unit (`500床位`, `10尾号`, `3副县长`, `2口岸`, `3具备`). jieba's dictionary says where words end (without
// its HMM, which glues an unknown pair: `口井`), so this is read by form, not from a list of false friends.
// And 块, which counts pieces (`警示牌420块`, `120块小菜地`) but is also the yuan people speak of (`能挣260块`,
// `饭钱才60块`): money where nothing counted stands before it.

import { dictionaryWords, tagWords } from './words.ts';

const HAN = /\p{Script=Han}/u;

// Measure words that are nouns, verbs or titles of their own (眼 an eye, 口 a mouth, 床 a bed, 尾 a tail, 副 a
// deputy, 具 to have, 回 to return, 包 to wrap, 车 a vehicle, 单 a list, 剂 an agent …): the ones a longer word may open
// (回到, 包括, 车道, 单元, 剂量). The common measure words (个, 家, 本, 套 …) count
// whatever follows them (`5个人`, `3家人`, `200本书`, `2套房`: jieba's 个人, 家人, 本书, 套房 are other readings).
const NOUN_LIKE = new Set(['眼', '口', '孔', '具', '架', '艘', '副', '顶', '床', '匹', '尾', '羽', '班', '块', '双', '袋', '箱', '桶', '盒', '瓶', '碗', '杯', '颗', '粒', '枚', '桌', '回', '堂', '包', '顿', '车', '宗', '剂', '单']);

/** True when the measure word may count here: a common one always, a noun-like one where it closes a word. */
export function countsHere(text: string, at: number, unit: string): boolean {
  return !NOUN_LIKE.has(unit) || closesWord(text, at, unit);
}

/** True when no dictionary word runs across the end of the unit that starts at `at`. */
export function closesWord(text: string, at: number, unit: string): boolean {
  const end = at + unit.length;
  return !dictionaryWords(text).some((w) => w.start < end && w.end > end && w.start >= at);
}

// A noun before the number names what 块 counts, unless it is money itself (`菜钱700多块`, `饭钱`, `车费`).
const MONEY_NOUN = /[钱费资价金租]$/;

/** `块` read as yuan: at the end of a phrase, after a verb or adverb (`挣260块`, `才60块`) or a word for money. */
export function blockIsMoney(text: string, numberStart: number, unitEnd: number): boolean {
  if (HAN.test(text[unitEnd] ?? '')) return false;
  const words = tagWords(text);
  // The word before the number (a numeral word such as 一天 is none: it says when, not what; nor is the blank of
  // a table row, `标志牌    1200块`).
  const before = words.findLast((w) => w.end <= numberStart && w.tag !== 'm' && w.word.trim() !== '');
  if (!before) return true;
  // (A compound jieba does not know, two Han characters or more, is a noun when it does not open on a verb or an
  // adverb of its own: `更换户表1.6万块` counts meters, `要花3000多块`, `还省500多块`, `能收三万多块` are money.)
  const noun = before.tag.startsWith('n') || (before.tag === 'x' && /^\p{Script=Han}{2,}$/u.test(before.word) && !/^(?:v|d|ad|c|p|u)/.test(tagWords(before.word[0]!)[0]?.tag ?? 'v'));
  return !noun || MONEY_NOUN.test(before.word);
}
