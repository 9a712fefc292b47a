// The metamorphic page eval on a few dev pages and the variants that once cost most (the whole run, `npm run eval
// -- variants`, takes longer than CI should spend): each variant must score its pages within a small margin of the
// original, so a rule that fits one page's exact typing, not the form, shows here.
import { describe, expect, it } from 'vitest';
import { drops, loadPages, ORIGINAL, runVariant, VARIANTS } from './variants.ts';

// Pages of the forms the variants change most: a kicker, deck and byline stack; 本报讯 items; photo news with
// credits; one-line news under ▲; a two-line headline under its 引题; a page of markup characters; a notice box.
const PAGES = ['01-kicker-deck', '03-benbaoxun-items', '56-photo-news', '63-special-chars-table', '69-figure-periods', '73-yinti-split-headline', '82-markup-headline'];
const CHECKED = ['bold-titles', 'italic-titles', 'strong-titles', 'md-headings', 'amp-entity', 'rule-dashes', 'no-blank-lines', 'html-p', 'br-lines', 'crlf', 'wide-indent', 'byline-colon', 'deck-bars', 'credit-slash', 'rule-heavy-only', 'ornament-only', 'title-spaces', 'reversed'];
/**
 * A PDF copy's hard wraps still cost these pages some expectations (a web address and a table cut at the column,
 * a two-line headline under its 引题, figures read across a rejoined line): the loss of 2026-12-04, so a rule that
 * reads wrapped lines worse shows here. Lower it as the ingest gains (50 and 37 before headlines broken for a
 * column's width were read as one: 36 and 27 since). Session 18: pdf-wrap 38 -> 39 with no page of it read worse
 * (pdf-wrap held 1,668 of 1,725 before and after): the original gained 5 on dev 82 (a kicker / headline / deck
 * stack read by position, run-titles.ts), which the wrapped copy does not get yet. Session 29: pdf-wrap 39 -> 40, the
 * wrapped copy of dev 73 read one worse since b4c48753 (describe/kind.ts: one short paragraph signed by correspondents
 * alone is news) — the original page holds 238/238 before and after; found at the session's end, left to mend.
 * Session 30: back to 39, mended (structure/wraps.ts columnMeasure: the column's width, not one short of it where
 * paragraphs' indented first lines stand two short, so a sentence ending at the column's edge ends its paragraph).
 */
const WRAP_MARGIN: Record<string, number> = { 'pdf-wrap': 39, 'pdf-wrap-noindent': 29 };
/** Expectations a variant may lose on these pages, all told: a few figure fields that read a neighbour's words. */
const MARGIN = 4;

// Every dev page read once (loadPages parses all their gold, some 3 CPU s), and the original pages scored once, for
// every describe below.
const all = loadPages();
const pages = all.filter((p) => PAGES.some((name) => p.gold.name.startsWith(name)));
const original = runVariant(pages, ORIGINAL);

describe('eval variants (issue 15)', () => {
  it('has the pages it checks', () => {
    expect(pages.map((p) => p.gold.name.slice(0, 2))).toEqual(PAGES.map((n) => n.slice(0, 2)));
    expect(original.total).toBeGreaterThan(1000);
  });

  for (const name of CHECKED) {
    it(`${name}: scores like the original`, () => {
      const variant = VARIANTS.find((v) => v.name === name)!;
      const result = runVariant(pages, variant);
      const lost = drops(original, result);
      expect(original.held - result.held, `${name} loses on ${lost.map((d) => `${d.page} -${d.lost}`).join(', ')}`).toBeLessThanOrEqual(MARGIN);
    });
  }
});

describe('eval variants: PDF hard wraps (issue 15)', () => {
  for (const [name, margin] of Object.entries(WRAP_MARGIN)) {
    it(`${name}: loses no more than it did`, () => {
      const result = runVariant(pages, VARIANTS.find((v) => v.name === name)!);
      const lost = drops(original, result);
      expect(original.held - result.held, `${name} loses on ${lost.map((d) => `${d.page} -${d.lost}`).join(', ')}`).toBeLessThanOrEqual(margin);
    });
  }
});

describe('variant forms', () => {
  it('each changes some dev page, and leaves the page it has nothing to change as it is', () => {
    for (const v of VARIANTS) expect(all.some((p) => v.page(p.text, p.gold) !== p.text), v.name).toBe(true);
    const plain = all.find((p) => p.gold.name.startsWith('01-'))!;
    expect(VARIANTS.find((v) => v.name === 'amp-entity')!.page(plain.text, plain.gold)).toBe(plain.text);
  });
});
