// Zod's messages about an article's frontmatter ("Invalid option: expected one of …") in the words of an
// editor's checklist, in English and Chinese: which field, what is wrong with the value written there,
// and a right value to copy. Used by the content check before the build (scripts/content/check.ts, which
// adds the file and line) and by the content collection itself, so `astro dev` and `astro build` say the
// same thing.
import { z } from 'astro/zod';
import { closest, distance } from 'fastest-levenshtein';
import { guideFor, type Bilingual, type FieldGuide } from './field-guide.ts';

/** The parts of a zod issue the messages read (zod 4 issue shape). */
export interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  expected?: string;
  values?: readonly unknown[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  inclusive?: boolean;
}

export interface EditorProblem {
  /** The field as an editor reads it: `topics[1]`, `figures[0].value`, `source.blocks`. */
  field: string;
  path: PropertyKey[];
  en: string;
  zh: string;
}

/** `['figures', 0, 'value']` → `figures[0].value`. */
export function fieldLabel(path: readonly PropertyKey[]): string {
  let label = '';
  for (const part of path) label += typeof part === 'number' ? `[${part}]` : `${label ? '.' : ''}${String(part)}`;
  return label || '(frontmatter)';
}

/** The value at a path in the frontmatter data, or undefined when the field is not there. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * One zod issue about article frontmatter `data`, explained. `guides` finds a field's guide by its path:
 * the frontmatter's by default, figureGuideFor for a record of a figure file.
 */
export function explainIssue(issue: SchemaIssue, data: unknown, guides: (path: readonly PropertyKey[]) => FieldGuide | undefined = guideFor): EditorProblem {
  const path = [...issue.path];
  const field = fieldLabel(path);
  const found = valueAt(data, path);
  const guide = guides(path);
  const wrong = whatIsWrong(issue, found, field, guide);
  const fix = howToFix(issue, found, path, guide);
  return { field, path, en: `${wrong.en}${fix.en}`, zh: `${wrong.zh}${fix.zh}` };
}

/** Every issue of a failed parse, explained, in the order zod found them. */
export function explainIssues(issues: readonly SchemaIssue[], data: unknown): EditorProblem[] {
  return issues.map((issue) => explainIssue(issue, data));
}

/**
 * The schema with its messages replaced by the explained ones (`… / …` in both languages). The data it
 * gives is the schema's own; only the wording of a failure changes. Astro prints these messages with
 * the file and the line of the first wrong field.
 */
export function withEditorMessages<T extends z.ZodType>(schema: T) {
  return z.unknown().transform((data, ctx): z.output<T> => {
    const result = schema.safeParse(data);
    if (result.success) return result.data;
    for (const problem of explainIssues(result.error.issues, data)) {
      ctx.addIssue({ code: 'custom', path: problem.path, message: `${problem.en} / ${problem.zh}`, input: valueAt(data, problem.path) });
    }
    return z.NEVER;
  });
}

function whatIsWrong(issue: SchemaIssue, found: unknown, field: string, guide: FieldGuide | undefined): Bilingual {
  if (found === undefined && issue.code === 'invalid_type') return { en: `"${field}" is missing.`, zh: `缺少 ${field}。` };
  const shown = show(found);
  switch (issue.code) {
    case 'invalid_value': {
      const noun = guide?.noun ?? { en: 'an allowed value', zh: '可用的值' };
      return { en: `${shown.en} is not ${noun.en}.`, zh: `${shown.zh}不是${noun.zh}。` };
    }
    case 'invalid_type': {
      const is = kindOf(found);
      const want = expectedKind(issue.expected);
      return { en: `${shown.en} is ${is.en}, not ${want.en}.`, zh: `${shown.zh}是${is.zh}，不是${want.zh}。` };
    }
    case 'too_small':
    case 'too_big':
      return sizeProblem(issue, found, field, shown);
    case 'invalid_format':
      return { en: `${shown.en} is not written the right way.`, zh: `${shown.zh}的写法不对。` };
    default:
      return { en: `${shown.en} is not right (${issue.message}).`, zh: `${shown.zh}不正确（${issue.message}）。` };
  }
}

function sizeProblem(issue: SchemaIssue, found: unknown, field: string, shown: Bilingual): Bilingual {
  const small = issue.code === 'too_small';
  if (typeof found === 'string') return { en: `"${field}" is empty.`, zh: `${field} 是空的。` };
  if (Array.isArray(found)) {
    const limit = Number(small ? issue.minimum : issue.maximum);
    return {
      en: `the list has ${found.length} item(s); it needs ${small ? 'at least' : 'at most'} ${limit}.`,
      zh: `列表有 ${found.length} 项，${small ? '至少' : '至多'}需要 ${limit} 项。`,
    };
  }
  const limit = small ? issue.minimum : issue.maximum;
  const bound = issue.inclusive === false ? (small ? 'more than' : 'less than') : small ? 'at least' : 'at most';
  const boundZh = issue.inclusive === false ? (small ? '大于' : '小于') : small ? '不小于' : '不大于';
  return {
    en: `${shown.en} is too ${small ? 'small' : 'large'}; it must be ${bound} ${String(limit)}.`,
    zh: `${shown.zh}太${small ? '小' : '大'}，须${boundZh} ${String(limit)}。`,
  };
}

function howToFix(issue: SchemaIssue, found: unknown, path: readonly PropertyKey[], guide: FieldGuide | undefined): Bilingual {
  const choices = issue.code === 'invalid_value' ? (issue.values ?? guide?.choices ?? []).map(String) : [];
  if (choices.length) {
    const suggestion = typeof found === 'string' ? nearest(found, choices) : undefined;
    const example = suggestion ? exampleWith(path, suggestion) : guide?.example;
    const hint: Bilingual = suggestion ? { en: ` Did you mean "${suggestion}"?`, zh: `是不是“${suggestion}”？` } : { en: '', zh: '' };
    return {
      en: `${hint.en} Write one of: ${choices.join(', ')}${example ? ` (e.g. ${example})` : ''}.`,
      zh: `${hint.zh}请写以下之一：${choices.join(', ')}${example ? `（例如 ${example}）` : ''}。`,
    };
  }
  if (!guide) return { en: '', zh: '' };
  const example = guide.example ? { en: ` (e.g. ${guide.example})`, zh: `（例如 ${guide.example}）` } : { en: '', zh: '' };
  return { en: ` Write ${guide.write.en}${example.en}.`, zh: `请填写：${guide.write.zh}${example.zh}。` };
}

/** A right value in the place of the wrong one: `topics: [heating]` for `topics[1]`, `kind: news` for `kind`. */
function exampleWith(path: readonly PropertyKey[], value: string): string {
  const last = path.at(-1);
  if (typeof last === 'number') {
    const list = path.at(-2);
    return `${String(list)}: [${value}]`;
  }
  return `${String(last)}: ${value}`;
}

/** The allowed value a typo most likely meant, when it is close enough to be a typo. */
function nearest(value: string, choices: readonly string[]): string | undefined {
  const lower = value.trim().toLowerCase();
  const best = closest(lower, [...choices]);
  return distance(lower, best) <= Math.max(1, Math.floor(best.length / 3)) ? best : undefined;
}

function show(value: unknown): Bilingual {
  if (value === undefined) return { en: 'nothing', zh: '空值' };
  if (value === null) return { en: 'an empty value', zh: '空值' };
  if (typeof value === 'string') return { en: JSON.stringify(value), zh: `“${value}”` };
  if (value instanceof Date) return { en: value.toISOString().slice(0, 10), zh: value.toISOString().slice(0, 10) };
  if (Array.isArray(value)) return { en: 'the list', zh: '这个列表' };
  if (typeof value === 'object') return { en: 'the group of fields', zh: '这组字段' };
  return { en: String(value), zh: String(value) };
}

function kindOf(value: unknown): Bilingual {
  if (value === null) return { en: 'empty', zh: '空的' };
  if (typeof value === 'string') return { en: 'text', zh: '文本' };
  if (typeof value === 'number') return { en: 'a number', zh: '数字' };
  if (typeof value === 'boolean') return { en: 'true/false', zh: '是非值' };
  if (value instanceof Date) return { en: 'a date', zh: '日期' };
  if (Array.isArray(value)) return { en: 'a list', zh: '列表' };
  return { en: 'a group of fields', zh: '一组字段' };
}

function expectedKind(expected: string | undefined): Bilingual {
  switch (expected) {
    case 'string':
      return { en: 'text', zh: '文本' };
    case 'number':
      return { en: 'a number (write it without quotes)', zh: '数字（不加引号）' };
    case 'boolean':
      return { en: 'true or false', zh: 'true 或 false' };
    case 'array':
    case 'tuple':
      return { en: 'a list ([…])', zh: '列表（[…]）' };
    case 'object':
      return { en: 'a group of fields ({ … })', zh: '一组字段（{ … }）' };
    default:
      return { en: expected ?? 'something else', zh: expected ?? '别的值' };
  }
}
