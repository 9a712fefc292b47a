// topicOf with an office's name: a clause that names no topic is of the remit of the office its sentence names
// (topic-offices.ts); a clause that names its own topic keeps it, and offices of many remits name none.
import { describe, expect, it } from 'vitest';
import type { Topic } from '../../../src/domain/topics.ts';
import { officeScores } from './topic-offices.ts';
import { scopeFor } from './scope.fixture.ts';
import { topicOf } from './topic.ts';

const governance = { topics: ['governance'] as Topic[] };
const topic = (paragraph: string, figure: string) => topicOf(scopeFor(paragraph, figure, { headings: [], article: governance }));

describe('topicOf, an office’s remit', () => {
  it('reads a bare clause as the remit of the office the sentence names', () => {
    expect(topic('记者从县商务局了解到，本周全县共抽检门店38家。', '38家')).toBe('economy');
    expect(topic('区卫健委组织专家小组走进马厂镇，共接待群众260人次。', '260人次')).toBe('health');
    expect(topic('县人社局今年共组织线上线下活动54场。', '54场')).toBe('employment');
  });

  it('keeps the topic a clause names itself, whatever office reports it', () => {
    expect(topic('县商务局近日通报，全县今年新建改造供水管网42公里。', '42公里')).toBe('water');
  });

  it('reads no remit from offices that serve many fields', () => {
    expect(officeScores('县住建局、县民政局、县发展改革局、县市场监管局联合检查').size).toBe(0);
    expect([...officeScores('市交通运输局和县供热公司').keys()].sort()).toEqual(['heating', 'transport']);
  });

  it('reads an office’s name only where it opens a name, not a stem inside a longer word', () => {
    expect(officeScores('城区环境卫生部门每天出动清扫车辆').size).toBe(0);
    expect([...officeScores('各级卫生部门和县教育局').keys()].sort()).toEqual(['education', 'health']);
  });
});
