// Articles as describe + ids hand them to emit, built by hand from the real seeds (texts copied from
// seeds/*.txt; `source` holds raw block indices on the page).

import type { IngestedArticle, BodyNode } from '../types.ts';

export const SEED_001 = '001_8b22fcf75f3261b3.txt';
export const SEED_004 = '004_a812ed2dff4125be.txt';

function heading(text: string, level: 2 | 3 | 4, source: number): BodyNode {
  return { kind: 'heading', level, text, source: [source] };
}

function paragraph(text: string, source: number): BodyNode {
  return { kind: 'paragraph', text, source: [source] };
}

function caption(text: string, source: number): BodyNode {
  return { kind: 'caption', text, source: [source] };
}

/** Seed 004: the report continued from page one, with a section, a subsection and their paragraphs. */
export const livelihood004: IngestedArticle = {
  id: 'ba-minsheng-yuanjing-huicheng-xingfu-shijing',
  title: '把民生愿景绘成幸福实景',
  titleFrom: 'headline',
  lang: 'zh',
  kind: 'article',
  year: 2026,
  regions: ['长治市', '潞城区'],
  topics: ['employment', 'health'],
  captions: [],
  continued: { from: '第一版' },
  source: { seed: SEED_004, blocks: [0, 9] },
  body: [
    paragraph('政府搭“桥”，让企业和求职者收获满满。', 2),
    paragraph(
      '公益性零工市场实现县县全覆盖，为企业和求职者搭建供需桥梁；全市2737个街道(乡镇)、社区(村)就业社保服务点40项服务工作全面试运行，就业社保服务落地见效；制定出台《长治市促进高校毕业生就业创业工作的26条措施》，',
      5,
    ),
    heading('健康长治 百姓尽享优质医疗资源', 2, 6),
    paragraph(
      '从大医院排长队到家门口名医看病，从跑上跑下看结果到医学检验、医学影像和心电图数据互联互通，从“治已病”到“治未病”……群众日益便捷的就医体验映射出的是我市卫生健康事业大踏步前进取得的新成效。',
      7,
    ),
    heading('远程医疗畅通百姓就医路径', 3, 8),
    heading('让群众“看上病、看好病”，医疗“服务网”更完善', 4, 9),
    paragraph('家住潞城区翟店街道贾村的李巧兰患糖尿病10多年。', 10),
  ],
  warnings: [
    {
      code: 'missing-text',
      blocks: [5, 6],
      message: 'text may be missing between blocks 5 and 6: the paragraph ends with ，',
    },
  ],
};

/** Seed 001: a photo with its caption and credit, under the page's series kicker (which holds a `|`). */
export const photoNews001: IngestedArticle = {
  id: 'luzhou-huaihai-shequ-chunjie-weiwen',
  title: '潞州区淮海社区开展春节慰问活动',
  titleFrom: 'inferred',
  kicker: '发扬“四敢”精神 推动长治高质量发展 | 基层实践',
  lang: 'zh',
  kind: 'photo-news',
  byline: '本报记者 姚晋华',
  regions: ['潞州区'],
  topics: [],
  captions: [
    '1月24日，潞州区淮海社区联合平顺麦丰农业电子商务有限公司、长青八班企业家联合开展春节慰问活动，为辖区环卫工人、网格员、困难群众等送去蔬菜等慰问品，表达对他们的新春祝福。',
  ],
  source: { seed: SEED_001, blocks: [35, 35] },
  body: [
    caption(
      '1月24日，潞州区淮海社区联合平顺麦丰农业电子商务有限公司、长青八班企业家联合开展春节慰问活动，为辖区环卫工人、网格员、困难群众等送去蔬菜等慰问品，表达对他们的新春祝福。',
      35,
    ),
  ],
  warnings: [],
};

/** An article with one heading, paragraph and caption of the given texts, for rendering them. */
export function articleWith(texts: { heading: string; paragraph: string; caption: string }): IngestedArticle {
  return {
    ...livelihood004,
    body: [
      heading(texts.heading, 2, 1),
      paragraph(texts.paragraph, 2),
      caption(texts.caption, 3),
      paragraph('政府搭“桥”，让企业和求职者收获满满。', 4),
    ],
  };
}
