// A department bulletin's own lines (bulletin-lines.ts): its issuer and date under its page lines, who it goes to at
// its foot, how many copies were printed; a body's name in brackets signing an item (marks.ts). Lines made up in those
// forms, with near misses: a notice signed on one line at its end, a sentence opening with 发 and a colon, a note in
// brackets that names no body.
import { describe, expect, it } from 'vitest';
import { classifyBlocks } from '../blocks.ts';
import { isBulletinLine, isIssuerDateLine } from './bulletin-lines.ts';
import { isPageLine, pageFactsOf } from './page-lines.ts';

const kinds = (lines: string[]) => classifyBlocks(lines).map((b) => b.kind);

describe("a bulletin's lines", () => {
  it('reads who it goes to at its foot, and the copies printed on its staff line, as the page\'s', () => {
    expect(['报：县委办公室，县政府办公室', '送：县委、县政府有关领导', '抄送：各乡镇人民政府', '发：各科室、局属各单位'].map(isBulletinLine)).toEqual([true, true, true, true]);
    expect(isPageLine('编辑：王某 审核：李某 （共印80份）')).toBe(true);
    expect(['发：要把群众的事当成自己的事。', '报：今年全县新增就业3200人'].map(isBulletinLine)).toEqual([false, false]);
  });

  it('reads its issuer and date under its page lines as its header, which dates the page; a notice signed so at its end keeps it', () => {
    expect(isIssuerDateLine('某县农业农村局办公室　2025年12月3日')).toBe(true);
    const head = ['工作简报', '第15期', '某县农业农村局办公室　2025年12月3日', '全县冬小麦播种面积达12万亩', '今年全县冬小麦播种面积12万亩，较上年增加3000亩。'];
    expect(kinds(head).slice(2, 4)).toEqual(['furniture', 'headline']);
    expect(pageFactsOf(['第15期', '某县农业农村局办公室　2025年12月3日']).date).toBe('2025-12-03');
    const notice = ['关于做好冬季供暖工作的通知', '各乡镇：入冬以来，全县供暖工作总体平稳，请各乡镇做好困难群众取暖保障。', '某县住房和城乡建设局　2025年11月20日'];
    expect(kinds(notice).at(-1)).not.toBe('furniture');
  });

  it("reads a body's name alone in brackets after an item's text as its byline, not a note in brackets", () => {
    const item = ['全县新建村级养老服务站12个', '今年以来，全县新建村级养老服务站12个，为独居老人提供助餐服务。'];
    expect(kinds([...item, '（县民政局办公室）']).at(-1)).toBe('byline');
    expect(kinds([...item, '（数据截至11月底）']).at(-1)).not.toBe('byline');
  });
});
