// Counts whose counted a 的 phrase or a whole with 中 names by what they do (label-nominal.ts). Made-up sentences in
// the forms the papers print, with near misses that keep their own reading.
import { describe, expect, it } from 'vitest';
import { label } from './label.fixture.ts';

describe('a 的 phrase as the subject of a count', () => {
  it('defines those counted, of the noun after 的 or the one counted before in the same measure word', () => {
    expect(label('全县建成村级幸福院240个，但正常运营的只有150个。', '150个')).toBe('正常运营的村级幸福院');
    expect(label('这个小区共有楼栋12栋，同意改造的有9栋。', '9栋')).toBe('同意改造的楼栋');
    expect(label('全县120个村集体经济收入全部超过10万元，其中超过30万元的村达到16个。', '16个')).toBe('超过30万元的村');
    expect(label('这栋楼共18户，同意加装的有11户。', '11户')).toBe('同意加装的户');
    expect(label('今年共培训农民工人数300余人，取得证书的有260余人。', '260余人')).toBe('取得证书的培训农民工');
  });

  it('leaves a fronted noun with nothing counted before, and a phrase after the count, to their own readings', () => {
    expect(label('日间照料中心，今年全县新建并投入运营的有14个。', '14个')).toContain('日间照料中心');
    expect(label('前来咨询的群众有300多人。', '300多人')).toBe('前来咨询的群众');
  });
});

describe('a part of a whole named with 中', () => {
  it('is what the part did, of the whole', () => {
    expect(label('今年确定的15件实事中，已有12件提前完成年度任务。', '12件')).toBe('提前完成年度任务的实事');
    expect(label('今年实施民生实事15件，15件实事中已有12件提前完成年度任务。', '12件')).toBe('提前完成年度任务的实事');
    expect(label('曝光的20个问题中，已整改到位17个，其余3个正在整改。', '3个')).toBe('正在整改的问题');
  });

  it('keeps a noun after the part’s count as its own', () => {
    expect(label('在12个试点村中，已有8个村建成幸福院。', '8个')).toBe('村建成幸福院');
  });
});
