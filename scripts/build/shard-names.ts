// The shards of a sharded build (`npm run build -- --list-shards`): the groups of years the published reports
// fall in (src/lib/content/shard.ts, groupYears: a year alone once it has CZ_YEAR_GROUP_MIN reports, small
// years together, the undated with the oldest or apart, none past CZ_YEAR_GROUP_MAX reports), newest first, read from the articles' frontmatter without
// Astro, so a CI system can make its job matrix before any build (deploy/github-actions.yml). The search
// indexes are made per group too (scripts/search/index-site.ts reads the same list). The hub is not listed:
// it is always built. What each article file says (year, draft, translation) is kept by the file's identity
// (lib/file-notes.ts), so a rebuild reads only the files ingest rewrote: parsing every article's frontmatter
// took 2.7 s of a one-article rebuild's search step at 10,000 articles.
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readFrontmatter } from '../ingest/frontmatter.ts';
import { FileNotes } from '../lib/file-notes.ts';
import { reportGroupsOf, UNDATED, yearGroupMax, yearGroupMin } from '../../src/lib/content/shard.ts';

/** Published reports per year (`undated` for those without): drafts and translations count for none. */
export function yearCounts(frontmatters: readonly Record<string, unknown>[]): Map<number | typeof UNDATED, number> {
  const counts = new Map<number | typeof UNDATED, number>();
  for (const data of frontmatters) {
    if (data.draft === true || typeof data.translationOf === 'string') continue;
    const year = typeof data.year === 'number' ? data.year : UNDATED;
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return counts;
}

/** Where listShards keeps its notes of the article files (null: none). */
export const SHARD_NOTES = join('node_modules', '.cache', 'cz-build', 'shard-notes.json');

/** What listShards needs of an article file's frontmatter. */
interface ArticleFacts {
  year?: number;
  draft: boolean;
  translationOf?: string;
}

/** What each article file under `root` (its `articles/` folder) says, by its path there, notes kept in `notesFile`. */
function articleFacts(root: string, notesFile: string | null): { name: string; facts: ArticleFacts }[] {
  const names = readdirSync(root, { recursive: true })
    .map(String)
    .filter((name) => /\.mdx?$/.test(name))
    .sort();
  const notes = new FileNotes<ArticleFacts>(root, notesFile);
  const out = names.map((name) => ({
    name,
    facts: notes.note(name, (bytes) => {
      const data = readFrontmatter(bytes.toString('utf8')) ?? {};
      return {
        year: typeof data.year === 'number' ? data.year : undefined,
        draft: data.draft === true,
        translationOf: typeof data.translationOf === 'string' ? data.translationOf : undefined,
      };
    }),
  }));
  notes.save();
  return out;
}

/**
 * The shards of the archive under `contentDir`; undefined when there is no such folder. Every `.md`/`.mdx`
 * under its articles/, as the content collection (scripts/content/article-files.ts) sees them.
 */
export async function listShards(
  contentDir = 'content',
  min = yearGroupMin(),
  max = yearGroupMax(process.env, min),
  notesFile: string | null = SHARD_NOTES,
): Promise<string[] | undefined> {
  return (await reportGroups(contentDir, min, max, notesFile))?.groups;
}

/**
 * listShards' groups, and the group of each published report by its id (the file's name: `zh/<id>.md`, or an
 * English original's `en/<id>.md`), as src/lib/content/articles.ts reportGroups gives them to the report pages.
 */
export async function reportGroups(
  contentDir = 'content',
  min = yearGroupMin(),
  max = yearGroupMax(process.env, min),
  notesFile: string | null = SHARD_NOTES,
): Promise<{ groups: string[]; groupOf: Map<string, string> } | undefined> {
  const root = join(contentDir, 'articles');
  if (!existsSync(root)) return undefined;
  // Published reports only: a draft is not built, a translation is its Chinese report's other language.
  const published = articleFacts(root, notesFile)
    .filter(({ facts }) => !facts.draft && facts.translationOf === undefined)
    .map(({ name, facts }) => ({ id: basename(name).replace(/\.mdx?$/, ''), ...(facts.year !== undefined && { year: facts.year }) }));
  return reportGroupsOf(published, min, max);
}
