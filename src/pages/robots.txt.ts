// robots.txt: everything may be crawled; the sitemap index is named with SITE_URL and BASE_PATH applied.
import type { APIContext } from 'astro';
import { href } from '../lib/urls.ts';

export function GET({ site }: APIContext): Response {
  const lines = ['User-agent: *', 'Allow: /'];
  if (site) lines.push(`Sitemap: ${new URL(href('sitemap-index.xml'), site).href}`);
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
