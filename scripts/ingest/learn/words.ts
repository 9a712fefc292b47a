// The content words of a span of text, for the learned topic model (bayes.ts, figures/topic-model.ts): jieba's
// words with their parts of speech (figures/words.ts, one dictionary and one memo for the whole ingest), kept
// when they name a thing, an act or a kind of thing — nouns, verbal nouns, verbs, distinguishing words, idioms and
// abbreviations — and dropped when they carry no topic of their own: numbers, measure words and times, function
// words and punctuation, one-character words other than nouns (说, 有, 新), and the places of the gazetteer (a
// county's name says where, not what about). jieba's name tags are not trusted (it tags 幼儿园 a person and 新建
// a place): a person's name is left to the model's rule that a word must stand on two pages. A word jieba does
// not know (`x`) counts when it is two or more Chinese characters not opening on a number (`万人`).

import { placesNamed } from '../../../src/domain/places/gazetteer.ts';
import { tagWords } from '../figures/words.ts';

/** jieba's tags of content words: n noun (nz, nt, ng …), v verb (vn, vd …), a adjective, b, i idiom, j, l. */
const CONTENT = /^(?:n|v|a|b|i|j|l)/;
const HAN = /^\p{Script=Han}+$/u;
const UNKNOWN = /^(?![零一二两三四五六七八九十百千万亿余多几])\p{Script=Han}{2,}$/u;

/** The content words of `text`, in order, repeats kept. */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const { word, tag } of tagWords(text)) {
    if (tag === 'x' ? !UNKNOWN.test(word) : !CONTENT.test(tag)) continue;
    if (!HAN.test(word) || (word.length === 1 && !tag.startsWith('n')) || placesNamed(word).length > 0) continue;
    out.push(word);
  }
  return out;
}
