// `npm run translations [-- --stamp ID …] [--content DIR]`: the status of every English translation
// against its Chinese source; --stamp records that a translation now matches its source, and the day it
// was checked (stamp.ts; run it after bringing the English up to date, never to silence the notice).
// Translators' round trips (issue 19): `--export DIR [--missing] [--outdated] [--ids a,b]` writes one
// XLIFF 2.0 file per article (commands/export.ts), `--import DIR [--force]` writes the English files back
// (commands/import.ts), `--check` checks every translation's units, figures and glossary terms
// (commands/check.ts; CI runs the same in scripts/translations/checks/content.test.ts).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readOptions, runCommand } from '../lib/command.ts';
import { translationStatus, type Translation } from '../../src/domain/translation.ts';
import { runCheck } from './commands/check.ts';
import { runExport } from './commands/export.ts';
import { runImport } from './commands/import.ts';
import { readLang, readPairs } from './content.ts';
import { isoDay, stampTranslation } from './stamp.ts';

const USAGE = [
  'usage: npm run translations -- [--content DIR] [--stamp ID …]',
  '       npm run translations -- --export DIR [--missing] [--outdated] [--ids a,b]',
  '       npm run translations -- --import DIR [--force]',
  '       npm run translations -- --check',
].join('\n');

async function main(argv: string[]): Promise<number> {
  const read = readOptions('translations', USAGE, argv, {
    stamp: { type: 'string', multiple: true, default: [] },
    content: { type: 'string', default: 'content' },
    export: { type: 'string' },
    missing: { type: 'boolean', default: false },
    outdated: { type: 'boolean', default: false },
    ids: { type: 'string', default: '' },
    import: { type: 'string' },
    force: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
  });
  if (read.exit !== undefined) return read.exit;
  const { values } = read;
  const pairs = await readPairs(values.content);
  if (values.export !== undefined) {
    const ids = values.ids.split(',').map((s) => s.trim()).filter(Boolean);
    return runExport(pairs, values.content, values.export, { missing: values.missing, outdated: values.outdated, ids });
  }
  if (values.import !== undefined) return runImport(pairs, values.content, values.import, values.force);
  if (values.check) return runCheck(pairs, values.content);
  return status(values.content, values.stamp);
}

async function status(content: string, stamps: string[]): Promise<number> {
  const pairs = await readPairs(content);
  const en = await readLang(content, 'en');
  let problems = 0;
  for (const id of stamps) {
    const translation = en.find((f) => f.data.translationOf === id || f.id === id);
    const source = pairs.find((s) => s.id === (translation?.data.translationOf ?? id));
    if (!translation || !source) {
      console.error(`translations: --stamp ${id}: no English file with translationOf: ${id} in ${join(content, 'articles', 'en')}`);
      problems++;
      continue;
    }
    const day = isoDay(new Date());
    const text = await readFile(translation.path, 'utf8');
    await writeFile(translation.path, stampTranslation(text, source.zh.hash, day));
    translation.data.sourceHash = source.zh.hash;
    console.log(`stamped ${translation.path} as a translation of ${source.id} (${source.zh.hash}), checked ${day}`);
  }
  const translations: Translation[] = en
    .filter((f) => typeof f.data.translationOf === 'string')
    .map((f) => ({ id: f.id, translationOf: String(f.data.translationOf), sourceHash: String(f.data.sourceHash ?? '') }));
  const sources = pairs.map((p) => ({ id: p.id, title: String(p.zh.data.title ?? p.id), hash: p.zh.hash }));
  const rows = translationStatus(sources, translations);
  const width = Math.max(...rows.map((r) => r.id.length), 2);
  console.log(`${'id'.padEnd(width)}  state       title`);
  for (const r of rows) console.log(`${r.id.padEnd(width)}  ${r.state.padEnd(10)}  ${r.title}`);
  const count = (s: string) => rows.filter((r) => r.state === s).length;
  console.log(`\n${count('translated')} translated, ${count('outdated')} out of date, ${count('missing')} missing`);
  return problems ? 1 : 0;
}

runCommand('translations', 'scripts/translations', () => main(process.argv.slice(2)));
