import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { articlePath, redirectFile, redirectPage } from './page.ts';

const input = {
  from: 'jiu-ye-min-sheng',
  to: 'jiu-ye-shi-min-sheng-zhi-ben',
  site: 'https://civic.example.org',
  base: '/archive/cz/',
} as const;

describe('redirectPage', () => {
  const zh = redirectPage({ ...input, lang: 'zh', title: '就业是民生之本', titleLang: 'zh' });

  it('refreshes at once to the new address under the base, and names it canonical', () => {
    expect(zh).toContain('<meta http-equiv="refresh" content="0; url=/archive/cz/zh/articles/jiu-ye-shi-min-sheng-zhi-ben/">');
    expect(zh).toContain('<link rel="canonical" href="https://civic.example.org/archive/cz/zh/articles/jiu-ye-shi-min-sheng-zhi-ben/">');
    expect(zh).toContain('<meta name="robots" content="noindex">');
  });

  it('shows a link with the title for readers whose browser does not follow the refresh', () => {
    expect(zh).toContain('<a href="/archive/cz/zh/articles/jiu-ye-shi-min-sheng-zhi-ben/">就业是民生之本</a>');
    expect(zh).toContain('<html lang="zh-CN">');
  });

  it('is a page in its language: hreflang links to both old addresses and a switch to the twin', () => {
    expect(zh).toContain('hreflang="en" href="https://civic.example.org/archive/cz/en/articles/jiu-ye-min-sheng/"');
    expect(zh).toContain('<nav class="lang-switch"><a href="/archive/cz/en/articles/jiu-ye-min-sheng/"');
  });

  it('names no host without SITE_URL: no canonical or alternate links, which need full URLs; the refresh and link stay', () => {
    const page = redirectPage({ ...input, site: undefined, lang: 'zh', title: '就业是民生之本', titleLang: 'zh' });
    expect(page).not.toContain('rel="canonical"');
    expect(page).not.toContain('hreflang="en" href');
    expect(page).not.toMatch(/https?:/);
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=/archive/cz/zh/articles/jiu-ye-shi-min-sheng-zhi-ben/">');
    expect(page).toContain('<a href="/archive/cz/zh/articles/jiu-ye-shi-min-sheng-zhi-ben/">就业是民生之本</a>');
  });

  it('marks a Chinese title on an English page and escapes what it prints', () => {
    const en = redirectPage({ ...input, lang: 'en', title: '就业<是>民生之本 & "x"', titleLang: 'zh' });
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('lang="zh-CN">就业&lt;是&gt;民生之本 &amp; &quot;x&quot;</a>');
    expect(() => parse(en)).not.toThrow();
  });

  it("passes the project's HTML checker (.htmlvalidate.json), as every built page must", async () => {
    const file = join(import.meta.dirname, '../../.htmlvalidate.json');
    const config = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { extends: ['html-validate:recommended'] };
    const report = await new HtmlValidate(config).validateString(zh, 'redirect.html');
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`))).toEqual([]);
  });

  it('works at the root of a host too', () => {
    expect(articlePath('/', 'en', 'x')).toBe('/en/articles/x/');
    expect(redirectFile('en', 'x')).toBe('en/articles/x/index.html');
  });
});
