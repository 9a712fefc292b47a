// Every HTML page of the built site is valid HTML by html-validate's recommended rules (minus the few
// .htmlvalidate.json turns off, see tests/quality/README.md); and the checker really rejects bad markup.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, type BuiltSite } from '../site/build-site.ts';
import { htmlPages } from '../site/dist.ts';
import { describeHtmlProblems, loadValidator, validatePage, type HtmlProblem } from './html-validity.ts';

const validator = loadValidator(PROJECT_ROOT);

describe('the HTML checker as configured', () => {
  const page = (body: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;

  it('accepts a small valid page', async () => {
    expect(await validatePage(validator, page('<main><h1>Heating</h1><p>Warm homes.</p></main>'), 'ok.html')).toEqual([]);
  });

  it('rejects a stray closing tag, a duplicate id and an image without alt, naming page, line and rule', async () => {
    const problems = await validatePage(validator, page('<main id="a"><p id="a">x</div><img src="/a.png"></main>'), 'bad.html');
    const rules = problems.map((p) => p.rule);
    expect(rules).toEqual(expect.arrayContaining(['close-order', 'no-dup-id', 'wcag/h37']));
    expect(describeHtmlProblems(problems)).toMatch(/^bad\.html:1:\d+ /);
  });
});

describe('the built site', () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildSite({ name: 'root' });
  }, 600_000);

  it('has valid HTML on every page', async () => {
    const problems: HtmlProblem[] = [];
    const pages = htmlPages(site);
    expect(pages.length).toBeGreaterThan(100);
    for (const page of pages) problems.push(...(await validatePage(validator, readFileSync(join(site.distDir, page), 'utf8'), page)));
    expect(problems, describeHtmlProblems(problems)).toEqual([]);
  }, 120_000);
});
