// The lines a department's bulletin (工作简报) prints about itself, by their form: never an article's text or title.
// - its issuer and date on one line (`某县民政局办公室　　　　　　2025年11月28日`) right under the page's lines (its name, its
//   issue's number): the issue's header (run-furniture.ts); at a notice's end such a line signs it;
// - the distribution lines at its foot, who it goes to (`报：市委办公室，市政府办公室`, `送：…`, `发：…`, `抄送：…`): a
//   label of one or two characters and the bodies, listed;
// - how many copies were printed (`（共印60份）`), a word of the staff line it stands on (page-lines.ts).

// A body by the word its name ends with: `某县民政局办公室`, `县委宣传部`, `某镇人民政府`.
const ISSUER = '\\p{Script=Han}{2,20}(?:办公室|局|委员会|委|办|部|政府|中心|厅|院|站|所|队|公司|科|处)';
// The issuer and the date (decode.ts leaves one space of the wide one that set them to the two sides).
const ISSUE_HEADER = new RegExp(`^${ISSUER}[\\s\\u3000]+\\d{4}年\\d{1,2}月\\d{1,2}日$`, 'u');
// `报：…`, `送：…`, `发：…`, `抄送：…`, `抄报：…`, `分送：…`: who the bulletin goes to; no sentence in it.
const DISTRIBUTION = /^(?:报|送|发|抄送|抄报|分送|报送)[：:][\s\u3000]*[^。！？!?；;：:]{2,60}$/u;
// The bodies it goes to, listed (`市委办公室，市政府办公室`), or one body or group by its word (`各县（区）民政局`, `有关领导`).
const LISTED = /[，,、]|(?:办公室|局|委|办|部|政府|中心|厅|单位|部门|领导|科室)$/u;
/** `（共印60份）`, `共印发120份`: how many copies were printed. */
export const PRINT_RUN = /^[（(]?共印(?:发)?\d{1,5}份[)）]?$/u;

/** A distribution line (see above). */
export function isBulletinLine(text: string): boolean {
  const t = text.trim();
  return !t.includes('\n') && DISTRIBUTION.test(t) && LISTED.test(t.replace(/^[^：:]+[：:]/u, '').trim());
}

/** `某县民政局办公室　2025年11月28日`: an issuer and a date alone on one line; the page's only under its page lines. */
export function isIssuerDateLine(text: string): boolean {
  return ISSUE_HEADER.test(text.trim());
}
