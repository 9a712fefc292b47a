// `npm run translations [-- --stamp ID …] [--content DIR]`: the status of every English translation
// against its Chinese source; --stamp records that a translation now matches its source, and the day it
// was checked (stamp.ts; run it after bringing the English up to date, never to silence the notice).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readFrontmatter } from '../ingest/frontmatter.ts';
import { bodyOf, sourceHashOf, translationStatus, type SourceArticle, type Translation } from '../../src/domain/translation.ts';
import { isoDay, stampText } from './stamp.ts';

const { values } = parseArgs({
  options: { stamp: { type: 'string', multiple: true, default: [] }, content: { type: 'string', default: 'content' } },
});
const dir = join(values.content, 'articles');

async function readLang(lang: string) {
  const names = (await readdir(join(dir, lang)).catch(() => [] as string[])).filter((n) => /\.mdx?$/.test(n)).sort();
  return Promise.all(
    names.map(async (name) => {
      const path = join(dir, lang, name);
      const text = await readFile(path, 'utf8');
      return { id: name.replace(/\.mdx?$/, ''), path, text, data: readFrontmatter(text) ?? {} };
    }),
  );
}

const zh = await readLang('zh');
const en = await readLang('en');
const sources: SourceArticle[] = zh
  .filter((f) => f.data.draft !== true)
  .map((f) => ({
    id: f.id,
    title: String(f.data.title ?? f.id),
    hash: sourceHashOf({ title: String(f.data.title ?? ''), subtitle: f.data.subtitle as string | undefined, body: bodyOf(f.text) }),
  }));

let problems = 0;
for (const id of values.stamp) {
  const translation = en.find((f) => f.data.translationOf === id || f.id === id);
  const source = sources.find((s) => s.id === (translation?.data.translationOf ?? id));
  if (!translation || !source) {
    console.error(`translations: --stamp ${id}: no English file with translationOf: ${id} in ${join(dir, 'en')}`);
    problems++;
    continue;
  }
  const day = isoDay(new Date());
  await writeFile(translation.path, stampText(translation.text, source.hash, day));
  translation.data.sourceHash = source.hash;
  console.log(`stamped ${translation.path} as a translation of ${source.id} (${source.hash}), checked ${day}`);
}

const translations: Translation[] = en
  .filter((f) => typeof f.data.translationOf === 'string')
  .map((f) => ({ id: f.id, translationOf: String(f.data.translationOf), sourceHash: String(f.data.sourceHash ?? '') }));
const rows = translationStatus(sources, translations);
const width = Math.max(...rows.map((r) => r.id.length), 2);
console.log(`${'id'.padEnd(width)}  state       title`);
for (const r of rows) console.log(`${r.id.padEnd(width)}  ${r.state.padEnd(10)}  ${r.title}`);
const count = (s: string) => rows.filter((r) => r.state === s).length;
console.log(`\n${count('translated')} translated, ${count('outdated')} out of date, ${count('missing')} missing`);
process.exitCode = problems ? 1 : 0;
