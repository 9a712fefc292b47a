// Imports run one way (issue 13): scripts/ → src/, and inside src/ pages → components → lib → domain.
// src/domain/ is the published vocabulary and imports nothing of the project; src/ never imports scripts/
// or tests/; and no import cycle, type-only imports included, in src/ or scripts/. The graph is read by
// import-graph.ts (why not dependency-cruiser or madge: see its header).
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCycles, importSpecifiers, readImportGraph, type ImportEdge } from './import-graph.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const graph = readImportGraph(ROOT, ['src', 'scripts', 'tests']);

const under = (dir: string) => (file: string) => file.startsWith(`${dir}/`);
const where = (e: ImportEdge) => `${e.from}:${e.line} imports ${e.specifier}`;

function crossing(from: (file: string) => boolean, to: (file: string) => boolean): string[] {
  return graph.edges.filter((e) => from(e.from) && to(e.to)).map(where);
}

const rules = {
  'src/ → scripts/ or tests/': crossing(under('src'), (f) => under('scripts')(f) || under('tests')(f)),
  'src/domain/ → the rest of the project': crossing(under('src/domain'), (f) => !under('src/domain')(f)),
  'src/lib/ → src/components/ or src/pages/': crossing(under('src/lib'), (f) => under('src/components')(f) || under('src/pages')(f)),
  'src/components/ → src/pages/': crossing(under('src/components'), under('src/pages')),
};
const cycles = importCycles(graph, (f) => under('src')(f) || under('scripts')(f));

describe('import rules', () => {
  it('reads the graph', () => {
    console.log(
      `imports: ${graph.files.length} files, ${graph.edges.length} project imports; ` +
        Object.entries(rules)
          .map(([rule, found]) => `${rule}: ${found.length}`)
          .join('; ') +
        `; cycles in src/ and scripts/: ${cycles.length}` +
        (graph.unresolved.length ? `; not resolved (strings, or missing files): ${graph.unresolved.map(where).join(', ')}` : ''),
    );
    expect(graph.files.length).toBeGreaterThan(100);
    expect(graph.edges.some((e) => e.from === 'src/content.config.ts' && e.to === 'src/domain/article.ts')).toBe(true);
  });

  for (const [rule, found] of Object.entries(rules)) {
    it(`has no import ${rule}`, () => expect(found).toEqual([]));
  }

  it('has no import cycle in src/ or scripts/', () => expect(cycles).toEqual([]));
});

describe('the import walk', () => {
  it('finds every form of import, multi-line and type-only ones included, and skips comment lines', () => {
    const text = [
      "import type { A } from './a.ts';",
      'import {',
      '  b,',
      '  type C,',
      "} from '../b.ts';",
      "export { d } from './d.ts';",
      "export * from './e.ts';",
      "import f, * as g from './f.ts';",
      "import './g.css';",
      // Split so that this file's own walk does not read it as an import of ./h.ts.
      "const h = await imp" + "ort('./h.ts');",
      "// import { old } from './old.ts';",
      "export const i = 1; const from = 'x';",
      "<script>\n  import '../../scripts/client.ts';\n</script>",
      "import en from '../i18n/en.json' with { type: 'json' };",
    ].join('\n');
    expect(importSpecifiers(text)).toEqual([
      { specifier: './a.ts', line: 1 },
      { specifier: '../b.ts', line: 5 },
      { specifier: './d.ts', line: 6 },
      { specifier: './e.ts', line: 7 },
      { specifier: './f.ts', line: 8 },
      { specifier: './g.css', line: 9 },
      { specifier: './h.ts', line: 10 },
      { specifier: '../../scripts/client.ts', line: 14 },
      { specifier: '../i18n/en.json', line: 16 },
    ]);
  });

  it('finds a cycle through type-only imports and a file importing itself, and no cycle in a chain', () => {
    const edges = (pairs: [string, string][]): ImportEdge[] => pairs.map(([from, to]) => ({ from, to, specifier: to, line: 1 }));
    const files = ['a', 'b', 'c', 'd', 'e'];
    const cyclic = { files, unresolved: [], edges: edges([['a', 'b'], ['b', 'c'], ['c', 'a'], ['d', 'd'], ['d', 'e']]) };
    expect(importCycles(cyclic, () => true)).toEqual([['a', 'b', 'c'], ['d']]);
    expect(importCycles(cyclic, (f) => f !== 'c')).toEqual([['d']]);
    expect(importCycles({ files, unresolved: [], edges: edges([['a', 'b'], ['b', 'c'], ['a', 'c']]) }, () => true)).toEqual([]);
  });
});
