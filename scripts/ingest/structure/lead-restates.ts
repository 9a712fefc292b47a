// Whether a report's lead restates the line over it, as a report's first sentence restates its headline
// (`我市新开通3条公交线路` / `12月1日起，市公交公司新开通3条公交线路，…。`); a section's text goes on from the story
// above and does not repeat its heading (`钱从哪里来，食堂怎样才能办得长久` / `近日，记者在多个助餐点了解到，…。`).

/** At least this share of the line's character pairs stand in the first sentence under it. */
const MIN_RESTATED_SHARE = 0.5;
/** And at least so many: a short line shares a word or two with any text. */
const MIN_RESTATED_PAIRS = 4;

/** Han and digit pairs of a line, in order: `我市新开通3条` → 我市, 市新, 新开, 开通, 通3, 3条. */
function pairs(text: string): string[] {
  const chars = [...text].filter((c) => /[\p{Script=Han}\d]/u.test(c));
  return chars.slice(1).map((c, k) => chars[k]! + c);
}

/** The first sentence under the line restates it: most of its pairs stand there. */
export function restates(line: string, paragraph: string): boolean {
  const own = pairs(line);
  const first = paragraph.trim().split(/(?<=[。！？!?])/u)[0] ?? '';
  const held = own.filter((p) => first.includes(p)).length;
  return held >= MIN_RESTATED_PAIRS && held >= MIN_RESTATED_SHARE * own.length;
}

/** Han pairs only (`市热力公司` → 市热, 热力, 力公, 公司): what a text is about, without its dates and counts. */
function hanPairs(text: string): Set<string> {
  return new Set(pairs(text).filter((p) => /^\p{Script=Han}{2}$/u.test(p)));
}

/** How many of the text's Han pairs stand in the other text: a caption of the report's own event shares its body or its act. */
export function sharedPairs(text: string, other: string): number {
  const theirs = hanPairs(other);
  return [...hanPairs(text)].filter((p) => theirs.has(p)).length;
}
