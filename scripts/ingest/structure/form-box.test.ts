// Boxes told by the form of their lines (structure/form-box.ts, issue 15): a short title after running text over
// short parallel lines, labelled facts or a list's items, as a page prints a sidebar inside or after an article.
// The lines and pages are made up in those forms.
import { describe, expect, it } from 'vitest';
import { structurePage } from '../segment.ts';
import { findKind } from '../describe/kind.ts';
import { classifyBlocks } from '../blocks.ts';
import { isFormBoxLine, isFormBoxText } from './form-box.ts';

const OPENING = '某县日报　2025年11月3日　第2版\n\n某镇卫生院开设夜间门诊\n本报记者 张明\n\n近日，某镇卫生院开设夜间门诊，每晚接诊患者40人次左右。';
const GOES_ON = '院长李华说，下一步还将增设儿科夜间门诊。';

describe('isFormBoxText: lines of one shape, unlike running text', () => {
  it('reads short unmarked lines, labelled facts and a list under its introducing line', () => {
    expect(isFormBoxText(['测量血压血糖', '开具常用药品', '预约上级医院专家'])).toBe(true);
    expect(isFormBoxText(['开诊时间：每晚18:00—21:00', '咨询电话：0355-1234567'])).toBe(true);
    expect(isFormBoxText(['夜间就诊，请您注意：', '1.携带医保卡；', '2.提前电话预约；', '3.发热患者走专用通道。'])).toBe(true);
  });
  it('does not read sentences, mixed shapes or two unmarked lines as a box', () => {
    expect(isFormBoxText(['近日，某镇卫生院开设夜间门诊。', '测量血压血糖', '开具常用药品'])).toBe(false);
    expect(isFormBoxText(['测量血压血糖', '1.开具常用药品', '咨询电话：0355-1234567'])).toBe(false);
    expect(isFormBoxText(['测量血压血糖', '开具常用药品'])).toBe(false);
    expect(isFormBoxLine('| 项目 | 数量 |')).toBe(false);
  });
});

describe('a box by its lines\' form inside an article (issue 15)', () => {
  it('is a sidebar titled by its plain title, and the article keeps the text going on under it', () => {
    const page = `${OPENING}\n\n夜间门诊能看啥\n测量血压和血糖\n常见病的诊治\n开具慢性病长处方\n\n${GOES_ON}`;
    const { segments } = structurePage(page);
    expect(segments).toHaveLength(2);
    const [article, box] = segments;
    expect(article!.blocks.map((b) => b.text)).toContain(GOES_ON);
    expect(box!.blocks.find((b) => b.kind === 'headline')?.text).toBe('夜间门诊能看啥');
    expect(box!.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text)).toEqual(['测量血压和血糖\n常见病的诊治\n开具慢性病长处方']);
    expect(findKind(box!, { index: 1 })).toBe('sidebar');
  });

  it('reads a marked title over labelled facts, one a line, at the page\'s end', () => {
    const page = `${OPENING}\n\n◆夜间门诊服务点\n地址：某镇卫生院门诊楼一层\n电话：0355-7654321\n\n责任编辑：王五`;
    const { segments } = structurePage(page);
    const box = segments.at(-1)!;
    expect(box.blocks.find((b) => b.kind === 'headline')?.text).toBe('夜间门诊服务点');
    expect(findKind(box, { index: 1 })).toBe('sidebar');
  });

  it('leaves a run of photo captions, the article\'s lines after a colon and a series of entries alone', () => {
    const captions = classifyBlocks(['某镇卫生院开设夜间门诊', '近日，某镇卫生院开设夜间门诊，每晚接诊患者40人次左右。', '医生为老人测量血压', '护士为患者配药取药', '志愿者引导患者就诊']);
    expect(captions.filter((b) => b.kind === 'headline').map((b) => b.text)).toEqual(['某镇卫生院开设夜间门诊']);
    const colon = classifyBlocks(['某镇卫生院开设夜间门诊', '夜间门诊的服务如下：', '测量血压和血糖', '常见病的诊治', '开具慢性病长处方']);
    expect(colon.filter((b) => b.kind === 'headline').map((b) => b.text)).toEqual(['某镇卫生院开设夜间门诊']);
    const series = classifyBlocks(['某镇为老服务一览', '入冬以来，某镇推出多项为老服务。', '东村老年食堂', '时间：每天11:00—13:00\n地点：东村村委会一楼', '西村老年食堂', '时间：每天11:30—13:00\n地点：西村文化广场']);
    expect(series.filter((b) => b.kind === 'headline').map((b) => b.text)).not.toContain('东村老年食堂');
  });
});

describe('a box by its lines\' form closing an article, over the next item', () => {
  it('ends its lines before the next item\'s headline, a line over a signed item\'s text', () => {
    const page = `${OPENING}\n\n◆夜间门诊咨询电话\n东院区　0355-1111111\n西院区　0355-2222222\n南院区　0355-3333333\n某乡：卫生室配上急救箱\n本报讯（通讯员 李四）近日，某乡12个村卫生室都配上了急救箱。`;
    const { segments } = structurePage(page);
    expect(segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text)).toEqual(['某镇卫生院开设夜间门诊', '夜间门诊咨询电话', '某乡：卫生室配上急救箱']);
  });
});

describe('a box titled by a place\'s name over its labelled facts', () => {
  it('is a box, though the title reads like a body signing a notice (`暖心服务站`, a made-up name in the form issuers.ts reads as a body)', () => {
    const page = `${OPENING}\n\n暖心服务站\n地址：某镇政府一楼\n电话：0355-7654321\n服务：挂号咨询、预约转诊\n\n责任编辑：王五`;
    const { segments } = structurePage(page);
    expect(segments.at(-1)!.blocks.find((b) => b.kind === 'headline')?.text).toBe('暖心服务站');
  });
});

describe("the next article's stacked head, no byline, after an article", () => {
  it('is no box: a kicker over a headline over decks whose figures the text under them tells', () => {
    const page = [
      '襄垣县新建日间照料中心12个', '今年以来，襄垣县新建日间照料中心12个，为800多名老人提供助餐服务。',
      '暖心工程', '我市新增供热面积560万平方米', '惠及居民5.6万户', '老旧管网改造全部完工',
      '今冬，全市新增集中供热面积560万平方米，改造老旧供热管网120公里，惠及居民5.6万户。',
    ].join('\n\n');
    const { segments } = structurePage(page);
    expect(segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text)).toEqual(['襄垣县新建日间照料中心12个', '我市新增供热面积560万平方米']);
    expect(segments[1]!.blocks.some((b) => b.text.startsWith('今冬'))).toBe(true);
  });
});
