// Writes the compact catalog (src/lib/content/compact-catalog.ts) before a group's shard runs astro: one small
// record per published report, made by the catalog's own code (buildCatalog, the measure pages, the cache keys'
// summary digest) from every article and figure file, read outside Astro in this short process, so the
// shard's astro loads only its group's files (issue 17). What each article file says (its parsed frontmatter,
// translation hash, whether its text places charts) is kept by the file's identity (scripts/lib/file-notes.ts),
// so a rebuild parses only the files that changed; figure files are read every time (their records are needed
// whole to work out which figures have a measure page). The file is rewritten only when its bytes change.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { measureOfFigure, measurePages } from '../../src/components/measures/measure-pages.ts';
import type { ArticleData } from '../../src/domain/article.ts';
import type { FigureRecord } from '../../src/domain/figure.ts';
import { sourceHashOf } from '../../src/domain/translation.ts';
import { summaryDigest } from '../../src/lib/cache-keys.ts';
import { buildCatalog, CatalogError, type ArticleEntry } from '../../src/lib/content/catalog.ts';
import { ARTICLES_DIR, ArticleFileError, articleEntry, articlePaths } from '../../src/lib/content/article-file.ts';
import { compactCatalog, serialiseCompact } from '../../src/lib/content/compact-catalog.ts';
import { FigureFileError, parseFigureFile } from '../../src/lib/content/figure-schema.ts';
import { FIGURES_DIR } from '../../src/lib/content/figure-loader.ts';
import { FileNotes } from '../lib/file-notes.ts';

/** Where the build writes it (CZ_CATALOG names it to astro). */
export const COMPACT_CATALOG = join('node_modules', '.cache', 'cz-build', 'catalog.json');
const NOTES = join('node_modules', '.cache', 'cz-build', 'catalog-notes.json');

/** What an article file says, as Astro's loader and schema read it. */
interface FileNote {
  data: ArticleData;
  sourceHash: string;
  charts: boolean;
}

/** A file whose frontmatter the schema refuses: the shard's astro would stop on it too, naming the field. */
export class CompactCatalogError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CompactCatalogError';
  }
}

/** One article file's note: its entry as Astro's loader and schema read it (article-file.ts), without the body. */
function readNote(path: string, bytes: Buffer): FileNote {
  try {
    const { data, body } = articleEntry(path, bytes.toString('utf8'));
    return { data, sourceHash: sourceHashOf({ title: data.title, subtitle: data.subtitle, body }), charts: body.includes('<FigureChart') };
  } catch (e) {
    throw e instanceof ArticleFileError ? new CompactCatalogError(e.message) : e;
  }
}

/**
 * The compact catalog of the archive under `root` (its content/), as text; `notesFile` keeps the article
 * files' notes between runs (null: none). `read` says how many article files were parsed.
 */
export function compactCatalogText(root = '.', notesFile: string | null = join(root, NOTES)): { text: string; articles: number; read: number } {
  const articlesDir = join(root, ARTICLES_DIR);
  const notes = new FileNotes<FileNote>(articlesDir, notesFile);
  const charts = new Set<string>();
  // Astro names a file's entry by its path, each segment slugged (github-slugger), and the catalog an article
  // by its `id`, else that name: a name already lowercase letters, digits, - and _ is its own slug.
  let whole = false;
  const entries: ArticleEntry[] = articlePaths(root).map((path) => {
    const id = path.slice(ARTICLES_DIR.length + 1).replace(/\.mdx?$/, '');
    const note = notes.note(path.slice(ARTICLES_DIR.length + 1), (bytes) => readNote(path, bytes));
    if (note.charts) charts.add(id);
    if (!note.data.draft && note.data.id === undefined && !id.split('/').every((segment) => /^[a-z0-9_-]+$/.test(segment))) whole = true;
    return { id, filePath: path, data: note.data, sourceHash: note.sourceHash };
  });
  notes.save();

  const figuresDir = join(root, FIGURES_DIR);
  const figures = new Map<string, FigureRecord[]>();
  let catalog;
  try {
    for (const file of existsSync(figuresDir) ? readdirSync(figuresDir).filter((f) => f.endsWith('.json')).sort() : []) {
      const id = file.slice(0, -'.json'.length);
      figures.set(id, parseFigureFile(`${FIGURES_DIR}/${file}`, id, readFileSync(join(figuresDir, file), 'utf8')));
    }
    catalog = buildCatalog(entries, figures);
  } catch (e) {
    if (e instanceof FigureFileError || e instanceof CatalogError) throw new CompactCatalogError(e.message);
    throw e;
  }
  // Figures are the same in both languages, so are their measure pages (components/measures/load.ts).
  const links = measureOfFigure(measurePages(catalog.articles.flatMap((a) => a.figures)));
  const compact = compactCatalog(catalog, summaryDigest, links, (r) => [r.zh, r.en].some((e) => e !== undefined && charts.has(e.id)), whole);
  return { text: serialiseCompact(compact), articles: compact.articles.length, read: notes.read };
}

/** Writes the compact catalog of `root` to `out` (relative to root), only when its bytes change. */
export function writeCompactCatalog(root = '.', out = COMPACT_CATALOG): { file: string; articles: number; read: number; written: boolean } {
  const file = join(root, out);
  const { text, articles, read } = compactCatalogText(root);
  const written = !existsSync(file) || readFileSync(file, 'utf8') !== text;
  if (written) {
    mkdirSync(dirname(file), { recursive: true });
    // Shards built side by side on one checkout write the same bytes: each through its own temporary file.
    const fresh = `${file}.${process.pid}.new`;
    writeFileSync(fresh, text);
    renameSync(fresh, file);
  }
  return { file, articles, read, written };
}
