import { describe, expect, it } from 'vitest';
import { excerptRuns } from './excerpt.ts';

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
});
