// A bare total in a clause of its own (label-sum.ts), read through labelOf on made-up sentences.
import { describe, expect, it } from 'vitest';
import { label } from './label.fixture.ts';

describe('labelOf, a bare total after the clause that names what it sums', () => {
  it('is of the noun phrase closing the clause before', () => {
    expect(label('县政府日前公布了今年的重点民生工程，共15件，总投资9.6亿元。', '15件')).toBe('重点民生工程');
    expect(label('今年，镇里谋划了一批农业产业项目，共计28个。', '28个')).toBe('农业产业项目');
  });

  it('leaves a total whose clause names what it counts', () => {
    expect(label('县政府日前公布了今年的重点项目，共涉及民生工程15件。', '15件')).toContain('民生工程');
  });
});
