// Mistakes in content files read like an editor's checklist: the content check that `npm run build`
// runs before Astro prints file:line, field, what is wrong and a right value, in English and Chinese,
// and stops the build; Astro's own message, when Astro reads the file (`astro dev`, `astro build`),
// says the same words.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../site/build-site.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
// The article ingested from seeds/003_09576779ea83b2fd.txt, with the mistakes editors make.
const ORIGINAL = readFileSync(join(ROOT, 'content/articles/zh/jiu-ye-shi-min-sheng-zhi-ben.md'), 'utf8');
const BROKEN = ORIGINAL.replace('"culture-sports"', '"heatng"').replace('year: 2025', 'year: "2025"').replace('regions: ["上党区"]', 'region: ["上党区"]');
/** The 1-based line of the broken file that starts with `prefix`: the messages must name it. */
const lineOf = (prefix: string) => BROKEN.split('\n').findIndex((l) => l.startsWith(prefix)) + 1;
const [YEAR, REGION, TOPICS] = [lineOf('year:'), lineOf('region:'), lineOf('topics:')];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cz-schema-'));
  const content = join(dir, 'content');
  mkdirSync(join(content, 'articles', 'zh'), { recursive: true });
  mkdirSync(join(content, 'articles', 'en'), { recursive: true });
  cpSync(join(ROOT, 'content/articles/zh/min-sheng-wei-ben-xing-fu-sheng-huo.md'), join(content, 'articles/zh/min-sheng-wei-ben-xing-fu-sheng-huo.md'));
  writeFileSync(join(content, 'articles/zh/jiu-ye-shi-min-sheng-zhi-ben.md'), BROKEN);
  writeFileSync(join(content, 'articles/en/jiu-ye-shi-min-sheng-zhi-ben.md'), '---\ntitle: Employment\nlang: english\ntranslationOf: jiu-ye-shi-min-sheng-zhi-ben\n---\n\nEmployment is the foundation of people\'s livelihoods.\n');
  writeFileSync(join(content, 'redirects.yaml'), 'jiu-ye-min-sheng: jiu-ye-shi-min-sheng\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function check(args: string[] = []) {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/content/check.ts'), '--content', 'content', ...args], { cwd: dir, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('the content check (npm run check:content, run by npm run build)', () => {
  it('lists every mistake in file order with file:line, field, the wrong value and a right one, in both languages', () => {
    const { status, stderr } = check();
    expect(status).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toContainEqual('content/articles/en/jiu-ye-shi-min-sheng-zhi-ben.md:3: lang: "english" is not a language of the site. Write one of: zh, en (e.g. lang: zh).');
    expect(lines).toContainEqual('    第3行 lang：“english”不是本站的语言。请写以下之一：zh, en（例如 lang: zh）。');
    expect(stderr).toContain(`content/articles/zh/jiu-ye-shi-min-sheng-zhi-ben.md:${YEAR}: year: "2025" is text, not a number (write it without quotes).`);
    expect(stderr).toContain(`content/articles/zh/jiu-ye-shi-min-sheng-zhi-ben.md:${REGION}: warning: region: not a field the site reads; it is ignored. Did you mean "regions"?`);
    expect(stderr).toContain(`content/articles/zh/jiu-ye-shi-min-sheng-zhi-ben.md:${TOPICS}: topics[2]: "heatng" is not a topic. Did you mean "heating"? Write one of: education, `);
    expect(stderr).toMatch(/topics\[2\]: "heatng" is not a topic\. .* \(e\.g\. topics: \[heating\]\)\./);
    expect(stderr).toContain(`\n    第${TOPICS}行 topics[2]：“heatng”不是可用的主题。是不是“heating”？`);
    expect(stderr).toMatch(/content\/redirects\.yaml:1: "jiu-ye-min-sheng" points to "jiu-ye-shi-min-sheng", which is not a published article/);
    expect(lines.at(-1)).toBe('content check: 4 error(s), 1 warning(s) in 4 file(s). Fix the errors above and build again. / 内容检查：请先改正上面的错误再构建。');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('with --warn-only (npm run dev) prints the same and lets the preview start', () => {
    const { status, stderr } = check(['--warn-only']);
    expect(status).toBe(0);
    expect(stderr).toContain('"heatng" is not a topic');
  });

  it('passes the content as it is in the repository', () => {
    const run = execFileSync(process.execPath, [join(ROOT, 'scripts/content/check.ts')], { cwd: ROOT, encoding: 'utf8' });
    expect(run).toMatch(/^content check: \d+ file\(s\), no problems\.$/m);
  });
});

describe("Astro's own message for the same mistake", () => {
  it('says the same words when Astro reads the file', async () => {
    const build = buildSite({
      name: 'schema-message',
      search: false,
      editProject: (project) => {
        const file = `${project}/content/articles/zh/jiu-ye-shi-min-sheng-zhi-ben.md`;
        const fs = process.getBuiltinModule('node:fs');
        fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"culture-sports"', '"heatng"'));
      },
    });
    await expect(build).rejects.toThrow(/articles → zh\/jiu-ye-shi-min-sheng-zhi-ben[\s\S]*topics\.2: "heatng" is not a topic\. Did you mean "heating"\?[\s\S]*“heatng”不是可用的主题/);
  }, 300_000);
});
