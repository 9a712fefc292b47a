// Place and topic names across the two languages, for a search typed in the other language's words: `壶关`
// on the English search page, `heating` on the Chinese one. The search page carries the names of the places
// and topics its index has (a few KB) and maps such a query to its own language's word before it tells the
// reader to look in the other language (components/search/search-client.ts).
import { TOPIC_LABELS, type Topic } from '../../domain/topics.ts';
import type { Lang } from '../i18n.ts';
import { placeAsTyped, shortPlaceName, type PlaceName } from './keywords.ts';

/** One place or topic: the forms a reader may type in each language, the first being the one searched for. */
export interface VocabularyEntry {
  zh: string[];
  en: string[];
}

export interface VocabularySource {
  places: readonly PlaceName[];
  topics: readonly Topic[];
  /** English topic labels as the site shows them (glossary overrides); the vocabulary's otherwise. */
  topicEn?: (topic: Topic) => string;
}

const HAN = /\p{Script=Han}/u;

/** The vocabulary of a set of places and topics, each listed once. */
export function searchVocabulary(source: VocabularySource): VocabularyEntry[] {
  const topicEn = source.topicEn ?? ((topic: Topic) => TOPIC_LABELS[topic].en);
  const entries: VocabularyEntry[] = [];
  const seen = new Set<string>();
  for (const place of source.places) {
    if (seen.has(place.zh)) continue;
    seen.add(place.zh);
    // Searched as the name the index holds: the Chinese as printed, the English as one typed word (keywords.ts).
    entries.push({ zh: unique([place.zh, shortPlaceName(place.zh)]), en: unique([placeAsTyped(place.en), place.en]) });
  }
  for (const topic of new Set(source.topics)) {
    entries.push({ zh: [TOPIC_LABELS[topic].zh], en: unique([topicEn(topic), TOPIC_LABELS[topic].en]) });
  }
  return entries;
}

function unique(forms: string[]): string[] {
  return [...new Set(forms.filter((f) => f.trim() !== ''))];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The query with every place or topic name of the other language replaced by this language's name:
 * `heating` → `供热` for the Chinese index, `壶关 供热` → `huguan Heating` for the English one. Chinese
 * names match anywhere in the query (Chinese is written without spaces), Latin ones as whole words in any
 * case. Undefined when the query names none.
 */
export function mapQuery(query: string, vocabulary: readonly VocabularyEntry[], to: Lang): string | undefined {
  const from: Lang = to === 'zh' ? 'en' : 'zh';
  const forms = vocabulary
    .flatMap((entry) => entry[from].map((form) => ({ form, target: entry[to][0]! })))
    .filter(({ form, target }) => form.trim() !== '' && target !== undefined)
    .sort((a, b) => b.form.length - a.form.length);
  if (forms.length === 0) return undefined;
  const byForm = new Map(forms.map(({ form, target }) => [form.toLowerCase(), target]));
  const pattern = new RegExp(
    forms.map(({ form }) => (HAN.test(form) ? escape(form) : `(?<![\\p{L}\\p{N}])${escape(form)}(?![\\p{L}\\p{N}])`)).join('|'),
    'giu',
  );
  let changed = false;
  const mapped = query.replace(pattern, (match) => {
    changed = true;
    // Between Chinese characters a replaced Latin word needs spaces to stay a word of its own.
    return ` ${byForm.get(match.toLowerCase())} `;
  });
  return changed ? mapped.replace(/\s+/g, ' ').trim() : undefined;
}
