// labelOf leaning on what came before (label-context.ts and its callers): a change on the figure before, a bare
// verbal noun or works alone that the sentence before named in full, a name shortened after the paragraph gave it,
// a rate or those taking part named by their word alone.
import { describe, expect, it } from 'vitest';
import { label } from './label.fixture.ts';
import { labelOf } from './label.ts';
import { scopeFor } from './scope.fixture.ts';

describe('labelOf, a change leaning on the figure before', () => {
  const withPrevious = (paragraph: string, previous: string, figure: string) => {
    const before = labelOf(scopeFor(paragraph, previous))!;
    const scope = scopeFor(paragraph, figure);
    return labelOf(scope, { previous: { label: before, end: paragraph.indexOf(previous) + previous.length } });
  };

  it('counts a part after 其中 that names who alone by the measure the whole closes on, not under its holder', () => {
    expect(withPrevious('全县幸福院日均就餐1800人次，其中失能老人300人次。', '1800人次', '300人次')).toBe('失能老人日均就餐');
    // (A whole done by a verb gives its part that verb, as before.)
    expect(withPrevious('全市新增技能人才1.4万人，其中高技能人才3200人。', '1.4万人', '3200人')).toBe('新增高技能人才');
  });

  it('names the share of a task done by what the figure before counted, and leaves it out of a part after it', () => {
    const paragraph = '今年1至10月，沁源县城镇新增就业2410人，完成全年任务的98%，其中返乡农民工就业620人。';
    expect(withPrevious(paragraph, '2410人', '98%')).toBe('城镇新增就业完成全年任务');
    const scope = scopeFor(paragraph, '620人');
    const previous = { label: '城镇新增就业完成全年任务', end: paragraph.indexOf('98%') + 3 };
    expect(labelOf(scope, { previous })).not.toContain('任务');
    expect(withPrevious('今年已改造农村户厕1860座，完成年度计划的93%。', '1860座', '93%')).toBe('改造农村户厕完成年度计划');
  });

  it('gives the amounts splitting a per-word amount before them its per-word', () => {
    expect(withPrevious('老人凭卡在助餐点就餐，每餐10元，财政补贴3元，个人支付7元。', '10元', '3元')).toBe('每餐财政补贴');
  });

  it('gives a count right after the noun of the count before the verb of that one', () => {
    expect(withPrevious('这条公交线路惠及沿线8个村3100余名群众。', '8个', '3100余名')).toBe('惠及群众');
  });

  it('gives an age group without a noun the noun of the figure before', () => {
    const paragraph = '65至79周岁的老人每人每月30元，80周岁以上的每人每月80元。';
    expect(withPrevious(paragraph, '30元', '80元')).toBe('80周岁以上老人每人每月');
  });

  it('names a count right after the noun the figure before counts by what holds it', () => {
    const paragraph = '全市2737个街道(乡镇)、社区(村)就业社保服务点40项服务工作全面试运行。';
    expect(withPrevious(paragraph, '2737个', '40项')).toMatch(/^社保服务点服务工作/);
    const works = '31个老旧小区41栋楼的改造提升居民居住环境。';
    expect(withPrevious(works, '31个', '41栋')).toBe('老旧小区楼');
  });

  it('counts those the works of the sentence reached under the works, without what they cost or involved', () => {
    expect(withPrevious('今年，该县改造老旧小区32个，惠及居民4100余户。', '32个', '4100余户')).toBe('改造老旧小区惠及居民');
    expect(withPrevious('这批背街小巷改造总投资2100万元，惠及沿线居民5200余户。', '2100万元', '5200余户')).toBe('背街小巷改造惠及居民');
    // (Not where the figure before names no works: a sum alone says nothing of what reached them.)
    expect(withPrevious('全县发放补贴资金860万元，惠及群众1.2万人。', '860万元', '1.2万人')).toBe('惠及群众');
  });

  it('names works alone after the count of the same measure word before them in the sentence', () => {
    expect(withPrevious('南里镇现有蔬菜大棚640座，今年新发展82座。', '640座', '82座')).toBe('新发展蔬菜大棚');
    // (Not in another unit, nor where the label names a thing of its own.)
    expect(withPrevious('今年新增就业500人，培训1200人。', '500人', '1200人')).toBe('培训');
    expect(withPrevious('现有蔬菜大棚640座，今年新建冷库12座。', '640座', '12座')).toBe('新建冷库');
  });

  it('names how many a day are served after the places the sentence counted before', () => {
    expect(withPrevious('全县已建成城乡老年食堂46个，日均服务老人2300人次。', '46个', '2300人次')).toBe('城乡老年食堂日均服务老人');
    // (Not where the clause names who serves.)
    expect(withPrevious('全区千人口托位数达到4.2个，老年助餐点日均服务老人3600人次。', '4.2个', '3600人次')).toBe('老年助餐点日均服务老人');
  });

  it('names a total investment after the thing the sentence is about, or the works it counted', () => {
    expect(label('这条公路是今年“四好农村路”建设的重点项目，总投资1.35亿元，于去年10月开工。', '1.35亿元')).toBe('公路总投资');
    expect(label('沁河大桥是今年县里承诺的民生实事之一，全长186米，总投资2860万元。', '2860万元')).toBe('沁河大桥总投资');
    const p = '今年潞州区共改造老旧小区46个，涉及楼栋318栋，总投资2.3亿元。';
    expect(labelOf(scopeFor(p, '2.3亿元'), { previous: { label: '改造老旧小区涉及楼栋', end: p.indexOf('318栋') + 4 } })).toBe('改造老旧小区总投资');
  });

  it('names a how-many or how-much alone after what the clause before closed on', () => {
    expect(label('计划到2027年实现全县行政村“银发食堂”全覆盖，总数达到120个。', '120个')).toBe('“银发食堂”总数');
    expect(label('县总工会为环卫工人送去棉衣、手套等“暖心包”，价值36万元。', '36万元')).toBe('“暖心包”价值');
    expect(label('今年全县新建幸福院8个，总数达到46个。', '46个')).toBe('幸福院总数');
    // (At the sentence's first clause nothing before names it.)
    expect(label('总数达到46个。', '46个')).toBe('总数');
  });

  it('leans on the noun of the figure before with the verb that modifies it (充电场站), not one done to it', () => {
    const paragraph = '投入使用14个充电场站，配有121把充电桩。';
    expect(withPrevious(paragraph, '14个', '121把')).toBe('充电场站配有充电桩');
  });

  it('counts what works involved under the works (涉及), down the list', () => {
    const paragraph = '今年共改造老旧小区52个，涉及楼栋400栋、居民9000余户。';
    expect(withPrevious(paragraph, '52个', '400栋')).toBe('改造老旧小区涉及楼栋');
  });

  it('gives a part that names its own thing (其中…) the verbs of the whole, not its noun', () => {
    expect(withPrevious('全县新增技能人才9000人，其中高技能人才1800人。', '9000人', '1800人')).toBe('新增高技能人才');
    expect(withPrevious('今年新增停车位860个，其中新能源汽车充电车位120个。', '860个', '120个')).toBe('新增新能源汽车充电车位');
  });

  it('says a part the clause says 占 of a whole is a share, with the age group that defines it', () => {
    expect(withPrevious('日均就餐老人1100余人次，其中80岁以上老人占40%。', '1100余人次', '40%')).toBe('80岁以上老人占比');
    expect(withPrevious('全县有乡村医生435名，其中60岁以上的占到30%。', '435名', '30%')).toBe('60岁以上乡村医生占比');
  });

  it('keeps an age group after a count with the noun it defines', () => {
    expect(label('为全镇1260名65岁以上老人免费体检。', '1260名')).toContain('65岁以上老人');
    expect(label('为全县60周岁以上的2.1万名老人统一购买了意外伤害保险。', '2.1万名')).toBe('统一购买意外伤害保险的老人');
  });

  it('keeps 低保 in a share of 低保对象 (jieba tags 低保 a verb)', () => {
    const paragraph = '截至11月底，全区低保对象1.32万人，占户籍人口的3.8%。';
    expect(withPrevious(paragraph, '1.32万人', '3.8%')).toContain('低保对象');
  });

  it('keeps 容纳, what a place holds, before the count (jieba tags it a person’s name)', () => {
    expect(label('新建的村史馆可同时容纳50名游客参观。', '50名')).toBe('容纳游客参观');
    expect(label('礼堂能容纳300人开会。', '300人')).toContain('容纳');
    // (A verb jieba tags a verb already is read as before: `接待` stays as it was.)
    expect(label('新建的村史馆可同时接待50名游客参观。', '50名')).toBe('接待游客参观');
  });

  it('reads 一老一小 as one name (jieba cuts 一小 an adverb), so the works verb before it stays', () => {
    expect(label('今年全区新建“一老一小”活动室12个。', '12个')).toBe('新建“一老一小”活动室');
    // (一小 of a school's name or of an hour is read as before.)
    expect(label('城区一小新建教学楼1栋。', '1栋')).toBe('新建教学楼');
    expect(label('每天一小时，全镇参与健身群众3000人。', '3000人')).toBe('每天参与健身群众');
  });

  it('keeps the verb before the division the counted are in (覆盖全县12个乡镇): where, not what', () => {
    expect(label('今年新开通城乡公交线路6条，覆盖全县12个乡镇。', '12个')).toBe('覆盖乡镇');
    // (With no verb before the division, what the counted did names them, as before.)
    expect(label('目前，全县12个乡镇全部通了客车。', '12个')).toBe('通客车的乡镇');
  });

  it('reads the problem solved past the other counts of those it was solved for (解决了18个村、6000余人的…问题)', () => {
    expect(label('今年新打机井12眼，解决了18个村、6000余人的饮水困难问题。', '18个')).toBe('解决饮水困难问题的村');
    // (A list of counts with no 的 after it is no object: what was reached stays.)
    expect(label('今年新打机井12眼，惠及18个村、6000余人。', '18个')).toBe('惠及村');
  });

  it('keeps the base of a comparison (较去年, 比上年)', () => {
    expect(withPrevious('全县农村自来水普及率达到95%，较去年提高3个百分点。', '95%', '3个百分点')).toBe('农村自来水普及率较去年提高');
  });

  it('keeps what is compared with the base it is compared with (比…高, 比…多)', () => {
    expect(label('每斤谷子的收购价比市场价高0.2元。', '0.2元')).toContain('收购价比市场价高');
    expect(label('今年一季度的订单已经比去年同期多了四成。', '四成')).toContain('订单比去年同期多');
    // A per-word before the head stays when a change leans on the figure before (人均).
    expect(withPrevious('全区人均体育场地面积达到2.86平方米，比2024年底增加0.21平方米。', '2.86平方米', '0.21平方米')).toBe('人均体育场地面积增加');
  });

  it('keeps the head of the thing that changed though jieba tags it a verb (收入, 负担, 就业, 率)', () => {
    expect(withPrevious('全县旅游综合收入达到12亿元，同比增长9%。', '12亿元', '9%')).toContain('旅游综合收入');
    expect(withPrevious('全区农村劳动力转移就业达到3.2万人，较上年增加800人。', '3.2万人', '800人')).toContain('转移就业');
    expect(withPrevious('全县县域内就诊率达到90%，比去年提高2个百分点。', '90%', '2个百分点')).toContain('就诊率');
  });
});

describe('labelOf, a bare verbal noun the figure before names in full', () => {
  it('takes the nouns the figure before puts before it', () => {
    const paragraph = '今年，全区开展家政服务培训35期，培训1800人次。';
    const first = labelOf(scopeFor(paragraph, '35期'))!;
    const scope = scopeFor(paragraph, '1800人次');
    expect(labelOf(scope, { previous: { label: first, end: paragraph.indexOf('35期') + 3 } })).toBe('家政服务培训');
    // (Not where the label names a thing of its own: 培训农民.)
    const other = '今年，全区开展家政服务培训35期，培训农民1800人。';
    const own = labelOf(scopeFor(other, '1800人'), { previous: { label: first, end: other.indexOf('35期') + 3 } })!;
    expect(own).toContain('农民');
    expect(own).not.toContain('家政');
    // With no figure before, the clause before names it in one word ending on it.
    expect(label('社区为独居老人提供助餐、助洁等上门服务，累计服务1.1万人次。', '1.1万人次')).toBe('累计上门服务');
    expect(label('社区组织志愿者走访独居老人，累计服务1.1万人次。', '1.1万人次')).toBe('累计服务');
  });
});

describe('labelOf, works alone after a sentence that counted the thing', () => {
  it('names what the sentence before counted in the same measure word', () => {
    const paragraph = '近年来，全县先后建成村级卫生室210个。今年新建12个，全部投入使用。';
    expect(label(paragraph, '12个')).toBe('新建村级卫生室');
    // (Its last count in that measure word, whatever follows it: `…老旧小区215个，涉及居民3.6万户。…已开工210个`.)
    expect(label('全县建成村级卫生室210个，覆盖全县。今年新建12个，全部投入使用。', '12个')).toBe('新建村级卫生室');
    expect(label('今年全县计划改造老旧小区86个，涉及居民1.2万户。截至9月底，已开工80个。', '80个')).toBe('开工老旧小区');
    // (Not in another measure word.)
    expect(label('近年来，全县先后建成村级卫生室210所。今年新建12个，全部投入使用。', '12个')).toBe('新建');
    // (A count with its multiplier, which jieba may read with the unit: `3/万套`.)
    expect(label('“十四五”期间，全县要筹集保障性租赁住房3万套。截至目前，已筹集2.4万套。', '2.4万套', '套')).toBe('筹集保障性租赁住房');
  });
});

describe('labelOf, the next item of a list after a label that names who did it first', () => {
  it('takes what the label before says before its own nouns', () => {
    const label = (paragraph: string, previous: string, figure: string, before: string) =>
      labelOf(scopeFor(paragraph, figure), { previous: { label: before, end: paragraph.indexOf(previous) + previous.length } });
    const p = '今年以来，博物馆累计接待研学团队820批次、游客64万人次。';
    expect(label(p, '820批次', '64万人次', '博物馆累计接待研学团队')).toBe('博物馆累计接待游客');
  });
});

describe('labelOf, a count right after a one-character noun another count counted', () => {
  it('counts those reached as that noun was', () => {
    const p = '新建的村级幸福院投入使用，覆盖周边4个村860余名老人。';
    const before = { label: '村级幸福院覆盖村', end: p.indexOf('4个') + 2 };
    expect(labelOf(scopeFor(p, '860余名'), { previous: before })).toBe('村级幸福院覆盖老人');
  });
});

describe('labelOf, what was done alone after a clause that did it to a thing', () => {
  it('names what the clause before closes on, where that clause holds a verb and no number', () => {
    expect(label('县民政局为低保老人免费配发“智能药盒”，计划配发500个，已配发320个。', '500个', '个')).toBe('配发智能药盒');
    expect(label('县里从2024年起推广智能水表，目前已安装1.2万块。', '1.2万块', '块')).toBe('安装智能水表');
    // (Not after a clause of time alone, nor one that counts: the figure before names the thing, countedBeside.)
    expect(label('截至11月底，已配发320个。', '320个', '个')).toBe('配发');
    expect(label('今年共配发智能药盒500个，已配发320个。', '320个', '个')).toBe('配发');
    // (Nor after a clause that closes on a verb, nor for a verb jieba reads in a noun: 收入.)
    expect(label('“在村里的合作社上班，一个月能有2800元的收入。”', '2800元', '元')).toBe('收入');
  });
});

describe('labelOf: a name shortened after the paragraph named it in full', () => {
  it('takes the full name for a noun opening the clause', () => {
    expect(label('12月1日，县城至南垂村的城乡公交专线开通。专线全程36公里。', '36公里')).toBe('城乡公交专线全程');
    expect(label('学生在新建成的冰雪运动场上训练，运动场面积约8000平方米。', '约8000平方米')).toBe('冰雪运动场面积');
    expect(label('县里为困难家庭发放取暖补贴，每户每年补贴标准为900元。', '900元')).toBe('每户每年取暖补贴标准');
    // (With the season it is for before the verb that names its kind.)
    expect(label('县里为困难家庭发放冬季取暖补贴，每户补贴标准为700元。', '700元')).toBe('每户冬季取暖补贴标准');
  });

  it('leaves a noun that does not open the clause as it is', () => {
    expect(label('新建冰雪运动场2处，改造运动场5处。', '5处')).toBe('改造运动场');
  });
});

describe('labelOf: a rate named by its word alone', () => {
  it('is the rate of what the figure before counted, unless that figure did what it measures', () => {
    const p = '全县建成村级互助幸福院46个，覆盖率达到85%。';
    expect(labelOf(scopeFor(p, '85%'), { previous: { label: '建成村级互助幸福院', end: p.indexOf('46个') + 3 } })).toBe('村级互助幸福院覆盖率');
    const q = '全市有128所中小学开展课后服务，参与学生21.6万人，参与率92%。';
    expect(labelOf(scopeFor(q, '92%'), { previous: { label: '参与课后服务学生', end: q.indexOf('21.6万人') + 6 } })).toBe('参与率');
  });
});

describe('labelOf: those taking part, named without what in', () => {
  it('takes what the clause before does or has, ending on a verbal noun', () => {
    expect(label('今年全县有46所中小学开展课后服务，参与学生达到1.2万人。', '1.2万人')).toBe('参与课后服务学生');
    expect(label('全区中小学课后服务实现全覆盖，参与学生达到9800人。', '9800人')).toBe('参与课后服务学生');
  });

  it('leaves a label that says it', () => {
    expect(label('参与课后服务的学生达到1.2万人。', '1.2万人')).toBe('参与课后服务的学生');
  });
});

describe('withContext: one more object of the verb that took the count before', () => {
  const after = (paragraph: string, previousLabel: string, previous: string, figure: string) =>
    labelOf(scopeFor(paragraph, figure), { previous: { label: previousLabel, end: paragraph.indexOf(previous) + previous.length } });

  it('shares the last verb of the label before, the one that took its count, not the verbs it opens on', () => {
    expect(after('将新建改造村道6.8公里，惠及沿线5个村的3200余名群众。', '新建改造村道惠及沿线村', '5个', '3200余名')).toBe('惠及群众');
    // (A label before with one verb run, its leading verbs, as before.)
    expect(after('这条公交线路惠及沿线8个村3100余名群众。', '惠及沿线村', '8个', '3100余名')).toBe('惠及群众');
  });
});
