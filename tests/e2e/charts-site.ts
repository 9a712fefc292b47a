// The site the chart browser tests look at: built by tests/site/build-site.ts (cached, in a private copy
// of the project, so builds running at the same time do not share Astro's caches). In the copy one
// article gets an editor's chart, as an editor would add one: rename the .md to .mdx and write the tag,
// to test <FigureChart>.
import { appendFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, type BuiltSite } from '../site/build-site.ts';

export const MDX_CHART_ARTICLE = 'shang-dang-qu-ju-jiao-min-sheng';
export const MDX_CHART_MEASURE = 'heating-network-km';

export function addEditorChart(projectDir: string): void {
  const file = join(projectDir, 'content', 'articles', 'zh', `${MDX_CHART_ARTICLE}.md`);
  renameSync(file, `${file}x`);
  appendFileSync(`${file}x`, `\n<FigureChart measure="${MDX_CHART_MEASURE}" />\n`);
}

export function buildChartsSite(basePath = '/'): Promise<BuiltSite> {
  return buildSite({ name: basePath === '/' ? 'charts' : 'charts-sub', basePath, search: false, editProject: addEditorChart });
}
