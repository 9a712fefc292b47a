// Where an English translation stands against its Chinese source, and the source hash that decides it:
// a translation records the hash of the Chinese text it was made from (`sourceHash`), and is out of date
// once the Chinese text hashes differently. The site's pages (src/lib/content/catalog.ts) and
// `npm run translations` (scripts/translations/cli.ts, which stamps the hash) read both from here.
// Only the title, subtitle and body count: frontmatter bookkeeping (regions, warnings, ingestHash …) is
// left out, so only a change a translator would have to carry over marks a translation out of date.
import { createHash } from 'node:crypto';

export type TranslationState = 'translated' | 'outdated' | 'missing';

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

export interface SourceArticle {
  id: string;
  title: string;
  hash: string;
}

export interface Translation {
  id: string;
  translationOf: string;
  sourceHash: string;
}

export interface StatusRow {
  id: string;
  title: string;
  state: TranslationState;
  translation?: string;
}

export function translationStatus(sources: SourceArticle[], translations: Translation[]): StatusRow[] {
  const byOriginal = new Map(translations.map((t) => [t.translationOf, t]));
  return sources.map((s) => {
    const t = byOriginal.get(s.id);
    if (!t) return { id: s.id, title: s.title, state: 'missing' };
    return { id: s.id, title: s.title, state: t.sourceHash === s.hash ? 'translated' : 'outdated', translation: t.id };
  });
}
