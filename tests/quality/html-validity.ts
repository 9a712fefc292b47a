// Validates built pages with html-validate, using the project's .htmlvalidate.json (the rules it turns
// off are explained in tests/quality/README.md). The built site lives in a temp folder, outside the
// project, so the config is loaded from the project explicitly rather than found by walking up.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';

export interface HtmlProblem {
  page: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

export function loadValidator(projectRoot: string): HtmlValidate {
  const config = JSON.parse(readFileSync(join(projectRoot, '.htmlvalidate.json'), 'utf8')) as ConfigData;
  return new HtmlValidate({ ...config, root: true });
}

/** Every problem in one page's HTML; `page` names it in the messages. */
export async function validatePage(validator: HtmlValidate, html: string, page: string): Promise<HtmlProblem[]> {
  const report = await validator.validateString(html, page);
  return report.results.flatMap((result) =>
    result.messages.map((m) => ({ page, line: m.line, column: m.column, rule: m.ruleId, message: m.message })),
  );
}

/** One line per problem, at most `limit` lines, with the count of the rest. */
export function describeHtmlProblems(problems: HtmlProblem[], limit = 40): string {
  const lines = problems.slice(0, limit).map((p) => `${p.page}:${p.line}:${p.column} ${p.rule}: ${p.message}`);
  if (problems.length > limit) lines.push(`… and ${problems.length - limit} more`);
  return lines.join('\n');
}
