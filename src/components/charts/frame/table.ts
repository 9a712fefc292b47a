// The shape of a chart's data table (ChartTable.astro), built by each chart from its marks.
import type { Lang } from '../../../lib/i18n.ts';

export interface TableCell {
  text: string;
  /** The language of the text, when it is not the page's (a Chinese subject on an English page). */
  lang?: Lang;
  /** A part of the text in the other language (an untranslated report's Chinese title in an English cell). */
  foreign?: { text: string; lang: Lang };
  href?: string;
  /** Set when the link leads to a page in the other language. */
  hreflang?: Lang;
  numeric?: boolean;
}

export interface TableRow {
  key: string;
  cells: TableCell[];
  /** data-* attributes for the client script (filters, sorting). */
  data?: Record<string, string>;
}
