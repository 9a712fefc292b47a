// `npm run check:content -- [--content DIR] [--warn-only] [--quiet]`, also run by `npm run build` (after
// ingest, before Astro) and `npm run dev`: checks every article file, figure file and
// content/redirects.yaml, and prints an editor's checklist (file:line, field, what is wrong, a right
// value, in English and Chinese).
// Exits 1 when there is an error, so the build stops before Astro prints its own message; --warn-only
// prints the same and exits 0 (for `npm run dev`, which shows the page as soon as the file is fixed).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadRedirects } from '../redirects/load.ts';
import { readArticleFiles, summarise } from './article-files.ts';
import { checkContent, type FigureFile } from './check-content.ts';
import { formatFinding, summaryLine } from './format.ts';
import { readOptions, runCommand } from '../lib/command.ts';

const USAGE = 'usage: node scripts/content/check.ts [--content DIR] [--warn-only] [--quiet]';

async function main(argv: string[]): Promise<number> {
  const read = readOptions('content check', USAGE, argv, {
    content: { type: 'string', default: 'content' },
    'warn-only': { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  });
  if (read.exit !== undefined) return read.exit;
  const { values } = read;
  const articles = await readArticleFiles(values.content);
  if (!articles.length) {
    console.error(`content check: no article files (.md, .mdx) under ${join(values.content, 'articles')}; pass --content DIR.`);
    return 2;
  }
  const checked = checkContent(articles, await readFigureFiles(values.content));
  const redirects = await loadRedirects(values.content, articles.map(summarise));
  const findings = [...checked.findings, ...redirects.findings];
  for (const f of findings) console.error(formatFinding(f));
  const hasErrors = findings.some((f) => f.severity === 'error');
  // --quiet leaves out only the all-clear line; problems are always printed.
  if (findings.length || !values.quiet) (hasErrors ? console.error : console.log)(summaryLine(findings, checked.files + 1));
  return hasErrors && !values['warn-only'] ? 1 : 0;
}

async function readFigureFiles(content: string): Promise<FigureFile[]> {
  const dir = join(content, 'figures');
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.json')).sort();
  return Promise.all(names.map(async (name) => ({ path: join(dir, name), text: await readFile(join(dir, name), 'utf8') })));
}

// Problems in content are reported above by file and line; anything reaching here is a bug in the check.
runCommand('content check', 'the check, not in your files', () => main(process.argv.slice(2)));
