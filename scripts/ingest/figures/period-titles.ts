// The span a title of data gives the lines under it: a section heading over the paragraph, else a box's head (the
// title of a sidebar), that is a title and not a sentence (no clause mark, short) and holds a closed span or an as-of
// date (`数说·前三季度`, `1—10月主要经济指标`, `重点项目进展（截至9月底）`), dates each figure of a paragraph that prints no
// time of its own — as a deck does (period-carried.ts deckPeriod). Not a story's headline (the dev gold leaves the big
// numbers under `前10个月各县区民生账本` undated), not a start in a headline or a box's title (`“十四五”以来`: a review's
// headline names what it looks back on, not each line's span) though a section heading's start dates its section
// (`一、今年以来工作回顾`), and not what is planned or aimed at.

import type { FigureScope } from './scope.ts';
import { THIS_WEEK, periodsIn } from './period-printed.ts';
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
/** A line of running text has a clause mark; a line of data (`小米　6.50元/斤`) has none. */
const PROSE_MARK = /[，,。；;！？!?]/;

/** The one closed span or as-of date a title of data holds (or a start, for a section's heading), if it is one. */
export function titleSpan(title: string | undefined, section = false, dataLine = false): { text: string; year?: number } | undefined {
  const t = title?.trim();
  if (!t) return undefined;
  // (The week's dates printed after 本周 in brackets, `本周热线来电分类（12月1日—12月5日）`, are the week: 本周, as the guide writes it.)
  const read = /本周/.test(t) ? t.replace(/[（(][^（）()]*[）)]/gu, '') : t;
  const found = periodsIn(read);
  if (found.length !== 1) return undefined;
  const span = found[0]!;
  // (This week, `本周农产品价格` over the lines of prices monitored in it, is the weekly report's closed span, as the guide reads
  // 本周, for a line of data under it (no clause mark: `小米　6.50元/斤　比上周涨0.10元`); not for a sentence of a box that lists
  // the week's events, `本周为老服务活动一览` over `名额：30人，先到先得`: no count over the week.)
  const week = THIS_WEEK.test(span.text) && (section || dataLine);
  if (!CLOSED_OR_AS_OF.test(span.text.replace(/^20[0-9]{2}年/, '')) && !(section && START.test(span.text)) && !week) return undefined;
  const rest = read.replace(span.text, '');
  // (A title setting two spans side by side, `一季度与二季度对比`, dates neither.)
  if (OTHER_SPAN.test(rest) || !TITLE.test(rest.replace(/[（(][^）)]*[）)]/g, '').replace(/[（()）]/g, ''))) return undefined;
  return { text: span.text, ...(span.year !== undefined ? { year: span.year } : {}) };
}

export function titlePeriod(scope: FigureScope): { text: string; year?: number } | undefined {
  if (timeIn(scope.paragraph)) return undefined;
  // (The nearest heading that gives one, past a subhead that names only a matter: `一、今年以来工作回顾` over `民生投入持续
  // 加大` over `全县民生支出达到14.2亿元`.)
  const dataLine = !PROSE_MARK.test(scope.sentence);
  const span = [...scope.headings].reverse().map((heading) => titleSpan(heading, true, dataLine)).find((found) => found !== undefined) ?? (scope.headings.length === 0 && scope.article.box ? titleSpan(scope.article.title, false, dataLine) : undefined);
  if (!span || PLANNED.has(statusOf(scope))) return undefined;
  return span;
}
