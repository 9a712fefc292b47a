// English items' bylines, bracketed photo credits and city-only datelines, by their form (made-up lines).
import { describe, expect, it } from 'vitest';
import { isBylineLine, isPhotoCredit } from './bylines.ts';
import { cutClosingSignature } from './signatures.ts';
import { opensWithDateline } from './datelines.ts';
import { cutClosingCredit } from './marks.ts';
import { structurePage } from '../segment.ts';

describe('English bylines and credits', () => {
  it('reads a paper\'s reporter named after the paper, and a role before a colon', () => {
    expect(isBylineLine('Riverton Daily reporter Zhao Min')).toBe(true);
    expect(isBylineLine('Riverton Evening News correspondents Li Na and Wang Jun')).toBe(true);
    expect(isBylineLine('Reporter: Zhao Min')).toBe(true);
    expect(isBylineLine('Reporter Visits Mountain Village')).toBe(false);
  });
  it('cuts a photo credit in brackets from a caption', () => {
    expect(cutClosingCredit('Children skate on the new rink. [Photo by Li Na]')).toEqual({ credit: '[Photo by Li Na]', text: 'Children skate on the new rink.' });
    expect(cutClosingCredit('Children skate on the new rink. (Photo/Li Na)').credit).toBe('(Photo/Li Na)');
    expect(isPhotoCredit('[Photo by Li Na]')).toBe(true);
    expect(cutClosingCredit('The rink opened (Li Na said)').credit).toBeUndefined();
  });
  it('reads a city alone before the dash as a dateline', () => {
    expect(opensWithDateline('RIVERTON — A new bus line opened on Monday.')).toBe(true);
    expect(opensWithDateline('NEW TOWN (Riverton Daily) — A fair opened.')).toBe(true);
    expect(opensWithDateline('Riverton — a new line')).toBe(false);
  });
});

describe('an English item with a paper reporter\'s byline and a credited caption', () => {
  it('reads the headline over the byline and the caption as the item\'s', () => {
    const page = [
      'New bus line links villages',
      'By Zhang Wei',
      '',
      'RIVERTON — A new bus line linking 14 villages opened on Monday, the transport bureau said.',
      '',
      'Villagers wait for the new bus on Monday. [Photo by Li Na]',
      '',
      'Clinics get remote diagnosis',
      'Riverton Daily reporter Zhao Min',
      '',
      'Township clinics can now send X-ray images to the county hospital, officials said on Tuesday.',
    ].join('\n');
    const segments = structurePage(page).segments.map((s) => s.blocks.map((b) => `${b.kind}:${b.text}`));
    expect(segments).toEqual([
      ['headline:New bus line links villages', 'byline:By Zhang Wei', 'paragraph:RIVERTON — A new bus line linking 14 villages opened on Monday, the transport bureau said.', 'caption:Villagers wait for the new bus on Monday.'],
      ['headline:Clinics get remote diagnosis', 'byline:Riverton Daily reporter Zhao Min', 'paragraph:Township clinics can now send X-ray images to the county hospital, officials said on Tuesday.'],
    ]);
  });
});

describe('an English photo credit in capitals', () => {
  it('is cut from its caption and read as a credit line', () => {
    expect(cutClosingCredit('Villagers dance at the new square on Sunday. PHOTO BY LI NA')).toEqual({ credit: 'PHOTO BY LI NA', text: 'Villagers dance at the new square on Sunday.' });
    expect(isPhotoCredit('PHOTO BY LI NA')).toBe(true);
    expect(isPhotoCredit('PHOTO BOOTH OPENS')).toBe(false);
  });
});

describe('more English byline and dateline forms', () => {
  it('reads the place filed from, the paper after the name and a story-and-photos credit as bylines', () => {
    for (const t of ['By Wang Xiaoyu in Riverton', 'By ZHAO MIN in New Town', 'Wang Xiaoyu, Riverton Daily', 'Story and photos by Li Na', 'Text and photo by Li Na'])
      expect(isBylineLine(t), t).toBe(true);
    expect(isBylineLine('Green Valley, Riverton Daily News today')).toBe(false);
    expect(isBylineLine('Snow falls in Riverton')).toBe(false);
  });
  it('reads a city in title case before the day, and a city with its province, as datelines', () => {
    expect(opensWithDateline('Riverton, Nov. 18 — The county opened two clinics.')).toBe(true);
    expect(opensWithDateline('RIVERTON, Shanxi — The county opened two clinics.')).toBe(true);
    expect(opensWithDateline('Riverton, the county seat — is busy.')).toBe(false);
  });
});

describe('English briefs set in capitals and compiled', () => {
  it('reads a capitals headline over its item as the headline, and a compiler as a byline', () => {
    expect(isBylineLine('Compiled by Li Na')).toBe(true);
    const page = ['RIVERTON DAILY', '', 'HEATING SEASON EXTENDED', 'The heating season will be extended by five days, the bureau said on Friday.', '', 'Seniors ride free', 'Residents aged 65 and over ride buses for free from March 1.'].join('\n');
    const titles = structurePage(page).segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text);
    expect(titles).toEqual(['HEATING SEASON EXTENDED', 'Seniors ride free']);
  });
});

describe('an English item signed after its last sentence', () => {
  it('cuts the name in brackets or the wire after a dash', () => {
    expect(cutClosingSignature('The bureau said on Friday. (Zhao Min)')).toEqual({ signature: '(Zhao Min)', text: 'The bureau said on Friday.' });
    expect(cutClosingSignature('Buses run free from March 1. —Xinhua').signature).toBe('—Xinhua');
    expect(cutClosingSignature('Buses run free from March 1. (Xinhua)').signature).toBe('(Xinhua)');
    expect(cutClosingSignature('The line opened (see map)').signature).toBeUndefined();
    expect(cutClosingSignature('It was built by the Riverton Bus Company (Riverton Bus)').signature).toBeUndefined();
  });
});
