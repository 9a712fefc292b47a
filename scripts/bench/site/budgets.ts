// Page budgets of the article pages of a built site: bytes a first visit transfers (gzip) for the page's
// HTML and every CSS and JS file it loads, requests made, and scripts that block rendering.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'parse5';

export interface PageCost {
  page: string;
  /** gzip bytes of the HTML plus its CSS and JS (static imports of scripts followed). */
  gzipBytes: number;
  /** The HTML, stylesheets, scripts, images and icons it asks for. */
  requests: number;
  /** `<script>` in `<head>` without defer, async or type=module (JSON data blocks do not count). */
  blockingScripts: number;
}

export interface BudgetSummary {
  pages: number;
  medianGzipKB: number;
  maxGzipKB: number;
  maxRequests: number;
  blockingScripts: number;
  heaviest: string;
}

interface Node {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

/** Article pages (not their parallel views) of a built site, as paths below `dist`. */
export function articlePages(dist: string): string[] {
  const pages: string[] = [];
  for (const lang of ['zh', 'en']) {
    const dir = join(dist, lang, 'articles');
    if (!existsSync(dir)) continue;
    for (const id of readdirSync(dir)) if (existsSync(join(dir, id, 'index.html'))) pages.push(join(lang, 'articles', id, 'index.html'));
  }
  return pages.sort();
}

export function pageCost(dist: string, page: string, gzipCache = new Map<string, number>()): PageCost {
  const html = readFileSync(join(dist, page));
  const assets = new Set<string>();
  let requests = 1;
  let blockingScripts = 0;
  const walk = (node: Node, inHead: boolean) => {
    const attr = (name: string) => node.attrs?.find((a) => a.name === name)?.value;
    const here = inHead || node.nodeName === 'head';
    if (node.nodeName === 'link') {
      const rel = (attr('rel') ?? '').split(/\s+/);
      const href = attr('href');
      if (href && (rel.includes('stylesheet') || rel.includes('modulepreload'))) assets.add(href);
      else if (href && rel.includes('icon')) requests++;
    } else if (node.nodeName === 'script') {
      const src = attr('src');
      const type = attr('type') ?? '';
      if (src) assets.add(src);
      const isData = /json/.test(type);
      if (here && !isData && type !== 'module' && attr('defer') === undefined && attr('async') === undefined) blockingScripts++;
    } else if (node.nodeName === 'img' && attr('src')) {
      requests++;
    }
    for (const child of node.childNodes ?? []) walk(child, here);
    if (node.content) walk(node.content, here);
  };
  walk(parse(html.toString('utf8')) as unknown as Node, false);

  // Scripts import their chunks; a first visit downloads those too.
  const queue = [...assets];
  while (queue.length) {
    const url = queue.pop()!;
    const file = localFile(dist, url);
    if (!file || !url.endsWith('.js')) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:^|[;\s}])(?:import|from)\s*["']([^"']+\.js)["']/g)) {
      const next = new URL(m[1]!, `https://site${url}`).pathname;
      if (!assets.has(next)) {
        assets.add(next);
        queue.push(next);
      }
    }
  }
  let gzipBytes = gzipSync(html).length;
  for (const url of assets) {
    const file = localFile(dist, url);
    if (!file) continue;
    let size = gzipCache.get(file);
    if (size === undefined) gzipCache.set(file, (size = gzipSync(readFileSync(file)).length));
    gzipBytes += size;
  }
  return { page, gzipBytes, requests: requests + assets.size, blockingScripts };
}

/** The file under `dist` a root-relative URL names; undefined for other sites' files. */
function localFile(dist: string, url: string): string | undefined {
  if (/^[a-z]+:|^\/\//i.test(url)) return undefined;
  const file = join(dist, decodeURIComponent(url.split(/[?#]/)[0]!));
  return existsSync(file) ? file : undefined;
}

export function summariseBudgets(dist: string): BudgetSummary | undefined {
  const cache = new Map<string, number>();
  const costs = articlePages(dist).map((p) => pageCost(dist, p, cache));
  if (costs.length === 0) return undefined;
  const sorted = [...costs].sort((a, b) => a.gzipBytes - b.gzipBytes);
  return {
    pages: costs.length,
    medianGzipKB: sorted[Math.floor(sorted.length / 2)]!.gzipBytes / 1024,
    maxGzipKB: sorted.at(-1)!.gzipBytes / 1024,
    maxRequests: Math.max(...costs.map((c) => c.requests)),
    blockingScripts: costs.reduce((n, c) => n + c.blockingScripts, 0),
    heaviest: sorted.at(-1)!.page,
  };
}
