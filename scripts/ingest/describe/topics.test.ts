import { describe, expect, it } from 'vitest';
import { TOPIC_KEYWORDS } from '../lexicon/topics.ts';
import { TOPIC_LABELS, TOPICS } from '../../../src/domain/topics.ts';
import { childcareSection004, heatingSection002 } from './seed-fixtures.ts';
import { BODY_WEIGHT, findTopics, LEAD_WEIGHT, scoreEnglishTopics, scoreTopics, TITLE_WEIGHT, type WeightedText } from './topics.ts';

const asText = (blocks: { kind: string; text: string }[]): WeightedText[] =>
  blocks.map((b) => ({ text: b.text, weight: b.kind === 'paragraph' ? 1 : 2 }));

describe('findTopics', () => {
  it('puts heating first for the heating section of seed 002', () => {
    const topics = findTopics(asText(heatingSection002));
    expect(topics[0]).toBe('heating');
    expect(topics).not.toContain('housing'); // 老旧小区 is mentioned twice in passing
  });

  it('puts childcare first for the childcare section of seed 004', () => {
    expect(findTopics(asText(childcareSection004))[0]).toBe('childcare');
  });

  it('reads plain text as body text', () => {
    expect(findTopics('“供暖是冬季最大的民生，必须让每一户群众都住上‘暖屋子’。”2025年，壶关县把供暖保障作为重中之重')).toEqual([
      'heating',
    ]);
  });

  it('finds several topics in a report that covers several, at most five', () => {
    const text =
      '升级改造区体育广场，对橡胶跑道和童趣园进行重新铺设和布置；公办示范性综合托育机构建设稳步推进；31.4公里“四好”农村路的畅通惠及5万余名群众的出行；31个老旧小区41栋楼的改造有力提升居民居住环境和生活品质……';
    const topics = findTopics(text);
    expect(topics).toEqual(expect.arrayContaining(['culture-sports', 'childcare', 'transport', 'housing']));
    expect(topics.length).toBeLessThanOrEqual(5);
  });

  it('reads an expressway (快速路) as transport, not the economy of its investment', () => {
    expect(findTopics('长治至壶关快速路建设项目总投资12.6亿元，全线预计明年6月建成。')[0]).toBe('transport');
  });

  it('gives an article without any keyword the catch-all topic', () => {
    expect(findTopics('涓涓细流，汇成壮阔的大海；坚实脚步，走出不凡的历程。')).toEqual(['governance']);
    expect(findTopics('')).toEqual(['governance']);
  });

  it('gives a short piece whose title or lead holds one hint that hint’s topic, not the catch-all; a stray word in its body is noise', () => {
    const piece = (title: string, lead: string) => [{ text: title, weight: TITLE_WEIGHT }, { text: lead, weight: LEAD_WEIGHT }];
    expect(findTopics(piece('山村的冬夜不再冷清', '每到晚上，村民们聚在活动室里读书看报。'))).toEqual(['culture-sports']);
    expect(findTopics(piece('山村的冬夜不再冷清', '每到晚上，村民们聚在活动室里拉家常。'))).toEqual(['governance']);
    expect(findTopics([...piece('山村的冬夜不再冷清', '每到晚上，村民们聚在活动室里拉家常。'), { text: '也有人在一旁读书。', weight: BODY_WEIGHT }])).toEqual(['governance']);
    const long = '涓涓细流，汇成大海；一步一个脚印，走出新的天地。'.repeat(14);
    expect(findTopics([{ text: '新年新气象', weight: TITLE_WEIGHT }, { text: long, weight: LEAD_WEIGHT }, { text: '守好每一个岗位。', weight: BODY_WEIGHT }])).toEqual(['governance']);
  });
});

describe('scoreTopics', () => {
  it('counts a title more than a paragraph', () => {
    const inTitle = scoreTopics([{ text: '供热', weight: 3 }]);
    const inBody = scoreTopics([{ text: '供热', weight: 1 }]);
    expect(inTitle.heating).toBe(3 * inBody.heating);
  });

  it('does not count a word inside the longer words it is excluded from', () => {
    expect(scoreTopics([{ text: '邀请70多名来自中国人民大学等高校在校返乡大学生', weight: 1 }]).education).toBe(0);
    expect(scoreTopics([{ text: '围绕农村地区交通安全宣传教育', weight: 1 }]).education).toBe(0);
    expect(scoreTopics([{ text: '学生交通安全', weight: 1 }]).education).toBe(1);
  });
});

describe('topic lexicon', () => {
  it('labels every topic in Chinese and English and gives it keywords', () => {
    for (const topic of TOPICS) {
      expect(TOPIC_LABELS[topic].zh).toMatch(/\p{Script=Han}/u);
      expect(TOPIC_LABELS[topic].en).toMatch(/^[A-Z]/);
      expect(TOPIC_KEYWORDS[topic].length).toBeGreaterThan(0);
    }
    expect(TOPIC_LABELS.heating).toEqual({ zh: '供热', en: 'Heating' });
  });

  it('has no keyword inside another keyword of the same topic unless excluded there, which would count twice', () => {
    for (const topic of TOPICS) {
      const keywords = TOPIC_KEYWORDS[topic];
      expect(new Set(keywords.map((k) => k.word)).size).toBe(keywords.length);
      for (const inner of keywords) {
        for (const outer of keywords) {
          if (inner !== outer && outer.word.includes(inner.word)) {
            expect(inner.notIn ?? [], `${topic}: ${inner.word} in ${outer.word}`).toContain(outer.word);
          }
        }
      }
    }
  });
});

describe('findTopics, English items', () => {
  it('reads an English item with the English words, never the catch-all when it names its topic', () => {
    expect(findTopics('Twelve villages get new bus stops with heated waiting rooms before winter', 'en')[0]).toBe('transport');
    expect(findTopics('The county hospital opens a night clinic; patients no longer travel to the city', 'en')[0]).toBe('health');
    expect(findTopics('Two new nursing homes give elderly residents meals and care; pensions rise', 'en')[0]).toBe('elderly-care');
    expect(findTopics('A job fair offers 3,000 jobs to graduates and migrant workers', 'en')[0]).toBe('employment');
    expect(findTopics('Schools add 800 school places as pupils return to class', 'en')[0]).toBe('education');
    expect(findTopics('Hikers flock to forest trails; guesthouses are full on weekends', 'en')[0]).toBe('culture-sports');
  });

  it('matches whole words case-insensitively, plurals included, and a phrase once', () => {
    expect(scoreEnglishTopics([{ text: 'BUSES', weight: 1 }]).transport).toBe(3);
    expect(scoreEnglishTopics([{ text: 'two libraries', weight: 1 }])['culture-sports']).toBe(3);
    // "bus stop" is one phrase: it does not count "bus" again.
    expect(scoreEnglishTopics([{ text: 'a bus stop', weight: 2 }]).transport).toBe(6);
    // "roadside" is not "road"; "parking" is not "park".
    expect(scoreEnglishTopics([{ text: 'roadside', weight: 1 }]).transport).toBe(0);
    expect(scoreEnglishTopics([{ text: 'parking', weight: 1 }]).environment).toBe(0);
  });

  it('does not read Chinese keywords in English mode, nor English ones in Chinese mode', () => {
    expect(findTopics('供热', 'en')).toEqual(['governance']);
    expect(findTopics('heating heating heating')).toEqual(['governance']);
    expect(findTopics('Heating: 98% of homes reach 18 degrees', 'en')).toEqual(['heating']);
  });
});

describe('findTopics, the vocabulary of each field', () => {
  // Made-up news items in the papers' words, one field each, none of them from a page of the sets.
  const items: [string, string][] = [
    ['culture-sports', '国庆假期，县里各景区接待游客12万人次，文化馆的非遗展示吸引不少市民驻足。'],
    ['agriculture', '眼下正值春耕时节，镇里组织农机合作社为种粮大户代耕代种，保障粮食生产。'],
    ['governance', '司法所工作人员走进村里开展普法宣传，为群众提供法律援助咨询。'],
    ['governance', '县委常委会召开会议，听取前三季度民生支出情况汇报，研究部署下一步工作。'],
    ['public-safety', '派出所民警走进社区开展反诈宣传，提醒居民警惕冒充客服的诈骗电话。'],
    ['transport', '新开通的城乡班车让山里人出行更方便，候车亭也装上了电子站牌。'],
    ['water', '针对部分小区水压低、停水频繁的问题，水务公司更换了二次供水设备。'],
    ['environment', '今年全市空气优良天数同比增加，植树造林和湿地保护持续推进。'],
    ['housing', '今年全县启动棚改和危房改造，缴存住房公积金的职工可申请贷款。'],
    ['heating', '入冬以来，热力公司对换热站进行巡检，确保居民室温达标。'],
    ['employment', '人社部门举办专场招聘会，为高校毕业生和失业人员提供稳岗就业服务。'],
    ['health', '卫生院开设夜间门诊，村医为慢性病患者上门随访，疫苗接种点延时服务。'],
    ['elderly-care', '社区幸福院为高龄、失能老人提供助餐服务，重阳节还组织了敬老活动。'],
    ['childcare', '县里新建一所托育中心，为3岁以下婴幼儿提供早教和托班服务。'],
    ['education', '新学期开学前，县教育局对中小学校舍进行安全检查，并落实课后服务。'],
    ['economy', '前三季度全市规上工业增加值增长，外贸进出口和电商销售额双双增长。'],
  ];
  it.each(items)('reads a made-up %s item as that topic first', (topic, text) => {
    expect(findTopics([{ text, weight: LEAD_WEIGHT }])[0]).toBe(topic);
  });

  it('reads the words that name what figures count (figures/topic.ts), as the figures do', () => {
    expect(findTopics('截至11月底，全镇已为320户独居老人安装燃气报警器。')[0]).toBe('public-safety');
    expect(findTopics('今年，全县新建农村卫生户厕1200座。')[0]).toBe('environment');
  });

  it('reads a trade union’s care for workers as employment', () => {
    expect(findTopics([{ text: '县总工会为800名环卫工人送去棉衣、手套等慰问品。', weight: LEAD_WEIGHT }])[0]).toBe('employment');
  });

  it('reads the jobs a project brings as employment beside what it grows', () => {
    const farm = [{ text: '山楂沟村：大棚草莓甜了村民日子', weight: TITLE_WEIGHT }, { text: '今年，村里新建草莓大棚40座，种植面积达到200亩，亩均收入3万元。合作社吸纳本村42名妇女就近务工。', weight: LEAD_WEIGHT }];
    expect(findTopics(farm)).toEqual(['agriculture', 'employment']);
    expect(findTopics([farm[0]!, { text: '今年，村里新建草莓大棚40座，种植面积达到200亩，带动全村1200户群众就业增收。', weight: LEAD_WEIGHT }])).toContain('employment');
  });

  it('not where the project only brings income, or the count and the work stand in two clauses', () => {
    const farm = [{ text: '山楂沟村：大棚草莓甜了村民日子', weight: TITLE_WEIGHT }];
    expect(findTopics([...farm, { text: '今年，村里新建草莓大棚40座，种植面积达到200亩，带动农户86户增收。', weight: LEAD_WEIGHT }])).not.toContain('employment');
    expect(findTopics([...farm, { text: '今年，村里新建草莓大棚40座，带动农户86户，种植面积达到200亩。年轻人不用再外出务工。', weight: LEAD_WEIGHT }])).not.toContain('employment');
  });

  it('reads a short piece that warns twice or more as safety advice, whatever hazard it names', () => {
    const tips = [{ text: '冬季用电小常识', weight: TITLE_WEIGHT }, { text: '1.电暖器周围不要堆放衣物；\n2.切勿私拉乱接电线；\n3.外出前关闭电源。', weight: LEAD_WEIGHT }];
    expect(findTopics(tips)).toContain('public-safety');
    const swindle = [{ text: '提醒', weight: TITLE_WEIGHT }, { text: '近期有人冒充社区工作人员上门推销保健品。请老人们谨防上当，不要向陌生人透露银行卡密码。', weight: LEAD_WEIGHT }];
    expect(findTopics(swindle)).toContain('public-safety');
  });

  it('not a piece that warns once, nor a long report that quotes its rules', () => {
    expect(findTopics([{ text: '冬季用电小常识', weight: TITLE_WEIGHT }, { text: '1.电暖器周围不要堆放衣物；\n2.外出前关闭电源。', weight: LEAD_WEIGHT }])).not.toContain('public-safety');
    const long = '今年，县里新建幼儿园3所，新增学位540个，全县学前教育毛入园率达到92%，比上年提高2个百分点。'.repeat(12);
    expect(findTopics([{ text: long, weight: BODY_WEIGHT }, { text: '校方提醒家长不要让孩子独自上学，切勿在校门口停车。', weight: BODY_WEIGHT }])).not.toContain('public-safety');
  });

  it('not a short report whose prose forbids or warns twice: only warnings that open the clauses of its own advice count', () => {
    // Two prohibitions among a report's many clauses: what a meeting decided, not a box of advice.
    const rules = [{ text: '某社区修订居民公约', weight: TITLE_WEIGHT }, { text: '近日，某社区召开居民议事会，修订居民公约，提倡节俭办宴，严禁高价彩礼，严禁攀比之风，宴席不超过8桌。', weight: LEAD_WEIGHT }];
    expect(findTopics(rules)).not.toContain('public-safety');
    // What someone was told, in the middle of a sentence.
    const meal = [{ text: '小学开展光盘行动', weight: TITLE_WEIGHT }, { text: '午饭时，老师叮嘱学生们吃饭不要挑剔，不要剩饭剩菜，学校食堂每周评选“光盘班级”。', weight: LEAD_WEIGHT }];
    expect(findTopics(meal)).not.toContain('public-safety');
    // A resident's words in quotes.
    const clinic = [{ text: '村卫生室焕然一新', weight: TITLE_WEIGHT }, { text: '“如今看病不要跑到县城，也不要排长队了。”村民李大爷说，新卫生室配备了医生3名。', weight: LEAD_WEIGHT }];
    expect(findTopics(clinic)).not.toContain('public-safety');
  });

  it('reads a box of warnings as safety advice by its form: its head a tip box, or warnings opening most of its clauses', () => {
    const tipped = [{ text: '暖气使用提示', weight: TITLE_WEIGHT }, { text: '1.家中无人时，不要让暖气片旁堆放杂物。\n2.发现漏水，切勿自行拆卸阀门，应及时报修。', weight: LEAD_WEIGHT }];
    expect(findTopics(tipped)).toContain('public-safety');
    const bare = [{ text: '燃气灶使用“四不要”', weight: TITLE_WEIGHT }, { text: '● 不要在灶旁晾晒衣物；\n● 不要让儿童操作灶具；\n● 不要离人煮饭；\n● 不要用水浇灭油火。', weight: LEAD_WEIGHT }];
    expect(findTopics(bare)).toContain('public-safety');
  });

  it('reads 中小学生 as the pupils a service carries, not as schools', () => {
    expect(findTopics('今年，县里新开通公交线路6条，每天运送中小学生3500人次。')[0]).toBe('transport');
    expect(findTopics('全县中小学全部配备了心理健康教师。')[0]).toBe('education');
  });

  it('keeps each topic’s word list between 15 and 40 words', () => {
    for (const topic of TOPICS) {
      expect(TOPIC_KEYWORDS[topic].length, topic).toBeGreaterThanOrEqual(15);
      expect(TOPIC_KEYWORDS[topic].length, topic).toBeLessThanOrEqual(40);
    }
  });
});
