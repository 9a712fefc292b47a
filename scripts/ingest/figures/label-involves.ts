// What 涉及 counts, in one home (finding #15 of session 32): a count after 涉及 is of what the works before it involved —
// the works a figure before it in its sentence counted (`改造老旧小区46个，涉及楼栋318栋` → 改造老旧小区涉及楼栋: label-context.ts
// asks involvedAfter) or, with no figure before, the works the clause before names (`…庭院管网改造，涉及小区46个` → 庭院管网改造涉及
// 小区: label.ts asks involvedOf). kind.ts reads the same word (INVOLVES): what works involve is what they did.

import { clauseOf, type FigureScope } from './scope.ts';
import { clean, hasVerb, tagged } from './label-roles.ts';
import { MAX_LABEL_LENGTH } from './label-phrases.ts';
import { WHOLE_WORDS } from './label-trim.ts';
import { before, countedThing, lastSubject, objectAtEnd, saying } from './label-whole-of.ts';

/** 涉及, with a word of the whole before it (`共涉及小区412个`, `共计涉及`: label-trim.ts WHOLE_WORDS, trimmed from a label as links). */
export const INVOLVES = new RegExp(`(?:${WHOLE_WORDS.join('|')})?涉及`, 'u');
/** A text opening on 涉及 (`涉及楼栋`, `共涉及小区`). */
const INVOLVES_OPENING = new RegExp(`^${INVOLVES.source}`, 'u');

/** `label` (`涉及楼栋`) under the works a figure before it counted (`改造老旧小区`), where it opens on 涉及; '' otherwise. */
export function involvedAfter(label: string, works: string): string {
  return INVOLVES_OPENING.test(label) && !label.startsWith(works) ? `${works}${label}` : '';
}

/**
 * A count after 涉及 (`…庭院管网改造，涉及小区46个`, `全市老旧小区改造项目集中开工，涉及小区186个`) is of what the works the clause
 * before names involved: those works, 涉及 and the label (庭院管网改造涉及小区), where no figure before it in its sentence gave
 * them (involvedAfter reads that). '' when the label has them already or nothing before names them.
 */
export function involvedOf(label: string, scope: FigureScope): string {
  if (label.includes('涉及') || !INVOLVES_OPENING.test(before(scope).trim())) return '';
  const works = involvedWorks(label, scope);
  // (Where nothing before names works, `停水范围：…太行西街以北区域，涉及居民约3200户`, 涉及 stays: those the cut or the
  // works reach, not every resident.)
  return works || (label && `涉及${label}`.length <= MAX_LABEL_LENGTH ? `涉及${label}` : '');
}

/** The works the clause before a count after 涉及 names, 涉及 and the label (庭院管网改造涉及小区); '' where none. */
function involvedWorks(label: string, scope: FigureScope): string {
  const clause = clauseOf(scope);
  const text = scope.sentence.slice(0, clause.start).split(/[，,；;：:]/u).filter((c) => c.trim()).at(-1)?.trim() ?? '';
  const words = tagged(clean(text));
  // (A cause (`因供热管道爆裂`, `由管网维修引起`) or who told (`据市住建局介绍`) names nothing the count is of, nor does a
  // time's one character (`9时至17时停水` → 时) or where complaints fall (`集中在物业服务方面`): finding #14.)
  if (!hasVerb(words) || CAUSE.test(text) || saying(text, words)) return '';
  const found = countedThing(words) || objectAtEnd(words) || lastSubject(words);
  const thing = found.length >= 2 && !/方面$/u.test(found) ? found : '';
  const out = thing ? `${thing}涉及${label}` : '';
  return out.length <= MAX_LABEL_LENGTH ? out : '';
}

/** A clause of cause (`因…`, `由…引起`, `…导致`): why, not what. */
const CAUSE = /^(?:因|由于)|引起|导致|造成/u;
