// Issue 15's never-rule on a page's title lines: a column's name, a cartoon's credit or a call to the reader is
// never a title or a photo's caption (run-titles.ts, run-headline.ts, run-captions.ts, bylines.ts); a line that
// reads as a caption stays one.
import { describe, expect, it } from 'vitest';
import { structurePage } from '../segment.ts';

const kinds = (page: string) => new Map(structurePage(page).segments.flatMap((s) => s.blocks).map((b) => [b.text, b.kind]));

describe('引题 / 主题 / 副题 under a column\'s short name', () => {
  it('reads a column, a headline that opens with its period and a deck over a byline as kicker, headline, deck', () => {
    const got = kinds([
      '上党晚报　2025年10月22日　星期三　第2版',
      '',
      '经济观察',
      '1—9月全区消费市场持续回暖',
      '餐饮住宿收入增长明显',
      '本报记者　杜文清',
      '',
      '10月21日，记者从潞州区统计局获悉，1—9月全区社会消费品零售总额同比增长5.8%。',
    ].join('\n'));
    expect(got.get('经济观察')).toBe('kicker');
    expect(got.get('1—9月全区消费市场持续回暖')).toBe('headline');
    expect(got.get('餐饮住宿收入增长明显')).toBe('deck');
  });

  it('reads the same three lines with blank lines between and no byline, over the text, the same way', () => {
    const got = kinds([
      '平顺新闻',
      '2025年11月12日　星期三',
      '',
      '关注冬季民生',
      '',
      '平顺县：农村公路冬季养护全面启动',
      '',
      '全县出动养护机械46台',
      '',
      '11月10日，平顺县公路段组织养护人员在虹梯关乡清理路面落石，全县出动养护机械46台。',
    ].join('\n'));
    expect(got.get('关注冬季民生')).toBe('kicker');
    expect(got.get('平顺县：农村公路冬季养护全面启动')).toBe('headline');
    expect(got.get('全县出动养护机械46台')).toBe('deck');
  });

  it('leaves a photo caption that says who does what over the next headline a caption', () => {
    const got = kinds([
      '西营镇新建的日间照料中心投入使用，可同时为40名老人提供助餐服务。',
      '',
      '志愿者为老人理发',
      '襄垣县新增农村互助养老点12个',
      '覆盖老人1800余名',
      '本报记者　孙立群',
      '',
      '11月18日，襄垣县民政局介绍，全县今年新增农村互助养老点12个。',
    ].join('\n'));
    expect(got.get('志愿者为老人理发')).toBe('caption');
  });
});

describe('a column\'s name that opens with its verb at the top of the page', () => {
  it('is the kicker of the decked headline under it', () => {
    const got = kinds([
      '长治日报　2025年10月9日　星期四　第6版',
      '',
      '走进社区看服务',
      '',
      '一碗热饭暖了老人心',
      '——潞州区英雄中路社区长者食堂见闻',
      '',
      '中午11点，英雄中路社区长者食堂里已坐满了老人，75岁的刘桂英点了一荤一素，只花了8元。',
    ].join('\n'));
    expect(got.get('走进社区看服务')).toBe('kicker');
  });

  it('leaves a photo caption that names what it shows first a caption there', () => {
    const got = kinds([
      '长治日报　2025年10月9日　星期四　第6版',
      '',
      '荫城镇新修的铁器文化广场',
      '',
      '一碗热饭暖了老人心',
      '——潞州区英雄中路社区长者食堂见闻',
      '',
      '中午11点，英雄中路社区长者食堂里已坐满了老人，75岁的刘桂英点了一荤一素，只花了8元。',
    ].join('\n'));
    expect(got.get('荫城镇新修的铁器文化广场')).toBe('caption');
  });
});

describe('a call to the reader in the head or at the foot of a copy', () => {
  const page = (foot: string) => [
    '上党晚报　2025年11月3日　08:00　山西',
    '关注上党晚报 了解身边新鲜事',
    '',
    '沁县：新建农村冷库8座',
    '本报记者　郭春燕',
    '',
    '今年，沁县在南里镇、册村镇等地新建农村冷库8座，总库容达到3200吨。',
    '',
    '工人在南里镇新建的冷库里码放土豆',
    '',
    '冷库建成后，当地土豆错峰销售，每斤多卖0.2元。',
    '',
    foot,
  ].join('\n');

  it('is the copy\'s furniture, not a photo caption', () => {
    const got = kinds(page('阅读 1.6万　在看 95'));
    expect(got.get('关注上党晚报 了解身边新鲜事')).toBe('furniture');
    expect(got.get('阅读 1.6万　在看 95')).toBe('furniture');
  });

  it('leaves a caption between paragraphs, and one that names what it shows at the foot, captions', () => {
    const got = kinds(page('郝家庄镇新建的停车场'));
    expect(got.get('工人在南里镇新建的冷库里码放土豆')).toBe('caption');
    expect(got.get('郝家庄镇新建的停车场')).toBe('caption');
  });
});

describe('a cartoon\'s credit', () => {
  it('signs the cartoon, never a caption', () => {
    const got = kinds([
      '前一篇评论的最后一段，说到办事要少跑腿。',
      '',
      '漫画',
      '材料交了一摞又一摞',
      '',
      '窗口前排起长队，群众手里的材料越来越厚。',
      '',
      '李 晨/作',
    ].join('\n'));
    expect(got.get('李 晨/作')).toBe('byline');
  });
});

describe('a name set letter by letter over bulleted items', () => {
  const page = (label: string, first: string) => [
    '屯留区：新建村级快递服务站60个',
    '本报记者　常丽萍',
    '',
    '今年，屯留区在渔泽镇、丰宜镇等地新建村级快递服务站60个，村民取件不再进城。',
    '',
    label,
    '',
    first,
    '',
    '■吾元镇今年新发展设施蔬菜大棚35座，带动90户农户增收。',
  ].join('\n');

  it('is a column\'s name over news items that open with their date: the page\'s furniture, not their headline', () => {
    expect(kinds(page('简　讯', '■11月20日，张店镇卫生院新建的康复理疗室投入使用，可开展理疗项目9项。')).get('简　讯')).toBe('furniture');
  });

  it('is no column\'s name over items that open with who they are about, as a notice\'s are', () => {
    expect(kinds(page('声　明', '■长治市润丰商贸有限公司遗失营业执照副本一份，声明作废。')).get('声　明')).not.toBe('furniture');
  });
});

describe('two lines under a column\'s name after running text', () => {
  const page = (lower: string, item: string) => [
    '长治日报　2026年10月20日　第6版',
    '',
    '襄垣县开展秋季森林防火检查',
    '',
    '本报讯（记者　任晓东）近日，襄垣县组织开展秋季森林防火检查，共检查林区42处。',
    '',
    '秋日胜景',
    '',
    '武乡县板山景区红叶漫山',
    '',
    lower,
    '',
    item,
  ].join('\n');

  it('takes the line nearest a 本报讯 item as its headline: the lines over it are the photo\'s', () => {
    const got = kinds(page('屯留区新建乡村健身广场12个', '本报讯（通讯员　郭丽）近日，屯留区新建乡村健身广场12个，覆盖村庄36个。'));
    expect(got.get('屯留区新建乡村健身广场12个')).toBe('headline');
    expect(got.get('武乡县板山景区红叶漫山')).not.toBe('headline');
  });

  it('takes a lower line that names its place or subject with a colon, over a byline, as a headline of its own, not a deck', () => {
    const got = kinds(page('屯留区：新建乡村健身广场12个', '本报记者　郭丽\n\n近日，屯留区新建乡村健身广场12个，覆盖村庄36个。'));
    expect(got.get('屯留区：新建乡村健身广场12个')).toBe('headline');
    expect(got.get('武乡县板山景区红叶漫山')).not.toBe('headline');
  });
});

describe('a kicker set apart over a headline and its deck printed as one block (issue 15)', () => {
  const page = (top: string, opening = '上党晚报　2025年12月3日　星期三　第5版') => kinds([
    opening,
    '',
    top,
    '',
    '一周办结群众诉求9200件',
    '供暖类诉求居首位',
    '',
    '本报记者　孔　亮',
    '',
    '11月24日至30日，市便民服务热线共办结群众诉求9200件，其中供暖类诉求2100件。',
  ].join('\n'));

  it('reads the top line as the kicker, the block\'s lines as headline and deck, never photo captions', () => {
    const got = page('便民热线第48期周报', '上党晚报　2025年12月3日　星期三　第5版\n编辑：孔　亮');
    expect(got.get('便民热线第48期周报')).toBe('kicker');
    expect(got.get('一周办结群众诉求9200件')).toBe('headline');
    expect(got.get('供暖类诉求居首位')).toBe('deck');
  });

  it('leaves a photo caption that says who does what after running text a caption', () => {
    const got = page('志愿者在社区为老人义务理发', '西营镇新建的日间照料中心投入使用，可同时为40名老人提供助餐服务。');
    expect(got.get('志愿者在社区为老人义务理发')).toBe('caption');
  });
});
