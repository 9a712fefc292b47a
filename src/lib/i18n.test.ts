import { describe, expect, it } from 'vitest';
import en from '../i18n/en.json';
import zh from '../i18n/zh.json';
import { t } from './i18n.ts';

describe('UI strings', () => {
  it('have one key set in both languages, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const table of [en, zh]) for (const value of Object.values(table)) expect(value.trim()).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) expect(holes(en[key])).toEqual(holes(zh[key]));
  });

  it('fill placeholders', () => {
    expect(t('en', 'site.name')).toBe('Changzhi Civic Report');
  });
});
