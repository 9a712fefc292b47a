// The shards of a sharded build (`npm run build -- --list-shards`): the groups of years the published reports
// fall in (src/lib/content/shard.ts, groupYears: a year alone once it has CZ_YEAR_GROUP_MIN reports, small
// years together, the undated with the oldest or apart, none past CZ_YEAR_GROUP_MAX reports), newest first, read from the articles' frontmatter without
// Astro, so a CI system can make its job matrix before any build (deploy/github-actions.yml). The search
// indexes are made per group too (scripts/search/index-site.ts reads the same list). The hub is not listed:
// it is always built.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readArticleFiles } from '../content/article-files.ts';
import { readFrontmatter } from '../ingest/frontmatter.ts';
import { groupYears, UNDATED, yearGroupMax, yearGroupMin } from '../../src/lib/content/shard.ts';

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

/** The shards of the archive under `contentDir`; undefined when there is no such folder. */
export async function listShards(contentDir = 'content', min = yearGroupMin(), max = yearGroupMax(process.env, min)): Promise<string[] | undefined> {
  if (!existsSync(join(contentDir, 'articles'))) return undefined;
  const files = await readArticleFiles(contentDir);
  return groupYears(yearCounts(files.map((file) => readFrontmatter(file.text) ?? {})), min, max);
}
