// `npm run translations -- --check`: every translation checked against its Chinese — shape (structure.ts),
// figures (figures.ts) and glossary terms (terms.ts). Figures and terms are checked only where the
// translation is up to date: an outdated one is reported as such, its figures may have changed with the
// Chinese. Pure: the command reads the content and prints the problems.
import type { EnglishGlossary } from '../../../src/lib/glossary.ts';
import type { ArticlePair, FigureLike } from '../content.ts';
import { figureProblems } from './figures.ts';
import type { Problem } from './problem.ts';
import { structureProblems } from './structure.ts';
import { termProblems } from './terms.ts';

export function checkTranslations(
  pairs: readonly ArticlePair[],
  figuresOf: (id: string) => readonly FigureLike[],
  terms: EnglishGlossary['terms'],
): Problem[] {
  return pairs.flatMap((pair) => {
    if (!pair.en) return [];
    const shape = structureProblems(pair);
    if (pair.state !== 'translated') return shape;
    return [...shape, ...figureProblems(pair, figuresOf(pair.id)), ...termProblems(pair, terms)];
  });
}
