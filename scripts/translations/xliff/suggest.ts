// What the export offers for a unit without up-to-date English, each marked for the translator: the
// translation memory's English for the same Chinese (memory.ts) as the target, whole or sentence by
// sentence; else the remembered sentences as notes; and, for an out-of-date translation whose units still
// line up with the Chinese, the English it had, as a note only (it was made for an earlier Chinese).
import type { ArticlePair } from '../content.ts';
import { recall, recallSentences, type Memory } from '../memory.ts';
import type { Unit } from '../units.ts';

export const MEMORY_NOTE = 'translation memory:';
export const PREVIOUS_NOTE = 'previous translation';

export interface Suggestion {
  target?: string;
  notes: string[];
}

export function suggest(pair: ArticlePair, unit: Unit, memory: Memory): Suggestion {
  const self = `${pair.id}#${unit.id}`;
  const notes: string[] = [];
  const previous = previousEnglish(pair).get(unit.id);
  if (previous !== undefined) notes.push(`${PREVIOUS_NOTE} (of an earlier version of this Chinese; check what changed): ${previous}`);
  const hit = recall(memory, unit.text, self);
  if (hit) return { target: hit.english, notes: [`${MEMORY_NOTE} the same Chinese was translated in ${hit.from}; confirm or change`, ...notes] };
  const sentences = recallSentences(memory, unit.text, self);
  if (sentences.complete) {
    const from = [...new Set(sentences.hits.map((h) => h.from))].join(', ');
    return {
      target: sentences.hits.map((h) => h.english).join(' '),
      notes: [`${MEMORY_NOTE} every sentence was translated before (${from}); confirm or change`, ...notes],
    };
  }
  for (const h of sentences.hits) notes.push(`${MEMORY_NOTE} 「${h.chinese}」 was translated in ${h.from} as: ${h.english}`);
  return { notes };
}

/** An outdated translation's English by unit, when its units are still the Chinese's units; else none. */
function previousEnglish(pair: ArticlePair): Map<string, string> {
  if (pair.state !== 'outdated' || !pair.en) return new Map();
  const ids = (units: readonly Unit[]) => units.map((u) => u.id).join(' ');
  if (ids(pair.en.cut.units) !== ids(pair.zh.cut.units)) return new Map();
  return new Map(pair.en.cut.units.map((u) => [u.id, u.text]));
}
