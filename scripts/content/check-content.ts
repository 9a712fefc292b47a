// The content check over the whole folder: every article file on its own (check-article.ts), then what
// only shows across files: two articles with one id, an English file that translates nothing the site
// publishes, figure files, and the redirects. Pure: the CLI (check.ts) reads the files and prints.
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

export function checkContent(articles: readonly ArticleFile[], figures: readonly FigureFile[]): ContentCheck {
  const findings: Finding[] = [];
  const valid: { file: ArticleFile; id: string; lang: 'zh' | 'en'; draft: boolean; translationOf?: string }[] = [];
  for (const file of articles) {
    const folder = file.entryId.split('/')[0];
    const checked = checkArticle(file.path, file.text, folder);
    findings.push(...checked.findings);
    if (checked.data) {
      const d = checked.data;
      valid.push({ file, id: d.id ?? file.entryId.replace(/^(zh|en)\//, ''), lang: d.lang, draft: d.draft, translationOf: d.translationOf });
    }
  }

  const zh = valid.filter((a) => a.lang === 'zh' && !a.draft);
  const seen = new Map<string, ArticleFile>();
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

  for (const a of valid.filter((v) => v.lang === 'en' && !v.draft)) {
    const original = a.translationOf ?? a.id;
    if (seen.has(original)) continue;
    findings.push({
      file: a.file.path,
      line: lineOf(a.file, a.translationOf ? ['translationOf'] : ['lang']),
      field: a.translationOf ? 'translationOf' : undefined,
      severity: 'warning',
      en: `this English file translates "${original}", which is no published Chinese article, so it is not shown on the site. English pages show the Chinese articles and their translations: write translationOf: <id of a Chinese article>, or add the Chinese original first.`,
      zh: `这份英文稿对应的“${original}”不是已发布的中文文章，因此不会显示。英文页面只显示中文文章及其译文：请写 translationOf: <中文文章标识>，或先添加中文原文。`,
    });
  }

  for (const figure of figures) {
    const id = figure.path.replace(/^.*\//, '').replace(/\.json$/, '');
    try {
      parseFigureFile(figure.path, id, figure.text);
    } catch (error) {
      if (!(error instanceof FigureFileError)) throw error;
      // The figure checker's message already names file, record and field (src/lib/content/figure-schema.ts).
      findings.push({
        file: figure.path,
        severity: 'error',
        en: error.message.replace(`${figure.path}: `, ''),
        zh: '数字文件有误，见上文英文说明（记录编号、字段和应写的值）。',
      });
    }
  }
  return { findings, files: articles.length + figures.length };
}

function lineOf(file: ArticleFile, path: string[]): number | undefined {
  return locateFrontmatter(file.text)?.lineOf(path);
}
