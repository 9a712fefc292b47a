// The aim or forecast after a figure that is its clause's subject (status-after.ts), with made-up sentences.
import { describe, expect, it } from 'vitest';
import { modalAfterSubject } from './status-after.ts';
import { statusOf } from './status.ts';
import { scopeFor } from './scope.fixture.ts';

describe('modalAfterSubject', () => {
  it('reads 力争, 确保 and 争取 after a subject count as an aim', () => {
    expect(modalAfterSubject('剩下的', '个小区力争年内全部完工')).toBe('target');
    expect(modalAfterSubject('其余', '座桥梁确保年底前通车')).toBe('target');
    expect(modalAfterSubject('还有', '个村争取明年通上自来水')).toBe('target');
  });
  it('reads 预计 and 有望 after a subject count as a forecast', () => {
    expect(modalAfterSubject('其余', '个项目有望年底前投用')).toBe('forecast');
    expect(modalAfterSubject('剩余', '个乡镇预计明年通气')).toBe('forecast');
  });
  it('leaves a count a verb before it takes as its object', () => {
    expect(modalAfterSubject('安排专项资金', '确保项目顺利实施')).toBeUndefined();
    expect(modalAfterSubject('新建', '个养老驿站，力争')).toBeUndefined();
  });
  it('leaves 争取到 (what was won) and a clause with no modal', () => {
    expect(modalAfterSubject('其余', '个村争取到资金')).toBeUndefined();
    expect(modalAfterSubject('剩下的', '个小区正在施工')).toBeUndefined();
  });
});

describe('statusOf, people counted as the subject of an aim or a forecast (FX6, session 16)', () => {
  it('reads people who aim at or are expected to do something as there now, as it reads people who will', () => {
    expect(statusOf(scopeFor('全县1200名志愿者力争春节前走访完所有独居老人。', '1200名'))).toBe('actual');
    expect(statusOf(scopeFor('今年，全区300名网格员确保每户都走到。', '300名'))).toBe('actual');
    expect(statusOf(scopeFor('这次义诊，86名专家有望为群众解决难题。', '86名'))).toBe('actual');
    expect(statusOf(scopeFor('首批28名学员将在长治医学院接受为期3年的培养。', '28名'))).toBe('actual');
    // (People counted in 名 or 位, whatever they are called: `全区300名网格员将…`.)
    expect(statusOf(scopeFor('全区300名网格员将逐户上门排查燃气隐患。', '300名'))).toBe('actual');
  });
  it('still reads works counted as the subject of an aim as that aim', () => {
    expect(statusOf(scopeFor('剩下的9个小区力争年内全部完工。', '9个'))).toBe('target');
  });
});
