// A directory printed for readers (stage 2, read by page-lines.ts, lines.ts and notice-box.ts): rows one under another,
// each a name and its phone number — not the paper's own contacts, which page-lines.ts reads as the page's furniture.

// A row of a directory: a name and a phone number beside it (`潞州区　0355-2021234`, `市应急管理局 0355-2036110`).
const DIRECTORY_ROW = /^\p{Script=Han}{2,12}[\s\u3000]+(?:0\d{2,3}-?)?\d{7,8}$/u;
/** A directory has this many rows at least; the paper's own numbers stand one or two to a line. */
export const MIN_DIRECTORY_ROWS = 3;

/**
 * Which lines stand in a directory: three rows or more one under another, each a name and its phone number
 * (`潞州区　0355-2021234` / `上党区　0355-6212110` / …) — a list printed for readers, not the paper's own contacts.
 */
export function directoryRows(lines: readonly string[]): boolean[] {
  const row = lines.map((l) => DIRECTORY_ROW.test(l.trim()));
  return row.map((r, k) => {
    if (!r) return false;
    let [from, to] = [k, k];
    while (from > 0 && row[from - 1]) from--;
    while (to < row.length - 1 && row[to + 1]) to++;
    return to - from + 1 >= MIN_DIRECTORY_ROWS;
  });
}
