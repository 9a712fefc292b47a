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

/** `a<mark>b</mark>c` → `a`, `b` (marked), `c`. Any other tag is dropped, keeping its text. */
export function excerptRuns(html: string): ExcerptRun[] {
  const runs: ExcerptRun[] = [];
  let marked = false;
  for (const part of chineseStops(html).split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(part)) marked = true;
    else if (/^<\/mark>$/i.test(part)) marked = false;
    else {
      const text = chineseStops(decode(part.replace(/<[^>]*>/g, '')));
      if (!text) continue;
      const last = runs.at(-1);
      if (last && last.marked === marked) last.text += text;
      else runs.push({ text, marked });
    }
  }
  return runs;
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
