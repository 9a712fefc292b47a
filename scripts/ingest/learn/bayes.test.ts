import { describe, expect, it } from 'vitest';
import { posterior, scoringModel, serializeBayes, trainBayes, type Row } from './bayes.ts';

const row = (label: string, group: string, ...words: string[]): Row => ({ label, group, words: new Map(words.map((w) => [w, 1])) });
const ROWS = [
  row('environment', 'p1', '栽植', '行道树', '绿化'),
  row('environment', 'p2', '栽植', '苗木', '绿化'),
  row('education', 'p1', '幼儿园', '学位'),
  row('education', 'p2', '幼儿园', '教师'),
  row('education', 'p3', '教师', '招聘'),
];

describe('trainBayes', () => {
  it('keeps only words seen on two groups or more', () => {
    const model = trainBayes(ROWS);
    expect(Object.keys(model.words)).toEqual(['幼儿园', '教师', '栽植', '绿化']);
    expect(model.groups).toEqual(['p1', 'p2', 'p3']);
    expect(model.labels).toEqual({ education: { rows: 3, mass: 4 }, environment: { rows: 2, mass: 4 } });
  });
  it('rounds weights and leaves out a word whose weight under a label is below minEntry', () => {
    const rows = [...ROWS, { label: 'education', group: 'p3', words: new Map([['绿化', 0.123]]) }];
    expect(trainBayes(rows).words['绿化']).toEqual({ education: 0.12, environment: 2 });
    expect(trainBayes(rows, { minEntry: 1 }).words['绿化']).toEqual({ environment: 2 });
  });
  it('writes the same text for the same rows in any order, and reads back to the same model', () => {
    const text = serializeBayes(trainBayes(ROWS));
    expect(serializeBayes(trainBayes([...ROWS].reverse()))).toBe(text);
    expect(JSON.parse(text)).toEqual(trainBayes(ROWS));
  });
});

describe('posterior', () => {
  const model = scoringModel(trainBayes(ROWS));
  it('goes with the label whose rows carried the words', () => {
    const { probabilities, known } = posterior(model, new Map([['栽植', 1], ['绿化', 0.5]]));
    expect(known).toBe(1.5);
    // (2/5 · (3/8)^1.5) against (3/5 · (1/8)^1.5): 3.46 to 1.
    expect(probabilities.get('environment')).toBeCloseTo(0.776, 3);
  });
  it('knows nothing of words it never kept: the prior alone, and known 0', () => {
    const { probabilities, known } = posterior(model, new Map([['行道树', 1], ['招聘', 1]]));
    expect(known).toBe(0);
    expect(probabilities.get('education')).toBeCloseTo(3 / 5);
  });
});
