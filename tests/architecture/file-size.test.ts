// Small files (the project's rule): every module under scripts/, src/ and tests/ (.ts, .mjs, .astro; not the page
// texts and golds of tests/fixtures/) stays under a line ceiling, tests and test fixtures included. Why 400: in session 14 seven files grown past one concern were split
// (modules of 334–426 lines, test files of 405–456), each at seams it already had; after the splits the largest
// module holds 372 lines and the largest test 378. A file reaching 400 holds as much as those did and has its seams
// too: split it, do not raise the ceiling. One ceiling for both: a test file splits by its describe blocks as a
// module splits by concern. Files are counted as `wc -l` counts them.
import { readdirSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const CEILING = 400;
const MODULE = /\.(?:ts|mjs|astro)$/u;
const TEST = /\.(?:test|fixture)\.ts$/u;

/** Lines in a text as `wc -l` counts them: its line ends, and a last line with no end. */
function lineCount(text: string): number {
  if (text === '') return 0;
  const ends = text.split('\n').length - 1;
  return text.endsWith('\n') ? ends : ends + 1;
}

/** The modules under `dirs` (paths from the project's root, with `/`). */
function modules(dirs: readonly string[]): string[] {
  return dirs.flatMap((dir) =>
    readdirSync(resolve(ROOT, dir), { recursive: true, encoding: 'utf8' })
      .map((f) => `${dir}/${f.split('\\').join('/')}`)
      .filter((f) => MODULE.test(f) && !f.includes('/node_modules/') && !f.startsWith('tests/fixtures/')),
  );
}

/** What to do with a file over the ceiling: a test splits by describe block, a module by concern. */
function advice(file: string, lines: number): string {
  const how = TEST.test(file)
    ? 'split it by describe block into test files named by concern (e.g. status.forms.test.ts), each with a header comment, keeping every test case'
    : 'split it by concern into modules with a header comment each (the form readers apart from the assembly), update its importers, and keep its behaviour (eval outputs identical)';
  return `${relative(ROOT, resolve(ROOT, file))}: ${lines} lines, over the ceiling of ${CEILING}: ${how}`;
}

const files = modules(['scripts', 'src', 'tests']);
const sizes = files.map((file) => ({ file, lines: lineCount(readFileSync(resolve(ROOT, file), 'utf8')) }));

describe('file size', () => {
  it('reads every module under scripts/, src/ and tests/', () => {
    const largest = [...sizes].sort((a, b) => b.lines - a.lines).slice(0, 3);
    console.log(`file size: ${files.length} modules; largest ${largest.map((s) => `${s.file} ${s.lines}`).join(', ')}`);
    expect(files.length).toBeGreaterThan(500);
    expect(files).toContain('scripts/ingest/cli.ts');
    expect(files).toContain('tests/e2e/phone-fit.test.ts');
    expect(files.some((f) => f.endsWith('.astro'))).toBe(true);
    expect(files.some((f) => f.endsWith('.mjs'))).toBe(true);
  });

  it(`keeps every module at ${CEILING} lines or fewer`, () => {
    expect(sizes.filter((s) => s.lines > CEILING).map((s) => advice(s.file, s.lines))).toEqual([]);
  });
});

describe('the line count', () => {
  it('counts lines as wc -l does: line ends, and a last line with none', () => {
    expect(lineCount('')).toBe(0);
    expect(lineCount('const a = 1;\n')).toBe(1);
    expect(lineCount('const a = 1;\nconst b = 2;')).toBe(2);
    expect(lineCount('// header\n\nexport {};\n')).toBe(3);
  });
});
