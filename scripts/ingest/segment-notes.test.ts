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
