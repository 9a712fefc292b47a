import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forgetTexts } from './memo.ts';
import { dictionaryWords, tagWords, wholeText, type Word } from './words.ts';

const SEEDS = join(import.meta.dirname, '..', '..', '..', 'seeds');
const shown = (words: readonly Word[]) => words.map((w) => `${w.word}/${w.tag}@${w.start}-${w.end}`);

/** A paragraph, its sentences, clauses and lines, and slices that start or end inside a word: the texts a figure's fields tag. */
function overlapping(paragraph: string): string[] {
  return [
    ...paragraph.split(/(?<=[，,；;])/),
    ...paragraph.split(/(?<=[。！？])/),
    paragraph,
    ...paragraph.split('\n'),
    paragraph.slice(2, -3),
    paragraph.slice(1),
  ];
}

describe('tagWords piece by piece', () => {
  it('gives the words jieba gives the whole text, whichever overlapping texts were tagged before', () => {
    const paragraphs = [
      '今年以来，全市新建改造供热管网126公里（其中主管网32公里），新增换热站18座；惠及居民4.2万户。',
      '“十四五”期间，我县累计投入资金3.6亿元，建成《乡村振兴示范村》12个、提档升级村36个！',
      'Wi-Fi覆盖率达到98.5%，5G基站新增1,200个(同比增长12%)；充电桩: 新建300个?',
      '  新建  公园 3 个，\r\n改造道路12条。\n　　托育点9个、普惠托位630个',
      '',
      '，。；',
      '没有标点的一句话新建公园3个',
    ];
    for (const paragraph of paragraphs) {
      forgetTexts();
      for (const text of overlapping(paragraph)) {
        expect(shown(tagWords(text)), text).toEqual(shown(wholeText(text, true)));
        expect(shown(dictionaryWords(text)), text).toEqual(shown(wholeText(text, false)));
      }
    }
  });

  it('gives the same words as one call on every paragraph of the seeds', () => {
    for (const file of readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))) {
      forgetTexts();
      for (const paragraph of readFileSync(join(SEEDS, file), 'utf8').split(/\n\s*\n/)) {
        for (const text of overlapping(paragraph)) expect(shown(tagWords(text)), text).toEqual(shown(wholeText(text, true)));
      }
    }
  });

  it('reads a piece it has tagged in another text (a clause inside its paragraph) without telling it apart', () => {
    forgetTexts();
    const paragraph = '全县新建公园3个，改造道路12条。';
    tagWords(paragraph);
    expect(shown(tagWords('改造道路12条。'))).toEqual(shown(wholeText('改造道路12条。', true)));
    // A near miss: the same characters with no cut before them are a piece of another text, tagged afresh.
    expect(shown(tagWords('个改造道路12条。'))).toEqual(shown(wholeText('个改造道路12条。', true)));
  });
});
