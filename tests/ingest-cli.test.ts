// The ingest CLI end to end, on temp folders: encodings, bad files, idempotence, --check, hand edits.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cacheFileName } from '../scripts/ingest/cache.ts';
import { articleSchema } from '../src/domain/article.ts';
import { buildCatalog } from '../src/lib/content/catalog.ts';
import { ingestInProcess } from './ingest-in-process.ts';

const SEEDS = join(import.meta.dirname, '..', 'seeds');
const CLI = join(import.meta.dirname, '..', 'scripts', 'ingest', 'cli.ts');

/** A run as a child process of the CLI: for the runs whose point is the process's exit code and stderr. */
function ingest(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * A run in this process (ingest-in-process.ts), in the folder a child would have: for the runs whose point is
 * what ingest makes of its folders. The first run of each project, an exit 1 of --check and an exit 2 stay children.
 */
const ingestHere = (...args: string[]) => ingestInProcess(process.cwd(), args);

describe('ingest CLI', () => {
  let dir: string;
  let seeds: string;
  let out: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ingest-'));
    seeds = join(dir, 'seeds');
    out = join(dir, 'content');
    cpSync(SEEDS, seeds, { recursive: true });
    // The same page as an archive would hold it: GB18030 with Windows line ends.
    const page = readFileSync(join(SEEDS, '002_1ea187ce3151e9b8.txt'), 'utf8');
    writeFileSync(join(seeds, '005_gb18030_crlf.txt'), iconv.encode(page.replace(/\n/g, '\r\n'), 'gb18030'));
    writeFileSync(join(seeds, '006_empty.txt'), '');
    writeFileSync(join(seeds, '007_binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0x00]));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    // The ingest cache of this temp content folder (cache.ts), kept under the project's node_modules.
    rmSync(join(import.meta.dirname, '..', 'node_modules', '.cache', 'cz-ingest', cacheFileName(out)), { force: true });
  });

  it('ingests the good seeds, names each bad file with its reason, and exits non-zero', () => {
    const r = ingest('--seeds', seeds, '--out', out, '--report', join(dir, 'report.json'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('006_empty.txt: skipped: the file is empty');
    expect(r.stderr).toContain('007_binary.txt: skipped: the file looks binary');
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace for bad input
    const files = readdirSync(join(out, 'articles', 'zh'));
    expect(files.length).toBeGreaterThanOrEqual(14);
    expect(readdirSync(join(out, 'figures')).length).toBe(files.length);

    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    const gb = report.seeds.find((s: { seed: string }) => s.seed === '005_gb18030_crlf.txt');
    const utf8 = report.seeds.find((s: { seed: string }) => s.seed === '002_1ea187ce3151e9b8.txt');
    expect(gb.encoding).toBe('gb18030');
    expect(gb.blocks).toEqual(utf8.blocks);
    expect(gb.articles).toHaveLength(utf8.articles.length);
  });

  it('writes nothing on a second run, and says so', async () => {
    const before = snapshot(out);
    const r = await ingestHere('--seeds', seeds, '--out', out);
    expect(r.stdout).toContain('nothing changed');
    expect(snapshot(out)).toEqual(before);
  });

  it('--check passes when content is in step, and lists what would change when not', async () => {
    rmSync(join(seeds, '006_empty.txt'));
    rmSync(join(seeds, '007_binary.txt'));
    expect((await ingestHere('--seeds', seeds, '--out', out, '--check')).code).toBe(0);

    const zh = join(out, 'articles', 'zh');
    const victim = readdirSync(zh).find((f) => f.startsWith('min-sheng-wei-ben'))!;
    rmSync(join(zh, victim));
    const r = ingest('--seeds', seeds, '--out', out, '--check');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`would create ${join(out, 'articles', 'zh', victim)}`);
    await ingestHere('--seeds', seeds, '--out', out);
  });

  it('never overwrites a file an editor changed, and reports it', async () => {
    const zh = join(out, 'articles', 'zh');
    const name = readdirSync(zh).sort()[0]!;
    const path = join(zh, name);
    const edited = readFileSync(path, 'utf8').replace(/\n\n([^\n]+)\n/, '\n\n$1（编辑补充）\n');
    writeFileSync(path, edited);
    const r = await ingestHere('--seeds', seeds, '--out', out);
    expect(r.stdout).toContain(`kept: ${path}: edited by hand`);
    expect(readFileSync(path, 'utf8')).toBe(edited);
  });

  it('keeps ids stable when a seed is added', async () => {
    const ids = readdirSync(join(out, 'articles', 'zh')).sort();
    cpSync(join(SEEDS, '000_a5c216659bbc2fff.txt'), join(seeds, '0000_first.txt'));
    await ingestHere('--seeds', seeds, '--out', out);
    const after = readdirSync(join(out, 'articles', 'zh'));
    for (const id of ids) expect(after).toContain(id);
    expect(after.length).toBeGreaterThan(ids.length);
  });

  it('explains a missing seeds folder without a stack trace', () => {
    const r = ingest('--seeds', join(dir, 'nowhere'), '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no such folder');
  });
});

describe('ingest CLI: a page with its date line, a sidecar and an English item (issue 15)', () => {
  let dir: string;
  let out: string;
  const page = [
    '长治日报 2025年11月21日 星期五 第3版 责任编辑：苏雯',
    '太行山大峡谷冬季游人气旺',
    '本报记者 韩璐 通讯员 王鹏',
    '入冬以来，壶关县太行山大峡谷景区推出冰瀑观赏等冬季旅游产品，吸引大批游客。',
    'Rural bus stops in Changzhi get heated waiting rooms',
    'By Wang Fang',
    'Changzhi has opened heated waiting rooms at 36 rural bus stops this winter, the transport bureau said.',
    'The rooms, in Pingshun, Licheng and Wuxiang counties, have benches and drinking water.',
    '沁县沁州黄小米喜获丰收',
    '本报讯（通讯员 任小伟）金秋时节，沁县沁州黄镇的谷子迎来丰收。',
  ].join('\n\n');
  const frontmatter = (path: string) => parse(/^---\n([\s\S]*?)\n---\n/.exec(readFileSync(path, 'utf8'))![1]!) as Record<string, unknown>;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ingest-en-'));
    out = join(dir, 'content');
    mkdirSync(join(dir, 'seeds'));
    writeFileSync(join(dir, 'seeds', '100_page.txt'), `${page}\n`);
    writeFileSync(join(dir, 'seeds', '100_page.yaml'), 'paper: 上党晚报\npage: 8\n');
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(join(import.meta.dirname, '..', 'node_modules', '.cache', 'cz-ingest', cacheFileName(out)), { force: true });
  });

  it('writes the English item to articles/en as an English-original article the site publishes', () => {
    expect(ingest('--seeds', join(dir, 'seeds'), '--out', out).code).toBe(0);
    const zh = readdirSync(join(out, 'articles', 'zh'));
    const en = readdirSync(join(out, 'articles', 'en'));
    expect(zh).toHaveLength(2);
    expect(en).toEqual(['rural-bus-stops-in-changzhi-get-heated-waiting.md']);
    const english = frontmatter(join(out, 'articles', 'en', en[0]!));
    expect(english).toMatchObject({ title: 'Rural bus stops in Changzhi get heated waiting rooms', lang: 'en', byline: 'By Wang Fang', year: 2025 });
    expect(english.translationOf).toBeUndefined();
    for (const name of zh) expect(readFileSync(join(out, 'articles', 'zh', name), 'utf8')).not.toContain('Rural bus stops');

    // The site's catalog takes it for an English-only article: its Chinese page says there is no Chinese version.
    const entries = [...zh.map((n) => `zh/${n}`), ...en.map((n) => `en/${n}`)].map((rel) => {
      const text = readFileSync(join(out, 'articles', rel), 'utf8');
      return { id: rel.replace(/\.md$/, ''), body: text.replace(/^---\n[\s\S]*?\n---\n/, ''), data: articleSchema.parse(frontmatter(join(out, 'articles', rel))) };
    });
    const record = buildCatalog(entries, new Map()).byId.get('rural-bus-stops-in-changzhi-get-heated-waiting');
    expect(record?.original).toBe('en');
  });

  it('dates every article by the date line and cites the page with the sidecar winning over it', () => {
    for (const folder of ['zh', 'en']) {
      for (const name of readdirSync(join(out, 'articles', folder))) {
        const data = frontmatter(join(out, 'articles', folder, name));
        expect(data.date, name).toBe('2025-11-21');
        expect(data.source, name).toMatchObject({ paper: '上党晚报', date: '2025-11-21', page: 8, seed: '100_page.txt' });
      }
    }
  });

  it('writes nothing on a second run, English file included', async () => {
    expect((await ingestHere('--seeds', join(dir, 'seeds'), '--out', out)).stdout).toContain('nothing changed');
  });

  it('removes the English file with its seed, and leaves a hand-written translation alone', async () => {
    writeFileSync(join(out, 'articles', 'en', 'translated-by-hand.md'), '---\ntitle: "By hand"\nlang: en\ntranslationOf: some-article\n---\n\nText.\n');
    rmSync(join(dir, 'seeds', '100_page.txt'));
    expect((await ingestHere('--seeds', join(dir, 'seeds'), '--out', out)).stdout).toMatch(/6 removed/); // 3 articles, 3 figure files
    expect(readdirSync(join(out, 'articles', 'en'))).toEqual(['translated-by-hand.md']);
    expect(readdirSync(join(out, 'articles', 'zh'))).toEqual([]);
  });
});

function snapshot(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const sub of ['articles/zh', 'figures']) {
    for (const name of readdirSync(join(root, sub))) files[`${sub}/${name}`] = readFileSync(join(root, sub, name), 'utf8');
  }
  return files;
}
