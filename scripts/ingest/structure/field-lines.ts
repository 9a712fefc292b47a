// A web CMS's export prints each article's metadata as field lines, often between `---` rules, over its text:
// `标题：“暖心车”开进山村`, `副标题：——…`, `来源: 武乡县融媒体中心`, `作者: 记者 李卓`, `发布时间: 2025-12-04 08:30`.
// The field names the line's role, so no neighbour need be read: the title field's value is the headline (a column
// label or topic tag before it, `〔便民提示〕…`, `# 文明实践 # …`, its kicker), the subtitle's the deck, the
// author's the byline, and source, time, editor and the like are the page's, never an article's text. The field
// names are the closed vocabulary of such exports, as 记者 and 通讯员 are of bylines (bylines.ts).

import { cutBracketKicker } from './bracket-titles.ts';
import { opensWithPhotoMark } from './caption-form.ts';
import { isSitePath, LABELLED_SECTION } from './copy-chrome.ts';
import { isRule } from './shape.ts';
import type { Block, BlockKind } from '../types.ts';

type FieldRole = Extract<BlockKind, 'headline' | 'deck' | 'kicker' | 'byline' | 'furniture'>;

// Field names by the role of their value.
// Field names by the role of their value; an export in YAML names them in English (`title:`, `author:`).
const FIELDS: Record<FieldRole, readonly string[]> = {
  headline: ['标题', '主标题', '正标题', '题目', '文章标题', 'title', 'headline'],
  deck: ['副标题', '副题', '子标题', 'subtitle', 'subhead', 'deck'],
  kicker: ['引题', '肩题', '眉题', 'kicker'],
  byline: ['作者', '记者', '撰稿', '撰文', '文字', '供稿', 'author', 'authors', 'byline', 'reporter', 'writer'],
  furniture: [
    '来源', '稿源', '出处', '发布时间', '发布日期', '更新时间', '时间', '日期', '编辑', '责任编辑', '责编', '审核', '审校', '校对', '栏目', '频道',
    '分类', '关键词', '关键字', '浏览', '浏览量', '阅读', '点击', '字号',
    'source', 'date', 'time', 'published', 'updated', 'editor', 'category', 'categories', 'tags', 'keywords', 'channel', 'section', 'slug', 'url', 'lang',
  ],
};
const ROLE_OF = new Map<string, FieldRole>(Object.entries(FIELDS).flatMap(([role, names]) => names.map((n) => [n, role as FieldRole] as const)));

// Fields that say where the article comes from, who wrote it and when it went out: a line of fields that names
// none of them is a notice's (`日期：3月5日　时间：9:00`) or the page's staff credits (`责任编辑：…　校对：…`).
const OWN_FIELDS = new Set(['来源', '稿源', '出处', '作者', '记者', '撰稿', '撰文', '发布时间', '发布日期']);
// The start of each field of a metadata line (`来源：长治日报　作者：王五　发布时间：2025-12-04 08:30`).
const FIELD_START = new RegExp(`(?:^|[\\s\\u3000]+)(${[...ROLE_OF.keys()].sort((a, b) => b.length - a.length).join('|')})[\\s\\u3000]*[：:][\\s\\u3000]*`, 'gu');

// `标题：…`, `来源: …`, `title: "…"`: a field's name, its colon, its value on the same line; or the name in brackets
// before it (`【标题】…`, `[作者] …`).
const FIELD = /^(?:(\p{Script=Han}{1,5}|[A-Za-z]{2,12})[\s\u3000]*[：:]|[【〔\[](\p{Script=Han}{1,5})[】〕\]])[\s\u3000]*(\S.*)$/u;
// A YAML value in quotes: `"城东新建两座公厕"`, `'…'`.
const QUOTED = /^(["'])([^"']*)\1$/u;
// A topic tag before a title: `# 文明实践 # 故城镇…`.
const TAG_BEFORE = /^([#＃][\s\u3000]*[^#＃\n]{1,20}?[\s\u3000]*[#＃])[\s\u3000]*(\S.*)$/u;

export interface Field {
  role: FieldRole;
  value: string;
}

/** The field a line of an export is (`来源: 武乡县融媒体中心` → furniture), or undefined for any other line. */
export function readField(line: string): Field | undefined {
  const m = FIELD.exec(line.trim());
  const role = m ? ROLE_OF.get((m[1] ?? m[2])!.toLowerCase()) : undefined;
  if (role === undefined) return undefined;
  const value = m![3]!.trim();
  return { role, value: QUOTED.exec(value)?.[2]?.trim() || value };
}

/**
 * `来源：长治日报　作者：本报记者 王五　发布时间：2025-12-04`: the metadata line a web page prints under its headline,
 * two fields or more, one of them the article's own (source, author, editor …); undefined for any other line.
 */
export function readFieldLine(line: string): Field[] | undefined {
  const t = line.trim();
  const starts = [...t.matchAll(FIELD_START)];
  if (starts.length < 2 || starts[0]!.index !== 0 || !starts.some((m) => OWN_FIELDS.has(m[1]!))) return undefined;
  const fields = starts.map((m, k) => ({ role: ROLE_OF.get(m[1]!)!, value: t.slice(m.index! + m[0].length, starts[k + 1]?.index ?? t.length).trim() }));
  return fields.every((f) => f.value !== '') ? fields : undefined;
}

/**
 * The raw blocks (by index) that are field lines of an article's metadata, with their fields (one per line of the
 * block: a page exported without blank lines holds them in one block): a run of two lines or more, one of them its
 * title, or its title alone over the rule drawn under the fields (`标题：…` / `---`, the other fields left out). A lone
 * `时间：…` or `来源：…` line of running text is no such run, nor a lone `标题：…` line.
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
    // Or the title alone, with the rule an export draws under its fields right under it (`标题：…` / `---`).
    const ruled = run.length === 1 && run[0]!.length === 1 && end < raw.length && isRule(raw[end]!.trim());
    if ((run.flat().length >= 2 || ruled) && run.flat().some((f) => f.role === 'headline')) run.forEach((f, j) => out.set(k + j, f));
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
  const done = new Set<number>();
  const out: Block[] = [];
  for (const [at, block] of blocks.entries()) {
    const index = block.source.length === 1 ? block.source[0]! : -1;
    const fields = runs.get(index);
    // A line the page's own lines already took (a staff credit, a date line) is left to them.
    const meta = fields === undefined && index >= 0 && block.kind !== 'furniture' && !raw[index]!.trim().includes('\n') ? readFieldLine(raw[index]!) : undefined;
    if (fields === undefined && meta === undefined) {
      out.push(block);
      continue;
    }
    if (done.has(index)) continue;
    done.add(index);
    if (fields !== undefined) {
      const lines = raw[index]!.trim().split('\n');
      out.push(...fields.flatMap((field, j) => fieldBlocks(lines[j]!, field, [index])));
      continue;
    }
    // A metadata line: the page's, with its author's value the byline; the title-like line over it (past its deck)
    // is the headline, where the line heads text (one closing an article, under a photo's caption, heads nothing).
    let k = out.length - 1;
    while (out[k]?.kind === 'deck') k--;
    const above = out[k];
    let n = at + 1;
    while (blocks[n] !== undefined && (blocks[n]!.kind === 'furniture' || blocks[n]!.source[0] === index)) n++;
    if (above !== undefined && TITLE_LINE.has(above.kind) && above.credit === undefined && blocks[n]?.kind === 'paragraph') {
      const { level: _level, ...rest } = above;
      out[k] = { ...rest, kind: 'headline' };
    }
    out.push({ kind: 'furniture', text: raw[index]!.trim(), source: [index] });
    const author = meta!.find((f) => f.role === 'byline');
    if (author !== undefined) out.push({ kind: 'byline', text: author.value, source: [index] });
  }
  return introducedPathsKept(bodyFieldsKept(out));
}

// What a body's text may have been read as, around a field line of its own.
const BODY_KINDS = new Set<Block['kind']>(['paragraph', 'heading', 'subheading']);
// A line of the body that opens on a field's label and its colon: `播出时间：每周一至周五19:30`, `岗位：版面编辑`.
const OPENS_ON_LABEL = /^\p{Script=Han}{2,6}[：:]/u;

// A field line read as a caption: its label, its colon and a short value with no clause in it (`节目名称：百姓热线`).
const FIELD_VALUE_LINE = /^\p{Script=Han}{2,6}[：:][\s\u3000]*[^。！？!?；;，,\s\u3000][^。！？!?；;，,\n]{0,23}$/u;

// A line opening on a label, its colon and a value after it (`播出时间：每周一至周五19:30`; not a salutation, `某某代表：`).
const LABEL_AND_VALUE = /^\p{Script=Han}{2,6}[：:][\s\u3000]*[^\s\u3000]/u;

/**
 * A body's field line over the next field (`节目名称：百姓热线` / `频道：新闻综合频道`): each a field of its own, which the
 * next, its own label, colon and value, does not finish (joins.ts).
 */
export function fieldOverField(before: string, after: string): boolean {
  const last = before.trim().slice(before.trim().lastIndexOf('\n') + 1);
  return FIELD_VALUE_LINE.test(last) && LABEL_AND_VALUE.test(after.trim());
}

/**
 * A line read as chrome or a caption that a body's run of labelled lines may hold as one of its fields. A caption
 * whose label is a photo's mark (`上图：…`, `左图：…`, `图一：…`: which photo of a set it is under) is no field, though
 * its form is one (R2's F14, session 33).
 */
function mayBeField(b: Block | undefined): boolean {
  if (b === undefined || b.text.includes('\n')) return false;
  const t = b.text.trim();
  return (b.kind === 'furniture' && LABELLED_SECTION.test(t)) || (b.kind === 'caption' && FIELD_VALUE_LINE.test(t) && !opensWithPhotoMark(t));
}

/**
 * `频道：新闻综合频道`, `版面：县域新闻`: a section under its label alone on its line is a copy's chrome (copy-chrome.ts
 * LABELLED_SECTION), but among a body's labelled field lines (a programme's `节目名称：…` / `播出时间：…`, a job's `岗位：…` /
 * `要求：…`) it is a field of that text: a paragraph again, as is a field line read as a caption there. The run of such
 * lines is judged as a whole, whatever each was read as: body text on both sides of it, and two lines or more in it
 * (counting the text on either side) opening on a label and its colon.
 */
function bodyFieldsKept(blocks: Block[]): Block[] {
  return blocks.map((b, i) => {
    if (!mayBeField(b)) return b;
    let first = i;
    while (mayBeField(blocks[first - 1])) first--;
    let last = i;
    while (mayBeField(blocks[last + 1])) last++;
    const before = blocks[first - 1];
    const after = blocks[last + 1];
    if (before === undefined || after === undefined || !BODY_KINDS.has(before.kind) || !BODY_KINDS.has(after.kind)) return b;
    const labelled = blocks.slice(first - 1, last + 2).filter((x) => OPENS_ON_LABEL.test(x.text.trim()));
    if (labelled.length < 2) return b;
    return { kind: 'paragraph', text: b.text, source: b.source };
  });
}

// What a headline over a metadata line may have been read as before the line was seen.
const TITLE_LINE = new Set<Block['kind']>(['headline', 'kicker', 'caption', 'heading', 'subheading']);

// A sentence that closes on a colon, introducing what follows (`…操作步骤如下：`, `路径为：`).
const INTRODUCES = /[：:]$/u;

/**
 * `登录掌上长治APP > 我的 > 医保缴费`, `首页 > 办事服务 > 医保缴费`: a path of a site's or an app's menus is a copy's chrome
 * (copy-chrome.ts isSitePath) at its head or foot, but under a body's sentence that closes on a colon it is the step
 * that sentence introduces: a paragraph again.
 */
function introducedPathsKept(blocks: Block[]): Block[] {
  return blocks.map((b, i) => {
    const before = blocks[i - 1];
    if (b.kind !== 'furniture' || b.text.includes('\n') || !isSitePath(b.text)) return b;
    if (before?.kind !== 'paragraph' || !INTRODUCES.test(before.text.trim())) return b;
    return { kind: 'paragraph', text: b.text, source: b.source };
  });
}
