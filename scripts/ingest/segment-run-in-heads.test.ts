// A brief whose bulleted head runs in with its text on one line (segment-run-in-heads.ts). Made-up lines in the forms
// papers print.
import { describe, expect, it } from 'vitest';
import { structurePage } from './segment.ts';
import { runInHead } from './segment-run-in-heads.ts';

const headlines = (page: string) => structurePage(page).segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text);

describe('a bulleted head run in with its text', () => {
  it('is each item\'s headline over its text', () => {
    const page = ['某区今冬菜价平稳', '本报记者 某某', '', '12月2日，记者走访市区几家农贸市场发现，蔬菜供应充足，价格平稳。', '', '城事速递', '▲某区：新增背街小巷路灯900盏　某区今年完成36条背街小巷亮化改造，新增路灯900盏。', '▲某县：小区充电车棚建成投用　某县今年在20个老旧小区建成充电车棚，可停放电动车1600辆。', ''].join('\n');
    expect(headlines(page)).toEqual(['某区今冬菜价平稳', '某区：新增背街小巷路灯900盏', '某县：小区充电车棚建成投用']);
    const item = structurePage(page).segments[2]!.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
    expect(item).toEqual(['某县今年在20个老旧小区建成充电车棚，可停放电动车1600辆。']);
  });

  it('reads the head and the text apart', () => {
    expect(runInHead('■某镇：卫生院开设夜间门诊 某镇卫生院从12月起开设夜间门诊，每晚开到21时。')).toEqual({ head: '某镇：卫生院开设夜间门诊', text: '某镇卫生院从12月起开设夜间门诊，每晚开到21时。' });
  });

  it('is no head: a source\'s dateline before its text (a wire\'s 讯, 电 or 消息)', () => {
    expect(runInHead('▲某县融媒体中心讯　某县今年新建农村户厕900座。')).toBeUndefined();
    expect(runInHead('▲某市新闻中心消息　全市今年新增城市绿地50公顷。')).toBeUndefined();
    expect(runInHead('■本报某县11月3日电　某县今年新建村级幸福院12所。')).toBeUndefined();
    expect(runInHead('▲某县：冬季供暖传来好消息　某县今年新增集中供热面积20万平方米。')).toEqual({ head: '某县：冬季供暖传来好消息', text: '某县今年新增集中供热面积20万平方米。' });
  });

  it('is no head: a day or a time set off by a space, a clause, a caption, an English brief, text that runs on', () => {
    expect(runInHead('● 12月5日　县人民医院与省医院签订远程会诊协议。')).toBeUndefined();
    expect(runInHead('● 今年以来，某县新增就业1200人 同比增长8%。')).toBeUndefined();
    expect(runInHead('▲市民在“暖心车厢”内乘车。')).toBeUndefined();
    expect(runInHead('● Ski resort opens on Dec 6.')).toBeUndefined();
    expect(runInHead('■某镇：卫生院开设夜间门诊 某镇卫生院从12月起开设夜间门诊，')).toBeUndefined();
    expect(runInHead('某镇：卫生院开设夜间门诊 某镇卫生院从12月起开设夜间门诊。')).toBeUndefined();
  });
});
