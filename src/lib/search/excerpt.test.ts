import { describe, expect, it } from 'vitest';
import { chineseStops, excerptRuns } from './excerpt.ts';

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
