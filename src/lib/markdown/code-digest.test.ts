import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { articleProcessor } from './article-processor.ts';
import { codeDigest, moduleFiles } from './code-digest.ts';

const root = mkdtempSync(join(tmpdir(), 'code-digest-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function tree(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return join(dir, 'lib/main.ts');
}

const FILES = {
  'lib/main.ts': "// usage: import { main } from './src/lib/main.ts';\n/* or import('./nowhere.ts') */\nimport { a } from './a.ts';\nimport type { T } from '../domain/t.ts';\nimport x from 'some-package';\n",
  'lib/a.ts': "import strings from '../i18n/en.json' with { type: 'json' };\nexport const a = 1;\n",
  'domain/t.ts': 'export type T = number;\n',
  'i18n/en.json': '{"k": "v"}',
  'lib/unused.ts': 'export const u = 2;\n',
};

describe('the Markdown processor’s code digest', () => {
  it('covers the modules an entry imports by relative paths, transitively, JSON included, and no others', () => {
    const entry = tree('one', FILES);
    const dir = join(root, 'one');
    expect(moduleFiles(entry)).toEqual(['domain/t.ts', 'i18n/en.json', 'lib/a.ts', 'lib/main.ts'].map((p) => join(dir, p)));
  });

  it('changes when any of those files changes, and only then', () => {
    const before = codeDigest(tree('two', FILES), join(root, 'two'));
    expect(codeDigest(tree('three', FILES), join(root, 'three'))).toBe(before); // same code elsewhere: same digest
    expect(codeDigest(tree('four', { ...FILES, 'lib/unused.ts': 'export const u = 3;\n' }), join(root, 'four'))).toBe(before);
    expect(codeDigest(tree('five', { ...FILES, 'i18n/en.json': '{"k": "w"}' }), join(root, 'five'))).not.toBe(before);
    expect(codeDigest(tree('six', { ...FILES, 'domain/t.ts': 'export type T = string;\n' }), join(root, 'six'))).not.toBe(before);
  });

  it('is in the processor’s options, which Astro’s config digest serialises, and covers every plugin module', () => {
    const processor = articleProcessor();
    const options = JSON.parse(JSON.stringify(processor.options)) as { code?: string };
    const entry = fileURLToPath(new URL('./article-processor.ts', import.meta.url));
    const src = fileURLToPath(new URL('../../', import.meta.url));
    expect(options.code).toBe(codeDigest(entry));
    const files = moduleFiles(entry).map((f) => f.slice(src.length));
    for (const plugin of ['lib/markdown/figure-values.ts', 'lib/markdown/gap-markers.ts', 'lib/markdown/paragraph-anchors.ts', 'lib/format/unbreakable.ts']) {
      expect(files).toContain(plugin);
    }
  });
});
