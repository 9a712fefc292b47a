import { describe, expect, it } from 'vitest';
import { TOPIC_KEYWORDS } from '../lexicon/topics.ts';
import { TOPIC_LABELS, TOPICS } from '../../../src/domain/topics.ts';
import { childcareSection004, heatingSection002 } from './seed-fixtures.ts';
import { findTopics, scoreEnglishTopics, scoreTopics, type WeightedText } from './topics.ts';

const asText = (blocks: { kind: string; text: string }[]): WeightedText[] =>
  blocks.map((b) => ({ text: b.text, weight: b.kind === 'paragraph' ? 1 : 2 }));

describe('findTopics', () => {
  it('puts heating first for the heating section of seed 002', () => {
    const topics = findTopics(asText(heatingSection002));
    expect(topics[0]).toBe('heating');
    expect(topics).not.toContain('housing'); // 老旧小区 is mentioned twice in passing
  });

  it('puts childcare first for the childcare section of seed 004', () => {
    expect(findTopics(asText(childcareSection004))[0]).toBe('childcare');
  });

  it('reads plain text as body text', () => {
    expect(findTopics('“供暖是冬季最大的民生，必须让每一户群众都住上‘暖屋子’。”2025年，壶关县把供暖保障作为重中之重')).toEqual([
      'heating',
    ]);
  });

  it('finds several topics in a report that covers several, at most five', () => {
    const text =
      '升级改造区体育广场，对橡胶跑道和童趣园进行重新铺设和布置；公办示范性综合托育机构建设稳步推进；31.4公里“四好”农村路的畅通惠及5万余名群众的出行；31个老旧小区41栋楼的改造有力提升居民居住环境和生活品质……';
    const topics = findTopics(text);
    expect(topics).toEqual(expect.arrayContaining(['culture-sports', 'childcare', 'transport', 'housing']));
    expect(topics.length).toBeLessThanOrEqual(5);
  });

  it('gives an article without any keyword the catch-all topic', () => {
    expect(findTopics('涓涓细流，汇成壮阔的大海；坚实脚步，走出不凡的历程。')).toEqual(['governance']);
    expect(findTopics('')).toEqual(['governance']);
  });
});

describe('scoreTopics', () => {
  it('counts a title more than a paragraph', () => {
    const inTitle = scoreTopics([{ text: '供热', weight: 3 }]);
    const inBody = scoreTopics([{ text: '供热', weight: 1 }]);
    expect(inTitle.heating).toBe(3 * inBody.heating);
  });

  it('does not count a word inside the longer words it is excluded from', () => {
    expect(scoreTopics([{ text: '邀请70多名来自中国人民大学等高校在校返乡大学生', weight: 1 }]).education).toBe(0);
    expect(scoreTopics([{ text: '围绕农村地区交通安全宣传教育', weight: 1 }]).education).toBe(0);
    expect(scoreTopics([{ text: '学生交通安全', weight: 1 }]).education).toBe(1);
  });
});

describe('topic lexicon', () => {
  it('labels every topic in Chinese and English and gives it keywords', () => {
    for (const topic of TOPICS) {
      expect(TOPIC_LABELS[topic].zh).toMatch(/\p{Script=Han}/u);
      expect(TOPIC_LABELS[topic].en).toMatch(/^[A-Z]/);
      expect(TOPIC_KEYWORDS[topic].length).toBeGreaterThan(0);
    }
    expect(TOPIC_LABELS.heating).toEqual({ zh: '供热', en: 'Heating' });
  });

  it('has no keyword inside another keyword of the same topic unless excluded there, which would count twice', () => {
    for (const topic of TOPICS) {
      const keywords = TOPIC_KEYWORDS[topic];
      expect(new Set(keywords.map((k) => k.word)).size).toBe(keywords.length);
      for (const inner of keywords) {
        for (const outer of keywords) {
          if (inner !== outer && outer.word.includes(inner.word)) {
            expect(inner.notIn ?? [], `${topic}: ${inner.word} in ${outer.word}`).toContain(outer.word);
          }
        }
      }
    }
  });
});

describe('findTopics, English items', () => {
  it('reads an English item with the English words, never the catch-all when it names its topic', () => {
    expect(findTopics('Twelve villages get new bus stops with heated waiting rooms before winter', 'en')[0]).toBe('transport');
    expect(findTopics('The county hospital opens a night clinic; patients no longer travel to the city', 'en')[0]).toBe('health');
    expect(findTopics('Two new nursing homes give elderly residents meals and care; pensions rise', 'en')[0]).toBe('elderly-care');
    expect(findTopics('A job fair offers 3,000 jobs to graduates and migrant workers', 'en')[0]).toBe('employment');
    expect(findTopics('Schools add 800 school places as pupils return to class', 'en')[0]).toBe('education');
  });

  it('matches whole words case-insensitively, plurals included, and a phrase once', () => {
    expect(scoreEnglishTopics([{ text: 'BUSES', weight: 1 }]).transport).toBe(3);
    expect(scoreEnglishTopics([{ text: 'two libraries', weight: 1 }])['culture-sports']).toBe(3);
    // "bus stop" is one phrase: it does not count "bus" again.
    expect(scoreEnglishTopics([{ text: 'a bus stop', weight: 2 }]).transport).toBe(6);
    // "roadside" is not "road"; "parking" is not "park".
    expect(scoreEnglishTopics([{ text: 'roadside', weight: 1 }]).transport).toBe(0);
    expect(scoreEnglishTopics([{ text: 'parking', weight: 1 }]).environment).toBe(0);
  });

  it('does not read Chinese keywords in English mode, nor English ones in Chinese mode', () => {
    expect(findTopics('供热', 'en')).toEqual(['governance']);
    expect(findTopics('heating heating heating')).toEqual(['governance']);
    expect(findTopics('Heating: 98% of homes reach 18 degrees', 'en')).toEqual(['heating']);
  });
});
