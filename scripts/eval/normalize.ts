// How the page eval compares a gold text with what ingest produced: the same words count as the same, however
// they are spaced, wrapped or widened, so a score measures reading, not typography. One place for these
// rules, so title, byline, caption and place comparisons cannot drift apart.
import { findPlace, isTownLevel } from '../../src/domain/places/gazetteer.ts';

/** NFKC (full-width digits and letters → ASCII) with every space removed. */
export function squash(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

/**
 * One span however fully it is written: `2025年前三季度` and `前三季度` are one period of a figure of 2025 (its `year`
 * says the year; dev 59 and 97 wrote them both ways, as printed); another year stays (`截至2024年底` in 2025).
 */
export function samePeriod(a: string | undefined, b: string | undefined, year: number | null | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  const key = (p: string) => {
    const s = squash(p);
    const own = year == null ? '' : `${year}年`;
    return own !== '' && s.startsWith(own) && s.length > own.length ? s.slice(own.length) : s;
  };
  return key(a) === key(b);
}

/** Ornaments that open a line or wrap a byline: bullets, squares, dots. */
const ORNAMENT = /^[■□●○◎◆◇▲△▶►★☆·•・]+|[■□●○◎◆◇▲△▶►★☆·•・]+$/gu;

/** A body's opening for `starts`: no ornament, no `本报讯（记者 X）`, `本报讯 记者X报道：` or a county's `武乡讯（通讯员 X）` in front. */
export function opening(text: string): string {
  return squash(text)
    .replace(ORNAMENT, '')
    .replace(/^(?:本报|\p{Script=Han}{2,4})讯(?=[(（【]|$)(?:[(（【][^)）】]*[)）】])?|^本报讯(?:[^：:，,。]{0,30}?报道[：:]?)?/u, '')
    .replace(ORNAMENT, '');
}

/** A byline without its wrapping: brackets, ornaments, a leading 本报讯 (or a county's 武乡讯), a trailing 报道：. */
export function byline(text: string): string {
  let s = squash(text);
  for (let before = ''; before !== s; ) {
    before = s;
    s = s
      .replace(ORNAMENT, '')
      .replace(/^[(（【〔[](.*)[)）】〕\]]$/u, '$1')
      .replace(/^(?:本报|\p{Script=Han}{2,4})讯(?=[(（【]|$)|^本报讯/u, '')
      .replace(/报道[：:]?$|[：:]$/u, '');
  }
  return s;
}

/** A deck or kicker without the dashes and ornaments around it. */
export function deck(text: string): string {
  return squash(text).replace(/^[—–\-－]+|[—–\-－]+$/gu, '').replace(ORNAMENT, '');
}

/** A caption without its closing stop, and without the ornament that points at its photo (`▲ …`), as a byline's and a deck's. */
export function caption(text: string): string {
  return squash(text).replace(ORNAMENT, '').replace(/[。.]$/u, '');
}

/**
 * One key per place, whatever form names it: `王和镇`, `沁源县王和镇` and `沁源王和镇` are one town
 * (`沁源县王和镇`); `高新区` is `长治高新区`. A name the gazetteer does not know stays as written, so it
 * matches only itself.
 */
export function place(name: string): string {
  const s = squash(name);
  const found = findPlace(s);
  if (!found) return s;
  return isTownLevel(found)
    ? `${found.parent}${found.name}`
    : found.name;
}

/**
 * The places an article is about, one key each (`place`), with every town's county beside it: a town is in its
 * county, so `[沁源县王和镇]` and `[沁源县, 沁源县王和镇]` say the same and compare equal. The gold format's
 * example lists both; a gold that names the town alone is not stricter than it.
 */
export function placeSet(names: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    keys.add(place(name));
    const found = findPlace(squash(name));
    if (found && isTownLevel(found)) keys.add(found.parent!);
  }
  return [...keys].sort();
}
