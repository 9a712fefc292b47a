import { describe, expect, it } from 'vitest';
import { sha256Hex } from './hash.ts';
import { formatFigureFile, mergeFigures, stamp } from './merge-figures.ts';
import { articlePath, assembleOutputs, figuresWithSeeds, idsInUse, learnFacts, outcomeAfterRun, planContent } from './outputs.ts';
import { desiredFile } from './plan.ts';
import type { FigureRecord } from '../../src/domain/figure.ts';

const fresh = [{ id: 'a-1', text: '38.1公里', value: 38.1 }, { id: 'a-2', text: '12个', value: 12 }] as unknown as FigureRecord[];
const written = formatFigureFile(mergeFigures(fresh as never, []).records);
const onDisk = (text: string) => ({ sha256: sha256Hex(text), text });

describe('assembleOutputs', () => {
  it('merges a made article’s figures into its file, and reports what an editor keeps', () => {
    const edited = JSON.parse(written);
    edited[1].value = 13;
    const text = formatFigureFile(edited);
    const out = assembleOutputs([{ id: 'a', markdown: desiredFile('mdx'), fresh }], new Map([['figures/a.json', onDisk(text)]]));
    expect([...out.desired.keys()]).toEqual(['articles/zh/a.md', 'figures/a.json']);
    expect(JSON.parse(out.desired.get('figures/a.json')!.content!)[1].value).toBe(13);
    expect(out.keptFigureEdits).toEqual(['figures/a.json (1 edited or hand-added record(s) kept)']);
  });

  it('gives a skipped article’s files by hash, and its recorded kept count and problem', () => {
    const out = assembleOutputs(
      [
        { id: 'a', markdown: { sha256: sha256Hex('mdx') }, cached: { input: sha256Hex(written), output: sha256Hex(written), kept: 2 } },
        { id: 'b', markdown: { sha256: sha256Hex('mdx b') }, cached: { input: sha256Hex('[oops'), problem: true } },
      ],
      new Map(),
    );
    expect(out.desired.get('figures/a.json')).toEqual({ sha256: sha256Hex(written) });
    expect(out.desired.has('figures/b.json')).toBe(false);
    expect(out.desired.get('articles/zh/b.md')).toEqual({ sha256: sha256Hex('mdx b') });
    expect(out.keptFigureEdits).toEqual(['figures/a.json (2 edited or hand-added record(s) kept)']);
    expect(out.badFigureFiles).toEqual(['figures/b.json']);
  });
});

describe('outcomeAfterRun', () => {
  it('records the written file as its own merge', () => {
    expect(outcomeAfterRun(fresh, onDisk(written))).toEqual({ input: sha256Hex(written), output: sha256Hex(written), kept: 0 });
  });

  it('records what merging into the written file gives when that is not the file itself', () => {
    // Two editor's versions of one fresh record: the merge keeps one, so the file is not its own merge.
    const corrected = { id: 'a-2', origin: 'hand' as const, text: '12个', value: 13 };
    const text = formatFigureFile([corrected, { ...corrected, value: 14 }]);
    const outcome = outcomeAfterRun(fresh, onDisk(text));
    expect(outcome).toMatchObject({ input: sha256Hex(text), kept: 2 });
    expect('output' in outcome && outcome.output).not.toBe(sha256Hex(text));
  });

  it('records a file that is not figure records as a problem', () => {
    expect(outcomeAfterRun(fresh, onDisk('{ "not": "records" }'))).toEqual({ input: sha256Hex('{ "not": "records" }'), problem: true });
  });
});

describe('learnFacts and figuresWithSeeds', () => {
  it('learns an article’s stamp state and frontmatter, and whether a figure file is all ingest’s', () => {
    expect(learnFacts('articles/zh/x.md', '---\ntitle: 手写\n---\n正文\n')).toMatchObject({ state: 'unstamped', info: { title: '手写' } });
    expect(learnFacts('figures/x.json', written)).toMatchObject({ state: 'intact', onlyIngest: true });
    expect(learnFacts('figures/x.json', formatFigureFile([stamp({ id: 'h', origin: 'hand' })]))).toMatchObject({ onlyIngest: false });
  });

  it('lets a figure file go with its removed article only when every record is ingest’s', () => {
    const plan = { create: [], update: [], remove: ['articles/zh/a.md', 'articles/zh/b.md'], unchanged: [], keptEdits: [] };
    const articles = new Map([
      ['articles/zh/a.md', { sha256: 'x', state: 'intact' as const, info: { seed: 'S' } }],
      ['articles/zh/b.md', { sha256: 'y', state: 'intact' as const, info: { seed: 'S' } }],
    ]);
    const figures = new Map([
      ['figures/a.json', { sha256: 'fa', state: 'intact' as const, onlyIngest: true }],
      ['figures/b.json', { sha256: 'fb', state: 'intact' as const, onlyIngest: false }],
      ['figures/c.json', { sha256: 'fc', state: 'intact' as const, onlyIngest: true }],
    ]);
    const out = figuresWithSeeds(figures, articles, plan);
    expect([...out.values()].map((f) => f.seed)).toEqual(['S', undefined, undefined]);
    expect(out.get('figures/a.json')).toEqual({ path: 'figures/a.json', sha256: 'fa', state: 'intact', seed: 'S' });
  });
});

describe('English items (issue 15)', () => {
  it('go to articles/en, their figure file to figures/ as any article’s', () => {
    expect(articlePath('rural-bus-stops', undefined, 'en')).toBe('articles/en/rural-bus-stops.md');
    const { desired } = assembleOutputs([{ id: 'rural-bus-stops', lang: 'en', markdown: desiredFile('---\n---\n'), fresh: [] }], new Map());
    expect([...desired.keys()]).toEqual(['articles/en/rural-bus-stops.md', 'figures/rural-bus-stops.json']);
  });

  it('are planned with the Chinese articles; a hand-written translation beside them is never removed', () => {
    const translation = { sha256: 'x', state: 'unstamped' as const, info: { title: 'By hand' } };
    const stale = { sha256: 'y', state: 'intact' as const, info: { id: 'old-item', seed: '100_page.txt', title: 'Old item', firstBlock: 4 } };
    const articles: Parameters<typeof planContent>[1] = new Map<string, typeof translation | typeof stale>([['articles/en/by-hand.md', translation], ['articles/en/old-item.md', stale]]);
    const desired = new Map([['articles/en/new-item.md', desiredFile('---\n---\n')]]);
    const plan = planContent(desired, articles, new Map(), { seedsRead: new Set(['100_page.txt']), seedsPresent: new Set(['100_page.txt']) });
    expect(plan.create.map((c) => c.path)).toEqual(['articles/en/new-item.md']);
    expect(plan.remove).toEqual(['articles/en/old-item.md']);
    expect(idsInUse(articles)).toEqual({ known: [{ id: 'old-item', seed: '100_page.txt', title: 'Old item', firstBlock: 4 }], reserved: ['by-hand'] });
  });
});

