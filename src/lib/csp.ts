// The Content-Security-Policy of every page (Astro's `security.csp`, astro.config.mjs): a page may load
// scripts, styles, images, fonts and data from its own host only, run no plugin and no script but the
// site's own (each inline one by its hash), and compile WebAssembly for Pagefind. Astro writes the policy
// as a <meta> tag with the hashes of the scripts and styles it bundles; the site's own inline scripts and
// styles (the language choice, the search warm-up, the page's CSS strings) are hashed where they are
// written, through `Astro.csp` and `cspHash`. What a <meta> policy cannot say (`frame-ancestors`) the web
// server sends as a header (deploy/nginx.conf). tests/site/csp.test.ts checks the built policy's shape.
import { createHash } from 'node:crypto';

/** Directives besides script-src and style-src, which Astro writes from the options below. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** `security.csp` for astro.config.mjs. */
export function cspOptions() {
  return {
    algorithm: 'SHA-256' as const,
    directives: [...CSP_DIRECTIVES],
    // Pagefind compiles its WebAssembly at run time, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
    scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    styleDirective: { resources: ["'self'"] },
  };
}

/**
 * The CSP source of an inline script's or style's exact text: `sha256-<base64>`. Every page hashes the same
 * few texts (the layout's scripts, its style in each language), so each text's hash is kept for the build
 * (issue 17: 1 s of CPU at 10,000 articles, profiled). Only for the site's own inline texts, never a page's
 * content: the kept hashes are as many as the texts.
 */
export function cspHash(text: string): `sha256-${string}` {
  let hash = hashes.get(text);
  if (!hash) hashes.set(text, (hash = `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`));
  return hash;
}

const hashes = new Map<string, `sha256-${string}`>();
