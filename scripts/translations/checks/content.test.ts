// CI: `npm run translations -- --check` over the project's own content finds nothing — every translation
// up to date, every unit translated, every figure stated, every glossary term used the glossary's way.
import { describe, expect, it } from 'vitest';
import { translationProblems } from '../commands/check.ts';
import { readPairs } from '../content.ts';
import { formatProblem } from './problem.ts';

describe('translations in content/', () => {
  it('pass the translation check', async () => {
    const pairs = await readPairs('content');
    expect(pairs.filter((p) => p.en).length).toBeGreaterThanOrEqual(15);
    const problems = await translationProblems(pairs, 'content');
    expect(problems.map(formatProblem)).toEqual([]);
  });
});
