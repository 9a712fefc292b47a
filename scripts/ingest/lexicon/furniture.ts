// The fixed vocabulary of page furniture and special-issue banners of the paper (长治日报 and its 两会 特刊).
// A newspaper prints the same section labels on every page; no rule can tell `聚焦` (a section label) from a
// two-character caption, so they are listed here. Add a word when a new page shows a new label.

/** Section labels and page banners printed over or beside articles: not part of any article's text. */
export const FURNITURE_WORDS: readonly string[] = [
  // Section labels seen on the seeds.
  '聚焦',
  '两会特刊',
  '长治两会',
  '新闻时评',
  'XINWENSHIPI',
  // Labels of the same paper's other pages.
  '要闻',
  '综合',
  '时评',
  '专题',
  '特刊',
  '专刊',
  '观点',
  '评论',
  '视点',
  '副刊',
  '图片新闻',
  '本版责编',
];

/**
 * Furniture by shape rather than by word: a bare year (`2026`), a pinyin section name in capitals
 * (`XINWENSHIPI`), any `…两会` / `…特刊` label, a page number (`第3版`, `A2`), a printed date line.
 */
const FURNITURE_PATTERNS: readonly RegExp[] = [
  /^(?:19|20)\d{2}$/u,
  /^[A-Z]{4,}(?: [A-Z]{2,})*$/u,
  /^(?:全国|省|市|山西|长治)?两会(?:特刊|专刊)?$/u,
  /^\p{Script=Han}{0,4}(?:特刊|专刊)$/u,
  /^第[一二三四五六七八九十\d]{1,3}版$/u,
  /^[A-H]\d{1,2}$/u,
  /^\d{4}年\d{1,2}月\d{1,2}日(?:\s*星期[一二三四五六日天])?$/u,
  /^(?:本版)?(?:责编|责任编辑|编辑|校对|美编)[：:\s]\S{1,12}$/u,
];

/**
 * Banners of a campaign or special issue, set over a headline like a kicker (`向人民报告` over the 2025
 * 两会 reports). They look exactly like photo captions, so only the list tells them apart.
 */
export const BANNER_KICKERS: readonly string[] = ['向人民报告', '展新貌 开新局', '四宜上党', '谋好篇 布好局', '履职尽责为人民'];

const furnitureWords = new Set(FURNITURE_WORDS.map(squeeze));
const bannerKickers = new Set(BANNER_KICKERS.map(squeeze));

/**
 * Whether a whole block is page furniture: one label, or several printed on one line (`聚焦 2025 长治两会`).
 */
export function isFurniture(text: string): boolean {
  const whole = text.trim();
  if (!whole) return false;
  if (isFurnitureWord(whole)) return true;
  const parts = whole.split(/[\s\u3000]+/u);
  return parts.length > 1 && parts.every(isFurnitureWord);
}

export function isBannerKicker(text: string): boolean {
  return bannerKickers.has(squeeze(text));
}

function isFurnitureWord(word: string): boolean {
  return furnitureWords.has(squeeze(word)) || FURNITURE_PATTERNS.some((pattern) => pattern.test(word));
}

/** Spacing inside a label varies from page to page (`展新貌 开新局`, `展新貌　开新局`). */
function squeeze(text: string): string {
  return text.replace(/[\s\u3000]+/gu, ' ').trim();
}
