// What junk looks like in ingest's output, read by the form of what an article holds (S21, issue 15 point 3):
// an article titled by a byline, a page's date line, a topic tag or a photo credit; an article of captions and
// credits alone; an article with neither a printed head, nor one sentence, nor a figure of its own (a data box
// whose head was lost is a wrong title, not junk). The property test
// (variants-junk.test.ts) asks it of every dev page and of each page printed another way (variants.ts).
import { isBylineLine, isPhotoCredit } from '../ingest/structure/bylines.ts';
import { isTopicTagLine } from '../ingest/structure/columns.ts';
import { isPageLine } from '../ingest/structure/page-lines.ts';

// A sentence's end, Chinese or English, maybe inside closing quotes or brackets.
const SENTENCE = /[。！？!?]|\.(?:["”’)）]|\s|$)/u;

/** What junkShape reads of an ingested article: its title, where the title came from, its body in order. */
export interface ArticleShape {
  title: string;
  titleFrom?: string;
  body: readonly { kind: string; text: string }[];
}

/** Why an article reads as junk by its form (`figures`: how many it holds), or undefined when it reads as an article. */
export function junkShape(article: ArticleShape, figures = 0): string | undefined {
  const title = article.title.trim();
  if (article.titleFrom !== 'inferred') {
    if (isPhotoCredit(title)) return 'titled by a photo credit';
    if (isBylineLine(title)) return 'titled by a byline';
    if (isPageLine(title)) return 'titled by a date line';
    if (isTopicTagLine(title)) return 'titled by a topic tag';
  }
  const text = article.body.filter((n) => n.kind !== 'caption');
  if (text.length === 0) return 'captions or credits alone';
  if (article.titleFrom === 'inferred' && figures === 0 && !text.some((n) => SENTENCE.test(n.text))) return 'no head, no sentence, no figure';
  return undefined;
}
