import { describe, expect, it } from 'vitest';
import { scoringModel, trainBayes, type Row } from '../learn/bayes.ts';
import { contentWords } from '../learn/words.ts';
import { figureWords, learnedTopics } from './topic-model.ts';
import type { FigureScope } from './scope.ts';

function scope(sentence: string, figure: string, topics: FigureScope['article']['topics'] = []): FigureScope {
  const start = sentence.indexOf(figure);
  return { sentence, start, end: start + figure.length, text: figure, unit: '', paragraph: sentence, sentenceStart: 0, headings: [], article: { regions: [], topics } };
}

// Made-up rows that say what planting street trees and hiring teachers are about, on two pages each.
const row = (label: string, group: string, text: string): Row => ({ label, group, words: new Map(contentWords(text).map((w) => [w, 1])) });
const MODEL = scoringModel(
  trainBayes([
    row('environment', 'a', '全区栽植行道树'),
    row('environment', 'b', '沿河栽植行道树和苗木'),
    row('education', 'a', '招聘特岗教师'),
    row('education', 'b', '新招聘特岗教师'),
  ]),
);

describe('figureWords', () => {
  it('weighs the words of the figure\'s own clause most, its segment and sentence less', () => {
    const words = figureWords(scope('今年投资3亿元，新栽植行道树1200株；招聘特岗教师20名', '1200株'));
    expect(words.get('行道树')).toBe(1);
    expect(words.get('投资')).toBe(0.7);
    expect(words.get('教师')).toBe(0.5);
  });
});

describe('learnedTopics', () => {
  it('gives a clause in words no keyword list has the topic the rows that say so teach', () => {
    const { probabilities, known } = learnedTopics(scope('新栽植行道树1200株', '1200株'), MODEL);
    expect(known).toBeGreaterThan(0);
    expect([...probabilities].sort((a, b) => b[1] - a[1])[0]![0]).toBe('environment');
  });
  it('knows nothing of a clause none of whose words it kept', () => {
    expect(learnedTopics(scope('接待游客3.2万人次', '3.2万人次'), MODEL).known).toBe(0);
  });
});
