// Durations as people tell them, in forms the clause's own label reads badly (label.ts asks these for a figure in
// 天, 小时, 分钟 …):
// - what it takes, said by a verb of spending time alone (`下楼一趟要花20多分钟`): the words before that verb in the
//   clause are what was done (下楼一趟用时);
// - days someone spent doing a thing, the count right after the verb's 了 (`已经干了18天`, `参加了45天的免费培训`,
//   `接受了30天的培训`): the number of days of it (干天数, 参加免费培训天数, 接受培训天数);
// - a total closing a notice's item or a sentence (`一、停水时间：…，共计12小时`, `本供暖季为…，共120天`): how long
//   what the item's key or the sentence's subject names lasts (停水时长, 本供暖季天数).

import { clauseOf, type FigureScope } from './scope.ts';
import { clean, hasNoun, hasVerb, join, SUMMED, tagged } from './label-roles.ts';
import { MAX_LABEL_LENGTH } from './label-phrases.ts';

/** Verbs of spending time with nothing else (`要花`, `得花`, `需要`, `用了`). */
const SPENDING = /^(?:要|得|需|需要|只需|只要|就|都|也|还)?(?:要|得)?(?:花|花了|花费|用|用了|耗时|费)?$/u;
/** Words of time already in a label: it names the span. */
const TIME_NOUN = /天数|用时|时长|时间|周期|工期|时限|提前|推迟|延长|缩短/u;
const fits = (label: string) => label.length <= MAX_LABEL_LENGTH;

/** A verb of spending time alone (`只用`, `用了`, `花了`): it names no thing, only that time went (label.ts reads it as 用时). */
export const spendingAlone = (label: string): boolean => /[花用费]/u.test(label) && SPENDING.test(label.replace(/^(?:只|仅|才)/u, ''));

/** The label of a duration in one of the forms above, from the label `label` its clause gave; else ''. */
export function durationLabel(label: string, scope: FigureScope): string {
  const clause = clauseOf(scope);
  const before = scope.sentence.slice(clause.start, scope.start);
  return spentOn(label, before) || daysOf(label, scope, before) || totalOf(label, scope, before);
}

/** `下楼一趟要花` → 下楼一趟用时: the label a verb of spending time alone, what stands before it in the clause. */
function spentOn(label: string, before: string): string {
  if (!label || !SPENDING.test(label) || !/[花用费需]/u.test(label)) return '';
  const words = tagged(clean(before));
  const at = join(words).lastIndexOf(label);
  const done = at > 0 ? join(words).slice(0, at).replace(/(?:要|得|需要?|就|都|也|还)+$/u, '') : '';
  const what = tagged(done);
  // (jieba may tag a verb of moving a place, `上楼`: what was done is any words that say a thing.)
  return done && (hasVerb(what) || hasNoun(what)) && fits(`${done}用时`) ? `${done}用时` : '';
}

/** `已经干了18天` → 干天数: days right after a verb's 了, the label a verb phrase that names no time. */
function daysOf(label: string, scope: FigureScope, before: string): string {
  if (scope.unit !== '天' || !label || TIME_NOUN.test(label) || !/了$/u.test(before)) return '';
  // (The verb before 了 opens the label where the clause's label is only what was done: `接受了30天的培训` → 接受培训.)
  const verb = tagged(clean(before.replace(/了$/u, ''))).at(-1);
  const done = verb?.role === 'verb' && !label.includes(verb.word) ? `${verb.word}${label}` : label;
  return hasVerb(tagged(done)) && fits(`${done}天数`) ? `${done}天数` : '';
}

/** `停水时间：…，共计12小时` → 停水时长; `本供暖季为…，共120天` → 本供暖季天数: a total with no label of its own. */
function totalOf(label: string, scope: FigureScope, before: string): string {
  if (label || !SUMMED.test(before)) return '';
  const span = scope.unit === '天' ? '天数' : '时长';
  const head = scope.sentence.slice(0, scope.start);
  // (The key of the item, a short phrase before its colon: 停水时间 → 停水.)
  // (A clock's colon, `8:00`, stands between digits: no key's.)
  const key = [...head.matchAll(/([\p{Script=Han}]{2,8})[：:]/gu)].at(-1)?.[1];
  const named = key?.replace(/(?:时间|时段|日期|期间)$/u, '');
  if (named && named !== key && hasVerbOrNoun(named) && fits(`${named}${span}`)) return `${named}${span}`;
  // (The subject of the sentence, before its linking 为 or 是: 本供暖季.)
  const subject = /(?:^|[，,：:])([^，,：:为是]{2,8})(?:为|是)[^，,]*[，,][^，,]*$/u.exec(head)?.[1];
  const words = subject ? tagged(clean(subject)) : [];
  return subject && hasNoun(words) && fits(`${join(words)}${span}`) ? `${join(words)}${span}` : '';
}

const hasVerbOrNoun = (text: string) => {
  const words = tagged(text);
  return hasVerb(words) || hasNoun(words);
};
