// Pagefind's excerpts are HTML: the page text with `<` and `>` escaped and `<mark>` around the words
// that matched. The results are built from text nodes rather than innerHTML, so no text from the index
// is ever parsed as markup; this turns an excerpt into its plain and marked runs.

export interface ExcerptRun {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'" };

function decode(html: string): string {
  return html.replace(/&(lt|gt|amp|quot|#39);/g, (entity) => ENTITIES[entity]!);
}

/**
 * `a<mark>b</mark>c` → `a`, `b` (marked), `c`. Any other tag is dropped, keeping its text. Pagefind marks
 * a whole space-separated word, punctuation and all (`<mark>Heating.</mark>`): the punctuation at a
 * mark's edges is left unmarked (a percent sign stays with its number).
 */
export function excerptRuns(html: string): ExcerptRun[] {
  const runs: ExcerptRun[] = [];
  const add = (text: string, marked: boolean) => {
    if (!text) return;
    const last = runs.at(-1);
    if (last && last.marked === marked) last.text += text;
    else runs.push({ text, marked });
  };
  let marked = false;
  for (const part of chineseStops(html).split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(part)) marked = true;
    else if (/^<\/mark>$/i.test(part)) marked = false;
    else {
      const text = chineseStops(decode(part.replace(/<[^>]*>/g, '')));
      const edges = marked ? MARK_EDGES.exec(text) : null;
      if (edges?.[2]) {
        add(edges[1]!, false);
        add(edges[2], true);
        add(edges[3]!, false);
      } else add(text, marked);
    }
  }
  return runs;
}

/** A marked word's leading punctuation, the word, its trailing punctuation. */
const MARK_EDGES = /^((?:(?![%‰])\p{P})*)(.*?)((?:(?![%‰])\p{P})*)$/su;

/** Where a sentence ends: its stop, then any closing quote or bracket. */
const SENTENCE_END = /[.!?;:。！？；：…][\p{Pe}\p{Pf}"']*$/u;
/** A Chinese stop, which ends a sentence whatever follows. */
const CHINESE_END = /[。！？；：…][\p{Pe}\p{Pf}"']*$/u;
/** What a sentence opens with after a Latin stop: a capital, a Chinese character, an opening quote or bracket
 *  (after `No. ` comes a number, after `approx. ` a small letter: the same sentence). */
const SENTENCE_START = /^[\p{Lu}\p{Script=Han}\p{Ps}\p{Pi}"']/u;

const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Whether the excerpt starts or ends inside a sentence of the page's text (Pagefind's `content`), where
 * the reader should see `…`: it starts inside one when text comes before it and that text does not end a
 * sentence; it ends inside one when text follows it and it does not end a sentence itself. An excerpt
 * not found in the text (another version of the page) is given no marks.
 */
export function excerptCuts(excerpt: string, content: string): { before: boolean; after: boolean } {
  const plain = spaced(decode(excerpt.replace(/<[^>]*>/g, '')));
  const text = spaced(content);
  const at = plain ? text.indexOf(plain) : -1;
  if (at < 0) return { before: false, after: false };
  return {
    before: at > 0 && !startsSentence(text.slice(0, at).trimEnd(), plain),
    after: at + plain.length < text.length && !SENTENCE_END.test(plain),
  };
}

// Pagefind joins a heading and the next paragraph with `. `, which in Chinese reads as stray Latin
// punctuation (`长治市推进供热. 1月26日…`). Between Chinese characters (or Chinese quotes and brackets) the
// papers never print `. `, so there it is the joint, and the Chinese full stop says the same. A `<mark>` may
// stand on either side of it in an excerpt (`指标 · 供热. <mark>供热</mark>面积` read `供热. 供热面积`).
const JOINT = /(?<=[\p{Script=Han}”」』）](?:<\/?mark>)?)\. (?=(?:<\/?mark>)?(?:[\p{Script=Han}“「『（]|\d[\d.,]*\p{Script=Han}))/giu;

/** The text with Pagefind's `. ` between Chinese sentences written `。`. */
export function chineseStops(text: string): string {
  return text.replace(JOINT, '。');
}

/** Whether `after` opens a sentence where `before` stops. */
function startsSentence(before: string, after: string): boolean {
  return CHINESE_END.test(before) || (SENTENCE_END.test(before) && SENTENCE_START.test(after));
}
