// Words that read like a place but are not in the gazetteer (杏城镇, 贾掌镇, 通州区, 城东街道): the ingest report
// names them so an editor can tell a gap in the gazetteer from a place outside Changzhi, and they are never
// published as places. A place-like word is a name-like stem of at least two characters before a division suffix (街道/镇/乡/区/县), read by the form of jieba's words rather than by a list:
// the suffix stands as a word of its own after a proper name (城东 + 街道, 红星 + 街道), or ends a word jieba
// calls a place name or does not know (通州区 ns, 仵乡 unknown), its stem completed by the word before it
// (西 + 仵乡, 杏 + 城镇) when that is one character or a name. A common noun that happens to end in a suffix
// (城乡, 社区, 全县, 乡镇) is one word jieba knows as a noun, so it is no place; nor is a suffix after a common
// noun (专业镇, 产业园区), a stem opening with a determiner (各乡镇, 我区), holding a numeral (一县一品,
// 一城四区) or a division word (市 + 城镇). A one-character stem is too short to tell (市和县 is no 和县). Gazetteer places are masked first. Known miss: a two-character common-noun stem (程家 + 山乡).

import { scanPlaces } from '../../../src/domain/places/gazetteer.ts';
import { tagWords, type Word } from '../figures/words.ts';

const SUFFIX = /(?:街道|镇|乡|区|县)$/u;
const HAN = /^\p{Script=Han}+$/u;
// jieba tags of proper names: place, person and other names, abbreviations, and `x`, which jieba gives a
// word it does not know; a one-character word may also be a noun or a locality word (东, 西).
const PROPER_TAGS = new Set(['nr', 'ns', 'nz', 'nrt', 'j', 'x']);
const ONE_CHARACTER_TAGS = new Set([...PROPER_TAGS, 'n', 'ng', 'f', 's']);
const NUMERAL = /[一二三四五六七八九十百千万两〇零0-9]/u;
const DIVISION_WORD = /[省市县区乡镇村]/u;
const MIN_STEM = 2;
// A stem that opens with a determiner or pronoun is a phrase (各乡镇, 全县, 我区, 两县), not a name.
const DETERMINER = /^[各全本该每此这那我其两几多诸]/u;
const MAX_STEM = 4;

/** Place-like words of a text that are not gazetteer places, each once, in order. */
export function placeLikeWords(text: string): string[] {
  const masked = maskGazetteer(text);
  if (!/(?:街道|镇|乡|区|县)/u.test(masked)) return [];
  const words = tagWords(masked);
  const found: string[] = [];
  words.forEach((word, i) => {
    const candidate = placeLikeAt(words, i);
    if (candidate && !found.includes(candidate)) found.push(candidate);
  });
  return found;
}

/** The place-like word ending with words[i], if one does. */
function placeLikeAt(words: readonly Word[], i: number): string | undefined {
  const word = words[i]!;
  const suffix = SUFFIX.exec(word.word)?.[0];
  if (!suffix || !HAN.test(word.word)) return undefined;
  const bare = word.word === suffix;
  // A word jieba knows as a common noun (城乡, 社区, 全县) is no place, whatever it ends in.
  if (!bare && word.tag !== 'ns' && word.tag !== 'x') return undefined;
  let stem = word.word.slice(0, -suffix.length);
  for (let k = i - 1; (stem.length < MIN_STEM || (bare && k === i - 1)) && k >= 0; k--) {
    const before = words[k]!;
    const nameLike = PROPER_TAGS.has(before.tag) || (!bare && before.word.length === 1 && ONE_CHARACTER_TAGS.has(before.tag));
    if (before.end !== words[k + 1]!.start || !nameLike || !HAN.test(before.word)) break;
    stem = before.word + stem;
  }
  if (stem.length < MIN_STEM || stem.length > MAX_STEM || DETERMINER.test(stem) || NUMERAL.test(stem) || DIVISION_WORD.test(stem)) {
    return undefined;
  }
  return stem + suffix;
}

/** The text with every gazetteer mention (and the city words) replaced by a stop, so what is left is unknown. */
function maskGazetteer(text: string): string {
  let out = '';
  let at = 0;
  for (const m of scanPlaces(text)) {
    out += `${text.slice(at, m.start)}、`;
    at = m.end;
  }
  return (out + text.slice(at)).replace(/我市|全市|本市/gu, '、');
}
