// The edges of a figure label, tidied by the form of its words (jieba's tags, words.ts): label.ts picks the
// words a figure's clause gives it, and what stands at either end of them is often only what tied them to
// the rest of the clause. A label ends on what it counts (its head noun) or a verb that defines the number,
// never on a conjunction, preposition or particle (`精品示范村和`), nor on a word that only links the phrase to
// its number (`…匹配率达`, `家里温度总`); it opens on what it counts, never on a time word, an adverb, a
// preposition or a relational verb (`先后独立完成科研试验`, `来自县`, `包括县级污水处理厂…`). The head of a rate
// or share is the rate itself: a verb that governs it (`推动…匹配率`, `开展甲烷体积分数`) is not part of it.
// Words that define a number (累计, 新增, 人均, 每月 …: `keeps`) are never trimmed.

import { tagWords, type Word } from './words.ts';
import { UNITS } from '../../../src/domain/units.ts';

/** Tags that never end or open a label: conjunctions, prepositions, particles, modal particles, interjections. */
const EDGE_TAG = /^(?:c|p|u|uj|ul|uz|ug|ud|uv|y|e)$/;
/** Adverbs never end a label either (`藏书不[少于5000册]`: the negation is the number's). */
const END_TAG = /^(?:d|ad)$/;
/** Tags that never open a label: the above and adverbs (not jieba's time tag: it gives it to 老年, 初一, 课后). */
const OPEN_TAG = /^(?:c|p|u|uj|ul|uz|ug|ud|uv|y|e|d|ad)$/;
/** Adverbs of sequence and schedule that jieba tags as time words. */
export const SEQUENCE = new Set(['先后', '相继', '陆续', '依次', '如期', '按期', '同期', '首次', '再次', '已经']);
/** The words of the whole (`共涉及`, `总共涉及`, `一共涉及`, `共计涉及`): before a verb of relation, how many in all, never what (label-involves.ts INVOLVES). */
export const WHOLE_WORDS: readonly string[] = ['共', '共计', '总共', '一共'];
/** Words that tie a phrase to its number or to another phrase, whatever jieba tags them. */
const LINKS = new Set([
  '达', '达到', '为', '是', '有', '共有', '拥有', '配有', '设有', '占', '占到', '约', '近', '超', '超过', '总', '共',
  '只能', '能够', '能', '可', '可以', '需', '需要', '仅', '只', '都', '也', '还', '已', '将', '要', '等', '了', '的',
]);
/** A demonstrative, alone or with its measure word (`该`, `这条`, `这座`, `此次`): which one, never what. */
const DEMONSTRATIVE = /^(?:这|那|该|此|本)(?:[个条座片所家项批次位名户]|些)?$/;
/** One-character links split off a word jieba's HMM made (not 共: `班共开设` keeps its actor before the verb). */
const SPLIT_LINKS = new Set(['达', '为', '是', '占']);
/** Verbs of relation: they say where the counted things are from or belong, never what they are. */
export const RELATIONAL = new Set(['来自', '包括', '包含', '涉及', '位于', '属于', '分布', '分布在', '覆盖到']);
/** Nouns of a rate or share, and the verbs that govern one (`推动…匹配率达90%`) rather than define it (`筛查任务完成率`). */
const RATE_HEAD = /(?:率|比例|比重|占比|分数|浓度)$/;
const GOVERNING = new Set(['推动', '推进', '促进', '确保', '保持', '力争', '实现', '开展', '进行', '达到', '提高', '提升', '稳定']);

export interface TrimOptions {
  /** Words that define the number and are never trimmed (label.ts: 累计, 新增, 人均, 每… and works verbs). */
  keeps: (word: string) => boolean;
  /** Trim the end only (a label still to be joined to the figure before it: `占…`, `与…有关` lean on it). */
  endOnly?: boolean;
}

/**
 * The words of a text with a linking character split off the word jieba's HMM made of it and the word
 * before (`匹配率达90%`: 率达/x → 率 + 达): a word outside the dictionary (tag x) that ends on a
 * one-character link.
 */
export function splitLinks(words: readonly Word[]): Word[] {
  return words.flatMap((w, i) => {
    // (So is a number's unit from the verb after it: `由每吨3.3元调至3.6元`, 元调/x → 元 + 调.)
    const unit = w.word[0]!;
    if (w.tag === 'x' && w.word.length === 2 && /^[0-9.]+$/.test(words[i - 1]?.word ?? '') && UNITS.get(unit)?.kind !== 'count' && UNITS.has(unit) && /\p{Script=Han}$/u.test(w.word)) {
      return [
        { word: unit, tag: 'q', start: w.start, end: w.start + 1 },
        { word: w.word.slice(1), tag: tagWords(w.word.slice(1))[0]?.tag ?? 'x', start: w.start + 1, end: w.end },
      ];
    }
    const last = w.word.slice(-1);
    if (w.tag !== 'x' || w.word.length < 2 || !SPLIT_LINKS.has(last) || !/\p{Script=Han}/u.test(w.word)) return [w];
    return [
      { word: w.word.slice(0, -1), tag: 'x', start: w.start, end: w.end - 1 },
      { word: last, tag: 'v', start: w.end - 1, end: w.end },
    ];
  });
}

const isPunct = (w: Word) => !/\p{Script=Han}|[0-9A-Za-z]/u.test(w.word);

/** The label without its dangling edges; '' when nothing but linking words was left. */
export function trimLabel(label: string, options: TrimOptions): string {
  const words = splitLinks(tagWords(label));
  let start = 0;
  let end = words.length;
  // (A one-character defining word defines what follows it: 总 of 总投资, never a label's last word.)
  const keepsAtEnd = (w: Word) => options.keeps(w.word) && w.word.length > 1;
  // (An adverb never follows its verb: a word of two or more jieba tags ad right after a verb closing the label is
  // that verb's object, `发放积分/ad`.)
  const object = (at: number) => words[at]!.tag === 'ad' && words[at]!.word.length > 1 && words[at - 1]?.tag === 'v';
  const trimsEnd = (w: Word, at = -1) => isPunct(w) || (!keepsAtEnd(w) && !(at === end - 1 && at === words.length - 1 && object(at)) && (EDGE_TAG.test(w.tag) || END_TAG.test(w.tag) || LINKS.has(w.word)));
  // A place word opening a clause frames it (`当地小米种植平均每亩增收`); before one noun it is part of it (`室内温度`).
  const framing = (w: Word, at: number) => w.tag === 's' && end - at > 2;
  // (A verb jieba split into a preposition and a direction, 用/p 上/f of 用上天然气, opens a label.)
  const splitVerb = (at: number) => words[at]!.tag === 'p' && words[at + 1]?.tag === 'f' && words[at + 1]!.word.length === 1;
  // (A word of the whole before a verb of relation, `总共涉及`, `一共涉及`, is a link as 共 is.)
  const wholeOfRelation = (at: number) => WHOLE_WORDS.includes(words[at]!.word) && RELATIONAL.has(words[at + 1]?.word ?? '');
  const trimsStart = (w: Word, at: number) =>
    !options.endOnly &&
    !splitVerb(at) &&
    (isPunct(w) ||
      (!options.keeps(w.word) && (OPEN_TAG.test(w.tag) || framing(w, at) || DEMONSTRATIVE.test(w.word) || SEQUENCE.has(w.word) || LINKS.has(w.word) || RELATIONAL.has(w.word) || wholeOfRelation(at))));
  for (let again = true; again; ) {
    again = false;
    while (end > start && trimsEnd(words[end - 1]!, end - 1)) (end--, (again = true));
    while (start < end && trimsStart(words[start]!, start)) (start++, (again = true));
  }
  let kept = words.slice(start, end);
  // `推动煤炭产能与产量匹配率`: the verbs governing a rate go, when a noun stands between them and the rate.
  if (kept.length > 1 && RATE_HEAD.test(kept[kept.length - 1]!.word)) {
    let lead = 0;
    while (lead < kept.length - 1 && GOVERNING.has(kept[lead]!.word)) lead++;
    if (lead > 0 && kept.slice(lead, -1).some((w) => w.tag.startsWith('n'))) kept = kept.slice(lead);
  }
  if (kept.length === 0) return '';
  return label.slice(kept[0]!.start, kept[kept.length - 1]!.end);
}
