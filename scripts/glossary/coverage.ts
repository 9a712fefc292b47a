// `node scripts/glossary/coverage.ts [--root DIR] [--min PERCENT]`: how many figures the English pages
// can name, i.e. whose subject content/glossary.yaml translates, and which subjects still need English.
// `--min` makes the run fail below a share, for a build that wants to enforce it; without it the report
// is information only. `npm run build` runs it with `--notes FILE`: what each file gave is kept between runs.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FigureFileError, parseFigureFile } from '../../src/lib/content/figure-schema.ts';
import { GlossaryError, loadGlossary, type EnglishGlossary } from '../../src/lib/glossary.ts';
import { readFrontmatter } from '../ingest/frontmatter.ts';
import type { FigureRecord } from '../../src/domain/figure.ts';
import { codeVersion } from '../lib/code-version.ts';
import { FileNotes } from '../lib/file-notes.ts';

type CountedFigure = Pick<FigureRecord, 'article' | 'subject'>;

export interface MissingSubject {
  subject: string;
  /** How many figures have this subject. */
  figures: number;
  articles: string[];
}

export interface GlossaryCoverage {
  figures: number;
  /** Figures with a subject the glossary translates. */
  withEnglish: number;
  /** Figures the extractor (or editor) gave no subject: no glossary entry can name them. */
  withoutSubject: number;
  /** `withEnglish / figures` as a percentage, one decimal; 100 when there are no figures. */
  share: number;
  /** The same among figures that have a subject: what editing the glossary can bring to 100. */
  shareOfSubjects: number;
  /** Subjects without English, most figures first, then in Chinese order. */
  missing: MissingSubject[];
  /** Glossary subjects no figure uses (left over after an edit, or a typo in the key). */
  unused: string[];
}

export function glossaryCoverage(figures: readonly CountedFigure[], glossary: EnglishGlossary): GlossaryCoverage {
  const missing = new Map<string, MissingSubject>();
  const used = new Set<string>();
  let withEnglish = 0;
  let withoutSubject = 0;
  for (const figure of figures) {
    const subject = figure.subject?.trim();
    if (!subject) {
      withoutSubject++;
      continue;
    }
    used.add(subject);
    if (glossary.subjects[subject]) {
      withEnglish++;
      continue;
    }
    const entry = missing.get(subject) ?? { subject, figures: 0, articles: [] };
    entry.figures++;
    if (!entry.articles.includes(figure.article)) entry.articles.push(figure.article);
    missing.set(subject, entry);
  }
  const percent = (part: number, whole: number) => (whole === 0 ? 100 : Math.round((part / whole) * 1000) / 10);
  return {
    figures: figures.length,
    withEnglish,
    withoutSubject,
    share: percent(withEnglish, figures.length),
    shareOfSubjects: percent(withEnglish, figures.length - withoutSubject),
    missing: [...missing.values()].sort((a, b) => b.figures - a.figures || a.subject.localeCompare(b.subject, 'zh')),
    unused: Object.keys(glossary.subjects)
      .filter((s) => !used.has(s))
      .sort((a, b) => a.localeCompare(b, 'zh')),
  };
}

export function formatCoverage(coverage: GlossaryCoverage): string {
  const lines = [
    `glossary coverage: ${coverage.withEnglish} of ${coverage.figures} figures (${coverage.share}%) have an English subject` +
      (coverage.withoutSubject > 0
        ? `; ${coverage.shareOfSubjects}% of the ${coverage.figures - coverage.withoutSubject} with a subject, ` +
          `${coverage.withoutSubject} have none`
        : ''),
  ];
  if (coverage.missing.length > 0) {
    lines.push(`  subjects without English (add them under "subjects:" in content/glossary.yaml):`);
    for (const m of coverage.missing) lines.push(`    ${m.subject}  (${m.figures} figure(s): ${m.articles.join(', ')})`);
  }
  if (coverage.unused.length > 0) {
    lines.push(`  glossary subjects no figure uses (check for typos): ${coverage.unused.join('、')}`);
  }
  return lines.join('\n');
}

/**
 * Every published figure under `root`: content/figures/*.json and the frontmatter `figures:` of Chinese articles.
 * With `notes` (`--notes FILE`, given by `npm run build`) what each file gave is kept between runs by the file's
 * identity and this code's version (lib/file-notes.ts), so a rebuild after one edit reads that file alone.
 */
export function readFigures(root: string, notes?: FileNotes<CountedFigure[]>): CountedFigure[] {
  const counted = (path: string, read: (text: string) => CountedFigure[]) =>
    notes ? notes.note(path, (bytes) => read(bytes.toString('utf8'))) : read(readFileSync(join(root, path), 'utf8'));
  const figuresDir = join(root, 'content/figures');
  const figures: CountedFigure[] = [];
  for (const name of listFiles(figuresDir, /\.json$/)) {
    const id = name.replace(/\.json$/, '');
    const path = `content/figures/${name}`;
    figures.push(...counted(path, (text) => parseFigureFile(path, id, text).map(({ article, subject }) => ({ article, ...(subject === undefined ? {} : { subject }) }))));
  }
  const articlesDir = join(root, 'content/articles/zh');
  for (const name of listFiles(articlesDir, /\.mdx?$/)) {
    figures.push(...counted(`content/articles/zh/${name}`, (text) => frontmatterFigures(text, name)));
  }
  return figures;
}

/** The figures an article's frontmatter lists (`figures:`), by their article and subject; none in a draft. */
function frontmatterFigures(text: string, name: string): CountedFigure[] {
  const data = readFrontmatter(text);
  if (!data || data.draft === true || !Array.isArray(data.figures)) return [];
  const article = typeof data.id === 'string' ? data.id : name.replace(/\.mdx?$/, '');
  return (data.figures as { subject?: unknown }[]).map((f) => ({ article, ...(typeof f?.subject === 'string' ? { subject: f.subject } : {}) }));
}

function listFiles(dir: string, pattern: RegExp): string[] {
  try {
    return readdirSync(dir).filter((n) => pattern.test(n)).sort();
  } catch {
    return [];
  }
}

/** Reads glossary and figures under `root` and returns the coverage with its printable report. */
export function reportGlossaryCoverage(root: string = process.cwd(), notes?: FileNotes<CountedFigure[]>): { coverage: GlossaryCoverage; text: string } {
  const coverage = glossaryCoverage(readFigures(root, notes), loadGlossary(root));
  notes?.save();
  return { coverage, text: formatCoverage(coverage) };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { root: { type: 'string', default: '.' }, min: { type: 'string' }, notes: { type: 'string' } } });
  try {
    const root = resolve(values.root);
    const notes = values.notes === undefined ? undefined : new FileNotes<CountedFigure[]>(root, values.notes, codeVersion());
    const { coverage, text } = reportGlossaryCoverage(root, notes);
    console.log(text);
    const min = values.min === undefined ? undefined : Number(values.min);
    if (min !== undefined && !(min >= 0 && min <= 100)) {
      console.error(`glossary coverage: --min must be a percentage from 0 to 100, got "${values.min}".`);
      process.exit(2);
    }
    if (min !== undefined && coverage.share < min) {
      console.error(`glossary coverage: ${coverage.share}% is below the required ${min}%.`);
      process.exit(1);
    }
  } catch (error) {
    // A broken glossary or figure file: the message says where and what to write; a stack would not help.
    if (error instanceof GlossaryError || error instanceof FigureFileError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
