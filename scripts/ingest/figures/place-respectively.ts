// Places matched one by one to the figures 分别 (or 依次) spreads over them (`长子县丹朱镇、鲍店镇两所公办幼儿园…分别新增学位360个
// 和270个`, `其中，东阳关镇、上遥镇分别完成新建改造里程38公里和26公里`): the n-th figure after 分别 is the n-th place of
// the list before it, when the list and the figures are as many. A town right after its county is one item of the
// list (`长子县丹朱镇`); so is a place with the noun every item repeats after its place (`上遥镇水厂、东阳关镇水厂`). figures/place.ts reads the item before the clause's shared places.

import { scanPlaces, type PlaceMention } from './place-names.ts';

// 分别 (or 依次, in turn) and what follows it up to the clause's end: the figures it spreads.
const SPREAD = /分别|依次/gu;
const CLAUSE_END = /[，,；;。！？!?]/u;
// A number as the paper prints it: digits, full-width or not, with a decimal point.
const NUMBER = /[0-9０-９][0-9０-９.．]*/gu;
// What may join two items of a list of places.
const JOIN = /^[、和与及]$/u;

// Items that name things of their places, each place with the same noun after it (`上遥镇水厂、东阳关镇水厂`): the noun and
// the join between two places.
const HEAD_JOIN = /^(\p{Script=Han}{1,6})[、和与及]$/u;

/** Whether the text between a place ending at `end` and the next item is a noun and a join that the next item repeats after its place. */
function sameHead(sentence: string, end: number, next: { start: number; end: number }): boolean {
  const head = HEAD_JOIN.exec(sentence.slice(end, next.start))?.[1];
  return head !== undefined && sentence.startsWith(head, next.end);
}

/** The list of places that ends last before `at` in `sentence`, as items (a town right after its county is one). */
function listBefore(sentence: string, at: number): string[] {
  const mentions = scanPlaces(sentence.slice(0, at)).filter((m) => m.place);
  const items: { start: number; end: number }[] = [];
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m: PlaceMention = mentions[k]!;
    const first = items[0];
    if (first === undefined) items.unshift({ start: m.at, end: m.end });
    else if (m.end === first.start) first.start = m.at;
    else if (JOIN.test(sentence.slice(m.end, first.start)) || sameHead(sentence, m.end, first)) items.unshift({ start: m.at, end: m.end });
    else break;
  }
  return items.map((r) => sentence.slice(r.start, r.end));
}

// The places counted back (`两地`, `两县`, `三个乡镇`) right before 分别: as many places as the count, the last ones
// the text named before.
const COUNTED_PLACES = /([两二三四五六七八九十])个?(?:地|县区|县|区|乡镇|镇|乡)[^，,；;。]{0,12}$/u;

/** The last `count` different places `text` names, in the order printed. */
function lastNamed(text: string, count: number): string[] {
  const names: string[] = [];
  for (const m of [...scanPlaces(text)].reverse()) {
    if (!m.place) continue;
    const name = m.place.name;
    if (!names.includes(name)) names.unshift(name);
    if (names.length === count) return names;
  }
  return [];
}

/**
 * The place item 分别 gives the figure at `start`..`end` of `sentence` (`鲍店镇` for 270个 in `丹朱镇、鲍店镇…分别新增
 * 学位360个和270个`; for 41.5% in `两地…治理率分别达到41.5%和36.8%`, the first of the two places `before` — the
 * paragraph's text before the sentence — and the sentence named last); empty when no 分别 before it in its clause
 * spreads as many figures as the list has places.
 */
export function respectivePlace(sentence: string, start: number, end: number, before = ''): string {
  for (const m of sentence.slice(0, start).matchAll(SPREAD)) {
    const from = m.index + m[0].length;
    const stop = sentence.slice(from).search(CLAUSE_END);
    const to = stop < 0 ? sentence.length : from + stop;
    if (end > to) continue;
    const numbers = [...sentence.slice(from, to).matchAll(NUMBER)].map((n) => from + n.index);
    const index = numbers.findIndex((at) => at >= start && at < end);
    const counted = COUNTED_PLACES.exec(sentence.slice(0, m.index));
    const places = counted ? lastNamed(before + sentence.slice(0, counted.index), numbers.length) : listBefore(sentence, m.index);
    if (index < 0 || places.length < 2 || places.length !== numbers.length) continue;
    return places[index]!;
  }
  return '';
}
