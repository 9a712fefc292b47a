// Lines opened by a dash under a lead-in (`具体进展如下：` / `——新建城乡公交首末站2座，…；` / …): items of a list of
// the running text, each ended by its semicolon, not decks (blocks.ts shapeOf). A deck ends without a mark. The lines are
// made up in the form a 民生实事 progress report prints.
import { describe, expect, it } from 'vitest';
import { classifyBlocks } from './blocks.ts';

const kinds = (raw: string[]) => classifyBlocks(raw).map((b) => b.kind);

describe('dash lines ended by a semicolon', () => {
  it('are items of running text under the lead-in, not decks', () => {
    const page = ['某区民生实事进展过半', '本报讯（记者 王 敏）12月15日，记者从区政府办获悉，今年确定的民生实事已完成9件。具体进展如下：', '——新建城乡公交首末站2座，开通定制专线5条；', '——改造换热站11座，更换老化管道9.6公里；', '——新建托育园2所，提供托位160个。'];
    expect(kinds(page)).toEqual(['headline', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('leave a dashed subtitle under its headline a deck', () => {
    expect(kinds(['某区民生实事进展过半', '——全区12件民生实事已完成9件', '本报记者 王 敏', '12月15日，记者从区政府办获悉，今年确定的民生实事已完成9件。'])[1]).toBe('deck');
  });
});
