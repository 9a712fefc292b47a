// Words indexed with each article besides its text, for searches the text alone would not answer:
// a place without its suffix (`西火` for 西火镇), in pinyin as typed without a Chinese keyboard
// (`huguan`), and in English; the topic labels (on a Chinese page in English too, so `heating` finds 供热
// reports there as `Huguan` finds 壶关 ones); and the pinyin of the title's words. Pagefind indexes
// them with the page (PagefindFilters.astro writes them), so they cost no extra request.
import { pinyin } from 'pinyin-pro';
import { TOPIC_LABELS, type Topic } from '../../domain/topics.ts';
import type { Lang } from '../i18n.ts';

export interface PlaceName {
  /** As the text prints it: `壶关县`. */
  zh: string;
  /** The site's English name: `Huguan County`. */
  en: string;
}

export interface KeywordSource {
  /** The language of the page the words are indexed with. */
  lang: Lang;
  /** The Chinese title, printed or inferred. */
  titleZh: string;
  places: readonly PlaceName[];
  topics: readonly Topic[];
  /** English topic labels as the site shows them (glossary overrides included); the lexicon's otherwise. */
  topicEn?: (topic: Topic) => string;
}

const ADMIN_SUFFIX = /(街道|县|区|市|镇|乡)$/;
const ENGLISH_LEVEL = / (County|District|City|Town|Township|Subdistrict)$/;
const HAN = /^\p{Script=Han}+$/u;

/** `西火镇` → `西火`; a name that would be left with one character (`沁县`) keeps its suffix. */
export function shortPlaceName(zh: string): string {
  const short = zh.replace(ADMIN_SUFFIX, '');
  return short.length >= 2 ? short : zh;
}

/** `Huguan County` → `huguan`, `Xin'anquan Town` → `xinanquan`: the name as one typed word. */
export function placeAsTyped(en: string): string {
  return en
    .replace(ENGLISH_LEVEL, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** `民生` → `minsheng`: toneless pinyin run together, as an input method takes it. */
export function pinyinWord(han: string): string {
  // Titles share their words (民生, 供热, 就业): each word's pinyin is worked out once per build.
  let word = pinyinWords.get(han);
  if (word === undefined) {
    word = pinyin(han, { toneType: 'none', type: 'array', v: true })
      .join('')
      .toLowerCase()
      .replace(/[^a-z]/g, '');
    pinyinWords.set(han, word);
  }
  return word;
}

const pinyinWords = new Map<string, string>();

// One segmenter for every title: making one loads ICU's word break data (issue 17: 1.4 s of CPU at 10,000
// articles when each Chinese page made its own, profiled). segment() keeps no state between texts. Made on
// first use, so the search page's script, which bundles this module, makes none.
let segmenter: Intl.Segmenter | undefined;

/** The dictionary words of a Chinese text, two characters or more (single characters say little). */
export function chineseWords(text: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(text)].map((s) => s.segment).filter((w) => w.length >= 2 && HAN.test(w));
}

/** The extra words for one article's page, without repeats, in a stable order. */
export function searchKeywords(source: KeywordSource): string[] {
  const words: string[] = [];
  const topicEn = source.topicEn ?? ((topic: Topic) => TOPIC_LABELS[topic].en);
  for (const place of source.places) {
    if (source.lang === 'zh') words.push(place.zh, shortPlaceName(place.zh));
    words.push(place.en, placeAsTyped(place.en));
  }
  for (const topic of source.topics) {
    if (source.lang === 'zh') words.push(TOPIC_LABELS[topic].zh);
    words.push(topicEn(topic));
  }
  if (source.lang === 'zh') words.push(...chineseWords(source.titleZh).map(pinyinWord));
  return [...new Set(words.filter((w) => w.trim() !== ''))];
}
