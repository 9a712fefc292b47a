// An editor's note under a column's name, over the headline it introduces (a readers' letters page, issue 15):
// the name is the headline's kicker and the note opens its article. Made-up lines in the form pages print.
import { describe, expect, it } from 'vitest';
import { structurePage } from './segment.ts';
import { isBylineLine } from './structure/bylines.ts';

const page = [
  '长治晚报 民声 5',
  '',
  '读者来信',
  '编者按：本期刊发一封反映小区门口路灯不亮的来信，并附记者回访。',
  '小区门口的路灯为何总不亮？',
  '某区读者 赵建平',
  '编辑同志：我家小区北门外那段路上有6盏路灯，从10月中旬起就一直不亮。',
  '我们向物业反映过，希望有关部门尽快修一修。',
  '',
  '记者回访',
  '路灯亮了 居民心里也亮堂了',
  '本报记者 王 婷',
  '12月5日晚，记者来到小区北门外，看到路灯已全部亮起。',
].join('\n');

describe('a column name over an editor\'s note over a headline', () => {
  it('is the kicker of that headline, whose article the note opens', () => {
    const { segments } = structurePage(page);
    const kinds = segments.map((s) => s.blocks.filter((b) => b.kind !== 'furniture').map((b) => b.kind));
    expect(kinds).toEqual([
      ['kicker', 'paragraph', 'headline', 'byline', 'paragraph', 'paragraph'],
      ['kicker', 'headline', 'byline', 'paragraph'],
    ]);
    expect(segments[0]!.blocks.find((b) => b.kind === 'kicker')!.text).toBe('读者来信');
  });

  it('a reader who wrote in signs with the role 读者, maybe after where the reader lives', () => {
    for (const t of ['某区读者 赵建平', '读者 王芳', '潞州区读者 赵建平']) expect(isBylineLine(t), t).toBe(true);
    for (const t of ['读者来信', '读者来信请寄：某报民声版']) expect(isBylineLine(t), t).toBe(false);
  });
});

// A page's head over a note over a series of unsigned pieces (a page of replies to deputies' proposals).
const repliesPage = [
  '长治日报·民生周刊　第6版',
  '民生诉求办理情况选登',
  '',
  '编者按：本版选登部分群众诉求的办理情况，接受社会监督。',
  '',
  '1．关于增设小区公交站点的建议的答复',
  '答复单位：某县交通运输局',
  '您提出的建议收悉，现答复如下：今年已新设站点6个。',
  '',
  '2．关于改善城郊道路照明的建议的答复',
  '答复单位：某县住建局',
  '您提出的建议收悉，现答复如下：今年已更换路灯120盏。',
].join('\n');

describe('a head at the page\'s top over a note over an unsigned headline', () => {
  it('is the page\'s furniture, and the note opens the first piece; the head and note are no article', () => {
    const { segments } = structurePage(repliesPage);
    expect(segments).toHaveLength(2);
    const first = segments[0]!.blocks;
    expect(first.find((b) => b.text === '民生诉求办理情况选登')?.kind).toBe('furniture');
    expect(first.filter((b) => b.kind === 'headline').map((b) => b.text)).toEqual(['关于增设小区公交站点的建议的答复']);
    expect(first.find((b) => b.kind === 'paragraph')!.text).toMatch(/^编者按：/u);
  });

  it('a head over a note over a signed headline is still read as a kicker only when it is a column\'s name', () => {
    const { segments } = structurePage(page);
    expect(segments[0]!.blocks.some((b) => b.kind === 'furniture' && b.text === '读者来信')).toBe(false);
  });
});
