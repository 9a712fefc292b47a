// run-headline.ts on made-up pages: a line with no number after an article's numbered sections, over one signed
// paragraph, heads the next piece; the article's own sections and a signed article's last section stay its.
import { describe, expect, it } from 'vitest';
import { classifyBlocks } from '../blocks.ts';

const kinds = (lines: string[]) => classifyBlocks(lines).map((b) => b.kind);

const sections = ['某镇：聚焦民生补短板', '今年以来，某镇共确定为民办实事项目12项，已完成9项。', '（一）出行更方便', '一是修路。全镇今年硬化村内道路18.5公里。二是通公交。新开通公交线路1条。', '（二）吃水更放心', '一是改管网。投资380万元改造农村供水管网42公里。'];

describe('a line after an article\'s numbered sections (issue 15)', () => {
  it('heads the next piece when its one paragraph is signed on the line under it', () => {
    const page = [...sections, '某乡乡村医生培训结业', '2024年，某乡组织全乡38名乡村医生参加业务培训，培训合格率达到100%。', '（通讯员　申晓丽）'];
    expect(kinds(page).slice(-3)).toEqual(['headline', 'paragraph', 'byline']);
  });
  it('stays a section when the text under it is not signed, or when it is numbered', () => {
    const unsigned = [...sections, '下一步工作打算', '明年某镇计划再投入600万元，推进老旧供水管网改造。'];
    expect(kinds(unsigned).at(-2)).toBe('heading');
    const numbered = [...sections, '（三）养老有依靠', '新建村级老年助餐点5个，老人每餐只需3元。', '（通讯员　申晓丽）'];
    expect(kinds(numbered).slice(-3)).toEqual(['heading', 'paragraph', 'byline']);
  });
  it('stays a section of an article whose sections are not all numbered', () => {
    const plain = ['某镇：聚焦民生补短板', '今年以来，某镇共确定为民办实事项目12项，已完成9项。', '出行更方便', '一是修路。全镇今年硬化村内道路18.5公里。', '吃水更放心', '一是改管网。投资380万元改造农村供水管网42公里。', '养老有依靠', '新建村级老年助餐点5个，老人每餐只需3元。', '（通讯员　申晓丽）'];
    expect(kinds(plain).slice(-3)).toEqual(['heading', 'paragraph', 'byline']);
  });
});

describe('a short line first on a photo page, over a photo item (issue 15)', () => {
  const top = ['某某日报　2025年12月9日　星期二　第5版'];
  const read = (lines: string[]) => classifyBlocks(lines).map((b) => `${b.kind}: ${b.text}`);

  // A 2-4 character line atop a photo page reads the same whether it is a column's name or the first item's own short
  // headline among longer ones; no form tells the two apart, so it stays the item's headline.
  it("stays the first item's headline when a later item carries a longer headline", () => {
    const page = [...top, '晨光送暖', '12月6日清晨，某县志愿者在公交站台为候车群众送上热粥。', '本报记者 高 远 摄', '大雪过后村道扫得净', '12月7日，某镇干部群众在清扫村道积雪。', '本报通讯员 韩 冰 摄'];
    const kinds = read(page);
    expect(kinds.slice(0, 2)).toEqual([`furniture: ${top[0]}`, 'headline: 晨光送暖']);
    expect(kinds).toContain('headline: 大雪过后村道扫得净');
  });

  it('leaves a short headline over a photo item lower on the page its headline, and a longer one at the top', () => {
    const photo = ['12月8日，某县某镇的村民在新建的冬储菜窖里码放白菜。', '本报记者 孙 原 摄'];
    const lower = read([...top, '菜窖里的冬天', ...photo, '冬日暖阳', '12月8日，市民在公园里晒太阳。', '本报记者 孙 原 摄']);
    expect(lower).toContain('headline: 冬日暖阳');
    expect(read([...top, '冬储白菜入窖忙', ...photo])).toContain('headline: 冬储白菜入窖忙');
  });

  it("stays the first item's headline in a series of short headlines", () => {
    const items = ['冬日暖阳', '12月8日，市民在公园里晒太阳。', '本报记者 孙原 摄', '雪后初晴', '12月7日，某县某村的村民在清扫村道积雪。', '本报通讯员 李明 摄'];
    const kinds = read([...top, ...items]);
    expect(kinds).toContain('headline: 冬日暖阳');
    expect(kinds).toContain('headline: 雪后初晴');
  });
});
