import { describe, expect, it } from 'vitest';
import { textWidth } from '../frame/text-measure.ts';
import { layoutTimeline, ROW_GAP, type TimelineInput } from './timeline-layout.ts';

const input: TimelineInput = {
  years: [2023, 2024, 2025],
  places: [
    { place: '壶关县', name: 'Huguan County' },
    { place: '上党区', name: 'Shangdang District' },
  ],
  points: [
    { key: 'a', place: '壶关县', year: 2023, value: 10 },
    { key: 'b', place: '壶关县', year: 2025, value: 40 },
    { key: 'c', place: '上党区', year: 2024, value: 20 },
  ],
  latestText: (place) => (place === '壶关县' ? '40 km' : '20 km'),
};

describe('layoutTimeline', () => {
  for (const variant of ['wide', 'narrow'] as const) {
    it(`places each dot at its year and value, one value scale for every row (${variant})`, () => {
      const L = layoutTimeline(input, variant);
      expect(L.rows.map((r) => r.place)).toEqual(['壶关县', '上党区']);
      const [huguan, shangdang] = L.rows;
      expect(huguan!.dots.map((d) => d.key)).toEqual(['a', 'b']);
      // Later years further right; a larger value higher up (smaller y) in both rows alike.
      expect(huguan!.dots[0]!.cx).toBeLessThan(shangdang!.dots[0]!.cx);
      expect(shangdang!.dots[0]!.cx).toBeLessThan(huguan!.dots[1]!.cx);
      expect(huguan!.dots[1]!.cy).toBeLessThan(shangdang!.dots[0]!.cy);
      expect(shangdang!.dots[0]!.cy).toBeLessThan(huguan!.dots[0]!.cy);
      expect(huguan!.line).toBe(`${huguan!.dots[0]!.cx},${huguan!.dots[0]!.cy} ${huguan!.dots[1]!.cx},${huguan!.dots[1]!.cy}`);
      expect(shangdang!.line).toBe('');
      expect(huguan!.latest!.text).toBe('40 km');
      // Everything inside the picture.
      for (const r of L.rows) for (const d of r.dots) expect(d.cx).toBeLessThan(L.width);
      expect(L.years.map((y) => y.text)).toEqual(['2023', '2024', '2025']);
      expect(L.height).toBeGreaterThan(L.rows.at(-1)!.y + 40);
      expect(L.scale.domain[1]).toBeGreaterThanOrEqual(40);
    });
  }

  it('keeps a row\'s smallest dot clear of the next row\'s name (a dot on the zero line read as the row below\'s)', () => {
    const small = { ...input, points: [{ key: 'z', place: '壶关县', year: 2025, value: 0 }, ...input.points.slice(1)] };
    for (const variant of ['wide', 'narrow'] as const) {
      const L = layoutTimeline(small, variant);
      const [huguan, shangdang] = L.rows;
      const dot = huguan!.dots.find((d) => d.key === 'z')!;
      expect(dot.cy).toBe(huguan!.baseline);
      // The dot's bottom (radius 5) and the next row's name (its text top about one font size above its baseline).
      const nextNameTop = shangdang!.y + shangdang!.name.y - L.fontSize;
      expect(nextNameTop - (huguan!.y + dot.cy + 5)).toBeGreaterThanOrEqual(ROW_GAP - 5);
      expect(huguan!.height - huguan!.baseline).toBe(ROW_GAP);
    }
  });

  it('uses a log scale when values are more than 50 times apart', () => {
    const far = { ...input, points: [...input.points, { key: 'd', place: '上党区', year: 2025, value: 100_000 }] };
    expect(layoutTimeline(far, 'wide').scale.log).toBe(true);
  });

  it('labels every second year, the latest always, when twelve years do not fit at phone width', () => {
    const years = Array.from({ length: 12 }, (_, i) => 2014 + i);
    const L = layoutTimeline({ ...input, years }, 'narrow');
    expect(L.years.map((y) => y.text)).toEqual(['2015', '2017', '2019', '2021', '2023', '2025']);
    expect(layoutTimeline({ ...input, years }, 'wide').years).toHaveLength(12);
  });

  // A value cut to `约500万平方…` or `more than 200 char…` told the reader nothing: the latest value is written
  // whole, beside the name when both fit on one line, else on a line of its own that makes the row taller.
  it('writes each row\'s latest value whole, beside the name or under it, never past the edge', () => {
    const long = 'more than 2,800 charging piles';
    const texts: TimelineInput = { ...input, latestText: (place) => (place === '壶关县' ? '约500万平方米' : long) };
    for (const variant of ['wide', 'narrow'] as const) {
      const L = layoutTimeline(texts, variant);
      const [huguan, shangdang] = L.rows;
      expect(huguan!.latest!.text).toBe('约500万平方米');
      expect(shangdang!.latest!.text).toBe(long);
      for (const r of L.rows) {
        const w = textWidth(r.latest!.text, L.smallFontSize);
        const [from, to] = r.latest!.anchor === 'end' ? [r.latest!.x - w, r.latest!.x] : [r.latest!.x, r.latest!.x + w];
        expect(from).toBeGreaterThanOrEqual(0);
        expect(to).toBeLessThanOrEqual(L.width);
        // Its dots stay below its text and above the next row.
        for (const d of r.dots) {
          expect(d.cy).toBeGreaterThan(r.latest!.y);
          expect(d.cy).toBeLessThan(r.height);
        }
      }
      expect(shangdang!.y).toBe(huguan!.height);
      expect(L.height).toBeGreaterThan(shangdang!.y + shangdang!.height);
    }
    const wide = layoutTimeline(texts, 'wide').rows[1]!;
    const narrow = layoutTimeline(texts, 'narrow').rows[1]!;
    expect(wide.latest!.anchor).toBe('end');
    expect(narrow.latest!.anchor).toBe('start');
    expect(narrow.height).toBeGreaterThan(wide.height);
  });
});
