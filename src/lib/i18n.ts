// The portal's two languages: UI strings, locale formatting, and which page is whose twin.
import en from '../i18n/en.json';
import zh from '../i18n/zh.json';
import { numberFormat } from './intl-cache.ts';

export const LANGS = ['zh', 'en'] as const;

/** Where the reader's explicit language choice is kept (localStorage): the splash page (/) follows it. */
export const LANG_CHOICE_KEY = 'cz-lang';
export type Lang = (typeof LANGS)[number];
export type UiKey = keyof typeof zh;

const STRINGS: Record<Lang, Record<UiKey, string>> = { zh, en };

/** `t('en', 'search.label')`: the string for a key, `{name}` placeholders filled in (a count's one/other forms: plural.ts countText). */
export function t(lang: Lang, key: UiKey, vars: Record<string, string | number> = {}): string {
  const template = STRINGS[lang][key];
  // Most strings have no placeholder; a build calls this hundreds of thousands of times.
  if (!template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}

/** BCP 47 tag for `<html lang>`, `hreflang` and `Intl`. */
export function locale(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en';
}

export function formatNumber(lang: Lang, value: number, options: Intl.NumberFormatOptions = {}): string {
  return numberFormat(locale(lang), options).format(value);
}

export function formatCount(lang: Lang, value: number): string {
  return formatNumber(lang, value, { maximumFractionDigits: 0 });
}
