// Mixed pages (variants-mixed.ts) on a handful of dev pages: spans hold what their gold claims and come only from
// dev pages below 350, the pages are the same every run, their gold has no page field, and two plain articles of
// two pages joined by a blank line are read as two. The whole run (`npm run eval -- variants --mixed`) is not CI's.
import { describe, expect, it } from 'vitest';
import { squash } from './normalize.ts';
import { loadPages } from './variants-pages.ts';
import { runMixed } from './variants-mixed-run.ts';
import { mixedGold, mixedText, mixPages, pageSpans, scoreMix, seeded } from './variants-mixed.ts';

const all = loadPages();
const spans = all.flatMap(pageSpans);

describe('mixed pages: spans', () => {
  it('come from dev pages below 350 only, each holding its article', () => {
    expect(spans.length).toBeGreaterThan(500);
    for (const s of spans) {
      expect(Number.parseInt(s.page, 10), s.page).toBeLessThan(350);
      const text = squash(s.lines.join(''));
      for (const phrase of [s.article.title ?? s.article.starts!, ...s.article.contains]) expect(text, `${s.page}#${s.index}`).toContain(squash(phrase));
      expect(s.lines[0]!.trim(), `${s.page}#${s.index} opens with a blank line`).not.toBe('');
    }
    expect(all.flatMap((p) => pageSpans({ ...p, gold: { ...p.gold, name: `355-${p.gold.name}` } }))).toEqual([]);
  });

  it('leave out the page head and its furniture', () => {
    for (const s of spans) {
      const page = all.find((p) => p.gold.name === s.page)!.gold;
      for (const f of page.furniture.filter((f) => squash(f).length >= 3)) expect(s.lines.some((l) => squash(l) === squash(f)), `${s.page}#${s.index}: ${f}`).toBe(false);
    }
  });
});

describe('mixed pages: composition', () => {
  it('is the same every run, 2-4 spans of different pages each', () => {
    const a = mixPages(spans, 30, 7);
    const b = mixPages(spans, 30, 7);
    expect(a.map((m) => m.spans.map((s) => `${s.page}#${s.index}`))).toEqual(b.map((m) => m.spans.map((s) => `${s.page}#${s.index}`)));
    expect(mixPages(spans, 30, 8).map((m) => m.spans[0]!.page)).not.toEqual(a.map((m) => m.spans[0]!.page));
    for (const m of a) {
      expect(m.spans.length).toBeGreaterThanOrEqual(2);
      expect(m.spans.length).toBeLessThanOrEqual(4);
      expect(new Set(m.spans.map((s) => s.page)).size).toBe(m.spans.length);
    }
    const r = seeded(1);
    expect([r(), r()]).toEqual((() => { const q = seeded(1); return [q(), q()]; })());
  });

  it('joins spans by one blank line or none, and keeps only the articles in the gold', () => {
    const [m] = mixPages(spans, 1, 3);
    const blank = mixedText(m!.spans, 'blank');
    const flat = mixedText(m!.spans, 'flat');
    expect(blank.split('\n\n').length).toBeGreaterThanOrEqual(m!.spans.length);
    expect(flat.replace(/\n/gu, '')).toBe(blank.replace(/\n/gu, ''));
    const gold = mixedGold(m!.name, m!.spans);
    expect(gold.date).toBeUndefined();
    expect(gold.paper).toBeUndefined();
    expect(gold.furniture).toEqual([]);
    expect(gold.articles).toEqual(m!.spans.map((s) => s.article));
  });
});

describe('mixed pages: scored', () => {
  it('reads two plain articles of two pages, joined by a blank line, as two', () => {
    const a = spans.find((s) => s.page.startsWith('01-') && s.article.kicker !== undefined)!;
    const b = spans.find((s) => s.page.startsWith('02-'))!;
    const scored = scoreMix({ name: 'mixed-test', spans: [a, b] }, 'blank');
    expect(scored.fates.map((f) => f.fate)).toEqual(['found', 'found']);
    expect(scored.junk).toBe(0);
  });

  it('scores each article own, alone and mixed on the same expectations', () => {
    const few = all.filter((p) => /^(0[1-9]|1[0-9])-/u.test(p.gold.name));
    const run = runMixed(few, 3, 19);
    for (const m of run.mixes.blank) {
      for (const s of m.page.spans) {
        const k = `${s.page}#${s.index}`;
        expect(run.own.get(k)!.map((e) => e.type)).toEqual(run.alone.get(k)!.map((e) => e.type));
        if (s.dated) expect(run.own.get(k)!.some((e) => e.type === 'year' || e.type === 'figure-year')).toBe(false);
      }
    }
    expect(run.mixes.flat.map((m) => m.page.name)).toEqual(run.mixes.blank.map((m) => m.page.name));
  });
});
