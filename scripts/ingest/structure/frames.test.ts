// Box edges, section bands and contact footers by their form.
import { describe, expect, it } from 'vitest';
import { isBand, isBoxEdge, isContactFooter, isJoinedRule, readBoxSides } from './frames.ts';
import { isPageLine } from './page-lines.ts';
import { isRule } from './shape.ts';
import { structurePage } from '../segment.ts';

describe('frames', () => {
  it('reads the edges of a drawn box as rules', () => {
    for (const t of ['┏━━━━━━┓', '┗━━━━━━┛', '╔══════╗', '└──────┘', '+------+']) expect(isBoxEdge(t) && isRule(t), t).toBe(true);
    expect(isBoxEdge('┏━━ 小贴士 ━━┓')).toBe(false);
  });
  it('reads a short label between heavy rules as a band, not one between dashes', () => {
    expect(isBand('══════　周末·文体　══════')).toBe(true);
    expect(isBand('━━━ 民生周刊 ━━━')).toBe(true);
    expect(isPageLine('══════　周末·文体　══════')).toBe(true);
    expect(isBand('━━ 文体周刊 ━━　第126期')).toBe(true);
    expect(isBand('══ 健康周刊 ══ 第B2版')).toBe(true);
    expect(isBand('━━ 文体周刊 ━━　本期看点多')).toBe(false);
    expect(isBand('——记者手记——')).toBe(false);
    expect(isBand('════ 全县新建公厕12座，完成全年任务。 ════')).toBe(false);
  });
  it('reads two contacts on a line as the page footer, one alone as text', () => {
    expect(isContactFooter('服务热线：0355-1234567　投稿邮箱：news@example.cn')).toBe(true);
    expect(isPageLine('读者热线：0355-1234567  网址：www.example.cn')).toBe(true);
    expect(isContactFooter('咨询电话: 0355-1234567')).toBe(false);
    expect(isPageLine('咨询电话: 0355-1234567')).toBe(false);
    expect(isContactFooter('热线：0355-1234567 欢迎来电')).toBe(false);
  });
});

describe('titlesInBoxes', () => {
  it('makes the title lines under a box\'s top edge its kicker and headline, over its text', () => {
    const page = ['城东新建两座公厕', '本报记者 王 五', '', '3月1日，城东新建的两座公厕投入使用。', '', '┏━━━━━━━━┓', '温馨提示', '如厕请注意“三要”', '┗━━━━━━━━┛', '一要排队。', '二要节水。'].join('\n');
    const segments = structurePage(page).segments.map((s) => s.blocks.filter((b) => b.kind !== 'furniture').map((b) => `${b.kind}:${b.text}`));
    expect(segments).toEqual([
      ['headline:城东新建两座公厕', 'byline:本报记者 王 五', 'paragraph:3月1日，城东新建的两座公厕投入使用。'],
      ['kicker:温馨提示', 'headline:如厕请注意“三要”', 'paragraph:一要排队。', 'paragraph:二要节水。'],
    ]);
  });
});

describe('readBoxSides', () => {
  it('reads off the sides drawn at both ends of a line in a box', () => {
    expect(readBoxSides('║ 如厕请自觉排队。 ║')).toBe('如厕请自觉排队。');
    expect(readBoxSides('┃　小贴士　┃')).toBe('小贴士');
    expect(readBoxSides('│ 链接：开放时间 │')).toBe('链接：开放时间');
    expect(readBoxSides('| 项目 | 数量 |')).toBe('| 项目 | 数量 |');
    expect(readBoxSides('║ 只有一边')).toBe('║ 只有一边');
  });

  it('reads a row of a drawn table as a barred row, its blank cells kept (issue 15)', () => {
    expect(readBoxSides('│企业　│供热面积│受理诉求│')).toBe('|企业　|供热面积|受理诉求|');
    expect(readBoxSides('│　　│（万平方米）│（件）│')).toBe('|　　|（万平方米）|（件）|');
  });
});

describe('isJoinedRule (issue 15)', () => {
  it('is a rule across a ruled or drawn table, its joints where the columns meet: a rule, never a title', () => {
    for (const line of ['+----------+------------+', '├──────┼──────┤', '┌────┬────┐', '└────┴────┘', '╔════╦════╗']) {
      expect(isJoinedRule(line), line).toBe(true);
      expect(isRule(line), line).toBe(true);
    }
    for (const line of ['+1.5%', '──', 'A+B', '--- 记者手记 ---']) expect(isJoinedRule(line), line).toBe(false);
  });
});

describe('contactsAtFoot', () => {
  it('makes contact lines set off by a rule under the last text, with only furniture after them, the page\'s', () => {
    const page = ['城东新建两座公厕', '本报记者 王 五', '', '3月1日，城东新建的两座公厕投入使用。', '', '━━━━━━━━', '服务热线：0355-1234567', '', '本版责编：李 娜'].join('\n');
    const kinds = structurePage(page).segments.flatMap((s) => s.blocks).map((b) => b.kind);
    expect(kinds).toEqual(['headline', 'byline', 'paragraph', 'furniture', 'furniture', 'furniture']);
  });
  it('leaves a contact line inside an article as its text', () => {
    const page = ['医保开始缴费', '', '即日起，城乡居民医保集中缴费开始。', '', '咨询电话：0355-1234567', '', '截至3月1日，全县已有11万人缴费。'].join('\n');
    const kinds = structurePage(page).segments.flatMap((s) => s.blocks).map((b) => b.kind);
    expect(kinds.filter((k) => k === 'furniture')).toEqual([]);
  });
});
