// The content check and the glossary coverage with --notes (as `npm run build` runs them): what each file said is
// kept between runs by the file's identity, and every run prints what a run without notes prints of the same files,
// through edits that break a file, fix it, add one and delete one.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'cz-check-notes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ID = 'jiu-ye-shi-min-sheng-zhi-ben';
const OTHER = 'min-sheng-wei-ben-xing-fu-sheng-huo';
const article = (id: string) => join(dir, 'content/articles/zh', `${id}.md`);
const figures = (id: string) => join(dir, 'content/figures', `${id}.json`);

function run(script: string, args: string[]): string {
  const r = spawnSync(process.execPath, [join(ROOT, script), ...args], { cwd: dir, encoding: 'utf8' });
  return `exit ${r.status}\n${r.stdout}${r.stderr}`;
}

/** Each command with notes, then without: the two outputs. */
function both(): [string, string][] {
  const notes = join(dir, 'notes');
  return [
    [run('scripts/content/check.ts', ['--notes', join(notes, 'check.json')]), run('scripts/content/check.ts', [])],
    [run('scripts/glossary/coverage.ts', ['--notes', join(notes, 'coverage.json')]), run('scripts/glossary/coverage.ts', [])],
  ];
}

describe('the content checks with notes kept between runs', () => {
  it('print what they print without notes, after every edit', () => {
    mkdirSync(join(dir, 'content/articles/zh'), { recursive: true });
    mkdirSync(join(dir, 'content/figures'), { recursive: true });
    cpSync(join(ROOT, 'content/glossary.yaml'), join(dir, 'content/glossary.yaml'));
    for (const id of [ID, OTHER]) {
      cpSync(join(ROOT, 'content/articles/zh', `${id}.md`), article(id));
      cpSync(join(ROOT, 'content/figures', `${id}.json`), figures(id));
    }
    const edits: [string, () => void][] = [
      ['first run', () => {}],
      ['nothing changed', () => {}],
      ['a wrong year', () => writeFileSync(article(ID), readFileSync(article(ID), 'utf8').replace(/^year: (\d+)$/m, 'year: "$1"'))],
      ['a figure file broken, a copy under another name (its id twice)', () => {
        writeFileSync(figures(OTHER), '{');
        cpSync(article(OTHER), article('copy'));
      }],
      ['fixed, the copy deleted', () => {
        writeFileSync(article(ID), readFileSync(article(ID), 'utf8').replace(/^year: "(\d+)"$/m, 'year: $1'));
        cpSync(join(ROOT, 'content/figures', `${OTHER}.json`), figures(OTHER));
        unlinkSync(article('copy'));
      }],
    ];
    const seen: string[] = [];
    for (const [edit, apply] of edits) {
      apply();
      for (const [withNotes, without] of both()) {
        expect(withNotes, edit).toBe(without);
        seen.push(withNotes.split('\n')[0]!);
      }
    }
    // The edits were seen: the broken files fail the check, the fixed folder passes it.
    expect(seen.filter((s, i) => i % 2 === 0)).toEqual(['exit 0', 'exit 0', 'exit 1', 'exit 1', 'exit 0']);
  }, 300_000);
});
