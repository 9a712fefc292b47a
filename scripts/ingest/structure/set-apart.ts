// Pieces set apart by a wider gap (stage 2, read with the blocks): a page that parts its paragraphs by one blank line
// may part its pieces by two or more (`…卖出好价钱。` / blank / blank / `本周县城农贸市场主要农产品零售均价` / `品名｜单位｜…`).
// On such a page a printed block after the wider gap opens a piece of its own: a table under its title there is a box,
// not the closing table of the article above (segment-closing-box.ts). A page of one gap (its pieces parted as its
// paragraphs are, or its paragraphs not parted at all) sets nothing apart.

/**
 * The printed blocks a page sets apart, by index, from the blank lines before each (`gaps[g]` for block g after the
 * first): those after two blank lines or more, where one blank line parts some other block from the one above it.
 */
export function setApartBlocks(gaps: readonly (number | undefined)[]): ReadonlySet<number> {
  const inner = gaps.filter((g): g is number => g !== undefined);
  if (!inner.some((g) => g === 1) || !inner.some((g) => g >= 2)) return new Set();
  return new Set(gaps.flatMap((g, block) => (g !== undefined && g >= 2 ? [block] : [])));
}
