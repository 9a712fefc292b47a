// The Markdown text of an article file without its frontmatter, as Astro's glob loader makes an entry's
// `body` (parseFrontmatter with the frontmatter blanked, then trimmed). The `.md` collection is loaded
// with `retainBody: false` (src/content.config.ts): Astro writes its whole content store as one module
// and compiles it on every build, and the bodies were a third of its 100 MB at 10,000 articles; the pages
// render the file themselves (lib/markdown/article-html.ts), and the few readers of the text (the translation
// hash, the cache keys, the charts placed by tag) get it from the file here, read once per build
// (src/lib/content/articles.ts).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';

/** The body of a Markdown file's text, byte for byte the `body` Astro's glob loader gives its entry. */
export function markdownBody(code: string): string {
  // Astro's own pattern finds the block (no YAML parsed: its readers need only the text), and Astro removes the
  // first occurrence of it as written, between the delimiters it opens with (after a BOM or blank lines, which
  // trimStart passes); blanked or removed, trim() leaves the same.
  const raw = extractFrontmatter(code);
  if (raw === undefined) return code.trim();
  const delims = code.trimStart().slice(0, 3);
  return code.replace(`${delims}${raw}${delims}`, '').trim();
}

/** The body of the file at `filePath` (relative to the project root, as an entry's `filePath` is). */
export function readMarkdownBody(filePath: string, root = process.cwd()): string {
  return markdownBody(readFileSync(resolve(root, filePath), 'utf8'));
}
