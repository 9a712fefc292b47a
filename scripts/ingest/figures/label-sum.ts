// A bare total closing a clause of its own (`会议公布了2025年市级民生实事项目，共12件`, `谋划了一批重点项目，共计36个`):
// the clause holds only the words of a sum (共, 共计, 合计) and the number, so what is summed is the noun phrase that
// closes the clause before it (市级民生实事项目). label.ts asks this where the clause gave no label.

import { clauseOf, type FigureScope } from './scope.ts';
import { clean, hasNoun, join, SUMMED, tagged } from './label-roles.ts';
import { MAX_LABEL_LENGTH } from './label-phrases.ts';

/** The label of a bare total (see the header); '' when the clause holds more than a sum's words or nothing is summed. */
export function summedBefore(scope: FigureScope): string {
  const clause = clauseOf(scope);
  const own = scope.sentence.slice(clause.start, scope.start).replace(/^[\s，,]+/u, '');
  if (!own || own.replace(SUMMED, '') !== '') return '';
  const head = scope.sentence.slice(0, clause.start);
  if (!/[，,]\s*$/u.test(head)) return '';
  const previous = head.replace(/[，,]\s*$/u, '').split(/[，,；;。：:！？!?]/u).at(-1) ?? '';
  const words = tagged(clean(previous.replace(/等$/u, '')));
  let start = words.length;
  while (start > 0 && words[start - 1]!.role === 'noun') start--;
  const run = words.slice(start);
  const label = join(run);
  return hasNoun(run) && label.length <= MAX_LABEL_LENGTH ? label : '';
}
