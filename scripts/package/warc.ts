// A WARC (ISO 28500, WARC/1.1) of the built site for web archives: a warcinfo record, then one
// `response` record per file at the address the site serves it from (a folder's index.html at the
// folder's address), written with webrecorder's warcio. As reproducible as the other archives: record
// ids are derived from the addresses, every record carries the release date, and gzip is pako's (pure
// JavaScript, no time in its header).
import { createHash } from 'node:crypto';
import { open, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { WARCRecord, WARCSerializer } from 'warcio';
import { PackageError } from './manifest.ts';

export interface WarcInput {
  sourceDir: string;
  files: readonly string[];
  /** The address the site is served from, base included: `https://civic.example.org/civic-report/`. */
  siteUrl: string;
  date: Date;
  /** Written into the warcinfo record: `changzhi-civic-report-0.1.0-20260101`. */
  release: string;
  /** The WARC's file name as published (it is written under a temporary name first). */
  filename: string;
}

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  wasm: 'application/wasm',
};

export function contentTypeOf(path: string): string {
  return TYPES[/\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? ''] ?? 'application/octet-stream';
}

/** The address a file is served at: `zh/index.html` → `<site>zh/`, `404.html` → `<site>404.html`. */
export function addressOf(siteUrl: string, path: string): string {
  return new URL(path.replace(/(^|\/)index\.html$/, '$1'), siteUrl).href;
}

/**
 * The site address a build was made for, read from its sitemap index (`<loc>…/sitemap-0.xml</loc>`),
 * which carries SITE_URL and BASE_PATH.
 */
export async function siteUrlOf(distDir: string): Promise<string> {
  let xml: string;
  try {
    xml = await readFile(join(distDir, 'sitemap-index.xml'), 'utf8');
  } catch {
    throw new PackageError(`${distDir}/sitemap-index.xml not found: the WARC needs it to know the site's address (SITE_URL and BASE_PATH of the build).`);
  }
  const loc = /<loc>([^<]+)<\/loc>/.exec(xml)?.[1];
  if (!loc) throw new PackageError(`${distDir}/sitemap-index.xml names no sitemap; cannot tell the site's address for the WARC.`);
  return loc.replace(/[^/]*$/, '');
}

export async function writeWarc(input: WarcInput, outFile: string): Promise<void> {
  const date = input.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const out = await open(outFile, 'w');
  try {
    const info = WARCRecord.createWARCInfo(
      { filename: input.filename, warcVersion: 'WARC/1.1', date, warcHeaders: { 'WARC-Record-ID': recordId(`warcinfo:${input.release}`) } },
      { software: 'changzhi-civic-report npm run package (warcio)', format: 'WARC File Format 1.1', isPartOf: input.release },
    );
    await out.write(await WARCSerializer.serialize(info, { gzip: true, preferPako: true }));
    for (const path of input.files) {
      const url = addressOf(input.siteUrl, path);
      const body = new Uint8Array(await readFile(join(input.sourceDir, path)));
      const record = WARCRecord.create(
        {
          url,
          date,
          type: 'response',
          warcVersion: 'WARC/1.1',
          statusline: 'HTTP/1.1 200 OK',
          httpHeaders: { 'Content-Type': contentTypeOf(path), 'Content-Length': String((await stat(join(input.sourceDir, path))).size) },
          warcHeaders: { 'WARC-Record-ID': recordId(url) },
        },
        [body],
      );
      await out.write(await WARCSerializer.serialize(record, { gzip: true, preferPako: true }));
    }
  } finally {
    await out.close();
  }
}

/** A record id made from what the record is about, in UUID form, so the same site gives the same WARC. */
function recordId(key: string): string {
  const hex = createHash('sha256').update(key).digest('hex');
  return `<urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}>`;
}
