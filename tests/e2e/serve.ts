// A tiny static file server for the browser tests: serves a built site (dist/) on 127.0.0.1 under a base
// path, as a static host would: `/base/zh/` → `zh/index.html`, correct MIME types, 404 page for the rest.
// Only files inside the folder are served (no `..` escapes).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';

export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
};

/** What deploy/nginx.conf compresses (`gzip_types`, and HTML always), from 512 bytes (`gzip_min_length`). */
const GZIP_TYPES = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.csv', '.txt', '.svg', '.wasm']);
const GZIP_MIN_LENGTH = 512;

/**
 * The headers deploy/nginx.conf adds to a file's response: `Cache-Control` (a year for the hashed assets
 * under `_astro/` and Pagefind's index chunks, revalidation for the rest) and whether to gzip it.
 */
export function deployedHeaders(file: string, size: number, acceptEncoding: string | undefined): { cacheControl: string; gzip: boolean } {
  const relative = file.split(sep).join('/');
  const hashed = /\/_astro\/[^/]+$/.test(relative) || /\/pagefind\/.+\.pf_(fragment|index|filter|meta)$/.test(relative);
  const gzip = GZIP_TYPES.has(extname(file).toLowerCase()) && size >= GZIP_MIN_LENGTH && /\bgzip\b/.test(acceptEncoding ?? '');
  return { cacheControl: hashed ? 'public, max-age=31536000, immutable' : 'no-cache', gzip };
}

export interface ServeOptions {
  /**
   * Serve as deploy/nginx.conf does: text gzipped for clients that accept it, cache headers on every
   * file. Off by default, as the browser tests read plain responses.
   */
  asDeployed?: boolean;
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>/base/` */
  url: string;
  close(): Promise<void>;
}

/** The file a request path maps to, or undefined (outside the base, outside the folder, or missing). */
export function resolveRequest(root: string, base: string, requestPath: string): string | undefined {
  const prefix = base.replace(/\/?$/, '/');
  let path: string;
  try {
    path = decodeURIComponent(requestPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return undefined;
  }
  if (!path.startsWith(prefix) && `${path}/` !== prefix) return undefined;
  const relative = path.slice(prefix.length - 1);
  const rootDir = resolve(root);
  const target = normalize(join(rootDir, relative));
  if (target !== rootDir && !target.startsWith(rootDir + sep)) return undefined;
  if (existsSync(target) && statSync(target).isDirectory()) {
    const index = join(target, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return existsSync(target) ? target : undefined;
}

export function contentType(file: string): string {
  return MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Serves `root` at `http://127.0.0.1:<free port><base>`. */
export async function serveStatic(root: string, base = '/', options: ServeOptions = {}): Promise<StaticServer> {
  if (!existsSync(root)) throw new Error(`serveStatic: the folder ${root} does not exist; build the site first.`);
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    const file = resolveRequest(root, base, path);
    // A directory asked for without its trailing slash: redirect, as static hosts do.
    if (file && !path.split('?')[0]!.endsWith('/') && file.endsWith(`${sep}index.html`) && !path.endsWith('index.html')) {
      res.writeHead(301, { Location: `${path.split('?')[0]}/` });
      res.end();
      return;
    }
    if (!file) {
      const notFound = join(root, '404.html');
      res.writeHead(404, { 'Content-Type': MIME_TYPES['.html']! });
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end('Not found');
      return;
    }
    if (options.asDeployed) {
      sendAsDeployed(req, res, file, root);
      return;
    }
    res.writeHead(200, { 'Content-Type': contentType(file), 'Content-Length': statSync(file).size });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base.replace(/\/?$/, '/')}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

function sendAsDeployed(req: IncomingMessage, res: ServerResponse, file: string, root: string): void {
  const size = statSync(file).size;
  const { cacheControl, gzip } = deployedHeaders(file.slice(resolve(root).length), size, req.headers['accept-encoding']);
  const headers: Record<string, string | number> = { 'Content-Type': contentType(file), 'Cache-Control': cacheControl, 'X-Content-Type-Options': 'nosniff' };
  if (gzip) {
    headers['Content-Encoding'] = 'gzip';
    headers['Vary'] = 'Accept-Encoding';
  } else {
    headers['Content-Length'] = size;
  }
  res.writeHead(200, headers);
  if (req.method === 'HEAD') res.end();
  else if (gzip) createReadStream(file).pipe(createGzip({ level: 6 })).pipe(res);
  else createReadStream(file).pipe(res);
}
