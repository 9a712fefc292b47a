// Measure words that only say "a thing" (个, 座, 条 …), for labels that must not invent a noun: the
// glossary's units marked `bare: true` (content/glossary.yaml) are the one list of them.
import { loadGlossary } from '../glossary.ts';

let bare: ReadonlySet<string> | undefined;

/** `BARE_COUNTS.has('个')` → true. Read from the glossary on first use. */
export const BARE_COUNTS = {
  has(unit: string): boolean {
    bare ??= new Set(
      Object.entries(loadGlossary().units)
        .filter(([, entry]) => entry.bare)
        .map(([name]) => name),
    );
    return bare.has(unit);
  },
};
