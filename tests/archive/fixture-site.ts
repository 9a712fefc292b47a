// The site the editor and archive tests look at: the project as it is, built under a sub-path with its
// search index (as a deployment would be), plus what editors add by hand: a Chinese .md article that
// comes from no seed, its English .md translation, a draft, and an old address in content/redirects.yaml.
// The texts are cut from seeds/002_1ea187ce3151e9b8.txt (壶关县). Built once (tests/site/build-site.ts
// caches it) and shared by every test file that imports this one.
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, type BuiltSite } from '../site/build-site.ts';

export const BASE_PATH = '/civic-report/';

export const HAND_WRITTEN = {
  id: 'ji-zhong-gong-re-lian-min-xin',
  title: '集中供热连民心 寒冬暖流润万家',
  enTitle: 'Central Heating Keeps Huguan Warm',
  text: '不仅如此，该县同步推进供热“毛细血管”改造，新建改造供热管网38.1公里、换热站12个，对老旧小区、背街小巷的老化管网全面更新，彻底解决了长期困扰群众的“供热不均、温度不达标”等问题。',
  enText: 'The county also renewed the "capillaries" of its heating system, building and rebuilding 38.1 km of heating pipes and 12 heat-exchange stations.',
} as const;

export const DRAFT = {
  id: 'gong-re-da-biao-lv-cao-gao',
  title: '壶关县供热达标率（草稿）',
  text: '据统计，2025年冬季，壶关县集中供热覆盖范围大幅拓展，供热达标率超98%，群众满意度较往年显著提升。',
} as const;

/** An old address of a published article (seed 003's 就业是民生之本), kept working by a redirect. */
export const MOVED = { from: 'jiu-ye-min-sheng', to: 'jiu-ye-shi-min-sheng-zhi-ben' } as const;

/** Adds the hand-written files to a private copy of the project (tests/site/build-site.ts). */
export function addEditorFiles(projectDir: string): void {
  const articles = join(projectDir, 'content', 'articles');
  writeFileSync(
    join(articles, 'zh', 'ji-zhong-gong-re-lian-min-xin.md'),
    `---\ntitle: "集中供热连民心 寒冬暖流润万家"\nlang: zh\nkind: news\nyear: 2025\nregions: [壶关县]\ntopics: [heating]\n---\n\n不仅如此，该县同步推进供热“毛细血管”改造，新建改造供热管网38.1公里、换热站12个，对老旧小区、背街小巷的老化管网全面更新，彻底解决了长期困扰群众的“供热不均、温度不达标”等问题。\n`,
  );
  writeFileSync(
    join(articles, 'en', 'ji-zhong-gong-re-lian-min-xin.md'),
    `---\ntitle: "Central Heating Keeps Huguan Warm"\nlang: en\ntranslationOf: ji-zhong-gong-re-lian-min-xin\n---\n\nThe county also renewed the "capillaries" of its heating system, building and rebuilding 38.1 km of heating pipes and 12 heat-exchange stations.\n`,
  );
  writeFileSync(
    join(articles, 'zh', 'gong-re-da-biao-lv-cao-gao.md'),
    `---\ntitle: "壶关县供热达标率（草稿）"\nlang: zh\nyear: 2026\nregions: [壶关县, 龙泉镇]\ntopics: [heating, housing]\ndraft: true\nfigures: [{ paragraph: 1, text: "98%", value: 98, unit: "%" }]\n---\n\n据统计，2025年冬季，壶关县集中供热覆盖范围大幅拓展，供热达标率超98%，群众满意度较往年显著提升。\n`,
  );
  appendFileSync(join(projectDir, 'content', 'redirects.yaml'), '\njiu-ye-min-sheng: jiu-ye-shi-min-sheng-zhi-ben\n');
}

export function buildEditorSite(): Promise<BuiltSite> {
  return buildSite({ name: 'editor-archive', basePath: BASE_PATH, editProject: addEditorFiles });
}
