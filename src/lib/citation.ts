// How an article page cites where the report was printed: `长治日报 2025年1月27日 第2版` / `Changzhi Daily,
// 27 January 2025, page 2`, from the article's `source` (ingest writes it from the page's date line or the
// seed's sidecar, seeds/<name>.yaml). What is not recorded is said, never guessed: `第2版（报纸、日期不详）`
// / `page 2 (paper and date not recorded)`. The seed file and its blocks are for archivists and are shown
// apart (components/article/SourceNote.astro). Page numbers printed as `第一版` (continuation marks) read
// through nzh, so English can say `page 1`.
import Nzh from 'nzh';
import { paperNameEn } from '../domain/papers.ts';
import { locale, t, type Lang } from './i18n.ts';
import { formatIsoDate, listFormat } from './intl-cache.ts';

export interface PrintedSource {
  paper?: string;
  /** `2025-01-27` */
  date?: string;
  page?: number;
}

const FIELDS = ['paper', 'date', 'page'] as const;

/** The citation of a printed page in the page's language, saying which of paper, date and page are unknown. */
export function citeSource(lang: Lang, source: PrintedSource): string {
  const known: string[] = [];
  if (source.paper) known.push(lang === 'en' ? paperNameEn(source.paper) : source.paper);
  if (source.date) known.push(formatIsoDate(locale(lang), source.date));
  if (source.page !== undefined) known.push(t(lang, 'citation.page', { page: source.page }));
  const missing = FIELDS.filter((field) => source[field] === undefined || source[field] === '');
  const cited = known.join(lang === 'en' ? ', ' : ' ');
  if (missing.length === 0) return cited;
  const fields = listFormat(locale(lang)).format(missing.map((field) => t(lang, `citation.field.${field}` as const)));
  const unknown = t(lang, 'citation.unknown', { fields });
  return t(lang, known.length > 0 ? 'citation.partly' : 'citation.none', { cited, unknown });
}

/** `第一版`, `第3版`, `A8版` → 1, 3, undefined: the number of a page as a continuation mark prints it. */
export function pageNumber(printed: string): number | undefined {
  const match = /^第?([0-9]+|[零〇一二两三四五六七八九十百]+)版$/u.exec(printed.trim());
  if (!match) return undefined;
  const digits = match[1]!;
  const n = /^[0-9]+$/.test(digits) ? Number(digits) : Number(Nzh.cn.decodeS(digits.replace(/两/g, '二').replace(/〇/g, '零')));
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/**
 * Where a continued report runs on from or to, in the page's language: Chinese as printed (`上接第一版`),
 * English by number (`Continued from page 1`), or when the number cannot be read, the printed words (the
 * caller marks them as Chinese).
 */
export function continuation(lang: Lang, which: 'from' | 'to', printed: string): { before: string; page: string; after: string; pageIsChinese: boolean } {
  const key = which === 'from' ? 'article.continuedFrom' : 'article.continuedTo';
  const n = lang === 'en' ? pageNumber(printed) : undefined;
  const page = n === undefined ? printed : t(lang, 'citation.page', { page: n });
  const [before, after] = t(lang, key, { page: '\u0000' }).split('\u0000') as [string, string];
  return { before, page, after, pageIsChinese: lang === 'en' && n === undefined };
}
