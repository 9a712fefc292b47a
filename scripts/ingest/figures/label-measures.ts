// What a label says of the measure a unit takes: a percentage that is a part's share (占比) or how a cost is split
// (比例), a temperature or an area named after what it measures. Split from label.ts, which asks these once the
// words have given the label.

import { UNITS } from '../../../src/domain/units.ts';
import { hasNoun, tagged } from './label-roles.ts';
import { CHANGE_TAIL } from './label-context.ts';
import { MAX_LABEL_LENGTH } from './label-phrases.ts';
import { LINKING_VERBS } from './label-objects.ts';

/**
 * A part a clause says is 占 of a whole (`其中80岁以上老人占四成`), or a percentage before the noun it is a
 * part of (`将八成以上财政收入投入…`), is a share: its label says so (占比).
 */
export function shareOf(label: string, before: string, unit: string, partOf: boolean): string {
  if (UNITS.get(unit)?.kind !== 'percent' || !(partOf || /占(?:到|了)?$/.test(before)) || /占|比|率|分数|浓度|份额|(?:增长|下降|提高|降低|增加|减少)$/.test(label)) return label;
  // (A part reached, `覆盖全县62%的行政村`, is the share covered: 覆盖行政村占比.)
  const reach = /(覆盖|惠及)(?:全[省市县区镇乡村])?$/.exec(before)?.[1] ?? '';
  return `${reach && !label.includes(reach) ? reach : ''}${label}占比`;
}

/**
 * A percentage right after who pays or bears it closing its clause (`服务费用由政府补贴70%，老人个人承担30%`)
 * is how a cost is split: its label is the part's 比例 (政府补贴比例, 老人个人承担比例). Only a verb after who
 * does it — 由 and a noun, or a noun and a verb jieba tags v — never a change, a link or a label naming a ratio.
 */
export function splitOf(label: string, before: string, unit: string, closes: boolean): string {
  if (UNITS.get(unit)?.kind !== 'percent' || !closes || !label || /占|比|率|分数|浓度|份额/.test(label)) return '';
  const words = tagged(before);
  const last = words[words.length - 1];
  // (Past one adverb or pronoun between them: `家庭自己负担`, `个人只承担`.)
  const at = /^(?:r|d)$/.test(words[words.length - 2]?.tag ?? '') ? words.length - 3 : words.length - 2;
  const who = words[at];
  if (!last || !who || CHANGE_TAIL.test(last.word) || LINKING_VERBS.test(last.word) || !label.endsWith(last.word)) return '';
  const agent = words[at - 1]?.word === '由' && who.role === 'noun';
  const acts = last.tag === 'v' && who.role === 'noun' && !/^(?:vn?|d)$/.test(who.tag);
  return agent || acts ? `${label}比例` : '';
}

// What a unit measures, named where the label names only the thing or the place measured.
const TEMPERATURE = /温/;
const AREA_UNITS = new Set(['平方米', '平方公里', '亩', '公顷']);
const AREA = /(?:面积|路面|用地|场地|耕地|林地|草地)$/;

/**
 * A temperature or an area named after what it measures: `屋里就有23度` is the room's temperature (室温; a
 * place word, jieba's `s`, is where it was measured, what stood before it is the clause's business), `不到
 * 3000平方米的小公园` the park's area (小公园面积). Not a label that says it already (室温, 供热面积, 路面).
 */
export function measured(label: string, unit: string): string {
  if (!label) return label;
  if (unit === '℃' && !TEMPERATURE.test(label)) {
    const words = tagged(label);
    const last = words[words.length - 1]!;
    // (Inside a home or a room, 屋里, 家里, 室内, it is the room temperature, 室温.)
    if (last.tag === 's' && /^[屋家室房].*[里内]$/.test(last.word)) return '室温';
    return `${last.tag === 's' ? last.word : label}温度`;
  }
  if (AREA_UNITS.has(unit) && !AREA.test(label) && !label.includes('面积') && label.length + 2 <= MAX_LABEL_LENGTH) return `${label}面积`;
  return label;
}

/**
 * A share opening its clause that says what it is with 是 (`一半以上是附近的村民`, `其中六成是失能半失能老人`): the
 * share of those the words after 是 name (附近村民占比); '' for any other clause.
 */
export function shareIs(before: string, after: string, unit: string): string {
  if (UNITS.get(unit)?.kind !== 'percent' || !/^(?:其中)?$/.test(before.trim())) return '';
  const named = /^是([\p{Script=Han}]{2,14})$/u.exec(after.trim())?.[1]?.replace(/的/g, '');
  return named && hasNoun(tagged(named)) && `${named}占比`.length <= MAX_LABEL_LENGTH ? `${named}占比` : '';
}
