// Where the text before a figure puts it, when its own clause names no place (place.ts): the nearest clause before it
// in its segment that names one (`潞州区在常青街道新开放老年食堂6个，全区老年食堂达到41个，日均就餐800余人次`: the
// district's), and in the paragraph and the section before, the place written nearest before the figure, with the
// places of its list or table (place-groups.ts), or, for a sentence that counts back several things (`两所学校`), what
// the places of the segment before share; where it names what it counts (`两所幼儿园`, `这些小区`), the places of the
// clauses before that hold that noun (countedPlaces).

import type { Place, PlaceMention } from './place-names.ts';
import { groupOf } from './place-groups.ts';
import { mentionsIn, type LocalPlaces } from './place-mentions.ts';
import { mostSpecific, nests, shared } from './place-tree.ts';
import type { Range } from './scope.ts';
import { tagWords } from './words.ts';

/**
 * The mention nearest before `at`, else the first after it: what a paragraph is about where the figure is; with the
 * places of its list or table, when it stands in one (place-groups.ts), whose shared place the figure then takes.
 */
export function nearest(text: string, all: readonly PlaceMention[], at: number, countsBack = false): PlaceMention[] {
  const mentions = all.filter((m) => m.place);
  const before = mentions.filter((m) => m.end <= at);
  const pick = before.length > 0 ? before[before.length - 1] : mentions.find((m) => m.at >= at);
  if (!pick) return [];
  const group = groupOf(text, mentions, pick);
  const common = group.length > 1 ? shared(group.map((m) => m.place!)) : undefined;
  if (common) return [{ ...pick, place: common }];
  if (group.length > 1) return [];
  // A sentence that counts back several things (`两所学校`, `三个镇`, `这些`) is about those the segment before names as a
  // whole: places that do not nest there (`王桥镇中心小学和夏店镇中心小学…投用。两所学校总投资…`) give what they share;
  // one place, or places that nest, the one picked. (Without the count, a route's last stop, `…—武乡县八路军太行纪念馆。`
  // over `●八路军太行纪念馆…每天限流8000人`, is still the place picked.)
  const whole = countsBack && pick.end <= at ? segmentPlaces(text, mentions, pick, at) : [];
  return whole.length > 1 && !nests(whole) ? [{ ...pick, place: shared(whole) }].filter((m) => m.place) : group;
}

/** Several things counted back by a Chinese numeral and their measure word (`两所`, `三个`, `两镇`), or 这些/上述. */
export const SEVERAL_BACK = /(?:[两三四五六七八九十]|几)(?:所|个|家|处|座|条|项|镇|乡|县|区|地)(?=[\p{Script=Han}])|这些|上述/u;

const SEGMENT_END = /[。！？!?；;\n]/;

/** The places of the segment (between stops, semicolons and line ends) `pick` stands in, before `at`. */
function segmentPlaces(text: string, mentions: readonly PlaceMention[], pick: PlaceMention, at: number): Place[] {
  let start = pick.at;
  while (start > 0 && !SEGMENT_END.test(text[start - 1]!)) start--;
  let end = pick.end;
  while (end < Math.min(text.length, at) && !SEGMENT_END.test(text[end]!)) end++;
  return mentions.filter((m) => m.at >= start && m.end <= end).map((m) => m.place!);
}

const CLAUSE_BREAK = /[，,]/;
// A place a clause goes to or joins (`直达长治高新区`, `与市区供热大环网并网`), not where it is; 市区 is the urban area, a part.
const GONE_TO = /(?:直达|到|至|往|向|与|连接|通往|并入)$/;

/** The mentions of the nearest clause before the figure's, in its segment, that names where it is. */
export function nearestClauseBefore(sentence: string, segment: Range, clause: Range, local: LocalPlaces | undefined): PlaceMention[] {
  // (The text before is scanned whole: whether a body only speaks, `市住建局负责人介绍，`, is read up to its comma.)
  const text = sentence.slice(segment.start, clause.start);
  const mentions = mentionsIn(text, local).filter((m) => m.place || m.relative);
  const breaks = [...text.matchAll(new RegExp(CLAUSE_BREAK.source, 'g'))].map((m) => m.index!);
  for (let k = breaks.length - 1; k >= 0; k--) {
    const from = k > 0 ? breaks[k - 1]! + 1 : 0;
    const all = mentions.filter((m) => m.at >= from && m.end <= breaks[k]!);
    // (A part set off by 其中, `…1260个，其中武乡县86个，对80周岁以上老人每餐补贴3元`, is an aside: the clause after it goes on
    // about the whole; only a bare list, no verb of its own: `其中武乡县建成86个，覆盖老人3000余人` goes on about the county.)
    if (all.length === 0 || bareListPart(text.slice(from, breaks[k]))) continue;
    const where = all.filter((m) => !GONE_TO.test(text.slice(from, m.at)) && text.slice(m.at, m.end) !== '市区');
    return where.length === all.length ? where : [];
  }
  return [];
}

/** A part set off by 其中 that only lists (`其中武乡县86个`), with no verb of its own (`其中武乡县建成86个`), by jieba's tags. */
function bareListPart(clause: string): boolean {
  return /^\s*其中/.test(clause) && !tagWords(clause).some((w) => w.tag.startsWith('v'));
}

/** What a count back names (`两所幼儿园` → 幼儿园, `这些小区` → 小区, `两个镇` → 镇) and how many, by jieba's tags. */
export interface CountedBack {
  noun: string;
  count?: number;
}

const COUNT_WORD = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 } as Record<string, number>;

/** The count back in `before` (the figure's sentence up to it), with the noun the word after it is. */
export function countedBack(before: string): CountedBack | undefined {
  const m = SEVERAL_BACK.exec(before);
  if (!m) return undefined;
  const words = tagWords(before.slice(m.index));
  const noun = words.find((w) => w.start >= m[0].length);
  if (!noun || noun.start !== m[0].length || !noun.tag.startsWith('n')) return undefined;
  const count = COUNT_WORD[m[0][0]!];
  return { noun: noun.word, ...(count !== undefined ? { count } : {}) };
}

/**
 * The places of the clauses before that hold what a count back names (`王桥镇新建公办幼儿园2所，夏店镇硬化道路5公里。
 * 两所幼儿园…` → 王桥镇; `下良镇…卫生室6所。古韩镇…卫生室2所。两个镇的卫生室…` → both, what they share), scanning back
 * sentence by sentence while they hold it, up to as many places as the count; undefined where no clause holds it.
 */
export function countedPlaces(text: string, counted: CountedBack, local: LocalPlaces | undefined): Place[] | undefined {
  const sentences = text.split(/(?<=[。！？!?；;\n])/);
  const found: Place[] = [];
  let started = false;
  for (let i = sentences.length - 1; i >= 0; i--) {
    const clauses = sentences[i]!.split(/[，,]/).filter((c) => c.includes(counted.noun));
    if (clauses.length === 0) {
      if (started) break;
      continue;
    }
    started = true;
    for (const clause of clauses.reverse()) {
      const places = mentionsIn(clause, local).filter((m) => m.place).map((m) => m.place!);
      const own = places.length > 0 && nests(places) ? [mostSpecific(places)!] : places;
      for (const p of own) if (!found.some((f) => f.name === p.name)) found.push(p);
    }
    if (counted.count === undefined || found.length >= counted.count) break;
  }
  return found.length > 0 ? found : undefined;
}
