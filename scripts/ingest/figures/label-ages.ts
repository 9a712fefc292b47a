// Age groups and thresholds that define what is counted (`80至89周岁的老人`, `60岁以上`, `年收入30万元以上村`):
// read at either edge of a label's phrase (label-phrases.ts) and off a label's start (label-context.ts). Split
// from label-phrases.ts so the forms of an age read in one place.

import { UNITS } from '../../../src/domain/units.ts';
import type { Tagged } from './label-roles.ts';
import { RANGE_MARK } from './units.ts';
import { parseNumeral } from './numerals.ts';

// An age or a span of ages (`80至89周岁`, `60～79岁`: units.ts RANGE_MARK, the one spelling of a range's mark).
// (The lower end may print its own 岁, `60岁至79岁`, and the mark spaces round it, `60 - 79岁`, as PDF copies print.)
const AGE_NUMBER = String.raw`(?:[0-9]+|[一二三四五六七八九十百]+)`;
// (A lower end in months is an end of the span too, `6个月至3岁婴幼儿`: R4 F4, session 35.)
// (And an age in months below a bound is one, `12个月以内婴儿`, `6个月以下婴儿`: R5 F10, session 36.)
const AGE_SPAN = String.raw`${AGE_NUMBER}(?:(?:周?岁|个月)?\s*${RANGE_MARK}\s*${AGE_NUMBER})?周?岁(?:以上|以下|及以上|以内)?|${AGE_NUMBER}个月(?:以下|以内)`;
export const LEADING_AGE = new RegExp(`^(${AGE_SPAN})的?(.*)$`);
/** The ends of a span of ages and its mark, whatever the page prints (`60～79岁`, `60-79岁`, `60岁到79周岁`, `60 - 79岁`). */
const SPAN_ENDS = new RegExp(String.raw`(${AGE_NUMBER})(周?岁|个月)?\s*${RANGE_MARK}\s*(${AGE_NUMBER})(周?岁)的?`, 'gu');
/** An age or a span printed with spaces inside it, as a PDF copy spaces its digits (`60 岁至 79 岁`, `3 至 6 岁`, `80 岁以上`). */
// (The bound after it may be spaced off as well, `80 岁 以上`, `12 个月 以内`: R5 F10, session 36.)
const SPACED_AGE = new RegExp(String.raw`(?:${AGE_NUMBER}(?:\s*(?:周?岁|个月))?\s*${RANGE_MARK}\s*${AGE_NUMBER}\s*周?岁|${AGE_NUMBER}\s*周?岁|${AGE_NUMBER}\s*个月(?=\s*(?:以下|以内)))(?:\s*(?:及以上|以上|以下|以内))?`, 'gu');
/** `text` with the spaces inside its ages out: one age, one token, however the copy spaces it (R4 F4, session 35). */
export const agesClosedUp = (text: string): string => text.replace(SPACED_AGE, (age) => age.replace(/\s+/gu, ''));
/** An end in words as digits (`六十` → 60); one in digits as printed. */
const digits = (end: string): string => (/^[0-9]+$/.test(end) ? end : String(parseNumeral(end) ?? end));
/**
 * A label's span of ages written one way: its ends in digits, 至 between them, one 岁 after the upper end and no 的
 * (`60～79岁老年人`, `60-79岁老年人`, `60岁至79岁老年人`, `60岁到79岁的老年人`, `六十至七十九岁老年人` → 60至79岁老年人): one
 * group, one label, whatever the page prints (review of 16ca4f78, session 33; R3 F11, session 34: `60岁至79岁` had lost
 * its lower end, 79岁老年人, another group). label-fit.ts writes every label through it.
 */
export const ageSpanWritten = (label: string): string =>
  label.replace(SPAN_ENDS, (_, low: string, lowUnit: string | undefined, high: string, unit: string) => `${digits(low)}${lowUnit === '个月' ? lowUnit : ''}至${digits(high)}${unit}`);
const AGE = new RegExp(`^(?:${AGE_SPAN})$`);
// A threshold in a measure that defines which things are counted (`年收入30万元以上村`); a count with 以上 before
// its noun is a figure of its own (`67个以上普惠社区托育点`).
const MEASURE_UNITS = [...UNITS].filter(([u, info]) => info.kind === 'measure' && /\p{Script=Han}/u.test(u)).map(([u]) => u);
const THRESHOLD = new RegExp(`^[0-9.]+[万亿]?(?:${MEASURE_UNITS.join('|')})(?:以上|以下|及以上)$`, 'u');

/** Where an age group or a threshold ending right before `end` starts (`80至89周岁`, `60岁以上`), or -1. */
export function ageStart(words: readonly Tagged[], end: number): number {
  let text = '';
  let start = -1;
  for (let i = end - 1; i >= 0 && end - i <= 6; i--) {
    text = words[i]!.word + text;
    if (AGE.test(text) || THRESHOLD.test(text)) start = i;
  }
  return start;
}

/** Where an age group opening words at `start` ends (`80岁以上`), or `start`. */
export function ageEnd(words: readonly Tagged[], start: number): number {
  let text = '';
  let end = start;
  for (let i = start; i < words.length && i - start < 6; i++) {
    text += words[i]!.word;
    if (AGE.test(text)) end = i + 1;
  }
  return end;
}
