// English datelines open an item; the title-like line over one is that item's headline.
import { describe, expect, it } from 'vitest';
import { ingest } from '../pipeline.ts';
import { structurePage } from '../segment.ts';
import { headlinesOverDatelines, isSourceDatelineAlone, opensWithDateline } from './datelines.ts';

describe('opensWithDateline', () => {
  it('reads the city and day before a dash, or the day alone', () => {
    expect(opensWithDateline('RIVERTON, Mar 3 — The county opened two clinics.')).toBe(true);
    expect(opensWithDateline('Apr 21 — Two clinics opened on Monday.')).toBe(true);
    expect(opensWithDateline('NEW TOWN, Sept. 9, 2024 -- Work began.')).toBe(true);
    expect(opensWithDateline('BEIJING, Dec 3 (Xinhua) — Work began.')).toBe(true);
  });
  it('reads no dateline in a sentence that mentions a date', () => {
    expect(opensWithDateline('On Mar 3 the county opened two clinics.')).toBe(false);
    expect(opensWithDateline('March was cold — the county said.')).toBe(false);
  });
});

describe('headlinesOverDatelines', () => {
  it('makes a section heading over a dateline its item\'s headline, and leaves Chinese and credited captions alone', () => {
    const blocks = headlinesOverDatelines([
      { kind: 'heading', level: 3, text: 'Two clinics open in Riverton', source: [0] },
      { kind: 'paragraph', text: 'RIVERTON, Mar 3 — The county opened two clinics.', source: [1] },
      { kind: 'caption', text: 'Children skate at a new rink', credit: 'Photo by Li Na', source: [2] },
      { kind: 'paragraph', text: 'Mar 4 — The rink opened.', source: [3] },
    ]);
    expect(blocks.map((b) => b.kind)).toEqual(['headline', 'paragraph', 'caption', 'paragraph']);
    expect('level' in blocks[0]!).toBe(false);
  });
  it('starts an English item with no byline after the item above', () => {
    const page = [
      'Two clinics open in Riverton',
      'By Li Na',
      '',
      'RIVERTON, Mar 3 — The county opened two clinics on Monday.',
      '',
      'Each clinic has a doctor and two nurses.',
      '',
      'Job fair draws 900 seekers',
      '',
      'NEW TOWN, Mar 2 — About 900 job seekers came to a fair on Saturday.',
    ].join('\n');
    const titles = structurePage(page).segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text);
    expect(titles).toEqual(['Two clinics open in Riverton', 'Job fair draws 900 seekers']);
  });
});

describe('English briefs with headlines and no datelines', () => {
  const item = (title: string, text: string) => [title, text, ''];
  it('reads each title between unsigned English items as the next item\'s headline', () => {
    const page = ['In Brief', '', ...item('Free bus rides for seniors', 'Residents aged 65 and over ride city buses for free from March 1.'), ...item('New clinics open', 'The county opened three village clinics last week.')].join('\n');
    expect(structurePage(page).segments.length).toBe(2);
  });
  it('keeps the sections of a signed English feature in it', () => {
    const page = ['Winter in the hills', 'By Li Na', '', 'Snow fell early this year in the county, the weather bureau said.', '', 'Roads cleared', '', 'Workers cleared 120 kilometers of road within a day.'].join('\n');
    expect(structurePage(page).segments.length).toBe(1);
  });
  it('reads a title after a signed report opened by its dateline as the next item\'s headline: a report has no sections', () => {
    const page = ['Shelters open in Riverton', 'By Li Na', '', 'RIVERTON, Nov 13 — The city opened 24 shelters on Thursday.', '', 'Library extends hours', '', 'The city library will stay open until 9 pm on weekdays.'].join('\n');
    expect(structurePage(page).segments.length).toBe(2);
  });
});

describe("a Chinese source's dateline alone", () => {
  it.each(['新华社太原12月2日电（记者 某某）', '本报讯', '某县融媒体中心消息', '长治市教育局消息'])('%s is one', (line) => expect(isSourceDatelineAlone(line)).toBe(true));
  // Where a piece of news came from, said in words that open on a verb (来自, 据): a headline or a sentence's head.
  it.each(['来自县招生办消息', '来自市气象台消息', '据县招生办消息'])('%s is not', (line) => expect(isSourceDatelineAlone(line)).toBe(false));
});

// A page's own date line (read by page-lines.ts) in a masthead framed by rule marks with its page number in brackets,
// or as an OCR copy prints it, its section and the editor's name letter-spaced, a space before the colon: it dates
// every article of the page and is furniture, never a caption.
describe("a page's date line in a text copy's or an OCR copy's form", () => {
  const page = (dateLine: string) =>
    [dateLine, '', '城区新增公交线路两条', '本报记者　李 明', '', '　　3月4日，城区新开通公交线路两条，沿线设站28个，方便居民出行。', ''].join('\n');
  it.each([
    ['== 上党晚报 · 城区新闻 ==　2024/3/5　周二　[第6版]', 6],
    ['2024年3月5日　第7版　城 建 · 交 通　　编辑 :  王 小 明', 7],
    ['2024.3.5　星期二　【第2版】　责任编辑 ： 赵 强', 2],
  ])('%s dates the page and is furniture', (line, pageNumber) => {
    expect(structurePage(page(line)).blocks.map((b) => b.kind)).toEqual(['furniture', 'headline', 'byline', 'paragraph']);
    const [built] = ingest([{ name: 'made-up.txt', bytes: new TextEncoder().encode(page(line)) }], []).articles;
    expect(built?.article).toMatchObject({ date: '2024-03-05', year: 2024, source: { page: pageNumber } });
  });
  // A sentence opened by a date and a notice's time over an article are text: they date nothing.
  it.each(['2024年3月5日，第2批补贴资金已发放到户。', '时间：2024/3/5 周二 14:00'])('%s does not', (line) => {
    expect(structurePage(page(line)).blocks[0]?.kind).not.toBe('furniture');
    const built = ingest([{ name: 'made-up.txt', bytes: new TextEncoder().encode(page(line)) }], []).articles;
    expect(built.some((a) => a.article.date === '2024-03-05')).toBe(false);
  });
});
