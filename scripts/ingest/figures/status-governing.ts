// Which of the governing words before a figure decides its status: the nearest, unless a forecast governs what it
// says, a deadline governs a level reached, or an aim dates itself (status.ts asks this once nothing nearer decides).

import type { FigureScope } from './scope.ts';
import type { Governed, Marker } from './status-words.ts';

// A level aimed at: reached (达到, 达) or held at least (不低于, 不少于).
const LEVEL_ANYWHERE = /达到|达(?!标)|不低于|不少于|提高到|提高至|提升到|提升至|增至|降至|降到|控制在|稳定在|保持在/;
const LEVEL_AIMED = /(?:(?:达到|达)(?!标)|不低于|不少于)[^，,；;。0-9]{0,4}$/;
// A deadline for completing works (`确保12月底前全部完工`): when, not a level, so the works' figures are planned.
const DEADLINE_DONE = /^[^，,；;。]{0,14}?(?:前|底|内)[^，,；;。]{0,6}?(?:完工|建成|投用|竣工|完成|交付|开通|投入使用)/;
// 将 foretelling the weather (no one plans it), by the form of its clause. The weather as the subject of the clause 将
// governs: a weather word right before 将, but for an adverb (`最低气温将降至-9℃`, `冷空气也将南下`), not a weather word
// that only dates another agent's clause (`降雪期间环卫公司将增派…`).
const WEATHER_WORD = '(?:气温|降温|降雪|降雨|降水|寒潮|冷空气|风力|雨雪|大风|大雾|雾霾|沙尘)';
const WEATHER_SUBJECT = new RegExp(`${WEATHER_WORD}(?:幅度|量)?(?:也|还|又|则|或)?$`);
// A weather office told as the source (从/据…气象台, 气象局预报): what it tells is a forecast only when 将 opens on the
// weather's own verb (`将降至`, `将下降`, `将转晴`, `将出现雨雪天气`, `将迎来降温天气`, `将有一次降雪过程`) or the figure is a
// weather measure (℃, 毫米); the office's own works (`将新建自动气象站20个`, `将为120个村安装…`) stay plans.
const WEATHER_SOURCE = /(?:从|据)[^，,；;。]{0,8}气象(?:台|局|部门|站)|气象(?:台|局|部门|站)[^，,；;。]{0,4}(?:预报|预测|发布|消息)/;
const WEATHER_VERB = new RegExp(`^(?:再度|再次|继续|持续|逐渐|明显)?(?:降(?!低)|下降|回升|回落|升(?!级)|上升|转(?!移|变|让|型|交|化)|(?:出现|迎来|有)[^，,；;。0-9]{0,8}?(?:${WEATHER_WORD}|天气|过程))`);
const WEATHER_MEASURE = /^(?:℃|毫米)$/;
const foretold = (scope: FigureScope, at: number, end: number): boolean =>
  WEATHER_SUBJECT.test(scope.sentence.slice(0, at)) ||
  (WEATHER_SOURCE.test(scope.sentence.slice(0, at)) && (WEATHER_VERB.test(scope.sentence.slice(end)) || WEATHER_MEASURE.test(scope.unit)));
const LEVEL_VERB = /(?:达到|达|提高到|提高至|提升到|提升至|增至|增加到|降至|降到|下降到|控制在|稳定在)[^，,；;。0-9]{0,6}$/;

/**
 * The status the words before the figure give, the nearest governing. The verb that governs a clause takes
 * what it says as its object: 预计 makes what follows a forecast even when that says 将 or 到2026年
 * (`预计到2026年，全镇年接待游客将达到50万人次`), unless something done (已) comes between; a deadline (到2027年)
 * governing a level the figure's clause reaches (`到2027年，…将实现…，护理型床位占比达到60%以上`) makes a target
 * of it, though 将 stands nearer.
 */
export function governing(found: readonly Marker[], nearest: Marker | undefined, scope: FigureScope, ownClause: string): Governed | undefined {
  if (!nearest) return undefined;
  const before = found.filter((m) => m.end <= scope.start);
  const forecast = before.find((m) => m.status === 'forecast');
  if (forecast && nearest.status !== 'actual' && forecast.at <= nearest.at) return 'forecast';
  if (nearest.status === 'plan' && LEVEL_VERB.test(ownClause) && before.some((m) => m.status === 'target' && /^到/.test(scope.sentence.slice(m.at, m.end)))) return 'target';
  const word = scope.sentence.slice(nearest.at, nearest.end);
  // 将 in what a weather office tells of the weather (`记者从市气象台获悉，…全市将迎来降温天气`), or with the weather as its
  // subject (`周末最低气温将降至-9℃`), foretells it: no one plans the weather.
  if (nearest.status === 'plan' && word === '将' && foretold(scope, nearest.at, nearest.end)) return 'forecast';
  // A time word (明年, 今后) inside the clause an aim governs (`争取明年再建成公办幼儿园3所`, `力争明年…`) dates the aim; it does
  // not make the figure a plan.
  const ownStart = scope.start - ownClause.length;
  if (nearest.status === 'plan' && /^(?:明年|今后|未来|接下来)$/.test(word) && before.some((m) => m.status === 'target' && m.at >= ownStart && m.end <= nearest.at)) return 'target';
  // (The figure's own words of degree count: a span printed `少于600部` after 不.)
  ownClause = ownClause + (/^[^0-9一二三四五六七八九十两]*/.exec(scope.text)?.[0] ?? '');
  // A plan (计划, 规划) that a level is to reach (`计划使养老服务覆盖率达到90%以上`) aims at it: a target. (将 on a
  // level reached is the works' result, planned: `届时日供水能力将达到1800立方米`.)
  if (nearest.status === 'plan' && /^(?:计划|规划)/.test(word) && LEVEL_AIMED.test(ownClause)) return 'target';
  // A deadline alone (`到2026年底，全市新建充电桩500个`) or one for completion (`确保12月底前全部完工`) dates works, planned;
  // only a level reached by it is aimed at (`到2027年，…占比达到60%以上`).
  const deadline = (m: Marker): boolean => {
    const w = scope.sentence.slice(m.at, m.end);
    return /^到/.test(w) || (w === '确保' && DEADLINE_DONE.test(scope.sentence.slice(m.end)));
  };
  if (nearest.status === 'target' && !LEVEL_ANYWHERE.test(ownClause) && before.every((m) => m.status !== 'target' || deadline(m)) && deadline(nearest)) return 'plan';
  return nearest.status;
}
