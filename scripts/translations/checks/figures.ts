// Checks that no figure is lost in translation: every figure of a Chinese paragraph (its figure records,
// content/figures/<id>.json, and any in the frontmatter) is stated in the English of the same paragraph,
// in whatever form the English uses (numbers.ts).
import type { ArticlePair, FigureLike } from '../content.ts';
import { statesValue } from './numbers.ts';
import type { Problem } from './problem.ts';

export function figureProblems(pair: ArticlePair, figures: readonly FigureLike[]): Problem[] {
  const en = pair.en;
  if (!en) return [];
  const english = new Map(en.cut.units.map((u) => [u.id, u.text]));
  const problems: Problem[] = [];
  for (const figure of figures) {
    const unit = `p${figure.paragraph}`;
    const text = english.get(unit);
    if (text === undefined || statesValue(text, figure.value)) continue; // a missing unit is structure's to report
    problems.push({
      file: en.path,
      field: `unit ${unit} (paragraph ${figure.paragraph})`,
      en: `figure ${figure.text} (${figure.value}) of ${pair.id} is not in the English; state ${figure.value.toLocaleString('en-GB')} in any form (digits, "${figure.value >= 1e6 ? `${figure.value / 1e6} million` : figure.value.toLocaleString('en-GB')}" …).`,
      zh: `数字“${figure.text}”未出现在英文译文中。`,
      severity: 'error',
    });
  }
  return problems;
}
