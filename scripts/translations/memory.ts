// Translation memory: every Chinese unit already translated in an up-to-date English article, with its
// English, so that the same Chinese elsewhere (a sidebar printed again, a recurring caption or byline)
// comes pre-filled on export, marked for the translator to confirm; and, below that, every sentence of
// a translated paragraph whose English has as many sentences (sentences.ts), so that a boilerplate
// sentence is offered inside a new paragraph. Only translations whose source hash matches their Chinese
// count: an outdated one may no longer say what its Chinese says. Matching is exact after trimming and
// folding white space; the first article in id order wins a tie.
import type { ArticlePair } from './content.ts';
import { alignSentences, chineseSentences } from './sentences.ts';

export interface MemoryHit {
  english: string;
  /** Where it was translated: `<article id>#<unit id>`. */
  from: string;
}

export interface Memory {
  units: ReadonlyMap<string, MemoryHit>;
  sentences: ReadonlyMap<string, MemoryHit>;
}

export function memoryKey(chinese: string): string {
  return chinese.replace(/\s+/g, ' ').trim();
}

/** The memory of every up-to-date translation. */
export function buildMemory(pairs: readonly ArticlePair[]): Memory {
  const units = new Map<string, MemoryHit>();
  const sentences = new Map<string, MemoryHit>();
  const remember = (into: Map<string, MemoryHit>, chinese: string, hit: MemoryHit) => {
    const key = memoryKey(chinese);
    if (key !== '' && hit.english.trim() !== '' && !into.has(key)) into.set(key, hit);
  };
  for (const pair of pairs) {
    if (pair.state !== 'translated' || !pair.en) continue;
    const english = new Map(pair.en.cut.units.map((u) => [u.id, u.text]));
    for (const unit of pair.zh.cut.units) {
      const en = english.get(unit.id);
      if (en === undefined) continue;
      const from = `${pair.id}#${unit.id}`;
      remember(units, unit.text, { english: en, from });
      if (unit.kind === 'paragraph') for (const [zh, sentence] of alignSentences(unit.text, en)) remember(sentences, zh, { english: sentence, from });
    }
  }
  return { units, sentences };
}

/** The memory's English for a whole Chinese unit, unless it comes from that very unit. */
export function recall(memory: Memory, chinese: string, self: string): MemoryHit | undefined {
  const hit = memory.units.get(memoryKey(chinese));
  return hit && hit.from !== self ? hit : undefined;
}

export interface SentenceRecall {
  /** The remembered sentences, each with its Chinese. */
  hits: (MemoryHit & { chinese: string })[];
  /** Every sentence of the unit was remembered: `hits` in order make its English. */
  complete: boolean;
}

/** The memory's English for each sentence of a Chinese unit, from other units only. */
export function recallSentences(memory: Memory, chinese: string, self: string): SentenceRecall {
  const sentences = chineseSentences(chinese);
  const hits = sentences.flatMap((s) => {
    const hit = memory.sentences.get(memoryKey(s));
    return hit && hit.from !== self ? [{ ...hit, chinese: s }] : [];
  });
  return { hits, complete: sentences.length > 0 && hits.length === sentences.length };
}
