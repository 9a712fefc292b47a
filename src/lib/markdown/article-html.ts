// An article file's HTML, rendered when a page shows it (issue 17). Astro's glob loader renders every `.md`
// entry when content syncs and keeps the HTML in its content store, which it reads and writes whole on every
// build: at 10,000 articles the HTML was 23 MB of the store's 36 MB, and a one-article rebuild spent ~4 s of
// CPU reading, parsing, serialising and writing it (profiled). The articles' collection keeps no HTML
// (src/content.config.ts, lib/content/no-html.ts); a page renders its article's file here, as Astro's
// Markdown entry type would have: Astro's frontmatter reader, the body trimmed, the site's processor
// (articleProcessor, astro.config.mjs `markdown.processor`) with the options Astro gives it. The incremental
// build renders only the pages whose keys changed, so a rebuild renders a few articles, and the processor's
// code is part of every article page's code hash, as the store's HTML was part of its key. A file shown by
// several pages (its own, the other language's, both parallel pages) is rendered once per build: the HTML is
// kept in memory while the file is the same file (its identity), as the store kept it before (~16 MB of
// strings at 10,000 articles).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { identityOf } from '../content/file-identity.ts';
import { articleProcessor } from './article-processor.ts';

type Renderer = Awaited<ReturnType<ReturnType<typeof articleProcessor>['createRenderer']>>;

let renderer: Promise<Renderer> | undefined;
const rendered = new Map<string, { identity: string; html: Promise<string> }>();

/** The HTML of the `.md` file at `filePath` (relative to the project root, as an entry's `filePath` is). */
export async function articleHtml(filePath: string, root = process.cwd()): Promise<string> {
  // As astro/dist/vite-plugin-markdown/content-entry-type.js: syntax highlighting off (astro.config.mjs); the
  // processor's own switches (no GFM, no smart punctuation) win over Astro's defaults.
  renderer ??= articleProcessor().createRenderer({ syntaxHighlight: false } as Parameters<ReturnType<typeof articleProcessor>['createRenderer']>[0]);
  const file = resolve(root, filePath);
  const identity = identityOf(file);
  const known = rendered.get(file);
  if (known?.identity === identity) return known.html;
  const html = render(await renderer, file);
  rendered.set(file, { identity, html });
  return html;
}

async function render(renderer: Renderer, file: string): Promise<string> {
  const { frontmatter, content } = parseFrontmatter(readFileSync(file, 'utf8'), { frontmatter: 'empty-with-spaces' });
  return (await renderer.render(content.trim(), { frontmatter, fileURL: pathToFileURL(file) })).code;
}
