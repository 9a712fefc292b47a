// Pairing gold and produced articles from sure to loose: a title, then opening words, then one title inside
// the other, then a phrase of the body; each produced article is used once and the rest is junk.
import { describe, expect, it } from 'vitest';
import { parseGold } from './gold.ts';
import { pairArticles } from './match.ts';
import type { ProducedArticle } from './produced.ts';

const gold = parseGold(
  `
articles:
  - {title: 黎城县：“幸福院”里暖意浓, lang: zh, kind: article, year: 2025, regions: [], starts: 上午10点，黎城县西井镇}
  - {title: 屯留区开展冬季供暖安全检查, lang: zh, kind: news, year: 2025, regions: [], contains: [排查整改隐患23处]}
  - {untitled: true, lang: zh, kind: photo-news, year: 2025, regions: [], starts: 8月1日，屯留区余吾镇}
`,
  'pairs.gold.yaml',
).articles;

function produced(title: string, first: string, titleFrom = 'headline'): ProducedArticle {
  return { title, titleFrom, lang: 'zh', kind: 'article', regions: [], topics: [], captions: [], body: [{ kind: 'paragraph', text: first }], figures: [] };
}

describe('pairArticles', () => {
  it('pairs by title first, by opening words for an untitled piece, and leaves the rest as junk', () => {
    const result = pairArticles(gold, [
      produced('8月1日，屯留区余吾镇…', '8月1日，屯留区余吾镇北张村的村民正在采摘辣椒。', 'inferred'),
      produced('屯留区开展冬季供暖安全检查', '入冬以来，屯留区住建局共排查整改隐患23处。'),
      produced('黎城县：“幸福院”里暖意浓', '上午10点，黎城县西井镇仟仵村。'),
      produced('本报记者 秦晓燕', '在这儿吃住都不花钱。'),
    ]);
    expect(result.gold).toEqual([
      { produced: 2, by: 'title' },
      { produced: 1, by: 'title' },
      { produced: 0, by: 'starts' },
    ]);
    expect(result.junk).toEqual([3]);
  });

  it('finds a headline glued to its kicker, and an article whose title was lost by a phrase of its body', () => {
    const result = pairArticles(gold, [
      produced('百姓身边 黎城县：“幸福院”里暖意浓', '“在这儿吃住都不花钱。”'),
      produced('入冬以来…', '入冬以来，屯留区住建局共检查换热站47座，排查整改隐患23处。', 'inferred'),
    ]);
    expect(result.gold.map((p) => p?.by)).toEqual(['title-overlap', 'contains', undefined]);
    expect(result.junk).toEqual([]);
  });

  it('does not take a made-up title for a printed one', () => {
    const result = pairArticles(gold, [produced('屯留区开展冬季供暖安全检查', '别的文字。', 'inferred')]);
    expect(result.gold[1]?.by).toBe('title-overlap');
  });
});
