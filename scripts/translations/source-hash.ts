// What an English translation promises to match: the Chinese title, subtitle and body text.
// Frontmatter bookkeeping (regions, warnings, ingestHash …) is left out, so only a change a translator
// would have to carry over marks a translation out of date.
import { createHash } from 'node:crypto';

export interface TranslatableSource {
  title: string;
  subtitle?: string;
  /** The article body as written in the file (Markdown/MDX), without frontmatter. */
  body: string;
}

export function sourceHashOf({ title, subtitle, body }: TranslatableSource): string {
  const normalised = [title.trim(), (subtitle ?? '').trim(), body.replace(/\r\n?/g, '\n').trim()].join('\n\n');
  return `sha256-${createHash('sha256').update(normalised).digest('hex').slice(0, 16)}`;
}

/** The body of a Markdown/MDX file: what follows its frontmatter. */
export function bodyOf(fileText: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(fileText);
  return match ? fileText.slice(match[0].length) : fileText;
}
