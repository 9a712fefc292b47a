// The marks a column of briefs sets its items off with: each item so opened is one of its own (made-up page).
import { describe, expect, it } from 'vitest';
import { isBrief } from './briefs.ts';
import { cutOpeningByline } from './marks.ts';
import { structurePage } from '../segment.ts';

describe('brief marks', () => {
  it('reads ▶ ▷ ▪ ◎ as the bullets of items', () => {
    for (const mark of ['▶', '▷', '▪', '◎']) expect(isBrief(`${mark} 东山县：全县新建村级养老服务站6个。`), mark).toBe(true);
    expect(cutOpeningByline('▶ 本报讯（记者 王芳）3月1日，东山县新开通公交线路2条。').byline).toBe('本报讯（记者 王芳）');
  });
  it('cuts a column of items under mixed marks into one article each', () => {
    const page = ['县区快讯', '', '◇ 东山县 3月2日，县里举办招聘会，32家企业提供岗位860个。', '', '▶ 西川区：全区新建村级养老服务站6个。', '', '【南河县】县城新增人才公寓120套。'].join('\n');
    expect(structurePage(page).segments.length).toBe(3);
  });
});
