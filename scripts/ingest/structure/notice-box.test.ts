// Notice boxes by their form: short lines, each opening with a label of its own and a colon.
import { describe, expect, it } from 'vitest';
import { classifyBlocks } from '../blocks.ts';
import { structurePage } from '../segment.ts';
import { isDirectoryBox, isNoticeBox, noticeLabel } from './notice-box.ts';

describe('noticeLabel', () => {
  it('reads the label of a notice, after a bullet or not', () => {
    expect(noticeLabel('停电通知：12月3日9:00—17:00，东街沿线停电。')).toBe('停电通知');
    expect(noticeLabel('■ 出行提醒：受降雪影响，部分班车停运。')).toBe('出行提醒');
  });

  it('refuses turns of a Q&A or an interview, a speaker and quoted words', () => {
    expect(noticeLabel('问：补贴怎么领？')).toBeUndefined();
    expect(noticeLabel('记者：今年有哪些新变化？')).toBeUndefined();
    expect(noticeLabel('刘建华：我们村今年新修了路。')).toBeUndefined();
    expect(noticeLabel('村支书说：“明年还要再修两条。”')).toBeUndefined();
  });

  it('refuses running text: no label, a long paragraph, several lines', () => {
    expect(noticeLabel('今年以来，全县新建公厕12座。')).toBeUndefined();
    expect(noticeLabel('办理须知：' + '材'.repeat(130))).toBeUndefined();
    expect(noticeLabel('办理地点：县政务大厅\n办理时间：工作日')).toBeUndefined();
  });
});

describe('isNoticeBox', () => {
  it('takes two or more notices with labels of their own', () => {
    expect(isNoticeBox(['停电通知：周三东街停电。', '报修电话：0355-1234567'])).toBe(true);
  });

  it('refuses one notice, a repeated label, or a line of running text among them', () => {
    expect(isNoticeBox(['停电通知：周三东街停电。'])).toBe(false);
    expect(isNoticeBox(['温馨提示：请提前储水。', '温馨提示：请关好门窗。'])).toBe(false);
    expect(isNoticeBox(['停电通知：周三东街停电。', '据了解，此次检修涉及3个小区。'])).toBe(false);
  });
});

describe('a notice box after an article', () => {
  const TEXT = '入冬以来，城区各供热站点24小时值守，居民家中室温普遍在20度以上。';
  const TEXT_2 = '据统计，今年全区新建改造供热管网36公里，新增供热面积120万平方米。';
  const kinds = (raw: string[]) => classifyBlocks(raw).map((b) => b.kind);

  it('its title over labelled notices is a headline: a box of its own, not a section of the article', () => {
    const raw = ['城区新增三座换热站', '本报记者 孔 亮', TEXT, TEXT_2, '服务信息', '停电通知：12月3日9:00—17:00，东街沿线停电。', '抢修电话：0355-1234567'];
    expect(kinds(raw)).toEqual(['headline', 'byline', 'paragraph', 'paragraph', 'headline', 'paragraph', 'paragraph']);
    expect(structurePage(raw.join('\n\n')).segments).toHaveLength(2);
  });

  it('a title over running text in the article stays its section heading', () => {
    const raw = ['城区新增三座换热站', '本报记者 孔 亮', TEXT, '管网改造', TEXT_2, '停电通知：12月3日东街沿线停电。'];
    expect(kinds(raw)).toEqual(['headline', 'byline', 'paragraph', 'heading', 'paragraph', 'paragraph']);
  });
});

describe('a directory of phone numbers after an article', () => {
  const TEXT = '入冬以来，城区各供热站点24小时值守，居民家中室温普遍在20度以上。';
  it('its title over the rows, no blank line between, is a headline: a box of its own, its rows one block', () => {
    const page = ['城区新增三座换热站', TEXT, '各县区供热服务电话\n市供热公司　0355-2031234\n潞城区　0355-5029876\n武乡县　0355-6389012'].join('\n\n');
    const { segments } = structurePage(page);
    expect(segments).toHaveLength(2);
    expect(segments[1]!.blocks.map((b) => b.kind)).toEqual(['headline', 'paragraph']);
    expect(isDirectoryBox([segments[1]!.blocks[1]!.text])).toBe(true);
  });

  it('takes two rows, or a row among running text, for no directory', () => {
    expect(isDirectoryBox(['市供热公司　0355-2031234\n潞城区　0355-5029876'])).toBe(false);
    expect(isDirectoryBox(['市供热公司　0355-2031234\n潞城区　0355-5029876\n' + TEXT])).toBe(false);
  });
});
