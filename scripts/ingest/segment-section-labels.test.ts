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
