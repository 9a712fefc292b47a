// The Markdown processor for articles (.md and .mdx), for astro.config.mjs:
//
//   import { articleProcessor } from './src/lib/markdown/article-processor.ts';
//   export default defineConfig({ markdown: { processor: articleProcessor() }, integrations: [mdx()] });
//
// @astrojs/mdx uses `markdown.processor` for .mdx too, features included. Sätteri is Astro 7's default
// processor; this is it with two Markdown features off, so that text ingest writes shows as printed
// (scripts/ingest/emit/escape.ts relies on it), plus paragraph anchors, the marks where text is missing
// (gap-markers.ts) and numbers kept with their units (figure-values.ts):
// - GFM would turn bare URLs (`www.example.com`, `https://…`, `a@b.com`) into links, and no escape
//   prevents it; its tables, strikethrough and footnotes go with it.
// - Smart punctuation (on by default in Astro) would curl "quotes" and turn -- into – and ... into ….
// `options.code` is the digest of this processor's own code (code-digest.ts): Astro hashes the config's
// JSON to know when its content store is stale, and plugins, being functions, are not in it.

import { satteri } from '@astrojs/markdown-satteri';
import { fileURLToPath } from 'node:url';
import { codeDigest } from './code-digest.ts';
import { gapMarkers } from './gap-markers.ts';
import { figureValues } from './figure-values.ts';
import { paragraphAnchors } from './paragraph-anchors.ts';

export function articleProcessor(): ReturnType<typeof satteri> {
  const processor = satteri({
    hastPlugins: [paragraphAnchors(), gapMarkers(), figureValues()],
    features: { gfm: false, smartPunctuation: false },
  });
  Object.assign(processor.options, { code: codeDigest(fileURLToPath(import.meta.url)) });
  return processor;
}
