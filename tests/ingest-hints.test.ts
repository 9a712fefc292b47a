// Hints end to end (content/README.md, "Reviewing and correcting how a page was read"): a seed's hints file
// turns a mis-read line into a headline and forces a split, every run obeys it — a second run, a run
// from the cache, a run after the hints change — and a hint that matches nothing stops that seed with a
// clear message, leaving its files alone. And `--review` writes its report without touching content/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheFileName } from '../scripts/ingest/cache.ts';
import { ingestInProcess } from './ingest-in-process.ts';

const CLI = join(import.meta.dirname, '..', 'scripts', 'ingest', 'cli.ts');

// One page: a report, then a second item whose headline reads as a section heading, then a brief that
// reads as the second item's last paragraph.
const PAGE = `长治日报 2025年11月18日 第3版

沁源县：一条山路串起九个村

本报记者 张宏伟 通讯员 李建斌

初冬时节，沿着新修的郭道至灵空山公路驱车而行，沥青路面平整宽阔。这条路全长26.4公里。

路通了，收核桃的客商直接开车进村，今年他家的核桃每斤多卖了1.5元。

村里的幸福院开张了

上午10点，黎城县西井镇仟仵村农村互助幸福院里，几位老人正围坐在一起剥玉米。

“在这儿吃住都不花钱。”81岁的李玉梅老人说。

12月1日，壶关县树掌镇120户村民用上了清洁取暖设备，全县清洁取暖覆盖率达到95%。
`;

const HINTS = `headline: ["村里的幸福院开张了"]
split-before:
  - 12月1日，壶关县树掌镇120户村民用上了清洁取暖设备，全县清洁取暖覆盖率达到95%。
`;

/** A run as a child process of the CLI: for the run whose point is its exit code and stderr. */
function ingestCli(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A run in this process (ingest-in-process.ts), for what it makes of the folders; in the folder a child would have. */
const ingest = (...args: string[]) => ingestInProcess(process.cwd(), args);

describe('hints, end to end', () => {
  let dir: string;
  let seeds: string;
  let out: string;
  const hintsFile = () => join(seeds, '005_page.hints.yaml');
  const run = (...extra: string[]) => ingest('--seeds', seeds, '--out', out, ...extra);
  const runCli = (...extra: string[]) => ingestCli('--seeds', seeds, '--out', out, ...extra);
  const titles = () =>
    readdirSync(join(out, 'articles', 'zh'))
      .map((f) => /^title: "?(.*?)"?$/mu.exec(readFileSync(join(out, 'articles', 'zh', f), 'utf8'))![1]!)
      .sort();

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ingest-hints-'));
    seeds = join(dir, 'seeds');
    out = join(dir, 'content');
    mkdirSync(seeds);
    writeFileSync(join(seeds, '005_page.txt'), PAGE);
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(join(import.meta.dirname, '..', 'node_modules', '.cache', 'cz-ingest', cacheFileName(out)), { force: true });
  });

  it('reads the page as one report without hints', async () => {
    expect((await run()).code).toBe(0);
    expect(titles()).toEqual(['沁源县：一条山路串起九个村']);
  });

  it('obeys a new hints file on the next run, from the cache: a headline and a split, three articles', async () => {
    writeFileSync(hintsFile(), HINTS);
    const r = await run();
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('005_page.txt');
    expect(titles()).toHaveLength(3);
    expect(titles()).toContain('村里的幸福院开张了');
    const brief = readdirSync(join(out, 'articles', 'zh')).map((f) => readFileSync(join(out, 'articles', 'zh', f), 'utf8')).find((t) => t.includes('树掌镇120户'))!;
    expect(brief).not.toContain('幸福院里');
  });

  it('still obeys it on a second run, which writes nothing, with or without the cache', async () => {
    const before = titles();
    for (const extra of [[], ['--no-cache']]) {
      const r = await run(...extra);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('nothing changed');
      expect(titles()).toEqual(before);
    }
  });

  it('stops the seed at a hint that matches no line, naming the file, the hint and the nearest line; its files stay', () => {
    const before = titles();
    writeFileSync(hintsFile(), `${HINTS}caption: ["村里的幸福院开张啦"]\n`);
    const r = runCli();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `${join(seeds, '005_page.hints.yaml')}: caption: "村里的幸福院开张啦" matches no line of 005_page.txt. Write the whole line as printed in the seed (spaces do not count); the nearest line is "村里的幸福院开张了", or remove the hint.`,
    );
    expect(r.stderr).not.toMatch(/\n\s+at /u);
    expect(titles()).toEqual(before);
  });

  it('goes back to one report when the hints file is removed', async () => {
    rmSync(hintsFile());
    expect((await run()).code).toBe(0);
    expect(titles()).toEqual(['沁源县：一条山路串起九个村']);
  });

  it('--review writes the report and leaves content/ alone', async () => {
    writeFileSync(hintsFile(), HINTS);
    const report = join(dir, 'review');
    const before = readdirSync(join(out, 'articles', 'zh')).map((f) => readFileSync(join(out, 'articles', 'zh', f), 'utf8'));
    const r = await ingest('--seeds', seeds, '--review', '--out', report);
    expect(r.code).toBe(0);
    expect(readdirSync(report).sort()).toEqual(['005_page.html', 'index.html']);
    const html = readFileSync(join(report, '005_page.html'), 'utf8');
    expect(html).toContain('hint: headline');
    expect(html).toContain('hint: split-before');
    expect(readdirSync(join(out, 'articles', 'zh')).map((f) => readFileSync(join(out, 'articles', 'zh', f), 'utf8'))).toEqual(before);
  });
});
