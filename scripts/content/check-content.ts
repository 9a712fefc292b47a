// The content check over the whole folder: every article file on its own (check-article.ts), then what
// only shows across files: two articles with one id, an English file that translates nothing the site
// publishes, figure files, and the redirects. Pure: the CLI (check.ts) reads the files and prints. What one
// file says on its own (`checkArticleFile`, `figureFileFindings`) depends on that file alone, so the CLI may
// keep it between runs by the file's identity and read only the files that changed (issue 17).
import { FigureFileError, parseFigureFile } from '../../src/lib/content/figure-schema.ts';
import type { ArticleFile } from './article-files.ts';
import { checkArticle, type Finding } from './check-article.ts';
import { locateFrontmatter } from './frontmatter-lines.ts';

export interface FigureFile {
  /** `content/figures/<id>.json` */
  path: string;
  text: string;
}

export interface ContentCheck {
  findings: Finding[];
  files: number;
}

/** One article file checked on its own: its findings and, when its frontmatter is valid, what the site reads of it. */
export interface ArticleVerdict {
  findings: Finding[];
  valid?: { id: string; lang: 'zh' | 'en'; draft: boolean; translationOf?: string };
}

/** An article file checked on its own (plain JSON, so that it can be kept between runs). */
export function checkArticleFile(file: ArticleFile): ArticleVerdict {
  const folder = file.entryId.split('/')[0];
  const checked = checkArticle(file.path, file.text, folder);
  if (!checked.data) return { findings: checked.findings };
  const d = checked.data;
  const valid = { id: d.id ?? file.entryId.replace(/^(zh|en)\//, ''), lang: d.lang, draft: d.draft, ...(d.translationOf === undefined ? {} : { translationOf: d.translationOf }) };
  return { findings: checked.findings, valid };
}

/** A figure file's problems: none, or the one the figure checker found. */
export function figureFileFindings(figure: FigureFile): Finding[] {
  const id = figure.path.replace(/^.*\//, '').replace(/\.json$/, '');
  try {
    parseFigureFile(figure.path, id, figure.text);
    return [];
  } catch (error) {
    if (!(error instanceof FigureFileError)) throw error;
    // The figure checker's message already names file, record and field (src/lib/content/figure-schema.ts).
    return [{ file: figure.path, severity: 'error', en: error.en, zh: error.zh }];
  }
}

export function checkContent(articles: readonly ArticleFile[], figures: readonly FigureFile[]): ContentCheck {
  const checked = articles.map((file) => ({ path: file.path, verdict: checkArticleFile(file) }));
  const texts = new Map(articles.map((file) => [file.path, file.text]));
  const findings = [...checked.flatMap((c) => c.verdict.findings), ...acrossFiles(checked, (path) => texts.get(path) ?? ''), ...figures.flatMap(figureFileFindings)];
  return { findings, files: articles.length + figures.length };
}

/**
 * What only shows across the article files checked on their own: an id twice, an English file that translates
 * nothing the site publishes. `textOf` gives a file's text, read only to name the line of a finding.
 */
export function acrossFiles(checked: readonly { path: string; verdict: ArticleVerdict }[], textOf: (path: string) => string): Finding[] {
  const findings: Finding[] = [];
  const valid = checked.flatMap(({ path, verdict }) => (verdict.valid ? [{ ...verdict.valid, file: { path } }] : []));
  const lineOf = (file: { path: string }, field: string[]) => locateFrontmatter(textOf(file.path))?.lineOf(field);

  const zh = valid.filter((a) => a.lang === 'zh' && !a.draft);
  const seen = new Map<string, { path: string }>();
  for (const a of zh) {
    const other = seen.get(a.id);
    if (other) {
      findings.push({
        file: a.file.path,
        line: lineOf(a.file, ['id']),
        field: 'id',
        severity: 'error',
        en: `the id "${a.id}" is also the id of ${other.path}. Give this article its own id (an id: line, or another file name).`,
        zh: `标识“${a.id}”与 ${other.path} 重复。请给本文另起标识（写 id 字段或改文件名）。`,
      });
    } else seen.set(a.id, a.file);
  }

  // An English file without translationOf is an English-only article: it needs an id of its own.
  for (const a of valid.filter((v) => v.lang === 'en' && !v.draft && v.translationOf === undefined)) {
    const other = seen.get(a.id);
    if (other) {
      findings.push({
        file: a.file.path,
        line: lineOf(a.file, ['lang']),
        severity: 'error',
        en: `this English-only article has the id "${a.id}", which is also the id of ${other.path}. If it translates that article, write translationOf: ${a.id}; otherwise give it its own id (an id: line, or another file name).`,
        zh: `这篇仅英文的文章标识“${a.id}”与 ${other.path} 重复。如果它是该文的译文，请写 translationOf: ${a.id}；否则请另起标识（写 id 字段或改文件名）。`,
      });
    } else seen.set(a.id, a.file);
  }

  const published = new Set(zh.map((z) => z.id));
  for (const a of valid.filter((v) => v.lang === 'en' && !v.draft && v.translationOf !== undefined)) {
    const original = a.translationOf!;
    if (published.has(original)) continue;
    findings.push({
      file: a.file.path,
      line: lineOf(a.file, ['translationOf']),
      field: 'translationOf',
      severity: 'warning',
      en: `this English file translates "${original}", which is no published Chinese article, so it is not shown on the site. Write translationOf: <id of a Chinese article>, add the Chinese original first, or remove the translationOf line to publish it as an English-only article.`,
      zh: `这份英文稿对应的“${original}”不是已发布的中文文章，因此不会显示。请写 translationOf: <中文文章标识>，或先添加中文原文；若要作为仅英文的文章发布，请删去 translationOf 一行。`,
    });
  }

  return findings;
}
