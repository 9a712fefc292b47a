import { describe, expect, it } from 'vitest';
import { HintsError, hintsName, mergePageFacts, parseHints } from './read.ts';

const FILE = 'seeds/005_page.hints.yaml';

const message = (run: () => unknown) => {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(HintsError);
    return (e as Error).message;
  }
  return 'no error';
};

describe('parseHints', () => {
  it('reads line hints in the order written, and the sidecar keys', () => {
    const hints = parseHints(FILE, 'headline: ["沁源县：一条山路串起九个村"]\nsplit-before:\n  - " 黎城县：幸福院 "\nbyline: 本报记者 张三\ndate: 2025-11-18\npage: 3\n');
    expect(hints).toEqual({
      file: FILE,
      lines: [
        { key: 'headline', text: '沁源县：一条山路串起九个村' },
        { key: 'split-before', text: '黎城县：幸福院' },
        { key: 'byline', text: '本报记者 张三' },
      ],
      meta: { date: '2025-11-18', page: 3 },
    });
    expect(parseHints(FILE, '')).toEqual({ file: FILE, lines: [], meta: {} });
  });

  it('names the file and the key of a mistake, and says what to write', () => {
    expect(message(() => parseHints(FILE, 'headlines: ["x"]'))).toMatch(/^seeds\/005_page\.hints\.yaml: headlines: not a hint ingest knows; write one of headline, byline, caption, furniture, not-caption, split-before, paper, date, page/);
    expect(message(() => parseHints(FILE, 'caption: [1, ""]'))).toMatch(/^seeds\/005_page\.hints\.yaml: caption: write a list of lines as printed, e.g. caption: \[/);
    expect(message(() => parseHints(FILE, 'date: 2025-02-30'))).toMatch(/^seeds\/005_page\.hints\.yaml: date: "2025-02-30" is not a date/);
    expect(message(() => parseHints(FILE, '- 长治日报'))).toMatch(/^seeds\/005_page\.hints\.yaml: write the hints as `key: \[line, …\]` lines/);
    expect(message(() => parseHints(FILE, 'headline: [x'))).toMatch(/^seeds\/005_page\.hints\.yaml: not YAML/);
  });
});

describe('mergePageFacts', () => {
  it('takes the hints file’s keys beside the sidecar’s, and refuses two values for one key', () => {
    const hints = parseHints(FILE, 'page: 3');
    expect(mergePageFacts({ paper: '长治日报' }, 'seeds/005_page.yaml', hints)).toEqual({ paper: '长治日报', page: 3 });
    expect(mergePageFacts({ page: 3 }, 'seeds/005_page.yaml', hints)).toEqual({ page: 3 });
    expect(message(() => mergePageFacts({ page: 2 }, 'seeds/005_page.yaml', hints))).toBe(
      'seeds/005_page.hints.yaml: page: 3 differs from seeds/005_page.yaml, which says 2; keep it in one of the two files.',
    );
  });
});

describe('hintsName', () => {
  it('is the seed name with .hints.yaml for .txt', () => {
    expect(hintsName('005_page.txt')).toBe('005_page.hints.yaml');
  });
});
