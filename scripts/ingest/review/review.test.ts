import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { ingest, type SeedInput } from '../pipeline.ts';
import { escapeHtml, renderReviewIndex, renderReviewPage } from './html.ts';
import { reviewPage } from './model.ts';
import { reviewInput } from './run.ts';

const SEEDS = join(import.meta.dirname, '../../../seeds');
const HTML_CONFIG = JSON.parse(readFileSync(join(import.meta.dirname, '../../../.htmlvalidate.json'), 'utf8'));

const seed = (name: string, text?: string): SeedInput => ({
  name,
  bytes: text === undefined ? new Uint8Array(readFileSync(join(SEEDS, name))) : new TextEncoder().encode(text),
});

/** The review pages of some seeds, as `npm run ingest -- --review` makes them. */
function review(seeds: SeedInput[], hints?: string) {
  const inputs = hints ? seeds.map((s) => ({ ...s, hints: { file: `seeds/${s.name.replace('.txt', '.hints.yaml')}`, text: hints } })) : seeds;
  const result = ingest(inputs, [], [], true);
  return result.pages.map((p) => reviewPage(reviewInput(p, result.articles.filter((a) => a.article.source.seed === p.report.seed))));
}

async function htmlProblems(html: string): Promise<string[]> {
  const report = await new HtmlValidate(HTML_CONFIG).validateString(html, 'review.html');
  return report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`));
}

const PAGE = `长治日报 2025年11月18日 第3版

“A<B & C”公司落户长治高新区

本报讯（记者 王芳）11月17日，A<B & C公司与园区签约，投资<5000万元>。

图为签约现场。

# 黎城县：暖气进了山里人家

本报记者 秦晓燕

12月1日，黎城县程家山镇的120户村民用上了暖气。
`;

describe('the review report', () => {
  const seedNames = readdirSync(SEEDS).filter((n) => n.endsWith('.txt')).sort();
  const pages = review(seedNames.map((n) => seed(n)));

  it('shows every raw block of every seed once, in page order, with its role and its article or its drop', () => {
    for (const page of pages) {
      const raw = readFileSync(join(SEEDS, page.seed), 'utf8').replace(/^\uFEFF/u, '');
      const blocks = raw.split(/\r?\n[ \t\u3000]*\r?\n/u).map((b) => b.trim()).filter(Boolean);
      expect(page.rows.map((r) => r.index), page.seed).toEqual(blocks.map((_, i) => i));
      const html = renderReviewPage(page);
      for (const row of page.rows) {
        expect(html, `${page.seed} #${row.index}`).toContain(`id="b${row.index}"`);
        expect(html, `${page.seed} #${row.index}`).toContain(escapeHtml(row.text));
        expect(row.article !== undefined || row.dropped !== undefined, `${page.seed} #${row.index} goes nowhere`).toBe(true);
      }
    }
    const withDrops = pages.find((p) => p.counts.dropped > 0)!;
    expect(renderReviewPage(withDrops)).toMatch(/<tr class="dropped" id="b\d+">/u);
  });

  it('lists each article with its figures, and colours its blocks', () => {
    for (const page of pages) {
      const html = renderReviewPage(page);
      for (const a of page.articles) {
        expect(html).toContain(`<li id="a${a.number}" class="article a${a.number}">`);
        expect(html).toContain(a.figures.length > 0 ? `${a.figures.length} figure` : 'No figures.');
        expect(html).toContain(`.a${a.number} td`);
      }
    }
  });

  it('is valid HTML, page and index, with no script and no request to anything', async () => {
    const [one] = review([seed('005_test.txt', PAGE)]);
    for (const html of [...pages.map(renderReviewPage), renderReviewPage(one!), renderReviewIndex(pages)]) {
      expect(await htmlProblems(html)).toEqual([]);
      expect(html).not.toMatch(/<script|<link|\ssrc=|url\(|@import/iu);
    }
  });

  it('escapes < and & of the page text', () => {
    const [page] = review([seed('005_test.txt', PAGE)]);
    const html = renderReviewPage(page!);
    expect(html).toContain('“A&lt;B &amp; C”公司落户长治高新区');
    expect(html).toContain('投资&lt;5000万元&gt;');
    expect(html).not.toContain('A<B');
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('shows the hint that set a line, and a seed whose hints fail as skipped with the reason', () => {
    const [hinted] = review([seed('005_test.txt', PAGE)], 'caption: ["图为签约现场。"]');
    expect(hinted!.rows.find((r) => r.text === '图为签约现场。')).toMatchObject({ role: 'caption', hints: ['caption'] });
    expect(renderReviewPage(hinted!)).toContain('hint: caption');
    const [failed] = review([seed('005_test.txt', PAGE)], 'headline: ["没有这一行"]');
    expect(failed!.error).toContain('seeds/005_test.hints.yaml: headline: "没有这一行" matches no line of 005_test.txt');
    expect(renderReviewPage(failed!)).toContain('<p class="error">Skipped: seeds/005_test.hints.yaml');
  });
});
