// An editor's notes by their labels (segment.ts, segment-leads.ts EDITORS_NOTE; issue 15): a new column's opening note
// (`【开栏语】…`) over the column's first article is that article's lead, as `编者按：…` is; an afterword (`编后：…`) after
// a piece its byline closed is that piece's last paragraph. Made-up pages; near misses: a paragraph that only mentions
// the words, a 后记：… after a signature, and an afterword under an unsigned notice that is still the notice's text; an
// afterword is one reading in all its forms (编后语：…, 【编后语】…, 编后记：…), never a note over the next headline.
import { describe, expect, it } from 'vitest';
import { structurePage } from './segment.ts';

const pieces = (page: string[]) => structurePage(page.join('\n\n')).segments.map((s) => ({
  head: s.blocks.find((b) => b.kind === 'headline')?.text ?? '(none)',
  text: s.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text.slice(0, 6)),
}));

describe("a new column's opening note over its first article", () => {
  const story = ['某镇：一棵核桃树撑起一个村', '本报记者 程 远', '深秋时节，某镇某村的核桃加工厂里机器轰鸣，村民们忙着分拣装箱。', '今年全村核桃收入突破300万元，户均增收1.2万元。'];

  it('is the article’s lead, under the column’s name, not a piece of its own', () => {
    const got = pieces(['山乡新貌', '【开栏语】乡村要振兴，产业是根本。即日起，本报开设“山乡新貌”栏目，讲述乡村里的新故事。', ...story]);
    expect(got.map((p) => p.head)).toEqual(['某镇：一棵核桃树撑起一个村']);
    expect(got[0]!.text[0]).toBe('【开栏语】乡');
  });

  it('leaves a report that speaks of a column’s opening a report of its own', () => {
    const report = ['某报新栏目开栏', '本报讯 近日，某报开设新栏目，开栏语由总编辑撰写。'];
    expect(pieces([...report, ...story]).map((p) => p.head)).toEqual(['某报新栏目开栏', '某镇：一棵核桃树撑起一个村']);
  });
});

describe("an editor's afterword after a signed piece", () => {
  const letter = ['小区门口的路灯该修了', '编辑同志：我家小区门口的路灯坏了两个多月，晚上出门很不方便。', '希望有关部门尽快维修。', '某区读者 王 平'];
  const next = ['“小事”连着民心', '本报评论员', '群众身边的小事，件件都是大事。'];

  it('is that piece’s last paragraph, not an untitled piece of its own', () => {
    const got = pieces([...letter, '编后：读者反映的问题，本报已转至区城市管理局。该局表示，一周内完成维修。', ...next]);
    expect(got.map((p) => p.head)).toEqual(['小区门口的路灯该修了', '“小事”连着民心']);
    expect(got[0]!.text.at(-1)).toBe('编后：读者反');
  });

  it('is that piece’s last paragraph in every form of its label (编后语, 编后记, in brackets), not a note over the next headline', () => {
    for (const label of ['编后语：', '【编后语】', '编后记：', '【编后】']) {
      const got = pieces([...letter, `${label}读者反映的问题，本报已转至区城市管理局。`, ...next]);
      expect(got.map((p) => p.head)).toEqual(['小区门口的路灯该修了', '“小事”连着民心']);
      expect(got[0]!.text.at(-1)).toBe(`${label}读者反映的问题`.slice(0, 6));
      expect(got[1]!.text[0]).toBe('群众身边的小');
    }
  });

  it('stays the text of an unsigned notice it closes', () => {
    const notice = ['某小区停水通知', '因管网维修，12月10日8时至18时某小区停水，请居民提前储水。'];
    const got = pieces([...notice, '编后语：停水期间，物业将安排送水车。', ...next]);
    expect(got.map((p) => p.head)).toEqual(['某小区停水通知', '“小事”连着民心']);
    expect(got[0]!.text.at(-1)).toBe('编后语：停水');
  });

  it('leaves a paragraph after the signature that is no afterword a piece of its own', () => {
    const got = pieces([...letter, '后记：本报将持续关注此事。', ...next]);
    expect(got[0]!.text.at(-1)).not.toBe('后记：本报将');
  });
});
