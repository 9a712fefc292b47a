// A problem the translation checks find: a content-check finding (file, the unit as its field, what is
// wrong and what to do in English and Chinese), printed by the content check's own formatter so editors
// read both checks the same way.
export type { Finding as Problem } from '../../content/check-article.ts';
export { formatFinding as formatProblem } from '../../content/format.ts';
