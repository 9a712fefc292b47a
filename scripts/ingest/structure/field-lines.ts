// A web CMS's export prints each article's metadata as field lines, often between `---` rules, over its text:
// `标题：“暖心车”开进山村`, `副标题：——…`, `来源: 武乡县融媒体中心`, `作者: 记者 李卓`, `发布时间: 2025-12-04 08:30`.
// The field names the line's role, so no neighbour need be read: the title field's value is the headline (a column
// label or topic tag before it, `〔便民提示〕…`, `# 文明实践 # …`, its kicker), the subtitle's the deck, the
// author's the byline, and source, time, editor and the like are the page's, never an article's text. The field
// names are the closed vocabulary of such exports, as 记者 and 通讯员 are of bylines (bylines.ts).

import { cutBracketKicker } from './bracket-titles.ts';
import type { Block, BlockKind } from '../types.ts';

type FieldRole = Extract<BlockKind, 'headline' | 'deck' | 'kicker' | 'byline' | 'furniture'>;

// Field names by the role of their value.
const FIELDS: Record<FieldRole, readonly string[]> = {
  headline: ['标题', '主标题', '正标题', '题目', '文章标题'],
  deck: ['副标题', '副题', '子标题'],
  kicker: ['引题', '肩题', '眉题'],
  byline: ['作者', '记者', '撰稿', '撰文', '文字', '供稿'],
  furniture: ['来源', '稿源', '出处', '发布时间', '发布日期', '更新时间', '时间', '日期', '编辑', '责任编辑', '责编', '审核', '审校', '校对', '栏目', '频道', '分类', '关键词', '关键字', '浏览', '浏览量', '阅读', '点击', '字号'],
};
const ROLE_OF = new Map<string, FieldRole>(Object.entries(FIELDS).flatMap(([role, names]) => names.map((n) => [n, role as FieldRole] as const)));

// `标题：…`, `来源: …`: a field's name, its colon, its value on the same line.
const FIELD = /^(\p{Script=Han}{1,5})[\s\u3000]*[：:][\s\u3000]*(\S.*)$/u;
// A topic tag before a title: `# 文明实践 # 故城镇…`.
const TAG_BEFORE = /^([#＃][\s\u3000]*[^#＃\n]{1,20}?[\s\u3000]*[#＃])[\s\u3000]*(\S.*)$/u;

export interface Field {
  role: FieldRole;
  value: string;
}

/** The field a line of an export is (`来源: 武乡县融媒体中心` → furniture), or undefined for any other line. */
export function readField(line: string): Field | undefined {
  const m = FIELD.exec(line.trim());
  const role = m ? ROLE_OF.get(m[1]!) : undefined;
  return role === undefined ? undefined : { role, value: m![2]!.trim() };
}

/**
 * The raw blocks (by index) that are field lines of an article's metadata, with their fields (one per line of the
 * block: a page exported without blank lines holds them in one block): a run of two lines or more, one of them its
 * title. A lone `时间：…` or `来源：…` line of running text is no such run.
 */
export function fieldRuns(raw: readonly string[]): Map<number, Field[]> {
  const fields = raw.map((r) => {
    const lines = r.trim().split('\n').map(readField);
    return lines.every((f) => f !== undefined) ? (lines as Field[]) : undefined;
  });
  const out = new Map<number, Field[]>();
  for (let k = 0; k < raw.length; ) {
    let end = k;
    while (fields[end] !== undefined) end++;
    const run = fields.slice(k, end) as Field[][];
    if (run.flat().length >= 2 && run.flat().some((f) => f.role === 'headline')) run.forEach((f, j) => out.set(k + j, f));
    k = Math.max(end, k + 1);
  }
  return out;
}

/** The blocks of a field line: its value in the field's role; a title's column label or tag split off as its kicker. */
function fieldBlocks(line: string, field: Field, source: number[]): Block[] {
  if (field.role === 'furniture') return [{ kind: 'furniture', text: line.trim(), source }];
  if (field.role !== 'headline') return [{ kind: field.role, text: field.value, source }];
  const labelled = cutBracketKicker(field.value);
  const tagged = labelled === undefined ? TAG_BEFORE.exec(field.value) : null;
  const kicker = labelled?.kicker ?? tagged?.[1];
  const title = labelled?.title ?? tagged?.[2] ?? field.value;
  const headline: Block = { kind: 'headline', text: title, source: [...source] };
  return kicker === undefined ? [headline] : [{ kind: 'kicker', text: kicker, source: [...source] }, headline];
}

/**
 * Classified blocks with the field lines of an export's metadata (fieldRuns) given the roles their fields
 * name; every other block as it was. Block i came from raw block `source[0]`.
 */
export function readFieldLines(blocks: readonly Block[], raw: readonly string[]): Block[] {
  const runs = fieldRuns(raw);
  if (runs.size === 0) return [...blocks];
  const done = new Set<number>();
  return blocks.flatMap((block) => {
    const index = block.source.length === 1 ? block.source[0]! : -1;
    const fields = runs.get(index);
    if (fields === undefined) return [block];
    if (done.has(index)) return [];
    done.add(index);
    const lines = raw[index]!.trim().split('\n');
    return fields.flatMap((field, j) => fieldBlocks(lines[j]!, field, [index]));
  });
}
