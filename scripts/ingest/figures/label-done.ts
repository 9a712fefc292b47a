// The label of a count whose clause only says so much was done (`其中武乡县完成68公里`, `已完成142公里`): it is of the works
// the nearest count before it in the sentence, in the same unit, names (新建改造农村公路412公里), for the part the clause
// names (山区县完成312公里 → 山区县新建改造农村公路); where that count names no works, the verb and its thing (确定惠民项目12个，
// 已完成9个 → 完成惠民项目). label.ts asks it before what the sentence around gives a label (label-context.ts).
import type { FigureScope } from './scope.ts';
import { CHANGE_TAIL, type LabelContext, TASK_TAIL, worksOf } from './label-context.ts';
import { MAX_LABEL_LENGTH } from './label-phrases.ts';
import { hasNoun, hasVerb, join, tagged } from './label-roles.ts';

// A verb that says only that so much was done (完成, 实现), closing a label whose other words name no work.
const DONE_ONLY = /(?:已|已经|共|累计)?(?:完成|实现)$/;
// What a plan's label opens with: the intent, not the works (计划新建改造供热管网 → 新建改造供热管网).
const INTENT = /^(?:计划|拟|将|预计)/;

/**
 * The label of a count that only says so much was done (`其中武乡县完成68公里`, `已完成142公里`): the words before the
 * verb (the part: 山区县) and the works of the nearest count before it in the sentence in the same unit (新建改造农村公路
 * 412公里: 山区县新建改造农村公路), or the verb and that count's thing where it names no works; '' otherwise.
 */
export function doneOf(label: string, scope: FigureScope, context: LabelContext): string {
  const doneVerb = DONE_ONLY.exec(label);
  if (!doneVerb || !scope.unit) return '';
  const part = label.slice(0, doneVerb.index);
  if (hasVerb(tagged(part))) return '';
  const earlier = [...(context.previous?.earlier ?? (context.previous ? [context.previous] : []))].reverse();
  const same = earlier.find((e) => e.end <= scope.start && scope.sentence.slice(0, e.end).endsWith(scope.unit));
  const whole = same ? same.label.replace(INTENT, '').replace(CHANGE_TAIL, '').replace(TASK_TAIL, '') : '';
  // (Works, 新建改造农村公路, are what was done; a thing only set or done otherwise before is named by its nouns after
  // the verb: `确定民生实事15件，已完成14件` → 完成民生实事. jieba reads some verbs as verbal nouns: 铺设/vn.)
  const works = worksOf(whole);
  const thing = !works && tagged(whole).some((w) => w.role === 'verb' || w.tag === 'vn') && hasNoun(tagged(whole)) ? thingOf(whole) : '';
  const named = works ? `${part}${works}` : thing ? `${part}${doneVerb[0]}${thing}` : '';
  return named && named.length <= MAX_LABEL_LENGTH ? named : '';
}

/** A label from its first noun on, the verbs before it left out (确定惠民项目 → 惠民项目). */
function thingOf(label: string): string {
  const words = tagged(label);
  const first = words.findIndex((w) => w.role === 'noun' && w.tag !== 'vn');
  return first < 0 ? '' : join(words.slice(first));
}
