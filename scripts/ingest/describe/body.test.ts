import { describe, expect, it } from 'vitest';
import { buildBody } from './body.ts';
import { block, childcareSection004 } from './seed-fixtures.ts';

describe('buildBody', () => {
  it('turns the childcare section of seed 004 into a heading, subheadings and paragraphs', () => {
    const body = buildBody(childcareSection004);
    expect(body.map((n) => (n.kind === 'heading' ? `h${n.level}` : n.kind))).toEqual([
      'h2', 'paragraph', 'h3', 'paragraph', 'paragraph', 'paragraph', 'h3', 'paragraph', 'paragraph',
    ]);
    expect(body[2]).toEqual({ kind: 'heading', level: 3, text: '普惠，扩大服务供给', source: [23] });
  });

  it('leaves out everything that is not running text', () => {
    const body = buildBody([
      block('furniture', '新闻时评', 69),
      block('headline', '新年新气象 奋斗正当时', 67),
      block('byline', '桑梓', 68),
      block('continuation', '(上接第一版)', 42),
      block('paragraph', '   ', 3),
      block('caption', '供热隔压站', 39),
    ]);
    expect(body).toEqual([{ kind: 'caption', text: '供热隔压站', source: [39] }]);
  });
});

describe('buildBody: a label between rules', () => {
  it('keeps both rules of a heading set between them, and drops the dash that runs a lead-in into its text', () => {
    const heading = (text: string, kind: 'heading' | 'subheading') => buildBody([{ kind, text, source: [0] }])[0]!.text;
    expect(heading('——记者手记——', 'heading')).toBe('——记者手记——');
    expect(heading('--- 记者手记 ---', 'heading')).toBe('--- 记者手记 ---');
    expect(heading('普惠，扩大服务供给——', 'subheading')).toBe('普惠，扩大服务供给');
  });
});
