// A numbered section's head over running text is a heading, never a photo's caption (run-captions.ts).
import { describe, expect, it } from 'vitest';
import { classifyBlocks } from '../blocks.ts';
import { structurePage } from '../segment.ts';
import { isBarRow } from './number-lines.ts';

const kinds = (page: string) => new Map(structurePage(page).segments.flatMap((s) => s.blocks).map((b) => [b.text, b.kind]));

describe('a numbered section head under a report\'s head', () => {
  it('is a heading, and so is the part\'s head between it and the text', () => {
    const page = [
      '黎城县政府工作报告（摘要）',
      '——2025年1月8日在黎城县人民代表大会上',
      '',
      '一、过去一年工作回顾',
      '农村公路通到家门口',
      '全年新建改造农村公路120公里，通村客车实现全覆盖。',
      '',
      '二、今年主要任务',
      '全年新建改造农村公路80公里。',
    ].join('\n');
    const got = kinds(page);
    expect(got.get('一、过去一年工作回顾')).toBe('heading');
    expect(got.get('农村公路通到家门口')).toBe('heading');
  });
  it('leaves a photo caption that opens with no section number a caption', () => {
    const page = [
      '西井镇卫生院新楼启用',
      '本报记者　申　洁',
      '',
      '4月3日，西井镇卫生院新门诊楼投入使用，新增床位30张。',
      '',
      '医生在新门诊楼为老人量血压',
      '本报记者　申　洁　摄',
    ].join('\n');
    expect(kinds(page).get('医生在新门诊楼为老人量血压')).toBe('caption');
  });
});

describe('a photo caption that opens with a verb in a 的-phrase', () => {
  it('stays a caption at the page\'s top and at its foot; a call to the reader there is furniture', () => {
    const page = (top: string, foot: string) => [
      '上党晚报　2026年10月14日　A3版',
      '',
      top,
      '',
      '襄垣县新建农村冷库5座',
      '',
      '本报讯（记者　任晓东）10月12日，襄垣县新建农村冷库5座，总库容1800吨。',
      '',
      foot,
    ].join('\n');
    const got = kinds(page('翻新后的荫城镇铁器博物馆', '改造后的太行水乡公园'));
    expect(got.get('翻新后的荫城镇铁器博物馆')).toBe('caption');
    expect(got.get('改造后的太行水乡公园')).toBe('caption');
    const calls = kinds(page('关注上党晚报 了解身边新鲜事', '下载上党晚报客户端 阅读更多精彩内容'));
    expect(calls.get('关注上党晚报 了解身边新鲜事')).toBe('furniture');
    expect(calls.get('下载上党晚报客户端 阅读更多精彩内容')).toBe('furniture');
  });
});

describe('a picture\'s maker between paragraphs', () => {
  it('credits the picture as a caption and does not end the article; at the end it signs it', () => {
    const page = (end: string) => [
      '襄垣县：山村通上了自来水',
      '本报记者　任晓东',
      '',
      '今年，襄垣县为12个山村通上了自来水。',
      '',
      '插图　刘晨/作',
      '',
      '村民李大娘说，以前吃水要去沟里挑。',
      ...(end ? ['', end] : []),
    ].join('\n');
    const segments = structurePage(page('')).segments;
    expect(segments.flatMap((s) => s.blocks).find((b) => b.text.includes('刘晨'))?.kind).toBe('caption');
    expect(segments.filter((s) => s.blocks.some((b) => b.kind === 'paragraph')).length).toBe(1);
    expect(kinds(page('王 敏/绘')).get('王 敏/绘')).toBe('byline');
  });
});

describe('a public notice\'s slogan over who put it up, at the page\'s foot (issue 15)', () => {
  const story = ['人行道上的“僵尸车”何时挪走', '本报记者　毛　蕾', '', '记者近日在某街道一处居民区看到，人行道上停放着3辆废旧轿车。', ''];
  it('is the page\'s, not a photo\'s caption', () => {
    const page = [...story, '创城有你我　文明靠大家', '市创建全国文明城市指挥部办公室　宣'].join('\n');
    expect(kinds(page).get('创城有你我　文明靠大家\n市创建全国文明城市指挥部办公室　宣')).toBe('furniture');
  });
  it('leaves a caption that is a sentence over its credit a caption', () => {
    const page = [...story, '居民在新建的停车场停放车辆。', '本报记者　毛　蕾　摄'].join('\n');
    expect(kinds(page).get('居民在新建的停车场停放车辆。')).not.toBe('furniture');
  });
});

describe("labels that show nothing: two set apart by a bar, a series' numbered name at the page's foot (issue 15, point 2)", () => {
  const piece = ['某镇新建村级卫生室4所', '本报记者　某　某', '', '今年以来，某镇新建村级卫生室4所，村民看病不出村。', ''];
  it('are no captions', () => {
    const got = kinds([...piece, '乡村｜振兴', '', '另一镇新建幸福院2所', '本报记者　某　某', '', '今年以来，另一镇新建幸福院2所。', '', '基层观察③'].join('\n'));
    expect(got.get('乡村｜振兴')).not.toBe('caption');
    expect(got.get('基层观察③')).toBe('furniture');
  });
  // A headline's bar before a clause with figures, a caption at the foot, and a clause numbered at the foot stay.
  it('leaves a caption and a barred headline as they were', () => {
    const got = kinds([...piece, '村民在新建的卫生室里看病'].join('\n'));
    expect(got.get('村民在新建的卫生室里看病')).toBe('caption');
    const barred = kinds([...piece, '某县｜新增车位1200个', '本报记者　某　某', '', '今年以来，某县新增车位1200个。'].join('\n'));
    expect(barred.get('某县｜新增车位1200个')).toBe('headline');
  });
  // A place before the bar says where the picture was taken: a photo's caption (`沁源｜雪后太岳山`), not two labels.
  it("leaves a place's name and what a photo shows, a bar between, a caption", () => {
    expect(kinds([...piece, '襄垣｜雪后仙堂山'].join('\n')).get('襄垣｜雪后仙堂山')).toBe('caption');
  });
});

describe("a bar chart's rows printed one to a line after running text (issue 15 point 2)", () => {
  const roles = (raw: string[]) => new Map(classifyBlocks(raw).map((b) => [b.text, b.kind]));
  const NEXT = ['某乡养老院开门迎客', '12月1日，某乡养老院投入使用，可提供床位60张。'];
  it('are text, never captions nor a section head', () => {
    const rows = ['城乡社区 ██████████ 12.4亿元', '交通运输 █████ 6.2亿元', '2024年 ▇▇▇▇ 3150', '文化旅游 ■■■ 3.1亿元'];
    const k = roles(['某县前三季度财政支出情况', '1—9月，全县一般公共预算支出完成42.6亿元，同比增长5.1%。其中：', ...rows, ...NEXT]);
    expect(rows.map((r) => k.get(r))).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
  });
  // A byline after an ornament, a column name between ornaments and a bar with no figure after it are not a chart's row.
  it('is not a line with one ornament, with no figure, or a bar alone', () => {
    const k = roles(['某县新建公园3个', '今年，某县新建城市公园3个，新增绿地12公顷。', '■■ 数说民生 ■■', '██████', ...NEXT]);
    expect(k.get('■■ 数说民生 ■■')).not.toBe('paragraph');
    expect(k.get('██████')).not.toBe('paragraph');
  });
});

describe("a list's rows typed with wide gaps under their box's head, after a photo's caption (issue 15 point 2)", () => {
  const roles = (raw: string[]) => classifyBlocks(raw).map((b) => `${b.kind}: ${b.text}`);
  const ARTICLE = ['某县冬季客运加密', '本报讯（记者 王五）12月1日起，某县城乡客运班次加密，全县日发班次增至260班。', '[图片]', '旅客在某县汽车站候车。（王五 摄）'];
  it('reads the rows as text and the line over them as their head', () => {
    const blocks = roles([...ARTICLE, '城乡客运班次表', '某县—甲镇  每20分钟一班  票价5元', '某县—乙乡  每日6班  票价8元']);
    expect(blocks.slice(-3)).toEqual(['headline: 城乡客运班次表', 'paragraph: 某县—甲镇  每20分钟一班  票价5元', 'paragraph: 某县—乙乡  每日6班  票价8元']);
  });
  // One such row alone, and lines with wide gaps but no figure (two phrases of a couplet), are read as before.
  it('leaves one row alone, and gapped lines with no figure, as they were', () => {
    expect(roles([...ARTICLE, '城乡客运班次表', '某县—甲镇  每20分钟一班  票价5元']).at(-1)).not.toBe('paragraph: 某县—甲镇  每20分钟一班  票价5元');
    expect(roles([...ARTICLE, '冬日山村  家家屋里暖  户户笑开颜', '冬闲时节  农民学技能  考证书']).slice(-2).some((b) => b.startsWith('paragraph'))).toBe(false);
  });
});

describe('a bar chart row, read by the one recogniser number-lines.ts has', () => {
  it('is a row with its bar drawn, in any bar character', () => {
    for (const row of ['体育　██████　12.4亿元', '2022年 ▇▇▇▇ 31870', '襄垣县 ■■■■ 5230', '某镇　▬▬▬　86%']) expect(isBarRow(row), row).toBe(true);
  });
  it('is not a row without a bar, a bulleted item or a sentence', () => {
    for (const line of ['襄垣县 5230', '■新建供热管网 21.6公里', '全县新建■■供热站，共计3座。']) expect(isBarRow(line), line).toBe(false);
  });
});
