// labelOf for a count whose own clause names no noun: the noun phrase the sentence fronts as its topic
// (label-fronted.ts), and openings that are no such topic (a place, a time, an office, a clause with a verb).
import { describe, expect, it } from 'vitest';
import { labelOf } from './label.ts';
import { scopeFor } from './scope.fixture.ts';

const label = (paragraph: string, figure: string) => labelOf(scopeFor(paragraph, figure)) ?? '';

describe('labelOf, a noun fronted as the sentence topic', () => {
  it('takes the fronted noun phrase when the clause says only what was done', () => {
    expect(label('便民理发点，今年全镇又新设了9个。', '9个')).toContain('便民理发点');
    expect(label('乡村公路方面，全县今年完成新建改造的达到87公里。', '87公里')).toMatch(/新建改造.*乡村公路/);
  });

  it('keeps the head after 的 and reads a bare level as the noun alone', () => {
    expect(label('镇里的公共充电桩，去年只有60个，今年增加到了240个。', '60个')).toBe('公共充电桩');
    expect(label('镇里的公共充电桩，去年只有60个，今年增加到了240个。', '240个')).toContain('公共充电桩');
  });

  it('leaves a clause that names its own noun as it was', () => {
    expect(label('健身器材，今年全县新安装健身路径45套。', '45套')).toContain('健身路径');
  });

  it('does not read a place, a time, an office or a clause with a verb as a fronted topic', () => {
    expect(label('今年以来，全县已完成56个。', '56个')).not.toMatch(/今年/);
    expect(label('县住建局，今年共检查了48个。', '48个')).not.toContain('住建局');
    expect(label('记者了解到，全县新建的有12个。', '12个')).not.toContain('记者');
    expect(label('发展特色种植，全镇今年新增的有15个。', '15个')).not.toContain('发展');
  });

  it('does not read a discourse opener or a doer fronted as the topic', () => {
    expect(label('总体而言，今年全镇新建了21个。', '21个')).not.toContain('总体');
    expect(label('整体来说，全县今年新增了33个。', '33个')).not.toContain('整体');
    expect(label('为此，今年全镇新设了7个。', '7个')).not.toContain('为此');
    expect(label('对于便民理发点而言，全镇今年新设了9个。', '9个')).toContain('便民理发点');
    expect(label('志愿者，今年在全村新建了6个。', '6个')).not.toContain('志愿者');
    expect(label('居民，今年自发新建了4个。', '4个')).not.toContain('居民');
  });
});

describe('labelOf, a fronted noun the verb’s elided object names (made-up sentences)', () => {
  it('takes the fronted noun when the label ends on its verb and the count closes its clause', () => {
    expect(label('保洁员，街道今年一共招了36名，每人负责两条街。', '36名')).toContain('保洁员');
    expect(label('噪音扰民的投诉，今年市城管热线只接到了95件。', '95件')).toContain('投诉');
  });

  it('keeps an agent fronted as the doer when the measure word counts no people', () => {
    expect(label('志愿者，今年社区新建了21个服务点。', '21个')).not.toContain('志愿者');
  });

  it('leaves a clause whose object follows the count', () => {
    expect(label('保洁员，街道今年一共配了36辆清扫车。', '36辆')).toContain('清扫车');
  });
});
