// The English glossary content/glossary.yaml, as editors write it. Each entry is checked on its own so
// that a mistake names the file, line, section and key and says what to write; editors fix this file by
// hand and should not have to read a zod error.
import { z } from 'astro/zod';
import { LineCounter, parseDocument, isMap, isScalar, type Document } from 'yaml';
import { TOPICS, type Topic } from '../../domain/topics.ts';

const phrase = z.string().trim().min(1);

const unitEntrySchema = z.strictObject({
  one: phrase,
  other: phrase,
  symbol: phrase.optional(),
  position: z.enum(['before', 'after', 'joined']).optional(),
  bare: z.boolean().optional(),
});

const subjectObjectSchema = z.strictObject({ en: phrase, one: phrase.optional(), other: phrase.optional() });

export type UnitEntry = z.infer<typeof unitEntrySchema>;

/** What a subject reads as in English, and optionally the noun for what it counts (`3 businesses`). */
export interface SubjectEntry {
  en: string;
  one?: string;
  other?: string;
}

export interface EnglishGlossary {
  units: Record<string, UnitEntry>;
  subjects: Record<string, SubjectEntry>;
  regions: Record<string, string>;
  topics: Partial<Record<Topic, string>>;
  terms: Record<string, string>;
}

export const SECTIONS = ['units', 'subjects', 'regions', 'topics', 'terms'] as const;
type Section = (typeof SECTIONS)[number];

/** An example of a correct entry per section, shown with every mistake. */
const WRITE: Record<Section, string> = {
  units: 'write { one: kilometre, other: kilometres } and, for a symbol, symbol: km (position: before, after or joined)',
  subjects: 'write an English phrase (供热管网: heating network) or { en: businesses, one: business, other: businesses }',
  regions: 'write the English name as text, e.g. 潞州区: Luzhou District',
  topics: 'write the English label as text, e.g. heating: Heating',
  terms: 'write the English as text, e.g. 市博物馆: Changzhi Museum',
};

export class GlossaryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GlossaryError';
  }
}

export const EMPTY_ENGLISH_GLOSSARY: EnglishGlossary = { units: {}, subjects: {}, regions: {}, topics: {}, terms: {} };

/**
 * The glossary in `text` (YAML). `fileName` is how messages name the file (`content/glossary.yaml`).
 * Throws a GlossaryError listing every problem, each with its line, section and key.
 */
export function parseGlossaryYaml(fileName: string, text: string): EnglishGlossary {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((e) => `line ${lines.linePos(e.pos[0]).line}: ${e.message.split('\n')[0]}`);
    throw new GlossaryError(`${fileName} is not valid YAML:\n  - ${problems.join('\n  - ')}`);
  }
  const root: unknown = doc.toJS();
  if (root === null || root === undefined) return structuredClone(EMPTY_ENGLISH_GLOSSARY);
  if (!isPlainObject(root)) {
    throw new GlossaryError(`${fileName}: expected sections (${SECTIONS.join(', ')}) at the top level, found ${describe(root)}.`);
  }

  const problems: string[] = [];
  const glossary = structuredClone(EMPTY_ENGLISH_GLOSSARY) as EnglishGlossary;
  const at = (path: string[]) => {
    const line = lineOf(doc, lines, path);
    return line === undefined ? '' : `line ${line}: `;
  };

  for (const [section, entries] of Object.entries(root)) {
    if (!(SECTIONS as readonly string[]).includes(section)) {
      problems.push(`${at([section])}unknown section "${section}"; the sections are ${SECTIONS.join(', ')}`);
      continue;
    }
    const name = section as Section;
    if (entries === null || entries === undefined) continue;
    if (!isPlainObject(entries)) {
      problems.push(`${at([name])}section "${name}" must be a list of key: value entries, found ${describe(entries)}`);
      continue;
    }
    for (const [key, raw] of Object.entries(entries)) {
      const where = `${at([name, key])}section "${name}", key "${key}"`;
      const problem = checkEntry(name, key, raw, glossary);
      if (problem) problems.push(`${where}: ${problem}; ${WRITE[name]}`);
    }
  }
  if (problems.length > 0) {
    throw new GlossaryError(`${fileName}: ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
  }
  return glossary;
}

/** Stores a valid entry in `glossary`; returns what is wrong with an invalid one. */
function checkEntry(section: Section, key: string, raw: unknown, glossary: EnglishGlossary): string | undefined {
  if (section === 'units') {
    const result = unitEntrySchema.safeParse(raw);
    if (!result.success) return issueText(result.error.issues, raw);
    glossary.units[key] = result.data;
    return undefined;
  }
  if (section === 'subjects') {
    if (typeof raw === 'string') {
      const result = phrase.safeParse(raw);
      if (!result.success) return 'the English is empty';
      glossary.subjects[key] = { en: result.data };
      return undefined;
    }
    if (!isPlainObject(raw)) return `expected an English phrase or { en: …, one: …, other: … }, found ${describe(raw)}`;
    const result = subjectObjectSchema.safeParse(raw);
    if (!result.success) return issueText(result.error.issues, raw);
    if ((result.data.one === undefined) !== (result.data.other === undefined)) {
      return `give both "one" and "other" (the noun for 1 and for more), or neither`;
    }
    glossary.subjects[key] = result.data;
    return undefined;
  }
  if (section === 'topics' && !(TOPICS as readonly string[]).includes(key)) {
    return `"${key}" is not a topic; the topics are ${TOPICS.join(', ')}`;
  }
  const result = phrase.safeParse(raw);
  if (!result.success) return typeof raw === 'string' ? 'the English is empty' : `expected text, found ${describe(raw)}`;
  if (section === 'topics') glossary.topics[key as Topic] = result.data;
  else glossary[section][key] = result.data;
  return undefined;
}

interface Issue {
  code: string;
  path: PropertyKey[];
  keys?: string[];
  values?: unknown[];
}

function issueText(issues: readonly Issue[], raw: unknown): string {
  return issues.map((issue) => oneIssueText(issue, raw)).join('; ');
}

function oneIssueText(issue: Issue, raw: unknown): string {
  if (issue.path.length === 0) {
    if (issue.code === 'unrecognized_keys') return `unknown field(s) ${(issue.keys ?? []).map((k) => `"${k}"`).join(', ')}`;
    return `expected { … } with fields, found ${describe(raw)}`;
  }
  const field = String(issue.path[0]);
  const found = isPlainObject(raw) ? raw[field] : undefined;
  if (issue.code === 'invalid_value') {
    return `field "${field}" is ${describe(found)} but must be one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
  }
  if (found === undefined) return `field "${field}" is missing`;
  if (typeof found === 'string' && found.trim() === '') return `field "${field}" is empty`;
  return `field "${field}" is ${describe(found)}, which is not allowed there`;
}

function lineOf(doc: Document, lines: LineCounter, path: string[]): number | undefined {
  let node: unknown = doc.contents;
  let offset: number | undefined;
  for (const key of path) {
    if (!isMap(node)) return offset === undefined ? undefined : lines.linePos(offset).line;
    const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === key);
    if (!pair) break;
    offset = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
    node = pair.value;
  }
  return offset === undefined ? undefined : lines.linePos(offset).line;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}
