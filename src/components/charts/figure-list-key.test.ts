// figureListKey: one key per list of the same records in the same order, whatever their values.
import { describe, expect, it } from 'vitest';
import type { FigureRecord } from '../../domain/figure.ts';
import { figureListKey } from './figure-list-key.ts';

const record = (value: number) => ({ value }) as unknown as FigureRecord;

describe('figureListKey', () => {
  const a = record(1);
  const b = record(1);
  it('gives the same records in the same order the same key', () => {
    expect(figureListKey([a, b], 'zh')).toBe(figureListKey([a, b], 'zh'));
  });
  it('tells records apart by identity, not value, and by order and extra', () => {
    expect(figureListKey([a])).not.toBe(figureListKey([b]));
    expect(figureListKey([a, b])).not.toBe(figureListKey([b, a]));
    expect(figureListKey([a], 'zh')).not.toBe(figureListKey([a], 'en'));
  });
});
