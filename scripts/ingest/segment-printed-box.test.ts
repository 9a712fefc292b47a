// A box printed inside an article as a block of its own (segment-printed-box.ts): its label alone on its first line,
// over short lines, blank lines round them. Lines made up in that form, with near misses: a label printed apart from
// the lines under it, over one line only, or closing the article.
import { describe, expect, it } from 'vitest';
import { structurePage } from './segment.ts';

const heads = (page: string) => structurePage(page).segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text);
const ARTICLE = ['某县农村饮水工程群众满意度调查结果公布', '本报记者 郑某', '12月5日，某县水务局公布全县农村饮水工程群众满意度调查结果，综合满意度为94.6分。', '本次调查共走访农户3200户，覆盖全县12个乡镇。'];
const CLOSING = '县水务局表示，将针对调查中发现的问题逐项整改，明年6月底前完成。';

describe('a box printed inside an article as a block of its own', () => {
  it('is a sidebar under its label, whatever its lines say; the article keeps its text on both sides', () => {
    const voices = ['【群众心声】', '某镇村民 王某：水龙头一拧就有水，再也不用挑水了。', '某村村民 李某：水费每吨2元，大家都觉得合理。'].join('\n');
    const shares = ['■ 资金构成', '省级补助 50%', '县级配套 30%', '乡村自筹 20%'].join('\n');
    const page = [...ARTICLE, voices, shares, CLOSING].join('\n\n');
    const segments = structurePage(page).segments;
    expect(heads(page)).toEqual([ARTICLE[0], '群众心声', '资金构成']);
    expect(segments[0]!.blocks.at(-1)!.text).toBe(CLOSING);
  });

  it('holds its short lines whatever they were read as for their shortness (a sum, a caption-like line)', () => {
    const sums = ['【算一笔账】', '改造前：烧煤 每年2吨×1000元/吨＝2000元', '改造后：用电 每月300元×4＝1200元', '一年省下 800元'].join('\n');
    const segments = structurePage([...ARTICLE, sums, CLOSING].join('\n\n')).segments;
    expect(segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text)).toEqual([ARTICLE[0], '算一笔账']);
    const lines = segments[1]!.blocks.slice(1);
    expect(lines.every((b) => b.kind === 'paragraph')).toBe(true);
    expect(lines.map((b) => b.text).join('\n')).toContain('一年省下 800元');
  });

  it('leaves a label printed apart from its lines, over one line only, or closing the article, in the article', () => {
    const apart = ['【群众心声】', ['某镇村民 王某：水龙头一拧就有水。', '某村村民 李某：水费大家都觉得合理。'].join('\n')];
    expect(heads([...ARTICLE, ...apart, CLOSING].join('\n\n'))).not.toContain('群众心声');
    const one = ['【群众心声】', '某镇村民 王某：水龙头一拧就有水。'].join('\n');
    expect(heads([...ARTICLE, one, CLOSING].join('\n\n'))).not.toContain('群众心声');
    // At the article's end, no text of it under the box, it is the article's own.
    const voices = ['【群众心声】', '某镇村民 王某：水龙头一拧就有水。', '某村村民 李某：水费大家都觉得合理。'].join('\n');
    expect(heads([...ARTICLE, voices].join('\n\n'))).not.toContain('群众心声');
  });
});
