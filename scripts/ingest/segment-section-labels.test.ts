// A report's sections under labels in brackets (segment-section-labels.ts), and a heading that sets its label before its
// title by a bar (segment.ts barredTitle). Made-up lines in the forms pages print, with the near misses: items under
// bracketed headlines that open with their day or are signed, one label alone (a box), a feature's numbered stop.
import { describe, expect, it } from 'vitest';
import { structurePage } from './segment.ts';

const pieces = (lines: string[]) => structurePage(lines.join('\n\n')).segments;
const heads = (lines: string[]) => pieces(lines).map((s) => s.blocks.find((b) => b.kind === 'headline')?.text);
const REPORT = ['某县政府工作报告要点', '本报记者 孙某', '1月6日，某县第十八届人民代表大会第四次会议开幕。记者梳理了报告中与群众生活相关的内容。'];
const NEXT = ['某区新开通两条公交线路', '本报记者 钱某', '1月5日，某区新开通城乡公交线路2条，沿线8个村的群众出行更方便。'];

describe("a report's sections under labels in brackets", () => {
  it('are its section heads, its sections its text', () => {
    const sections = ['【去年干了啥】', '◆ 全县新增城镇就业2100人。', '◆ 改造农村公路85公里。', '【今年干啥】', '一、新建幼儿园3所。', '二、新增养老床位200张。'];
    const segments = pieces([...REPORT, ...sections, ...NEXT]);
    expect(segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text)).toEqual([REPORT[0], NEXT[0]]);
    expect(segments[0]!.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['【去年干了啥】', '【今年干啥】']);
    expect(segments[0]!.blocks.map((b) => b.text)).toContain('二、新增养老床位200张。');
  });

  it('are not items under bracketed headlines that open with their day', () => {
    const items = ['【某镇卫生院中医馆开诊】', '12月1日，某镇卫生院中医馆正式开诊，可提供针灸、推拿等服务。', '【某村文化广场建成】', '12月2日，某村文化广场建成投用，面积达3000平方米。'];
    expect(heads([...REPORT, ...items])).toEqual([REPORT[0], '【某镇卫生院中医馆开诊】', '【某村文化广场建成】']);
  });

  it('are not items whose text is signed, nor one label alone over its box', () => {
    const signed = ['【公交延伸到新城区】', '本报讯（记者 李某）记者从县公交公司获悉，3路公交车延伸至新城区。', '【供热热线开通】', '本报讯（记者 李某）县供热服务热线即日起开通。'];
    expect(heads([...REPORT, ...signed]).length).toBeGreaterThanOrEqual(2);
    expect(heads([...REPORT, ...signed])).toContain(REPORT[0]);
    const alone = ['【温馨提示】', '办理业务请携带身份证原件。'];
    const segments = pieces([...REPORT, ...alone, ...NEXT]);
    expect(segments[0]!.blocks.some((b) => b.kind === 'heading' && b.text === '【温馨提示】')).toBe(false);
  });
});

describe('labels in brackets over pieces of their own (near misses)', () => {
  // Bracketed headlines that carry a figure are read as headlines, as a column's short items print them.
  const BRIEF = ['某区老旧小区改造全面完工', '本报记者 孙某', '12月3日，记者从某区住建局获悉，今年全区21个老旧小区改造项目全部完工，惠及居民4300户。'];
  const TOLD = [...BRIEF, '据介绍，改造内容包括屋面防水、管网更新、加装电梯等，群众满意度达98%。'];
  const ONE = ['【3路公交延伸至新城区】', '为方便新城区居民出行，县公交公司对3路公交线路进行了优化调整，新增站点4个。', '【2处停车场投用】', '随着最后一段道路完成硬化，县城新建的2处公共停车场投入使用，新增车位360个。'];
  const TWO = ['【3路公交延伸至新城区】', '为方便新城区居民出行，县公交公司对3路公交线路进行了优化调整。', '调整后，3路公交新增站点4个，发车间隔缩短至10分钟。', '【2处停车场投用】', '“以前找车位要转好几圈，现在方便多了。”市民张先生说。', '县城新建的2处公共停车场日前投入使用，新增车位360个。'];
  const SOURCED = ['【3路公交延伸至新城区】', '记者从县公交公司获悉，3路公交线路延伸至新城区。', '调整后，3路公交新增站点4个，发车间隔缩短至10分钟。', '【2处停车场投用】', '据了解，县城新建的2处公共停车场投入使用。', '两处停车场共新增车位360个，前两小时免费。'];
  const itemHeads = ['【3路公交延伸至新城区】', '【2处停车场投用】'];

  it('stay apart after an article that has told its own news in two paragraphs or more', () => {
    expect(heads([...TOLD, ...ONE, ...NEXT])).toEqual([TOLD[0], ...itemHeads, NEXT[0]]);
    expect(heads([...TOLD, ...TWO, ...NEXT])).toEqual([TOLD[0], ...itemHeads, NEXT[0]]);
  });

  it('stay apart when each is one paragraph, or prose the lead does not point on to', () => {
    expect(heads([...BRIEF, ...ONE, ...NEXT])).toEqual([BRIEF[0], ...itemHeads, NEXT[0]]);
    expect(heads([...BRIEF, ...TWO, ...NEXT])).toEqual([BRIEF[0], ...itemHeads, NEXT[0]]);
  });

  it('stay apart when their text opens with its source', () => {
    expect(heads([...BRIEF, ...SOURCED, ...NEXT])).toEqual([BRIEF[0], ...itemHeads, NEXT[0]]);
  });

  it("leave a box over a list at an article's end a box, though a head set off by the same mark stands above it", () => {
    const article = [...TOLD, '■ 现场直击', '在某小区，工人们正在为3号楼安装电梯导轨，预计本月底投入使用。', '“等了好几年，终于盼到了。”住在6楼的王大爷说。'];
    const box = ['■ 温馨提示', '1.加装电梯须经本单元三分之二以上业主同意；', '2.申请材料可到社区服务中心领取。'];
    const segments = pieces([...article, ...box]);
    expect(segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text)).toEqual([TOLD[0], '温馨提示']);
  });

  it("hold a report's sections in prose when its lead points on to them", () => {
    const lead = ['某县政府工作报告里的民生干货', '1月6日，某县第十八届人民代表大会第四次会议开幕。一起来看↓↓↓'];
    const sections = ['【回看2025】', '过去一年，全县新增城镇就业2100人，改造农村公路85公里。', '新建幼儿园3所，新增学位900个。', '【2026年这样干】', '今年全县将新增养老床位200张，改造老旧小区12个。', '新建改造供热管网8公里。'];
    const segments = pieces([...lead, ...sections, ...NEXT]);
    expect(segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text)).toEqual([lead[0], NEXT[0]]);
    expect(segments[0]!.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['【回看2025】', '【2026年这样干】']);
  });
});

describe('a heading that sets its label before its title by a bar', () => {
  const barred = '一图看懂｜某县今年十件民生实事';
  const items = ['1.新建改造农村公路120公里；', '2.新增普惠托位300个。'];

  it("heads a piece of its own after the report's finished text, the label its kicker", () => {
    const page = [...REPORT, '报告提出，今年将继续办好一批民生实事。', barred, ...items];
    const segments = structurePage(page.join('\n')).segments;
    const last = segments.at(-1)!;
    expect(last.blocks.find((b) => b.kind === 'kicker')?.text).toBe('一图看懂');
    expect(last.blocks.find((b) => b.kind === 'headline')?.text).toBe('某县今年十件民生实事');
  });

  it("stays a feature's section when the bar sets off a numbered stop", () => {
    const page = [...REPORT, '记者沿着新修的旅游公路走访了几个村。', '第一站｜西沟乡', '西沟乡的民宿今年新增床位120张，旺季一房难求。'];
    const segments = structurePage(page.join('\n')).segments;
    expect(segments).toHaveLength(1);
  });
});
