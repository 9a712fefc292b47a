// A web copy's summary under its label (`核心提示：…`, `摘要：…`) between a piece's headline and its text (segment.ts,
// structure/copy-chrome.ts isSummary): the text opens under it, a 本网讯 item too, in the same article; the byline and the
// kind are read from the text, not the summary. Lines made up in that form.
import { describe, expect, it } from 'vitest';
import { describe as describeSegment } from './describe.ts';
import { structurePage } from './segment.ts';

const HEAD = '某县：28个小区通上天然气';
const ITEM = '本网讯（记者 王某）12月2日，记者从某县住建局了解到，今年全县28个老旧小区通上了天然气，惠及居民3100户。';
const MORE = '县住建局负责人介绍，明年还将为15个小区接通天然气。';

describe('a summary under its label over the text', () => {
  it('stays with the 本网讯 item under it, past the copy’s keyword lines', () => {
    for (const label of ['核心提示：', '摘要：', '【内容提要】']) {
      const page = [HEAD, `${label}某县今年为28个老旧小区接通天然气。`, '关键词：天然气　老旧小区', ITEM, MORE].join('\n\n');
      const { segments } = structurePage(page);
      expect(segments).toHaveLength(1);
      const draft = describeSegment(segments[0]!, '某县.txt');
      expect([draft.kind, draft.byline]).toEqual(['news', '本网讯（记者 王某）']);
    }
  });

  it('a paragraph that only opens with the word is text: the item under it is one of its own', () => {
    const page = [HEAD, '摘要显示，某县今年为28个老旧小区接通天然气。', ITEM, MORE].join('\n\n');
    expect(structurePage(page).segments).toHaveLength(2);
  });
});
