// Counted phrases in either language: `1 report` / `3 reports` in English, `3篇报道` in Chinese. The i18n
// files hold one string per plural form (`.one`, `.other`; the key-parity test checks each language has every
// form its Intl.PluralRules can select) and the rules pick one.
import { formatCount, locale, t, type Lang, type UiKey } from './i18n.ts';
import { plural } from './intl-cache.ts';

/** Keys `x` of counted phrases: `x.other` exists in the i18n files (every language's rules have `other`). */
export type PluralKey = { [K in UiKey]: K extends `${infer Base}.other` ? Base : never }[UiKey];

/** `countText('en', 'listing.count', 1)` → `1 report`; the number is formatted for the language. */
export function countText(lang: Lang, key: PluralKey, n: number): string {
  return t(lang, `${key}.${plural(locale(lang), n)}` as UiKey, { n: formatCount(lang, n) });
}
