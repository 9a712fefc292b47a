// The ingest cache end to end: two identical projects in temp folders, one ingested with the cache and one
// with --no-cache, put through the same changes; after each, both must print the same, exit the same,
// report the same and leave byte-identical content folders. One suite per kind of project, each in its own test
// file (ingest-cache-seeds, ingest-cache-corpus), so that two workers share the some 140 ingest runs.
// Most runs are in-process (ingest-in-process.ts: cli.ts's main, in the project's folder, its console caught).
// The runs whose point is the process — the first run of a project (exit 0, the content and cache it leaves) and the two runs that must
// exit 1 naming the bad file on stderr — are real CLI runs, in both projects at once, as every run was before.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheFileName } from '../scripts/ingest/cache.ts';
import { ingestInProcess, type IngestRun } from './ingest-in-process.ts';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'scripts', 'ingest', 'cli.ts');
const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'cz-ingest');
const HOUR_AGO = (Date.now() - 3600_000) / 1000;

/** The seeds of the checkout, copied into a project's seeds folder. */
export const copySeeds = (seeds: string): void => cpSync(join(ROOT, 'seeds'), seeds, { recursive: true });

/** The cache suite on a project whose seeds folder `fill` writes, named `label` in the test names. */
export function ingestCacheSuite(label: string, fill: (seeds: string) => void): void {
  describe(`ingest with and without the cache, on ${label}`, () => {
    let base: string;
    let cached: string;
    let full: string;
    const cacheFile = () => join(CACHE_DIR, cacheFileName(join(cached, 'content')));

    let version: string | undefined;

    /**
     * Runs ingest in both projects (in this process, in turn); asserts they agree in every output, and that the
     * cache left behind is intact and of the same ingest version as before, so the next run can use it.
     */
    async function agree(...args: string[]) {
      return agreeBy(ingest, args);
    }

    /** As agree, each project ingested by a child process of the CLI, both at once. */
    async function agreeCli(...args: string[]) {
      return agreeBy(ingestCli, args);
    }

    async function agreeBy(by: typeof ingest, args: string[]) {
      const run = async (dir: string, extra: string[]) => {
        const r = await by(dir, [...extra, ...args]);
        return { ...r, report: readFileSync(join(dir, 'report.json'), 'utf8'), content: snapshot(join(dir, 'content')) };
      };
      // In-process runs take turns (each in its project's folder); processes run side by side.
      const [withCache, without] = by === ingest
        ? [await run(cached, []), await run(full, ['--no-cache'])]
        : await Promise.all([run(cached, []), run(full, ['--no-cache'])]);
      expect(withCache.stderr).not.toContain('internal error');
      expect(withCache.code).toBe(without.code);
      expect(withCache.stdout).toBe(without.stdout);
      expect(withCache.stderr).toBe(without.stderr);
      expect(withCache.report).toBe(without.report);
      expect(withCache.content).toEqual(without.content);

      const [headerLine, body] = readFileSync(cacheFile(), 'utf8').split('\n');
      const header = JSON.parse(headerLine!) as { version: string; out: string; sha256: string };
      expect(header.sha256).toBe(createHash('sha256').update(body!).digest('hex'));
      expect(header.out).toBe(join(cached, 'content'));
      version ??= header.version;
      expect(header.version).toBe(version);
      return withCache;
    }

    /** The same change in both projects. */
    function inBoth(change: (dir: string) => void) {
      change(cached);
      change(full);
    }

    const seedNames = (dir: string) => readdirSync(join(dir, 'seeds')).sort();
    const zh = (dir: string) => join(dir, 'content', 'articles', 'zh');
    const figures = (dir: string) => join(dir, 'content', 'figures');
    /** Files older than the racy window, so the cache may trust their size and mtime. */
    const age = (dir: string) => {
      for (const sub of ['seeds', 'content/articles/zh', 'content/figures']) {
        let names: string[] = [];
        try {
          names = readdirSync(join(dir, sub));
        } catch {
          continue; // no content yet
        }
        for (const name of names) utimesSync(join(dir, sub, name), HOUR_AGO, HOUR_AGO);
      }
    };

    beforeAll(() => {
      base = realpathSync(mkdtempSync(join(tmpdir(), 'ingest-cache-')));
      cached = join(base, 'cached');
      full = join(base, 'full');
      mkdirSync(cached);
      fill(join(cached, 'seeds'));
      cpSync(cached, full, { recursive: true });
      inBoth(age);
    });
    afterAll(() => {
      rmSync(base, { recursive: true, force: true });
      rmSync(cacheFile(), { force: true });
    });

    it('writes the same content and a cache on the first run; then nothing changes', async () => {
      expect((await agreeCli()).code).toBe(0);
      expect(statSync(cacheFile()).size).toBeGreaterThan(0);
      await agree(); // settles ids.ts moving an id between two articles of one title, if the corpus has any
      inBoth(age);
      await agree(); // reads back files written too recently to trust their stat
      expect((await agree()).stdout).toContain('nothing changed');

      // Every seed is recorded, with a size and mtime the next run may trust.
      const body = JSON.parse(readFileSync(cacheFile(), 'utf8').split('\n')[1]!) as { seeds: Record<string, [number, number]> };
      expect(Object.keys(body.seeds).sort()).toEqual(seedNames(cached));
      expect(Object.values(body.seeds).every(([size, mtimeMs]) => size > 0 && mtimeMs > 0)).toBe(true);
    }, 90_000); // four runs in each of the two projects, as below: the default 30 s ran out under CI's load

    it('skips a seed whose size and mtime are unchanged, without reading it', async () => {
      // Only the cache can make this run differ from a full one: the seed's bytes change behind an old
      // stat (as make and git, the cache trusts size and mtime that are older than the run).
      const path = join(cached, 'seeds', seedNames(cached)[0]!);
      const original = readFileSync(path);
      const other = Buffer.from(original);
      other.write('XX', other.length - 3);
      writeFileSync(path, other);
      utimesSync(path, HOUR_AGO, HOUR_AGO);
      const before = snapshot(join(cached, 'content'));
      const r = await ingest(cached, ['--quiet']);
      expect(r.stdout).toContain('nothing changed');
      expect(snapshot(join(cached, 'content'))).toEqual(before);
      writeFileSync(path, original);
      utimesSync(path, HOUR_AGO, HOUR_AGO);
    });

    it('an edited seed', async () => {
      inBoth((dir) => {
        const path = join(dir, 'seeds', seedNames(dir)[0]!);
        const text = readFileSync(path, 'utf8');
        const paragraph = text.split('\n\n').find((b) => b.length > 60 && !b.includes('本报讯'))!;
        writeFileSync(path, text.replace(paragraph, `${paragraph}据悉，相关工作将持续推进。`));
      });
      expect((await agree()).stdout).toMatch(/[1-9]\d* updated/);
      expect((await agree()).stdout).toContain('nothing changed');
    });

    it('a deleted seed', async () => {
      inBoth((dir) => rmSync(join(dir, 'seeds', seedNames(dir)[1]!)));
      expect((await agree()).stdout).toMatch(/[1-9]\d* removed/);
      await agree();
    });

    it('a new seed, sorted between others, repeating the titles of a later one', async () => {
      inBoth((dir) => {
        const names = seedNames(dir);
        const last = readFileSync(join(dir, 'seeds', names.at(-1)!));
        writeFileSync(join(dir, 'seeds', names[0]!.replace('.txt', '_copy.txt')), last);
      });
      expect((await agree()).stdout).toMatch(/[1-9]\d* created/);
      await agree();
    });

    it('a page with two articles of one title, which keep their ids', async () => {
      // Known ids come in file-name order (`x-2.md` before `x.md`); ids.ts matches title and place on the
      // page first, so the second run moves no id (it once swapped them).
      const paragraphs = readFileSync(join(ROOT, 'seeds', '001_8b22fcf75f3261b3.txt'), 'utf8')
        .split('\n\n')
        .filter((b) => b.length > 60 && !b.includes('本报讯'));
      const page = ['2025', '同一标题 两篇文章', `本报讯 记者王涵报道：${paragraphs[0]}`, paragraphs[1], '同一标题 两篇文章', `本报讯 记者董雷报道：${paragraphs[2]}`, paragraphs[3]];
      inBoth((dir) => writeFileSync(join(dir, 'seeds', 'zzz_same_titles.txt'), `\n\n${page.join('\n\n')}\n`));
      expect((await agree()).stdout).toMatch(/4 created/);
      expect((await agree()).stdout).toContain('nothing changed');
      expect((await agree()).stdout).toContain('nothing changed');
    });

    it('an article edited by hand (kept)', async () => {
      inBoth((dir) => {
        const path = join(zh(dir), readdirSync(zh(dir)).sort()[0]!);
        writeFileSync(path, readFileSync(path, 'utf8').replace(/\n\n([^\n]+)\n/, '\n\n$1（编辑补充）\n'));
      });
      expect((await agree()).stdout).toContain('edited by hand');
      expect((await agree()).stdout).toContain('edited by hand');
    });

    it('a figure record corrected by hand (kept)', async () => {
      inBoth((dir) => {
        const name = readdirSync(figures(dir))
          .sort()
          .find((n) => JSON.parse(readFileSync(join(figures(dir), n), 'utf8')).length > 0)!;
        const records = JSON.parse(readFileSync(join(figures(dir), name), 'utf8'));
        records[0].value = 123456;
        // Two corrected copies of one record: the merge keeps one, so the next run finds one edit, not two.
        records.push({ ...records[0], value: 654321 });
        writeFileSync(join(figures(dir), name), `${JSON.stringify(records, null, 2)}\n`);
      });
      expect((await agree()).stdout).toContain('(2 edited or hand-added record(s) kept)');
      expect((await agree()).stdout).toContain('(1 edited or hand-added record(s) kept)');
    });

    it('generated files deleted (written again)', async () => {
      inBoth((dir) => {
        const names = readdirSync(zh(dir)).sort();
        rmSync(join(zh(dir), names[1]!));
        rmSync(join(figures(dir), names[2]!.replace(/\.mdx?$/, '.json')));
      });
      expect((await agree()).stdout).toMatch(/2 created/);
      await agree();
    });

    it('a generated file of a skipped seed that no article of it produces (removed)', async () => {
      inBoth((dir) => {
        // Not one of the two articles of one title: a copy of one of those would compete for its id (ids.ts).
        const name = readdirSync(zh(dir))
          .sort()
          .findLast((n) => !n.startsWith('tong-yi-biao-ti'))!;
        cpSync(join(zh(dir), name), join(zh(dir), `stray-${name}`));
        cpSync(join(figures(dir), name.replace(/\.mdx?$/, '.json')), join(figures(dir), `stray-${name.replace(/\.mdx?$/, '.json')}`));
      });
      expect((await agree()).stdout).toMatch(/2 removed/);
      expect((await agree()).stdout).toContain('nothing changed');
    });

    it('a figure file that is not JSON, and a seed that cannot be read (both reported, exit 1)', async () => {
      inBoth((dir) => {
        const name = readdirSync(figures(dir)).sort()[3]!;
        writeFileSync(join(figures(dir), name), '[ { "id": broken\n');
        writeFileSync(join(dir, 'seeds', 'zzz_binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0x00]));
      });
      const r = await agreeCli();
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('not a JSON array of figure records');
      expect(r.stderr).toContain('zzz_binary.txt: skipped');
      expect((await agree()).code).toBe(1);
      inBoth((dir) => {
        rmSync(join(dir, 'seeds', 'zzz_binary.txt'));
        rmSync(join(figures(dir), readdirSync(figures(dir)).sort()[3]!));
      });
      expect((await agree()).code).toBe(0);
    });

    it('a damaged cache file', async () => {
      inBoth((dir) => {
        const path = join(dir, 'seeds', seedNames(dir)[0]!);
        writeFileSync(path, `${readFileSync(path, 'utf8')}\n\n本报讯 记者王涵报道：新增一段文字，共计3个项目。\n`);
      });
      writeFileSync(cacheFile(), '{"version": "garbage", [1, 2');
      await agree();
      writeFileSync(cacheFile(), readFileSync(cacheFile(), 'utf8').replace(/"sha256":"[0-9a-f]{64}"/, `"sha256":"${'0'.repeat(64)}"`));
      await agree();
      expect((await agree()).stdout).toContain('nothing changed');
    });

    it('a sidecar (paper, date, page) added, changed and removed: each a change of its seed', async () => {
      const sidecar = (dir: string) => join(dir, 'seeds', seedNames(dir).find((n) => n.endsWith('.txt'))!.replace(/\.txt$/, '.yaml'));
      const dates = (dir: string) => readdirSync(zh(dir)).map((n) => /^date: "([^"]+)"$/m.exec(readFileSync(join(zh(dir), n), 'utf8'))?.[1]).filter(Boolean);
      inBoth((dir) => writeFileSync(sidecar(dir), 'paper: 长治日报\ndate: 2025-01-27\npage: 2\n'));
      expect((await agree()).stdout).toMatch(/[1-9]\d* updated/);
      expect(dates(cached)).toContain('2025-01-27');
      // The same size and an old mtime: only the bytes tell the change, so the cache must not trust the stat.
      inBoth((dir) => {
        writeFileSync(sidecar(dir), 'paper: 长治日报\ndate: 2025-01-28\npage: 2\n');
        utimesSync(sidecar(dir), HOUR_AGO, HOUR_AGO);
      });
      expect((await agree()).stdout).toMatch(/[1-9]\d* updated/);
      expect(dates(cached)).toContain('2025-01-28');
      inBoth((dir) => writeFileSync(sidecar(dir), 'date: 2025-02-30\n'));
      const bad = await agreeCli();
      expect(bad.code).toBe(1);
      expect(bad.stderr).toMatch(/\.yaml: date: "2025-02-30" is not a date/);
      inBoth((dir) => rmSync(sidecar(dir)));
      expect((await agree()).stdout).toMatch(/[1-9]\d* (?:updated|created)/);
      expect(dates(cached)).not.toContain('2025-01-28');
    }, 90_000); // four runs in each of the two projects

    it('a cache written by another version of ingest', async () => {
      inBoth((dir) => rmSync(join(zh(dir), readdirSync(zh(dir)).sort()[0]!)));
      writeFileSync(cacheFile(), readFileSync(cacheFile(), 'utf8').replace(/"version":"[0-9a-f]+"/, '"version":"an older ingest"'));
      expect((await agree()).stdout).toMatch(/1 created/);
      await agree('--check');
      expect((await agree()).stdout).toContain('nothing changed');
    });
  });
}

type Run = IngestRun;

/** One ingest run in this process, in `cwd` (ingest-in-process.ts). */
function ingest(cwd: string, args: string[]): Promise<Run> {
  return ingestInProcess(cwd, ['--seeds', 'seeds', '--out', 'content', '--report', 'report.json', ...args]);
}

/** One ingest run as a child process of the CLI, in `cwd`. */
function ingestCli(cwd: string, args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, [CLI, '--seeds', 'seeds', '--out', 'content', '--report', 'report.json', ...args], { cwd }, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

/** Every file of the content folder, byte for byte. */
function snapshot(root: string): Record<string, Buffer> {
  const files: Record<string, Buffer> = {};
  for (const sub of ['articles/zh', 'figures']) {
    let names: string[] = [];
    try {
      names = readdirSync(join(root, sub));
    } catch {
      continue;
    }
    for (const name of names) files[`${sub}/${name}`] = readFileSync(join(root, sub, name));
  }
  return files;
}
