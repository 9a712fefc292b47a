// The key of an item that says before a colon what its numbers are of (`老旧小区改造：开工48个，完工31个`,
// `县医疗集团远程会诊：3200例；远程心电诊断：1.1万例`, `背街小巷整治：完成整治62条，总长度达27.3公里`): where the
// figure's own words name nothing (none, `开工`) or only a bare measure (`总长度`), the label is the key's and
// theirs, without the words the key already says (完成整治 → 背街小巷整治完成). A key is a short noun phrase
// opening its item (after a list mark) — not a speaker (a person, an office, one who 表示/介绍), and not a
// time or a heading of the page's form (`时间：`, `地点：` name no measure: they hold no noun of what is counted).
import { clauseOf, segmentOf, type FigureScope } from './scope.ts';
import { hasNoun, isActor, join, tagged } from './label-roles.ts';
import { MAX_LABEL_LENGTH } from './label-phrases.ts';

const ITEM_KEY = /^[\s■●◆▲★·•\-—]*(?:[一二三四五六七八九十]+、|[0-9]{1,2}[.．、]|[（(][一二三四五六七八九十0-9]{1,2}[)）])?\s*([\p{Script=Han}]{4,12})\s*[：:]/u;
/** A label this short names no thing by itself: one word or two (`开工`, `总长度`, `完成整治`). */
const THIN = 4;
const SHORT_CLAUSE = 6;
const SPEAKS = /(?:表示|介绍|说|提示|指出|称|回复|回答|答|问|透露|强调)$/;

/** The item's key before a colon, when it is a noun phrase that can say what a number is of; '' otherwise. */
export function itemKey(scope: Pick<FigureScope, 'sentence' | 'start' | 'end'>): string {
  const item = scope.sentence.slice(segmentOf(scope).start, scope.start);
  // (A value line: the figure's clause holds a few words before the number, not a speaker's sentence.)
  if (scope.start - clauseOf(scope).start > SHORT_CLAUSE) return '';
  const found = ITEM_KEY.exec(item);
  const key = found?.[1] ?? '';
  if (!key || SPEAKS.test(key)) return '';
  // (Every clause between the key and the figure's is a value too, `开工48个，完工31个`: not `每周一至周五，…`.)
  const between = item.slice(found![0].length, clauseOf(scope).start - segmentOf(scope).start).split(/[，,]/).filter((c) => c.trim());
  if (between.some((c) => !/[0-9]/.test(c))) return '';
  const words = tagged(key);
  if (!hasNoun(words) || words.some((w) => /^(?:nr|t)/.test(w.tag)) || isActor(words)) return '';
  return key;
}

/** The figure's label with its item's key before it, where the label alone names no thing; '' where it does. */
export function withItemKey(label: string | undefined, scope: Pick<FigureScope, 'sentence' | 'start' | 'end'>): string {
  if ((label ?? '').length > THIN) return '';
  const key = itemKey(scope);
  if (!key || (label && label.includes(key))) return '';
  const own = tagged(label ?? '').filter((w) => !key.includes(w.word));
  const whole = `${key}${join(own)}`;
  return whole.length <= MAX_LABEL_LENGTH ? whole : '';
}
