import { describe, expect, it } from 'vitest';
import { isIssuerLine, isSignedDate, numberedPieceHeads } from './issuers.ts';
import type { Marked } from './run.ts';

const para = (text: string): Marked => ({ shape: 'paragraph', block: { kind: 'paragraph', text, source: [0] } });
const title = (text: string): Marked => ({ shape: 'title', block: { kind: 'caption', text, source: [0] } });

describe('issuers', () => {
  it('reads a body’s name alone as an issuer', () => {
    for (const t of ['黎城县供电公司', '武乡县民政局', '中共沁县县委办公室', '长治市城市照明管理处', '壶关县医疗保障局']) expect(isIssuerLine(t), t).toBe(true);
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

  it('leaves a numbered list alone: one item, numbers not from 1, or no labelled line under the item', () => {
    const one = [para('1．关于增设城区公交站点的建议的答复'), title('答复单位：长治市交通运输局'), para('今年新增站点12个。')];
    expect(numberedPieceHeads(one)).toEqual(one);
    const fromTwo = [para('2．办理流程'), title('申请人：本人或家属'), para('3．所需材料'), title('材料：身份证原件'), para('请于工作日办理。')];
    expect(numberedPieceHeads(fromTwo)).toEqual(fromTwo);
    const steps = [para('1．下载APP'), para('注册后登录。'), para('2．填写信息'), para('提交后等待审核。')];
    expect(numberedPieceHeads(steps)).toEqual(steps);
  });
});
