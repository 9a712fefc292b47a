// A length given by a bare measure of extent (`全长21.6公里`, `总长度…`) is of the thing the clause before it is about:
// the noun phrase before its first verb, after its last 的 (`…的旅游公路全线贯通，全长21.6公里` → 旅游公路全长). label.ts
// asks this when a label is that measure alone.

import { clauseOf, type FigureScope } from './scope.ts';
import { clean, hasNoun, join, tagged } from './label-roles.ts';
import { MAX_LABEL_LENGTH } from './label-phrases.ts';
import { EXTENT_WORDS, ownThing } from './label-own-measure.ts';
import { worksAfter } from './label-whole-of.ts';

/**
 * A measure of extent alone: it names no thing. This reader takes 全程 too: it reads the clause just before, where a line's
 * opening (`城乡公交专线正式开通，全程36公里`) names the thing; a route's stops are wholeOf's trap, not this one's.
 */
const EXTENT = new RegExp(`^(?:${EXTENT_WORDS}|全程)$`, 'u');
/** Words of how far along a thing is that stand before its verb (`全线贯通`, `全面完工`): no part of its name. */
const ALONG = /^(?:全线|全面|全部|正式|顺利|已|已经)/u;

/** `label` with the thing the clause before names, where the label is a measure of extent alone; else ''. */
export function extentOf(label: string, scope: FigureScope): string {
  if (!EXTENT.test(label)) return '';
  const clause = clauseOf(scope);
  const head = scope.sentence.slice(0, clause.start).replace(/[，,]$/u, '');
  const previous = head.slice(head.search(/[^，,；;：:。]*$/u));
  const words = tagged(clean(previous));
  // (jieba may glue how far along to the verb, `全线贯通`: that word stands for the verb.)
  const verb = words.findIndex((w, i) => i > 0 && (w.role === 'verb' || ALONG.test(w.word)));
  // (The clause tells what was done to the thing, a verb after it: a bare name, `解放东街`, may be anything's.)
  if (verb < 0) return '';
  // (A verb right before a second verb whose object closes the clause, `县财政筹集资金用于修建乡村公路`, says what the subject
  // went to: the works' object is the thing, wholeOf's reading, not the subject.)
  const after = words.slice(verb + 2);
  // (So do works after a verb X于, `用于乡村公路建设`, `用于建设/vn 养老服务中心`: label-whole-of.ts worksAfter.)
  if (words[verb]!.role === 'verb' && words[verb + 1]?.role === 'verb' && after.length > 0 && after.every((w) => w.role === 'noun')) return '';
  if (worksAfter(words, verb) >= 0) return '';
  const before = words.slice(0, verb);
  // (From the first noun after the last 的, a section's name and all: `旅游公路黎城段`.)
  const de = before.findLastIndex((w) => w.role === 'de');
  const first = before.findIndex((w, i) => i > de && w.role === 'noun');
  // (Up to its last noun, past adverbs before the verb, `农村公路里程不断延伸`; nouns closing on a measure of their own name
  // the thing before it: 农村公路, label-own-measure.ts.)
  const last = before.findLastIndex((w) => w.role === 'noun');
  const thing = first < 0 ? '' : ownThing(join(before.slice(first, last + 1)));
  return thing && hasNoun(tagged(thing)) && `${thing}${label}`.length <= MAX_LABEL_LENGTH ? `${thing}${label}` : '';
}
