// A Vite plugin (astro.config.mjs) that makes Astro hash each inline script and style for the CSP once per
// build instead of once per page (issue 17). With `security.csp` Astro hashes, for every page it renders,
// every inline script and style of the page's route (astro/dist/core/fetch/fetch-state.js createResult,
// through generateCspDigest in astro/dist/core/encryption.js): the same few texts on every page, each an
// asynchronous WebCrypto job (6.5 s of CPU at 10,000 articles, 26,000 pages, profiled). The plugin renames
// that function in Astro's module as it is bundled and puts before it one of the same name that keeps each
// digest (the promise of it) per algorithm and text. The policy written is the same, byte for byte; a text
// Astro hashes for the first time is hashed as before. Should Astro's function change its name or form, the
// plugin leaves the module as it is (the build is only slower): csp-digest-memo.test.ts checks the installed
// Astro still has the form.
import type { Plugin } from 'vite';

/** The module whose generateCspDigest is kept, as its path ends. */
export const ENCRYPTION_MODULE = '/astro/dist/core/encryption.js';
/** The declaration the plugin renames; it must appear once in that module. */
export const DIGEST_DECLARATION = 'async function generateCspDigest(data, algorithm) {';

const KEPT = `var czCspDigests = new Map();
function generateCspDigest(data, algorithm) {
  let byText = czCspDigests.get(algorithm);
  if (!byText) czCspDigests.set(algorithm, (byText = new Map()));
  let digest = byText.get(data);
  if (!digest) byText.set(data, (digest = generateCspDigestOnce(data, algorithm)));
  return digest;
}
async function generateCspDigestOnce(data, algorithm) {`;

/** The module's code with generateCspDigest kept per text, or undefined when it is not in the expected form. */
export function keepCspDigests(code: string): string | undefined {
  const at = code.indexOf(DIGEST_DECLARATION);
  if (at < 0 || code.indexOf(DIGEST_DECLARATION, at + 1) >= 0) return undefined;
  return code.slice(0, at) + KEPT + code.slice(at + DIGEST_DECLARATION.length);
}

export function cspDigestMemo(): Plugin {
  return {
    name: 'cz-csp-digest-memo',
    transform: {
      // The bundler asks this plugin about that module only: a transform hook without a filter is handed the
      // code of every module of the build, the content store's tens of megabytes among them.
      filter: { id: /[\\/]astro[\\/]dist[\\/]core[\\/]encryption\.js(?:\?|$)/ },
      handler(code, id) {
        if (!id.split('?')[0]!.replaceAll('\\', '/').endsWith(ENCRYPTION_MODULE)) return undefined;
        const kept = keepCspDigests(code);
        return kept === undefined ? undefined : { code: kept, map: null };
      },
    },
  };
}
