// English datelines open an item; the title-like line over one is that item's headline.
import { describe, expect, it } from 'vitest';
import { structurePage } from '../segment.ts';
import { headlinesOverDatelines, opensWithDateline } from './datelines.ts';

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
