// An English page, or English items on a Chinese one (issue 15): its page lines, bylines, photo credits,
// column names and briefs by their form. The lines are made up in the forms English editions print.
import { describe, expect, it } from 'vitest';
import { classifyBlocks } from '../blocks.ts';
import { structurePage } from '../segment.ts';
import { isBylineLine, isPhotoCredit } from './bylines.ts';
import { cutClosingCredit } from './marks.ts';
import { readPageLine } from './page-lines.ts';

const TEXT = 'Qinxian county has opened 12 heated waiting rooms at rural bus stops, the transport bureau said on Monday.';
const TEXT_2 = 'Each room has benches, drinking water and a timetable board.';

describe("an English page's furniture", () => {
  it('reads its masthead with section and page number, its staff credits and its QR note', () => {
    expect(readPageLine('SHANGDANG EVENING NEWS | Weekend Edition | Page 12')).toEqual({ page: 12 });
    expect(readPageLine('Copy Editor: Zhang Wei Designer: Li Na')).toEqual({});
    expect(readPageLine('Scan the QR code to watch the video')).toEqual({});
  });

  it('leaves an English headline and sentence alone', () => {
    expect(readPageLine('Heated Waiting Rooms Open In Qinxian')).toBeUndefined();
    expect(readPageLine('The editor said the page was full.')).toBeUndefined();
  });
});

describe('English bylines and photo credits', () => {
  it('knows the reporter with the paper, a bracketed reporter and a photo credit', () => {
    for (const text of ['Zhang Wei / Changzhi Daily', '(Reporter: Li Na)', 'Photo by Zhang Wei']) expect(isBylineLine(text), text).toBe(true);
    expect(isPhotoCredit('Photo: Li Na')).toBe(true);
    expect(cutClosingCredit('Children read in the new library. Photo by Zhang Wei')).toEqual({ credit: 'Photo by Zhang Wei', text: 'Children read in the new library.' });
  });
});

describe('an English article on the page', () => {
  it('has its one-sentence caption credited at its end, and a column name in capitals over the next headline as kicker', () => {
    const page = ['Heated waiting rooms open at rural bus stops', 'By Li Na', TEXT, TEXT_2, 'A passenger waits in a heated room in Qinxian. Photo by Zhang Wei', 'COUNTY BRIEFS', 'Xiangyuan library opens a night reading room', 'Zhang Wei / Changzhi Daily', 'The county library now stays open until 9 pm on weekdays.'];
    expect(classifyBlocks(page).map((b) => b.kind)).toEqual(['headline', 'byline', 'paragraph', 'paragraph', 'caption', 'kicker', 'headline', 'byline', 'paragraph']);
  });

  it('gives each bulleted English sentence an article of its own', () => {
    const page = ['Heated waiting rooms open at rural bus stops', TEXT, '● A ski resort in Qinyuan county opened on Saturday.', '● Wuxiang county trained 2,000 rural workers this year.'];
    expect(structurePage(page.join('\n\n')).segments).toHaveLength(3);
  });
});
