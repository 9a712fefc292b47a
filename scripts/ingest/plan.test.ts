import { describe, expect, it } from 'vitest';
import { sha256Hex } from './hash.ts';
import { desiredFile, type ExistingFile, hasChanges, planWrites } from './plan.ts';

const SEED = '000_a5c216659bbc2fff.txt';
const file = (path: string, content: string, state: ExistingFile['state'], seed?: string): [string, ExistingFile] => [
  path,
  { path, sha256: sha256Hex(content), state, seed },
];

describe('planWrites', () => {
  const seeds = { seedsRead: new Set([SEED]), seedsPresent: new Set([SEED]) };

  it('creates new files and leaves equal ones alone', () => {
    const plan = planWrites({
      desired: new Map([
        ['articles/zh/a.mdx', desiredFile('A')],
        ['articles/zh/b.mdx', desiredFile('B')],
      ]),
      existing: new Map([file('articles/zh/a.mdx', 'A', 'intact', SEED)]),
      ...seeds,
    });
    expect(plan.create.map((c) => c.path)).toEqual(['articles/zh/b.mdx']);
    expect(plan.unchanged).toEqual(['articles/zh/a.mdx']);
    expect(hasChanges(plan)).toBe(true);
  });

  it('a second run with nothing new has no changes', () => {
    const plan = planWrites({
      desired: new Map([['articles/zh/a.mdx', desiredFile('A')]]),
      existing: new Map([file('articles/zh/a.mdx', 'A', 'intact', SEED)]),
      ...seeds,
    });
    expect(hasChanges(plan)).toBe(false);
  });

  it('updates its own files but never an edited or hand-written one', () => {
    const plan = planWrites({
      desired: new Map([
        ['articles/zh/a.mdx', desiredFile('A2')],
        ['articles/zh/b.mdx', desiredFile('B2')],
        ['articles/zh/c.mdx', desiredFile('C2')],
      ]),
      existing: new Map([
        file('articles/zh/a.mdx', 'A', 'intact', SEED),
        file('articles/zh/b.mdx', 'B edited', 'edited', SEED),
        file('articles/zh/c.mdx', 'C by hand', 'unstamped'),
      ]),
      ...seeds,
    });
    expect(plan.update.map((u) => u.path)).toEqual(['articles/zh/a.mdx']);
    expect(plan.keptEdits.map((k) => k.path)).toEqual(['articles/zh/b.mdx', 'articles/zh/c.mdx']);
  });

  it('removes only stale generated files of seeds it read or that are gone', () => {
    const plan = planWrites({
      desired: new Map(),
      existing: new Map([
        file('articles/zh/old.mdx', 'X', 'intact', SEED),
        file('articles/zh/unreadable-seed.mdx', 'Y', 'intact', '009_bad.txt'),
        file('articles/zh/deleted-seed.mdx', 'Z', 'intact', '008_gone.txt'),
        file('articles/zh/edited.mdx', 'E', 'edited', SEED),
        file('articles/zh/mine.mdx', 'M', 'unstamped'),
      ]),
      seedsRead: new Set([SEED]),
      seedsPresent: new Set([SEED, '009_bad.txt']),
    });
    expect(plan.remove).toEqual(['articles/zh/deleted-seed.mdx', 'articles/zh/old.mdx']);
  });

  it('plans with a hash alone while no write is needed, and refuses to write content it was not given', () => {
    const existing = new Map([file('articles/zh/a.mdx', 'A', 'intact', SEED), file('articles/zh/b.mdx', 'B edited', 'edited', SEED)]);
    const plan = planWrites({
      desired: new Map([
        ['articles/zh/a.mdx', { sha256: sha256Hex('A') }],
        ['articles/zh/b.mdx', { sha256: sha256Hex('B') }],
      ]),
      existing,
      ...seeds,
    });
    expect(plan.unchanged).toEqual(['articles/zh/a.mdx']);
    expect(plan.keptEdits.map((k) => k.path)).toEqual(['articles/zh/b.mdx']);
    expect(() => planWrites({ desired: new Map([['articles/zh/a.mdx', { sha256: sha256Hex('A2') }]]), existing, ...seeds })).toThrow(
      /content was not made/,
    );
  });
});
