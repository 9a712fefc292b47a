import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleFile } from './article-files.ts';
import { checkContent } from './check-content.ts';

const ROOT = join(import.meta.dirname, '../..');
const zh = (id: string): ArticleFile => ({
  path: `content/articles/zh/${id}.md`,
  entryId: `zh/${id}`,
  text: readFileSync(join(ROOT, 'content/articles/zh', `${id}.md`), 'utf8'),
});
const en = (id: string, text: string): ArticleFile => ({ path: `content/articles/en/${id}.md`, entryId: `en/${id}`, text });

describe('checkContent', () => {
  it('passes the ingested articles with their figure files', () => {
    const id = 'jiu-ye-shi-min-sheng-zhi-ben';
    const figures = [{ path: `content/figures/${id}.json`, text: readFileSync(join(ROOT, 'content/figures', `${id}.json`), 'utf8') }];
    expect(checkContent([zh(id)], figures)).toEqual({ findings: [], files: 2 });
  });

  it('refuses two articles with one id, at the second one', () => {
    const copy = { ...zh('jiu-ye-shi-min-sheng-zhi-ben'), path: 'content/articles/zh/copy.md', entryId: 'zh/copy' };
    const [finding] = checkContent([zh('jiu-ye-shi-min-sheng-zhi-ben'), copy], []).findings;
    expect(finding).toMatchObject({ file: 'content/articles/zh/copy.md', field: 'id', severity: 'error', line: 3 });
    expect(finding!.en).toContain('is also the id of content/articles/zh/jiu-ye-shi-min-sheng-zhi-ben.md');
  });

  it('warns that an English file with no Chinese original is not shown', () => {
    const orphan = en('heating', '---\ntitle: "Heating"\nlang: en\ntranslationOf: ji-zhong-gong-re\n---\n\nText.\n');
    const [finding] = checkContent([zh('jiu-ye-shi-min-sheng-zhi-ben'), orphan], []).findings;
    expect(finding).toMatchObject({ severity: 'warning', line: 4, field: 'translationOf' });
    expect(finding!.en).toContain('"ji-zhong-gong-re", which is no published Chinese article, so it is not shown on the site');
  });

  it('accepts an English-only article (no translationOf) with an id of its own', () => {
    const own = en('huguan-keeps-warm', '---\ntitle: "Huguan Keeps Warm"\nlang: en\nregions: [壶关县]\ntopics: [heating]\n---\n\nThe county renewed 38.1 km of heating pipes.\n');
    expect(checkContent([zh('jiu-ye-shi-min-sheng-zhi-ben'), own], []).findings).toEqual([]);
  });

  it('refuses an English-only article with the id of a Chinese one, naming both files', () => {
    const clash = en('jiu-ye-shi-min-sheng-zhi-ben', '---\ntitle: "Employment"\nlang: en\n---\n\nText.\n');
    const [finding] = checkContent([zh('jiu-ye-shi-min-sheng-zhi-ben'), clash], []).findings;
    expect(finding).toMatchObject({ file: 'content/articles/en/jiu-ye-shi-min-sheng-zhi-ben.md', severity: 'error', line: 3 });
    expect(finding!.en).toContain('also the id of content/articles/zh/jiu-ye-shi-min-sheng-zhi-ben.md');
    expect(finding!.en).toContain('write translationOf: jiu-ye-shi-min-sheng-zhi-ben');
  });

  it("reports a broken figure file with the figure checker's message", () => {
    const findings = checkContent([], [{ path: 'content/figures/x.json', text: '[{ "id": "x-1", "paragraph": 1, "text": "38.1公里", "value": "38.1", "unit": "公里" }]' }]).findings;
    // The figure checker words it as the frontmatter check does: field, what is wrong, what to write.
    expect(findings[0]!.en).toContain('field "value": "38.1" is text, not a number (write it without quotes)');
    expect(findings[0]!.zh).toMatch(/^1处问题：\n  - 第0条记录 \(id "x-1"\): 字段 value：/);
    expect(findings[0]!.zh).not.toContain('is text');
  });
});
