// The site the chart browser tests look at: built by tests/site/build-site.ts (cached, in a private copy
// of the project, so builds running at the same time do not share Astro's caches). In the copy, as an
// editor would:
//   - one article gets an editor's chart: rename the .md to .mdx and write the tag, to test <FigureChart>;
//   - one hand-written report adds figures that compare with the seeds' (the seeds give few groups of
//     like figures: issue 14): heating network built in 2025 in three more counties, so the dashboard
//     and 壶关县's page draw a bar chart that sorts; 壶关县's plan for it, so they draw target against
//     reached; and an area heated 80 times smaller than 壶关县's, so a chart draws dots on a log scale.
import { appendFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, type BuiltSite } from '../site/build-site.ts';

export const MDX_CHART_ARTICLE = 'shang-dang-qu-ju-jiao-min-sheng';
export const MDX_CHART_MEASURE = 'heating-network-km';
export const TEST_REPORT = 'tu-biao-ce-shi-gong-re';

// Everything the edit writes is inside the function: the build cache keys on its source text.
export function editChartsSite(projectDir: string): void {
  const file = join(projectDir, 'content', 'articles', 'zh', `${MDX_CHART_ARTICLE}.md`);
  renameSync(file, `${file}x`);
  appendFileSync(`${file}x`, `\n<FigureChart measure="${MDX_CHART_MEASURE}" />\n`);
  const figure = (paragraph: number, text: string, value: number, unit: string, region: string, what: string) =>
    `  - { paragraph: ${paragraph}, text: "${text}", value: ${value}, unit: ${unit}, region: ${region}, year: 2025, topic: heating, ${what} }`;
  const network = 'label: 新建改造供热管网, measure: heating-network-km, kind: new';
  const report = [
    '---',
    `id: "${TEST_REPORT}"`,
    'title: "各县区供热管网建设进展（图表测试用稿）"',
    'lang: "zh"',
    'kind: "article"',
    'year: 2025',
    'regions: ["黎城县", "屯留区", "沁县", "壶关县"]',
    'topics: ["heating"]',
    'figures:',
    figure(1, '15公里', 15, '公里', '黎城县', `${network}, status: actual`),
    figure(1, '27.5公里', 27.5, '公里', '屯留区', `${network}, status: actual`),
    figure(1, '9公里', 9, '公里', '沁县', `${network}, status: actual`),
    figure(2, '50公里', 50, '公里', '壶关县', `${network}, status: plan`),
    figure(3, '6万平方米', 60000, '平方米', '沁县', 'label: 集中供热面积, measure: heating-area-m2, kind: total, status: actual'),
    '---',
    '',
    '2025年，黎城县新建改造供热管网15公里，屯留区新建改造供热管网27.5公里，沁县新建改造供热管网9公里。',
    '',
    '壶关县计划2025年新建改造供热管网50公里。',
    '',
    '沁县集中供热面积达6万平方米。',
    '',
  ].join('\n');
  writeFileSync(join(projectDir, 'content', 'articles', 'zh', `${TEST_REPORT}.md`), report);
}

export function buildChartsSite(basePath = '/'): Promise<BuiltSite> {
  return buildSite({ name: basePath === '/' ? 'charts' : 'charts-sub', basePath, search: false, editProject: editChartsSite });
}
