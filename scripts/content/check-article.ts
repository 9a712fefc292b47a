// Checks one article file the way the site will read it, and says what is wrong like an editor's
// checklist: the line, the field, what is wrong and a right value (src/lib/content/schema-errors.ts).
import { closest, distance } from 'fastest-levenshtein';
import { articleSchema, type ArticleData } from '../../src/domain/article.ts';
import { FREE_FIELDS } from '../../src/lib/content/field-guide.ts';
import { explainIssues } from '../../src/lib/content/schema-errors.ts';
import { PLACEHOLDER_BODY } from '../new/template.ts';
import { locateFrontmatter } from './frontmatter-lines.ts';

export interface Finding {
  file: string;
  line?: number;
  /** `topics[1]`; absent for a problem with the file as a whole. */
  field?: string;
  en: string;
  zh: string;
  /** An error stops the build; a warning is printed and the build goes on. */
  severity: 'error' | 'warning';
}

export interface CheckedArticle {
  findings: Finding[];
  /** The frontmatter as the site will have it, when it is valid. */
  data?: ArticleData;
}

const KNOWN_FIELDS = [...Object.keys(articleSchema.shape), ...FREE_FIELDS];

/** `file` names the file in messages; `folderLang` is the language folder it sits in (zh/, en/), if any. */
export function checkArticle(file: string, text: string, folderLang?: string): CheckedArticle {
  const located = locateFrontmatter(text);
  if (!located) {
    return {
      findings: [
        {
          file,
          line: 1,
          severity: 'error',
          en: 'the file has no frontmatter. Start it with a line "---", the fields (at least title and lang), and another "---" (e.g. ---\\ntitle: "…"\\nlang: zh\\n---).',
          zh: '文件缺少开头的字段区。请以一行“---”开头，写上字段（至少 title 和 lang），再以一行“---”结束。',
        },
      ],
    };
  }
  if (located.errors.length) {
    return {
      findings: located.errors.map((e) => ({
        file,
        line: e.line,
        severity: 'error' as const,
        en: `the frontmatter is not valid YAML: ${e.message}. Check quotes, colons and indentation on this line (a value with a colon or starting with [ { " ' needs "quotes").`,
        zh: `字段区不是有效的 YAML：请检查这一行的引号、冒号和缩进（含冒号或以 [ { " ' 开头的值要加引号）。`,
      })),
    };
  }
  const data = located.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      findings: [
        {
          file,
          line: located.lineOf([]),
          severity: 'error',
          en: 'the frontmatter is not a list of "field: value" lines. Write one field per line (e.g. title: "…").',
          zh: '字段区应为“字段: 值”的形式，每行一个字段（例如 title: "…"）。',
        },
      ],
    };
  }

  const findings: Finding[] = [];
  for (const key of Object.keys(data)) {
    if (KNOWN_FIELDS.includes(key)) continue;
    const guess = closest(key, KNOWN_FIELDS);
    const near = distance(key.toLowerCase(), guess.toLowerCase()) <= Math.max(1, Math.floor(guess.length / 3));
    findings.push({
      file,
      line: located.lineOf([key]),
      field: key,
      severity: 'warning',
      en: `not a field the site reads; it is ignored.${near ? ` Did you mean "${guess}"?` : ''}`,
      zh: `这不是本站使用的字段，会被忽略。${near ? `是不是“${guess}”？` : ''}`,
    });
  }

  const result = articleSchema.safeParse(data);
  if (!result.success) {
    for (const problem of explainIssues(result.error.issues, data)) {
      findings.push({ file, line: located.lineOf(problem.path), field: problem.field, severity: 'error', en: problem.en, zh: problem.zh });
    }
    return { findings: sortByLine(findings) };
  }

  const lang = result.data.lang;
  if (folderLang && (folderLang === 'zh' || folderLang === 'en') && folderLang !== lang) {
    findings.push({
      file,
      line: located.lineOf(['lang']),
      field: 'lang',
      severity: 'warning',
      en: `lang is ${lang} but the file is in the ${folderLang}/ folder. Move the file to content/articles/${lang}/ or write lang: ${folderLang}.`,
      zh: `lang 为 ${lang}，文件却在 ${folderLang}/ 文件夹中。请把文件移到 content/articles/${lang}/，或写 lang: ${folderLang}。`,
    });
  }
  const placeholder = PLACEHOLDER_BODY[lang];
  const bodyAt = text.indexOf(placeholder, text.indexOf('---', 3));
  if (bodyAt >= 0) {
    findings.push({
      file,
      line: text.slice(0, bodyAt).split('\n').length,
      severity: 'warning',
      en: 'the text is still the placeholder `npm run new` wrote. Replace it with the article, or set draft: true until it is written.',
      zh: '正文仍是 `npm run new` 写入的占位文字。请换成文章正文，或在写好之前设 draft: true。',
    });
  }
  return { findings: sortByLine(findings), data: result.data };
}

function sortByLine(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
