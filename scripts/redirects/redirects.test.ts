import { describe, expect, it } from 'vitest';
import { checkRedirects, parseRedirects } from './redirects.ts';

// Ids of articles ingested from seeds/003_09576779ea83b2fd.txt and seeds/002_1ea187ce3151e9b8.txt.
const PUBLISHED = new Set(['jiu-ye-shi-min-sheng-zhi-ben', 'min-sheng-wei-ben-xing-fu-sheng-huo']);

describe('parseRedirects', () => {
  it('reads old-id: new-id lines with their line numbers, comments ignored', () => {
    const text = '# moved articles\n\njiu-ye-min-sheng: jiu-ye-shi-min-sheng-zhi-ben\nmin-sheng-wei-ben: min-sheng-wei-ben-xing-fu-sheng-huo\n';
    expect(parseRedirects(text)).toEqual({
      redirects: [
        { from: 'jiu-ye-min-sheng', to: 'jiu-ye-shi-min-sheng-zhi-ben', line: 3 },
        { from: 'min-sheng-wei-ben', to: 'min-sheng-wei-ben-xing-fu-sheng-huo', line: 4 },
      ],
      problems: [],
    });
  });

  it('takes a file of comments only, or an empty one, as no redirects', () => {
    expect(parseRedirects('# none yet\n')).toEqual({ redirects: [], problems: [] });
    expect(parseRedirects('')).toEqual({ redirects: [], problems: [] });
  });

  it('names the line of an id that is not an id, and of a list instead of a map', () => {
    const bad = parseRedirects('ok-id: jiu-ye-shi-min-sheng-zhi-ben\nOld Id: jiu-ye-shi-min-sheng-zhi-ben\n');
    expect(bad.redirects).toHaveLength(1);
    expect(bad.problems).toHaveLength(1);
    expect(bad.problems[0]!.line).toBe(2);
    expect(bad.problems[0]!.en).toContain('"Old Id" is not an article id');
    expect(bad.problems[0]!.zh).toContain('“Old Id”不是文章标识');
    const list = parseRedirects('- a\n- b\n');
    expect(list.problems[0]!.en).toContain('"old-id: new-id"');
  });

  it('refuses a YAML mistake and a key given twice, by line', () => {
    expect(parseRedirects('a: [b\n').problems[0]!.en).toMatch(/^not valid YAML/);
    const twice = parseRedirects('a-b: jiu-ye-shi-min-sheng-zhi-ben\na-b: min-sheng-wei-ben-xing-fu-sheng-huo\n');
    expect(twice.problems).toHaveLength(1);
    expect(twice.problems[0]!.line).toBe(2);
  });
});

describe('checkRedirects', () => {
  it('accepts a redirect from a retired id to a published article', () => {
    expect(checkRedirects([{ from: 'jiu-ye-min-sheng', to: 'jiu-ye-shi-min-sheng-zhi-ben', line: 1 }], PUBLISHED)).toEqual([]);
  });

  it('refuses a target that is no published article, saying what to write', () => {
    const [problem] = checkRedirects([{ from: 'jiu-ye-min-sheng', to: 'jiu-ye-shi-min-sheng', line: 4 }], PUBLISHED);
    expect(problem!.line).toBe(4);
    expect(problem!.en).toContain('"jiu-ye-min-sheng" points to "jiu-ye-shi-min-sheng", which is not a published article');
    expect(problem!.en).toContain('content/articles/zh/');
    expect(problem!.zh).toContain('不是已发布的文章');
  });

  it('refuses an old id that is still a published article, and a chain', () => {
    const problems = checkRedirects(
      [
        { from: 'min-sheng-wei-ben-xing-fu-sheng-huo', to: 'jiu-ye-shi-min-sheng-zhi-ben', line: 1 },
        { from: 'a', to: 'b', line: 2 },
        { from: 'b', to: 'jiu-ye-shi-min-sheng-zhi-ben', line: 3 },
      ],
      PUBLISHED,
    );
    expect(problems.map((p) => p.line)).toEqual([1, 2]);
    expect(problems[0]!.en).toContain('is still the id of a published article');
  });
});
