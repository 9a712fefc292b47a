import { describe, expect, it } from 'vitest';
import type { BodyNode } from '../types.ts';
import { articleContext } from './meaning.ts';
import { scopeFor } from './scope.fixture.ts';
import { isAnecdote } from './status-anecdote.ts';
import { residentSpeakers } from './status-speaker.ts';

const paragraphs = (...texts: string[]): BodyNode[] => texts.map((text) => ({ kind: 'paragraph', text }) as BodyNode);

describe('residentSpeakers: who speaks a transcript line as a resident', () => {
  it('takes a bare name opening a line with a colon, introduced with no official title', () => {
    expect(residentSpeakers(['记者：您在这里摆摊几年了？', '赵满囤：摆了7年，一天能卖200多个烧饼。'])).toEqual(['赵满囤']);
    // (Introduced by what they do, a village doctor or a stall keeper, they are still residents.)
    expect(residentSpeakers(['——对话黎城县西井镇乡村医生秦有福', '秦有福：我们卫生室管着2个村。'])).toEqual(['秦有福']);
  });

  it('leaves out a speaker the article introduces as an official, before the name, in brackets after it, or letter-spaced', () => {
    expect(residentSpeakers(['记者日前专访了市民政局局长高建英。', '高建英：今年全市新建助餐点86个。'])).toEqual([]);
    expect(residentSpeakers(['牛红霞（县人社局就业科科长）：今年我们开了12场招聘会。'])).toEqual([]);
    expect(residentSpeakers(['发布人：市住建局副局长 冯 晓', '冯晓：全市改造老旧小区96个。'])).toEqual([]);
  });

  it('reads no speaker in a line a key opens (时间：, 记者：) or a name jieba does not read as one', () => {
    expect(residentSpeakers(['时间：12月5日上午', '记者：有多少人报名？', '张医生：体温可达39℃以上。'])).toEqual([]);
  });
});

describe('isAnecdote: a resident\'s transcript answer', () => {
  const answer = (paragraph: string, figure: string, speakers: string[]) => isAnecdote(scopeFor(paragraph, figure, { article: { residentSpeakers: speakers } }));

  it('reads the figures of a resident\'s answer as their own story (fails before: no quotation marks, no 说)', () => {
    expect(answer('赵满囤：摆了7年，一天能卖200多个烧饼。', '200多个', ['赵满囤'])).toBe(true);
    expect(answer('秦有福：我们卫生室管着东沟、西沟2个村，800多名村民。', '800多名', ['秦有福'])).toBe(true);
  });

  it('keeps an answer about a whole place or a policy, and an official\'s answer, as statistics', () => {
    expect(answer('赵满囤：全村今年新开了烧饼铺12家。', '12家', ['赵满囤'])).toBe(false);
    expect(answer('高建英：今年我们新建助餐点86个。', '86个', [])).toBe(false);
  });

  it('leaves an official introduced by a name card or a guest line, the title in the clause after the name (review R3 F1)', () => {
    expect(residentSpeakers(['王强，县医疗保障局副局长。', '王强：今年全县报销医药费2.3亿元，惠及群众8.6万人次。'])).toEqual([]);
    expect(residentSpeakers(['嘉宾：王 强　县医疗保障局副局长', '王 强：今年全县报销医药费2.3亿元。'])).toEqual([]);
    // Near misses: a resident's own clause after the name, and an office named inside the answer, keep the resident.
    expect(residentSpeakers(['王磊，今年45岁，在县城开了一家面馆。', '王磊：投了4家，都没回音。'])).toEqual(['王磊']);
    expect(residentSpeakers(['王磊：我在县人社局办了登记，投了4家。'])).toEqual(['王磊']);
  });

  it('reads the turn\'s speaker in every printing describe/interview.ts reads (review R3 F2, fails before)', () => {
    const answer1 = '我之前在江苏一家工厂干了5年，人家给月薪5500元。';
    for (const line of [`王　磊：${answer1}`, `■王磊：${answer1}`, `【王磊】${answer1}`, `**王磊：**${answer1}`, `求职者王磊：${answer1}`]) {
      const second = line.replace(answer1, '投了4家，有两家让我下周去面试。');
      const speakers = residentSpeakers(['记者：今天来找什么工作？', line, '记者：投了几家？', second]);
      expect(speakers).toEqual(['王磊']);
      expect(answer(line, '5500元', speakers)).toBe(true);
    }
    // Near misses: a role of an office in the label, an ornament over an official's answer, and a key line are no residents.
    expect(residentSpeakers(['市医保中心工作人员李娟：今年全市报销医药费2.3亿元。'])).toEqual([]);
    expect(residentSpeakers(['记者日前专访了市民政局局长高建英。', '■高建英：今年全市新建助餐点86个。'])).toEqual([]);
    expect(residentSpeakers(['时间：12月5日上午'])).toEqual([]);
    // (Not outside an interview: a box's bracketed head, a meeting record's speaker with a role in brackets.)
    expect(residentSpeakers(['【养老】新建社区老年食堂11个', '【教育】新增学位1080个'])).toEqual([]);
    expect(residentSpeakers(['主持人：李红梅（社区党支部书记）', '张建军（9号楼居民代表）：每部电梯总价约58万元。'])).toEqual([]);
  });

  it('reaches the speakers through articleContext', () => {
    const context = articleContext({ body: paragraphs('记者：您在这里摆摊几年了？', '赵满囤：摆了7年，一天能卖200多个烧饼。'), regions: [], topics: [] });
    expect(context.meta.residentSpeakers).toEqual(['赵满囤']);
  });
});
