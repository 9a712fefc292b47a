// Checks that the glossary's terms (content/glossary.yaml, `terms`) are translated the glossary's way:
// a unit whose Chinese contains a term has the glossary's English for it (terms.ts says what counts).
// Only a term's first mention in the article is held to it: after `Changzhi Museum` the English may say
// `the museum`, as English does where the Chinese repeats 市博物馆 in full.
import type { EnglishGlossary } from '../../../src/lib/glossary.ts';
import type { ArticlePair } from '../content.ts';
import { requiredEnglish, termsIn, usesTerm } from '../terms.ts';
import { unitName } from '../units.ts';
import type { Problem } from './problem.ts';

export function termProblems(pair: ArticlePair, terms: EnglishGlossary['terms']): Problem[] {
  const en = pair.en;
  if (!en) return [];
  const english = new Map(en.cut.units.map((u) => [u.id, u.text]));
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const unit of pair.zh.cut.units) {
    const text = english.get(unit.id);
    if (text === undefined) continue;
    for (const term of termsIn(unit.text, terms)) {
      if (seen.has(term.zh)) continue;
      seen.add(term.zh);
      if (usesTerm(text, term)) continue;
      problems.push({
        file: en.path,
        field: `unit ${unit.id} (${unitName(unit)})`,
        en: `${term.zh} is "${requiredEnglish(term.en)}" in the glossary (content/glossary.yaml, terms); the English does not say it. Use it, or change the glossary.`,
        zh: `术语“${term.zh}”应译作“${requiredEnglish(term.en)}”（见词汇表）。`,
        severity: 'error',
      });
    }
  }
  return problems;
}
