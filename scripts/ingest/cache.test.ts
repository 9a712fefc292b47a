import { describe, expect, it } from 'vitest';
import {
  assignSeedIds,
  cachedClaims,
  cacheFileName,
  type CachedArticle,
  cleanCandidates,
  factsFromHash,
  factsFromStat,
  type FileEntry,
  idsChanged,
  type IngestCache,
  ingestVersion,
  nextCache,
  RACY_MS,
  recordedStat,
  sameSideFiles,
  type SeedEntry,
  seedHashFromStat,
  sideHashFromStat,
} from './cache.ts';
import { parseCache, serializeCache } from './cache-file.ts';
import type { FileFacts } from './outputs.ts';
import { sha256Hex } from './hash.ts';
import { assignIds } from './ids.ts';

const SEED = '000_page.txt';
const h = (s: string) => sha256Hex(s);

function article(id: string, over: Partial<CachedArticle> = {}): CachedArticle {
  return { id, title: `title of ${id}`, firstBlock: 1, markdown: h(`mdx ${id}`), figures: { input: h(`fig ${id}`), output: h(`fig ${id}`), kept: 0 }, ...over };
}

function seedEntry(articles: CachedArticle[], bytes = 'page'): SeedEntry {
  return { size: 4, mtimeMs: 1000, sha256: h(bytes), report: { seed: SEED, encoding: 'utf-8', articles: articles.map((a) => a.id) }, articles };
}

function cacheWith(entry: SeedEntry): IngestCache {
  return { version: 'v1', out: '/content', seeds: new Map([[SEED, entry]]), files: new Map() };
}

/** The files on disk exactly as the entry's articles left them. */
function filesOf(articles: CachedArticle[]): Map<string, FileFacts> {
  const files = new Map<string, FileFacts>();
  for (const a of articles) {
    files.set(`articles/zh/${a.id}.md`, { sha256: a.markdown, state: 'intact' });
    files.set(`figures/${a.id}.json`, { sha256: a.figures.input, state: 'intact', onlyIngest: true });
  }
  return files;
}

describe('cleanCandidates: a seed’s side files (sidecar, hints) are part of it', () => {
  const articles = [article('a'), article('b')];
  const sidecar = { name: '000_page.yaml', size: 20, mtimeMs: 1000, sha256: h('date: 2025-01-27') };
  const cache = cacheWith({ ...seedEntry(articles), side: [sidecar] });

  it('skips the seed while its sidecar is as recorded', () => {
    expect(cleanCandidates(cache, [{ name: SEED, sha256: h('page'), side: [sidecar] }], filesOf(articles)).size).toBe(1);
  });

  it('redoes it when the sidecar is changed, added or removed', () => {
    const changed = { ...sidecar, sha256: h('date: 2025-01-28') };
    expect(cleanCandidates(cache, [{ name: SEED, sha256: h('page'), side: [changed] }], filesOf(articles)).size).toBe(0);
    expect(cleanCandidates(cache, [{ name: SEED, sha256: h('page') }], filesOf(articles)).size).toBe(0);
    expect(cleanCandidates(cacheWith(seedEntry(articles)), [{ name: SEED, sha256: h('page'), side: [sidecar] }], filesOf(articles)).size).toBe(0);
  });

  it('compares side files by name and bytes, in any order', () => {
    const hints = { name: '000_page.hints.yaml', sha256: h('headline: [x]') };
    expect(sameSideFiles([sidecar, hints], [hints, sidecar])).toBe(true);
    expect(sameSideFiles([], undefined)).toBe(true);
    expect(sameSideFiles([sidecar], [{ ...sidecar, name: '000_page.hints.yaml' }])).toBe(false);
  });

  it('trusts a side file’s recorded hash only for an unchanged, settled stat', () => {
    const entry = { ...seedEntry(articles), side: [sidecar] };
    expect(sideHashFromStat(entry, sidecar.name, { size: 20, mtimeMs: 1000 })).toBe(sidecar.sha256);
    expect(sideHashFromStat(entry, sidecar.name, { size: 21, mtimeMs: 1000 })).toBeUndefined();
    expect(sideHashFromStat({ ...entry, side: [{ ...sidecar, mtimeMs: -1, size: -1 }] }, sidecar.name, { size: -1, mtimeMs: -1 })).toBeUndefined();
  });

  it('keeps an English item’s language through the cache file, so its file is found in articles/en', () => {
    const english = { ...article('rural-bus-stops'), lang: 'en' as const };
    const problem = { ...article('problem-item'), lang: 'en' as const, figures: { input: h('fig'), problem: true as const } };
    const entry = seedEntry([english, problem]);
    const parsed = parseCache(serializeCache(cacheWith(entry)), 'v1', '/content')!;
    expect(parsed.seeds.get(SEED)!.articles).toEqual([english, problem]);
    const files = new Map([[`articles/en/${english.id}.md`, { sha256: english.markdown, state: 'intact' as const }], [`figures/${english.id}.json`, { sha256: english.figures.input, state: 'intact' as const, onlyIngest: true }]]);
    expect(cleanCandidates(cacheWith(seedEntry([english])), [{ name: SEED, sha256: h('page') }], files).size).toBe(1);
  });

  it('keeps side files through the cache file', () => {
    const text = serializeCache({ ...cache, version: 'v1', out: '/content' });
    expect(parseCache(text, 'v1', '/content')!.seeds.get(SEED)!.side).toEqual([sidecar]);
  });
});

describe('cleanCandidates', () => {
  const articles = [article('a'), article('b')];
  const cache = cacheWith(seedEntry(articles));
  const seeds = [{ name: SEED, sha256: h('page') }];

  it('skips a seed whose bytes and outputs are as recorded', () => {
    expect([...cleanCandidates(cache, seeds, filesOf(articles)).keys()]).toEqual([SEED]);
  });

  it('redoes a seed whose bytes changed, or that the cache does not know', () => {
    expect(cleanCandidates(cache, [{ name: SEED, sha256: h('page, edited') }], filesOf(articles)).size).toBe(0);
    expect(cleanCandidates(cache, [{ name: '001_new.txt', sha256: h('page') }], filesOf(articles)).size).toBe(0);
  });

  it('redoes a seed whose article or figure file is missing', () => {
    for (const path of ['articles/zh/b.md', 'figures/a.json']) {
      const files = filesOf(articles);
      files.delete(path);
      expect(cleanCandidates(cache, seeds, files).size, path).toBe(0);
    }
  });

  it('keeps an article an editor changed (a full run writes nothing there) but redoes one ingest must rewrite', () => {
    const edited = filesOf(articles);
    edited.set('articles/zh/a.md', { sha256: h('edited'), state: 'edited' });
    edited.set('articles/zh/b.md', { sha256: h('by hand'), state: 'unstamped' });
    expect(cleanCandidates(cache, seeds, edited).size).toBe(1);

    const stale = filesOf(articles);
    stale.set('articles/zh/a.md', { sha256: h('an older ingest'), state: 'intact' });
    expect(cleanCandidates(cache, seeds, stale).size).toBe(0);
  });

  it('redoes a seed whose figure file changed, or whose merge would write', () => {
    const files = filesOf(articles);
    files.set('figures/b.json', { sha256: h('corrected by an editor'), state: 'intact', onlyIngest: false });
    expect(cleanCandidates(cache, seeds, files).size).toBe(0);

    const unsettled = [article('a', { figures: { input: h('fig a'), output: h('fig a, merged'), kept: 1 } })];
    expect(cleanCandidates(cacheWith(seedEntry(unsettled)), seeds, filesOf(unsettled)).size).toBe(0);
  });

  it('skips a seed whose figure file is not records as long as that file is unchanged', () => {
    const bad = [article('a', { figures: { input: h('not json'), problem: true } })];
    expect(cleanCandidates(cacheWith(seedEntry(bad)), seeds, filesOf(bad)).size).toBe(1);
  });
});

describe('ids of skipped seeds', () => {
  const known = [{ id: 'same-title', seed: SEED, title: 'title of same-title', firstBlock: 1 }];

  it('are assigned exactly as assignIds assigns the flat list, in seed order', () => {
    const entry = seedEntry([article('same-title'), article('x', { title: '新的标题', firstBlock: 9 })]);
    const dirty = [{ seed: '001_b.txt', title: '新的标题', firstBlock: 0 }];
    const ids = assignSeedIds([SEED, '001_b.txt'], (name) => (name === SEED ? cachedClaims(SEED, entry) : dirty), known, ['xin-de-biao-ti']);
    const flat = assignIds([...cachedClaims(SEED, entry), ...dirty], known, ['xin-de-biao-ti']);
    expect([...ids.values()].flat()).toEqual(flat);
    expect(ids.get(SEED)).toEqual(['same-title', 'xin-de-biao-ti-2']);
    expect(ids.get('001_b.txt')).toEqual(['xin-de-biao-ti-3']);
  });

  it('send a skipped seed back to the pipeline when its ids moved or are shared', () => {
    const clean = new Map([[SEED, seedEntry([article('a'), article('b')])]]);
    expect(idsChanged(clean, new Map([[SEED, ['a', 'b']]]))).toEqual([]);
    expect(idsChanged(clean, new Map([[SEED, ['b', 'a']]]))).toEqual([SEED]);
    expect(idsChanged(clean, new Map([[SEED, ['a']]]))).toEqual([SEED]);
    expect(idsChanged(clean, new Map([[SEED, ['a', 'b']], ['001_b.txt', ['b']]]))).toEqual([SEED]);
  });
});

describe('stat and hash', () => {
  const entry: FileEntry = { size: 10, mtimeMs: 5000.25, sha256: h('text'), state: 'intact', info: { id: 'a', seed: SEED } };

  it('trusts an equal size and mtime without reading the file', () => {
    expect(factsFromStat(entry, { size: 10, mtimeMs: 5000.25 })).toMatchObject({ sha256: h('text'), info: { id: 'a' } });
    expect(factsFromStat(entry, { size: 10, mtimeMs: 5001 })).toBeUndefined();
    expect(factsFromStat(entry, { size: 11, mtimeMs: 5000.25 })).toBeUndefined();
    expect(factsFromStat(undefined, { size: 10, mtimeMs: 5000.25 })).toBeUndefined();
  });

  it('never trusts the stat of a racily recorded file', () => {
    const racy = { ...entry, size: -1, mtimeMs: -1 };
    expect(factsFromStat(racy, { size: -1, mtimeMs: -1 })).toBeUndefined();
    expect(seedHashFromStat({ ...seedEntry([]), size: -1, mtimeMs: -1 }, { size: -1, mtimeMs: -1 })).toBeUndefined();
  });

  it('keeps what it learnt from a touched file whose text is unchanged, and forgets it for a changed one', () => {
    expect(factsFromHash(entry, h('text'))).toMatchObject({ state: 'intact', info: { id: 'a' } });
    expect(factsFromHash(entry, h('text, edited'))).toBeUndefined();
  });

  it('takes a seed hash from the stat only when both match', () => {
    const seed = seedEntry([]);
    expect(seedHashFromStat(seed, { size: 4, mtimeMs: 1000 })).toBe(h('page'));
    expect(seedHashFromStat(seed, { size: 4, mtimeMs: 1001 })).toBeUndefined();
  });

  it('records no stat for a file changed within the racy window before the run', () => {
    expect(recordedStat({ size: 3, mtimeMs: 10_000 }, 10_000 + RACY_MS + 1)).toEqual({ size: 3, mtimeMs: 10_000 });
    expect(recordedStat({ size: 3, mtimeMs: 10_000 }, 10_000 + RACY_MS)).toEqual({ size: -1, mtimeMs: -1 });
    expect(recordedStat(undefined, 10_000)).toEqual({ size: -1, mtimeMs: -1 });
  });
});

describe('the cache file', () => {
  const cache = nextCache(
    'v1',
    '/content',
    1_000_000,
    [{ name: SEED, stat: { size: 4, mtimeMs: 1000 }, sha256: h('page'), report: seedEntry([]).report, articles: [article('a'), article('b', { figures: { input: h('bad'), problem: true } })] }],
    [
      // As article a's record says: written as its stat alone.
      { path: 'articles/zh/a.md', stat: { size: 9, mtimeMs: 2000 }, facts: { sha256: h('mdx a'), state: 'intact', info: { id: 'a', title: 'title of a', seed: SEED, firstBlock: 1 } } },
      { path: 'figures/a.json', stat: { size: 9, mtimeMs: 2000 }, facts: { sha256: h('fig a'), state: 'intact', onlyIngest: true } },
      // Changed since: written in full.
      { path: 'articles/zh/b.md', stat: { size: 9, mtimeMs: 2000 }, facts: { sha256: h('b, edited'), state: 'edited', info: { id: 'b', title: 'title of b', seed: SEED, firstBlock: 1 } } },
      { path: 'figures/b.json', stat: { size: 9, mtimeMs: 2000 }, facts: { sha256: h('bad'), state: 'intact', onlyIngest: false } },
      { path: 'articles/zh/mine.md', facts: { sha256: h('mine'), state: 'unstamped', info: { title: 'mine' } } },
      { path: 'figures/c.json', stat: { size: 9, mtimeMs: 999_999 }, facts: { sha256: h('fc'), state: 'intact', onlyIngest: true } },
      { path: 'articles/zh/nan.md', facts: { sha256: h('nan'), state: 'edited', info: { firstBlock: Number.NaN } } },
    ],
  );

  it('reads back what was written', () => {
    const back = parseCache(serializeCache(cache), 'v1', '/content');
    expect(back).toEqual(cache);
    expect(back?.files.get('figures/c.json')).toMatchObject({ size: -1, mtimeMs: -1 }); // racy when written
    expect(back?.files.has('articles/zh/nan.md')).toBe(false); // no NaN in JSON: read again next time
  });

  it('writes a file that is as its article’s record says as its stat alone', () => {
    const body = JSON.parse(serializeCache(cache).split('\n')[1]!) as { files: Record<string, unknown[]> };
    expect(body.files['articles/zh/a.md']).toEqual([9, 2000]);
    expect(body.files['figures/a.json']).toEqual([9, 2000]);
    expect(body.files['articles/zh/b.md']).toHaveLength(5);
    expect(body.files['figures/b.json']).toHaveLength(5);
  });

  it('is dropped whole when it is of another version or content folder, damaged or not JSON', () => {
    const text = serializeCache(cache);
    expect(parseCache(text, 'v2', '/content')).toBeUndefined();
    expect(parseCache(text, 'v1', '/elsewhere')).toBeUndefined();
    expect(parseCache(text.replace(h('fc'), h('fb')), 'v1', '/content')).toBeUndefined();
    expect(parseCache(text.slice(0, -40), 'v1', '/content')).toBeUndefined();
    expect(parseCache('{ not json', 'v1', '/content')).toBeUndefined();
    expect(parseCache('', 'v1', '/content')).toBeUndefined();
    expect(parseCache(undefined, 'v1', '/content')).toBeUndefined();
  });

  it('has one name per content folder', () => {
    expect(cacheFileName('/a/content')).toMatch(/^[0-9a-f]{16}\.json$/);
    expect(cacheFileName('/a/content')).not.toBe(cacheFileName('/b/content'));
  });
});

describe('ingestVersion', () => {
  const sources = [
    { path: 'cli.ts', text: 'a' },
    { path: 'segment.ts', text: 'b' },
  ];
  const packages = { yaml: '2.9.1', 'pinyin-pro': '3.29.4' };

  it('changes with any source file, package version or runtime, and not with their order', () => {
    const v = ingestVersion(sources, packages, 'node 24');
    expect(ingestVersion([...sources].reverse(), { 'pinyin-pro': '3.29.4', yaml: '2.9.1' }, 'node 24')).toBe(v);
    expect(ingestVersion([sources[0]!, { path: 'segment.ts', text: 'b2' }], packages, 'node 24')).not.toBe(v);
    expect(ingestVersion([...sources, { path: 'new.ts', text: '' }], packages, 'node 24')).not.toBe(v);
    expect(ingestVersion(sources, { ...packages, yaml: '2.9.2' }, 'node 24')).not.toBe(v);
    expect(ingestVersion(sources, packages, 'node 25')).not.toBe(v);
  });
});
