// A column's name set off by its form (`【县域传真】`, `▍城事速递`, `社　区　速　递`: caption-form.ts) printed under a
// headline heads nothing there: the headline stays the article's (run-headline.ts), and a spaced name is never joined
// to it as its second half (split-headline.ts). Made up; classifyBlocks runs blocks.ts and roles.ts.
import { describe, expect, it } from 'vitest';
import { classifyBlocks } from '../blocks.ts';

const read = (raw: string[]) => classifyBlocks(raw).map((b) => [b.kind, b.text]);
const TEXT = '入冬以来，屯留区为1800户困难群众发放取暖补贴，每户补贴标准提高到1200元，已全部发放到位。';
const TEXT_2 = '据了解，今年全区还新建改造供热管网18公里，新增供热面积60万平方米。';
// The article before: its headline, byline and text.
const BEFORE = ['潞城区新增三处口袋公园', '记者 段海瑶', '今年以来，潞城区利用边角地新建口袋公园3处，新增绿地面积1.2万平方米，周边居民有了休闲好去处。', '公园里还配建了健身步道和儿童游乐设施，每天吸引不少居民前来锻炼。'];

describe("a column's name set off under a headline", () => {
  it.each(['【县域传真】', '▍ 城事速递', '《民生传真·城事聚焦》', '●　健康快讯'])('leaves the headline over %s', (name) => {
    const blocks = read([...BEFORE, '屯留区困难群众取暖补贴全部到位', name, TEXT, TEXT_2]).slice(4);
    // A title of the text under it (a headline, or a heading the segmenter makes one), never the caption of the text above.
    expect(blocks[0]![0]).toMatch(/^(?:headline|heading)$/u);
    expect(blocks[1]![0]).toBe('furniture');
  });

  it('is never the second half of the headline when spaced letter by letter', () => {
    const blocks = read([...BEFORE, '屯留区：供热设施冬季“体检”忙', '社　区　速　递', TEXT, TEXT_2]).slice(4);
    expect(blocks[0]![1]).toBe('屯留区：供热设施冬季“体检”忙');
  });

  it("leaves the first of an article's section heads set off by one mark a heading", () => {
    const blocks = read([...BEFORE, '屯留区困难群众取暖补贴全部到位', '◆过去一年', TEXT, '◆今年目标', TEXT_2]).slice(4);
    expect(blocks[1]).toEqual(['heading', '◆过去一年']);
  });

  it('stays the name of a column of items under a slogan, and a box title over its first bulleted head is read as before', () => {
    const items = read([TEXT_2, '创建全国文明城市 共建美好幸福家园', '【一句话新闻】', '▲潞城区：12月18日，微子镇卫生院中医馆正式开诊。', '▲上党区：今年以来，全区新增城镇就业4210人。']);
    expect(items.slice(1, 3).map((b) => b[0])).toEqual(['furniture', 'furniture']);
  });
});

describe("a column's name over unheaded items each signed on its own (issue 15)", () => {
  const OPENED = ['本报讯（通讯员 李 娜）12月3日，县人民医院专家团队走进某镇，为群众免费体检320人次。', '本报讯（记者 王 鹏）近日，某镇旱地西红柿迎来最后一茬采摘，亩均收入达1.1万元。'];
  const CLOSED = ['11月27日，区人社局举办冬季专场招聘会，提供就业岗位860个。（李 静）', '近日，区市场监管局对全区47所学校食堂开展食品安全检查。（赵 鹏）'];

  it.each([['县内简讯', OPENED], ['◆简讯◆', CLOSED], ['■ 乡镇快讯', CLOSED]])('reads %s as the column\'s name, no item\'s headline', (name, items) => {
    const blocks = read([...BEFORE, name, ...items]).slice(4);
    expect(blocks[0]![0]).toBe('furniture');
  });

  it('leaves a headline over one signed item, a name no news column\'s, or items signed by a photo credit (near misses)', () => {
    expect(read([...BEFORE, '县内简讯', OPENED[0]!, '某县新建公园3处', OPENED[1]!]).slice(4)[0]![0]).toBe('headline');
    expect(read([...BEFORE, '健康义诊进乡村', ...OPENED]).slice(4)[0]![0]).toBe('headline');
    expect(read([...BEFORE, '县内简讯', '12月2日，某村种植户在大棚里采摘西红柿。（融媒记者 张 强 摄）', CLOSED[0]!]).slice(4)[0]![0]).not.toBe('furniture');
  });
});
