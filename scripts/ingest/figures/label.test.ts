import { describe, expect, it } from 'vitest';
import { labelOf } from './label.ts';
import { scopeFor } from './scope.fixture.ts';

const label = (paragraph: string, figure: string, unit?: string) => labelOf(scopeFor(paragraph, figure, unit ? { unit } : {}));


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

  it('drops linking words, time, place and an institution acting, and keeps 累计, 人均, 每…', () => {
    expect(label('全区老年食堂达到41个。', '41个')).toBe('老年食堂');
    expect(label('今年，县财政安排专项资金260万元。', '260万元')).toBe('安排专项资金');
    expect(label('今年以来，王桥镇累计发放积分卡4600余张。', '4600余张')).toBe('累计发放积分卡');
    expect(label('城镇退休人员养老金人均月增收75元。', '75元')).toBe('退休人员养老金人均月增收');
    expect(label('全区老年食堂日均就餐老人2600余人次。', '2600余人次')).toBe('老年食堂日均就餐老人');
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
    expect(label('65至79周岁的老人每人每月30元。', '30元')).toBe('65至79周岁的老人每人每月');
  });

  it('reads Latin words as nouns, and a time word or 目标 after a verb as part of its noun', () => {
    expect(label('镇卫生院新增DR设备2台。', '2台')).toBe('镇卫生院新增DR设备');
    expect(label('全县农村转移就业8000人，完成全年任务的95%。', '95%')).toBe('完成全年任务');
    expect(label('全县城镇新增就业3000人，完成年度目标的98%。', '98%')).toBe('完成年度目标');
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
    expect(label('过去农户每斤花椒只能卖20元。', '20元')).toBe('农户每斤花椒卖');
    expect(label('推动城乡供水一体化率达95%。', '95%')).toBe('城乡供水一体化率');
  });
});

describe('labelOf, a change leaning on the figure before', () => {
  const withPrevious = (paragraph: string, previous: string, figure: string) => {
    const before = labelOf(scopeFor(paragraph, previous))!;
    const scope = scopeFor(paragraph, figure);
    return labelOf(scope, { previous: { label: before, end: paragraph.indexOf(previous) + previous.length } });
  };

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
    // (Not in another measure word, nor where the count does not close the sentence before.)
    expect(label('近年来，全县先后建成村级卫生室210所。今年新建12个，全部投入使用。', '12个')).toBe('新建');
    expect(label('全县建成村级卫生室210个，覆盖全县。今年新建12个，全部投入使用。', '12个')).toBe('新建');
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
  });

  it('keeps a measure word with no number before it as a suffix of the noun phrase', () => {
    expect(label('室温不达标类占比为45%。', '45%')).toBe('室温不达标类占比');
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

describe('labelOf: a name shortened after the paragraph named it in full', () => {
  it('takes the full name for a noun opening the clause', () => {
    expect(label('12月1日，县城至南垂村的城乡公交专线开通。专线全程36公里。', '36公里')).toBe('城乡公交专线全程');
    expect(label('学生在新建成的冰雪运动场上训练，运动场面积约8000平方米。', '约8000平方米')).toBe('冰雪运动场面积');
    expect(label('县里为困难家庭发放取暖补贴，每户每年补贴标准为900元。', '900元')).toBe('每户每年取暖补贴标准');
  });

  it('leaves a noun that does not open the clause as it is', () => {
    expect(label('新建冰雪运动场2处，改造运动场5处。', '5处')).toBe('改造运动场');
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

describe('labelOf: parts listed after 其中, and a level kept', () => {
  it('names the next part of the whole as the first part was named', () => {
    const p = '截至10月底，全县市场主体总数达4.6万户，其中企业1.1万户、个体工商户3.5万户。';
    const first = labelOf(scopeFor(p, '1.1万户'), { previous: { label: '市场主体总数', end: p.indexOf('4.6万户') + 5 } });
    expect(first).toBe('市场主体总数企业');
    expect(labelOf(scopeFor(p, '3.5万户'), { previous: { label: first!, end: p.indexOf('1.1万户') + 5 } })).toBe('市场主体总数个体工商户');
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
