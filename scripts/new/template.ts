// The file `npm run new` writes: frontmatter in which every field has its meaning above it (the same
// words the content check uses, src/lib/content/field-guide.ts), optional fields as commented-out
// examples, and a one-line body to replace. Pure: the CLI decides where it goes and writes it.
import { ARTICLE_FIELDS } from '../../src/lib/content/field-guide.ts';
import { slugify } from '../ingest/ids.ts';
import type { NewArticleRequest } from './options.ts';

/** The body a new file starts with; the content check warns while it is still there. */
export const PLACEHOLDER_BODY = {
  zh: '在此写正文。每段一行，段与段之间空一行。',
  en: 'Write the article here. One paragraph per line, with a blank line between paragraphs.',
} as const;

export interface Scaffold {
  id: string;
  /** Under the content folder: `articles/zh/<id>.md`. */
  file: string;
  text: string;
  /** Site-relative page path, without the base: `zh/articles/<id>/`. */
  page: string;
}

/**
 * `idsInUse`: every id an article, draft, translation or old address (content/redirects.yaml) has; a
 * new Chinese article gets the title's pinyin slug, made unique with `-2`, `-3` ….
 */
export function scaffoldArticle(request: NewArticleRequest, idsInUse: ReadonlySet<string>): Scaffold {
  const id = request.translationOf ?? request.id ?? uniqueId(slugify(request.title), idsInUse);
  const lines = request.translationOf ? translationFields(request) : articleFields(request);
  const header = [
    request.translationOf
      ? `# English translation of content/articles/zh/${request.translationOf}, written with \`npm run new\`.`
      : request.lang === 'en'
        ? '# A hand-written English-only article (`npm run new`): it has no Chinese version; the Chinese page says so.'
        : '# A hand-written article (`npm run new`): it comes from no seed, and ingest never touches it.',
    '# Each field has its meaning above it, in English / 中文. Lines starting with # are comments: remove the #',
    '# to use an optional field, or delete comments you no longer need. `npm run check:content` checks the file.',
  ];
  const body = PLACEHOLDER_BODY[request.lang];
  return {
    id,
    file: `articles/${request.lang}/${id}.${request.format}`,
    text: `---\n${[...header, ...lines].join('\n')}\n---\n\n${body}\n`,
    page: `${request.lang}/articles/${id}/`,
  };
}

export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** A Chinese article, or an English-only one (no `translationOf`: it carries its own places and topics). */
function articleFields(r: NewArticleRequest): string[] {
  return [
    ...field('id', undefined, r.id ? `id: ${r.id}` : undefined),
    ...field('title', `title: ${quote(r.title)}`),
    ...field('subtitle'),
    ...field('kicker'),
    ...field('lang', `lang: ${r.lang}`),
    ...field('kind', 'kind: article', undefined, 'one of: article, news, photo-news, commentary, sidebar'),
    ...field('byline'),
    ...field('year', r.year === undefined ? undefined : `year: ${r.year}`),
    ...field('regions', `regions: ${flowList(r.regions)}`),
    ...field('topics', `topics: ${flowList(r.topics)}`),
    ...field('captions'),
    ...draftField(r),
    ...field('figures'),
    ...(r.format === 'mdx'
      ? [
          '',
          '# Charts in the text (.mdx only): a line of its own in the body such as',
          '#   <FigureChart measure="heating-network-km" />   or   <FigureChart ids={["<figure id>"]} />',
          '# draws the figures of content/figures/*.json (see content/README.md, "Charts in an article").',
        ]
      : []),
  ];
}

function translationFields(r: NewArticleRequest): string[] {
  return [
    ...field('title', `title: ${quote(r.title)}`),
    ...field('subtitle'),
    ...field('kicker'),
    ...field('lang', 'lang: en'),
    ...field('translationOf', `translationOf: ${r.translationOf}`),
    '',
    `# sourceHash: ${ARTICLE_FIELDS.sourceHash!.write.en}`,
    `#   / ${ARTICLE_FIELDS.sourceHash!.write.zh}`,
    `#   Until then the page says the translation may be out of date: run \`npm run translations -- --stamp ${r.translationOf}\``,
    '#   once the English says all the Chinese says.',
    ...field('translator'),
    ...field('captions'),
    ...draftField(r),
  ];
}

function draftField(r: NewArticleRequest): string[] {
  return [
    ...field('draft', `draft: ${r.draft}`),
    '# A draft is left out of every page, listing, feed, sitemap and search, in `npm run dev` too.',
  ];
}

/**
 * A field with its meaning above it: the given line, or else a commented-out example. `choices`
 * replaces the guide's list where the guide's words would be long.
 */
function field(name: string, line?: string, override?: string, choices?: string): string[] {
  const guide = ARTICLE_FIELDS[name]!;
  const en = choices ? `${guide.write.en}, ${choices}` : guide.write.en;
  return ['', `# ${name}: ${en}`, `#   / ${guide.write.zh}`, override ?? line ?? `# ${guide.example}`];
}

function flowList(values: readonly string[]): string {
  return `[${values.map((v) => (/^[\p{L}\p{N}-]+$/u.test(v) ? v : quote(v))).join(', ')}]`;
}

/** Double-quoted YAML: valid for any text (JSON strings are YAML strings). */
function quote(text: string): string {
  return JSON.stringify(text);
}
