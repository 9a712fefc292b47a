// Changes a sentence states for a figure: a rate (`增长10%`, `同比下降8.1%`), an amount (`人均月增收75元`), or
// a level reached, with the level before where the sentence gives it (`从每月143元提高至191元`, `以前…卖4元，
// 现在提高到6元`, `以前…18℃，现在…22℃以上`). The level before is not a figure of its own: it becomes the
// `from` of the figure after, so a chart of the measure shows one point per change, not two.

import type { FigureChange } from '../../../src/domain/figure.ts';
import type { Sentence } from './sentences.ts';
import type { FigureSpan } from './spans.ts';

const UP = '增长|上升|提高|提升|增加|上涨|扩大|增';
const DOWN = '下降|降低|减少|下滑|缩小|回落|降|减';
const RATE_BEFORE = new RegExp(`(?:同比|环比)?(${UP}|${DOWN})(?:幅)?(?:了|达到?|为|约)?$`);
const AMOUNT_BEFORE = /(增收|增加|增长|提高|多领|上涨|涨了|减少|下降|降低|减收)(?:了)?$/;
// (The time of a level may stand between: `从2022年的31%提高到今年的68%`, `由去年的六成`, `由年初的91%`, `从原来的18%
// 降到了6%`. A level of now
// before a planned change, `将由目前的88%提高到95%`, is a figure of its own: no earlier level.)
const PAST = '(?:(?:[0-9]{4}年(?:底|末|初)?|去年|上年|前年|年初|原来|以前|过去|此前)的?)?';
const WHEN = '(?:(?:[0-9]{4}年(?:底|末|初)?|今年|去年|上年|前年|目前|现在|当前)的?)?';
const TO_BEFORE = new RegExp(`(${UP}|${DOWN}|升)(?:到了?|至)${WHEN}$`);
// (A standard told per head and per time, `由每人每年5400元提高到6000元`, `从每户每月30元降至20元`, names both before its level.)
const FROM_BEFORE = new RegExp(`(?:从|由)${PAST}(?:每[月年人天斤亩户吨])?(?:每[月年人天斤亩户吨])?$`);
const EARLIER = /以前|原来|过去|此前|之前/;
const NOW = /现在|如今|目前/;
/** A level held or reached right before the figure (`维持在`, `保持在`, `稳定在`, `达到`). */
const HELD_AT = /(?:维持|保持|稳定|徘徊|升|涨|降)(?:在|到|至)了?$|达到了?$/;
const IS_DOWN = new RegExp(`^(?:${DOWN})`);
const CLAUSE_BREAK = /[，,；;]/;

export interface ChangeFinding {
  change: FigureChange;
  /** Index (in the spans given) of the figure that is only this change's `from`. */
  absorbs?: number;
}

/**
 * The change each figure states, by index in `spans` (all in one paragraph, in order); `sentenceOf` tells
 * which sentence a span is in, since a change never reaches across sentences.
 */
export function findChanges(text: string, spans: readonly FigureSpan[], sentenceOf: (i: number) => Sentence): Map<number, ChangeFinding> {
  const found = new Map<number, ChangeFinding>();
  spans.forEach((span, i) => {
    const sentence = sentenceOf(i);
    const lead = text.slice(Math.max(sentence.start, span.start - 10), span.start);

    const to = TO_BEFORE.exec(lead);
    // (Without a verb of change, a level of now is the change's end only where its clause holds it at a level, `现在稳稳维持在
    // 22℃以上`: `以前…要花15元，现在坐公交只要3元` tells two prices, each a figure of its own.)
    const nowLevel = NOW.test(piece(text, sentence.start, span.start)) && HELD_AT.test(lead);
    const earlier = to || nowLevel ? earlierLevel(text, spans, i, sentence) : undefined;
    if (to || earlier !== undefined) {
      const from = earlier === undefined ? undefined : spans[earlier]!.value;
      if (!to && from === undefined) return;
      const direction = to ? (IS_DOWN.test(to[1]!) ? 'down' : 'up') : from! > span.value ? 'down' : 'up';
      const change: FigureChange = from === undefined ? { to: span.value, direction } : { from, to: span.value, direction };
      found.set(i, earlier === undefined ? { change } : { change, absorbs: earlier });
      return;
    }
    if (span.unit === '%') {
      const rate = RATE_BEFORE.exec(lead);
      if (rate) found.set(i, { change: { rate: span.value, direction: IS_DOWN.test(rate[1]!) ? 'down' : 'up' } });
      return;
    }
    const amount = AMOUNT_BEFORE.exec(lead);
    if (amount) found.set(i, { change: { amount: span.value, direction: IS_DOWN.test(amount[1]!) ? 'down' : 'up' } });
  });
  return found;
}

/** The clause (between commas) that ends at `at`. */
function piece(text: string, floor: number, at: number): string {
  let start = at;
  while (start > floor && !CLAUSE_BREAK.test(text[start - 1]!)) start--;
  return text.slice(start, at);
}

/**
 * The figure, earlier in the sentence and in the same unit, that states the level before: it follows 从/由,
 * or the sentence says it was before (以前, 原来 …).
 */
function earlierLevel(text: string, spans: readonly FigureSpan[], i: number, sentence: Sentence): number | undefined {
  for (let j = i - 1; j >= 0 && spans[j]!.start >= sentence.start; j--) {
    const candidate = spans[j]!;
    if (candidate.unit !== spans[i]!.unit) continue;
    const lead = text.slice(Math.max(sentence.start, candidate.start - 10), candidate.start);
    if (FROM_BEFORE.test(lead) || EARLIER.test(text.slice(sentence.start, candidate.start))) return j;
    return undefined;
  }
  return undefined;
}
