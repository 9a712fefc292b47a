// What a figure counts, as a short Chinese phrase for chart labels: read from the words next to the number.
// A count's measure word is usually followed by the noun (`16个学校食堂`); otherwise the noun stands before the
// number (`换热站12个`, `新建改造供热管网38.1公里`), with verbs and fillers to cut off around it. Money put
// into something is named after its purpose (`投入近200万元对16个学校食堂进行了改造` → 学校食堂改造投入).
// Word boundaries come from Intl.Segmenter, so a cut never splits a word (`在校生` keeps its 在).

import { boundedMemo } from './memo.ts';
import type { Sentence } from './sentences.ts';
import type { FigureSpan } from './spans.ts';
import {
  AFTER_STOPS,
  DELIMITER,
  GENERIC_SUBJECTS,
  HEAD_END,
  INVESTMENT_BEFORE,
  INVESTMENT_PURPOSE,
  LEADING_WORDS,
  PURPOSE_ACTION,
  PURPOSE_NOISE,
  STRONG_VERBS,
  TRAILING_WORDS,
} from './subject-words.ts';

export const MAX_SUBJECT_LENGTH = 12;

const WORDS = new Intl.Segmenter('zh', { granularity: 'word' });
const QUOTES = /[“”‘’"「」『』《》]/g;
const PARENTHESES = /[（(][^（()）]*[)）]/g;
const BEFORE_BREAK = /[“”《》（）()等]/;
const DIGIT = /[0-9]/;
const SHARE = /^(.+?)仅?占(?:到)?.*$/;
const CLAUSE_END = /[，,；;。！？]/;
const VERB_MARKER = /[了着过]/;
const PREPOSITION = /^[^的]{0,4}[为对向给]/;
const DATED = /^.*[0-9]+(?:年|月|日)(?:以来|底|初|末)?/;
const RELATIVE = /^(?:已|正在|将)[^的]*的(.+)$/;
const PURPOSE_START = /^(?:专项)?用于/;
// Kept whole although they start with a verb: population served, service points.
const PROTECTED = ['服务人口', '服务对象', '服务中心', '服务点', '服务站', '服务费'];
// A cut that would leave a single character has cut into the noun itself (`服务费` is not `费`).
const MIN_LEFT = 2;
// `近年来先后完成…`, `2024年以来共新增…`: what follows says what.
const SINCE = /^.*(?:以来|年来)/;
// A verb with 了 closing the phrase before a number (`零工市场搭起了6000余人`).
const VERB_LE = /了$/;

export interface SubjectInput {
  /** The paragraph, width-normalised. */
  text: string;
  span: FigureSpan;
  sentence: Sentence;
  /** Where the previous figure of the sentence ends (the sentence start if there is none). */
  previousEnd: number;
  /** The previous figure's subject, to name a generic one (`粮食种植面积…，产量…` → 粮食产量). */
  previousSubject?: string;
}

export function subjectOf(input: SubjectInput): string | undefined {
  const { text, span, sentence } = input;
  const beforeRaw = text.slice(beforeStart(input), span.start);
  const afterRaw = text.slice(span.end, afterEnd(text, span.end, sentence.end));

  if (span.unit === '元' && (INVESTMENT_BEFORE.test(beforeRaw) || PURPOSE_START.test(afterRaw))) {
    const purpose = purposeOf(text.slice(span.end, clauseEnd(text, span.end, sentence.end)));
    if (purpose) return fit(`${purpose}投入`);
  }

  const before = span.unit === '%' ? shareOf(beforeRaw) ?? beforeNoun(beforeRaw) : beforeNoun(beforeRaw);
  const after = afterNoun(afterRaw, span.unitKind === 'measure' || span.unitKind === 'percent');
  let subject: string;
  if ((span.unitKind === 'count' || span.unitKind === 'age') && after) subject = after;
  else if (before && after && span.unitKind === 'measure' && PREPOSITION.test(beforeRaw)) subject = before + after;
  else subject = before || after;
  if (!subject) return undefined;
  if (GENERIC_SUBJECTS.has(subject)) subject = nameGeneric(subject, text, span.start, sentence, input.previousSubject);
  return fit(subject);
}

/** Where the words before a figure begin: after a delimiter, a quote, 等, or the previous figure. */
function beforeStart({ text, span, sentence, previousEnd }: SubjectInput): number {
  // A percentage may be of a group another figure defines (`年收入30万元以上村达到58.2%`).
  let start = span.unit === '%' ? sentence.start : Math.max(sentence.start, previousEnd);
  for (let i = span.start - 1; i >= start; i--) {
    if (DELIMITER.test(text[i]!) || BEFORE_BREAK.test(text[i]!)) {
      start = i + 1;
      break;
    }
  }
  return start;
}

function afterEnd(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (DELIMITER.test(text[i]!) || DIGIT.test(text[i]!)) return i;
  return limit;
}

/** The clause after a figure, up to a comma or stop; 、 does not end it (`4个精品示范村、36个提档升级村建设`). */
function clauseEnd(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (CLAUSE_END.test(text[i]!)) return i;
  return limit;
}

/** Where the words of a text start and end (Intl's segmenter), worked out once per text (memo.ts). */
const wordBounds = boundedMemo((text: string): ReadonlySet<number> => {
  const bounds = new Set([0, text.length]);
  for (const s of WORDS.segment(text)) bounds.add(s.index).add(s.index + s.segment.length);
  return bounds;
});

/** A phrase with its word boundaries, trimmed from both ends. */
class Phrase {
  readonly text: string;
  readonly bounds: ReadonlySet<number>;
  lo = 0;
  hi: number;
  constructor(text: string) {
    this.text = text;
    this.hi = text.length;
    this.bounds = wordBounds(text);
  }
  get value(): string {
    return this.text.slice(this.lo, this.hi);
  }
  /** Drop a closing verb+了 (`搭起了`): the word before 了 is the verb. */
  dropVerbLe(): void {
    if (!VERB_LE.test(this.value)) return;
    const starts = [...this.bounds].filter((b) => b >= this.lo && b < this.hi - 1).sort((a, b) => a - b);
    const verbStart = starts[starts.length - 1];
    if (verbStart !== undefined && verbStart - this.lo >= MIN_LEFT) this.hi = verbStart;
  }
  /** Cut words from the start while one of `words` is a whole word there. */
  trimStart(words: readonly string[]): void {
    for (let again = true; again; ) {
      again = false;
      if (PROTECTED.some((p) => this.text.startsWith(p, this.lo))) return;
      for (const w of words) {
        const end = this.lo + w.length;
        if (leavesEnough(this.hi - end) && this.text.startsWith(w, this.lo) && this.bounds.has(end)) {
          this.lo = end;
          again = true;
          break;
        }
      }
    }
  }
  trimEnd(words: readonly string[]): void {
    for (let again = true; again; ) {
      again = false;
      for (const w of words) {
        const start = this.hi - w.length;
        if (leavesEnough(start - this.lo) && this.text.endsWith(w, this.hi) && this.bounds.has(start)) {
          this.hi = start;
          again = true;
          break;
        }
      }
    }
  }
  /** End the phrase before the first stop word or verb+了 (`背街小巷开启了` → 背街小巷). */
  cutAtStop(stops: readonly string[]): void {
    const starts = [...this.bounds].filter((b) => b >= this.lo && b < this.hi).sort((a, b) => a - b);
    for (const [n, at] of starts.entries()) {
      const next = starts[n + 1] ?? this.hi;
      const stopsHere = stops.some((w) => this.text.startsWith(w, at) && (w.length > 1 || this.bounds.has(at + 1)));
      if (stopsHere || VERB_MARKER.test(this.text[next] ?? '')) {
        this.hi = at;
        return;
      }
    }
  }
}

function leavesEnough(left: number): boolean {
  return left === 0 || left >= MIN_LEFT;
}

function clean(raw: string): string {
  return raw.replace(PARENTHESES, '').replace(QUOTES, '').trim();
}

/** The noun just before the number: after years, verbs and fillers, before linking words. */
function beforeNoun(raw: string): string {
  let s = clean(raw);
  // A date or year opening the phrase says when, not what (`计划2025年完成投资`).
  const dated = DATED.exec(s);
  if (dated) s = s.slice(dated[0].length);
  const since = SINCE.exec(s);
  if (since && since[0].length < s.length) s = s.slice(since[0].length);
  let p = new Phrase(s);
  p.trimEnd(TRAILING_WORDS);
  p.dropVerbLe();
  // A relative clause ends at its 的: what follows is the noun (`开工建设的西火镇一级热网工程`).
  const de = p.value.lastIndexOf('的');
  if (de >= 0 && de < p.value.length - 1) p = new Phrase(p.value.slice(de + 1));
  let verbEnd = -1;
  for (const v of STRONG_VERBS) {
    const at = p.value.lastIndexOf(v);
    if (at >= 0 && at + v.length < p.value.length) verbEnd = Math.max(verbEnd, at + v.length);
  }
  if (verbEnd > 0) p = new Phrase(p.value.slice(verbEnd));
  p.trimStart(LEADING_WORDS);
  p.trimEnd(TRAILING_WORDS);
  return p.value;
}

/** The noun just after the unit (`个学校食堂进行了改造` → 学校食堂), or after a relative clause (`已达成意向的项目`). */
function afterNoun(raw: string, skipDe: boolean): string {
  let s = clean(raw);
  // `3000元左右的收入`: an amount's noun may follow 的.
  if (skipDe && s.startsWith('的')) s = s.slice(1);
  const relative = RELATIVE.exec(s);
  if (relative) s = relative[1]!;
  const p = new Phrase(s);
  p.cutAtStop(AFTER_STOPS);
  return p.value;
}

/** `山区面积占到总面积的` → 山区面积占比: a share is named after its part. */
function shareOf(raw: string): string | undefined {
  const m = SHARE.exec(clean(raw));
  if (!m) return undefined;
  const part = beforeNoun(m[1]!);
  return part ? `${part}占比` : undefined;
}

/** What money was put into, from the clause after it. */
function purposeOf(clause: string): string | undefined {
  const s = clean(clause);
  for (const pattern of INVESTMENT_PURPOSE) {
    const m = pattern.exec(s);
    if (!m) continue;
    const object = firstListed(m[1]!.replace(PURPOSE_NOISE, ''));
    const action = (m[2] ?? '').replace(PURPOSE_NOISE, '');
    const trailing = PURPOSE_ACTION.exec(m[1]!)?.[1] ?? '';
    const purpose = `${object}${action || (object.endsWith(trailing) ? '' : trailing)}`;
    return purpose || undefined;
  }
  return undefined;
}

function firstListed(objects: string): string {
  const first = objects.split('、')[0] ?? '';
  return first.replace(PURPOSE_ACTION, '');
}

/** `产量` → `粮食产量`: prefix the clause's head noun, or the first word of the previous subject. */
function nameGeneric(generic: string, text: string, at: number, sentence: Sentence, previous?: string): string {
  const clauseStart = Math.max(sentence.start, text.lastIndexOf('；', at) + 1, text.lastIndexOf(';', at) + 1);
  const head = HEAD_END.exec(text.slice(clauseStart, at))?.[1];
  if (head) return head + generic;
  if (previous) {
    const first = WORDS.segment(previous)[Symbol.iterator]().next().value?.segment;
    if (first && first !== previous) return first + generic;
  }
  return generic;
}

/** At most MAX_SUBJECT_LENGTH characters: keep the end, where a Chinese noun phrase has its head. */
function fit(subject: string): string {
  if (subject.length <= MAX_SUBJECT_LENGTH) return subject;
  const p = new Phrase(subject);
  const starts = [...p.bounds].sort((a, b) => a - b);
  const cut = starts.find((b) => subject.length - b <= MAX_SUBJECT_LENGTH) ?? subject.length - MAX_SUBJECT_LENGTH;
  return subject.slice(cut);
}
