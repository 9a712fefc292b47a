// The key of an item that says before a colon what its numbers are of (`老旧小区改造：开工48个，完工31个`,
// `县医疗集团远程会诊：3200例；远程心电诊断：1.1万例`, `背街小巷整治：完成整治62条，总长度达27.3公里`): where the
// figure's own words name nothing (none, `开工`) or only a bare measure (`总长度`), the label is the key's and
// theirs, without the words the key already says (完成整治 → 背街小巷整治完成); so is a label whose nouns only measure or
// frame the count (`农村公路：新建改造里程达126公里` → 农村公路新建改造里程, `完成全年任务的95%`). A key is a short noun phrase
// opening its item (after a list mark) — not a speaker (a person, an office, one who 表示/介绍), and not a
// time or a heading of the page's form (`时间：`, `地点：` name no measure: they hold no noun of what is counted).
import { clauseOf, segmentOf, type FigureScope } from './scope.ts';
import { hasNoun, isActor, isHead, join, tagged } from './label-roles.ts';
import { MAX_LABEL_LENGTH } from './label-phrases.ts';
import { MONEY_HEAD } from './label-per-money.ts';

const ITEM_KEY = /^[\s■●◆▲★·•\-—]*(?:[一二三四五六七八九十]+、|[0-9]{1,2}[.．、]|[（(][一二三四五六七八九十0-9]{1,2}[)）])?\s*([\p{Script=Han}]{4,12})\s*[：:]/u;
/** A label this short names no thing by itself: one word or two (`开工`, `总长度`, `完成整治`). */
const THIN = 4;
const SHORT_CLAUSE = 6;
const MEASURED_CLAUSE = 10;
// (A rate per head may name what it counts per, `每张床位一次性建设补贴`: a clause a little longer.)
const RATED_CLAUSE = 12;
// Nouns that measure or frame what is counted without naming it: a length, an area, an amount, a task.
const MEASURE_NOUN = /^(?:总?里程|总?长度|总?面积|总?量|总?数|数量|金额|人数|户数|比例|比重|任务|目标任务|计划)$/;
const SPEAKS = /(?:表示|介绍|说|提示|指出|称|回复|回答|答|问|透露|强调)$/;

/** The item's key before a colon, when it is a noun phrase that can say what a number is of; '' otherwise. */
export function itemKey(scope: Pick<FigureScope, 'sentence' | 'start' | 'end'>, shortClause = SHORT_CLAUSE, rated = false): string {
  const item = scope.sentence.slice(segmentOf(scope).start, scope.start);
  // (A value line: the figure's clause holds a few words before the number, not a speaker's sentence.)
  if (scope.start - clauseOf(scope).start > shortClause) return '';
  const found = ITEM_KEY.exec(item);
  const key = found?.[1] ?? '';
  if (!key || SPEAKS.test(key)) return '';
  // (Every clause between the key and the figure's is a value too, `开工48个，完工31个`: not `每周一至周五，…`.)
  const between = item.slice(found![0].length, clauseOf(scope).start - segmentOf(scope).start).split(/[，,]/).filter((c) => c.trim());
  // (Or, before a rate per head, who it is paid to: `居家适老化改造：符合条件的困难老年人家庭，每户最高补贴3000元`.)
  if (!rated && between.some((c) => !/[0-9]/.test(c))) return '';
  const words = tagged(key);
  // (A person's name closes the key of one who speaks, `村民王大爷：`; jieba's nr inside a phrase is no one, `家庭/n 养老/nr 床位`.)
  if (!hasNoun(words) || words.some((w, i) => /^t/.test(w.tag) || (/^nr/.test(w.tag) && (!rated || i === words.length - 1))) || isActor(words)) return '';
  return key;
}

/** The figure's label with its item's key before it, where the label alone names no thing; '' where it does. */
export function withItemKey(label: string | undefined, scope: Pick<FigureScope, 'sentence' | 'start' | 'end'>): string {
  const bare = bareMeasure(label ?? '');
  const rated = perHead(label ?? '');
  if ((label ?? '').length > THIN && !bare && !rated) return '';
  // (A bare measure stands with its verbs and a linking word: `新建改造里程达`.)
  const key = itemKey(scope, rated ? RATED_CLAUSE : bare ? MEASURED_CLAUSE : SHORT_CLAUSE, rated);
  if (!key || (label && label.includes(key))) return '';
  const own = tagged(label ?? '').filter((w) => !key.includes(w.word));
  const whole = `${key}${join(own)}`;
  return whole.length <= MAX_LABEL_LENGTH ? whole : '';
}

/** Whether every noun of a label only measures or frames what is counted (`新建改造里程`, `完成全年任务`). */
function bareMeasure(label: string): boolean {
  // (A time or numeral word before the task, `全年`/m, `年度`, only frames it too.)
  const heads = tagged(label).filter((w) => isHead(w) && !/^(?:m|t)$/.test(w.tag) && !/^(?:全年|年度|今年)$/.test(w.word));
  return heads.length > 0 && heads.every((w) => MEASURE_NOUN.test(w.word));
}

/**
 * Whether a label is a rate of money per head and nothing more (`每户最高补贴`, `每张建设补贴`, `补贴每人每月`): per-words,
 * a noun of money and words that only say how much or what kind of payment (最高, 一次性, 建设/vn). What it is paid for
 * is the item's key (R5's review of session 36's labels: 720, 733).
 */
export function perHead(label: string): boolean {
  const words = tagged(label).filter((w) => w.role !== 'punct');
  const money = words.filter((w) => MONEY_HEAD.test(w.word) && w.word.length >= 2);
  if (money.length === 0 || !words.some((w) => /^每\p{Script=Han}{1,2}$/u.test(w.word))) return false;
  return words.every((w) => money.includes(w) || /^每/.test(w.word) || /^(?:a|d|vn|v)$/.test(w.tag));
}
