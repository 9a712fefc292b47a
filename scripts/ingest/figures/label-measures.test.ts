// How a cost is split, a part's share (label-measures.ts), read through labelOf.
import { describe, expect, it } from 'vitest';
import { label } from './label.fixture.ts';
import { shareIs } from './label-measures.ts';

describe('labelOf, how a cost is split', () => {
  it('names a percentage after who pays or bears it a 比例', () => {
    expect(label('康复器具的费用由财政补助60%，家庭自己负担40%。', '60%')).toBe('财政补助比例');
    expect(label('康复器具的费用由财政补助60%，家庭自己负担40%。', '40%')).toContain('负担比例');
    // Not a change, a link, or a label that names a ratio already.
    expect(label('全县旅游综合收入同比增长9%。', '9%')).not.toContain('比例');
    expect(label('全县城乡居民医保参保率达到96%。', '96%')).toBe('城乡居民医保参保率');
  });
});

describe('labelOf, a share reached', () => {
  it('names a part covered the share covered', () => {
    expect(label('全县共建成互助幸福院103个，覆盖全县62%的行政村。', '62%')).toBe('覆盖行政村占比');
    expect(label('全县90%的城市社区建成了养老服务站。', '90%')).not.toMatch(/^覆盖/);
  });
});

describe('a share that says what it is with 是', () => {
  it('is the share of those named after 是', () => {
    expect(shareIs('', '是附近的村民', '%')).toBe('附近村民占比');
    expect(shareIs('其中', '是失能半失能老人', '%')).toBe('失能半失能老人占比');
  });

  it('reads nothing after words of the clause, nor of a count', () => {
    expect(shareIs('用工中', '是附近的村民', '%')).toBe('');
    expect(shareIs('', '是附近的村民', '人')).toBe('');
  });
});
