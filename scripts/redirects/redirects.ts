// Stable URLs: an article's address never changes once published. When an id must change anyway, the
// old id goes into content/redirects.yaml (`old-id: new-id`) and the build writes a page at the old
// address in both languages that sends readers (meta refresh), search engines (canonical) and people
// without either (a visible link) to the new one.
import { isMap, isPair, isScalar, LineCounter, parseDocument } from 'yaml';

export interface Redirect {
  from: string;
  to: string;
  /** Line in the redirects file, for messages. */
  line: number;
}

export interface RedirectProblem {
  line: number;
  en: string;
  zh: string;
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Reads `old-id: new-id` lines; an empty file (or only comments) is no redirects. */
export function parseRedirects(text: string): { redirects: Redirect[]; problems: RedirectProblem[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true });
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : counter.linePos(offset).line);
  const problems: RedirectProblem[] = doc.errors.map((e) => ({
    line: lineAt(e.pos[0]),
    en: `not valid YAML: ${e.message.split('\n')[0]}. Write one "old-id: new-id" per line.`,
    zh: '不是有效的 YAML。请每行写一条“旧标识: 新标识”。',
  }));
  if (problems.length) return { redirects: [], problems };
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return { redirects: [], problems };
  if (!isMap(root)) {
    return {
      redirects: [],
      problems: [{ line: lineAt(root.range?.[0]), en: 'the file must be a list of "old-id: new-id" lines.', zh: '文件应由“旧标识: 新标识”的行组成。' }],
    };
  }
  const redirects: Redirect[] = [];
  for (const pair of root.items) {
    if (!isPair(pair) || !isScalar(pair.key)) continue;
    const line = lineAt(pair.key.range?.[0]);
    const from = String(pair.key.value);
    const to = isScalar(pair.value) && pair.value.value !== null ? String(pair.value.value) : '';
    const bad = [from, to].find((id) => !ID.test(id));
    if (bad !== undefined) {
      problems.push({
        line,
        en: `"${bad}" is not an article id. Ids are lower-case letters, digits and single hyphens (e.g. jiu-ye-shi-min-sheng: jiu-ye-shi-min-sheng-zhi-ben).`,
        zh: `“${bad}”不是文章标识。标识由小写字母、数字和单个连字符组成（例如 jiu-ye-shi-min-sheng: jiu-ye-shi-min-sheng-zhi-ben）。`,
      });
      continue;
    }
    redirects.push({ from, to, line });
  }
  return { redirects, problems };
}

/**
 * Every redirect must lead to an article the site publishes, and must not stand where an article
 * still is. A chain (a → b, b → c) is refused too: b is no article, so write a → c.
 */
export function checkRedirects(redirects: readonly Redirect[], published: ReadonlySet<string>): RedirectProblem[] {
  const problems: RedirectProblem[] = [];
  for (const { from, to, line } of redirects) {
    if (published.has(from)) {
      problems.push({
        line,
        en: `"${from}" is still the id of a published article, so its address cannot redirect. Remove this line, or give that article its new id first.`,
        zh: `“${from}”仍是一篇已发布文章的标识，其地址不能改为跳转。请删除这一行，或先给那篇文章改用新标识。`,
      });
    } else if (!published.has(to)) {
      problems.push({
        line,
        en: `"${from}" points to "${to}", which is not a published article (no such id, or a draft). Write the id of a Chinese article in content/articles/zh/ (its file name without .mdx, or its id: field).`,
        zh: `“${from}”指向的“${to}”不是已发布的文章（没有这个标识，或是草稿）。请写 content/articles/zh/ 中某篇中文文章的标识（文件名去掉 .mdx，或其 id 字段）。`,
      });
    }
  }
  return problems;
}
