// The three commands wired together as a translator's round trip would run them, in a private copy of
// content/: export the articles without a translation, fill the files in, import, check.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPairs } from '../content.ts';
import { copyContent, readXliff } from '../xliff/fixture.ts';
import { writeXliff } from '../xliff/library.ts';
import { runCheck, translationProblems } from './check.ts';
import { runExport } from './export.ts';
import { runImport } from './import.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  while (cleanups.length) await cleanups.pop()!();
});

describe('export → translate → import → check', () => {
  it('publishes the missing translation and the check passes; a second import changes nothing', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const copy = await copyContent();
    cleanups.push(copy.done);
    const id = 'lu-an-hua-gong-yu-wu-mei-ye';
    const english = await readFile(join(copy.dir, 'articles', 'en', `${id}.md`), 'utf8');
    await rm(join(copy.dir, 'articles', 'en', `${id}.md`));
    const xliffDir = join(copy.dir, 'xliff');

    expect(await runExport(await readPairs(copy.dir), copy.dir, xliffDir, { missing: true, outdated: false, ids: [] })).toBe(0);
    expect(await readdir(xliffDir)).toEqual([`${id}.xlf`]);

    // The translator's tool: every target filled with the English the article had.
    const path = join(xliffDir, `${id}.xlf`);
    const doc = await readXliff(await readFile(path, 'utf8'));
    const before = (await readPairs('content')).find((p) => p.id === id)!.en!.cut.units;
    for (const [unit, value] of Object.entries(doc.resources[id]!)) value.target = before.find((u) => u.id === unit)!.text;
    await writeFile(path, await writeXliff(doc));

    expect(await runImport(await readPairs(copy.dir), copy.dir, xliffDir, false)).toBe(0);
    const pairs = await readPairs(copy.dir);
    const pair = pairs.find((p) => p.id === id)!;
    expect(pair.state).toBe('translated');
    expect(pair.en!.text.split('\n---\n')[1]).toBe(english.split('\n---\n')[1]);
    expect(await translationProblems(pairs, copy.dir)).toEqual([]);
    expect(await runCheck(pairs, copy.dir)).toBe(0);

    const written = pair.en!.text;
    expect(await runImport(pairs, copy.dir, xliffDir, false)).toBe(0);
    expect(await readFile(join(copy.dir, 'articles', 'en', `${id}.md`), 'utf8')).toBe(written);
  });

  it('exits 1 and names the file when a directory holds no XLIFF or an --ids names no article', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const copy = await copyContent();
    cleanups.push(copy.done);
    const pairs = await readPairs(copy.dir);
    expect(await runImport(pairs, copy.dir, join(copy.dir, 'articles'), false)).toBe(1);
    expect(await runExport(pairs, copy.dir, join(copy.dir, 'x'), { missing: false, outdated: false, ids: ['no-such-id'] })).toBe(1);
    expect(errors.mock.calls.flat().join('\n')).toMatch(/no \.xlf or \.xliff files there[\s\S]*no Chinese article no-such-id/);
  });
});
