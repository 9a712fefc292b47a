import { describe, expect, it } from 'vitest';
import { periodOf } from './period.ts';
import { scopeFor } from './scope.fixture.ts';

// Made-up paragraphs: one opening on 其中 breaks down the last sentence of the paragraph before it, over the same span.
const period = (paragraph: string, figure: string, preceding: string) =>
  periodOf({ ...scopeFor(paragraph, figure, { article: { pageYear: 2025 } }), preceding }).period;

describe('a paragraph opening on 其中', () => {
  it('is counted over the span of the paragraph before', () => {
    const before = '1至10月，全县法院共受理各类案件5600件，审结5120件。';
    expect(period('其中，民事案件3100件，涉案金额4.2亿元。', '3100件', before)).toBe('1至10月');
    expect(period('其中，民事案件3100件，涉案金额4.2亿元。', '4.2亿元', before)).toBe('1至10月');
  });

  it('keeps a time of its own, and takes none when the paragraph before gives none', () => {
    const before = '1至10月，全县法院共受理各类案件5600件，审结5120件。';
    expect(period('其中，10月受理案件610件。', '610件', before)).toBe('10月');
    expect(period('其中，民事案件3100件。', '3100件', '全县法院共有员额法官86名。')).toBeUndefined();
  });
});
