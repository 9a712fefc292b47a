// Sentences of a paragraph, for the `sentence` a figure is quoted with and the words it is read against.
// A sentence ends at 。！？ (with the closing quote or bracket that follows) or at an ellipsis, which in these
// reports closes a list of achievements (`……上党区委、区政府始终…`). Semicolons do not end a sentence: the
// clauses they join share a subject and a year (`2024年5月，…；4月开工建设的…`).

export interface Sentence {
  /** Offsets in the paragraph. */
  start: number;
  end: number;
}

const SENTENCE_END = /(?:[。！？!?]+|…+|\.{3,})[”’」』）)]*/g;

export function splitSentences(paragraph: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(paragraph); m; m = SENTENCE_END.exec(paragraph)) {
    const end = m.index + m[0].length;
    if (paragraph.slice(start, end).trim()) sentences.push({ start, end });
    start = end;
  }
  if (paragraph.slice(start).trim()) sentences.push({ start, end: paragraph.length });
  return sentences;
}

/** The sentence holding offset `at` (sentences in order, as splitSentences gives them). */
export function sentenceAt(sentences: readonly Sentence[], at: number): Sentence {
  for (const s of sentences) if (at < s.end) return s;
  return sentences[sentences.length - 1] ?? { start: 0, end: 0 };
}

/** A sentence's text without the whitespace around it. */
export function sentenceText(paragraph: string, s: Sentence): string {
  return paragraph.slice(s.start, s.end).trim();
}
