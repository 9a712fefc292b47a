// The span a title of data gives the lines under it: a section heading over the paragraph, else a box's head (the
// title of a sidebar), that is a title and not a sentence (no clause mark, short) and holds a closed span or an as-of
// date (`数说·前三季度`, `1—10月主要经济指标`, `重点项目进展（截至9月底）`), dates each figure of a paragraph that prints no
// time of its own — as a deck does (period-carried.ts deckPeriod). Not a story's headline (the dev gold leaves the big
// numbers under `前10个月各县区民生账本` undated), not a start in a headline or a box's title (`“十四五”以来`: a review's
// headline names what it looks back on, not each line's span) though a section heading's start dates its section
// (`一、今年以来工作回顾`), and not what is planned or aimed at.

import type { FigureScope } from './scope.ts';
import { periodsIn } from './period-printed.ts';
import { timeIn } from './period-years.ts';
import { statusOf } from './status.ts';

/** A title, not a sentence: no clause mark; short once its span is taken out (nothing left: a title that is only its span). */
const TITLE = /^[^，,。；;！？!?]{0,20}$/u;
/** A closed span (1—10月, 前三季度, 一季度, 上半年) or an as-of date (截至9月底). */
const CLOSED_OR_AS_OF = /^(?:[0-9]{1,2}月?[至—–\-~～到][0-9]{1,2}月(?:份)?|前[0-9一二三四五六七八九十]+个?月|上半年|下半年|前三季度|第?[一二三四]季度|截[至止].+)$/;
const PLANNED = new Set(['plan', 'target', 'forecast']);
const OTHER_SPAN = /季度|半年|[0-9]{1,2}月/;

/** A start (`今年以来`, `2024年以来`): a section's heading may give it its paragraphs, a headline may not. */
const START = /以来$/;

/** The one closed span or as-of date a title of data holds (or a start, for a section's heading), if it is one. */
export function titleSpan(title: string | undefined, section = false): { text: string; year?: number } | undefined {
  const t = title?.trim();
  if (!t) return undefined;
  const found = periodsIn(t);
  if (found.length !== 1) return undefined;
  const span = found[0]!;
  if (!CLOSED_OR_AS_OF.test(span.text.replace(/^20[0-9]{2}年/, '')) && !(section && START.test(span.text))) return undefined;
  const rest = t.replace(span.text, '');
  // (A title setting two spans side by side, `一季度与二季度对比`, dates neither.)
  if (OTHER_SPAN.test(rest) || !TITLE.test(rest.replace(/[（(][^）)]*[）)]/g, '').replace(/[（()）]/g, ''))) return undefined;
  return { text: span.text, ...(span.year !== undefined ? { year: span.year } : {}) };
}

export function titlePeriod(scope: FigureScope): { text: string; year?: number } | undefined {
  if (timeIn(scope.paragraph)) return undefined;
  // (The nearest heading that gives one, past a subhead that names only a matter: `一、今年以来工作回顾` over `民生投入持续
  // 加大` over `全县民生支出达到14.2亿元`.)
  const span = [...scope.headings].reverse().map((heading) => titleSpan(heading, true)).find((found) => found !== undefined) ?? (scope.headings.length === 0 && scope.article.box ? titleSpan(scope.article.title) : undefined);
  if (!span || PLANNED.has(statusOf(scope))) return undefined;
  return span;
}
