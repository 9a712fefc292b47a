// Content collections: the schemas are the contract between ingest, editors and the pages.
// Articles are one archive in two collections, by file type, merged by src/lib/content/articles.ts:
// - `.md` (everything ingest writes, and most editors' files) is rendered by the page that shows it, from its
//   file (lib/markdown/article-html.ts); the store keeps no HTML (lib/content/no-html.ts). No module per
//   article: with a module per article, the bundler held over 3 GB at 10,000 articles.
// - `.mdx` (files that place charts with <FigureChart>) must be compiled into modules; deferRender keeps
//   their HTML out of the content store until a page renders them.
import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { articleSchema } from './domain/article.ts';
import { compactPlan, literalPatterns } from './lib/content/compact-catalog.ts';
import { figureFiles } from './lib/content/figure-loader.ts';
import { keptGlob } from './lib/content/kept-glob.ts';
import { withoutHtml } from './lib/content/no-html.ts';
import { withEditorMessages } from './lib/content/schema-errors.ts';

const base = './content/articles';
// A wrong field is reported in plain words, English and Chinese, with a right value to copy.
const schema = withEditorMessages(articleSchema);

// Neither the text of a .md entry nor its HTML is kept in the content store (retainBody: false, and
// deferRender with no-html.ts): Astro reads and writes the whole store on every build, and at 10,000 articles
// the bodies were a third of it and the HTML 23 MB of the 36 MB left. The catalog reads the text from the file
// (lib/content/markdown-body.ts), and the article's pages render it (lib/markdown/article-html.ts).
// A group's shard (`npm run build -- --shard 2024`) loads only its own reports' files; what its pages show of
// the others comes from the compact catalog (lib/content/compact-catalog.ts). The hub loads no article file
// here (its catalog reads them itself: it renders no report's text). Every other build loads them all.
const plan = compactPlan();
const pattern = (extension: string) => (plan?.kind === 'group' ? literalPatterns(plan.files, base, extension) : plan?.kind === 'hub' ? [] : `**/*${extension}`);
// A shard without files of one kind loads none (an empty list of patterns is not "nothing" to every glob).
const none = (p: string | string[]) => Array.isArray(p) && p.length === 0;
const mdPattern = pattern('.md');
const mdxPattern = pattern('.mdx');

// The whole folder (every build but a shard's) goes through keptGlob: Astro's glob() for the files changed since
// the last sync only (lib/content/kept-glob.ts; at 10,000 articles reading every file was most of the sync).
const loader = (p: string | string[], options: { retainBody?: boolean; deferRender?: boolean }, extension: string) =>
  none(p) ? () => [] : typeof p === 'string' ? keptGlob({ base, extension, ...options }) : glob({ pattern: p, base, ...options });
const articles = defineCollection({ loader: withoutHtml(loader(mdPattern, { retainBody: false, deferRender: true }, '.md')), schema });
const articlesMdx = defineCollection({ loader: loader(mdxPattern, { deferRender: true }, '.mdx'), schema });

// content/figures/<id>.json as raw text, checked when the catalog is built (outside the pages' module graph).
const figures = defineCollection({ loader: figureFiles(plan?.kind === 'group' ? plan.ids : undefined) });

export const collections = { articles, articlesMdx, figures };
