// What structure/leads.ts tells (whose lead a paragraph between two articles is), and segment.ts acting on it.
import { describe, expect, it } from 'vitest';
import { structurePage } from '../segment.ts';
import { leadsHeadline } from './leads.ts';

describe('leadsHeadline', () => {
  it('is true for a paragraph that names what the headline under it names, and nothing of the one above', () => {
    expect(leadsHeadline('雪后的太行山里，平顺县的护林员踏着积雪巡山：一天走二十里山路是常事。', '平顺县：护林员的“雪地日记”', '我市新增公益性岗位2000个')).toBe(true);
  });

  it('reads a headline above that an OCR spaced character by character with its spaces out', () => {
    // 老人 and 民政局 are the item's above as much as the reply's below: the paragraph is the item's last, no lead.
    const paragraph = '截至目前，设备已累计发出预警提示13次。县民政局还为每位独居老人明确了一名联系人。';
    expect(leadsHeadline(paragraph, '关于提高农村低保老人护理补贴的提案的答复', '黎 城 县 为 独 居 老 人 装 上 “ 安 全 门 铃 ”')).toBe(false);
  });

  it('is true for a paragraph that names more of the headline under it than of the one above', () => {
    // 护林员 and 日记 below, 山路 above.
    expect(leadsHeadline('雪后的山路上，某县的护林员在写巡山日记。', '某县：护林员的巡山日记', '某县新修山路20公里')).toBe(true);
  });

  it('is false when the paragraph speaks of the item above too, or of nothing below', () => {
    expect(leadsHeadline('据悉，全市公益性岗位今年已安置就业困难人员1500人。', '平顺县：护林员的“雪地日记”', '我市新增公益性岗位2000个')).toBe(false);
    expect(leadsHeadline('平顺县的公益性岗位今年安置了护林员120人。', '平顺县：护林员的“雪地日记”', '平顺县新增公益性岗位200个')).toBe(false);
  });
});

describe("a lead printed above a feature's headline after a 本报讯 item", () => {
  const page = [
    '我市新增公益性岗位2000个',
    '本报讯（记者 孔亮）记者从市人社局获悉，今年全市新开发公益性岗位2000个。',
    '岗位优先安置零就业家庭成员和大龄失业人员。',
    '雪后的太行山里，平顺县的护林员踏着积雪巡山：一天走二十里山路是常事。',
    '平顺县：护林员的“雪地日记”',
    '本报记者 周 宁',
    '清晨6点，护林员申建军已经背上干粮出了门。',
  ];

  it("opens that feature's article; the item keeps its own paragraphs", () => {
    const { segments } = structurePage(page.join('\n\n'));
    expect(segments.map((s) => s.blocks.map((b) => b.source[0]))).toEqual([[0, 1, 2], [3, 4, 5, 6]]);
  });

  it('stays with the item when the headline under it has no byline line (another 本报讯 item)', () => {
    const { segments } = structurePage([...page.slice(0, 5), `本报讯（记者 周宁）${page[6]}`].join('\n\n'));
    expect(segments.map((s) => s.blocks.map((b) => b.source[0]))).toEqual([[0, 1, 2, 3], [4, 5]]);
  });
});

describe("a lead printed above a feature's kicker and headline", () => {
  it('opens the feature it speaks of, kicker and all', () => {
    const page = ['我市新增公益性岗位2000个', '本报记者 孔 亮', '记者从市人社局获悉，今年全市新开发公益性岗位2000个。', '岗位优先安置零就业家庭成员和大龄失业人员。', '雪后的太行山里，平顺县的护林员踏着积雪巡山：一天走二十里山路是常事。', '守护青山', '平顺县：护林员的“雪地日记”', '本报记者 周 宁', '清晨6点，护林员申建军已经背上干粮出了门。'];
    const { segments } = structurePage(page.join('\n\n'));
    expect(segments.map((s) => s.blocks.map((b) => b.source[0]))).toEqual([[0, 1, 2, 3], [4, 5, 6, 7, 8]]);
  });
});

describe('a line read as a caption between a lead and the headline it leads', () => {
  it("is that headline's kicker, and goes with the lead to its article", () => {
    const page = ['我市新增公益性岗位2000个', '本报记者 孔 亮', '记者从市人社局获悉，今年全市新开发公益性岗位2000个。', '岗位优先安置零就业家庭成员和大龄失业人员。', '雪后的太行山里，平顺县的护林员踏着积雪巡山：一天走二十里山路是常事。', '山村护林员守住一方青山', '平顺县：护林员的“雪地日记”', '本报记者 周 宁', '清晨6点，护林员申建军已经背上干粮出了门。'];
    const { segments } = structurePage(page.join('\n\n'));
    expect(segments.map((s) => s.blocks.map((b) => [b.source[0], b.kind]))[1]).toEqual([[4, 'paragraph'], [5, 'kicker'], [6, 'headline'], [7, 'byline'], [8, 'paragraph']]);
    expect(segments[0]!.blocks.map((b) => b.source[0])).toEqual([0, 1, 2, 3]);
  });
});

describe("a lead printed above a feature's headline after another feature", () => {
  it('opens the feature it speaks of', () => {
    const page = ['我市新增公益性岗位2000个', '本报记者 孔 亮', '记者从市人社局获悉，今年全市新开发公益性岗位2000个。', '岗位优先安置零就业家庭成员和大龄失业人员。', '雪后的太行山里，平顺县的护林员踏着积雪巡山：一天走二十里山路是常事。', '平顺县：护林员的“雪地日记”', '本报记者 周 宁', '清晨6点，护林员申建军已经背上干粮出了门。'];
    const { segments } = structurePage(page.join('\n\n'));
    expect(segments.map((s) => s.blocks.map((b) => b.source[0]))).toEqual([[0, 1, 2, 3], [4, 5, 6, 7]]);
  });
});

describe('a report’s last paragraph that goes on from its text, over the next headline with its byline (issue 15)', () => {
  const report = [
    '潞城区新增养老床位260张',
    '本报记者 韩某某',
    '今年以来，潞城区新增养老床位260张，全区养老机构达到42家。',
  ];
  const next = ['黎城县：老年助餐点开到村口', '通讯员 李某', '12月3日中午，黎城县停河铺乡的老年助餐点里，十几位老人围坐在一起吃饭。'];

  it('stays with its report, flat or not, though it speaks of what the headline below names', () => {
    for (const last of ['目前，全区已建成老年助餐点36个，开到了村口。', '据介绍，明年全区还将在村口新建老年助餐点10个。', '此外，区里还在村口新建老年助餐点8个。', '区民政局负责人介绍，明年全区还将在村口新建老年助餐点10个。', '院长王某表示，助餐点明年将开到每个村口。']) {
      for (const join of ['\n', '\n\n']) {
        expect(structurePage([...report, last, ...next].join(join)).segments.map((s) => s.blocks[0]!.text)).toEqual([report[0], next[0]]);
      }
    }
  });

  it('leaves a lead that opens its piece going with the headline under it', () => {
    const lead = '正午时分，黎城县的山村里，老年助餐点飘出饭菜香。';
    expect(structurePage([...report, '区民政局负责人表示，将继续扩大服务覆盖面。', lead, ...next].join('\n\n')).segments.map((s) => s.blocks[0]!.text)).toEqual([report[0], lead]);
  });
});

describe('a box’s numbered items over a feature’s kicker, headline and byline (issue 15)', () => {
  const feature = ['#我为群众办实事#', '东阳关镇卫生院开通“流动诊室”', '□ 县融媒体中心记者 王某某', '“大夫每个月都来村里，量血压不用花钱。”11月26日，在东阳关镇，72岁的李某某老人说。'];
  const segmentOf = (page: string, text: string) => structurePage(page).segments.find((s) => s.blocks.some((b) => b.text.includes(text)))!;

  it('are no lead printed above it: the feature opens at its kicker, flat or not', () => {
    const tips = ['▍乘车小贴士', '1.“爱心车厢”车身贴有蓝色标识，每辆车设有爱心专座4个。', '2.市民可通过小程序查询车辆实时位置，合理安排出行。'];
    for (const join of ['\n', '\n\n']) expect(segmentOf([...tips, ...feature].join(join), feature[1]!).blocks[0]!.text).toBe(feature[0]);
  });

  it('leaves a lead of running text at the page’s top opening the feature under it', () => {
    const lead = '入冬以来，东阳关镇的山村里，老人们看病不用再跑远路了。';
    expect(segmentOf([lead, ...feature].join('\n\n'), feature[1]!).blocks[0]!.text).toBe(lead);
  });
});

describe('a last paragraph sharing one word with the next headline (issue 15)', () => {
  it('stays the article\'s above: one word in common is what paragraphs of one page share', () => {
    expect(leadsHeadline('暑期班不上新课，以阅读和手工为主。街道还安排资金12万元，给每位带班志愿者发放餐补。', '某区新招募志愿者300名', '暑假孩子有了好去处')).toBe(false);
  });

  it('leads the next headline when it says again a name that headline quotes, or shares two words with it', () => {
    expect(leadsHeadline('推开某街道“夜校课堂”的门，剪纸、朗诵、手机摄影课排得满满的。', '“夜校课堂”让居民充电', '某镇大棚西红柿上市')).toBe(true);
    expect(leadsHeadline('凌晨的果蔬市场里，菜农正把白菜装车运往城区超市。', '白菜进城区超市', '某镇大棚西红柿上市')).toBe(true);
  });
});
