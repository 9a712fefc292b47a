// The figure files content/figures/<article id>.json, as ingest writes them and editors correct them.
// Validated here rather than as an Astro collection so that a mistake names the file, the record and
// the field, and says what to write instead: editors fix these files by hand. The record and its schema
// are published vocabulary: src/domain/figure.ts.
import { figureRecordSchema, QUALIFIERS, type FigureRecord, type FrontmatterFigure } from '../../domain/figure.ts';
import { TOPICS } from '../../domain/topics.ts';

/** What to write, for the fields an editor is most likely to get wrong. */
const HINTS: Record<string, string> = {
  id: 'write a unique string, e.g. "<article id>-hand1"',
  origin: 'write "hand" for a record you added (or leave the field out)',
  article: 'write the article id, which is the file name without .json',
  paragraph: 'write the 1-based number of the paragraph the figure is in (headings and captions do not count), e.g. 3',
  offset: 'write the position of the text in the paragraph as a whole number, or leave the field out',
  text: 'write the figure exactly as printed, e.g. "近200万元"',
  sentence: 'write the sentence the figure is in, as printed',
  value: 'write a plain number with multipliers applied, e.g. 2000000 for 200万 (no quotes, no unit)',
  unit: 'write the base unit as printed, e.g. "元", "公里", "%", "个"',
  qualifier: `write one of ${QUALIFIERS.map((q) => `"${q}"`).join(', ')}`,
  range: 'write { "low": <number>, "high": <number> }',
  year: 'write a four-digit year as a number, e.g. 2025',
  topic: `write one of ${TOPICS.map((t) => `"${t}"`).join(', ')}`,
  change: 'write { "direction": "up" or "down", and any of "from", "to", "rate", "amount" as numbers }',
  'change.direction': 'write "up" or "down"',
};

export class FigureFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FigureFileError';
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
    throw new FigureFileError(`${fileName}: not valid JSON (${reason}). The file must be a JSON array of figure records: [ { … }, … ].`);
  }
  if (!Array.isArray(json)) {
    throw new FigureFileError(`${fileName}: expected a JSON array of figure records ([ { … }, … ]), found ${describe(json)}.`);
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
        `record ${index} (id ${JSON.stringify(record.id)}): field "article" is ${JSON.stringify(record.article)} but this file belongs to "${articleId}"; ${HINTS.article}`,
      );
      return;
    }
    records.push({ ...record, article: articleId });
  });
  const seen = new Set<string>();
  records.forEach((r, index) => {
    if (seen.has(r.id)) problems.push(`record ${index}: id ${JSON.stringify(r.id)} is used twice; give each record its own id`);
    seen.add(r.id);
  });
  if (problems.length > 0) {
    throw new FigureFileError(`${fileName}: ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
  }
  return records;
}

/** Frontmatter figures as full records of the article, numbered in their order when they have no id. */
export function frontmatterFigures(articleId: string, figures: readonly FrontmatterFigure[]): FigureRecord[] {
  return figures.map((f, index) => ({ ...f, id: f.id ?? `${articleId}-frontmatter-${index + 1}`, origin: 'hand', article: articleId }));
}

interface Issue {
  path: PropertyKey[];
  message: string;
  code: string;
}

function issueText(issue: Issue, raw: unknown): string {
  if (issue.path.length === 0) return `expected an object { "id": …, "value": …, … }, found ${describe(raw)}`;
  const field = issue.path.map(String).join('.');
  const found = valueAt(raw, issue.path);
  const what = found === undefined ? 'is missing' : `is ${describe(found)}`;
  const hint = HINTS[field] ?? HINTS[String(issue.path[0])] ?? issue.message;
  return `field "${field}" ${what}; ${hint}`;
}

function valueAt(raw: unknown, path: PropertyKey[]): unknown {
  let value = raw;
  for (const key of path) {
    if (!value || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${JSON.stringify(value)}`;
}
