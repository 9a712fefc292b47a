import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../i18n/en.json';
import zh from '../i18n/zh.json';
import { LANGS, locale, t, type Lang, type UiKey } from './i18n.ts';
import { countText } from './plural.ts';

const TABLES: Record<Lang, Record<string, string>> = { zh, en };
const ALL_KEYS = [...new Set([...Object.keys(zh), ...Object.keys(en)])].sort();
/** CLDR's plural categories, the suffixes a counted phrase's keys end in (`listing.count.one`). */
const CATEGORIES = new Set<string>(['zero', 'one', 'two', 'few', 'many', 'other']);

const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const pluralBase = (key: string) => {
  const dot = key.lastIndexOf('.');
  return dot > 0 && CATEGORIES.has(key.slice(dot + 1)) ? key.slice(0, dot) : undefined;
};
/** Counted phrases: base key → the plural forms each language's table holds for it. */
function pluralSets(): Map<string, Record<Lang, string[]>> {
  const sets = new Map<string, Record<Lang, string[]>>();
  for (const lang of LANGS) {
    for (const key of Object.keys(TABLES[lang])) {
      const base = pluralBase(key);
      if (!base) continue;
      if (!sets.has(base)) sets.set(base, { zh: [], en: [] });
      sets.get(base)![lang].push(key.slice(base.length + 1));
    }
  }
  return sets;
}
const categoriesOf = (lang: Lang) => new Intl.PluralRules(locale(lang)).resolvedOptions().pluralCategories as string[];

describe('UI strings', () => {
  it('have one key set in both languages, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const table of [en, zh]) for (const value of Object.values(table)) expect(value.trim()).not.toBe('');
  });

  it('use the same placeholders in both languages, for every key of either file', () => {
    for (const key of ALL_KEYS) {
      expect(holes(en[key as keyof typeof en] ?? ''), `placeholders of ${key}`).toEqual(holes(zh[key as keyof typeof zh] ?? ''));
    }
  });

  it('give every counted phrase each plural form either language’s Intl.PluralRules can ask for', () => {
    const sets = pluralSets();
    expect(sets.size).toBeGreaterThan(0);
    // Both tables share one key set, so each set holds the forms of both languages' rules (en `one`, zh only
    // `other`) — and no form that neither language's rules ever select, which no reader would see.
    const wanted = [...new Set(LANGS.flatMap(categoriesOf))].sort();
    for (const [base, forms] of sets) {
      for (const lang of LANGS) expect(forms[lang].sort(), `${lang}: ${base}.*`).toEqual(wanted);
      expect(ALL_KEYS, `${base} is a counted phrase, so it has no form without a plural suffix`).not.toContain(base);
    }
  });

  it('have every key the code names, the charts’ included', () => {
    // No type check runs over .astro files, so a key named in code and missing from the tables would print
    // as the raw key: every quoted `prefix.name` in src/ must be a key or a counted phrase's base key.
    const prefixes = [...new Set(ALL_KEYS.map((k) => k.split('.')[0]!))];
    expect(prefixes).toContain('chart');
    const named = new RegExp(`['\`]((?:${prefixes.join('|')})\\.[\\w.]+)['\`]`, 'g');
    const known = new Set([...ALL_KEYS, ...pluralSets().keys()]);
    const missing: string[] = [];
    const root = join(import.meta.dirname, '..');
    for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
      if (!/\.(ts|astro)$/.test(file) || file.endsWith('.test.ts')) continue;
      for (const m of readFileSync(join(root, file), 'utf8').matchAll(named)) if (!known.has(m[1]!)) missing.push(`${file}: ${m[1]}`);
    }
    expect(missing).toEqual([]);
  });

  it('fill placeholders', () => {
    expect(t('en', 'site.name')).toBe('Changzhi Civic Report');
    expect(t('en', 'chart.bar.title', { what: 'Beds' })).toBe('Bar chart: Beds');
  });

  it('fill every string of either language as replacing its placeholders would, a value missing left as written', () => {
    const fill = (text: string, vars: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
    for (const lang of LANGS) {
      for (const [key, text] of Object.entries(TABLES[lang]) as [UiKey, string][]) {
        const all = Object.fromEntries(holes(text).map((name, i) => [name, i === 0 ? 1200 : `v${i}`]));
        const some = Object.fromEntries(Object.entries(all).slice(1));
        expect(t(lang, key, all)).toBe(fill(text, all));
        expect(t(lang, key, some)).toBe(fill(text, some));
        expect(t(lang, key)).toBe(text);
      }
    }
  });

  it('count through the language’s plural rules', () => {
    expect(countText('en', 'chart.map.figures', 1)).toBe('1 figure');
    expect(countText('en', 'chart.map.figures', 2)).toBe('2 figures');
    expect(countText('zh', 'chart.map.reportsLong', 1)).toBe('1篇报道');
    expect(countText('en', 'listing.count', 1200)).toBe('1,200 reports');
  });
});
