// `npm run new -- --title "…" [--region 壶关县] [--topic heating] [--lang zh|en] [--translation-of <id>] …`
// Writes a new article file with every frontmatter field explained, checks it as the build will, and
// prints where it is and the address to preview it at. Never overwrites a file.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { readArticleFiles, summarise } from '../content/article-files.ts';
import { checkArticle } from '../content/check-article.ts';
import { formatFinding } from '../content/format.ts';
import { loadRedirects } from '../redirects/load.ts';
import { checkOptions, USAGE } from './options.ts';
import { scaffoldArticle } from './template.ts';
import { readOptions, runCommand } from '../lib/command.ts';

async function main(argv: string[]): Promise<number> {
  const read = readOptions('new', USAGE, argv, {
    title: { type: 'string' },
    region: { type: 'string', multiple: true },
    topic: { type: 'string', multiple: true },
    lang: { type: 'string' },
    'translation-of': { type: 'string' },
    id: { type: 'string' },
    year: { type: 'string' },
    mdx: { type: 'boolean' },
    draft: { type: 'boolean' },
    content: { type: 'string', default: 'content' },
  });
  if (read.exit !== undefined) return read.exit;
  const { values } = read;

  const articles = (await readArticleFiles(values.content)).map(summarise);
  const chinese = new Set(articles.filter((a) => a.lang === 'zh').map((a) => a.id));
  const checked = checkOptions(values, chinese);
  if (!checked.ok) {
    for (const e of checked.errors) console.error(`new: ${e}`);
    console.error('new: nothing written. `npm run new -- --help` lists the options.');
    return 2;
  }
  for (const w of checked.warnings) console.error(`new: note: ${w}`);

  const { redirects } = await loadRedirects(values.content, articles);
  const inUse = new Set([...articles.map((a) => a.id), ...articles.map((a) => a.file.entryId.replace(/^.*\//, '')), ...redirects.map((r) => r.from)]);
  const request = checked.request;
  if (request.id && inUse.has(request.id)) {
    console.error(`new: --id ${request.id} is already used by an article or an old address (content/redirects.yaml); choose another.`);
    return 2;
  }
  const scaffold = scaffoldArticle(request, inUse);
  const path = join(values.content, scaffold.file);
  const existing = articles.find((a) => a.lang === 'en' && (a.translationOf ?? a.id) === request.translationOf);
  if (request.translationOf && existing) {
    console.error(`new: ${request.translationOf} already has a translation: ${existing.file.path}. Edit that file instead.`);
    return 2;
  }

  // The scaffold must be a file the build accepts; a problem here is a bug in `new`, not in the input.
  const problems = checkArticle(path, scaffold.text).findings.filter((f) => f.severity === 'error');
  if (problems.length) throw new Error(`the new file would not pass the content check:\n${problems.map(formatFinding).join('\n')}`);

  await mkdir(dirname(path), { recursive: true });
  try {
    await writeFile(path, scaffold.text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    console.error(`new: ${path} already exists; nothing written. Pass --id to choose another id.`);
    return 2;
  }
  const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  console.log(`created ${path}`);
  const original = articles.find((a) => a.lang === 'zh' && a.id === request.translationOf);
  if (original) console.log(`translate from ${original.file.path}`);
  console.log(`preview: run \`npm run dev\`, then open http://localhost:4321${base}${scaffold.page}`);
  if (request.draft) console.log('(a draft is not shown, in `npm run dev` either: set draft: false to preview it)');
  return 0;
}

// Wrong options are reported above in plain words; anything reaching here is a bug in `new`.
runCommand('new', '`npm run new`, not in your options', () => main(process.argv.slice(2)));
