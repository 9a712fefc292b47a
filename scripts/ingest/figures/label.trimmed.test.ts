// labelOf trimmed to what defines the number: the words of the clause that do not say what is counted are left out.
import { describe, expect, it } from 'vitest';
import { label } from './label.fixture.ts';
import { labelOf } from './label.ts';
import { scopeFor } from './scope.fixture.ts';

describe('labelOf, trimmed to what defines the number', () => {
  it('ends on the counted noun, never on a conjunction before the next item', () => {
    expect(label('今年将建设8个示范社区和20个达标社区。', '8个')).toBe('示范社区');
    expect(label('全县18所乡镇中学和40所村小实现联网。', '18所')).toBe('乡镇中学');
  });

  it('leaves out a predicate that only links or narrates, and a relational verb before the count', () => {
    expect(label('形成以市级中心为龙头、9个乡镇服务站为支撑的网络。', '9个')).toBe('乡镇服务站');
    expect(label('来自5个乡镇的30名网格员依次发言。', '30名')).toBe('网格员');
    // (The places counted are those the next counted come from, not the narrating 依次发言.)
    expect(label('来自5个乡镇的30名网格员依次发言。', '5个')).toBe('网格员所来自的乡镇');
    expect(label('经过评比，全市的6名教师脱颖而出。', '6名')).toBe('教师');
  });

  it('never drops a negation, and leaves out a predicate cut inside its list of objects', () => {
    expect(label('村东一段约300米的道路多年未硬化。', '约300米')).toContain('未硬化');
    expect(label('在6个乡镇开设面点、养殖、电工等培训班20期。', '6个')).toBe('乡镇');
    expect(label('每个书房藏书不少于3000册。', '少于3000册')).toBe('每个书房藏书');
  });

  it('keeps a verb cut before its object only with the object, as what defines the noun', () => {
    expect(label('全镇300余户村民安装了太阳能热水器。', '300余户')).toBe('安装太阳能热水器的村民');
    expect(label('街道为45户独居老人安装了烟雾报警器和一键呼叫设备。', '45户')).toBe('安装烟雾报警器的独居老人');
  });

  it('reads the noun after a measure word jieba tags a verb, and leaves out a predicate whose object is the next figure', () => {
    expect(label('来自8个乡镇的26名选手围绕垃圾分类进行展示。', '26名')).toBe('选手');
    expect(label('产业园里，46家企业带来1300多个岗位。', '46家')).toBe('企业');
  });

  it('reads the items of a list joined by 、 as one phrase, never a count before 、', () => {
    expect(label('全县新建改造卫生院、卫生室12所。', '12所')).toBe('新建改造卫生院、卫生室');
    expect(label('全年新增就业5000人、返乡创业人员800人。', '800人')).toBe('返乡创业人员');
  });

  it('reads a unit after a number as the number (万元), a measure word after a noun as the noun (次中心)', () => {
    expect(label('县里投资1500万元改造老旧供热管网20公里。', '20公里')).toBe('改造老旧供热管网');
    expect(label('今年建成县域医疗次中心3个。', '3个')).toBe('建成县域医疗次中心');
  });

  it('reaches past a phrase of verbal nouns alone to the noun before it', () => {
    expect(label('如今，全村农家乐已发展到30家。', '30家')).toBe('农家乐发展');
  });

  it('keeps a threshold in a measure that defines what is counted, not a count with 以上', () => {
    expect(label('全市年收入50万元以上村达到20%。', '20%')).toBe('年收入50万元以上村');
    expect(label('新增备案30个以上托育点等8个项目。', '8个')).not.toContain('30个以上');
  });

  it('keeps the age group that defines who is counted', () => {
    expect(label('全县70岁以上老人享受助餐补贴的比例达到一半。', '一半')).toBe('70岁以上老人享受助餐补贴的比例');
    expect(label('65至79周岁的老人每人每月30元。', '30元')).toBe('65至79周岁老人每人每月');
    // A span of ages by any mark of a range (units.ts RANGE_MARK) is one age: not cut to its upper end.
    for (const mark of ['～', '－', '-', '至']) expect(label(`全县60${mark}79岁老年人有3.2万人。`, '3.2万人')).toBe('60至79岁老年人');
  });

  it('writes a span of ages one way however the page prints it, never its upper end alone (R3 F11, session 34)', () => {
    // (The lower end with its own 岁, spaces round the mark, 到, 的, the ends in words: one group, one label.)
    for (const span of ['60岁至79岁', '60 - 79岁', '60岁—79岁', '60岁到79岁的', '六十至七十九岁', '60～79岁的']) {
      expect(label(`全市${span}老年人有32.5万人。`, '32.5万人')).toBe('60至79岁老年人');
    }
    expect(label('为全县60周岁至79周岁老年人发放补贴1200万元。', '1200万元')).toBe('60至79周岁老年人发放补贴');
    expect(label('全市3岁至5岁儿童有1.2万人。', '1.2万人')).toBe('3至5岁儿童');
    // Near misses: one age keeps its spelling (百岁 is no 100岁), a threshold its 以上.
    expect(label('全市80岁以上老人有3.2万人。', '3.2万人')).toBe('80岁以上老人');
    expect(label('全县百岁老人有126人。', '126人')).toBe('百岁老人');
  });

  it('reads Latin words as nouns, and a time word or 目标 after a verb as part of its noun', () => {
    expect(label('镇卫生院新增DR设备2台。', '2台')).toBe('镇卫生院新增DR设备');
    expect(label('全县农村转移就业8000人，完成全年任务的95%。', '95%')).toBe('完成全年任务');
    expect(label('全县城镇新增就业3000人，完成年度目标的98%。', '98%')).toBe('完成年度目标');
  });

  it('skips a modal after a per-word of one as after 每 (一天要走, 一个月能拿)', () => {
    expect(label('护林员说，他一天要巡护12公里林区。', '12公里')).toContain('一天');
    // (Where no per-word stands before it, 要 still ends the phrase: it is the plan's.)
    expect(label('明年要新建公厕12座。', '12座')).toBe('新建公厕');
  });

  it('keeps 自己 before what one pays (out of pocket), with the words before it; a pronoun elsewhere', () => {
    expect(label('“做一次康复理疗，自己只掏了20多元。”', '20多元')).toBe('自己掏');
    expect(label('“现在每月电费自己只花100元左右。”', '100元左右')).toContain('电费自己');
    expect(label('他自己开了一家店，年收入20万元。', '20万元')).toBe('年收入');
  });

  it('reads 计划 as the base of a share after a verb (占计划的, 完成计划的), and as a plan before a verb', () => {
    expect(label('新修村级道路18公里，完成计划的75%。', '75%')).toBe('完成计划');
    expect(label('◇县图书馆新馆：已完成投资0.6亿元，占计划的64%', '64%')).toContain('计划');
    // (Before what is done, 计划 makes a plan and stays no part of the label.)
    expect(label('明年计划新修村级道路30公里。', '30公里')).toBe('新修村级道路');
  });

  it('reads a noun with a place ending as no actor (城市, 小区), and a verb-led phrase as no actor', () => {
    expect(label('今年将城市低保标准提高到每人每月800元。', '800元')).toBe('城市低保标准每人每月');
    expect(label('今年全区实施老旧小区改造项目40个。', '40个')).toBe('实施老旧小区改造项目');
  });

  it('defines who is counted by a verb and the object the next figure counts', () => {
    expect(label('今年，30家企业提供岗位900个。', '30家')).toBe('提供岗位的企业');
    expect(label('全县为5000户农户发放清洁取暖补贴600万元。', '5000户')).toBe('发放清洁取暖补贴的农户');
  });

  it('ends the noun after a count before a verb whose object the next figure counts', () => {
    expect(label('该县为1570名农民工追讨工资1578万元。', '1570名')).toBe('追讨工资的农民工');
    // (A list's next item is no such figure: `…管网铺设和13个…`.)
    expect(label('工程包括3座建制镇污水处理站管网铺设和13个村级污水处理设施。', '3座')).not.toContain('和');
  });

  it('reads what the counted did or got past the time, place, adverbs and counts before it', () => {
    expect(label('屯留区路村乡11个村的1860户村民12月起用上天然气。', '1860户')).toBe('用上天然气的村民');
    expect(label('屯留区路村乡11个村的1860户村民12月起用上天然气。', '11个')).toBe('用上天然气的村');
    expect(label('漳源镇、册村镇等5个乡镇实现24小时供水。', '5个')).toBe('实现24小时供水的乡镇');
    expect(label('全县9个乡镇和288个村（社区）全部建成便民服务站。', '9个')).toBe('建成便民服务站的乡镇');
    // After a verb that took the people as its object: what it made them do.
    expect(label('该村新建日光温室42座，带动60余户村民在家门口增收。', '60余户')).toBe('带动村民增收');
    // Not a clause that only links, nor one past a 的.
    expect(label('全县5个乡镇为山区乡镇。', '5个')).toBe('乡镇');
  });

  it('keeps the members with what they make up (由…组成的…), and nouns jieba cut with 用 or 二次', () => {
    expect(label('一支由62名退休党员组成的“邻里互助队”远近闻名。', '62名')).toBe('“邻里互助队”退休党员');
    expect(label('这支由12名退休职工组成的志愿服务队，两年来已上门服务老人3000余人次。', '12名')).toBe('志愿服务队退休职工');
    expect(label('今冬全市共储备供热用煤86万吨。', '86万吨')).toBe('储备供热用煤');
    expect(label('今年我市计划改造老旧小区二次供水设施62处。', '62处')).toContain('二次供水设施');
  });

  it('names people counted by what they did where nothing else names them (已有…完成缴费)', () => {
    expect(label('截至12月10日，全市已有189.6万人完成缴费。', '189.6万人')).toContain('缴费');
  });

  it('names how long something takes by what was done, after the time or in the clause before it', () => {
    expect(label('潞城区居民李先生递交材料，不到30分钟就拿到了新房的不动产权证书。', '不到30分钟', '分钟')).toBe('拿到不动产权证书用时');
    expect(label('“以前开药要去医院排队，来回两个多小时。”', '两个多小时', '小时')).toBe('开药来回');
    expect(label('“过去去趟县城得绕大半天，现在40分钟就到了。”', '40分钟', '分钟')).toBe('去趟县城用时');
    // Not who did it: a person's name before is no activity.
    expect(label('居民李先生在窗口递交材料，等了30分钟。', '30分钟', '分钟') ?? '').not.toContain('李先生');
  });

  it('names employers counted at a job fair the sentence names as taking part (the guide’s measure)', () => {
    expect(label('沁县举办2025年冬季专场招聘会，89家企业提供岗位2100余个。', '89家')).toBe('招聘会参会企业');
    expect(label('屯留区专场招聘会走进渔泽镇，46家企业带来1300多个岗位。', '46家')).toBe('招聘会参会企业');
    // Not firms counted elsewhere.
    expect(label('全县规模以上工业企业达到126家。', '126家')).not.toContain('参会');
  });

  it('carries 累计 before a verb over the list it opens, not past 新增, nor to a rate or after 累计 before a number', () => {
    const p = '近三年，镇里累计引进加工企业4家，带动脱贫户870户。';
    expect(label(p, '870户')).toBe('累计带动脱贫户');
    const q = '今年以来，我市累计举办培训班1380期，培训10.6万人次，新增技能人才2.8万人。';
    expect(label(q, '2.8万人')).toBe('新增技能人才');
    const r = '参会单位累计1.32万家，提供岗位47.7万个。';
    expect(label(r, '47.7万个')).not.toContain('累计');
    expect(label('累计发放各项社保待遇5.79亿元，全民参保率达97%以上。', '97%以上', '%')).toBe('全民参保率');
    // (Over the items of a list joined by 、 in one clause too, up to one that says it was added.)
    expect(label('全镇累计发放积分卡4600张、兑换物品1.2万件。', '1.2万件')).toBe('累计兑换物品');
    expect(label('全镇累计建成幸福院12个、新建老年食堂5个。', '5个')).toBe('新建老年食堂');
    // (Once, where the item takes the verbs of the label before, which hold it: 累计建成老年食堂.)
    expect(labelOf(scopeFor('全县累计建成幸福院12个、老年食堂5个。', '5个'), { previous: { label: '累计建成幸福院', end: '全县累计建成幸福院12个'.length } })).toBe('累计建成老年食堂');
  });

  it('keeps a per-word of the clause or of a lead clause opening on it, though a boundary cut it off', () => {
    expect(label('改造户每户可享受一次性设备补贴3000元。', '3000元')).toBe('每户设备补贴');
    expect(label('每座户厕改造，县财政补助1200元。', '1200元')).toMatch(/^每座.*补助$/);
    // Not a second one, nor before an average.
    expect(label('低保标准提高到每人每月780元。', '780元')).not.toMatch(/^每人每人/);
  });

  it('keeps nouns made with a plan’s or an aim’s word (计划投资, 全年目标任务)', () => {
    expect(label('全年计划投资4.5亿元，实际完成投资4.6亿元。', '4.5亿元')).toBe('全年计划投资');
    expect(label('全区新增城镇就业4210人，完成全年目标任务的105%。', '105%')).toBe('完成全年目标任务');
    expect(label('据介绍，工程计划投资3.1亿元。', '3.1亿元')).toBe('工程计划投资');
  });

  it('keeps where the counted are (沿线) and how often (每天要…) with them', () => {
    expect(label('专线开通后，沿线9个村的5600余名群众到县城办事更加便捷。', '9个')).toBe('沿线村');
    expect(label('社区网格员赵丽丽每天要走访20多户居民。', '20多户')).toBe('每天走访居民');
  });

  it('keeps a measure word that closes a verb right before the number as its noun (充电口)', () => {
    expect(label('成家川街道将辖区9处闲置车棚改造为集中充电驿站，安装智能充电口360个。', '360个')).toBe('安装智能充电口');
  });

  it('names what a temperature or an area measures where the label names only the place or the thing', () => {
    expect(label('“今年暖气来得早，一开栓屋里就有23度。”', '23度', '℃')).toBe('室温');
    expect(label('“敬老院的活动室22度，很暖和。”', '22度', '℃')).toContain('温度');
    expect(label('全县供热面积达到520万平方米。', '520万平方米')).toBe('供热面积');
    expect(label('这片不到3000平方米的小公园，原来是一处闲置多年的废旧厂区。', '不到3000平方米')).toBe('小公园面积');
  });

  it('defines the noun a share or a measure is of by the verb and object after it', () => {
    const text = '壶关县将八成以上财政收入投入教育、医疗、养老、就业等民生关键领域。';
    expect(label(text, '八成以上', '%')).toBe('投入民生关键领域的财政收入占比');
    expect(label('潞州区将八成以上财政支出用于民生。', '八成以上', '%')).toBe('用于民生的财政支出占比');
    expect(label('开展甲烷体积分数1%以上瓦斯梯级利用。', '1%以上', '%')).not.toContain('占比');
  });

  it('keeps the quotes the sentence puts round a name', () => {
    expect(label('全县组建6支“红马甲”志愿服务队。', '6支')).toBe('组建“红马甲”志愿服务队');
  });

  it('keeps a direction word between its noun and the number, and 可支配收入 whole', () => {
    expect(label('项目为镇区及周边约80万平方米区域提供热源。', '约80万平方米')).toBe('提供热源的镇区及周边区域面积');
    expect(label('全县农村居民人均可支配收入增长7.2%。', '7.2%')).toBe('农村居民人均可支配收入增长');
  });

  it('drops modal verbs, the verb governing a rate and a link jieba ran into the word before', () => {
    expect(label('过去农户每斤花椒只能卖20元。', '20元')).toBe('农户花椒每斤售价'); // (the price 卖 tells: label-sold.ts)
    expect(label('推动城乡供水一体化率达95%。', '95%')).toBe('城乡供水一体化率');
  });

  it('keeps an eldercare service point whole when the sentence goes on after it (jieba alone cuts 助 off as a verb)', () => {
    expect(label('今年新建的9个村级助餐点已全部开伙。', '9个')).toContain('助餐点');
  });

  it('keeps flexible employment (灵活就业) whole in the noun a count names', () => {
    expect(label('今年为860名灵活就业人员办理了参保登记。', '860名')).toContain('灵活就业人员');
  });
});
