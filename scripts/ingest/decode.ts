// Stage 1: bytes of a page file → normalised text.
// Chinese archives hold UTF-8 (with or without BOM) and GB18030/GBK; Node's full ICU decodes both,
// so the detection is "strict UTF-8 first, then strict GB18030", which never mistakes one for the other
// on real text: GB18030 double-byte sequences are almost never valid UTF-8.

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface Decoded {
  text: string;
  encoding: Encoding;
}

/** Input we refuse, with a reason an editor can act on. Never thrown for anything but bad input. */
export class InputError extends Error {
  readonly reason: 'empty' | 'binary' | 'undecodable';
  constructor(reason: InputError['reason'], message: string) {
    super(message);
    this.name = 'InputError';
    this.reason = reason;
  }
}

export function decode(bytes: Uint8Array): Decoded {
  const { text, encoding } = decodeBytes(bytes);
  const normalised = normaliseText(text);
  if (normalised.trim() === '') throw new InputError('empty', 'the file holds no text (it is empty or only whitespace)');
  return { text: normalised, encoding };
}

function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new InputError('empty', 'the file is empty (0 bytes)');
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: strict('utf-8', bytes.subarray(3)), encoding: 'utf-8-bom' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: strict('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: strict('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  if (looksBinary(bytes)) {
    throw new InputError('binary', 'the file looks binary (it contains NUL or many control bytes), not page text');
  }
  try {
    return { text: strict('utf-8', bytes), encoding: 'utf-8' };
  } catch {
    try {
      return { text: strict('gb18030', bytes), encoding: 'gb18030' };
    } catch {
      throw new InputError('undecodable', 'the file is neither valid UTF-8 nor valid GB18030/GBK text');
    }
  }
}

function strict(label: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError('undecodable', `the file is not valid ${label.toUpperCase()} text`);
  }
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Text files never hold NUL, and hold few C0 controls other than tab, LF, CR, form feed. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  }
  return controls / sample.length > 0.05;
}

// Spaces a typesetter or OCR leaves: ideographic (full-width), no-break, the en/em family, narrow no-break.
const WIDE_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g;
// Zero-width characters and stray BOMs carry no text and break matching.
const INVISIBLES = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
// C0/C1 controls other than LF: they cannot be shown and some cannot be written in HTML at all.
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

// `Ｌ ｉ ｕ Ｙ ａ ｎ`: full-width Latin letters an OCR printed one by one with a space after each, three or more.
const SPACED_WIDE_LETTERS = /[\uff21-\uff3a\uff41-\uff5a](?: [\uff21-\uff3a\uff41-\uff5a]){2,}/gu;

/**
 * `Ｂ ｙ Ｌ ｉ ｕ Ｙ ａ ｎ` → `By Liu Yan`: spaced full-width letters read as ASCII words, a word starting where a
 * capital follows a small letter (the spaces say nothing of where words end).
 */
function foldSpacedWideLetters(line: string): string {
  return line.replace(SPACED_WIDE_LETTERS, (run) =>
    run
      .replace(/ /g, '')
      .replace(/[\uff21-\uff3a\uff41-\uff5a]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
      .replace(/(?<=[a-z])(?=[A-Z])/g, ' '),
  );
}

// A character an OCR or a letter-spacing typesetter sets alone between spaces: a Han character, a full-width digit, a
// Chinese mark (`平 顺 县 农 村 公 路 “ 四 好 ”`, `第 ２ 版`).
const SPACED_ONE = /^[\p{Script=Han}\uff10-\uff19“”‘’「」《》〈〉（）、，：·]$/u;
/**
 * A line that is one spaced-out stretch is read as a word from this many characters (a headline set wide); a shorter
 * one (a masthead `沁 源 报`, `声 明`) stays as printed, for caption-form.ts isSpacedOut and page-lines.ts to read.
 */
const MIN_SPACED_LINE = 6;

/** A stretch of spaced-out characters only (`社 会 民 生`), two at least. */
function spacedOut(part: string): boolean {
  const tokens = part.split(' ');
  return tokens.length >= 2 && tokens.every((t) => SPACED_ONE.test(t)) && tokens.some((t) => /\p{Script=Han}/u.test(t));
}

/**
 * `平 顺 县 农 村 公 路 “ 四 好 ” 建 设 见 成 效` → `平顺县农村公路“四好”建设见成效`, `第 三 版　　社 会 民 生` → `第三版 社会民生`: a
 * letter-spaced line (an OCR's, or a head set wide) read as its words. Its wider gaps (two spaces or more) part its
 * words: a line of several stretches, each spaced out, is read stretch by stretch; a line of one, only when long. A
 * line of words keeps its spaces (`通讯员 赵 宇 魏 敏` holds two spaced names, `土 豆  一级  斤` a table's cells).
 */
function foldSpacedHan(line: string): string {
  const parts = line.split(/( {2,})/);
  const stretches = parts.filter((_, k) => k % 2 === 0);
  const fold = stretches.length > 1 ? stretches.every(spacedOut) : spacedOut(line) && line.split(' ').length >= MIN_SPACED_LINE;
  return fold ? parts.map((part, k) => (k % 2 === 1 ? part : part.replaceAll(' ', ''))).join('') : line;
}

/** NFC, LF line ends, one ASCII space for any run of spaces, no spaces at line ends. Blank lines stay blank. */
export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029\u0085]/g, '\n')
    .normalize('NFC')
    .replace(WIDE_SPACES, ' ')
    .replace(INVISIBLES, '')
    .replace(CONTROLS, '')
    .split('\n')
    .map((line) => foldSpacedWideLetters(foldSpacedHan(line.trim()).replace(/ {2,}/g, ' ')))
    .join('\n')
    .replace(/^\n+/, '')
    .replace(/\n*$/, '\n');
}
