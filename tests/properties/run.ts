// One vitest block per property of checks.ts over a set of ingested pages (corpus.ts), each page ingested once
// and shared by every property. A property holds when it finds no violation beyond its counted allowances: a
// known fault of one page, named with why it is left, allowed up to its count on that page in every printing
// of it. A violation on any other page, or more than the count on a known one, fails — an allowance never hides
// a new failure. Every violation found is printed, allowed or not, so the list stays in view.
import { describe, expect, it } from 'vitest';
import { CHECKS } from './checks.ts';
import type { ReadPage } from './corpus.ts';

export interface Allowance {
  /** The dev page (or seed) the fault is on: a violation is its when its page label starts with `dev <page>`. */
  page: string;
  /** Violations allowed on it, in each printing of the page (or only in the printing `variant` names). */
  max: number;
  /** The one variant (scripts/eval/variants.ts) the fault shows in, when it shows only there. */
  variant?: string;
  /** Why it is left: the rule at fault and whose file it is in. */
  why: string;
}

/** The page a violation line is on, without its variant (`dev 166-spreadsheet…`), and its variant if any. */
const pageOf = (violation: string) => violation.slice(0, violation.indexOf(':')).replace(/ \([^)]*\)$/u, '');
const variantOf = (violation: string) => /^[^:]*? \(([^)]*)\):/u.exec(violation)?.[1];

/** The violations no allowance covers: those on pages with none, and the ones past an allowance's count. */
export function unallowed(violations: readonly string[], allowances: readonly Allowance[]): string[] {
  const byPrinting = new Map<string, string[]>();
  for (const v of violations) {
    const printing = v.slice(0, v.indexOf(':'));
    byPrinting.set(printing, [...(byPrinting.get(printing) ?? []), v]);
  }
  return [...byPrinting.values()].flatMap((found) => {
    const [page, variant] = [pageOf(found[0]!), variantOf(found[0]!)];
    const allowed = allowances.find((a) => (page === `dev ${a.page}` || page === `seed ${a.page}`) && (a.variant === undefined || a.variant === variant));
    return allowed ? found.slice(allowed.max) : found;
  });
}

/** Runs every property over the pages `read` returns (called once), with each property's allowances. */
export function checkProperties(title: string, read: () => ReadPage[], allowances: Readonly<Record<string, readonly Allowance[]>> = {}): void {
  describe(title, () => {
    const pages = read();
    it('reads pages', () => expect(pages.length).toBeGreaterThan(0));
    for (const [property, check] of Object.entries(CHECKS)) {
      it(property, () => {
        const violations = pages.flatMap(check);
        if (violations.length > 0) console.log(`${title} — ${property}: ${violations.length}\n  ${violations.join('\n  ')}`);
        expect(unallowed(violations, allowances[property] ?? [])).toEqual([]);
      });
    }
  });
}
