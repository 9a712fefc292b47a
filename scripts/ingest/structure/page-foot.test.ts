import { describe, expect, it } from 'vitest';
import { contactsLineAtFoot, isClosingContacts, isContactsLine } from './page-foot.ts';
import type { Block } from '../types.ts';

describe('page foot', () => {
  it("reads a piece's closing contacts: labelled parts, the last a phone number", () => {
    for (const t of ['联系人：王某　联系电话：0355-2209876', '联系单位：市民政局养老服务科　电话：0355-3036617']) expect(isClosingContacts(t), t).toBe(true);
    for (const t of ['咨询电话：0355-2209876', '联系人：王某　地址：某路12号', '请拨打电话：0355-2209876咨询。']) expect(isClosingContacts(t), t).toBe(false);
  });


  it('reads labelled parts, two of them contacts, as a line of contacts', () => {
    expect(isContactsLine('来稿请寄：上党晚报社会新闻部 投稿邮箱：shb@example.cn 报料电话：0355-2012345')).toBe(true);
    expect(isContactsLine('咨询电话：0355-2012345')).toBe(false);
    expect(isContactsLine('报名地点：县文化馆 咨询电话：0355-2012345')).toBe(false);
    expect(isContactsLine('市民可拨打0355-2012345咨询，或发邮件至shb@example.cn。')).toBe(false);
  });

  it('reads a masked phone number, a postcode and an address going on past a space under its label as the foot line’s', () => {
    expect(isContactsLine('社区热线：0355-2012×××　　邮箱：sq@example.cn')).toBe(true);
    expect(isContactsLine('来信请寄：某市某路　某报评论部　邮编：046000　电子邮箱：pl@example.cn')).toBe(true);
    expect(isClosingContacts('联系人：王某　联系电话：0355-2209×××')).toBe(true);
    // One contact, with a postcode's number under another label, or an unlabelled part first, is no such line.
    expect(isContactsLine('社区热线：0355-2012×××')).toBe(false);
    expect(isContactsLine('报名地点：县文化馆　编号：046000　咨询电话：0355-2012×××')).toBe(false);
    expect(isContactsLine('某报评论部　邮编：046000　电子邮箱：pl@example.cn')).toBe(false);
    expect(isContactsLine('来信请寄：某市某路　欢迎读者来信，我们将择优刊登。　电子邮箱：pl@example.cn')).toBe(false);
  });

  it('makes the last such line of the page the page’s', () => {
    const b = (kind: Block['kind'], text: string, i: number): Block => ({ kind, text, source: [i] });
    const page = [b('headline', '路灯修好了', 0), b('paragraph', '记者回访时，路灯已全部亮起。', 1), b('paragraph', '来稿请寄：上党晚报社会新闻部 投稿邮箱：shb@example.cn 报料电话：0355-2012345', 2)];
    expect(contactsLineAtFoot(page).map((x) => x.kind)).toEqual(['headline', 'paragraph', 'furniture']);
    const inText = [page[0]!, page[2]!, page[1]!];
    expect(contactsLineAtFoot(inText).map((x) => x.kind)).toEqual(['headline', 'paragraph', 'paragraph']);
  });

  it('cuts the foot line off the last block it was read into on a page with no blank lines', () => {
    const foot = '来稿请寄：上党晚报社会新闻部 投稿邮箱：shb@example.cn 报料电话：0355-2012345';
    const page: Block[] = [
      { kind: 'headline', text: '您反映的问题有回音了', source: [0] },
      { kind: 'paragraph', text: `市民王女士：小区路灯不亮。\n回复：已派人修好。\n${foot}`, source: [1] },
    ];
    const got = contactsLineAtFoot(page);
    expect(got.map((x) => [x.kind, x.text])).toEqual([
      ['headline', '您反映的问题有回音了'], ['paragraph', '市民王女士：小区路灯不亮。\n回复：已派人修好。'], ['furniture', foot],
    ]);
    // A contacts line inside the text, not closing the page's last block, stays text.
    const inside: Block[] = [page[0]!, { ...page[1]!, text: `${foot}\n回复：已派人修好。` }];
    expect(contactsLineAtFoot(inside).map((x) => x.kind)).toEqual(['headline', 'paragraph']);
  });

  it("leaves a notice its own last line when the notice's text closes a clause on the act the line's label gives the place for (R2's F22, session 33)", () => {
    const b = (kind: Block['kind'], text: string, i: number): Block => ({ kind, text, source: [i] });
    const foot = '投稿地址：长治市潞州区英雄中路　上党晚报副刊部　邮编：046000　电子邮箱：zhengwen@example.cn';
    const call = [b('headline', '“我的家乡”征文启事', 0), b('paragraph', '本报即日起开展“我的家乡”主题征文活动，欢迎广大读者踊跃投稿。来稿以散文为主，截稿日期为2026年1月31日。', 1), b('paragraph', foot, 2)];
    expect(contactsLineAtFoot(call).map((x) => x.kind)).toEqual(['headline', 'paragraph', 'paragraph']);
    const signUp = [b('headline', '社区春节联欢会节目征集', 0), b('paragraph', '有意参加演出的居民请于12月20日前报名，节目形式不限。', 1), b('paragraph', '报名地点：英雄中路社区服务站　报名电话：0355-2012×××　邮箱：sq@example.cn', 2)];
    expect(contactsLineAtFoot(signUp).map((x) => x.kind)).toEqual(['headline', 'paragraph', 'paragraph']);
    // Glued into the notice's last block on a page with no blank lines, it is not cut off either.
    const glued = [call[0]!, b('paragraph', `${call[1]!.text}\n${foot}`, 1)];
    expect(contactsLineAtFoot(glued).map((x) => x.kind)).toEqual(['headline', 'paragraph']);
  });

  it('near misses: the paper\'s line under a piece that names its label\'s word only inside a clause, or not at all, is the page\'s', () => {
    const b = (kind: Block['kind'], text: string, i: number): Block => ({ kind, text, source: [i] });
    const poll = [b('headline', '冬季供暖，你家温度达标了吗？', 0), b('paragraph', '本报微信公众号发起的投票中，共有3268名网友参与。', 1), b('paragraph', '来信请寄：长治市潞州区英雄中路　上党晚报评论部　邮编：046000　电子邮箱：pl@example.cn', 2)];
    expect(contactsLineAtFoot(poll).map((x) => x.kind)).toEqual(['headline', 'paragraph', 'furniture']);
    const community = [b('headline', '把小事当成大事来办', 0), b('paragraph', '社区工作千头万绪，把这些小事当成大事来办，居民的日子就会越过越舒心。', 1), b('paragraph', '社区热线：0355-2028×××　邮箱：sq@example.cn', 2)];
    expect(contactsLineAtFoot(community).map((x) => x.kind)).toEqual(['headline', 'paragraph', 'furniture']);
  });

  it("reads one contact alone as the page's last text right under a photo's credit as the page's; under a notice's text or a reporter's byline, the piece's", () => {
    const b = (kind: Block['kind'], text: string, i: number): Block => ({ kind, text, source: [i] });
    const photo = [b('headline', '雪天护学岗', 0), b('paragraph', '12月3日早上，某小学门口，交警冒雪在护学岗疏导交通。', 1)];
    for (const contact of ['法律咨询热线：12348', '健康咨询热线：0355-12320', '图片投稿邮箱：photo@example.cn', '文旅热线：0355-2051×××']) {
      expect(contactsLineAtFoot([...photo, b('byline', '通讯员　秦　某　摄', 2), b('paragraph', contact, 3)]).map((x) => x.kind), contact).toEqual(['headline', 'paragraph', 'byline', 'furniture']);
      expect(contactsLineAtFoot([...photo, b('byline', '（通讯员　何　某　供图）', 2), b('paragraph', contact, 3)]).at(-1)!.kind, contact).toBe('furniture');
      const credited: Block = { ...photo[1]!, credit: '（本报记者　某　摄）' };
      expect(contactsLineAtFoot([photo[0]!, credited, b('paragraph', contact, 2)]).at(-1)!.kind, contact).toBe('furniture');
    }
    // Near misses: under a notice's text, under a reporter's byline, not the last text, or no contact alone.
    const notice = [b('headline', '停水通知', 0), b('paragraph', '因管道维修，12月20日8:00至20:00暂停供水。', 1), b('paragraph', '咨询电话：0355-7032×××', 2)];
    expect(contactsLineAtFoot(notice).at(-1)!.kind).toBe('paragraph');
    const signed = [...photo, b('byline', '本报记者　秦　某', 2), b('paragraph', '咨询电话：0355-7032×××', 3)];
    expect(contactsLineAtFoot(signed).at(-1)!.kind).toBe('paragraph');
    const notLast = [...photo, b('byline', '通讯员　秦　某　摄', 2), b('paragraph', '法律咨询热线：12348', 3), b('paragraph', '如遇法律问题，可拨打热线咨询。', 4)];
    expect(contactsLineAtFoot(notLast).map((x) => x.kind)).toEqual(['headline', 'paragraph', 'byline', 'paragraph', 'paragraph']);
    const sentence = [...photo, b('byline', '通讯员　秦　某　摄', 2), b('paragraph', '咨询请拨打热线：12348。', 3)];
    expect(contactsLineAtFoot(sentence).at(-1)!.kind).toBe('paragraph');
  });
});
