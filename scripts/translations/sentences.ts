// Sentences of a paragraph, Chinese and English, for sentence-level translation memory: a Chinese
// sentence ends at 。！？ (with a closing quote after it, if any); an English one at . ! ? (likewise)
// followed by a space and a capital, a digit or an opening quote — not after `No.`, `Co.`, `Ltd.` and
// the like. A translated paragraph with as many English sentences as Chinese ones is taken to pair
// them in order; any other is left out of the sentence memory (its whole-unit memory still counts).
const ZH_SENTENCE = /[^。！？!?]+(?:[。！？!?]+[”’」』"]?|$)|[。！？!?]+[”’」』"]?/g;
const EN_BREAK = /(?<!\b(?:No|Co|Ltd|Mr|Mrs|Ms|Dr|St|Jr|vs|Inc|approx)\.)(?<=[.!?]["”’']?)\s+(?=["“‘A-Z0-9])/;

export function chineseSentences(text: string): string[] {
  return (text.match(ZH_SENTENCE) ?? []).map((s) => s.trim()).filter(Boolean);
}

export function englishSentences(text: string): string[] {
  return text.split(EN_BREAK).map((s) => s.trim()).filter(Boolean);
}

/** The paragraph's sentence pairs, when the two have as many sentences; else none. */
export function alignSentences(chinese: string, english: string): [string, string][] {
  const zh = chineseSentences(chinese);
  const en = englishSentences(english);
  return zh.length > 1 && zh.length === en.length ? zh.map((s, i) => [s, en[i]!]) : [];
}
