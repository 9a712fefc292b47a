// Bulleted lines that are a list's or a box's, not briefs of their own (segment-boxes.ts openListGoesOn, labelledRunLine,
// boxLinesUnder; structure/briefs.ts isBrief on a voice). Lines made up in the forms pages print, with the near misses:
// a column of news items under its name, lines that open as news opens, lines that tell more than one thing.
import { describe, expect, it } from 'vitest';
import { structurePage } from './segment.ts';

const heads = (lines: string[]) => structurePage(lines.join('\n')).segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text);
const count = (lines: string[]) => structurePage(lines.join('\n')).segments.length;
const ARTICLE = ['某县冬季长跑比赛鸣枪开跑', '本报记者 周某', '', '12月6日，某县第二届冬季长跑比赛在县体育场开跑，全县1200余名跑步爱好者参赛。', '', '比赛设10公里和5公里两个组别，县医院派出医护人员全程保障。', ''];
const NEXT = ['', '某镇新建村级卫生室6所', '本报讯 近日，某镇新建的6所村级卫生室投入使用，方便周边群众就近看病。'];

describe('a list of bulleted items left open with ；', () => {
  it('keeps its last item, closed with a full stop, in the article', () => {
    const list = ['县消防大队提醒：', '◆出门前关好电源；', '◆楼道内不要堆放杂物；', '◆发现火情，请立即拨打119报警。'];
    expect(heads([...ARTICLE, ...list, ...NEXT])).toEqual([ARTICLE[0], NEXT[1]]);
  });

  it('does not hold a brief after items that are briefs themselves', () => {
    const briefs = ['简讯', '', '◆ 12月3日，某乡为全乡老人免费体检，共服务群众860人次。', '', '◆ 12月4日，某镇开展冬季消防演练，300余名群众参加。'];
    expect(count([...ARTICLE, ...briefs])).toBeGreaterThanOrEqual(3);
  });
});

describe('a run of bulleted lines under a box label after an article', () => {
  const box = ['■ 赛事花絮', '●年龄最小的选手只有9岁，跑完了5公里全程。', '●80名志愿者在沿途设置了补给点。', '●比赛首次使用芯片计时，成绩当天即可查询。'];

  it('is one box under its label, not a brief a line', () => {
    const h = heads([...ARTICLE, ...box, ...NEXT]);
    expect(h).toEqual([ARTICLE[0], '赛事花絮', NEXT[1]]);
  });

  it('stays items of news under a column of news items, or where its lines open with their day or place', () => {
    const column = ['■ 县区简讯', ...box.slice(1)];
    expect(count([...ARTICLE, ...column, ...NEXT])).toBeGreaterThanOrEqual(4);
    const dated = [box[0]!, '●12月5日，某镇开展冬季消防演练。', '●12月6日，某乡举办农民丰收节。', '●12月7日，某村新建文化广场一处。'];
    expect(count([...ARTICLE, ...dated, ...NEXT])).toBeGreaterThanOrEqual(4);
  });

  // A column's name the news columns' words do not hold (`■ 民生传真`): its lines open as a brief opens, with where the
  // reporter had it from (`记者从县民政局获悉，`, `据县气象局消息，`), and are briefs of their own.
  it('stays items where its lines open with the source of the news', () => {
    const sourced = ['■ 民生传真', '', '● 记者从县民政局获悉，全县今年新建老年助餐点24个。', '', '● 据县气象局消息，本周全县最低气温将降至零下12摄氏度。', '', '● 记者从县教育局了解到，全县新增公办幼儿园学位600个。'];
    expect(count([...ARTICLE, ...sourced, ...NEXT])).toBeGreaterThanOrEqual(5);
    expect(heads([...ARTICLE, ...sourced, ...NEXT])).not.toContain('民生传真');
  });

  // `据介绍，` / `据了解，` name no one the news came from: under a box's label a short line opening so is one more of the
  // box's facts (what a reader sees is the box's list going on), not an item of news; a named source
  // (`据县气象局消息，`, `记者从…获悉，`) still opens news (above).
  it('stays one box where a line opens with 据介绍，or 据了解，, naming no source', () => {
    const told = [box[0]!, box[1]!, '●据介绍，本次比赛沿途共设置补给点8个。', '●据了解，明年比赛将增设半程马拉松组别。'];
    expect(heads([...ARTICLE, ...told, ...NEXT])).toEqual([ARTICLE[0], '赛事花絮', NEXT[1]]);
  });

  it('stays items where its lines tell more than one thing each', () => {
    const long = [box[0]!, '●某代表建议增设公交站点。县公交公司答复，已于11月新增站点2处。', '●某委员提出增加公共厕所。县城管局答复，今年已新建公厕6座。'];
    expect(count([...ARTICLE, ...long, ...NEXT])).toBeGreaterThanOrEqual(4);
  });
});

describe("a bulleted line of someone's words in quotes", () => {
  it("is a voice of a box under its office and name, not a brief", () => {
    const voices = ['代表心声', '■ 县人大代表、某村党支部书记王建军：“村里的路修好了，群众出门方便多了。”', '■ 县政协委员、县医院副院长李 明：“明年我们还要把远程会诊开到每个乡镇。”'];
    expect(heads([...ARTICLE, '', ...voices, ...NEXT])).not.toContain(undefined);
    expect(count([...ARTICLE, '', ...voices, ...NEXT])).toBeLessThanOrEqual(3);
  });

  it('leaves a brief opened by its place and a quote a brief', () => {
    const briefs = ['简讯', '', '■某县：“暖冬行动”为800户困难群众送去棉被。', '', '■某区：12月起新开通公交线路2条。'];
    expect(count([...ARTICLE, ...briefs])).toBeGreaterThanOrEqual(3);
  });
});
