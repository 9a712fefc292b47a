// Issue 15's never-rule "no byline, date line, column name or page furniture as a title or caption", by
// generated lines (roles.gen.ts) set into a fixed sample of dev pages at every kind of place a page prints them:
// its top, between two articles, between a headline and its text, after a photo caption, between two paragraphs
// of an article, its end. Each page is ingested with the line, and no produced title or caption may be the line,
// nor may a headline the page had without it be lost. The holdout and the blind dev pages are never used.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GENERATORS, ROLES, type Role } from './roles.gen.ts';
import { faults, PLACES, read, SAMPLE_SIZE, samplePages, slotsOf, type Place, type Slot } from './roles-places.ts';

/** Cases a role: a generated line and a place, the same every run (fixed seed). */
export const CASES_PER_ROLE = Number(process.env.CZ_ROLES_CASES ?? 30);
const SEED = 20261205;

/**
 * The cases of each role still read wrong, printed on every run: a count may only fall. Left (session 19): a credit
 * at a page's foot under a box's contact lines, or one mid-article, that costs a piece its headline; a column's name
 * after a caption that does the same; a WeChat prompt (`点击上方蓝字关注我们`) under a headline taken for it; a source
 * alone on its line under a headline (`来源 | 武乡县融媒体中心`), no page line since it merged a whole page of a later set
 * (copy-chrome.ts isSourceLine), taken for the title.
 */
const KNOWN: Record<Role, number> = { byline: 1, credit: 1, column: 1, 'page-line': 0, chrome: 2 };

describe('generated role lines are never a title or a caption', () => {
  const pages = samplePages();
  const slots = pages.map(slotsOf);
  const original = new Map(pages.map((p) => [p.gold.name, read(p.gold.name, p.text)]));
  const byPlace = Object.fromEntries(PLACES.map((place) => [place, slots.flatMap((s) => s[place])])) as Record<Place, Slot[]>;

  it('has places of every kind in its sample', () => {
    expect(pages.length).toBeGreaterThanOrEqual(SAMPLE_SIZE - 1);
    for (const place of PLACES) expect(byPlace[place].length, place).toBeGreaterThan(0);
  });

  for (const role of ROLES) {
    it(role, () => {
      const cases = fc.sample(fc.tuple(GENERATORS[role as Role], fc.constantFrom(...PLACES), fc.nat()), { seed: SEED + ROLES.indexOf(role), numRuns: CASES_PER_ROLE });
      const found: string[] = [];
      for (const [line, place, n] of cases) {
        const slot = byPlace[place][n % byPlace[place].length]!;
        const wrong = faults(slot, line, original.get(slot.page.gold.name)!);
        if (wrong.length > 0) found.push(`${role} 「${line}」 ${place} of ${slot.page.gold.name} (block ${slot.at}): ${wrong.join('; ')}`);
      }
      if (found.length > 0) console.log(`${role}: ${found.length} of ${cases.length}\n  ${found.join('\n  ')}`);
      expect(found.length, found.join('\n')).toBeLessThanOrEqual(CASES_PER_ROLE === 30 ? KNOWN[role as Role] : Infinity);
    });
  }
});
