// SVG text does not wrap and the build has no browser to measure it, so label widths are estimated
// from character classes: a Chinese character is one em, Latin letters about half. The estimate errs
// wide, so a label that fits here fits on screen with any of the system fonts the site uses.

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
const NARROW = /[ijlftrI.,:;'’|!()[\]·\- ]/;
const BROAD = /[mwMW%@]/;

/** Bold text (value labels) is about this much wider than regular. */
export const BOLD = 1.13;

/**
 * Estimated width in user units of `text` at `fontSize`, calibrated on DejaVu Sans (the widest font the
 * site's font stack falls back to on Linux): `Shangdang` at 100 is 567 there, 570 here.
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A character outside the Basic Multilingual Plane (two code units) is of no class: 0.63 em, as a lone half is.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    ems += unitEms(code);
  }
  return ems * fontSize;
}

/**
 * A code unit's width in ems by its class, kept in a table: every chart table and label of every page
 * measures the same places, years and units again, and testing each character against the classes was
 * ~50 µs of a page's CPU (issue 17, profiled at 2,019 articles). The classes never change, so the kept
 * width is the one the tests would give; 0 marks a unit not yet classed (no class is 0 em wide).
 */
function unitEms(code: number): number {
  let ems = EMS[code]!;
  if (ems === 0) EMS[code] = ems = classEms(String.fromCharCode(code));
  return ems;
}

const EMS = new Float64Array(0x10000);

function classEms(ch: string): number {
  if (WIDE.test(ch)) return 1;
  if (NARROW.test(ch)) return 0.36;
  if (BROAD.test(ch)) return 0.95;
  if (/[A-Z0-9¥]/.test(ch)) return 0.7;
  return 0.63;
}

/**
 * Breaks `text` into at most `maxLines` lines no wider than `width`: between words for Latin text,
 * between any two characters for Chinese. The last line ends in `…` when the text does not fit.
 */
export function wrapText(text: string, width: number, fontSize: number, maxLines = 2): string[] {
  const tokens = tokenise(text);
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const candidate = line + token;
    if (textWidth(candidate.trimEnd(), fontSize) <= width || line.trim() === '') {
      line = candidate;
      continue;
    }
    lines.push(line.trimEnd());
    line = token.trimStart();
    if (lines.length === maxLines) {
      const last = lines.at(-1)!;
      const gap = WIDE.test(last.slice(-1)) ? '' : ' ';
      return [...lines.slice(0, -1), ellipsis(last + gap + tokens.slice(i).join(''), width, fontSize)];
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  if (lines.length > maxLines) return [...lines.slice(0, maxLines - 1), ellipsis(lines.slice(maxLines - 1).join(' '), width, fontSize)];
  return lines.map((l) => (textWidth(l, fontSize) > width ? ellipsis(l, width, fontSize) : l));
}

/** `text` cut to fit `width` with a trailing `…`. */
export function ellipsis(text: string, width: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(chars.join('') + '…', fontSize) > width) chars.pop();
  return chars.join('').trimEnd() + '…';
}

// Latin words keep their trailing space; each Chinese character is a token of its own.
function tokenise(text: string): string[] {
  return text.match(/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+\s*|\s+/g) ?? [];
}
