// `--check`: the translation checks (checks/index.ts) over a content folder, printed as the content check
// prints its findings. Exits 1 on an error; an outdated translation is a warning (the site marks it so).
import { loadGlossary } from '../../../src/lib/glossary.ts';
import { checkTranslations } from '../checks/index.ts';
import { formatProblem, type Problem } from '../checks/problem.ts';
import { readFigures, type ArticlePair, type FigureLike } from '../content.ts';

/** Every problem of the translations in `contentDir` (figure files read from content/figures). */
export async function translationProblems(pairs: readonly ArticlePair[], contentDir: string, root = process.cwd()): Promise<Problem[]> {
  const figures = new Map<string, FigureLike[]>();
  for (const pair of pairs) if (pair.en) figures.set(pair.id, await readFigures(contentDir, pair));
  return checkTranslations(pairs, (id) => figures.get(id) ?? [], loadGlossary(root).terms);
}

export async function runCheck(pairs: readonly ArticlePair[], contentDir: string): Promise<number> {
  const problems = await translationProblems(pairs, contentDir);
  for (const p of problems) console.error(formatProblem(p));
  const errors = problems.filter((p) => p.severity === 'error').length;
  const checked = pairs.filter((p) => p.en).length;
  const line = `translation check: ${checked} translation(s), ${errors} error(s), ${problems.length - errors} warning(s).`;
  (errors ? console.error : console.log)(line);
  return errors ? 1 : 0;
}
