import { describe, expect, it } from 'vitest';
import { FEED_ITEMS, feedItems, leadParagraph, plainText, truncate, type FeedSource } from './feed.ts';

// The opening of content/articles/zh/ban-hao-min-sheng-shi-shi-shu-xie.mdx as ingest writes it (seed 000).
const BODY = `
增进民生福祉，擦亮幸福底色。上党区始终把实现好、维护好、发展好最广大人民根本利益作为一切工作的出发点和落脚点。

## 优先发展教育 厚植幸福之本

教育是城市持续发展的基石，也是衡量城市民生幸福指数的标尺。
`;

describe('leadParagraph', () => {
  it('takes the first paragraph of an ingested article', () => {
    expect(leadParagraph(BODY)).toBe('增进民生福祉，擦亮幸福底色。上党区始终把实现好、维护好、发展好最广大人民根本利益作为一切工作的出发点和落脚点。');
  });

  it('skips headings, photo placeholders and ESM lines before the first paragraph', () => {
    const body = '\n<figure class="photo-placeholder"><figcaption>上党区昶龙壹号院项目</figcaption></figure>\n\n## 夯实健康基底 增进幸福成色\n\n“现在我们看病都不用出区了。”\n';
    expect(leadParagraph(body)).toBe('“现在我们看病都不用出区了。”');
    expect(leadParagraph('import X from "./x.ts";\n\n正文')).toBe('正文');
    expect(leadParagraph('')).toBe('');
  });
});

describe('plainText', () => {
  it('undoes what ingest escapes, so the feed shows the text as printed', () => {
    // seed 003: `(试行)》` and a list-like start; escape.ts writes `\\*`, `&#10;`, `{" "}` and `&#105;mport`.
    expect(plainText('1\\. 措施\\(试行\\)》')).toBe('1. 措施(试行)》');
    expect(plainText('投入近200万元\\*')).toBe('投入近200万元*');
    expect(plainText('&#105;mport 数据')).toBe('import 数据');
    expect(plainText('行一&#10;{"  "}行二')).toBe('行一 行二');
    expect(plainText('A&amp;B')).toBe('A&B');
  });

  it('drops the emphasis and link syntax an editor may write', () => {
    expect(plainText('**壶关县**供热达标率超98%，见[报道](https://example.org/x)。')).toBe('壶关县供热达标率超98%，见报道。');
  });
});

describe('truncate', () => {
  it('cuts on characters, not UTF-16 units, and marks the cut', () => {
    expect(truncate('供热管网38.1公里', 5)).toBe('供热管网…');
    expect(truncate('𠀀𠀀𠀀', 2)).toBe('𠀀…');
    expect(truncate('短', 5)).toBe('短');
  });
});

describe('feedItems', () => {
  const article = (over: Partial<FeedSource>): FeedSource => ({
    id: 'min-sheng-wei-ben-xing-fu-sheng-huo',
    title: { text: '民生为本 幸福生活成色足', lang: 'zh' },
    topicTags: [{ label: 'Heating' }, { label: 'Employment' }],
    body: { body: '\n时值寒冬，壶关县处处涌动着暖意。\n' },
    ...over,
  });
  const options = { link: (id: string) => `/sub/en/articles/${id}/`, untranslatedNote: '(in Chinese)' };

  it('links each item to its page under the base, with topics as categories and no date', () => {
    const [item] = feedItems('en', [article({ title: { text: 'People first', lang: 'en' } })], options);
    expect(item).toEqual({
      title: 'People first',
      link: '/sub/en/articles/min-sheng-wei-ben-xing-fu-sheng-huo/',
      description: '时值寒冬，壶关县处处涌动着暖意。',
      categories: ['Heating', 'Employment'],
    });
    expect(item).not.toHaveProperty('pubDate');
  });

  it('says so when an English feed item is still in Chinese, and prefers the deck as description', () => {
    const [item] = feedItems('en', [article({ subtitle: { text: '——上党区用好“七个抓手”', lang: 'zh' } })], options);
    expect(item.title).toBe('民生为本 幸福生活成色足 (in Chinese)');
    expect(item.description).toBe('——上党区用好“七个抓手”');
    expect(feedItems('zh', [article({})], options)[0].title).toBe('民生为本 幸福生活成色足');
  });

  it('holds the newest FEED_ITEMS reports however large the archive, in the order given (newest first)', () => {
    const archive = Array.from({ length: 10_000 }, (_, i) => article({ id: `a${i}` }));
    const items = feedItems('zh', archive, options);
    expect(FEED_ITEMS).toBe(50);
    expect(items).toHaveLength(FEED_ITEMS);
    expect(items.map((i) => i.link)).toEqual(archive.slice(0, FEED_ITEMS).map((a) => options.link(a.id)));
    expect(feedItems('zh', archive.slice(0, 3), options)).toHaveLength(3);
    expect(feedItems('zh', archive, { ...options, limit: 5 })).toHaveLength(5);
  });
});
