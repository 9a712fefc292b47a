import { describe, expect, it } from 'vitest';
import { headsOverLabelledLines, isBodiesLine, isIssuerLine, isProposerLine, isSignedDate, numberedPieceHeads } from './issuers.ts';
import type { Marked } from './run.ts';

const para = (text: string): Marked => ({ shape: 'paragraph', block: { kind: 'paragraph', text, source: [0] } });
const title = (text: string): Marked => ({ shape: 'title', block: { kind: 'caption', text, source: [0] } });

describe('issuers', () => {
  it('reads a body’s name alone as an issuer', () => {
    for (const t of ['黎城县供电公司', '武乡县民政局', '中共沁县县委办公室', '长治市城市照明管理处', '壶关县医疗保障局', '长子县人民政府']) expect(isIssuerLine(t), t).toBe(true);
  });

  it('reads a body named after a place jieba tags as a verb (屯留/v), the place a place word', () => {
    expect(isIssuerLine('屯留区文化和旅游局')).toBe(true);
    for (const t of ['屯留区', '屯留区建成社区食堂', '屯留区民政局门前']) expect(isIssuerLine(t), t).toBe(false);
  });

  it('reads the paper\'s own desk naming the paper as 本报 or 本刊 (issue 15)', () => {
    for (const t of ['本报编辑部', '本刊编辑部']) expect(isIssuerLine(t), t).toBe(true);
    for (const t of ['本报讯', '本报记者', '本报评论员', '本报编辑部门前']) expect(isIssuerLine(t), t).toBe(false);
  });

  it('reads no caption, column name, heading or sentence as one', () => {
    for (const t of ['老人们在幸福院用餐', '生活提示', '一图读懂', '县医院：专家坐诊到乡镇', '请到县民政局', '黎城县供电公司。'])
      expect(isIssuerLine(t), t).toBe(false);
  });

  it('reads a date alone as the day it was signed', () => {
    expect(isSignedDate('2025年3月1日')).toBe(true);
    expect(isSignedDate('二〇二五年三月一日')).toBe(true);
    expect(isSignedDate('2025年3月1日，全县…')).toBe(false);
  });

  it('reads numbered heads over labelled lines, numbered 1, 2 … down the page, as the heads of pieces', () => {
    const page = [
      para('1．关于增设黎城县城区公交站点的建议的答复'),
      title('答复单位：长治市交通运输局'),
      para('赵明代表：您提出的建议收悉。现答复如下：今年新增站点12个。'),
      para('2、关于改善武乡县农村道路照明的提案'),
      title('提案人：孙丽委员'),
      para('答复摘要：全县今年安装路灯860盏。'),
    ];
    const out = numberedPieceHeads(page);
    expect(out.map((m) => m.shape)).toEqual(['headline', 'paragraph', 'paragraph', 'headline', 'paragraph', 'paragraph']);
    expect(out[0]!.block.text).toBe('关于增设黎城县城区公交站点的建议的答复');
    expect(out[3]!.block.text).toBe('关于改善武乡县农村道路照明的提案');
  });

  it('reads heads numbered in brackets (（一）, (2)) over a labelled line or the replying body alone as the heads of pieces', () => {
    const page = [
      title('（一）对市政协某次会议第0128号提案的答复'),
      para('提案人：某市委员会\n案由：关于做好困难群体就业帮扶的提案'),
      para('提案收悉，现答复如下：今年帮助3860人就业。'),
      title('（二）对市政协某次会议第0206号提案的答复'),
      title('长子县人民政府'),
      para('李某委员：您提出的提案收悉。现答复如下：开通学生专线4条。'),
    ];
    const out = numberedPieceHeads(page);
    expect(out.map((m) => m.shape)).toEqual(['headline', 'paragraph', 'paragraph', 'headline', 'paragraph', 'paragraph']);
    expect(out[3]!.block.text).toBe('对市政协某次会议第0206号提案的答复');
    const twoBodies = [para('1.关于某事的建议的答复'), title('长治市生态环境局　长治市住房和城乡建设局'), para('郭某委员：提案收悉。'), para('2.关于某事的建议'), title('提案人：李某代表'), para('答复摘要：已建成38个。')];
    expect(numberedPieceHeads(twoBodies).map((m) => m.shape)).toEqual(['headline', 'paragraph', 'paragraph', 'headline', 'paragraph', 'paragraph']);
    const sections = [title('（一）就业增收'), para('去年城镇新增就业3.72万人。'), title('（二）教育医疗'), para('新增学位1.5万个。')];
    expect(numberedPieceHeads(sections)).toEqual(sections);
  });

  it('counts Chinese numbers past 九 (（十）, (十一), (二十)) so a page of ten replies or more runs 1, 2, 3 …', () => {
    const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
    const page = numerals.flatMap((n, k) => [title(`（${n}）对某次会议第${k + 10}号提案的答复`), title('长子县人民政府'), para('提案收悉，现答复如下：已办结。')]);
    const out = numberedPieceHeads(page);
    expect(out.filter((m) => m.shape === 'headline')).toHaveLength(12);
    expect(out[27]!.block.text).toBe('对某次会议第19号提案的答复');
    // A run that skips a number is not a page of pieces: 十 after 八 leaves it as printed.
    const skipped = ['一', '二', '三', '四', '五', '六', '七', '八', '十'].flatMap((n) => [title(`（${n}）对某号提案的答复`), title('长子县人民政府'), para('已办结。')]);
    expect(numberedPieceHeads(skipped)).toEqual(skipped);
  });

  it("cuts a reply's head from the labelled lines under it in one block, over whom it answers", () => {
    const page = [para('办理回音：某条建议已答复。'), para('代表建议：让农村学生吃上热乎饭\n答复单位：屯留区教育局'), title('杜某代表：'), para('您的建议收悉。现答复如下：新建食堂3个。')];
    const out = headsOverLabelledLines(page);
    expect(out.map((m) => [m.shape, m.block.text])).toEqual([
      ['paragraph', '办理回音：某条建议已答复。'],
      ['headline', '代表建议：让农村学生吃上热乎饭'],
      ['paragraph', '答复单位：屯留区教育局'],
      ['title', '杜某代表：'],
      ['paragraph', '您的建议收悉。现答复如下：新建食堂3个。'],
    ]);
    // Under its head already, or over no salutation, the block is the text's.
    const underHead = [title('对某次会议第086号提案的答复'), para('提案人：张某委员\n答复单位：市民政局'), title('张某委员：'), para('提案收悉。')];
    expect(headsOverLabelledLines(underHead)).toEqual(underHead);
    const noSalutation = [para('上文。'), para('代表建议：让农村学生吃上热乎饭\n答复单位：屯留区教育局'), para('全区新建食堂3个。')];
    expect(headsOverLabelledLines(noSalutation)).toEqual(noSalutation);
  });

  it("reads the line naming who made a proposal, under the proposal's head, as the text it opens: never a headline", () => {
    // In the head's block, no blank line between: the first line is the headline.
    const inBlock = [para('上文已办结。'), title('关于增设某镇夜间公交的建议\n提案人：孙某（某区政协委员）'), para('【建议内容】夜间出行不便。')];
    expect(headsOverLabelledLines(inBlock).map((m) => [m.shape, m.block.text])).toEqual([
      ['paragraph', '上文已办结。'],
      ['headline', '关于增设某镇夜间公交的建议'],
      ['paragraph', '提案人：孙某（某区政协委员）'],
      ['paragraph', '【建议内容】夜间出行不便。'],
    ]);
    // On a line of its own under the head: a paragraph, the head left for the run to read.
    const ownLine = [title('代表心声'), title('关于改造某村饮水管网的建议'), title('领衔代表：周 某（某乡人大代表）'), para('【建议内容】管网老化。')];
    expect(headsOverLabelledLines(ownLine).map((m) => m.shape)).toEqual(['title', 'title', 'paragraph', 'paragraph']);
    // Near misses: a head over a hotline's labelled line, a deck naming a body, a headline quoting a deputy.
    const hotline = [title('冬季供暖服务指南'), title('咨询电话：0355-1234567'), para('供暖期内24小时值守。')];
    expect(headsOverLabelledLines(hotline)).toEqual(hotline);
    const deck = [para('上文。'), title('关于加快老旧小区改造的建议\n承办单位：市住建局'), para('【办理答复】已列入计划。')];
    expect(headsOverLabelledLines(deck)).toEqual(deck);
    const quoted = [title('代表说：农村养老要办到心坎上'), para('王某代表说，今年村里新建幸福院。')];
    expect(headsOverLabelledLines(quoted)).toEqual(quoted);
    // An interview's head under a kicker names a member as a proposer line would, but the head above is no proposal's:
    // kicker and headline stay, on their own lines or in one block.
    const interview = [title('两会访谈'), title('对话：张某委员'), para('今年是他连任的第三年。')];
    expect(headsOverLabelledLines(interview)).toEqual(interview);
    const seatFirst = [title('代表风采'), title('专访：市政协委员 王某某'), para('他一直关注农村养老。')];
    expect(headsOverLabelledLines(seatFirst)).toEqual(seatFirst);
    const interviewBlock = [para('上文。'), title('两会访谈\n对话：李某代表'), para('今年是她连任的第三年。')];
    expect(headsOverLabelledLines(interviewBlock)).toEqual(interviewBlock);
  });

  it.each(['提案人：王某某（某县政协委员）', '领衔代表：李 某（某镇人大代表）', '提案人：张某委员', '提案人：市政协委员 刘某某'])('%s names who made a proposal', (line) => expect(isProposerLine(line)).toBe(true));
  it.each(['承办单位：市住建局', '提案人：民盟某市委员会', '咨询电话：12345', '代表说：要把好事办好', '联系人：王某（市民政局）'])('%s does not', (line) => expect(isProposerLine(line)).toBe(false));

  it('leaves a numbered list alone: one item, numbers not from 1, or no labelled line under the item', () => {
    const one = [para('1．关于增设城区公交站点的建议的答复'), title('答复单位：长治市交通运输局'), para('今年新增站点12个。')];
    expect(numberedPieceHeads(one)).toEqual(one);
    const fromTwo = [para('2．办理流程'), title('申请人：本人或家属'), para('3．所需材料'), title('材料：身份证原件'), para('请于工作日办理。')];
    expect(numberedPieceHeads(fromTwo)).toEqual(fromTwo);
    const steps = [para('1．下载APP'), para('注册后登录。'), para('2．填写信息'), para('提交后等待审核。')];
    expect(numberedPieceHeads(steps)).toEqual(steps);
  });
});

describe('isBodiesLine', () => {
  it('reads a line of one body or several, set apart by spaces or 、, and nothing else', () => {
    expect(isBodiesLine('武乡县水利局')).toBe(true);
    expect(isBodiesLine('长治市生态环境局　长治市住房和城乡建设局')).toBe(true);
    expect(isBodiesLine('长治市教育局、长治市财政局')).toBe(true);
    expect(isBodiesLine('长治市教育局将会同市财政局研究')).toBe(false);
    expect(isBodiesLine('答复单位：长治市水利局')).toBe(false);
  });
});
