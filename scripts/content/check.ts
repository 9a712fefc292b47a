// `npm run check:content -- [--content DIR] [--warn-only] [--quiet]`, also run by `npm run build` (after
// ingest, before Astro) and `npm run dev`: checks every article file, figure file and
// content/redirects.yaml, and prints an editor's checklist (file:line, field, what is wrong, a right
// value, in English and Chinese).
// Exits 1 when there is an error, so the build stops before Astro prints its own message; --warn-only
// prints the same and exits 0 (for `npm run dev`, which shows the page as soon as the file is fixed).
// --notes FILE (given by `npm run build`) keeps what each file said on its own between runs, by the file's
// identity, so that a rebuild after one edit reads that file alone (issue 17).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadRedirects } from '../redirects/load.ts';
import { listArticleFiles, readArticleFiles, summarise } from './article-files.ts';
import { acrossFiles, checkArticleFile, figureFileFindings, type ArticleVerdict } from './check-content.ts';
import type { Finding } from './check-article.ts';
import { formatFinding, summaryLine } from './format.ts';
import { readOptions, runCommand } from '../lib/command.ts';
import { codeVersion } from '../lib/code-version.ts';
import { FileNotes } from '../lib/file-notes.ts';

const USAGE = 'usage: node scripts/content/check.ts [--content DIR] [--warn-only] [--quiet] [--notes FILE]';

async function main(argv: string[]): Promise<number> {
  const read = readOptions('content check', USAGE, argv, {
    content: { type: 'string', default: 'content' },
    'warn-only': { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    notes: { type: 'string' },
  });
  if (read.exit !== undefined) return read.exit;
  const { values } = read;
  const articles = await listArticleFiles(values.content);
  if (!articles.length) {
    console.error(`content check: no article files (.md, .mdx) under ${join(values.content, 'articles')}; pass --content DIR.`);
    return 2;
  }
  // With --notes, what each file said on its own is kept by the file's identity and the check's code
  // (lib/file-notes.ts, lib/code-version.ts): a rebuild reads only the files that changed.
  const notes = values.notes === undefined ? undefined : new FileNotes<ArticleVerdict | Finding[]>(values.content, values.notes, `${codeVersion()}\0${values.content}`);
  const onItsOwn = <T extends ArticleVerdict | Finding[]>(path: string, check: (text: string) => T): T =>
    notes ? (notes.note(relative(values.content, path), (bytes) => check(bytes.toString('utf8'))) as T) : check(readFileSync(path, 'utf8'));
  const checked = articles.map((file) => ({ path: file.path, verdict: onItsOwn(file.path, (text) => checkArticleFile({ ...file, text })) }));
  const figures = figurePaths(values.content);
  const figureFindings = figures.flatMap((path) => onItsOwn(path, (text) => figureFileFindings({ path, text })));
  notes?.save();
  const across = acrossFiles(checked, (path) => readFileSync(path, 'utf8'));
  const redirects = await loadRedirects(values.content, async () => (await readArticleFiles(values.content)).map(summarise));
  const findings = [...checked.flatMap((c) => c.verdict.findings), ...across, ...figureFindings, ...redirects.findings];
  for (const f of findings) console.error(formatFinding(f));
  const hasErrors = findings.some((f) => f.severity === 'error');
  // --quiet leaves out only the all-clear line; problems are always printed.
  if (findings.length || !values.quiet) (hasErrors ? console.error : console.log)(summaryLine(findings, articles.length + figures.length + 1));
  return hasErrors && !values['warn-only'] ? 1 : 0;
}

function figurePaths(content: string): string[] {
  const dir = join(content, 'figures');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));
}

// Problems in content are reported above by file and line; anything reaching here is a bug in the check.
runCommand('content check', 'the check, not in your files', () => main(process.argv.slice(2)));
