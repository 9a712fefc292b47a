// Astro's client types (import.meta.env, the astro: modules) for the type checker before `astro sync` has
// written .astro/types.d.ts (a clean clone); once it has, the generated collection types refine them.
/// <reference types="astro/client" />
