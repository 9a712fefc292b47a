import { describe, expect, it } from 'vitest';
import { exchangesOf, exchangeTopics } from './exchanges.ts';
import { findTopics, scoreTopics } from './topics.ts';

const score = (text: string) => scoreTopics([{ text, weight: 1 }]);

describe('exchangesOf', () => {
  it('groups each short question with the paragraphs up to the next', () => {
    const paragraphs = ['开头一段，记者走进社区。', '记者：物业服务怎么样？', '居民：保洁每天都来。', '补充一句。', '记者：班车方便吗？', '村民：十分钟一趟。'];
    expect(exchangesOf(paragraphs)).toEqual([
      ['记者：物业服务怎么样？', '居民：保洁每天都来。', '补充一句。'],
      ['记者：班车方便吗？', '村民：十分钟一趟。'],
    ]);
  });
  it('opens an exchange at the asker’s label whatever the question ends with', () => {
    const paragraphs = ['记者：请介绍一下今年的工作。', '孙某某：全区新增学位2000个。', '■ 记者：下一步有什么打算', '孙某某：继续扩充学位。'];
    expect(exchangesOf(paragraphs)).toHaveLength(2);
  });
  it('reads the asker’s label as the structure reads a question’s turn (shape.ts isQuestion), bracketed or bold too', () => {
    const named = ['市民王先生问：老楼加装电梯怎么申请。', '市住建局答：向街道提交申请即可。', '【问】补贴多少', '答：每部电梯补贴15万元。'];
    expect(exchangesOf(named)).toHaveLength(2);
    const bracketed = ['【记者】：今年新增了多少学位。', '孙某某：2000个。', '**问：**明年呢', '孙某某：再增1500个。'];
    expect(exchangesOf(bracketed)).toHaveLength(2);
    // Near miss: a speaker who tells, not asks (`王先生说：`), opens no exchange.
    expect(exchangesOf(['王先生说：电梯装好了。', '很方便。', '李女士说：楼道也亮了。', '晚上不怕了。'])).toEqual([]);
  });
  it('finds none in a report with one question, or a question left unanswered', () => {
    expect(exchangesOf(['开头一段。', '怎么办？', '答案在这里。', '结尾一段。'])).toEqual([]);
    expect(exchangesOf(['物业怎么样？', '很好。', '班车方便吗？'])).toEqual([]);
  });
});

describe('exchangeTopics', () => {
  it('gives each exchange’s leading topics, ties together', () => {
    const paragraphs = ['网友：老楼暖气不热，能不能改造？', '回复：已列入老旧小区改造计划。', '网友：入托补贴怎么领？', '回复：在托育机构入托的婴幼儿每月补贴。'];
    expect(exchangeTopics(paragraphs, score, 2)).toEqual(['heating', 'housing', 'childcare']);
  });
  it('adds to an article’s topics the one an exchange asks about that its score leaves out', () => {
    const text = [
      '记者：小区改造后有什么变化？',
      '居民李某某：楼道里装了感应灯，晚上回家亮堂了。',
      '记者：看病方便吗？',
      '村民王某某：村卫生室能做心电图，还能和县医院视频会诊，医保报销也快，门诊拿药不用跑。',
      '记者：孩子上学呢？',
      '家长赵某某：镇上学校开了校车，学生坐车十五分钟到校，课后服务也有老师管。',
    ];
    const pieces = text.map((t) => ({ text: t, weight: 1 }));
    expect(findTopics(pieces)).toContain('housing');
    expect(findTopics(pieces.filter((_, i) => i > 1))).not.toContain('housing');
  });
});
