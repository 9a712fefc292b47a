// Data items printed as a figure over its label: the number set large on a line of its own (`46.7公里`,
// `3.1万户`, `98.5%`), the short label under it (`新建改造供水管网`), or over it. Two or more such items make a box of
// data (数读, 图解, 一图读懂 …, whatever the paper calls it): running text of the box, never captions of the
// article above nor section headings.

/** A box has at least this many items. */
export const MIN_DATA_ITEMS = 2;
/** A label is about as long as a short headline. */
const MAX_LABEL_CHARS = 20;
// A figure alone: a qualifier, digits, a magnitude, a unit of a few characters or a percent sign.
const FIGURE = /^(?:[约近超逾]|超过)?\d+(?:[,，]\d{3})*(?:\.\d+)?[\s\u3000]*(?:[万亿千百])?[\s\u3000]*(?:\p{Script=Han}{1,4}|[%％‰℃]|[a-zA-Z²³/]{1,6})?[+＋余多]?$/u;
// A label says what the figure counts, with no sentence mark.
const LABEL = /^[^。！？!?；;，,：:\d]+$/u;

/** `46.7公里`, `3.1万户`, `98.5%`: a figure alone on its line. */
export function isFigureLine(line: string): boolean {
  return FIGURE.test(line.trim());
}

// Full-width digits and points an OCR or a typesetter leaves, read as ASCII to test a figure's form.
const toAscii = (t: string) => t.replace(/[０-９．％]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
// A figure with its unit or a percent sign, not a bare number (`5723100`, a phone number, is none).
const WITH_UNIT = /(?:\p{Script=Han}|[%‰℃]|[a-zA-Z²³])[+＋余多]?$/u;

/**
 * `城乡居民医保参保人数：２６．８万人`, `县域内就诊率：90.2%`: a label, a colon and a figure with its unit, the whole line.
 * Two or more make a box of data as figures over their labels do.
 */
export function isLabelColonFigure(line: string): boolean {
  const m = /^([^：:]+)[：:][\s\u3000]*(\S.*)$/u.exec(line.trim());
  if (!m || !isItemLabel(m[1]!)) return false;
  const figure = toAscii(m[2]!.trim());
  return isFigureLine(figure) && WITH_UNIT.test(figure);
}

/** `新建改造供水管网`: a short label of words, no figure, no sentence mark. */
export function isItemLabel(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && [...t].length <= MAX_LABEL_CHARS && LABEL.test(t);
}

/** `46.7公里` / `新建改造供水管网`: a figure over its label, the two lines of one item. */
export function isDataItem(lines: readonly string[]): boolean {
  const ls = lines.map((l) => l.trim()).filter(Boolean);
  return ls.length === 2 && isFigureLine(ls[0]!) && isItemLabel(ls[1]!);
}

/** `新建改造供水管网` / `46.7公里`: a box may set the label over its figure instead, the two lines of one item. */
export function isLabelledFigure(lines: readonly string[]): boolean {
  const ls = lines.map((l) => l.trim()).filter(Boolean);
  return ls.length === 2 && isItemLabel(ls[0]!) && isFigureLine(ls[1]!);
}

/** The two lines of one item, the figure over its label or under it. */
export function isItemPair(lines: readonly string[]): boolean {
  return isDataItem(lines) || isLabelledFigure(lines);
}
