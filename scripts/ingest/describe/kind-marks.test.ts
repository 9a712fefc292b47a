import { describe, expect, it } from 'vitest';
import { findKind } from './kind.ts';
import { block } from './seed-fixtures.ts';
import type { Block } from '../types.ts';

const text = [
  block('paragraph', '今年全市高校毕业生达到2.1万人，叠加返乡农民工求职高峰，稳就业任务不轻。', 3),
  block('paragraph', '稳就业，关键在精准。岗位要对准需求，培训要对准市场，服务要对准每一个人。', 4),
];
const piece = (kicker: string | undefined, byline: string): Block[] => [
  ...(kicker === undefined ? [] : [block('kicker', kicker, 0)]),
  block('headline', '稳就业要多在“精准”上下功夫', 1),
  block('byline', byline, 2),
  ...text,
];

describe('findKind: a column signed by its author alone (673, 706, 619)', () => {
  it('reads a column whose piece is signed under its headline by a name alone, bare or after 文/, as commentary', () => {
    expect(findKind({ blocks: piece('就业观察', '文／王建新') }, { index: 3 })).toBe('commentary');
    expect(findKind({ blocks: piece('潞城观察', '文/霍晓东') }, { index: 3 })).toBe('commentary');
    expect(findKind({ blocks: piece('■记者观察', '常 瑜') }, { index: 3 })).toBe('commentary');
    // (Review R4 F10: opinion columns by any name over argument text stay commentary.)
    for (const column of ['潞城论坛', '一家之言', '百姓说事', '街谈巷议', '三言两语']) {
      expect(findKind({ blocks: piece(column, '李 静') }, { index: 3 })).toBe('commentary');
    }
    // (Review R5 F13: an opinion column's news peg opens on its day, and past it the column argues, no count of its own.)
    const pegs = ['12月20日，市政府常务会议审议通过了《稳就业十条措施》。这是一份沉甸甸的民生答卷。', '12月5日，全市高校毕业生专场招聘会举行，1.2万人进场求职。热闹背后，也有冷思考。'];
    for (const [column, peg] of [['潞城论坛', pegs[0]!], ['一家之言', pegs[1]!]] as const) {
      const pegged = [block('kicker', column, 0), block('headline', '稳就业要多在“精准”上下功夫', 1), block('byline', '李 静', 2), block('paragraph', peg, 3), text[1]!];
      expect(findKind({ blocks: pegged }, { index: 3 })).toBe('commentary');
    }
  });

  it('does not read a reporter’s, a reader’s or a placed writer’s byline, a photo credit, or no column so', () => {
    // (Near misses, made up: a reporter's byline under a column; a reader's or a writer's place before the name; a
    // photo's credit; a news items' or photos' column; a name alone with no column; a name closing the text.)
    expect(findKind({ blocks: piece('楼市观察', '记者 焦 阳') }, { index: 3 })).not.toBe('commentary');
    expect(findKind({ blocks: piece('民生观察', '文/本报记者 郭晓峰') }, { index: 3 })).not.toBe('commentary');
    expect(findKind({ blocks: piece('读者来信', '潞州区读者 赵建平') }, { index: 3 })).not.toBe('commentary');
    expect(findKind({ blocks: piece('百姓故事', '灵空山镇　张海燕') }, { index: 3 })).not.toBe('commentary');
    expect(findKind({ blocks: piece('民生观察', '李 明 摄') }, { index: 3 })).not.toBe('commentary');
    expect(findKind({ blocks: piece('民生简讯', '李 静') }, { index: 3 })).not.toBe('commentary');
    expect(findKind({ blocks: piece('图说民生', '李 静') }, { index: 3 })).not.toBe('commentary');
    expect(findKind({ blocks: piece(undefined, '李 静') }, { index: 3 })).not.toBe('commentary');
    // (Review R3 F12: a campaign's kicker over a report that opens on its day, signed by its correspondent's name.)
    const dated = [block('kicker', '冬季供暖进行时', 0), block('headline', '热力抢修队：24小时守护万家温暖', 1), block('byline', '王　海', 2), block('paragraph', '12月20日凌晨，潞城区一小区供热管线漏水，抢修队接到报修后30分钟赶到现场。', 3)];
    expect(findKind({ blocks: dated }, { index: 3 })).not.toBe('commentary');
    // (Review R4 F10: a meeting's or a beat's column over a dated report, signed by a name alone, is a report too.)
    const report = [block('paragraph', '12月20日凌晨，潞城区一小区供热管道发生泄漏，县热力公司抢修队30分钟赶到现场。', 3), block('paragraph', '经过4个小时抢修，320户居民家中恢复供暖。', 4)];
    for (const kicker of ['招商洽谈', '民情恳谈', '新春座谈', '基层观察', '民生视点']) {
      expect(findKind({ blocks: [block('kicker', kicker, 0), block('headline', '抢修队连夜排险', 1), block('byline', '王　海', 2), ...report] }, { index: 3 })).not.toBe('commentary');
    }
    // (Review R5 F13: a report that opens otherwise on its day, `昨天凌晨，`, `记者…获悉，`, and goes on telling its count.)
    for (const opening of ['昨天凌晨，潞城区一小区供热管道发生泄漏，县热力公司抢修队30分钟赶到现场。', '记者12月20日从县热力公司获悉，潞城区一小区供热管道发生泄漏，抢修队30分钟赶到现场。']) {
      const told = [block('kicker', '基层观察', 0), block('headline', '抢修队连夜排险', 1), block('byline', '王　海', 2), block('paragraph', opening, 3), report[1]!];
      expect(findKind({ blocks: told }, { index: 3 })).not.toBe('commentary');
    }
    const closing = [block('kicker', '记者观察', 0), block('headline', '改造之后更要管好', 1), ...text, block('byline', '（冯晓燕）', 5)];
    expect(findKind({ blocks: closing }, { index: 3 })).not.toBe('commentary');
  });
});
