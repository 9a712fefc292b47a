// Pieces set apart by a wider gap (stage 2, read with the blocks): a page that parts its paragraphs by one blank line
// may part its pieces by two or more (`…卖出好价钱。` / blank / blank / `本周县城农贸市场主要农产品零售均价` / `品名｜单位｜…`).
// On such a page a printed block after the wider gap opens a piece of its own: a table under its title there is a box,
// not the closing table of the article above (segment-closing-box.ts), and a heading there heads a piece, not a section
// of the article above (`部分参会企业岗位信息` over its employers' lines, segment.ts). A page of one gap (its pieces parted as its
// paragraphs are, or its paragraphs not parted at all) sets nothing apart.

/**
 * The printed blocks a page sets apart, by index, from the blank lines before each (`gaps[g]` for block g after the
 * first): those after two blank lines or more, where one blank line is the page's gap, parting at least as many of its
 * blocks as the wider ones do. (A page parting its paragraphs by two blank lines and its date line by one sets nothing apart.)
 */
export function setApartBlocks(gaps: readonly (number | undefined)[]): ReadonlySet<number> {
  const inner = gaps.filter((g): g is number => g !== undefined);
  const ones = inner.filter((g) => g === 1).length;
  const wider = inner.filter((g) => g >= 2).length;
  if (wider === 0 || ones < wider) return new Set();
  return new Set(gaps.flatMap((g, block) => (g !== undefined && g >= 2 ? [block] : [])));
}

/**
 * Whether the block (by its first raw block) opens a printed block the page sets apart: `printed[r]` is the printed
 * block of raw block r, `apart` those set apart (setApartBlocks).
 */
export function opensSetApart(source: readonly number[], printed: readonly number[], apart: ReadonlySet<number> | undefined): boolean {
  const r = source[0];
  return r !== undefined && r > 0 && apart !== undefined && printed[r - 1] !== printed[r] && apart.has(printed[r]!);
}

/**
 * The printed block of block `i` closes the text above rather than standing over the headline under it: the headline
 * (block i+1) opens a printed block the page sets apart, while block i stands at the page's one gap under the text
 * above or with no gap at all (`…回复：…。` / `【已办结】` / four blank lines / the next item's head). A kicker set apart
 * from the text above as its headline is (`·县区短波·` after three blank lines, two over the brief) stays its kicker.
 */
export function closesTextAbove(blocks: readonly { source: readonly number[] }[], i: number, printed: readonly number[], apart: ReadonlySet<number> | undefined): boolean {
  const own = blocks[i]?.source[0];
  const next = blocks[i + 1];
  if (own === undefined || own === 0 || next === undefined || apart === undefined) return false;
  const p = printed[own]!;
  const opensApart = printed[own - 1] !== p && apart.has(p);
  return opensSetApart(next.source, printed, apart) && printed[next.source[0]!] !== p && !opensApart;
}
