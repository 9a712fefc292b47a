// Gold files: a mistake names its file and field; and the dev set's gold speaks of its own page — every
// title, phrase, caption and figure it names is printed there, every place is in the gazetteer, every value
// agrees with the digits printed, and each page is stored in the encoding its gold declares.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPlace } from '../../src/domain/places/gazetteer.ts';
import { loadGold, parseGold, type GoldPage } from './gold.ts';
import { opening, squash } from './normalize.ts';

const ARTICLE = 'lang: zh\n    kind: news\n    year: 2025\n    regions: []';

describe('parseGold', () => {
  it('names the file and the field of a mistake', () => {
    const bad = (body: string) => () => parseGold(`articles:\n  - title: 标题\n    ${body}`, 'p.gold.yaml');
    expect(bad(ARTICLE.replace('news', 'report'))).toThrow('p.gold.yaml: articles[0]: kind: "report" is not one of article, news');
    expect(bad(ARTICLE.replace('year: 2025', 'year: 25'))).toThrow('p.gold.yaml: articles[0]: year: must be a year or null');
    expect(bad(ARTICLE.replace('    regions: []', ''))).toThrow('articles[0]: regions: missing');
    expect(bad(`${ARTICLE}\n    figures:\n      - {text: 3所, value: three, unit: 所, status: actual, year: 2025, topic: education, label: 学校, kind: new}`)).toThrow(
      'p.gold.yaml: articles[0]: figures[0]: value: must be a number',
    );
    expect(bad(`${ARTICLE}\n    figures:\n      - {text: 3所, value: 3, unit: 所, status: done, year: 2025, topic: education, label: 学校, kind: new}`)).toThrow(
      'figures[0]: status: "done" is not one of actual, plan',
    );
    expect(bad(`${ARTICLE}\n    adjacent: [[问：一]]`)).toThrow('adjacent[0]: must be a pair');
    expect(() => parseGold('articles:\n  - lang: zh\n    kind: news\n    year: 2025\n    regions: []', 'q.gold.yaml')).toThrow('q.gold.yaml: articles[0]: title: missing (set untitled: true');
    expect(() => parseGold('articles: [', 'r.gold.yaml')).toThrow('r.gold.yaml: not valid YAML');
  });

  it('reads defaults: keys from the label, absent captions and excludes as none, a date as text', () => {
    const page = parseGold(
      `date: 2025-11-18\narticles:\n  - title: 标题\n    ${ARTICLE}\n    figures:\n      - {text: 3所, value: 3, unit: 所, status: actual, year: null, region: null, topic: education, label: 新建学校, kind: new}`,
      'd.gold.yaml',
    );
    expect(page.date).toBe('2025-11-18');
    expect(page.name).toBe('d');
    expect(page.articles[0]).toMatchObject({ captions: [], excludes: [], untitled: false, topics: undefined });
    expect(page.articles[0]!.figures[0]).toMatchObject({ keys: ['新建学校'], year: null, region: null });
  });
});

const PAGES = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'pages');
const DEV = loadGold(join(PAGES, 'dev'));
// The holdout's gold is checked the same way: that it speaks of its page says nothing of the ingest's score.
const HOLDOUT = loadGold(join(PAGES, 'holdout'));

function pageText(page: GoldPage): string {
  const bytes = readFileSync(page.textFile);
  if (page.encoding === 'utf-16le') {
    expect([...bytes.subarray(0, 2)], `${page.name}: UTF-16LE with a BOM`).toEqual([0xff, 0xfe]);
    return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
  }
  if (page.encoding === 'utf-16be') {
    expect([...bytes.subarray(0, 2)], `${page.name}: UTF-16BE with a BOM`).toEqual([0xfe, 0xff]);
    return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
  }
  const encoding = page.encoding === 'gb18030' ? 'gb18030' : 'utf-8';
  if (page.encoding === 'gb18030') expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), `${page.name}: not UTF-8`).toThrow();
  return new TextDecoder(encoding, { fatal: true }).decode(bytes);
}

/** The number the digits of a figure's text say, with 万/亿 and a leading sign applied (a table's signed change, `-0.06`); a stray space between digits, as an OCR copy prints, does not split it; undefined when it prints no digits. */
function printedValue(text: string): number | undefined {
  const m = /([-−]?)(\d+(?:\.\d+)?)[多余]?\s*(万|亿)?/.exec(text.normalize('NFKC').replace(/(\d)\s+(?=\d)/g, '$1'));
  if (!m) return undefined;
  return (m[1] ? -1 : 1) * Number(m[2]) * (m[3] === '万' ? 1e4 : m[3] === '亿' ? 1e8 : 1);
}

describe('the dev and holdout sets', () => {
  it('the dev set has at least 25 pages', () => {
    expect(DEV.length).toBeGreaterThanOrEqual(25);
  });

  for (const page of [...DEV, ...HOLDOUT]) {
    it(`${page.name}: the gold speaks of its own page`, () => {
      const raw = pageText(page);
      expect(raw.includes('\r\n'), `${page.name}: crlf`).toBe(page.crlf);
      const text = squash(raw);
      const printed: string[] = [...page.furniture, ...page.once];
      for (const a of page.articles) {
        printed.push(...[a.title, a.kicker, a.subtitle, a.byline].filter((s): s is string => s !== undefined));
        printed.push(...a.captions, ...a.contains, ...a.adjacent.flat(), ...a.figures.map((f) => f.text));
        if (a.starts) expect(text.includes(opening(a.starts)), `${page.name}: starts ${a.starts}`).toBe(true);
        for (const r of [...a.regions, ...a.figures.map((f) => f.region)]) {
          if (r !== null) expect(findPlace(r), `${page.name}: place ${r}`).toBeDefined();
        }
        for (const f of a.figures) {
          const digits = printedValue(f.text);
          // relative to the value's size: 312.6亿 is 31260000000.000004 in floating point
          if (digits !== undefined && f.unit !== '%') expect(Math.abs(f.value - digits), `${page.name}: ${f.text}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(digits)));
        }
      }
      const missing = printed.filter((s) => !text.includes(squash(s)));
      expect(missing, `${page.name}: not printed on the page`).toEqual([]);
    });
  }
});
