// Changing one Chinese article marks exactly that translation out of date, on the status page and on its
// English article page, and nowhere else. Built from a private copy of the project with one body edited.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json' with { type: 'json' };
import { buildSite, type BuiltSite } from './build-site.ts';
import { readPage } from './dist.ts';
import { attr, by, findAll, findFirst, textOf } from './html.ts';

// The Huguan County report (seed 002); its English translation is in content/articles/en/.
const EDITED = 'min-sheng-wei-ben-xing-fu-sheng-huo';

let before: BuiltSite;
let after: BuiltSite;
beforeAll(async () => {
  before = await buildSite({ name: 'root' });
  after = await buildSite({
    name: 'one-article-edited',
    editProject: (project) => {
      // An editor corrects a sentence of the Chinese text; the translation is not touched.
      const file = join(project, 'content', 'articles', 'zh', 'min-sheng-wei-ben-xing-fu-sheng-huo.md');
      const text = readFileSync(file, 'utf8');
      const edited = text.replace('时值寒冬，壶关县处处涌动着暖意。', '时值隆冬，壶关县处处涌动着暖意。');
      if (edited === text) throw new Error(`the sentence to edit is no longer in ${file}`);
      writeFileSync(file, edited);
    },
  });
}, 600_000);

function states(site: BuiltSite, lang: 'zh' | 'en'): Map<string, string> {
  const rows = findAll(readPage(site, `${lang}/translations/index.html`), by.all(by.tag('tr'), by.attr('data-article')));
  return new Map(rows.map((r) => [attr(r, 'data-article')!, attr(r, 'data-state')!]));
}

/** Whether an English article page tells the reader its translation is out of date. */
function saysOutdated(site: BuiltSite, id: string): boolean {
  const doc = readPage(site, `en/articles/${id}/index.html`);
  const notes = findAll(doc, by.all(by.tag('aside'), by.attr('role', 'note'))).map((n) => textOf(n));
  return notes.some((n) => n.includes(en['translation.outdated']));
}

describe('translation state after one Chinese article changes', () => {
  it('starts with the article translated and current', () => {
    expect(states(before, 'en').get(EDITED)).toBe('translated');
    expect(saysOutdated(before, EDITED)).toBe(false);
  });

  it('marks exactly that article out of date on the status page, in both languages', () => {
    for (const lang of ['en', 'zh'] as const) {
      const was = states(before, lang);
      const now = states(after, lang);
      expect([...now.keys()]).toEqual([...was.keys()]);
      const changed = [...now].filter(([id, state]) => was.get(id) !== state);
      expect(changed).toEqual([[EDITED, 'outdated']]);
    }
    const row = findFirst(readPage(after, 'en/translations/index.html'), by.attr('data-article', EDITED))!;
    expect(textOf(row)).toContain(en['translations.state.outdated']);
  });

  it('says so on its English article page and on no other', () => {
    expect(saysOutdated(after, EDITED)).toBe(true);
    for (const [id, state] of states(after, 'en')) {
      if (id !== EDITED) expect(saysOutdated(after, id), id).toBe(state === 'outdated');
    }
  });
});
