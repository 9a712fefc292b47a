// A list of places each printed with its own figure (`潞州区256天、襄垣县268天、沁源县301天`): the item a figure stands in
// gives its place (place.ts); a list whose places carry no figure of their own is read for what they share.

import { scanPlaces } from './place-names.ts';
import type { Range } from './scope.ts';

const PAIR = /^[^0-9、]{0,6}[0-9][0-9.]*[^0-9、]{0,8}$/;

/**
 * The figure's item in a list of places each with its own figure (`潞州区256天、襄垣县268天、沁源县301天`): the
 * item the figure stands in, when it and another item of the clause each name a place and print a number; else
 * empty (`为苏店镇、西池乡16个村的8000余户村民…`: 苏店镇 has no figure, the clause's places are shared).
 */
export function pairedItem(sentence: string, clause: Range, start: number, end: number): string {
  const text = sentence.slice(clause.start, clause.end);
  const items: Range[] = [];
  for (let at = 0, i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '、') {
      items.push({ start: clause.start + at, end: clause.start + i });
      at = i + 1;
    }
  }
  if (items.length < 2) return '';
  // An item that is a place and its figure: it opens on the place, the number follows within a few characters, and
  // only the unit and a word or two come after it (`襄垣县268天`, `沁源县优良天数301天`).
  const named = (r: Range) => {
    const item = sentence.slice(r.start, r.end).trim();
    const first = scanPlaces(item)[0];
    if (!first?.place || first.at > 1) return false;
    return PAIR.test(item.slice(first.end));
  };
  const own = items.find((r) => start >= r.start && end <= r.end);
  if (!own || !named(own) || !items.some((r) => r !== own && named(r))) return '';
  return sentence.slice(own.start, own.end);
}
