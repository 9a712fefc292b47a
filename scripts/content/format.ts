// How a finding is printed: the file and line first (editors and their editors jump to it), then the
// field and what to do, in English, then the same in Chinese on the next line.
import type { Finding } from './check-article.ts';

export function formatFinding(f: Finding): string {
  const where = f.line === undefined ? f.file : `${f.file}:${f.line}`;
  const warning = f.severity === 'warning' ? 'warning: ' : '';
  const field = f.field ? `${f.field}: ` : '';
  const fieldZh = f.field ? `${f.field}：` : '';
  const lineZh = f.line === undefined ? '' : `第${f.line}行 `;
  const warningZh = f.severity === 'warning' ? '提示：' : '';
  return `${where}: ${warning}${field}${f.en}\n    ${lineZh}${warningZh}${fieldZh}${f.zh}`;
}

/** The closing line: how many errors and warnings, and whether the build may go on. */
export function summaryLine(findings: readonly Finding[], files: number): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  if (!errors && !warnings) return `content check: ${files} file(s), no problems.`;
  const counts = `${errors} error(s), ${warnings} warning(s) in ${files} file(s)`;
  return errors
    ? `content check: ${counts}. Fix the errors above and build again. / 内容检查：请先改正上面的错误再构建。`
    : `content check: ${counts}; the build goes on.`;
}
