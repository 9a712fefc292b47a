// Translation memory: every Chinese unit already translated in an up-to-date English article, with its
// English, so that the same Chinese elsewhere (a boilerplate sentence, a sidebar printed again, a
// recurring caption or byline) comes pre-filled on export, marked for the translator to confirm. Only
// translations whose source hash matches their Chinese count: an outdated one may no longer say what
// its Chinese says. Matching is on the whole unit after trimming and folding white space.
import type { ArticlePair } from './content.ts';

export interface MemoryHit {
  english: string;
  /** Where it was translated: `<article id>#<unit id>`. */
  from: string;
}

export type Memory = ReadonlyMap<string, MemoryHit>;

export function memoryKey(chinese: string): string {
  return chinese.replace(/\s+/g, ' ').trim();
}

/** The memory of every up-to-date translation, the first article (in id order) winning a tie. */
export function buildMemory(pairs: readonly ArticlePair[]): Memory {
  const memory = new Map<string, MemoryHit>();
  for (const pair of pairs) {
    if (pair.state !== 'translated' || !pair.en) continue;
    const english = new Map(pair.en.cut.units.map((u) => [u.id, u.text]));
    for (const unit of pair.zh.cut.units) {
      const en = english.get(unit.id);
      const key = memoryKey(unit.text);
      if (en && en.trim() !== '' && key !== '' && !memory.has(key)) memory.set(key, { english: en, from: `${pair.id}#${unit.id}` });
    }
  }
  return memory;
}

/** The memory's English for a Chinese unit, unless it comes from that very unit. */
export function recall(memory: Memory, chinese: string, self: string): MemoryHit | undefined {
  const hit = memory.get(memoryKey(chinese));
  return hit && hit.from !== self ? hit : undefined;
}
