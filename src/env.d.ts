// Astro's client types (import.meta.env, the astro: modules) for the type checker before `astro sync` has
// written .astro/types.d.ts (a clean clone); once it has, the generated collection types refine them.
/// <reference types="astro/client" />

// The digest of the site's style sources that Head.astro imports (src/lib/one-stylesheet.ts).
declare module 'virtual:cz/stylesheet-digest' {
  const digest: string;
  export default digest;
}
