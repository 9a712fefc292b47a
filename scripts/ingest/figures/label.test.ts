// labelOf on a figure's own clause: what the label names, and the forms of clause a label is read from (parts,
// lists, changes, per-words, quoted names …). Labels trimmed to what defines the number are in
// label.trimmed.test.ts; labels that take what the sentence or paragraph before named, in label-context.test.ts.
import { describe, expect, it } from 'vitest';
import { label } from './label.fixture.ts';
import { labelOf } from './label.ts';
import { scopeFor } from './scope.fixture.ts';

describe('labelOf', () => {
  it('keeps whole words and the words that define the number (the issue’s examples)', () => {
    expect(label('新建改造供热管网38.1公里、换热站12个。', '38.1公里')).toBe('新建改造供热管网');
    expect(label('推进社区嵌入式普惠托育服务设施建设、新增备案67个以上普惠社区托育点等15个项目。', '67个以上')).toBe('新增备案普惠社区托育点');
    expect(label('全县集中式饮用水水源地水质达标率100%。', '100%')).toBe('集中式饮用水水源地水质达标率');
    expect(label('第一阶梯水价从每吨2.5元提高到3元。', '2.5元')).toBe('第一阶梯水价每吨');
    expect(label('低保家庭享受每月500元补助。', '500元')).toBe('低保家庭享受每月补助');
  });

  it('reads the noun after a count, with the verbs before it or the predicate after it', () => {
    expect(label('今年潞州区共改造老旧小区46个，涉及楼栋318栋。', '46个')).toBe('改造老旧小区');
    expect(label('投入近200万元对16个学校食堂进行了改造。', '16个')).toBe('学校食堂改造');
    expect(label('今年，县财政安排专项资金260万元，对其中21个幸福院进行了提档升级。', '21个')).toBe('幸福院提档升级');
    expect(label('有备案托育机构77家，200余个普惠性社区(家庭)托育点、幼儿园托班。', '200余个')).toBe('普惠性社区托育点、幼儿园托班');
  });

  it('keeps an adverb of how or where before what those counted were brought to do (就近务工), not one of order', () => {
    expect(label('村里的食用菌基地带动230余名脱贫群众就近就业。', '230余名')).toBe('带动脱贫群众就近就业');
    expect(label('镇里新建的加工厂带动80余户农民就近务工。', '80余户')).toBe('带动农民就近务工');
    // (An adverb of order narrates what they did in turn: no part of who is counted.)
    expect(label('活动吸引300余名市民陆续参与。', '300余名')).toBe('吸引市民');
    expect(label('带动120户村民依次入场。', '120户')).toBe('带动村民');
  });

  it('drops linking words, time, place and an institution acting, and keeps 累计, 人均, 每…', () => {
    expect(label('全区老年食堂达到41个。', '41个')).toBe('老年食堂');
    expect(label('今年，县财政安排专项资金260万元。', '260万元')).toBe('安排专项资金');
    expect(label('今年以来，王桥镇累计发放积分卡4600余张。', '4600余张')).toBe('累计发放积分卡');
    expect(label('城镇退休人员养老金人均月增收75元。', '75元')).toBe('退休人员养老金人均月增收');
    expect(label('全区老年食堂日均就餐老人2600余人次。', '2600余人次')).toBe('老年食堂日均就餐老人');
  });

  it('keeps whose act a standard or a share measures (财政补助标准): a verb and its measure noun are one noun, no actor', () => {
    expect(label('明年，各级财政补助标准为每人每年不低于820元。', '不低于820元')).toBe('财政补助标准每人每年');
    expect(label('县财政奖励比例为40%。', '40%')).toBe('县财政奖励比例');
    // (Near misses: an institution acting on an object, and a verb before a noun that is no measure of it.)
    expect(label('今年，市财政安排专项资金380万元。', '380万元')).toBe('安排专项资金');
    expect(label('区财政补助资金150万元。', '150万元')).toBe('补助资金');
  });

  it('reads the phrase before a boundary when the words next to the number name nothing', () => {
    expect(label('据介绍，加装电梯每户只需出资1.8万元。', '1.8万元')).toBe('加装电梯每户出资');
    expect(label('县里对改造户按每户每个采暖季最高1200元的标准给予运行补贴。', '1200元')).toBe('每户每个采暖季补贴');
  });

  it('names money after what it was for', () => {
    expect(label('投入近200万元对16个学校食堂进行了改造。', '近200万元')).toBe('学校食堂改造投入');
    expect(label('今年镇里投入资金600万元建设文化广场。', '600万元')).toBe('文化广场投入资金');
    expect(label('县里计划投资900万元改造提升进村道路。', '900万元')).toBe('进村道路投资');
  });

  it('keeps a works verb jieba tags otherwise, and carries it down a list', () => {
    expect(label('新建供热主管网36公里、换热站15座。', '36公里')).toBe('新建供热主管网');
    expect(label('● 新建改造供热管网 21.6公里', '21.6公里')).toBe('新建改造供热管网');
  });
});

describe('labelOf, a per-word of what is done', () => {
  it('keeps 每, a verb, 一 and a measure word from the lead clause', () => {
    expect(label('合作社每收购一斤谷子，可得奖励0.1元。', '0.1元')).toContain('每收购一斤');
    expect(label('企业每吸纳一名脱贫劳动力就业，给予补贴1000元。', '1000元')).toContain('每吸纳一名');
    // (Not a 每 with no 一 and measure word after its verb.)
    expect(label('合作社每收购谷子，可得奖励0.1元。', '0.1元')).not.toContain('每');
  });
});

describe('labelOf: a change from a level to another', () => {
  it('names what changed, before 从/由 and the from-level', () => {
    expect(label('今冬诉求中，投诉类占比从去年的58%降到了41%。', '41%')).toBe('投诉类占比');
    expect(label('全县村卫生室覆盖率由去年的八成提高到九成。', '九成')).toBe('村卫生室覆盖率');
    // (With the unit split off the verb jieba glued it to, and 涨至 a link like 调至.)
    expect(label('今冬液化气价格由每罐95元涨至105元。', '105元')).toBe('今冬液化气价格每罐');
    expect(label('居民用气价格拟由每立方米2.6元调至2.9元。', '2.9元')).toBe('居民用气价格每立方米');
  });

  it('keeps a measure word with no number before it as a suffix of the noun phrase', () => {
    expect(label('室温不达标类占比为45%。', '45%')).toBe('室温不达标类占比');
    // (类 before a verb jieba tags so, `供暖/v 类/q 诉求/v`, is the kind of it too, not a number breaking the phrase.)
    expect(label('本周热线受理群众诉求5100件，其中供暖类诉求1300件。', '1300件')).toBe('供暖类诉求');
    expect(label('今年以来，维修类投诉同比下降18%。', '18%')).toContain('维修类投诉');
    // (Not 类 counted by a number before it: `3类技能培训` is three kinds of training.)
    expect(label('今年开展3类技能培训1200人次。', '1200人次')).toBe('技能培训');
  });
});

describe('labelOf: per-words and those a thing was done for', () => {
  it('keeps a per-word a preposition or a verb of having cut off (日均为…, 每千人口拥有…)', () => {
    expect(label('食堂日均为380余名老人提供午餐。', '380余名')).toBe('日均提供午餐的老人');
    expect(label('全县每万人拥有公共图书馆藏书达到1.2万册。', '1.2万册')).toBe('每万人公共图书馆藏书');
  });

  it('names a count after 为 by what was done for the counted', () => {
    expect(label('志愿者为全村45户留守老人免费安装净水设备。', '45户')).toBe('免费安装净水设备的留守老人');
    expect(label('社区为120名高龄老人提供上门理发服务。', '120名')).toBe('提供上门理发服务的高龄老人');
    // (A verbal noun of manner opening a predicate too long for a label is left out: 免费.)
    expect(label('为全镇86户独居老人免费安装烟雾报警器。', '86户')).toBe('安装烟雾报警器的独居老人');
  });
});

describe('labelOf: 每 and a measure word after a count in it', () => {
  it('is one of what the figure before counted', () => {
    const p = '今年，该县新建城市书房6个，每个面积约200平方米。';
    expect(labelOf(scopeFor(p, '约200平方米'), { previous: { label: '新建城市书房', end: p.indexOf('6个') + 2 } })).toBe('每个城市书房面积');
    const q = '全区建成社区养老服务站点76个，每个站点每月服务老人约600人次。';
    expect(labelOf(scopeFor(q, '约600人次'), { previous: { label: '建成社区养老服务站点', end: q.indexOf('76个') + 3 } })).toBe('每个服务站点每月服务老人');
  });
});

describe('labelOf: the next item of a list', () => {
  it('takes the verbs of the item before, though a verb stands inside its own noun phrase (村级健身广场)', () => {
    const p = '今年，全区新建改造口袋公园15个、村级健身广场38个。';
    expect(labelOf(scopeFor(p, '38个'), { previous: { label: '新建改造口袋公园', end: p.indexOf('15个') + 3 } })).toBe('新建改造村级健身广场');
  });
});

describe('labelOf: a quoted name the words cut', () => {
  it('takes the whole name where the label opens on its tail', () => {
    expect(label('今年以来，县里推出“一件事一次办”事项42项。', '42项')).toBe('“一件事一次办”事项');
    expect(label('今年，县里为农村学校建设"同步课堂"教室60间。', '60间')).toBe('"同步课堂"教室');
  });
});

describe('labelOf: parts listed after 其中, and a level kept', () => {
  it('names the next part of the whole as the first part was named', () => {
    const p = '截至10月底，全县市场主体总数达4.6万户，其中企业1.1万户、个体工商户3.5万户。';
    const first = labelOf(scopeFor(p, '1.1万户'), { previous: { label: '市场主体总数', end: p.indexOf('4.6万户') + 5 } });
    expect(first).toBe('市场主体总数企业');
    expect(labelOf(scopeFor(p, '3.5万户'), { previous: { label: first!, end: p.indexOf('1.1万户') + 5 } })).toBe('市场主体总数个体工商户');
  });

  it('names a part held by institutions or places with what the whole counts', () => {
    const p = '全市已开设心理咨询室58个，其中中小学校41个。';
    expect(labelOf(scopeFor(p, '41个'), { previous: { label: '开设心理咨询室', end: p.indexOf('58个') + 3 } })).toBe('中小学校开设心理咨询室');
  });

  it('leaves 保持 out of a label, as 保持在', () => {
    expect(label('建制村通客车率保持100%。', '100%')).toBe('建制村通客车率');
  });
});

describe('labelOf: 惠及, which the dictionary tags a place name', () => {
  it('reads it as the verb of reach it is', () => {
    expect(label('这批背街小巷改造总投资2100万元，惠及沿线居民5200余户。', '5200余户')).toBe('惠及居民');
    expect(label('新建蓄水池21座，惠及4.6万名群众。', '4.6万名')).toBe('惠及群众');
  });
});

describe('labelOf: what did it, cut off by a word of sum', () => {
  it('names the doer before 共, 已, 累计 or 均 when the label says only what was done', () => {
    expect(label('截至12月10日，全市今冬供热服务热线共受理群众诉求2860件。', '2860件')).toBe('供热服务热线受理群众诉求');
    expect(label('今年以来，全区“15分钟生活圈”已覆盖90%的城市社区。', '90%')).toBe('“15分钟生活圈”覆盖城市社区占比');
  });

  it('leaves out a person or an institution acting', () => {
    expect(label('据介绍，县民政局已发放取暖补贴486万元。', '486万元')).toBe('发放取暖补贴');
    expect(label('记者共走访居民120户。', '120户')).toBe('走访居民');
  });
});

describe('labelOf: parts and items of works', () => {
  it('names a kind of the works a whole closes on by that work, and the next kind the same', () => {
    const p = '今年全市完成清洁取暖改造2.3万户，其中“煤改电”1.5万户、“煤改气”0.8万户。';
    const first = labelOf(scopeFor(p, '1.5万户'), { previous: { label: '完成清洁取暖改造', end: p.indexOf('2.3万户') + 5 } });
    expect(first).toBe('“煤改电”改造');
    expect(labelOf(scopeFor(p, '0.8万户'), { previous: { label: first!, end: p.indexOf('1.5万户') + 5 } })).toBe('“煤改气”改造');
  });

  it('gives the next item of a list the works verb before the item before\'s noun', () => {
    const p = '改造后的老旧小区新增养老服务站14个、托育点9个。';
    expect(labelOf(scopeFor(p, '9个'), { previous: { label: '老旧小区新增养老服务站', end: p.indexOf('14个') + 3 } })).toBe('新增托育点');
  });
});

describe('labelOf: money named by its verb alone', () => {
  it('is what a clause before did the same verb to', () => {
    expect(label('县民政局为困难群众发放冬季取暖补贴，共计发放资金120万元。', '120万元')).toBe('共计发放冬季取暖补贴资金');
  });

  it('stays as it is without such a clause', () => {
    expect(label('县里共计发放资金120万元。', '120万元')).toBe('共计发放资金');
  });
});

describe('labelOf: a noun with its pair of opposite directions', () => {
  it('keeps the pair whole where jieba cuts it (线/上线/下): no direction word falls out', () => {
    expect(label('今年开展线上线下招聘190余次，实现新增就业4424人。', '190余次')).toBe('开展线上线下招聘');
    expect(label('全年举办校内校外讲座30场。', '30场')).toBe('举办校内校外讲座');
  });
});

describe('labelOf: counted things that finished something', () => {
  it('keeps a light verb before its noun object after the count (完成…工作), not the bare counted noun', () => {
    expect(label('全县共120个社区完成“网格化”任务。', '120个')).toBe('完成“网格化”任务的社区');
    expect(label('目前已有35所学校实现“午餐配送”工作。', '35所')).toBe('实现“午餐配送”工作的学校');
  });
  it('still drops a light verb before a verb of works', () => {
    expect(label('投入近200万元对16个学校食堂进行了改造。', '16个')).toBe('学校食堂改造');
  });
});

describe('labelOf: a list of names closed by 等 after the count', () => {
  it('labels the counted phrase after 等, not the names that are examples of it', () => {
    expect(label('活动吸引了200余名来自甲中学、乙中学、丙中学等学校的在校学生参加。', '200余名')).not.toMatch(/甲中学|乙中学/);
    expect(label('活动吸引了200余名来自甲中学、乙中学、丙中学等学校的在校学生参加。', '200余名')).toContain('学生');
    expect(label('县里建成张村、李村等示范点12个以上，另建成15个红星社区、光明社区等服务站。', '15个')).toBe('建成服务站');
  });
});

describe('labelOf: a counted noun with a short phrase and 的 before it', () => {
  it('counts the noun the phrase modifies, without what is done for it after', () => {
    expect(label('县里为20个签订合同的企业提供服务。', '20个')).toBe('签订合同的企业');
  });
  it('keeps a single noun before 的 as the holder counted', () => {
    expect(label('合作社带动周边9个乡的农户增收。', '9个')).not.toBe('乡的农户');
  });
});

describe('labelOf: a count after a verb of origin', () => {
  it('counts where the next counted come from', () => {
    expect(label('来自10个社区的200多名志愿者参加了活动。', '10个')).toBe('志愿者所来自的社区');
  });
  it('leaves a count after 来自 with nothing counted after it', () => {
    expect(label('参会企业来自8个省份。', '8个')).not.toContain('所来自');
  });
});

describe('labelOf: holders counted with a long list of objects done for what they hold', () => {
  it('takes the verb and the first object of a list too long for a label', () => {
    expect(label('去年为城关镇12个村的3000余户村民安装了太阳能路灯和室外健身器材。', '12个')).toBe('安装太阳能路灯的村');
  });
});

describe('labelOf: words jieba would cut', () => {
  it('keeps a Latin name with its digits as what is measured (PM2.5, PM10), not as a number', () => {
    expect(label('全市PM2.5平均浓度为35微克/立方米。', '35微克/立方米')).toBe('PM2.5平均浓度');
    expect(label('今年PM10平均浓度为62微克/立方米。', '62微克/立方米')).toBe('PM10平均浓度');
  });

  it('keeps a pipe’s pressure class whole (中压, which jieba reads as the place word 中)', () => {
    expect(label('今年新铺设中压管网28公里。', '28公里')).toBe('新铺设中压管网');
  });

  it('keeps a two-character locality word between two nouns in their phrase (公办/n 初中/f 学位)', () => {
    expect(label('今年秋季，新增公办初中学位900个。', '900个')).toBe('新增公办初中学位');
  });
});

describe('labelOf: a range', () => {
  it('labels the upper end as the lower one, in the same unit (or none printed)', () => {
    const paragraph = '下一步将紧盯超低排放改造，力争全年优良天数达到265天至270天。';
    expect(label(paragraph, '270天')).toBe(label(paragraph, '265天'));
    expect(label(paragraph, '270天')).toBe('优良天数');
    expect(label('奖补标准为每户2万至3万元。', '3万元')).toBe(label('奖补标准为每户2万至3万元。', '2万'));
    expect(label('服务期限为3—5年。', '5年')).toBe('服务期限');
  });

  it('is no range where a verb stands between the two numbers (a change to a level)', () => {
    expect(label('全县门诊慢特病病种由33种增至41种。', '41种')).toBe('门诊慢特病病种');
    expect(label('第一阶梯水价从每吨2.5元提高到3元。', '3元')).toBe('第一阶梯水价每吨');
  });
});

describe('labelOf: verbs of what was done anew', () => {
  it('keeps 新 with its verb, one word or two to jieba (新设, 新开通/nz, 新入选)', () => {
    expect(label('长治高新区在捉马、西王庄等社区新设3个“零工驿站”。', '3个')).toBe('新设“零工驿站”');
    expect(label('一季度，机场新开通长治至三亚、长治至哈尔滨等4条航线。', '4条')).toBe('新开通航线');
    expect(label('今年全县新入选企业8家。', '8家')).toBe('新入选企业');
  });
});

describe('labelOf: a pointer back between a verb and its noun', () => {
  it('skips 这样的, 这些 (which ones, not what), so the verb stays the noun’s', () => {
    expect(label('西街街道今年已建成这样的爱心驿站11个。', '11个')).toBe('建成爱心驿站');
    expect(label('今年全区建成这些驿站12个。', '12个')).toBe('建成驿站');
  });
});

describe('labelOf: a running sum of what was done for those counted', () => {
  it('keeps 累计 before 为 with what was done for them', () => {
    expect(label('今年全县累计为1.6万名学生提供课后服务。', '1.6万名')).toBe('累计提供课后服务的学生');
    expect(label('今年全县为1.6万名学生提供课后服务。', '1.6万名')).toBe('提供课后服务的学生');
  });
});

describe('labelOf: a time limit', () => {
  it('names who must act within it, what they must do and 时限', () => {
    expect(label('按照要求，一般诉求须在24小时内联系群众，紧急诉求须在2小时内到达现场。', '2小时')).toBe('紧急诉求到达现场时限');
    expect(label('群众来访后，调解中心须在3个工作日内受理、15个工作日内办结。', '3个工作日')).toBe('调解中心受理时限');
    // (With 内 in the span, as its qualifier.)
    expect(label('紧急诉求须在2小时内到达现场。', '2小时内', '小时')).toBe('紧急诉求到达现场时限');
  });

  it('reads a rule stated bare, the act right after 内 ending its clause or item, as a limit', () => {
    expect(label('对燃气泄漏报警的，物业人员30分钟内入户检查。', '30分钟内', '分钟')).toBe('物业人员入户检查时限');
    expect(label('受理投诉后，市场监管所3个工作日内答复、10个工作日内办结。', '3个工作日内', '个工作日')).toMatch(/答复时限$/);
    expect(label('受理投诉后，市场监管所3个工作日内答复、10个工作日内办结。', '10个工作日内', '个工作日')).toMatch(/办结时限$/);
    // (An item of a list of limits takes the act after the last.)
    expect(label('接到求助后，城区20分钟内、山区1小时内赶到现场。', '20分钟内', '分钟')).toBe('城区赶到现场时限');
  });

  it('reads what something took, with no must, as time taken', () => {
    expect(label('县医院专家15分钟内就能出报告。', '15分钟')).toBe('出报告用时');
    // (Nor is a plain noun after 内 an act.)
    expect(label('全镇建成15分钟内生活圈。', '15分钟内', '分钟')).not.toContain('时限');
    // (Nor a span of years, or one after a word of the past: what a thing took, not a pledge.)
    expect(label('过去3年内全县新建学校12所。', '3年内', '年') ?? '').not.toContain('时限');
    expect(label('这家企业2年内扭亏为盈。', '2年内', '年') ?? '').not.toContain('时限');
    expect(label('短短10天内完成改造。', '10天内', '天') ?? '').not.toContain('时限');
  });
});

describe('labelOf: a per-word alone', () => {
  it('takes the noun its clause links to it and the key of the item it is in', () => {
    const tiers = '具体标准如下：一、第一阶梯：每户年用水量不超过144立方米（含）的部分，水价为每立方米3.65元；二、第二阶梯：144—216立方米（含）的部分，水价为每立方米4.90元。';
    expect(label(tiers, '3.65元')).toBe('第一阶梯水价每立方米');
    expect(label(tiers, '4.90元')).toBe('第二阶梯水价每立方米');
    expect(label('缴费标准: 每人每年400元', '400元')).toBe('缴费标准每人每年');
    expect(label('水价为每立方米3.65元。', '3.65元')).toBe('水价每立方米');
  });

  it('takes no speaker, institution or reporting verb before a colon as its key', () => {
    expect(label('市医保中心工作人员李娟：每人每年400元。', '400元')).toBe('每人每年');
    expect(label('答：每人每年400元。', '400元')).toBe('每人每年');
    expect(label('具体标准如下：每人每年400元。', '400元')).toBe('每人每年');
  });
});

describe('labelOf: a page copied with marks of emphasis', () => {
  it('reads the words inside **, ` and ~~ as if unmarked', () => {
    expect(label('明年计划改造老旧小区120个，其中`完整社区`试点不少于10个。', '不少于10个')).toBe('完整社区试点');
    expect(label('今年**新增城镇就业**3120人。', '3120人')).toBe('新增城镇就业');
  });
});

describe('labelOf, ranges, verbs of making and place words before the count', () => {
  it('reads the lower end of a range past its upper end', () => {
    expect(label('困难老人在助餐点就餐，每餐可享受2元至4元的补贴。', '2元')).toBe('每餐享受补贴');
  });

  it('names those a verb of making set to work by what they then did, up to the count of its object', () => {
    expect(label('区住建局督促15家物业企业向业主公示收费标准。', '15家')).toBe('公示收费标准的物业企业');
    expect(label('今年推动28家机关单位在夜间向社会开放内部停车位900个。', '28家')).toBe('开放内部停车位的机关单位');
  });

  it('reads one of a measure opening the clause as a per-word, with what is done after it', () => {
    expect(label('她说：“一亩地收入8000多元。”', '8000多元')).toBe('一亩地收入');
    expect(label('往年一户一个冬天得买4吨煤。', '4吨')).toContain('煤');
    expect(label('“一个棚一年能收入5万多元。”', '5万多元')).toBe('一个棚一年收入');
    expect(label('一年能挣5万多元。', '5万多元')).not.toMatch(/^一[个亩]/);
  });

  it('keeps a place word between the verb and the count: where the counted are', () => {
    expect(label('新线路惠及沿线9个村。', '9个')).toBe('惠及沿线村');
  });
});

describe('labelOf: a later figure of a box’s data line (issue 15)', () => {
  const box = '●城镇新增就业 4.1万人 完成年度目标的108%\n●新增普惠托位 3200个 完成年度目标的91%';
  it('is of the thing the line opens on', () => {
    expect(labelOf(scopeFor(box, '108%'))).toContain('城镇新增就业');
    expect(labelOf(scopeFor(box, '91%'))).toContain('普惠托位');
  });
  it('leaves the line’s first figure and a sentence alone', () => {
    expect(labelOf(scopeFor(box, '4.1万人'))).toBe('城镇新增就业');
    expect(labelOf(scopeFor('全市城镇新增就业4.1万人，完成年度目标的108%。', '108%'))).not.toContain('城镇新增就业完成');
  });
});

describe('a per-head word jieba would cut across (全村人 + 均)', () => {
  it('keeps 人均 whole after a whole place (全村, 全镇), as it is after 全乡', () => {
    expect(labelOf(scopeFor('去年全村人均纯收入1.2万元。', '1.2万元'))).toBe('人均纯收入');
    // Near miss: 全村人 with no 均 after it stays the villagers.
    expect(labelOf(scopeFor('全村人都用上了自来水，受益群众860人。', '860人'))).not.toContain('人均');
  });
});
