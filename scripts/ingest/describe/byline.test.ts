import { describe, expect, it } from 'vitest';
import { block } from './seed-fixtures.ts';
import { cleanByline, findByline } from './byline.ts';

describe('cleanByline', () => {
  it('takes off the wrapping the paper prints around a name (seed 001)', () => {
    expect(cleanByline('·白雪峰·')).toBe('白雪峰');
    expect(cleanByline('(人民日报记者 郑洋洋)')).toBe('人民日报记者 郑洋洋');
    expect(cleanByline('（·桑梓·）')).toBe('桑梓');
    expect(cleanByline('桑梓')).toBe('桑梓');
  });

  it('keeps a 本报讯 byline as printed, without 报道 and the colon', () => {
    expect(cleanByline('本报讯 记者史晓萍报道：')).toBe('本报讯 记者史晓萍');
    expect(cleanByline('本报讯 记者贾志敏 通讯员郭艳波报道')).toBe('本报讯 记者贾志敏 通讯员郭艳波');
  });

  it("leaves off the day filed that closes a wire mark's brackets after the names (issue 15)", () => {
    expect(cleanByline('本报讯（记者 某某某　通讯员 某　某　11月28日）')).toBe('本报讯（记者 某某某 通讯员 某 某）');
    expect(cleanByline('本报讯（通讯员 某某 2025年3月5日电）')).toBe('本报讯（通讯员 某某）');
    // A date that is the whole bracket, or one not at its end, is no filing day after the names.
    expect(cleanByline('本报讯（12月1日）')).toBe('本报讯（12月1日）');
    expect(cleanByline('本报讯（记者 某某 12月1日 摄）')).toBe('本报讯（记者 某某 12月1日 摄）');
  });

  it('takes the ornaments off before each role', () => {
    expect(cleanByline('■本报记者 周洋 ■通讯员 孙立')).toBe('本报记者 周洋 通讯员 孙立');
  });

  it('sets a photo credit’s 摄 apart', () => {
    expect(cleanByline('本报记者 姚晋华摄')).toBe('本报记者 姚晋华 摄');
    expect(cleanByline('本报记者 董雷 摄')).toBe('本报记者 董雷 摄');
  });
});

describe('findByline', () => {
  it('prefers a byline block, then the first paragraph’s byline, then a photo credit', () => {
    const paragraph = block('paragraph', '1月26日，我市召开征兵工作电视电话会', 20, { byline: '本报讯 记者史晓萍报道', credit: '本报记者 董雷 摄' });
    expect(findByline([paragraph, block('byline', '·白雪峰·', 18)])).toBe('白雪峰');
    expect(findByline([paragraph])).toBe('本报讯 记者史晓萍');
    expect(findByline([block('paragraph', '生产设备开足马力', 36, { credit: '本报记者 董雷 摄' })])).toBe('本报记者 董雷 摄');
  });

  it('takes the signature at the end over a wire mark that names nobody, and a line of text over a photo credit', () => {
    const wire = block('paragraph', '近日，某镇新建蓄水池12座。', 3, { byline: '本报讯', credit: '（通讯员 周洋）' });
    expect(findByline([wire])).toBe('通讯员 周洋');
    expect(findByline([block('paragraph', '近日，某镇新建蓄水池12座。', 3, { byline: '本报讯' })])).toBe('本报讯');
    expect(findByline([block('byline', '周洋 摄', 2), block('byline', '本报记者 何静', 3)])).toBe('本报记者 何静');
  });

  it('gives none when nothing names an author', () => {
    expect(findByline([block('paragraph', '涓涓细流，汇成壮阔的大海', 71), block('byline', '··', 9)])).toBeUndefined();
  });
});

describe('cleanByline: a colon between a role and its name (issue 15)', () => {
  it('is a space', async () => {
    const { cleanByline } = await import('./byline.ts');
    expect(cleanByline('本报记者：李晓东')).toBe('本报记者 李晓东');
    expect(cleanByline('记者：李晓东 通讯员：王芳')).toBe('记者 李晓东 通讯员 王芳');
  });
});

describe('cleanByline: a source set beside the byline by a bar (issue 15)', () => {
  it('keeps the byline only', () => {
    expect(cleanByline('来源：武乡县融媒体中心 | 记者 王 刚')).toBe('记者 王 刚');
    expect(cleanByline('本报记者 王 刚')).toBe('本报记者 王 刚');
  });
});
