// The Markdown text of an article file without its frontmatter, as Astro's glob loader makes an entry's
// `body` (parseFrontmatter with the frontmatter blanked, then trimmed). The `.md` collection is loaded
// with `retainBody: false` (src/content.config.ts): Astro writes its whole content store as one module
// and compiles it on every build, and the bodies were a third of its 100 MB at 10,000 articles; the pages
// render the HTML Astro keeps, and the few readers of the text (the translation hash, the cache keys, the
// charts placed by tag) get it from the file here, read once per build (src/lib/content/articles.ts).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Astro's frontmatter pattern (@astrojs/internal-helpers/frontmatter): at the start, after a BOM or blank lines. */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

/** The body of a Markdown file's text, byte for byte the `body` Astro's glob loader gives its entry. */
export function markdownBody(code: string): string {
  const match = FRONTMATTER.exec(code);
  if (!match) return code.trim();
  const delims = match[1]!;
  // Astro removes the first occurrence of the block as written; blanked or removed, trim() leaves the same.
  return code.replace(`${delims}${match[2]}${delims}`, '').trim();
}

/** The body of the file at `filePath` (relative to the project root, as an entry's `filePath` is). */
export function readMarkdownBody(filePath: string, root = process.cwd()): string {
  return markdownBody(readFileSync(resolve(root, filePath), 'utf8'));
}
