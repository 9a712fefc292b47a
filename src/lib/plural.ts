// Counted phrases in either language: `1 report` / `3 reports` in English, `3篇报道` in Chinese. The i18n
// files hold a `.one` and an `.other` string for each phrase; Intl.PluralRules picks one.
import { formatCount, locale, t, type Lang, type UiKey } from './i18n.ts';
import { plural } from './intl-cache.ts';

/** Keys `x` for which both `x.one` and `x.other` exist in the i18n files. */
export type PluralKey = { [K in UiKey]: K extends `${infer Base}.one` ? (`${Base}.other` extends UiKey ? Base : never) : never }[UiKey];

/** `countText('en', 'listing.count', 1)` → `1 report`; the number is formatted for the language. */
export function countText(lang: Lang, key: PluralKey, n: number): string {
  const form = plural(locale(lang), n) === 'one' ? 'one' : 'other';
  return t(lang, `${key}.${form}` as UiKey, { n: formatCount(lang, n) });
}
