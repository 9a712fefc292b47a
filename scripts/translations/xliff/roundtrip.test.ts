import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readArticleFiles } from '../../content/article-files.ts';
import { checkContent } from '../../content/check-content.ts';
import { checkHash } from '../../ingest/hash.ts';
import { translationStatus } from '../../../src/domain/translation.ts';
import { loadGlossary } from '../../../src/lib/glossary.ts';
import { readPairs } from '../content.ts';
import { buildMemory } from '../memory.ts';
import { exportArticle } from './export.ts';
import { copyContent, edit, readXliff } from './fixture.ts';
import { writeXliff } from './library.ts';
import { planImport, type ImportOptions } from './import.ts';

const { terms } = loadGlossary();
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function temp() {
  const copy = await copyContent();
  cleanups.push(copy.done);
  return copy.dir;
}

const options = (dir: string, force = false): ImportOptions => ({
  force,
  day: '2026-12-03',
  englishPath: (id, extension) => join(dir, 'articles', 'en', `${id}${extension}`),
});

describe('export → import', () => {
  it("reproduces today's English translations byte for byte", async () => {
    const pairs = await readPairs('content');
    const translated = pairs.filter((p) => p.en);
    expect(translated.length).toBeGreaterThanOrEqual(15);
    const memory = buildMemory(pairs);
    for (const pair of translated) {
      const doc = await readXliff(await exportArticle(pair, memory, terms));
      const [outcome] = planImport(`${pair.id}.xlf`, doc, pairs, options('content'));
      expect(outcome, pair.id).toMatchObject({ action: 'unchanged' });
      expect(outcome!.action !== 'refused' && outcome!.text).toBe(await readFile(pair.en!.path, 'utf8'));
    }
  });

  it('exports units in source order with the hash, glossary notes and names, as XLIFF 2.0', async () => {
    const pairs = await readPairs('content');
    const pair = pairs.find((p) => p.id === 'jiu-ye-shi-min-sheng-zhi-ben')!;
    const xml = await exportArticle(pair, buildMemory(pairs), terms, [{ paragraph: 2, text: '3000人', value: 3000 }]);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh-CN" trgLang="en">/);
    const units = (await readXliff(xml)).resources[pair.id]!;
    expect(Object.keys(units)).toEqual(['title', 'p1', 'p2', 'p3']);
    expect(units.title!.note).toContain(pair.zh.hash);
    expect(units.p1!.note).toBe('glossary: 春风行动 → Spring Breeze job fairs');
    expect(units.p1!.additionalAttributes).toEqual({ name: 'paragraph 1', type: 'cz:paragraph' });
    expect(units.p2!.note).toBe('figure: 3000人 = 3,000 (state it in the English, in any form)');
    expect(units.p2!.target).toBe(pair.en!.cut.units.find((u) => u.id === 'p2')!.text);
  });

  it('imports a file a translator filled in with the library into a published English page', async () => {
    const dir = await temp();
    const id = 'chang-zhi-jiao-jing-quan-sheng-gong-an';
    await rm(join(dir, 'articles', 'en', `${id}.md`));
    const pairs = await readPairs(dir);
    expect(pairs.find((p) => p.id === id)!.state).toBe('missing');
    const doc = await readXliff(await exportArticle(pairs.find((p) => p.id === id)!, buildMemory(pairs), terms));
    const units = doc.resources[id]!;
    expect(Object.values(units).every((u) => u.target === undefined)).toBe(true);
    for (const [unitId, unit] of Object.entries(units)) unit.target = `English of ${unitId}: ${unit.source.length} characters.`;
    units.byline!.target = 'Our reporter Xu Fuyong';
    const translated = await readXliff(await writeXliff(doc));

    const [outcome] = planImport('translated.xlf', translated, pairs, options(dir));
    expect(outcome).toMatchObject({ action: 'created', path: join(dir, 'articles', 'en', `${id}.md`) });
    if (outcome!.action === 'refused') return;
    expect(checkHash(outcome!.text)).toBe('intact');
    await import('node:fs/promises').then((fs) => fs.writeFile(outcome!.path, outcome!.text));
    const after = (await readPairs(dir)).find((p) => p.id === id)!;
    expect(after.state).toBe('translated');
    // The status as the site computes it (src/domain/translation.ts, read by the catalog).
    const [row] = translationStatus(
      [{ id, title: String(after.zh.data.title), hash: after.zh.hash }],
      [{ id: after.en!.id, translationOf: String(after.en!.data.translationOf), sourceHash: String(after.en!.data.sourceHash) }],
    );
    expect(row).toMatchObject({ state: 'translated', translation: id });
    expect(after.en!.data).toMatchObject({ lang: 'en', translationOf: id, byline: 'Our reporter Xu Fuyong', checked: '2026-12-03' });
    expect(after.en!.cut.units.map((u) => u.id)).toEqual(after.zh.cut.units.map((u) => u.id));
    const check = checkContent(await readArticleFiles(dir), []);
    expect(check.findings.filter((f) => f.file.includes(id) && f.severity === 'error')).toEqual([]);
  });
});

describe('import refuses', () => {
  it('a file exported from Chinese that has changed since, naming the units that changed', async () => {
    const dir = await temp();
    const id = 'jiu-ye-shi-min-sheng-zhi-ben';
    const before = await readPairs(dir);
    const doc = await readXliff(await exportArticle(before.find((p) => p.id === id)!, buildMemory(before), terms));
    await edit(join(dir, 'articles', 'zh', `${id}.md`), '保障群众稳定就业。', '保障群众稳定就业，新增岗位300个。');
    const [outcome] = planImport('jiu-ye.xlf', doc, await readPairs(dir), options(dir));
    expect(outcome!.action).toBe('refused');
    const message = outcome!.action === 'refused' ? outcome!.findings.map((f) => f.en).join('\n') : '';
    expect(message).toMatch(/has changed since/);
    expect(message).toContain('paragraph 1 changed');
    expect(message).not.toContain('paragraph 2');
    expect(message).toContain(`--ids ${id}`);
  });

  it('units left empty, missing or holding markup, naming each', async () => {
    const pairs = await readPairs('content');
    const id = 'jiu-ye-shi-min-sheng-zhi-ben';
    const doc = await readXliff(await exportArticle(pairs.find((p) => p.id === id)!, buildMemory(pairs), terms));
    doc.resources[id]!.title!.target = [{ Standalone: { id: 'ph1' } }] as unknown as string;
    doc.resources[id]!.p2!.target = '  ';
    delete doc.resources[id]!.p3;
    const [outcome] = planImport('x.xlf', doc, pairs, options('content'));
    const findings = outcome!.action === 'refused' ? outcome!.findings : [];
    expect(findings.map((f) => [f.file, f.field])).toEqual([
      ['x.xlf', 'unit title (the title)'],
      ['x.xlf', 'unit p2 (paragraph 2)'],
      ['x.xlf', 'unit p3 (paragraph 3)'],
    ]);
    expect(findings[0]!.en).toMatch(/XML markup/);
    expect(findings[1]!.en).toMatch(/empty target/);
    expect(findings[2]!.en).toMatch(/missing from the file/);
  });

  it('to overwrite an English file edited by hand unless forced; an imported file is updated and stamped', async () => {
    const dir = await temp();
    const id = 'jiu-ye-shi-min-sheng-zhi-ben';
    const pairs = await readPairs(dir);
    const doc = await readXliff(await exportArticle(pairs.find((p) => p.id === id)!, buildMemory(pairs), terms));
    doc.resources[id]!.p3!.target = 'Culture is a measure of happiness.';
    const refused = planImport('x.xlf', doc, pairs, options(dir))[0]!;
    expect(refused.action).toBe('refused');
    expect(refused.action === 'refused' && refused.findings[0]!.en).toMatch(/written by hand \(it was never imported\).*--force/);

    const forced = planImport('x.xlf', doc, pairs, options(dir, true))[0]!;
    expect(forced.action).toBe('updated');
    if (forced.action === 'refused') return;
    const { writeFile } = await import('node:fs/promises');
    await writeFile(forced.path, forced.text);
    expect(checkHash(forced.text)).toBe('intact');

    doc.resources[id]!.p3!.target = 'Culture measures happiness.';
    expect(planImport('x.xlf', doc, await readPairs(dir), options(dir))[0]!.action).toBe('updated');

    await edit(forced.path, 'Culture is a measure', 'Culture, edited by hand, is a measure');
    const edited = planImport('x.xlf', doc, await readPairs(dir), options(dir))[0]!;
    expect(edited.action === 'refused' && edited.findings[0]!.en).toMatch(/edited by hand since it was last imported/);
  });
});
