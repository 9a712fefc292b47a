// kindOf (figures/kind.ts) with 再 before a verb (kind-again.ts): more works to be done are new, on made-up sentences; and
// a project named after the object of its works (objectWorks) counted as the works.
import { describe, expect, it } from 'vitest';
import { moreWorks } from './kind-again.ts';
import { kindOf } from './kind.ts';
import { scopeFor } from './scope.fixture.ts';

const kind = (paragraph: string, figure: string) => kindOf(scopeFor(paragraph, figure));

describe('kindOf: 再 before a verb', () => {
  it('reads more works to be done as new', () => {
    expect(kind('县公交公司计划明年再投放电动公交车15辆。', '15辆')).toBe('new');
    expect(kind('镇里打算再修通村道路12公里。', '12公里')).toBe('new');
    expect(kind('街道明年将再布设快递驿站6个。', '6个')).toBe('new');
    expect(kind('县政务中心明年将再推出“跨省通办”事项15项。', '15项')).toBe('new');
  });

  it('leaves people, events held, projects counted as projects and what the clause only reaches', () => {
    expect(kind('合作社年底前还将再招工人40人。', '40人')).toBe('total');
    expect(kind('县卫健委计划年底前再组织送医下乡活动8场。', '8场')).toBe('total');
    expect(kind('县住建局计划明年再实施微改造项目20个。', '20个')).toBe('total');
    expect(kind('新线路开通后，沿线7个村的群众不用再走远路。', '7个')).toBe('total');
  });

  it('leaves a way travelled: after a negation, or 再 before a verb of moving', () => {
    expect(kind('大桥通车后，学生上学无需再绕行9公里。', '9公里')).toBe('total');
    expect(kind('隧道打通后，司机再开15公里就到市区。', '15公里')).toBe('total');
  });
});

describe('moreWorks', () => {
  it('finds 再 before a verb, also glued to it', () => {
    expect(moreWorks('明年再投放').length).toBe(1);
    expect(moreWorks('今年打算再修').length).toBe(1);
  });
  it('leaves 再 in a word and a level reached', () => {
    expect(moreWorks('再次获评')).toEqual([]);
    expect(moreWorks('实现再就业')).toEqual([]);
    expect(moreWorks('把服务点再扩到')).toEqual([]);
  });
});

describe('kindOf: a project named after the object of its works (objectWorks)', () => {
  it('counts projects named after the object of their works as the works, projects of a kind as projects', () => {
    expect(kind('今年，英雄中路街道实施老旧小区改造项目27个，涉及楼栋186栋。', '27个')).toBe('new');
    expect(kind('今年，全区实施微改造项目23个。', '23个')).toBe('total');
  });
});
