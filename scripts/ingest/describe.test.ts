import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import { describe } from './describe.ts';
import {
  block,
  childcareSection004,
  commentary001,
  conscriptionNews001,
  continuedReport001,
  continuedReport004,
  huguanReport002,
  photoNews001,
  SEED_001,
  SEED_002,
  SEED_004,
  shangdangReport001,
} from './describe/seed-fixtures.ts';
import { ARTICLE_KINDS } from '../../src/domain/article.ts';
import { TOPICS } from '../../src/domain/topics.ts';
import { findPlace } from '../../src/domain/places/gazetteer.ts';
import type { Block, BlockKind, Segment } from './types.ts';

group('describe: titles', () => {
  it('takes title and kicker from the headline group', () => {
    const draft = describe(shangdangReport001, SEED_001);
    expect(draft.title).toBe('上党区聚焦民生“关键小事”提升群众幸福指数');
    expect(draft.titleFrom).toBe('headline');
    expect(draft.kicker).toBe('发扬“四敢”精神 推动长治高质量发展 | 基层实践');
    expect(draft.subtitle).toBeUndefined();
    expect(draft.warnings).toEqual([]);
  });

  it('takes the deck as subtitle without its leading dash, and joins kickers', () => {
    const segment: Segment = {
      blocks: [
        block('headline', '全面深化改革 奋进“四宜”上党', 4),
        block('deck', '——上党区用好“七个抓手”勇毅奔赴高质量发展新征程', 5),
        block('kicker', '展新貌 开新局', 6),
        block('kicker', '向人民报告', 7),
      ],
    };
    const draft = describe(segment, '003_09576779ea83b2fd.txt');
    expect(draft.title).toBe('全面深化改革 奋进“四宜”上党');
    expect(draft.subtitle).toBe('上党区用好“七个抓手”勇毅奔赴高质量发展新征程');
    expect(draft.kicker).toBe('展新貌 开新局 向人民报告');
  });

  it('infers a photo news title from its whole first clause, without the date', () => {
    const draft = describe(photoNews001, SEED_001, 2024);
    expect(draft.kind).toBe('photo-news');
    expect(draft.titleFrom).toBe('inferred');
    expect(draft.title).toBe('潞州区淮海社区联合平顺麦丰农业电子商务有限公司、长青八班企业家联合开展春节慰问活动');
    expect(draft.warnings).toEqual([expect.objectContaining({ code: 'untitled', blocks: [35] })]);
  });

  it('titles a continued report without headline by its first section heading', () => {
    const draft = describe(continuedReport001, SEED_001);
    expect(draft.title).toBe('加强组织引导 发挥党员优势');
    expect(draft.titleFrom).toBe('inferred');
    expect(draft.warnings.map((w) => w.code)).toEqual(['untitled']);
    expect(draft.continued).toEqual({ from: '第一版' });
  });

  it('falls back to the first sentence when a headless piece has no heading', () => {
    const segment: Segment = { continued: { from: '第一版' }, blocks: continuedReport001.blocks.slice(0, 3) };
    const draft = describe(segment, SEED_001);
    expect(draft.title).toBe('村民在家门口就业，一个月能有3000元左右的收入');
  });
});

group('describe: bylines', () => {
  it('takes a ·name· byline block', () => {
    expect(describe(shangdangReport001, SEED_001).byline).toBe('白雪峰');
  });

  it('takes a bracketed byline block', () => {
    expect(describe(continuedReport001, SEED_001).byline).toBe('人民日报记者 郑洋洋');
  });

  it('takes a bare pen name', () => {
    expect(describe(commentary001, SEED_001).byline).toBe('桑梓');
  });

  it('takes the 本报讯 byline of the first paragraph, as printed', () => {
    expect(describe(conscriptionNews001, SEED_001).byline).toBe('本报讯 记者史晓萍');
  });

  it('takes a photo credit', () => {
    expect(describe(photoNews001, SEED_001).byline).toBe('本报记者 姚晋华 摄');
  });
});

group('describe: kind', () => {
  it('tells news, photo news, commentary and articles apart', () => {
    expect(describe(conscriptionNews001, SEED_001).kind).toBe('news');
    expect(describe(photoNews001, SEED_001).kind).toBe('photo-news');
    expect(describe(commentary001, SEED_001).kind).toBe('commentary');
    expect(describe(shangdangReport001, SEED_001).kind).toBe('article');
    expect(describe(continuedReport001, SEED_001).kind).toBe('article');
  });

  it('calls a short headless box after the page lead a sidebar, but not the page lead itself', () => {
    const box: Segment = { blocks: commentary001.blocks.filter((b) => b.kind === 'paragraph') };
    expect(describe(box, SEED_001, undefined, { index: 3 }).kind).toBe('sidebar');
    expect(describe(box, SEED_001).kind).toBe('sidebar');
    expect(describe(box, SEED_001, undefined, { index: 0 }).kind).toBe('article');
    expect(describe(box, SEED_001).title).toBe('涓涓细流，汇成壮阔的大海');
  });
});

group('describe: body, captions, source', () => {
  it('leaves headline group, furniture, kicker and byline out of the body and keeps reading order', () => {
    const draft = describe(huguanReport002, SEED_002);
    const texts = draft.body.map((n) => n.text);
    for (const out of ['聚焦', '2026', '两会特刊', '谋好篇 布好局', '民生为本 幸福生活成色足', '壶关县精准施策织密织牢民生保障网']) {
      expect(texts).not.toContain(out);
    }
    expect(draft.body.map((n) => n.kind)).toEqual(['paragraph', 'heading', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'caption']);
    expect(draft.body[1]).toEqual({ kind: 'heading', level: 2, text: '集中供热连民心 寒冬暖流润万家', source: [8] });
    expect(draft.captions).toEqual(['供热隔压站']);
    expect(draft.title).toBe('民生为本 幸福生活成色足');
    expect(draft.subtitle).toBe('壶关县精准施策织密织牢民生保障网');
    expect(draft.kicker).toBe('谋好篇 布好局 履职尽责为人民');
  });

  it('gives headings their levels: subheadings 3, or 4 under a level-3 heading, dashes dropped', () => {
    const headings = describe(continuedReport004, SEED_004)
      .body.filter((n) => n.kind === 'heading')
      .map((n) => (n.kind === 'heading' ? [n.level, n.text] : []));
    expect(headings).toEqual([
      [2, '健康长治 百姓尽享优质医疗资源'],
      [3, '远程医疗畅通百姓就医路径'],
      [4, '让群众“看上病、看好病”，医疗“服务网”更完善'],
      [2, '普惠长治 幼有善育托举明天的希望'],
      [3, '普惠，扩大服务供给'],
      [3, '提质，涌现新型业态'],
    ]);
  });

  it('spans the raw blocks of every block, joined ones included, and excludes continuation marks from the body', () => {
    const draft = describe(continuedReport004, SEED_004);
    expect(draft.source).toEqual({ seed: SEED_004, blocks: [0, 52] });
    expect(draft.body.some((n) => n.text.includes('上接'))).toBe(false);
    const joined = describe({ blocks: childcareSection004 }, SEED_004).body.at(-1);
    expect(joined?.source).toEqual([29, 30]);
  });
});

group('describe: regions, topics, year', () => {
  it('tags a county report by its county and its topics, heating first', () => {
    const draft = describe(huguanReport002, SEED_002);
    expect(draft.regions).toEqual(['壶关县']);
    expect(draft.topics[0]).toBe('heating');
    expect(draft.year).toBe(2025);
  });

  it('tags city news as 长治市 and takes the page year for a date without year', () => {
    const draft = describe(conscriptionNews001, SEED_001, 2024);
    expect(draft.regions).toEqual(['长治市']);
    expect(draft.topics).toEqual(['public-safety']);
    expect(draft.year).toBe(2024);
    expect(describe(conscriptionNews001, SEED_001).year).toBeUndefined();
  });

  it('lists city, counties and towns (county+town) of a city-wide report in order of appearance', () => {
    expect(describe(continuedReport001, SEED_001).regions).toEqual(['长治市', '潞城区', '潞城区史回镇', '沁县', '沁县沁州黄镇']);
    expect(describe(continuedReport004, SEED_004).regions).toEqual(['长治市', '潞城区', '长子县', '潞城区翟店街道', '潞州区']);
  });

  it('does not tag a photo by the home county of a company it names', () => {
    expect(describe(photoNews001, SEED_001).regions).toEqual(['潞州区']);
  });

  it('gives a county paper’s report that names no place its county, not a commentary or an interview in general words', () => {
    const wuxiang = findPlace('武乡县')!;
    const report: Segment = {
      blocks: [block('headline', '纪念馆暑期迎客流高峰', 0), block('paragraph', '本报讯 进入暑期，八路军太行纪念馆迎来参观高峰，日均接待游客1.2万人次。', 1)],
    };
    expect(describe(report, SEED_001, 2025, undefined, wuxiang).regions).toEqual(['武乡县']);
    expect(describe(commentary001, SEED_001, 2025, undefined, wuxiang).kind).toBe('commentary');
    expect(describe(commentary001, SEED_001, 2025, undefined, wuxiang).regions).toEqual([]);
    const voices: Segment = {
      blocks: [
        block('headline', '“小课桌”连着大民生', 0),
        block('byline', '本报记者 李珂 整理', 1),
        block('paragraph', '记者：学生午餐怎么解决？', 2),
        block('paragraph', '家长代表张丽萍：以前孩子中午只能在校门口小饭桌吃，现在学校食堂每餐两荤两素。', 3),
        block('paragraph', '记者：对学校还有哪些期待？', 4),
        block('paragraph', '家长代表郭建军：希望多开一些体育和艺术课，让孩子全面发展。', 5),
      ],
    };
    expect(describe(voices, SEED_001, 2025, undefined, wuxiang).kind).toBe('interview');
    expect(describe(voices, SEED_001, 2025, undefined, wuxiang).regions).toEqual([]);
    // Near misses: a commentary that says 我县, an interview that names its county, are the county's.
    const ours: Segment = {
      blocks: commentary001.blocks.map((b, i) => (i === 4 ? block('paragraph', '回望过去的一年，我县新建村级养老服务站12个，我们接续奋斗，砥砺前行。', b.source) : b)),
    };
    expect(describe(ours, SEED_001, 2025, undefined, wuxiang).kind).toBe('commentary');
    expect(describe(ours, SEED_001, 2025, undefined, wuxiang).regions).toEqual(['武乡县']);
    const named: Segment = { blocks: voices.blocks.map((b, i) => (i === 3 ? block('paragraph', '家长代表张丽萍：武乡县实验小学的食堂每餐两荤两素。', 3) : b)) };
    expect(describe(named, SEED_001, 2025, undefined, wuxiang).regions).toEqual(['武乡县']);
  });

  it('gives no home county to a box of advice told as points or questions answered, naming no place', () => {
    const wuxiang = findPlace('武乡县')!;
    const tips: Segment = {
      blocks: [block('headline', '健康提示', 0), block('paragraph', '冬季老年人防病，要做到“三注意”：\n1.注意保暖，外出戴好帽子；\n2.注意饮食清淡，多喝温水；\n3.注意按时服药。', 1)],
    };
    expect(describe(tips, SEED_001, 2025, { index: 3 }, wuxiang).kind).toBe('sidebar');
    expect(describe(tips, SEED_001, 2025, { index: 3 }, wuxiang).regions).toEqual([]);
    // Near misses: a reminder in a sentence to the paper's readers, and points that name the county's own office.
    const reminder: Segment = { blocks: [block('headline', '温馨提示', 0), block('paragraph', '近期气温骤降，请广大群众使用电暖器时注意通风，外出时及时断电断气。', 1)] };
    expect(describe(reminder, SEED_001, 2025, { index: 3 }, wuxiang).kind).toBe('sidebar');
    expect(describe(reminder, SEED_001, 2025, { index: 3 }, wuxiang).regions).toEqual(['武乡县']);
    const office: Segment = { blocks: [block('headline', '健康提示', 0), block('paragraph', '1.注意保暖；\n2.身体不适可到县人民医院就诊。', 1)] };
    expect(describe(office, SEED_001, 2025, { index: 3 }, wuxiang).regions).toEqual(['武乡县']);
  });

  it('reads the place an author is signed by as the text’s, not a reporter’s or an outlet’s', () => {
    const essay = (byline: string): Segment => ({
      blocks: [block('headline', '我家的三次“搬家”', 0), block('byline', byline, 1), block('paragraph', '小时候，我家住在土坯房里。去年，我们搬进了新楼房，步行5分钟就到卫生服务站。', 2)],
    });
    expect(describe(essay('黎城县黎侯镇 李秋兰'), SEED_001, 2025).regions).toEqual(['黎城县', '黎城县黎侯镇']);
    expect(describe(essay('潞城区店上镇中心学校五年级 李欣怡 指导教师 郭 芳'), SEED_001, 2025).regions).toEqual(['潞城区', '潞城区店上镇']);
    // Near misses: a reporter's, a correspondent's or an outlet's byline names no place of the text.
    expect(describe(essay('本报记者 王 某'), SEED_001, 2025).regions).toEqual([]);
    expect(describe(essay('武乡县融媒体中心 韩 斌'), SEED_001, 2025).regions).toEqual([]);
    expect(describe(essay('黎城县委宣传部通讯员 李 某'), SEED_001, 2025).regions).toEqual([]);
  });

  it('reads no place from an expert signed by unit and title over general advice or an opinion (finding #25)', () => {
    const piece = (title: string, byline: string, text: string): Segment => ({
      blocks: [block('headline', title, 0), block('byline', byline, 1), block('paragraph', text, 2)],
    });
    const tips = '冬季气温低，血管容易收缩，老年人要注意保暖，按时服药，坚持适量运动。';
    const opinion = '民生实事办得好不好，群众最有发言权。要把群众的“需求清单”变成“满意清单”。';
    expect(describe(piece('冬季如何预防心脑血管疾病', '沁县人民医院心内科 王 某', tips), SEED_001, 2025).regions).toEqual([]);
    expect(describe(piece('让“民生实事”更实更暖', '潞州区委党校 李 某', opinion), SEED_001, 2025).regions).toEqual([]);
    expect(describe(piece('让“民生实事”更实更暖', '长治学院教授 李 某', opinion), SEED_001, 2025).regions).toEqual([]);
    // Near misses: a text that speaks from its author's place, and a body's reply, read the byline's place.
    expect(describe(piece('我们村的新路', '武乡县丰州镇 王 某', '我们村的路修好了，下雨天再也不怕出门了。'), SEED_001, 2025).regions).toEqual(['武乡县', '武乡县丰州镇']);
    expect(describe(piece('关于增设公交站点的建议的答复', '襄垣县交通运输局', '您提出的建议收悉。经研究，拟于明年增设站点。'), SEED_001, 2025).regions).toEqual(['襄垣县']);
  });

  it('gives a piece that names no place the place of the body whose 供稿 credit it prints', () => {
    const box = (lines: string[], credit: string): Segment => ({
      blocks: [block('headline', '政策问答', 0), ...lines.map((l, i) => block('paragraph', l, i + 1)), block('byline', credit, 9)],
    });
    const qa = ['问：非本科学历的技术工人能申请吗？', '答：可以，持高级工证书的可按技能人才申请。', '问：租期最长多久？', '答：首次签约最长3年。'];
    expect(describe(box(qa, '（高新区人才服务中心供稿）'), SEED_001, 2025, { index: 2 }).regions).toEqual(['长治高新技术产业开发区']);
    expect(describe(box(qa, '（襄垣县人社局供稿）'), SEED_001, 2025, { index: 2 }).regions).toEqual(['襄垣县']);
    // Near misses: a text that names its own place keeps it; a credit that sends nothing (整理) names none.
    expect(describe(box(['问：潞城区的技术工人能申请吗？', ...qa.slice(1)], '（高新区人才服务中心供稿）'), SEED_001, 2025, { index: 2 }).regions).toEqual(['潞城区']);
    expect(describe(box(qa, '（襄垣县融媒体中心记者 王 某 整理）'), SEED_001, 2025, { index: 2 }).regions).toEqual([]);
  });
});

group('describe: topics from what the article is about (issue 15)', () => {
  it('counts the lead paragraph more than a later one that names another topic as often', () => {
    const b = (kind: BlockKind, text: string, i: number): Block => ({ kind, text, source: [i] });
    const blocks = [
      b('headline', '某县开展系列活动', 0),
      b('paragraph', '近日，某县消防救援大队走进社区开展宣传。', 1),
      b('paragraph', '随后，宣传队走进学校，为学生上了一课。', 2),
    ];
    expect(describe({ blocks }, 'seed.txt').topics[0]).toBe('public-safety');
  });

  it('reads each line of a data box as a fact of its own, weighed like a heading', () => {
    const b = (kind: BlockKind, text: string, i: number): Block => ({ kind, text, source: [i] });
    const box = (lines: string[]) => ({ blocks: [b('headline', '某区年度数据', 0), ...lines.map((t, i) => b('paragraph', t, i + 1))] });
    const topics = describe(box(['● 新增城镇就业 1.26万人', '● 改造老旧小区 46个', '● 新增学位 4680个', '● 家庭医生签约 21.3万人']), 'seed.txt').topics;
    expect(topics).toEqual(expect.arrayContaining(['employment', 'housing', 'education', 'health']));
    // The same words in running text after the lead: a passing mention of 医生 in a paragraph is not a topic.
    const prose = describe(box(['近日，某区召开年度总结会。', '今年全区新增城镇就业1.26万人，改造老旧小区46个，新增学位4680个，家庭医生签约21.3万人。']), 'seed.txt').topics;
    expect(prose).not.toContain('health');
  });
});

const BLOCK_KINDS: BlockKind[] = [
  'headline', 'deck', 'kicker', 'heading', 'subheading', 'paragraph', 'caption', 'byline', 'continuation', 'furniture',
];

const arbitraryBlock: fc.Arbitrary<Block> = fc.record(
  {
    kind: fc.constantFrom(...BLOCK_KINDS),
    text: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.constantFrom('', ' ', '——', '“', '1月24日，', '·')),
    source: fc.array(fc.nat({ max: 200 }), { maxLength: 3 }),
    level: fc.constantFrom(2 as const, 3 as const),
    byline: fc.string({ maxLength: 12 }),
    credit: fc.string({ maxLength: 12 }),
  },
  { requiredKeys: ['kind', 'text', 'source'] },
);

group('describe: any input', () => {
  it('never throws and always gives a non-empty title, a topic and a sane source range', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryBlock, { maxLength: 12 }),
        fc.option(fc.record({ from: fc.string(), to: fc.string() }, { requiredKeys: [] }), { nil: undefined }),
        fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: undefined }),
        fc.option(fc.nat({ max: 5 }), { nil: undefined }),
        (blocks, continued, pageYear, index) => {
          const segment: Segment = continued ? { blocks, continued } : { blocks };
          const draft = describe(segment, 'seed.txt', pageYear, { index });
          expect(draft.title.trim()).not.toBe('');
          expect(ARTICLE_KINDS).toContain(draft.kind);
          expect(draft.topics.length).toBeGreaterThanOrEqual(1);
          expect(draft.topics.length).toBeLessThanOrEqual(5);
          for (const topic of draft.topics) expect(TOPICS).toContain(topic);
          expect(draft.source.blocks[0]).toBeLessThanOrEqual(draft.source.blocks[1]);
          // Random text now and then reads as an English item (two Latin words, little Chinese): either language, never another.
          expect(['zh', 'en']).toContain(draft.lang);
        },
      ),
      { numRuns: 400 },
    );
  });
});
