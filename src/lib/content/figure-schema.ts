// The figure files content/figures/<article id>.json, as ingest writes them and editors correct them.
// Validated here rather than as an Astro collection so that a mistake names the file, the record and
// the field, and says what to write instead: editors fix these files by hand. The record and its schema
// are published vocabulary: src/domain/figure.ts.
import { figureRecordSchema, type FigureRecord, type FrontmatterFigure } from '../../domain/figure.ts';
import { figureGuideFor } from './field-guide.ts';
import { explainIssue, type SchemaIssue } from './schema-errors.ts';

export class FigureFileError extends Error {
  /** The same problems in English alone and in Chinese alone, for checks that print the languages apart. */
  readonly en: string;
  readonly zh: string;
  constructor(message: string, en = message, zh = message) {
    super(message);
    this.name = 'FigureFileError';
    this.en = en;
    this.zh = zh;
  }
}

/**
 * The records of one figure file. `fileName` is how the message names the file
 * (`content/figures/x.json`); `articleId` is the article the file belongs to.
 * Throws a FigureFileError that says what is wrong and what to write instead.
 */
export function parseFigureFile(fileName: string, articleId: string, text: string): FigureRecord[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const en = `not valid JSON (${reason}). The file must be a JSON array of figure records: [ { … }, … ].`;
    throw new FigureFileError(`${fileName}: ${en}`, en, `不是有效的 JSON（${reason}）。数字文件应是由记录组成的 JSON 数组：[ { … }, … ]。`);
  }
  if (!Array.isArray(json)) {
    const en = `expected a JSON array of figure records ([ { … }, … ]), found ${describe(json)}.`;
    throw new FigureFileError(`${fileName}: ${en}`, en, `数字文件应是由记录组成的 JSON 数组（[ { … }, … ]），这里是 ${describe(json)}。`);
  }
  const problems: string[] = [];
  const records: FigureRecord[] = [];
  json.forEach((raw, index) => {
    const result = figureRecordSchema.safeParse(raw);
    if (!result.success) {
      const id = raw && typeof raw === 'object' && 'id' in raw ? ` (id ${JSON.stringify((raw as { id: unknown }).id)})` : '';
      for (const issue of result.error.issues) problems.push(`record ${index}${id}: ${issueText(issue, raw)}`);
      return;
    }
    const record = result.data;
    if (record.article !== undefined && record.article !== articleId) {
      problems.push(
        `record ${index} (id ${JSON.stringify(record.id)}): field "article" is ${JSON.stringify(record.article)} but this file belongs to "${articleId}"; write "${articleId}" (the file name without .json) or leave the field out / 字段 article 是“${record.article}”，但本文件属于“${articleId}”；请写 ${articleId}（文件名去掉 .json）或省略这一字段`,
      );
      return;
    }
    records.push({ ...record, article: articleId });
  });
  const seen = new Set<string>();
  records.forEach((r, index) => {
    if (seen.has(r.id)) problems.push(`record ${index}: id ${JSON.stringify(r.id)} is used twice; give each record its own id / 编号 ${r.id} 用了两次，每条记录须有自己的编号`);
    seen.add(r.id);
  });
  if (problems.length > 0) {
    // Each problem is written `English / 中文`; the Chinese side keeps the record it is about.
    const en = problems.map((p) => p.split(' / ')[0]);
    const zh = problems.map((p) => {
      const record = p.match(/^record \d+(?: \(id [^)]*\))?: /)?.[0].replace(/^record (\d+)/, '第$1条记录') ?? '';
      const field = p.match(/: field "([^"]+)": /)?.[1];
      return `${record}${field ? `字段 ${field}：` : ''}${p.split(' / ').slice(1).join(' / ')}`;
    });
    throw new FigureFileError(
      `${fileName}: ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`,
      `${problems.length} problem(s):\n  - ${en.join('\n  - ')}`,
      `${problems.length}处问题：\n  - ${zh.join('\n  - ')}`,
    );
  }
  return records;
}

/** Frontmatter figures as full records of the article, numbered in their order when they have no id. */
export function frontmatterFigures(articleId: string, figures: readonly FrontmatterFigure[]): FigureRecord[] {
  return figures.map((f, index) => ({ ...f, id: f.id ?? `${articleId}-frontmatter-${index + 1}`, origin: 'hand', article: articleId }));
}

/** A zod issue about one record, in both languages: the field, what is wrong, and what to write. */
function issueText(issue: SchemaIssue, raw: unknown): string {
  if (issue.path.length === 0) return `expected an object { "id": …, "value": …, … }, found ${describe(raw)} / 每条记录应是 { "id": …, "value": …, … } 这样的一组字段`;
  const problem = explainIssue(issue, raw, figureGuideFor);
  return `field "${problem.field}": ${problem.en} / ${problem.zh}`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${JSON.stringify(value)}`;
}
