// The expectations a gold page sets and whether the produced articles meet them. Every gold field is one
// expectation; a gold article that was not found fails all of its own (so the total does not shrink when
// ingest loses an article), and every produced article no gold article claims is one more failed
// expectation (junk). What each type checks is documented in tests/fixtures/pages/README.md.
import type { GoldArticle, GoldFigure, GoldPage } from './gold.ts';
import { pairArticles, firstParagraph } from './match.ts';
import { byline, caption, deck, opening, place, placeSet, samePeriod, squash } from './normalize.ts';
import { unitInfo } from '../../src/domain/units.ts';
import type { ProducedArticle, ProducedFigure } from './produced.ts';

export const EXPECTATION_TYPES = [
  'count', 'article', 'junk', 'title', 'lang', 'kind', 'byline', 'kicker', 'subtitle', 'year', 'regions', 'topics',
  'captions', 'continued', 'starts', 'contains', 'excludes', 'adjacent', 'once', 'furniture',
  'figure', 'figure-status', 'figure-year', 'figure-period', 'figure-region', 'figure-topic', 'figure-label', 'figure-kind',
] as const;
export type ExpectationType = (typeof EXPECTATION_TYPES)[number];

export interface Expectation {
  type: ExpectationType;
  ok: boolean;
  /** The gold article it is about: its title, or `(untitled) <starts>`. */
  article?: string;
  /** What the gold says and what ingest made of it, for the failure list. */
  gold?: string;
  got?: string;
}

const NOT_FOUND = '(article not found)';

export function scorePage(gold: GoldPage, produced: readonly ProducedArticle[]): Expectation[] {
  const pairing = pairArticles(gold.articles, produced);
  const out: Expectation[] = [
    { type: 'count', ok: produced.length === gold.articles.length, gold: String(gold.articles.length), got: String(produced.length) },
  ];
  gold.articles.forEach((g, i) => {
    const pair = pairing.gold[i];
    out.push(...scoreArticle(g, pair ? produced[pair.produced] : undefined));
  });
  for (const j of pairing.junk) {
    const p = produced[j]!;
    out.push({ type: 'junk', ok: false, gold: '(no such article)', got: `${p.title} — ${clip(firstParagraph(p))}` });
  }
  out.push(...gold.once.map((phrase) => onceOnPage(phrase, produced)));
  out.push(...gold.furniture.map((text) => furnitureAbsent(text, produced)));
  return out;
}

/** Every expectation of one gold article against the produced article paired with it (if any). */
export function scoreArticle(g: GoldArticle, p: ProducedArticle | undefined): Expectation[] {
  const name = g.title ?? `(untitled) ${g.starts}`;
  const out: Expectation[] = [];
  const expect = (type: ExpectationType, ok: boolean, gold?: string, got?: string) =>
    out.push({ type, ok, article: name, gold, got });
  expect('article', p !== undefined, name, p ? undefined : NOT_FOUND);
  const same = (type: ExpectationType, want: string | undefined, have: string | undefined, norm: (s: string) => string) =>
    expect(type, p !== undefined && (want === undefined ? have === undefined || !norm(have) : have !== undefined && norm(want) === norm(have)), want ?? '(none)', p ? (have ?? '(none)') : NOT_FOUND);

  if (g.untitled) expect('title', p?.titleFrom === 'inferred', '(no headline on the page)', p ? `${p.title} (${p.titleFrom})` : NOT_FOUND);
  else same('title', g.title, p?.title, squash);
  same('lang', g.lang, p?.lang, String);
  same('kind', g.kind, p?.kind, String);
  same('byline', g.byline, p?.byline, byline);
  same('kicker', g.kicker, p?.kicker, deck);
  same('subtitle', g.subtitle, p?.subtitle, deck);
  expect('year', p !== undefined && (p.year ?? null) === g.year, String(g.year), p ? String(p.year ?? null) : NOT_FOUND);
  const regions = placeSet(g.regions);
  const got = p ? placeSet(p.regions) : [];
  expect('regions', p !== undefined && regions.join('、') === got.join('、'), regions.join('、') || '(none)', p ? got.join('、') || '(none)' : NOT_FOUND);
  if (g.topics) {
    const missing = g.topics.filter((t) => !p?.topics.includes(t));
    expect('topics', p !== undefined && missing.length === 0, g.topics.join(', '), p ? p.topics.join(', ') || '(none)' : NOT_FOUND);
  }
  const caps = sorted(g.captions.map(caption));
  const gotCaps = p ? sorted(p.captions.map(caption)) : [];
  expect('captions', p !== undefined && caps.join(' | ') === gotCaps.join(' | '), caps.join(' | ') || '(none)', p ? gotCaps.join(' | ') || '(none)' : NOT_FOUND);
  const cont = (c?: { from?: string; to?: string }) => (c && (c.from || c.to) ? `from ${c.from ?? '-'} to ${c.to ?? '-'}` : '(none)');
  expect('continued', p !== undefined && cont(g.continued) === cont(p.continued), cont(g.continued), p ? cont(p.continued) : NOT_FOUND);
  if (g.starts !== undefined) {
    const first = p ? firstParagraph(p) : '';
    expect('starts', p !== undefined && opening(first).startsWith(opening(g.starts)), g.starts, p ? clip(first) : NOT_FOUND);
  }
  const nodes = p ? p.body.map((n) => squash(n.text)) : [];
  const where = (phrase: string) => nodes.findIndex((n) => n.includes(squash(phrase)));
  for (const phrase of g.contains) expect('contains', p !== undefined && where(phrase) >= 0, phrase, p ? (where(phrase) >= 0 ? 'found' : 'not in one paragraph of the body') : NOT_FOUND);
  for (const phrase of g.excludes) expect('excludes', p !== undefined && where(phrase) < 0, `not ${phrase}`, p ? (where(phrase) >= 0 ? clip(p.body[where(phrase)]!.text) : 'absent') : NOT_FOUND);
  for (const [a, b] of g.adjacent) {
    const ia = where(a);
    const ib = where(b);
    const ok = p !== undefined && ia >= 0 && ib >= 0 && ib - ia >= 0 && ib - ia <= 1;
    expect('adjacent', ok, `${a} → ${b}`, p ? `paragraphs ${ia + 1} → ${ib + 1}` : NOT_FOUND);
  }
  out.push(...scoreFigures(g.figures, p?.figures, name));
  return out;
}

/** Each gold figure found (text, value and unit), then each of its fields. */
export function scoreFigures(gold: readonly GoldFigure[], produced: readonly ProducedFigure[] | undefined, article?: string): Expectation[] {
  const out: Expectation[] = [];
  const used = new Set<number>();
  // As the figures eval pairs them (figures-match.ts): the same text first, then one text inside the other
  // of the same value and unit (`24小时内` against `24小时`, `超98%` against `98%`), so a qualifier word the
  // gold and the ingest read apart does not lose the figure and every field with it.
  const pairs = new Map<number, number>();
  for (const loose of [false, true]) {
    gold.forEach((g, j) => {
      if (pairs.has(j) || !produced) return;
      const i = produced.findIndex((f, k) => !used.has(k) && sameFigure(g, f, loose));
      if (i >= 0) (pairs.set(j, i), used.add(i));
    });
  }
  for (const [j, g] of gold.entries()) {
    const i = pairs.get(j) ?? -1;
    const f = i >= 0 ? produced![i] : undefined;
    const id = `${g.text} (${g.label})`;
    const missing = produced ? '(figure not found)' : NOT_FOUND;
    const similar = produced?.find((p) => squash(p.text) === squash(g.text));
    out.push({ type: 'figure', ok: f !== undefined, article, gold: `${g.text} = ${g.value} ${g.unit}`, got: f ? undefined : similar ? `${similar.text} = ${similar.value} ${similar.unit}` : missing });
    const field = (type: ExpectationType, want: string, ok: (f: ProducedFigure) => boolean, have: (f: ProducedFigure) => unknown) =>
      out.push({ type, ok: f !== undefined && ok(f), article, gold: `${id}: ${want}`, got: f ? String(have(f) ?? '(none)') : missing });
    field('figure-status', g.status, (f) => f.status === g.status, (f) => f.status);
    field('figure-year', String(g.year), (f) => (f.year ?? null) === g.year, (f) => f.year ?? null);
    if (g.period !== undefined) field('figure-period', g.period, (f) => f.period !== undefined && samePeriod(f.period, g.period, g.year), (f) => f.period);
    field('figure-region', g.region ?? 'null', (f) => (f.region ? place(f.region) : null) === (g.region ? place(g.region) : null), (f) => f.region);
    field('figure-topic', g.topic, (f) => f.topic === g.topic, (f) => f.topic);
    field('figure-label', `${g.label} [${g.keys.join(', ')}]`, (f) => labelKeeps(f.label, g.keys), (f) => f.label);
    field('figure-kind', g.kind, (f) => f.kind === g.kind, (f) => f.kind);
  }
  return out;
}

/** Every key (`a|b`: either word) stands in the produced label. */
export function labelKeeps(label: string | undefined, keys: readonly string[]): boolean {
  if (!label) return false;
  const l = squash(label);
  return keys.every((key) => key.split('|').some((word) => l.includes(squash(word))));
}

function sameFigure(g: GoldFigure, f: ProducedFigure, loose = false): boolean {
  const [a, b] = [squash(g.text), squash(f.text)];
  const texts = a === b || (loose && (a.includes(b) || b.includes(a)));
  const [x, y] = [scaled(g.value, g.unit), scaled(f.value, f.unit)];
  return texts && sameUnit(x.unit, y.unit) && Math.abs(x.value - y.value) <= Math.max(0.01, Math.abs(x.value) * 1e-6);
}

/**
 * A value in a unit that opens with a multiplier as one in the plain unit: a table cell `2150` under a
 * `（万元）` header is written `2150 万元` by the gold (its value must be the printed digits) and may be read
 * 21,500,000 元, as `2150万元` in a sentence is.
 */
export function scaled(value: number, unit: string): { value: number; unit: string } {
  const m = /^(万|亿)(.+)$/.exec(unit);
  return m ? { value: value * (m[1] === '万' ? 1e4 : 1e8), unit: m[2]! } : { value, unit };
}

/**
 * One unit however it is spelled: a variant and the unit it is recorded as are one (`摄氏度` and `℃`, a
 * `百分点` printed without 个 and `个百分点`), so an annotator who writes the printed form is not failed
 * for the domain's recorded one (src/domain/units.ts `base`).
 */
export function sameUnit(a: string, b: string): boolean {
  // A temperature printed `22度` is recorded ℃ by ingest and may be written 度 by an annotator; 度 has no base in
  // the domain because it also counts kilowatt-hours (`用电120度`), so only the eval holds the two to be one.
  const key = (u: string) => squash(u === '度' ? '℃' : (unitInfo(u)?.base ?? u));
  return key(a) === key(b);
}

function onceOnPage(phrase: string, produced: readonly ProducedArticle[]): Expectation {
  const s = squash(phrase);
  const count = produced.reduce((n, p) => n + p.body.reduce((m, node) => m + squash(node.text).split(s).length - 1, 0), 0);
  return { type: 'once', ok: count === 1, gold: `${phrase} once`, got: `${count} times` };
}

/**
 * Page furniture in no title, deck, caption or body paragraph. A short entry (a page number, `03`) must not
 * stand as a whole one of these; a longer one must not stand in any.
 */
function furnitureAbsent(text: string, produced: readonly ProducedArticle[]): Expectation {
  const s = squash(text);
  const hit = (t: string | undefined) => t !== undefined && (s.length < 3 ? squash(t) === s : squash(t).includes(s));
  for (const p of produced) {
    const where = hit(p.title) ? 'title' : hit(p.subtitle) ? 'subtitle' : p.captions.some(hit) ? 'caption' : p.body.some((n) => hit(n.text)) ? 'body' : undefined;
    if (where) return { type: 'furniture', ok: false, gold: `not ${text}`, got: `in the ${where} of ${p.title}` };
  }
  return { type: 'furniture', ok: true, gold: `not ${text}` };
}

function sorted(list: string[]): string[] {
  return [...new Set(list)].sort();
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
