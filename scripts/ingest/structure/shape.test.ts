import { describe, expect, it } from 'vitest';
import {
  closesUnopened,
  endsBroken,
  endsWithNote,
  endsComplete,
  hasPhraseSpace,
  isAnswer,
  isDialogueTurn,
  isLatinTitle,
  isListItem,
  isQuestion,
  LIST_NUMBER,
  isTitleLike,
  opensParagraph,
  wordStraddles,
} from './shape.ts';

// Texts are the ends and openings of real blocks in seeds/*.txt.

describe('isTitleLike', () => {
  it('accepts headlines, headings and captions', () => {
    for (const text of ['办好民生实事 书写幸福答卷', '“以进促稳”培育新兴产业增长极', '好生态引来新“鸟客”', '增强育人温度 提高服务精度 朱静调研2024年教育领域项目谋划工作']) {
      expect(isTitleLike(text), text).toBe(true);
    }
  });

  it('rejects sentences and text broken off after a clause mark', () => {
    for (const text of ['利民之事，丝发必兴。', '续、安全感更有保障。', '上党区以保障和改善养老服务为切入点，', '']) {
      expect(isTitleLike(text), text).toBe(false);
    }
  });
});

describe('endsComplete / endsBroken', () => {
  it('counts full stops, ellipses and closing quotes after a full stop as complete', () => {
    for (const text of ['…更好地满足人民群众的基本医疗需求，减轻患者就医负担。', '…“这日子呀，真是有滋有味”……', '…学校的这一举措太贴心了。”', '…在新的赶考路上接续奋斗！']) {
      expect(endsComplete(text), text).toBe(true);
      expect(endsBroken(text), text).toBe(false);
    }
  });

  it('counts a sentence closed by a note in brackets as whole', () => {
    for (const text of ['…日均方便乘客出行约4500人次。（联系电话：0355-2030123）', '…今年新建公厕36座。（联系人：孟某 0355-2155330）']) expect(endsBroken(text), text).toBe(false);
    expect(endsBroken('…今年新建公厕（其中新建12座）'), 'a clause with a bracket inside').toBe(true);
  });

  it('counts a bare character, a comma and a quote without full stop as broken', () => {
    for (const text of ['…通过医教融合、订单式或定向化培', '…定流幼儿园等项目开工建设，', '…打造“壶关保安”“壶关家政”“壶关工匠”']) {
      expect(endsBroken(text), text).toBe(true);
    }
  });

  it('does not count a lead-in dash or a colon as broken', () => {
    expect(endsBroken('普惠，扩大服务供给——')).toBe(false);
    expect(endsBroken('喜悦之情溢于言表：')).toBe(false);
  });
});

describe('endsWithNote (issue 15)', () => {
  it('reads a sentence closed by an end mark or a short note in brackets', () => {
    for (const text of ['…铺设沥青路面26万平方米。（完）', '…月底前全部完工。（县住建局供稿）', '“路通了，心也宽了。”（通讯员 李某）', '…沿线31个村通了公交车。■', '…通了公交车。 □']) expect(endsWithNote(text), text).toBe(true);
    // (A square that opens the next item on the line, or stands after no full stop, ends nothing.)
    for (const text of ['…通了公交车。■沁县开通', '沁县开通城乡公交新线路■']) expect(endsWithNote(text), text).toBe(false);
  });
  it('leaves a clause that ends on a bracket, and a long aside, to what they are', () => {
    for (const text of ['…今年新建公厕（其中新建12座）', '…新建公厕36座。（其中城区新建12座、乡镇新建24座，全部实行24小时免费开放）']) expect(endsWithNote(text), text).toBe(false);
  });
});

describe('wordStraddles', () => {
  it('finds a word running across the break', () => {
    expect(wordStraddles('…通过医教融合、订单式或定向化培', '养等方式，强化中医队伍建设')).toBe(true);
    expect(wordStraddles('…智慧商贸物流专业镇加快华', '南智慧融创新科技园建设，')).toBe(true);
    expect(wordStraddles('…加强与北京市通', '州区合作办学，提升师资水平')).toBe(true);
  });

  it('finds a place’s name running across the break, which the segmenter cuts in two', () => {
    expect(wordStraddles('今年以来，该区还在宋村乡、东和', '乡新建老年食堂7个')).toBe(true);
  });

  it('finds none where the upper part is a place’s name of its own (a column’s name over a headline)', () => {
    expect(wordStraddles('健康黎城', '县医院新增床位120张')).toBe(false);
  });

  it('finds none across punctuation', () => {
    expect(wordStraddles('…定流幼儿园等项目开工建设，', '措施(试行)》，进一步营造尊师重教氛围')).toBe(false);
  });
});

describe('opensParagraph', () => {
  it('recognises the openings this paper gives its paragraphs', () => {
    for (const text of [
      '全民健身，尽显城市蓬勃活力。标准化的篮球场、足球场在上党区处处可见',
      '城市更新，提品质暖民心。县城12条背街小巷改造',
      '本报讯 记者王涵报道：1月25日，副市长朱静带领市教育局',
      '——坚决打击电诈违法犯罪。全面落实打击、防范、治理各项措施',
      '2024年以来，上党区以保障和改善养老服务为切入点',
    ]) {
      expect(opensParagraph(text), text).toBe(true);
    }
  });

  it('does not take the rest of a broken sentence for an opening', () => {
    for (const text of [
      '舒适的居住环境。下足“绣花功夫”，加强城市治理。',
      '找你商量，能不能成立一个党建联盟，带一带周边的弱村。',
      '续、安全感更有保障。',
      '坚定不移为民办实事，积极回应人民期盼，共同分享改革成果',
      '88.5%，比去年提高6个百分点。',
      '3.2亿元，同比增长12%。',
    ]) {
      expect(opensParagraph(text), text).toBe(false);
    }
  });
});

describe('closesUnopened', () => {
  it('finds a closing mark whose opening is not on the page (seed 000)', () => {
    expect(closesUnopened('措施(试行)》，进一步营造尊师重教氛围', '…按照“城乡一体、优质均衡”的教育发展要求，…开工建设，')).toBe(true);
  });

  it('accepts a quotation opened in the text before', () => {
    expect(closesUnopened('等特色劳务品牌，帮助劳动者实现“技能就业、技能增收”。', '打造“壶关保安”“壶关家政”“壶关工匠”')).toBe(false);
    expect(closesUnopened('继续努力。”', '他说：“我们要')).toBe(false);
  });

  it('pairs half- and full-width brackets', () => {
    expect(closesUnopened('零碳(近零碳)矿山试点')).toBe(false);
    expect(closesUnopened('零碳（近零碳)矿山试点')).toBe(false);
  });
});

describe('hasPhraseSpace', () => {
  it('sees the space of a couplet headline, not of a caption', () => {
    expect(hasPhraseSpace('民生为本 幸福生活成色足')).toBe(true);
    expect(hasPhraseSpace('范家后移民新村')).toBe(false);
  });
});

describe('list items, Q&A turns and English titles (issue 15)', () => {
  it('knows bulleted and numbered items, not a section number or a decimal', () => {
    for (const text of ['● 新增城镇就业 3120人', '- 家庭收入证明*', '1. 申请人身份证', '2、户口簿', '（3）婚姻状况证明']) expect(isListItem(text), text).toBe(true);
    for (const text of ['一、优先发展教育', '1.5万人次参加培训。', '2025年新建学校3所。']) expect(isListItem(text), text).toBe(false);
  });
  it("gives a numbered item's number alone (LIST_NUMBER, the one numbering data-box.ts strips), not a decimal's", () => {
    expect(['1. 申请人身份证', '2、户口簿', '（3）婚姻状况证明'].map((t) => LIST_NUMBER.exec(t)?.[0])).toEqual(['1.', '2、', '（3）']);
    expect(LIST_NUMBER.test('1.5万人次参加培训。')).toBe(false);
  });

  it('knows the turns of a Q&A, a question whole without its mark', () => {
    for (const text of ['问：津贴标准是多少', 'Q：怎么申请', '记者：下一步还有什么打算', '市民王先生问：水压低怎么办', '某某日报记者：供暖期间遇到问题如何反映？']) expect(isQuestion(text), text).toBe(true);
    for (const text of ['答：每人每月50元。', 'A：线上申请。', '市水务局答：已列入改造计划。']) expect(isDialogueTurn(text), text).toBe(true);
    expect(isQuestion('他问我，这条路什么时候修好。')).toBe(false);
    for (const text of ['答：每人每月50元。', '市水务局答：已列入改造计划。', '【答】线上申请。', '答（张某）：已修好。']) expect(isAnswer(text), text).toBe(true);
    for (const text of ['问：津贴标准是多少', '【问】怎么申请？', '他答应我，这条路年底修好。', '答（张某）说，路已修好。']) expect(isAnswer(text), text).toBe(false);
    expect(endsBroken('问：津贴标准是多少')).toBe(false);
    expect(opensParagraph('答：80至89周岁的老人每人每月50元，90至99周岁的每人每月100元。')).toBe(true);
  });

  it('knows an English headline by its length and its lack of a full stop', () => {
    expect(isLatinTitle('Rural bus stops in Changzhi get heated waiting rooms this winter')).toBe(true);
    expect(isLatinTitle('The rooms have benches, drinking water and bus timetables.')).toBe(false);
    expect(isLatinTitle('沁县沁州黄小米喜获丰收')).toBe(false);
  });
});

describe('endsBroken: a note wholly in brackets', () => {
  it('is whole, where text that merely ends on a bracket is broken off', () => {
    expect(endsBroken('（数据截至2025年11月底）')).toBe(false);
    expect(endsBroken('新建改造供热管网（含支线')).toBe(true);
    expect(endsBroken('全县新增供热面积20万平方米（含城区')).toBe(true);
  });
});

describe('HTML entities an export leaves in a line', () => {
  it('are no semicolon: a headline with &amp; in it is still title-like', () => {
    expect(isTitleLike('某区：管网改造 &amp; 水质提升“两手抓”')).toBe(true);
    expect(isTitleLike('&#8226; 某县新建公园3个')).toBe(true);
  });
  it('while a semicolon of the text still makes it running text', () => {
    expect(isTitleLike('管网改造；水质提升')).toBe(false);
    expect(isTitleLike('管网改造&水质提升;')).toBe(false);
  });
});

describe('isKeyValueBox', () => {
  it('reads labelled facts one a line as one box', async () => {
    const { isKeyValueBox } = await import('./shape.ts');
    expect(isKeyValueBox(['缴费标准: 每人每年400元', '缴费时间: 2025年9月1日—12月31日', '咨询电话: 0355-6391234'])).toBe(true);
  });
  it('not a speaker\'s turns, running text or a single line', async () => {
    const { isKeyValueBox } = await import('./shape.ts');
    expect(isKeyValueBox(['记者：今年进展如何？', '局长：进展顺利。'])).toBe(false);
    expect(isKeyValueBox(['据介绍：今年新建公园3个。明年再建5个。', '负责人说：工程将于年底完工。'])).toBe(false);
    expect(isKeyValueBox(['缴费标准: 每人每年400元'])).toBe(false);
  });
});

describe('a rule of full-width asterisks (issue 15)', () => {
  it('is a rule', async () => {
    const { isRule } = await import('./shape.ts');
    expect(isRule('＊＊＊')).toBe(true);
    expect(isRule('＊ ＊ ＊')).toBe(true);
  });
});

describe('an English headline letter-spaced by an OCR copy', () => {
  it('is English and a headline; a line of spaced Chinese or a short run of letters is not', async () => {
    const { isLatin, isLatinTitle } = await import('./shape.ts');
    expect(isLatin('H u g u a n   c l i n i c   o p e n s')).toBe(true);
    expect(isLatinTitle('H u g u a n   c l i n i c   o p e n s')).toBe(true);
    expect(isLatinTitle('T u n l i u b u s r o u t e s g r o w')).toBe(true);
    expect(isLatin('A B C')).toBe(false);
    expect(isLatin('百 姓 身 边')).toBe(false);
  });
});

describe("an adviser's label is no asker's (reviewer, session 31)", () => {
  it('reads `法律顾问：张某` as a role and a name, not a question ending its label on 问', () => {
    for (const text of ['法律顾问：张某', '法律顾问：张某律师', '本报法律顾问：山西某某律师事务所', '技术顾问：李某']) {
      expect(isQuestion(text), text).toBe(false);
      expect(isDialogueTurn(text), text).toBe(false);
    }
  });
  it('keeps a question under its label, an asker named before 问 too', () => {
    for (const text of ['问：供暖不热怎么办？', '市民李先生问：小区的水压为什么低', '网友提问：公交卡在哪里办理？']) expect(isQuestion(text), text).toBe(true);
  });
});
