// The review report as HTML: one page per seed — its articles (title, fields, figures), then its raw blocks
// in page order beside the role each got and the article each went to, one colour and label (A1, A2 …) per
// article, with joins, drops, moved fragments, hints and warnings — and an index of the seeds. Each page
// stands alone: CSS inline in <head>, no script, no request to anything, so it opens from a folder in any
// browser. Every text from a page or a hint is escaped.

import type { FigureRecord } from '../../../src/domain/figure.ts';
import type { Warning } from '../types.ts';
import type { ReviewArticle, ReviewPage, ReviewRow } from './model.ts';
import { articleColours, REVIEW_CSS } from './style.ts';

/** HTML text and attribute values: `&`, `<`, `>`, `"` and `'` as references. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ESCAPES[c]!);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The file a seed's page is written to in the report folder: `000_x.txt` → `000_x.html`. */
export function reviewFileName(seed: string): string {
  return `${seed.replace(/\.txt$/u, '')}.html`;
}

export function renderReviewPage(page: ReviewPage): string {
  const c = page.counts;
  const summary = page.error
    ? `<p class="error">Skipped: ${escapeHtml(page.error)}</p>`
    : `<p>${escapeHtml(page.encoding ?? '')} · ${c.blocks} blocks · ${c.articles} articles · ${c.joins} joined · ${c.dropped} duplicates dropped · ${c.moved} moved · ${c.warnings} warnings</p>`;
  return document(
    `Review: ${page.seed}`,
    articleColours(page.articles.length),
    `<header>
<p><a href="index.html">All pages</a></p>
<h1>${escapeHtml(page.seed)}</h1>
${summary}
</header>
<main>
${page.pageWarnings.length > 0 ? `<section aria-labelledby="page-warnings"><h2 id="page-warnings">Page warnings</h2>${warningList(page.pageWarnings)}</section>\n` : ''}<section aria-labelledby="articles">
<h2 id="articles">Articles</h2>
${page.articles.length > 0 ? `<ol class="articles">\n${page.articles.map(articleEntry).join('\n')}\n</ol>` : '<p>None.</p>'}
</section>
<section aria-labelledby="blocks">
<h2 id="blocks">The page, block by block</h2>
<p>Each block between blank lines of the seed, numbered from 0 as warnings and hints count them.</p>
${page.rows.length > 0 ? blockTable(page.rows) : '<p>No blocks.</p>'}
</section>
</main>`,
  );
}

/** The index: every seed with its counts, linking its page. */
export function renderReviewIndex(pages: readonly ReviewPage[]): string {
  const rows = pages
    .map((p) => {
      const c = p.counts;
      const state = p.error ? `<td class="error">skipped: ${escapeHtml(p.error)}</td>` : `<td>${c.warnings}</td>`;
      return `<tr><th scope="row"><a href="${escapeHtml(reviewFileName(p.seed))}">${escapeHtml(p.seed)}</a></th><td>${c.blocks}</td><td>${c.articles}</td><td>${c.joins}</td><td>${c.dropped}</td><td>${c.moved}</td>${state}</tr>`;
    })
    .join('\n');
  return document(
    'Ingest review',
    '',
    `<header><h1>Ingest review</h1><p>${pages.length} seed pages, as the ingest reads them now.</p></header>
<main>
<table>
<thead><tr><th scope="col">Seed</th><th scope="col">Blocks</th><th scope="col">Articles</th><th scope="col">Joined</th><th scope="col">Dropped</th><th scope="col">Moved</th><th scope="col">Warnings</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</main>`,
  );
}

function document(title: string, extraCss: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
${REVIEW_CSS}${extraCss}
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

function articleEntry(a: ReviewArticle): string {
  const fields = [
    ['id', a.id],
    ['kind', a.kind],
    ['language', a.lang],
    ['byline', a.byline ?? '—'],
    ['year', a.year === undefined ? 'unknown' : String(a.year)],
    ['places', a.regions.length > 0 ? a.regions.join('、') : '—'],
    ['blocks', `${a.source.blocks[0]}–${a.source.blocks[1]}`],
  ];
  return `<li id="a${a.number}" class="article a${a.number}">
<p class="title"><span class="tag">A${a.number}</span> <span lang="${a.lang === 'en' ? 'en' : 'zh-CN'}">${escapeHtml(a.title)}</span></p>
<dl>${fields.map(([k, v]) => `<dt>${k}</dt><dd>${escapeHtml(v!)}</dd>`).join('')}</dl>
${figureTable(a.figures)}
</li>`;
}

function figureTable(figures: readonly FigureRecord[]): string {
  if (figures.length === 0) return '<p class="quiet">No figures.</p>';
  const rows = figures
    .map((f) => {
      const cells = [f.text, `${f.value}${f.unit ? ` ${f.unit}` : ''}`, f.label ?? '', f.status ?? '', f.kind ?? '', f.region ?? '', f.year === undefined ? '' : String(f.year)];
      return `<tr>${cells.map((v, i) => (i === 0 ? `<th scope="row" lang="zh-CN">${escapeHtml(v)}</th>` : `<td>${escapeHtml(v)}</td>`)).join('')}</tr>`;
    })
    .join('\n');
  return `<table class="figures">
<caption>${figures.length} figure${figures.length === 1 ? '' : 's'}</caption>
<thead><tr><th scope="col">As printed</th><th scope="col">Value</th><th scope="col">Label</th><th scope="col">Status</th><th scope="col">Kind</th><th scope="col">Place</th><th scope="col">Year</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}

function blockTable(rows: readonly ReviewRow[]): string {
  return `<table class="blocks">
<thead><tr><th scope="col">#</th><th scope="col">Text as printed</th><th scope="col">Role</th><th scope="col">Article</th><th scope="col">Notes</th></tr></thead>
<tbody>
${rows.map(blockRow).join('\n')}
</tbody>
</table>`;
}

function blockRow(row: ReviewRow): string {
  const cls = row.dropped ? 'dropped' : row.article !== undefined ? `a${row.article}` : 'none';
  const article = row.article !== undefined ? `<a href="#a${row.article}" class="tag">A${row.article}</a>` : row.dropped ? 'dropped' : '—';
  const notes: string[] = [];
  if (row.hints.length > 0) notes.push(`<span class="hint">hint: ${escapeHtml(row.hints.join(', '))}</span>`);
  if (row.joinedWith) notes.push(`joined: ${row.joinedWith.join(' + ')}`);
  if (row.moved) notes.push('moved back to where it continues');
  if (row.dropped) notes.push(`${row.dropped.exact ? 'a copy' : 'a near copy'} of block ${row.dropped.duplicateOf}`);
  const warnings = row.warnings.length > 0 ? warningList(row.warnings) : '';
  return `<tr class="${cls}" id="b${row.index}"><th scope="row">${row.index}</th><td lang="zh-CN" class="text">${escapeHtml(row.text)}</td><td>${escapeHtml(row.role)}</td><td>${article}</td><td>${notes.join('<br>')}${warnings}</td></tr>`;
}

function warningList(warnings: readonly Warning[]): string {
  return `<ul class="warnings">${warnings.map((w) => `<li><strong>${escapeHtml(w.code)}</strong> (blocks ${w.blocks.join(', ')}): ${escapeHtml(w.message)}</li>`).join('')}</ul>`;
}
