// Money named after what it is for (`投入近200万元对16个学校食堂进行了改造` → 学校食堂改造投入): the purpose after
// the amount, in its clause (对, 用于, a verb and its object) or the next one. Split from label.ts, which asks it
// for every amount in 元.

import { UNITS } from '../../../src/domain/units.ts';
import { clauseOf, type FigureScope } from './scope.ts';
import { clean, hasNoun, hasVerb, isActor, isHead, join, type Tagged, tagged, WORKS_VERB } from './label-roles.ts';
import { rightPhrase } from './label-phrases.ts';
import { heldPredicate, predicate } from './label-predicates.ts';

const PURPOSE_START = new Set(['对', '为', '用于', '推进', '支持', '实施', '开展', '专项用于']);

/** Money put into something is named after what it is for (`投入近200万元对16个学校食堂进行了改造`). */
export function purposeLabel(label: string, scope: FigureScope, phrase: readonly Tagged[], right: readonly Tagged[], clauseEnd: number): string {
  const purposeAt = right[0]?.word === '专项' || right[0]?.word === '专门' ? 1 : 0;
  // (`投资3000万元改造提升景区道路`: a verb with its object right after the amount says what it is for too.)
  // Not when the works are counted by figures of their own (`投资2300万元新建供热管网9.6公里`).
  const objectAt = right.findIndex((w, i) => i > purposeAt && w.tag !== 'v' && w.tag !== 'vn');
  const purposeVerb =
    // (A verb of works jieba tags otherwise, 新建/ns, is a verb too.)
    (/^vn?$/.test(right[purposeAt]?.tag ?? '') || WORKS_VERB.test(right[purposeAt]?.word ?? '')) && objectAt > purposeAt && isHead(right[objectAt]!) && !right.some((w) => w.role === 'number');
  if (scope.unit === '元' && (PURPOSE_START.has(right[purposeAt]?.word ?? '') || purposeVerb)) {
    const purpose = purposeOf(right.slice(purposeAt + 1));
    const verb = phrase.findIndex((w) => w.role === 'verb');
    const own = verb > 0 && isActor(phrase.slice(0, verb)) ? phrase.slice(verb) : phrase;
    const spent = hasNoun(own) && !purposeVerb ? join(own.filter((w, i) => !(w.role === 'verb' && i === 0))) : join(own);
    // (计划 before money spent on a purpose says it is planned, `县里计划投资900万元改造…`: status.ts reads it.)
    if (purpose) label = `${purpose}${spent.replace(/计划(?=投资|资金)/, '')}`;
  } else if (scope.unit === '元' && right.length === 0 && (hasVerb(phrase) || phrase.some((w) => w.tag === 'vn'))) {
    // (`投入资金120万元，对全镇19个村卫生室进行标准化改造`: the clause after the amount says what it is for; so it does
    // after a verbal noun of spending, `屯留区投资2860万元，对12个老旧小区供热管网进行改造`.)
    const next = tagged(clean(nextClause(scope.sentence, clauseEnd)));
    // (… or what the sentence made its priority before it, `把清洁取暖作为头号民生工程，投入资金1.36亿元` → 清洁取暖投入资金:
    // made works or a programme, the phrase after 作为 ending on one; not a yardstick, `把群众满意作为标准`, `…作为目标`.)
    const priority = /^投[入资]/.test(label) ? /把([^，,；;。把]{2,10}?)(?:作为|列为|列入)[^，,；;。]*(?:工程|项目|实事|任务|工作|行动|大事|要事|重点|计划|清单)[，,]$/u.exec(scope.sentence.slice(0, clauseOf(scope).start))?.[1] : undefined;
    if (priority && hasNoun(tagged(clean(priority)))) label = `${clean(priority)}${label}`;
    else if (next[0]?.word === '对' || next[0]?.word === '用于' || next[0]?.word === '为') {
      const purpose = purposeOf(next.slice(1));
      if (purpose && hasNoun(tagged(purpose))) label = `${purpose}${label}`;
    } else if (WORKS_VERB.test(next[0]?.word ?? '') && /^投[入资]/.test(label)) {
      // (… or the works it paid for, counted in the clause after: `投入资金460万元，新建社区助餐点18个` → 新建社区助餐点投入资金.)
      const works = purposeOf(next.slice(1));
      if (works && hasNoun(tagged(works))) label = `${next[0]!.word}${works}${label}`;
    }
  }
  return label;
}

/** The clause after the one ending at `end` (a comma's), up to the next break. */
function nextClause(sentence: string, end: number): string {
  if (!/^[，,]/.test(sentence.slice(end))) return '';
  return sentence.slice(end + 1).split(/[，,；;。！？!?：:]/)[0] ?? '';
}

/** What money is for: the first noun phrase of the clause after it, counts skipped, and its predicate. */
function purposeOf(words: readonly Tagged[]): string {
  let i = 0;
  while (i < words.length && !(words[i]!.role === 'noun' && words[i + 1]?.role !== 'number')) i++;
  // (Works done to what counted holders hold are what it is for: `对全镇11个村的互助幸福院进行提档升级` →
  // 互助幸福院提档升级.)
  const held = i > 0 && words[i - 1]!.role === 'number' ? heldPredicate(words.slice(i + 1)) : '';
  if (held) return held;
  const { noun, rest } = rightPhrase(words.slice(i));
  const first = noun.findIndex((w) => w.word === '、');
  const done = predicate(rest.filter((w) => w.role !== 'number' && w.word !== '、'));
  const purpose = `${join(first < 0 ? noun : noun.slice(0, first))}${done}`.replace(/(?:进行|开展|实施)了?/g, '');
  // (A measure word jieba glued to the noun after a number, `19个村卫生室` → 个村/卫生室, is no part of it.)
  const glued = i > 0 && words[i - 1]!.role === 'number' && words[i]?.tag === 'x' && UNITS.get(words[i]!.word[0]!)?.kind === 'count';
  return glued ? purpose.slice(1) : purpose;
}

// Verbs of earning (`每月能挣4000多块`) and of paying (`每次只需100多元`) as people say them.
const EARNING = /(?:挣|赚|拿|领)了?$/;
const PAYING = /(?:需|需要|要|花|花了|得花|只要)$/;

/**
 * A sum of yuan whose label is only a per-word or a per-word and a verb of earning (`每月挣`, `每次`) names what the
 * sum is of: earning gives income (每月收入), a sum paid after a per-word a cost (`每次只需100多元` → 每次花费).
 */
export function spokenSum(label: string, unit: string, before: string): string {
  if (!/^(?:元|块)$/.test(unit) || !/^每/.test(label) || hasNoun(tagged(label))) return label;
  if (EARNING.test(label)) return label.replace(EARNING, '收入');
  const said = before.replace(/[^\p{Script=Han}]+$/u, '');
  if (!hasVerb(tagged(label)) && PAYING.test(said)) return `${label}花费`;
  return label;
}
