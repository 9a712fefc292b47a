// CI: `npm run translations -- --check` over the project's own content finds no error — every unit
// translated, every figure stated, every glossary term used the glossary's way. A translation left out of
// date by a change to its Chinese is a warning, printed here: the site marks it so, and ingest work that
// rewrites a Chinese article must not fail CI until a translator has caught up.
import { describe, expect, it } from 'vitest';
import { translationProblems } from '../commands/check.ts';
import { readPairs } from '../content.ts';
import { formatProblem } from './problem.ts';

describe('translations in content/', () => {
  it('pass the translation check (errors; out-of-date translations are printed as warnings)', async () => {
    const pairs = await readPairs('content');
    expect(pairs.filter((p) => p.en).length).toBeGreaterThanOrEqual(15);
    const problems = await translationProblems(pairs, 'content');
    for (const warning of problems.filter((p) => p.severity === 'warning')) console.warn(formatProblem(warning));
    expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  });
});
