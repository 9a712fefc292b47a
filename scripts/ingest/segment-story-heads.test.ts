// A section heading that heads a report of its own after a feature (segment-story-heads.ts). Pages made up in the
// forms the papers print.
import { describe, expect, it } from 'vitest';
import { restates } from './structure/lead-restates.ts';
import { structurePage } from './segment.ts';

describe('restates', () => {
  it("holds where a report's first sentence repeats most of the line", () => {
    expect(restates('我市新开通3条公交线路', '12月1日起，市公交公司新开通3条公交线路，分别连接高铁东站与城东片区。')).toBe(true);
    expect(restates('黎城县两所乡镇幼儿园投入使用', '日前，黎城县西井镇中心幼儿园和洪井镇中心幼儿园正式投入使用，新增学位540个。两所幼儿园…')).toBe(true);
  });
  it("fails for a section's words that the text does not repeat, or repeats only after its first sentence", () => {
    expect(restates('课程按需来开', '夜校开什么课，由居民说了算。各社区在开课前发放问卷，把报名人数多的课程排进课表。')).toBe(false);
    expect(restates('我市新开通3条公交线路', '12月1日起，市区交通有了变化。市公交公司新开通3条公交线路。')).toBe(false);
  });
});

const feature = [
  '社区夜校：家门口的“充电站”', '本报记者 某某', '',
  '晚上7点，潞州区紫金街街道的社区夜校里坐满了人。', '',
  '课程按需来开', '', '夜校开什么课，由居民说了算。', '',
  '老师来自身边', '', '夜校的老师，大多是社区里的能人。', '',
  '学员变成了志愿者', '', '65岁的刘淑琴去年在夜校学会了剪纸。', '',
  '市文旅局有关负责人表示，明年将把社区夜校扩大到100个社区。', '',
];

describe('splitStoryHeads', () => {
  it("starts a report at a heading its dated lead restates, after a feature's sections, byline or none", () => {
    const page = [...feature,
      '我市新开通3条公交线路', '', '12月1日起，市公交公司新开通3条公交线路，新线路共设站点64个。', '', '新线路开通后，沿线居民出行可减少一次换乘。', '',
      '黎城县两所乡镇幼儿园投入使用', '', '日前，黎城县西井镇中心幼儿园和洪井镇中心幼儿园正式投入使用。', '',
    ].join('\n');
    const { segments } = structurePage(page);
    expect(segments.map((s) => s.blocks[0]!.text)).toEqual(['社区夜校：家门口的“充电站”', '我市新开通3条公交线路', '黎城县两所乡镇幼儿园投入使用']);
    expect(segments[1]!.blocks[0]!.kind).toBe('headline');
  });
  it('keeps sections whose text goes on, and sections marked by a time or a number, in their feature', () => {
    const page = [...feature,
      '21:00　最后一单', '', '11月30日晚上9点，最后一单处理完，韩志刚在记录本上写下当天的数字。', '',
      '一是新开通3条公交线路', '', '12月1日起，市公交公司新开通3条公交线路。', '',
    ].join('\n');
    expect(structurePage(page).segments.length).toBe(1);
  });
});

describe("a feature's one long sentence subhead over a dated paragraph (segment-passes.ts, loneHeadingHeadline)", () => {
  const page = (lead: string) => [
    '村里的“老年饭桌”开了一年', '本报记者 某某', '',
    '入冬后的一个中午，长子县南漳镇西王内村的老年助餐点里飘出了饭香。', '',
    '去年冬天，长子县在全县农村推开老年助餐服务。一年过去，记者近日走访了11个助餐点。', '',
    '钱从哪里来，食堂怎样才能办得长久', '', lead, '', '一些村也在想办法“自我造血”。', '',
  ].join('\n');
  it('stays a section: its text does not restate it', () => {
    expect(structurePage(page('近日，记者在多个助餐点了解到，全县助餐点今年共投入资金1260万元。')).segments.length).toBe(1);
  });
  it("heads a report of its own where the report's lead restates it", () => {
    expect(structurePage(page('近日，长子县助餐点钱从哪里来、食堂怎样才能办得长久有了答案，全县今年投入资金1260万元。')).segments.length).toBe(2);
  });
});


describe("a brief's head after a feature, over a lead that opens with its place and restates it", () => {
  const story = [
    '城区学校课后服务全覆盖', '本报记者 某某', '',
    '记者从市教育局获悉，今年我市有128所中小学开展课后服务，参与学生达到21.6万人。', '',
    '为缓解接送难，各校延长服务时间至下午6点，家长可按需选择。', '',
  ];
  it('heads a report of its own: the lead opens with the place, not a date', () => {
    const page = [...story,
      '■ 北董乡卫生院开设夜间门诊', '', '黎城县北董乡卫生院近日开设夜间门诊，每晚安排2名医生值班，已接诊群众260人次。', '',
      '■ 西营镇老年食堂开张', '', '襄垣县西营镇老年食堂开张，每天为80名老人供应午餐。', '',
    ].join('\n');
    const { segments } = structurePage(page);
    expect(segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text)).toEqual(['城区学校课后服务全覆盖', '北董乡卫生院开设夜间门诊', '西营镇老年食堂开张']);
  });
  it("keeps a feature's sub-head whose text goes on, though it opens with a place", () => {
    const page = [...story, '老师来自身边', '', '潞州区的课后服务老师，大多是学校自己的老师和社区里的志愿者。', ''].join('\n');
    expect(structurePage(page).segments.length).toBe(1);
  });
  it("keeps a feature's sections named by their county alone in one article", () => {
    const page = [...story,
      '潞州区', '', '潞州区今年新增课后服务学校32所，参与学生4.6万人。', '',
      '屯留区', '', '屯留区今年新增课后服务学校11所，参与学生1.2万人。', '',
    ].join('\n');
    expect(structurePage(page).segments.length).toBe(1);
  });
  it("keeps a Q&A's questions with their answers", () => {
    const page = [...story,
      '课后服务怎么收费？', '', '答：潞州区课后服务每生每学期收费300元，困难家庭学生免费。', '',
      '课后服务几点结束？', '', '答：各校课后服务一般到下午6点结束。', '',
    ].join('\n');
    expect(structurePage(page).segments.length).toBe(1);
  });
});

describe("a place's item after a feature: its head is its place and a colon, its text opens on that place", () => {
  const story = [
    '监漳镇：小杂粮做成大产业', '本报记者 某某', '',
    '走进监漳镇的小米加工车间，一袋袋包装好的小米正在装车发往外地。今年，全镇种植小杂粮2.1万亩。', '',
  ];
  it('heads an item of its own, though its text does not restate the head', () => {
    const page = [...story, '大有乡：校园餐有了“明白账”', '', '大有乡中心学校把每天的食谱和采购价格在校门口公示，全乡580名学生吃上了放心午餐。', ''].join('\n');
    expect(structurePage(page).segments.map((s) => s.blocks[0]!.text)).toEqual(['监漳镇：小杂粮做成大产业', '大有乡：校园餐有了“明白账”']);
  });
  it('stays a section where its text opens on another place, or on none', () => {
    for (const lead of ['监漳镇中心学校把每天的食谱在校门口公示，全镇学生吃上了放心午餐。', '学校把每天的食谱和采购价格在校门口公示，学生吃上了放心午餐。']) {
      expect(structurePage([...story, '大有乡：校园餐有了“明白账”', '', lead, ''].join('\n')).segments.length, lead).toBe(1);
    }
  });
});

describe("a brief's head after an article, over a lead that repeats nearly all of it, however the lead opens", () => {
  const story = [
    '潞城区新建社区食堂12家', '本报记者 某某', '',
    '今年以来，潞城区在成家川街道、潞华街道新建社区食堂12家，每天为1300余名老人供应午餐。', '',
    '区民政局负责人介绍，明年将再建8家，实现城市社区全覆盖。', '',
  ];
  it('heads a report of its own: the lead opens with its source or a year, not a date or a place', () => {
    const page = [...story,
      '■市博物馆延长周末开放时间', '', '记者从市博物馆获悉，市博物馆自本周起延长周末开放时间，闭馆时间由下午5时推迟到7时。', '',
      '■武乡县植树造林2.6万亩', '', '2025年，武乡县完成植树造林2.6万亩，全县森林覆盖率提高1.2个百分点。', '',
    ].join('\n');
    const { segments } = structurePage(page);
    expect(segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text)).toEqual(['潞城区新建社区食堂12家', '市博物馆延长周末开放时间', '武乡县植树造林2.6万亩']);
  });
  it("keeps a profile's name-and-role heads, a saying its text quotes and a section's label and colon in the article", () => {
    for (const [head, text] of [
      ['牛建国　黄碾镇村医', '今年58岁的牛建国，在黄碾镇村卫生室当了31年村医，负责3个自然村。'],
      ['吃得上，吃得好', '“吃得上，吃得好：这是老人们最常说的一句话。”成家川街道一位食堂负责人说。'],
      ['破局：引入企业中央厨房', '今年以来，潞城区引入2家企业建设中央厨房，统一配餐，每份餐成本下降两成。'],
    ]) {
      expect(structurePage([...story, head, '', text, ''].join('\n')).segments.length, head).toBe(1);
    }
  });
  it("keeps a section whose text repeats only some of it, and a dateline quoted in a paragraph, in the article", () => {
    const page = [...story,
      '食堂怎样开得长久', '', '食堂开得长久，靠的是“政府补一点、企业让一点、老人出一点”。', '',
      '一位老人说：“本报讯说的那家食堂，就是我们楼下这家。”', '',
    ].join('\n');
    expect(structurePage(page).segments.length).toBe(1);
  });
});

describe("a brief's head after an untitled item, over a lead that opens with its place and restates it", () => {
  const item = '〔12月2日〕襄垣县举办农村电商培训班，培训学员150人。';
  it('heads a report of its own, though the item above has no headline', () => {
    const page = [item, '■古韩镇核桃亩均增收600元', '襄垣县古韩镇今年推广核桃嫁接技术，全镇核桃种植面积达到2.1万亩，亩均增收600元。', '镇里还建起核桃烘干厂1座。', ''].join('\n');
    expect(structurePage(page).segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text)).toEqual([undefined, '古韩镇核桃亩均增收600元']);
  });
  it("keeps a sub-head whose text goes on in the untitled piece", () => {
    const page = ['入冬以来，襄垣县把群众温暖过冬作为头等大事。', '', '钱从哪里来', '', '县里今年投入资金1260万元，用于老旧管网改造。', ''].join('\n');
    expect(structurePage(page).segments.length).toBe(1);
  });
});

describe("a brief's head that opens on its place, over text that opens on that place, after an article", () => {
  const story = ['潞城区新建社区食堂12家', '本报记者 某某', '', '今年以来，潞城区在成家川街道新建社区食堂12家，每天为1300余名老人供应午餐。', ''];
  it('heads a report of its own, though its text does not restate it', () => {
    const page = [...story, '▶武乡县完成农村饮水安全巩固提升工程', '', '武乡县今年投资1600万元实施农村饮水工程，解决了1.8万名群众的饮水问题。', ''].join('\n');
    expect(structurePage(page).segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text)).toEqual(['潞城区新建社区食堂12家', '武乡县完成农村饮水安全巩固提升工程']);
  });
  it('stays a section where its text opens on another place, where the head is its place alone, or in a feature with sections', () => {
    for (const [head, text] of [
      ['武乡县完成农村饮水安全巩固提升工程', '县水利局今年投资1600万元实施农村饮水工程。'],
      ['武乡县', '武乡县今年投资1600万元实施农村饮水工程。'],
    ]) expect(structurePage([...story, head, '', text, ''].join('\n')).segments.length, head).toBe(1);
    const sections = [...story, '钱从哪里来', '', '食堂的钱，一半来自财政补贴。', '', '潞城区完善助餐服务网络', '', '潞城区今年还将新建助餐点20个。', ''];
    expect(structurePage(sections.join('\n')).segments.length).toBe(1);
  });
});

describe("a heading over a lead that opens on the day a change starts from (自12月1日起，…) and restates it", () => {
  it("heads a report of its own after another article's text", () => {
    const page = [...feature, '襄垣县城乡公交实行“两元通”', '', '自12月5日起，襄垣县城乡公交全面实行“两元通”，乘客在县域内乘车一律2元。', ''].join('\n');
    expect(structurePage(page).segments.map((s) => s.blocks[0]!.text)).toEqual(['社区夜校：家门口的“充电站”', '襄垣县城乡公交实行“两元通”']);
  });
  it('stays a section where the lead does not restate it, or opens on 自 without a day', () => {
    for (const [head, text] of [
      ['票价怎么定', '自12月5日起，襄垣县城乡公交全面实行“两元通”，乘客在县域内乘车一律2元。'],
      ['城乡公交实行“两元通”', '自从城乡公交实行“两元通”，村民进城更方便了。'],
    ]) expect(structurePage([...feature, head, '', text, ''].join('\n')).segments.length, head).toBe(1);
  });
});

describe("a report's headline that opens on another county than the report above, as that report's headline does", () => {
  const report = ['襄垣县新建温室大棚200座', '', '今年，襄垣县在夏店镇新建温室大棚200座，带动农户900户。', '', '大棚采用新型保温墙体，冬季不加温也能种菜。', ''];
  it('heads a report of its own over a lead that names its place, with a blank line or none', () => {
    const next = ['黎城县开展冬季消防安全检查', '', '入冬以来，黎城县消防救援大队对全县人员密集场所开展检查，发现隐患41处。', ''];
    for (const page of [[...report, ...next], [...report, ...next].filter((l) => l !== '')]) {
      expect(structurePage(page.join('\n')).segments.map((s) => s.blocks[0]!.text)).toEqual(['襄垣县新建温室大棚200座', '黎城县开展冬季消防安全检查']);
    }
    const colons = ['襄垣县：温室大棚里的冬日丰收', '', '今年，襄垣县在夏店镇新建温室大棚200座。', '', '黎城县：消防检查进场所', '', '12月2日，黎城县消防救援大队对全县人员密集场所开展检查。', ''];
    expect(structurePage(colons.join('\n')).segments.length).toBe(2);
  });
  it("stays a section of a report on the same county, on a place in it, under a roundup's headline, or over a lead that does not name it", () => {
    for (const [head, text] of [
      ['襄垣县扩大种植规模', '今年，襄垣县还将新建大棚100座。'],
      ['夏店镇建起育苗中心', '今年，夏店镇建起育苗中心1座，年育苗300万株。'],
      ['夏店镇建起育苗中心', '今年，夏店镇新增大棚蔬菜种植面积1200亩。'],
      ['黎城县经验值得借鉴', '今年，周边县区也在学习大棚种植技术。'],
      ['黎城县：也在学', '今年，黎城县也新建了大棚50座。'],
    ]) expect(structurePage([...report, head, '', text, ''].join('\n')).segments.length, head).toBe(1);
    const roundup = ['我市冬季蔬菜供应充足', '', '今年，全市新建温室大棚1200座。', '', '黎城县开展冬季蔬菜保供', '', '入冬以来，黎城县新建温室大棚50座。', ''];
    expect(structurePage(roundup.join('\n')).segments.length).toBe(1);
  });
});

describe('a headline that exclaims or asks, read as a line of text, over a dated lead that restates it', () => {
  const feature = ['山里人家住上新房', '本报记者 某某', '', '在武乡县蟠龙镇，一排排新建的安置房整齐排列。今年，全县完成易地搬迁安置房建设460套。', '', '县乡村振兴局介绍，明年将继续推进搬迁后续扶持工作。', ''];
  it('heads a report of its own, with a blank line or none', () => {
    for (const [head, lead] of [
      ['冬季送温暖活动启动啦！', '12月2日，团市委启动冬季送温暖活动，为山区留守儿童送去冬衣2000套。'],
      ['医保电子凭证怎么用？', '近日，市医保局发布医保电子凭证使用指南，参保群众看病购药可扫码结算。'],
    ]) {
      for (const page of [[...feature, head, '', lead, ''], [...feature, head, lead].filter((l) => l !== '')]) {
        expect(structurePage(page.join('\n')).segments.map((s) => s.blocks[0]!.text), head).toEqual(['山里人家住上新房', head]);
      }
    }
  });
  it("stays the feature's line where its text does not restate it, opens on no day, or answers it", () => {
    for (const [head, lead] of [
      ['住上新房真好！', '12月2日，搬迁户王大爷一家搬进了新居，他逢人便夸新房宽敞明亮。'],
      ['新房的暖气怎么用？', '县里为每户搬迁户发放了暖气使用指南，新房的暖气怎么用一看就懂。'],
      ['“住上新房真好！”', '12月2日，搬迁户王大爷说住上新房真好。'],
      ['屋里终于暖和了！', '11月20日，东岭村接通了集中供暖，老人们笑着说屋里终于暖和了。'],
    ]) expect(structurePage([...feature, head, '', lead, ''].join('\n')).segments.length, head).toBe(1);
  });
});

describe("a brief's head over a lead that opens on the year it reports (今年，…) and restates it", () => {
  const story = ['山里人家住上新房', '本报记者 某某', '', '在武乡县蟠龙镇，一排排新建的安置房整齐排列。', '', '县乡村振兴局介绍，明年将继续推进搬迁后续扶持工作。', ''];
  it('heads a report of its own after a feature, bulleted or not', () => {
    const page = [...story, '★潞城区新建口袋公园6个', '', '今年，潞城区在城区新建口袋公园6个，新增绿地2.3万平方米。', '', '★黎城县完成农村改厕1200户', '', '去年，黎城县完成农村户厕改造1200户，超额完成年度任务。', ''];
    expect(structurePage(page.join('\n')).segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text)).toEqual(['山里人家住上新房', '潞城区新建口袋公园6个', '黎城县完成农村改厕1200户']);
  });
  it("stays a section where the lead does not restate it", () => {
    const page = [...story, '新房住得暖', '', '今年，搬迁户家家装上了暖气，冬天屋里有20多度。', ''];
    expect(structurePage(page.join('\n')).segments.length).toBe(1);
  });
  it("stays a section of a signed feature whose heads open on no other county, though each lead restates its head", () => {
    const page = ['东岭村：山沟里种出“金果果”', '本报记者 某某', '', '走进东岭村，漫山的核桃树挂满了果实。', '',
      '核桃产业带富村民', '', '今年，东岭村核桃产业带富村民180户，户均增收6000元。', '',
      '村容村貌焕然一新', '', '去年，东岭村村容村貌焕然一新，硬化道路8公里。', ''];
    expect(structurePage(page.join('\n')).segments.length).toBe(1);
  });
});

describe("a brief's head on another county than the feature's own place, in a feature with sections", () => {
  const feature = ['郭道镇：一座新桥连通两岸六村', '本报记者 某某', '', '“以前过河要绕到下游的老桥，现在一脚油门就到了。”村民说。', '', '桥修好了', '', '沁河大桥全长186米，是今年县里承诺的民生实事之一。', ''];
  it('heads a brief of its own over text that opens on its place', () => {
    const page = [...feature, '◆上党区冬季义诊进社区', '', '上党区卫健体局近日组织专家走进6个社区开展义诊，服务居民1100余人次。', ''];
    expect(structurePage(page.join('\n')).segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text)).toEqual(['郭道镇：一座新桥连通两岸六村', '上党区冬季义诊进社区']);
  });
  it("stays a section when it names the feature's own county or a town in it", () => {
    for (const [head, text] of [
      ['沁源县交通更便利了', '沁源县今年新建改造农村公路96公里，改造危桥5座。'],
      ['王和镇也在修桥', '王和镇今年也新建了跨河便民桥2座。'],
    ]) expect(structurePage([...feature, head, '', text, ''].join('\n')).segments.length, head).toBe(1);
  });
});

describe("a drawing's title over its caption and its maker's line, after another piece's text", () => {
  const brief = ['◆潞城区冬季义诊进社区', '', '潞城区卫健局近日组织专家走进6个社区开展义诊，服务居民1100余人次。', ''];
  it('is a cartoon of its own', () => {
    const page = [...brief, '热情有余 效率不足', '', '窗口笑脸多了，可群众要跑的腿一样没少。', '', '王 某/作', ''];
    expect(structurePage(page.join('\n')).segments.map((s) => s.blocks[0]!.text)).toEqual(['潞城区冬季义诊进社区', '热情有余 效率不足']);
  });
  it("stays the piece's section where its text is signed by a reporter, or runs on past two sentences", () => {
    for (const [text, sign] of [
      ['窗口笑脸多了，可群众要跑的腿一样没少。', '本报记者 王某'],
      ['窗口笑脸多了。群众要跑的腿一样没少。材料也没少交。', '王 某/作'],
    ]) expect(structurePage([...brief, '热情有余 效率不足', '', text, '', sign, ''].join('\n')).segments.map((s) => s.blocks[0]!.text), sign).not.toContain('热情有余 效率不足');
  });
});
