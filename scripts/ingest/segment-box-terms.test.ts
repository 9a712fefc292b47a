// A box's terms under its label (`◎政策速递` / `●创业担保贷款：…`, `【政策速递】` / `1.居家适老化改造：…`): each line opens on
// the term it sets out and a colon, so the box stays one piece, though its label has a news column's name (速递); a
// column of news items opens its lines on their news, their place or the body they are from, and stays cut.
import { describe, expect, it } from 'vitest';
import { structurePage } from './segment.ts';

const WIRE = ['某县举办春季招聘会', '本报讯（记者 李 某）记者从县人社局获悉，某县春季招聘会将于2月24日举办，预计80余家企业参会。', '', ''];
const PHOTO = ['', '', '冬日里的“就业直通车”', '12月19日，“就业直通车”开进某镇，工作人员为村民讲解岗位信息。', '（通讯员　牛某　摄）'];
const pieces = (lines: string[]) => structurePage([...WIRE, ...lines, ...PHOTO].join('\n')).segments.length;

describe("a box's terms under a label with a news column's name (733, 720)", () => {
  it('stays one box, bulleted or numbered, signed or not', () => {
    const bulleted = ['◎政策速递', '●创业担保贷款：符合条件的个人创业者可申请最高20万元的创业担保贷款，财政按规定贴息。', '●一次性求职创业补贴：对有求职意愿的低保家庭高校毕业生，每人发放一次性补贴1000元。', '●以工代训补贴：企业新招用就业困难人员的，按每人每月500元给予补贴，最长6个月。'];
    expect(pieces(bulleted)).toBe(3);
    expect(pieces([...bulleted, '（县人社局供稿）'])).toBe(3);
    const numbered = ['【政策速递】', '1.居家适老化改造：符合条件的困难老年人家庭，每户最高补贴3000元。', '2.家庭养老床位：每张床位一次性建设补贴2000元。', '3.申请办法：向所在社区提出申请，乡镇（街道）15个工作日内完成审核。'];
    expect(pieces(numbered)).toBe(3);
  });

  it('near misses: items opening on their place, their body or their news are still cut', () => {
    expect(pieces(['◎城事速递', '●潞城区：今年新建城市书房6家，累计接待读者2万人次。', '●屯留区：新开通城乡公交线路3条，惠及群众1.2万人。', '●襄垣县：完成老旧小区改造12个，惠及居民3000户。'])).toBe(5);
    expect(pieces(['◎城事速递', '●市医保局：今年新增定点药店45家。', '●市教育局：今年新建幼儿园8所。', '●市住建局：今年改造老旧小区32个。'])).toBe(5);
    // A news column's items under their topic tags (review R5 F8): a word of two or three characters, or an item
    // opening on its day after its label, is no box's term.
    expect(pieces(['◎城事速递', '●供暖：12月1日起，全市集中供暖全面启动，新增供热面积120万平方米。', '●交通：市区新开通3条公交线路，惠及群众5万人。', '●教育：今年全市新建幼儿园8所。'])).toBe(5);
    expect(pieces(['【民生快讯】', '1.就业：今年全市城镇新增就业5.2万人。', '2.医保：全市新增定点药店45家。', '3.公积金：今年全市归集住房公积金38亿元。'])).toBe(5);
    expect(pieces(['◎城事速递', '●集中供暖工作：12月1日起，全市集中供暖全面启动。', '●城市公交线路：12月5日起，市区新开通3条公交线路。', '●幼儿园建设：12月8日，全市新建幼儿园8所投用。'])).toBe(5);
    expect(pieces(['【城事速递】', '1.12月1日起，市区新开通3条公交线路。', '2.记者从市教育局获悉，今年全市新建幼儿园8所。', '3.12月5日，市图书馆新增自习座位120个。'])).toBe(5);
  });
});
