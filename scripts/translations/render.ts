// The English file a set of translated units makes: the Chinese article's shape (its units and body
// blocks, units.ts) filled with the English of each unit, and the frontmatter a translation carries
// (`title` … `byline`, `captions` in body order, `lang: en`, `translationOf`, `sourceHash`, `checked`).
// Written over an existing English file it changes only what differs (fields.ts), so importing the
// translation a file already holds gives that file back byte for byte.
import { readFrontmatter } from '../ingest/frontmatter.ts';
import { withoutHashLine } from '../ingest/hash.ts';
import { setFields, type FieldValue } from './fields.ts';
import type { CutArticle } from './units.ts';

export interface RenderInput {
  /** The Chinese article's id, which the English file names in `translationOf`. */
  id: string;
  source: CutArticle;
  /** The English of each unit, by unit id; every unit of `source` must have one. */
  english: ReadonlyMap<string, string>;
  sourceHash: string;
  /** The day to record in `checked` when the translation changes (YYYY-MM-DD). */
  day: string;
  /** The English file as it is now, if there is one. */
  existing?: string;
}

/** The English file's text. */
export function renderTranslation({ id, source, english, sourceHash, day, existing }: RenderInput): string {
  const en = (unit: string) => {
    const text = english.get(unit);
    if (text === undefined) throw new Error(`renderTranslation: no English for unit ${unit} of ${id}`);
    return text;
  };
  const has = (unit: string) => source.units.some((u) => u.id === unit);
  const blocks = source.blocks.map((b) => ('fixed' in b ? b.fixed : `${b.before}${en(b.unit)}${b.after}`));
  const body = `\n${blocks.join('\n\n')}\n`;
  const fields = (checked: string | undefined): [string, FieldValue][] => [
    ['title', en('title')],
    ['subtitle', has('subtitle') ? en('subtitle') : undefined],
    ['kicker', has('kicker') ? en('kicker') : undefined],
    ['lang', 'en'],
    ['translationOf', id],
    ['sourceHash', sourceHash],
    ['checked', checked],
    ['byline', has('byline') ? en('byline') : undefined],
    ['captions', source.units.filter((u) => u.kind === 'caption').map((u) => en(u.id))],
  ];
  const base = existing === undefined ? '---\n---\n' : frontmatterOf(existing);
  const before = existing === undefined ? undefined : readFrontmatter(existing)?.checked;
  const keep = setFields(base, fields(typeof before === 'string' ? before : day)) + body;
  if (existing !== undefined && withoutHashLine(keep) === withoutHashLine(existing)) return existing;
  return setFields(base, fields(day)) + body;
}

/** The `---` … `---` lines that open a file (all of it when they are not closed). */
function frontmatterOf(text: string): string {
  return /^---\n(?:[\s\S]*?\n)?---\n/.exec(text)?.[0] ?? '---\n---\n';
}
