// The noun phrases before and after a number (label-phrases.ts): a verb with 的 after a count, listed verbs, a
// change's from-level and its per-words; read through labelOf.
import { describe, expect, it } from 'vitest';
import { label } from './label.fixture.ts';

describe('labelOf, a verb with 的 after a count', () => {
  it('reads it as modifying the noun after it', () => {
    expect(label('近日，全镇5座新建的村级卫生室正式开诊。', '5座')).toContain('新建村级卫生室');
    // (A verb with 的 and no noun after stays what it was: `5座新建的已开诊` → 新建.)
    expect(label('全镇卫生室中，5座新建的已开诊。', '5座')).toBe('新建');
  });
});

describe('labelOf, verbs listed before one object', () => {
  it('keeps them all, as one', () => {
    expect(label('今年全县新建、改扩建幼儿园9所，新增学位1200个。', '9所')).toBe('新建改扩建幼儿园');
    // (A list of counted nouns keeps its 、: 中小学、幼儿园.)
    expect(label('新建改扩建中小学、幼儿园7所。', '7所')).toBe('新建改扩建中小学、幼儿园');
  });
});

describe('labelOf: a price changed to a level', () => {
  it('names the level by what changed and its per-words, past 调整为 and the from-level', () => {
    expect(label('居民用气第一档价格由每立方米2.6元调整为2.8元。', '2.8元')).toBe('居民用气第一档价格每立方米');
    expect(label('第一阶梯水价从每吨2.5元提高到3元。', '3元')).toBe('第一阶梯水价每吨');
  });
});

describe('labelOf, a level reached after a from-level with 从 or 由', () => {
  it('names what changed, not the verb of the change (扩大到, 压缩至, 发展到) nor the time the from-level was at', () => {
    expect(label('今年起，不动产抵押登记办理时限由7个工作日压缩至2个工作日。', '2个工作日')).toBe('不动产抵押登记办理时限');
    expect(label('今年，城乡居民两病用药目录由86种扩大到120种。', '120种')).toBe('城乡居民两病用药目录');
    expect(label('全镇糖尿病患者规范管理率从三年前的48%提高到87%。', '87%')).toBe('糖尿病患者规范管理率');
    expect(label('村里的冷棚从最初的8座发展到现在的64座。', '64座')).toBe('冷棚');
    // (The noun the from-level counts is the level's too.)
    expect(label('县医院儿科已由2个诊室增开到5个。', '5个')).toBe('县医院儿科诊室');
  });

  it('names what changed at the from-level too, whose label the record takes (meaning.ts labelScope): the verb of change after a count is no noun it counts', () => {
    expect(label('从明年起，全县门诊慢特病病种由33种增至41种。', '33种')).toBe('门诊慢特病病种');
    expect(label('今年我们把门诊慢特病病种由38种扩大到52种。', '38种')).toBe('门诊慢特病病种');
    expect(label('全区普惠托位由2022年的560个增加到1180个。', '560个')).toBe('普惠托位');
    expect(label('今年他的羊群从去年的80只增加到了136只。', '80只')).toBe('羊群');
    // Near misses: a verb right after a measure word before no number is the noun it counts (选手/v), and one before
    // a noun still modifies it.
    expect(label('全县有51名选手参赛。', '51名')).toBe('选手参赛');
    expect(label('近日，全镇5座新建的村级卫生室正式开诊。', '5座')).toContain('新建村级卫生室');
  });

  it('leaves a verb before 到 that no from-level precedes: it says what was done', () => {
    expect(label('今年，合作社社员发展到46户。', '46户')).toBe('合作社社员发展');
  });
});

describe('labelOf, a counted noun whose modifiers are verbs', () => {
  it('reads a list of modifiers whose items jieba tags verbs as the counted noun, not as its predicate', () => {
    // A verb after a joiner is an item of the list (`…和独居老人提供…`): the predicate is the verb after the noun.
    expect(label('今年，区里为860名失能、高龄和独居老人提供送餐服务。', '860名')).toBe('提供送餐服务的失能、高龄和独居老人');
    // A verb opening the list before 、 (`独居/v、空巢老人`) is one of its items.
    expect(label('镇里已为420户独居、空巢老人安装了智能门磁。', '420户')).toBe('安装智能门磁的独居、空巢老人');
    // A verb inside the noun before a verbal noun of manner and a verb (`取暖家庭免费安装`) modifies the noun.
    expect(label('入冬以来，县里为6000户燃煤取暖家庭免费安装一氧化碳报警器。', '6000户')).toBe('安装一氧化碳报警器的燃煤取暖家庭');
    // Near misses: a verb of works after the count with its objects listed is the predicate (the counted are the
    // towns), and a verb after a noun with no joiner before it still cuts.
    expect(label('8个乡镇开设电焊、家政、中式烹调等培训班。', '8个')).toBe('乡镇');
    expect(label('为1570名农民工追讨工资1578万元。', '1570名')).toBe('追讨工资的农民工');
    // A verb before the head noun modifies it only in a count of people or homes: in a count of places that act, a verb
    // with its object before a verbal noun of manner and a verb is the predicate (the counted are the towns).
    expect(label('县里为2000户农村取暖家庭免费更换炉具。', '2000户')).toBe('免费更换炉具的农村取暖家庭');
    expect(label('全县6个乡镇开设面点培训班统一组织考试。', '6个')).toBe('乡镇');
  });
});

describe('labelOf, the per-words of a standard after 按', () => {
  it('reads per-words after 按 as the rate of the thing named after the amount, not of who sets it', () => {
    expect(label('街道办按每人每餐4元的标准给予补贴。', '4元')).toBe('每人每餐补贴');
    expect(label('该县对在岗村医按每人每月300元至500元的标准发放岗位补助。', '300元')).toBe('每人每月岗位补助');
    // A generic head opening the noun after the amount gives way to the noun after it.
    expect(label('村集体按每人每餐2元标准补贴。', '2元')).toBe('每人每餐补贴');
    // A verbal noun before the verb closing the standard's object is part of the thing (生活/vn 补助/v).
    expect(label('镇里按每人每年500元的标准发放困难群众生活补助。', '500元')).toBe('每人每年困难群众生活补助');
    // Near misses: with no thing after the amount, the words before 按 name what the per-words rate.
    expect(label('小区物业费按每月每平方米0.5元收取。', '0.5元')).toContain('物业费');
    expect(label('托育点收费按每月900元至1100元分档执行。', '900元')).toContain('收费');
    // A generic head (规模, 标准) opening the noun after any other amount is part of that noun; and after a count, a
    // verbal noun of manner before a verb closing the clause says how (免费体检), it is not the counted noun.
    expect(label('全县新增7家规模以上工业企业。', '7家')).toBe('新增规模以上工业企业');
    expect(label('全镇发展15个规模养殖场。', '15个')).toBe('规模养殖场');
    expect(label('街道为300名高龄、失能老人免费体检。', '300名')).toBe('免费体检的高龄、失能老人');
  });
});

describe('labelOf, the words between a verb and the number', () => {
  it('reads an idiom right between a verb and the number as what is counted (752, 782)', () => {
    expect(label('今年，全县共排查安全隐患43处。', '43处')).toBe('排查安全隐患');
    expect(label('全年排查整改安全隐患87处。', '87处')).toBe('排查整改安全隐患');
    // near miss: an idiom with no verb before it narrates
    expect(label('比赛中，他过关斩将5轮。', '5轮')).not.toContain('他');
  });

  it('keeps the verb of stopping with the service stopped (748, 780)', () => {
    expect(label('西大街两侧小区将暂停供水12小时。', '12小时')).toBe('暂停供水');
    expect(label('丽景小区等6个小区将暂停供气。', '6个')).toBe('小区暂停供气');
    expect(label('公交1路、11路临时改道，沿线4个站点暂停使用。', '4个')).toBe('沿线站点暂停使用');
  });
});
