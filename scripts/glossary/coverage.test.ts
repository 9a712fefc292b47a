import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { basicPension, businesses, heatingNetwork, medicineCost, participatingEmployers } from '../../src/lib/glossary/fixtures.ts';
import { parseGlossaryYaml } from '../../src/lib/glossary/schema.ts';
import { formatCoverage, glossaryCoverage, reportGlossaryCoverage } from './coverage.ts';

const glossary = parseGlossaryYaml('test.yaml', 'subjects:\n  供热管网: heating network\n  企业: businesses\n  停车位: parking spaces\n');
const figures = [heatingNetwork, businesses, participatingEmployers, { ...participatingEmployers, id: 'x' }, basicPension, medicineCost];

describe('glossaryCoverage', () => {
  const coverage = glossaryCoverage(figures, glossary);

  it('counts the share of figures with an English subject, and of those with any subject', () => {
    expect(coverage).toMatchObject({ figures: 6, withEnglish: 2, withoutSubject: 1, share: 33.3, shareOfSubjects: 40 });
  });

  it('lists missing subjects with their figure count and articles, most used first', () => {
    expect(coverage.missing).toEqual([
      { subject: '参会单位', figures: 2, articles: ['ba-min-sheng-yuan-jing-hui-cheng'] },
      { subject: '居民养老保险基础养老金', figures: 1, articles: ['min-sheng-wei-ben-xing-fu-sheng-huo'] },
    ]);
  });

  it('lists glossary subjects no figure uses', () => {
    expect(coverage.unused).toEqual(['停车位']);
  });

  it('reports in a few lines an editor can act on', () => {
    const text = formatCoverage(coverage);
    expect(text).toContain('glossary coverage: 2 of 6 figures (33.3%) have an English subject; 40% of the 5 with a subject, 1 have none');
    expect(text).toContain('参会单位  (2 figure(s): ba-min-sheng-yuan-jing-hui-cheng)');
    expect(text).toContain('check for typos): 停车位');
  });

  it('is complete when there are no figures', () => {
    expect(glossaryCoverage([], glossary)).toMatchObject({ share: 100, missing: [] });
  });
});

/** The temp projects this file made, removed after its tests (they were left behind in /tmp, one set a run). */
const roots: string[] = [];
afterAll(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'glossary-coverage-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('reportGlossaryCoverage and the command', () => {
  const figureFile = JSON.stringify([heatingNetwork]);
  const article = `---\ntitle: 手写\nlang: zh\nfigures:\n  - { paragraph: 1, text: 5个, value: 5, unit: 个, subject: 停车场 }\n---\n正文\n`;

  it('reads figure files and frontmatter figures under a root', () => {
    const root = project({
      'content/glossary.yaml': 'subjects:\n  供热管网: heating network\n',
      'content/figures/min-sheng-wei-ben-xing-fu-sheng-huo.json': figureFile,
      'content/articles/zh/shou-xie.mdx': article,
    });
    const { coverage } = reportGlossaryCoverage(root);
    expect(coverage).toMatchObject({ figures: 2, withEnglish: 1 });
    expect(coverage.missing[0]).toMatchObject({ subject: '停车场', articles: ['shou-xie'] });
  });

  it('prints the glossary problem, not a stack trace, and exits 1', () => {
    const root = project({ 'content/glossary.yaml': 'units:\n  公里: { one: kilometre }\n', 'content/figures/a.json': '[]' });
    const run = spawnSync(process.execPath, ['scripts/glossary/coverage.ts', '--root', root], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('content/glossary.yaml: 1 problem(s)');
    expect(run.stderr).toContain('section "units", key "公里": field "other" is missing');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('fails under --min and passes over it', () => {
    const root = project({ 'content/glossary.yaml': 'subjects: {}\n', 'content/figures/min-sheng-wei-ben-xing-fu-sheng-huo.json': figureFile });
    const under = spawnSync(process.execPath, ['scripts/glossary/coverage.ts', '--root', root, '--min', '50'], { encoding: 'utf8' });
    expect(under.status).toBe(1);
    expect(under.stderr).toContain('0% is below the required 50%');
    const over = spawnSync(process.execPath, ['scripts/glossary/coverage.ts', '--root', root, '--min', '0'], { encoding: 'utf8' });
    expect(over.status).toBe(0);
  });
});
