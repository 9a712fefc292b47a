// `npm run eval -- variants --mixed`: pages made of other pages' articles. Each dev page is cut into its gold
// articles' spans (variants-layouts.ts `articleSpans`: an article runs from its first line to the next one's;
// the page's head before the first, its furniture lines and a first span that may hold the head are left out),
// and ~100 new pages are put together from 2–4 spans of different dev pages in a seeded order, joined by a blank
// line (`blank`) or by nothing (`flat`). Their gold is the articles' gold with the page's fields (date, paper,
// furniture, once) dropped. So an article stands next to a neighbour of another page's form, as on a page no rule
// was fitted to: a boundary found only because the page around it is of one known form is lost here.
// Each article is scored three ways: on its own page, alone on a page of its own span (what leaving the page's
// head behind costs: its date line, its masthead), and on the mixed page (what the neighbours cost). A year the
// source page's date line gave is the mix's change, not a loss: `year`, `figure-year` and `figure-period` of an
// article from a dated page are not counted. Pages 350 and later (blind) and the holdout are never used.
import { ingest } from '../ingest/pipeline.ts';
import type { GoldArticle, GoldPage } from './gold.ts';
import { pairArticles } from './match.ts';
import { caption as captionKey, squash } from './normalize.ts';
import { producedArticle, type ProducedArticle } from './produced.ts';
import { scorePage, type Expectation, type ExpectationType } from './score.ts';
import type { PageText } from './variants-pages.ts';
import { titleLines } from './variants-forms.ts';
import { articleSpans } from './variants-layouts.ts';

/** One gold article's lines as its page prints them, with where it came from. */
export interface Span {
  page: string;
  /** The article's index in its page's gold. */
  index: number;
  article: GoldArticle;
  lines: string[];
  /** Its page has a date line (or a date in its gold): the article's year came from the page. */
  dated: boolean;
  /** Each line's role by the gold: headline, kicker, deck, byline, caption, text (ends a sentence), short or line. */
  roles: LineRole[];
}

/** A line's role, and for a line of text how it opens (`text:讯`, `short:bracket`, `line:table`). */
export type LineRole = 'headline' | 'kicker' | 'deck' | 'byline' | 'caption' | `${'text' | 'short' | 'line'}${'' | `:${string}`}`;

export interface MixedPage {
  name: string;
  spans: Span[];
}

/** Only dev pages below this number are cut (350–359 are the blind pages). */
const BLIND_FROM = 350;
/** Not counted for an article of a dated page: the mixed page has no date line. */
const PAGE_DATED: ExpectationType[] = ['year', 'figure-year', 'figure-period'];
/** A furniture entry this short is one only where it is the whole line (a page number `03`). */
const SHORT_FURNITURE = 3;

const pageNumber = (name: string) => Number.parseInt(name, 10);

/** Whether a line is page furniture by the page's gold (a running head, a page number, an editor's line). */
function isFurniture(line: string, furniture: readonly string[]): boolean {
  const s = squash(line);
  return s !== '' && furniture.some((f) => {
    const k = squash(f);
    return k.length < SHORT_FURNITURE ? s === k : s.includes(k) && s.length <= k.length + 12;
  });
}

/** What a line is by the gold of its article: the role its form matters for at a boundary. */
function rolesOf(lines: readonly string[], page: GoldPage, article: GoldArticle): LineRole[] {
  const marks = titleLines(lines, { ...page, articles: [article] });
  const caps = new Set(article.captions.map(captionKey));
  return lines.map((l, i) => {
    const m = marks.get(i);
    if (m) return m;
    if (caps.has(captionKey(l))) return 'caption';
    const t = l.trim();
    const base = /[。！？!?…」”』）)]$/u.test(t) ? 'text' : [...t].length <= 15 ? 'short' : 'line';
    const open = opensWith(t);
    return (open ? `${base}:${open}` : base) as LineRole;
  });
}

/** How a line opens, where its opening is a mark of form: a dateline 讯, a bracket, a bullet, a number, a date, a tag, a table cell. */
export function opensWith(line: string): string | undefined {
  if (/^(?:本报|\p{Script=Han}{2,4})讯/u.test(line)) return '讯';
  if (/^[|｜]|\t/u.test(line)) return 'table';
  if (/^[#＃]/u.test(line)) return '#';
  if (/^[〔【\[（(「《]/u.test(line)) return 'bracket';
  if (/^[■□●○◎◆◇▲△▶►★☆·•・\-*—]/u.test(line)) return 'bullet';
  if (/^(?:[①-⑳]|\d{1,2}[、.．]|[一二三四五六七八九十]+、)/u.test(line)) return 'numbered';
  if (/^\d{1,2}月\d{1,2}日/u.test(line)) return 'date';
  if (/^\p{Script=Han}{1,6}[：:]/u.test(line)) return 'label:';
  return undefined;
}

/**
 * Every gold article of a page whose span holds all it claims (its title or opening, contains, captions and
 * figures), in page order. A page whose spans do not line up with its gold articles gives none.
 */
export function pageSpans({ gold, text }: PageText): Span[] {
  if (!(pageNumber(gold.name) < BLIND_FROM) || gold.set !== 'dev') return [];
  const lines = text.split('\n');
  const starts = articleSpans(lines, gold);
  if (starts.length !== gold.articles.length) return [];
  const dated = gold.date !== undefined;
  const out: Span[] = [];
  gold.articles.forEach((article, k) => {
    // A page with no head printed before its first article may hold it inside the first span.
    if (k === 0 && starts[0] === 0 && (gold.date !== undefined || gold.paper !== undefined)) return;
    const span = lines.slice(starts[k], starts[k + 1] ?? lines.length).filter((l) => !isFurniture(l, gold.furniture));
    while (span.length > 0 && !span.at(-1)!.trim()) span.pop();
    while (span.length > 0 && !span[0]!.trim()) span.shift();
    const all = squash(span.join('\n'));
    const claims = [article.title ?? article.starts, ...article.contains, ...article.figures.map((f) => f.text)];
    if (claims.some((c) => c !== undefined && !all.includes(squash(c)))) return;
    if (article.captions.some((c) => !span.some((l) => captionKey(l).includes(captionKey(c))))) return;
    out.push({ page: gold.name, index: k, article, lines: span, dated, roles: rolesOf(span, gold, article) });
  });
  return out;
}

/** A small seeded generator (mulberry32): the same pages every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` pages of 2–4 spans, each from a different page, drawn in a seeded order. */
export function mixPages(spans: readonly Span[], count = 100, seed = 19): MixedPage[] {
  const random = seeded(seed);
  const pages = [...new Set(spans.map((s) => s.page))];
  if (pages.length < 2) return [];
  const out: MixedPage[] = [];
  for (let n = 0; n < count; n++) {
    const size = Math.min(pages.length, 2 + Math.floor(random() * 3));
    const chosen: Span[] = [];
    const taken = new Set<string>();
    while (chosen.length < size) {
      const s = spans[Math.floor(random() * spans.length)]!;
      if (taken.has(s.page)) continue;
      taken.add(s.page);
      chosen.push(s);
    }
    out.push({ name: `mixed-${String(n + 1).padStart(3, '0')}`, spans: chosen });
  }
  return out;
}

export type Join = 'blank' | 'flat';

/** The mixed page's text: its spans joined by one blank line, or by none. */
export function mixedText(spans: readonly Span[], join: Join): string {
  return `${spans.map((s) => s.lines.join('\n')).join(join === 'blank' ? '\n\n' : '\n')}\n`;
}

/** The mixed page's gold: its articles' gold, no page field. */
export function mixedGold(name: string, spans: readonly Span[]): GoldPage {
  return { name, set: 'mixed', goldFile: `${name}.gold.yaml`, textFile: `${name}.txt`, encoding: 'utf-8', crlf: false, layout: [], furniture: [], once: [], articles: spans.map((s) => s.article) };
}

/** One page ingested in memory: its articles as the eval reads them (none when ingest fails). */
export function ingestText(name: string, text: string): ProducedArticle[] {
  try {
    const result = ingest([{ name: `${name}.txt`, bytes: new TextEncoder().encode(text) }], []);
    if (result.reports.some((r) => r.error)) return [];
    return result.articles.map(producedArticle);
  } catch {
    return [];
  }
}

const nameOf = (a: GoldArticle) => a.title ?? `(untitled) ${a.starts}`;

/** An article's own expectations on a page (not the page's count, junk, once, furniture), those the mix may change left out. */
export function articleExpectations(all: readonly Expectation[], span: Span): Expectation[] {
  const name = nameOf(span.article);
  return all.filter((e) => e.article === name && !(span.dated && PAGE_DATED.includes(e.type)));
}

/**
 * What became of an article on a mixed page: found whole, found with some of its text (a `contains` phrase, a
 * caption, a figure) in a neighbour's article (`cut`), merged into a neighbour, or missing.
 */
export type Fate = 'found' | 'cut' | 'merged' | 'missing';

export interface ScoredMix {
  page: MixedPage;
  join: Join;
  expectations: Expectation[];
  produced: ProducedArticle[];
  /** For each span: its fate, and for a merge or a cut the span whose article holds its text. */
  fates: { fate: Fate; into?: number }[];
  junk: number;
}

const textOf = (p: ProducedArticle) => squash([p.title, p.subtitle ?? '', ...p.captions, ...p.body.map((n) => n.text)].join('\n'));

/** Where a gold article's text went when nothing was paired with it: the produced article that holds it. */
function holder(article: GoldArticle, produced: readonly ProducedArticle[]): number {
  const marks = [article.starts, article.contains[0], article.title, article.figures[0]?.text].filter((m): m is string => m !== undefined).map(squash);
  return produced.findIndex((p) => marks.some((m) => textOf(p).includes(m)));
}

/** A found article's phrases, captions and figures that its produced article lacks and another one holds: that one. */
function cutTo(article: GoldArticle, own: number, produced: readonly ProducedArticle[]): number {
  const texts = produced.map(textOf);
  const marks = [...article.contains, ...article.captions, ...article.figures.map((f) => f.text)].map(squash).filter((m) => m.length >= 4);
  for (const m of marks) {
    if (texts[own]!.includes(m)) continue;
    const at = texts.findIndex((t, i) => i !== own && t.includes(m));
    if (at >= 0) return at;
  }
  return -1;
}

/** A mixed page ingested and scored, with each article's fate. */
export function scoreMix(page: MixedPage, join: Join): ScoredMix {
  const gold = mixedGold(page.name, page.spans);
  const produced = ingestText(page.name, mixedText(page.spans, join));
  const expectations = scorePage(gold, produced);
  const pairing = pairArticles(gold.articles, produced);
  const fates = page.spans.map((s, i): ScoredMix['fates'][number] => {
    const paired = pairing.gold[i];
    if (paired) {
      const to = cutTo(s.article, paired.produced, produced);
      if (to < 0) return { fate: 'found' };
      const into = pairing.gold.findIndex((p) => p?.produced === to);
      return into >= 0 ? { fate: 'cut', into } : { fate: 'cut' };
    }
    const at = holder(s.article, produced);
    if (at < 0) return { fate: 'missing' };
    const into = pairing.gold.findIndex((p) => p?.produced === at);
    return into >= 0 ? { fate: 'merged', into } : { fate: 'missing' };
  });
  return { page, join, expectations, produced, fates, junk: pairing.junk.length };
}

/**
 * A boundary's form: the role of the last line before it and of the first line after it (`text | text:date`), or,
 * `detail`ed, of the first three lines after it (`line:label: | headline+deck+short`).
 */
export function boundaryForm(before: Span, after: Span, detail = false): string {
  const tail = before.roles.filter((_, i) => before.lines[i]!.trim()).at(-1) ?? 'line';
  const head = after.roles.filter((_, i) => after.lines[i]!.trim()).slice(0, detail ? 3 : 1);
  return `${tail} | ${head.join('+')}`;
}

/** The last `n` non-blank lines of a span, or its first `n`. */
export function edge(span: Span, n: number, end: 'tail' | 'head'): string[] {
  const lines = span.lines.filter((l) => l.trim());
  return end === 'tail' ? lines.slice(-n) : lines.slice(0, n);
}
