import { describe, expect, it } from 'vitest';
import { chineseStops, excerptCuts, excerptRuns } from './excerpt.ts';

describe('excerptRuns', () => {
  it('splits an excerpt into plain and marked runs, joining marks Pagefind puts side by side', () => {
    // As Pagefind returns it for 托育 on ba-min-sheng-yuan-jing-hui-cheng: one mark per character.
    const html = '有备案<mark>托</mark><mark>育</mark>机构77家';
    expect(excerptRuns(html)).toEqual([
      { text: '有备案', marked: false },
      { text: '托育', marked: true },
      { text: '机构77家', marked: false },
    ]);
  });

  it('turns escaped text back into characters, never into markup', () => {
    const runs = excerptRuns('value &lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>heating</mark>');
    expect(runs[0]).toEqual({ text: 'value <script>alert(1)</script> & ', marked: false });
    expect(runs[1]).toEqual({ text: 'heating', marked: true });
  });

  it('drops any other tag but keeps its text', () => {
    expect(excerptRuns('<b>供热</b>管网')).toEqual([{ text: '供热管网', marked: false }]);
  });

  it('gives nothing for an empty excerpt', () => {
    expect(excerptRuns('')).toEqual([]);
  });
  it('writes the joint Pagefind puts between a Chinese heading and its text as 。, leaving English alone', () => {
    expect(excerptRuns('长治推进<mark>供热</mark>改造. 今年新建管网')).toEqual([
      { text: '长治推进', marked: false },
      { text: '供热', marked: true },
      { text: '改造。今年新建管网', marked: false },
    ]);
    expect(chineseStops('Heating. This year 38.1 km')).toBe('Heating. This year 38.1 km');
    expect(chineseStops('“温暖”. 壶关')).toBe('“温暖”。壶关');
    expect(chineseStops('助力文博事业发展. 1月26日')).toBe('助力文博事业发展。1月26日');
    expect(chineseStops('in 壶关. 2024 was')).toBe('in 壶关. 2024 was');
  });

  it('writes the joint as 。 where a matched word stands right after or before it', () => {
    expect(excerptRuns('指标 · 供热. <mark>供热</mark>面积').map((r) => r.text)).toEqual(['指标 · 供热。', '供热', '面积']);
    expect(excerptRuns('推进<mark>供热</mark>. 今年').map((r) => r.text)).toEqual(['推进', '供热', '。今年']);
    expect(excerptRuns('<mark>Heating</mark>. <mark>This</mark> year').map((r) => r.text)).toEqual(['Heating', '. ', 'This', ' year']);
  });
});

describe('marks without their punctuation', () => {
  it('leaves the punctuation Pagefind marks with an English word outside the mark', () => {
    expect(excerptRuns('<mark>Heating.</mark> This year')).toEqual([
      { text: 'Heating', marked: true },
      { text: '. This year', marked: false },
    ]);
    expect(excerptRuns('the “<mark>(heating),</mark>” network').map((r) => [r.text, r.marked])).toEqual([
      ['the “(', false],
      ['heating', true],
      ['),” network', false],
    ]);
  });

  it('keeps a percent sign with its number, and a mark that is all punctuation as it is', () => {
    expect(excerptRuns('rose <mark>40%</mark>')).toEqual([
      { text: 'rose ', marked: false },
      { text: '40%', marked: true },
    ]);
    expect(excerptRuns('a <mark>—</mark> b').map((r) => r.marked)).toEqual([false, true, false]);
  });
});

describe('excerptCuts', () => {
  const content = 'Heating. This year the city laid 38.1 km of pipe, and 12 schools were heated. Next year more.';

  it('says the excerpt cuts a sentence where text before it does not end one, or it does not end one itself', () => {
    expect(excerptCuts('the city laid 38.1 km of <mark>pipe,</mark> and', content)).toEqual({ before: true, after: true });
  });

  it('gives no cut at a sentence edge or at the text edge', () => {
    expect(excerptCuts('This year the city laid 38.1 km', content)).toEqual({ before: false, after: true });
    expect(excerptCuts('<mark>Heating.</mark> This year', content)).toEqual({ before: false, after: true });
    expect(excerptCuts('and 12 schools were heated.', content)).toEqual({ before: true, after: false });
    expect(excerptCuts('Next year more.', content)).toEqual({ before: false, after: false });
  });

  it('reads Chinese stops and spacing as Pagefind joins the words (whitespace runs as one space)', () => {
    const zh = '长治推进供热. 今年新建管网38.1公里，\n 改造老旧小区12个。明年继续';
    expect(excerptCuts('今年新建<mark>管网</mark>38.1公里，', zh)).toEqual({ before: false, after: true });
    expect(excerptCuts('管网38.1公里， 改造老旧小区12个。', zh)).toEqual({ before: true, after: false });
    expect(excerptCuts('&lt;b&gt;', 'a &lt;b&gt; c'.replace(/&lt;/g, '<').replace(/&gt;/g, '>'))).toEqual({ before: true, after: true });
  });

  it('reads a Latin stop before a number or a small letter as inside the sentence (No. 1, approx. two)', () => {
    const text = 'Changzhi No. 1 Middle School grew approx. two thirds. Then 2025 came.';
    expect(excerptCuts('1 Middle <mark>School</mark> grew', text).before).toBe(true);
    expect(excerptCuts('two thirds.', text).before).toBe(true);
    expect(excerptCuts('Then 2025 came.', text).before).toBe(false);
  });

  it('gives no cut for an excerpt not in the text', () => {
    expect(excerptCuts('something else', content)).toEqual({ before: false, after: false });
  });
});
