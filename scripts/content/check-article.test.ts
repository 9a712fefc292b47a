import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArticle } from './check-article.ts';
import { formatFinding } from './format.ts';

const INGESTED = readFileSync(join(import.meta.dirname, '../../content/articles/zh/jiu-ye-shi-min-sheng-zhi-ben.md'), 'utf8');
const FILE = 'content/articles/zh/jiu-ye-shi-min-sheng-zhi-ben.md';
/** The 1-based line of the file that holds `needle`, so the tests follow the file as ingest writes it. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('checkArticle', () => {
  it('passes an ingested article and gives its data', () => {
    const checked = checkArticle(FILE, INGESTED, 'zh');
    expect(checked.findings).toEqual([]);
    expect(checked.data?.title).toBe('就业是民生之本');
  });

  it('prints a mistyped topic as a checklist line: file:line, field, what is wrong, a right value, then Chinese', () => {
    const text = INGESTED.replace('"culture-sports"', '"heatng"');
    const [finding] = checkArticle(FILE, text, 'zh').findings;
    const line = lineOf(text, 'topics:');
    expect(formatFinding(finding!)).toMatch(
      new RegExp(
        `^content/articles/zh/jiu-ye-shi-min-sheng-zhi-ben\\.md:${line}: topics\\[2\\]: "heatng" is not a topic\\. Did you mean "heating"\\? Write one of: .* \\(e\\.g\\. topics: \\[heating\\]\\)\\.\\n {4}第${line}行 topics\\[2\\]：“heatng”不是可用的主题。`,
      ),
    );
  });

  it('finds every problem at once, each at its own line', () => {
    const text = INGESTED.replace('year: 2025', 'year: "2025"').replace('kind: "sidebar"', 'kind: "story"');
    const findings = checkArticle(FILE, text, 'zh').findings;
    expect(findings.map((f) => [f.line, f.field])).toEqual([
      [lineOf(text, 'kind:'), 'kind'],
      [lineOf(text, 'year:'), 'year'],
    ]);
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
  });

  it('warns about a field the site does not read, naming the one probably meant', () => {
    const text = INGESTED.replace('regions: ["上党区"]', 'region: ["上党区"]');
    const [finding] = checkArticle(FILE, text, 'zh').findings;
    expect(finding).toMatchObject({ line: lineOf(text, 'region:'), field: 'region', severity: 'warning', en: 'not a field the site reads; it is ignored. Did you mean "regions"?' });
  });

  it('warns when the language and the folder disagree', () => {
    const [finding] = checkArticle('content/articles/en/x.md', '---\ntitle: "就业"\nlang: zh\n---\n\n就业是民生之本。\n', 'en').findings;
    expect(finding!.en).toBe('lang is zh but the file is in the en/ folder. Move the file to content/articles/zh/ or write lang: en.');
  });

  it('says what a file without frontmatter, or with broken YAML, needs', () => {
    const [none] = checkArticle('x.md', '就业是民生之本。\n').findings;
    expect(none!.en).toMatch(/^the file has no frontmatter\. Start it with a line "---"/);
    const [broken] = checkArticle('x.md', '---\ntitle: "就业\nlang: zh\n---\n').findings;
    expect(broken!.en).toMatch(/^the frontmatter is not valid YAML: .*Check quotes, colons and indentation/);
  });
});
