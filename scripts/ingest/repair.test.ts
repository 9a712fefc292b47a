import { describe, expect, it } from 'vitest';
import { repair } from './repair.ts';
import type { Block } from './types.ts';

// Blocks cut from seeds/*.txt; `source` is the raw block index on the seed's page.
function para(source: number, text: string, extra: Partial<Block> = {}): Block {
  return { kind: 'paragraph', text, source: [source], ...extra };
}
function heading(source: number, text: string): Block {
  return { kind: 'heading', text, source: [source], level: 2 };
}

// Seed 000, blocks 11–12: 培|养.
const B11 = '多年来，上党区始终坚持把人民群众健康安全摆在首位，持续提高基本医疗服务水平。大力推进中医药传承创新发展，通过医教融合、订单式或定向化培';
const B12 = '养等方式，强化中医队伍建设，不断提升基层中医药服务能力水平，减轻患者就医负担。';
// Seed 000, blocks 22–24: broken after a comma, then 可持|续.
const B22 = '一项项惠民工程、一件件民生实事，见证着人民群众持续攀升的幸福指数。保障和改善民生没有终点，上党区将继续千方百计为群众排忧解难，';
const B23 = '坚定不移为民办实事，积极回应人民期盼，共同分享改革成果，让群众获得感成色更足、幸福感更可持';
const B24 = '续、安全感更有保障。';
// Seed 000, blocks 5–6 (text lost: the 《 of 》 is gone) and 14–15 (the next paragraph opens anew).
const B5 = '教育公平是最大的公平，按照“城乡一体、优质均衡”的教育发展要求，上党区充分发挥主城区学校人才和管理优势；产业园区九年一贯制学校、定流幼儿园等项目开工建设，';
const B6 = '措施(试行)》，进一步营造尊师重教氛围，激发广大教师干事创业活力。';
const B14 = '2024年以来，上党区以保障和改善养老服务为切入点，加快推进农村老年人日间照料中心改造提升，';
const B15 = '全民健身，尽显城市蓬勃活力。标准化的篮球场、足球场在上党区处处可见；文化广场、健身设施村村覆盖。';

describe('repair: broken paragraphs', () => {
  it('rejoins a paragraph broken mid-word, adding no character (seed 000, 11+12)', () => {
    const result = repair([para(11, B11), para(12, B12)]);
    expect(result.blocks).toEqual([{ kind: 'paragraph', text: B11 + B12, source: [11, 12] }]);
    expect(result.joins).toEqual([{ blocks: [11, 12], reason: 'broken-paragraph' }]);
    expect(result.warnings).toEqual([]);
  });

  it('rejoins a paragraph broken twice into one join (seed 000, 22+23+24)', () => {
    const result = repair([para(22, B22), para(23, B23), para(24, B24)]);
    expect(result.blocks.map((b) => b.text)).toEqual([B22 + B23 + B24]);
    expect(result.joins).toEqual([{ blocks: [22, 23, 24], reason: 'broken-paragraph' }]);
  });

  it('keeps both blocks and warns where text is missing (seed 000, 5/6 and 14/15)', () => {
    const result = repair([para(5, B5), para(6, B6), para(14, B14), para(15, B15)]);
    expect(result.blocks.map((b) => b.source)).toEqual([[5], [6], [14], [15]]);
    expect(result.joins).toEqual([]);
    expect(result.warnings.map((w) => [w.code, w.blocks])).toEqual([
      ['missing-text', [5, 6]],
      ['missing-text', [14, 15]],
    ]);
    expect(result.warnings[0]!.message).toContain('block 5');
  });

  it('warns on a paragraph broken off at the end of the page, unless it goes on to another page', () => {
    expect(repair([para(14, B14)]).warnings.map((w) => w.blocks)).toEqual([[14]]);
    const continued = repair([para(14, B14), { kind: 'continuation', text: '(下转第三版)', source: [15] }]);
    expect(continued.warnings).toEqual([]);
  });

  it('does not join across a heading or into a news paragraph with its own byline', () => {
    const result = repair([
      para(9, '……“现在好了，政府给我们重新硬化，不仅出行方便，而且村里也看着整洁漂亮了……”每天都在'),
      para(20, '1月26日，我市召开征兵工作电视电话会。', { byline: '本报讯 记者史晓萍报道：' }),
    ]);
    expect(result.joins).toEqual([]);
    expect(result.blocks).toHaveLength(2);
  });
});

// Seed 003, blocks 24–31: 24 breaks off at 华, its rest 31 (南…) is printed after the next section's text.
const B24_003 = '专业镇是塑造区域经济优势的重要抓手。上党区建立梯次培育体系，实施“镇一策”。上党大健康医药专业镇推进产品研发，智慧商贸物流专业镇加快华';
const B26_003 = '“稳”是上党区发展的基石，“进”是前行的方向。上党区全力推动三大产业平稳运行，均衡发力，夯实“稳”的基础，培育“进”的动能。';
const B30_003 = '三产方面，上党区稳三产、扩消费，创新业态促繁荣。全面激发消费潜能，实施“两新”政策，开展四大行动，完善区域商业体系。';
const B31_003 = '南智慧融创新科技园建设，完善产业体系；雄山文旅康养专业镇融合多产业，打造文化品牌；文创专业镇以“文化+科技+产业”融合释放发展动能。';

describe('repair: out-of-order column fragments', () => {
  it('moves the fragment back to the paragraph it finishes, and warns (seed 003, 24+31)', () => {
    const result = repair([
      para(24, B24_003),
      heading(25, '“稳中求进”打好一二三产组合拳'),
      para(26, B26_003),
      para(30, B30_003),
      para(31, B31_003),
      heading(32, '“守正创新”按下项目建设快进键'),
    ]);
    expect(result.blocks.map((b) => b.source)).toEqual([[24, 31], [25], [26], [30], [32]]);
    expect(result.blocks[0]!.text).toBe(B24_003 + B31_003);
    expect(result.joins).toEqual([{ blocks: [24, 31], reason: 'moved-fragment' }]);
    expect(result.warnings.map((w) => [w.code, w.blocks])).toEqual([['moved-fragment', [24, 31]]]);
  });

  it('moves nothing when no later paragraph makes a word across the break, and warns instead', () => {
    const result = repair([para(24, B24_003), heading(25, '“稳中求进”打好一二三产组合拳'), para(26, B26_003)]);
    expect(result.blocks.map((b) => b.source)).toEqual([[24], [25], [26]]);
    expect(result.warnings.map((w) => [w.code, w.blocks])).toEqual([['missing-text', [24]]]);
  });
});

// Seed 003, blocks 48–56: the education/jobs/culture box printed three times, two copies missing a 是.
const B48 = '站在新的历史起点，时代的浪潮奔涌向前，上党区将勇立潮头，用好“七个抓手”，以“四宜”上党为笔，以高质量发展为墨，绘就更加绚烂的时代华章。';
const TAIL = '州区合作办学，提升师资水平，锻造高素质教师队伍。社会保障是民生底线。扩大社会保险覆盖面，解决特殊困难群体参保问题，按时足额发放社保待遇。';
const CULTURE = '文化是民生幸福指标。上党区深入践行社会主义核心价值观，深化新时代文明实践中心建设。加强文物保护，守护历史根脉。';
const EDU_SHORT = '教育民生之基。上党区落实“高中有品牌、初中站前沿、小学均衡化、幼儿有特色”的发展思路。加强与北京市通';
const EDU = '教育是民生之基。上党区落实“高中有品牌、初中站前沿、小学均衡化、幼儿有特色”的发展思路。加强与北京市通';
const JOBS = '就业是民生之本。上党区积极开展“春风行动”等公共就业专项活动，挖掘新兴产业就业潜力，为群众开发更多岗位。';

describe('repair: paragraphs printed twice', () => {
  const box = [para(48, B48), para(49, TAIL), para(50, CULTURE), para(51, EDU_SHORT), para(52, JOBS), para(53, EDU), para(54, TAIL), para(55, CULTURE), para(56, EDU_SHORT)];

  it('keeps one copy of each, the fullest and the one in place, and rejoins it (seed 003, 49–56)', () => {
    const result = repair(box);
    expect(result.blocks.map((b) => b.source)).toEqual([[48], [52], [53, 54], [55]]);
    expect(result.blocks[2]!.text).toBe(EDU + TAIL);
    expect(result.dropped).toEqual([
      { block: 49, duplicateOf: 54, exact: true },
      { block: 50, duplicateOf: 55, exact: true },
      { block: 51, duplicateOf: 53, exact: false },
      { block: 56, duplicateOf: 53, exact: false },
    ]);
    expect(result.joins).toEqual([{ blocks: [53, 54], reason: 'broken-paragraph' }]);
  });

  it('warns about near-duplicates only; exact copies are dropped silently', () => {
    const result = repair(box);
    expect(result.warnings.map((w) => [w.code, w.blocks])).toEqual([
      ['near-duplicate', [51, 53]],
      ['near-duplicate', [56, 53]],
    ]);
  });

  it('keeps the first of two exact copies when nothing else tells them apart', () => {
    const result = repair([para(1, JOBS), para(2, CULTURE), para(3, JOBS)]);
    expect(result.blocks.map((b) => b.source)).toEqual([[1], [2]]);
    expect(result.dropped).toEqual([{ block: 3, duplicateOf: 1, exact: true }]);
  });

  it('drops repeated paragraphs only, not repeated captions', () => {
    const blocks: Block[] = [
      { kind: 'caption', text: '燕子池体育场', source: [0] },
      para(1, '利民之事，丝发必兴。'),
      { kind: 'caption', text: '燕子池体育场', source: [2] },
    ];
    expect(repair(blocks).blocks).toHaveLength(3);
  });
});

describe('repair: a Q&A keeps each question beside its answer (issue 15)', () => {
  it('joins no question into its answer, even one printed without a question mark', () => {
    const turns = [
      para(0, '问：津贴标准是多少'),
      para(1, '答：80至89周岁的老人每人每月50元，90至99周岁的每人每月100元。'),
      para(2, '记者：下一步还有什么打算'),
      para(3, '陈建国：明年我们计划在石哲镇、南漳镇建设2个县域医疗次中心，让偏远乡镇的群'),
      para(4, '市民王先生问：我家住在7楼，每到晚上用水高峰期，水压低得连热水器都打不着火，'),
      para(5, '市水务局答：经现场核查，该小区二次供水设备运行超过15年。'),
      para(6, '众也能在家门口看上病。'),
    ];
    const { blocks, joins } = repair(turns);
    expect(blocks.map((b) => b.source)).toEqual([[0], [1], [2], [3, 6], [4], [5]]);
    expect(joins).toEqual([{ blocks: [3, 6], reason: 'moved-fragment' }]);
  });
});

describe('repair: any input', () => {
  it('gives an empty result for no blocks and never edits its input', () => {
    expect(repair([])).toEqual({ blocks: [], joins: [], dropped: [], warnings: [] });
    const input = [para(11, B11), para(12, B12)];
    const before = structuredClone(input);
    repair(input);
    expect(input).toEqual(before);
  });
});
