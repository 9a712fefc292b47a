// `npm run new` as an editor runs it: in a content folder holding real ingested articles, it writes a
// file the content check and the schema accept, prints where and the preview address, never
// overwrites, and refuses wrong options with a message and no stack trace.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/domain/article.ts';
import { readFrontmatter } from '../../scripts/ingest/frontmatter.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
let content: string;

beforeEach(() => {
  content = join(mkdtempSync(join(tmpdir(), 'cz-new-')), 'content');
  mkdirSync(join(content, 'articles', 'en'), { recursive: true });
  mkdirSync(join(content, 'articles', 'zh'), { recursive: true });
  for (const id of ['jiu-ye-shi-min-sheng-zhi-ben', 'min-sheng-wei-ben-xing-fu-sheng-huo']) {
    cpSync(join(ROOT, 'content', 'articles', 'zh', `${id}.md`), join(content, 'articles', 'zh', `${id}.md`));
  }
  writeFileSync(join(content, 'redirects.yaml'), 'ji-zhong-gong-re-lian-min-xin: min-sheng-wei-ben-xing-fu-sheng-huo\n');
});
afterEach(() => rmSync(join(content, '..'), { recursive: true, force: true }));

function runNew(args: string[], env: Record<string, string> = {}) {
  try {
    const stdout = execFileSync(process.execPath, [join(ROOT, 'scripts/new/cli.ts'), '--content', content, ...args], {
      encoding: 'utf8',
      stdio: 'pipe',
      env: { ...process.env, ...env },
    });
    return { status: 0, stdout, stderr: '' };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { status: e.status, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run new', () => {
  it('writes a valid Chinese article and prints its path and preview address', () => {
    const run = runNew(['--title', '集中供热连民心 寒冬暖流润万家', '--region', '壶关县', '--topic', 'heating', '--topic', 'housing', '--year', '2025']);
    expect(run.status).toBe(0);
    // The slug of the title is an old address in redirects.yaml, so the new article gets the next one.
    const file = join(content, 'articles', 'zh', 'ji-zhong-gong-re-lian-min-xin-2.md');
    expect(run.stdout).toContain(`created ${file}`);
    expect(run.stdout).toContain('preview: run `npm run dev`, then open http://localhost:4321/zh/articles/ji-zhong-gong-re-lian-min-xin-2/');
    const data = articleSchema.parse(readFrontmatter(readFileSync(file, 'utf8')));
    expect(data).toMatchObject({ title: '集中供热连民心 寒冬暖流润万家', lang: 'zh', regions: ['壶关县'], topics: ['heating', 'housing'], year: 2025 });
  });

  it('prints the preview address under BASE_PATH', () => {
    const run = runNew(['--title', '供热', '--id', 'gong-re-ce-shi'], { BASE_PATH: '/archive/cz/' });
    expect(run.stdout).toContain('http://localhost:4321/archive/cz/zh/articles/gong-re-ce-shi/');
  });

  it('writes a translation beside the Chinese article it names, and says which file to translate', () => {
    const run = runNew(['--translation-of', 'jiu-ye-shi-min-sheng-zhi-ben', '--title', "Employment Is the Foundation of People's Livelihoods"]);
    expect(run.status).toBe(0);
    const file = join(content, 'articles', 'en', 'jiu-ye-shi-min-sheng-zhi-ben.md');
    expect(articleSchema.parse(readFrontmatter(readFileSync(file, 'utf8')))).toMatchObject({ lang: 'en', translationOf: 'jiu-ye-shi-min-sheng-zhi-ben' });
    expect(run.stdout).toContain(`translate from ${join(content, 'articles', 'zh', 'jiu-ye-shi-min-sheng-zhi-ben.md')}`);
    const again = runNew(['--translation-of', 'jiu-ye-shi-min-sheng-zhi-ben', '--title', 'Again']);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain(`jiu-ye-shi-min-sheng-zhi-ben already has a translation: ${file}`);
  });

  it('never overwrites: an id in use is refused and the file left as it was', () => {
    const file = join(content, 'articles', 'zh', 'jiu-ye-shi-min-sheng-zhi-ben.md');
    const before = readFileSync(file, 'utf8');
    const run = runNew(['--title', '就业', '--id', 'jiu-ye-shi-min-sheng-zhi-ben']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--id jiu-ye-shi-min-sheng-zhi-ben is already used');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('refuses wrong options in plain words, writes nothing, and shows no stack trace', () => {
    const run = runNew(['--title', '供热', '--topic', 'heatng', '--lang', 'fr']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('new: --lang fr: write zh or en.');
    expect(run.stderr).toContain('new: --topic heatng: not a topic. Did you mean heating?');
    expect(run.stderr).toContain('nothing written');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(content, 'articles', 'zh', 'gong-re.md'))).toBe(false);
    const unknown = runNew(['--titel', 'x']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--titel'");
  });
});
