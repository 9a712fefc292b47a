// A column of items the page parts only by its wider gaps (structure/set-apart-column.ts): on a page that parts its
// lines by one blank line and its items by two or more, each item in one shape (a head, a netizen's post, the office's
// labelled reply, a status line), every item is a piece of its own, though the other signs read the page as one piece.
// Near misses, one piece each: a feature's sections after the same gaps (prose, or a speaker's words opening each),
// an interview's sections (the same speakers in the same places), a Q&A's (`问：` / `答：`).
import { describe, expect, it } from 'vitest';
import { structurePage } from './segment.ts';

const gap = (n: number) => Array<string>(n).fill('');
const heads = (lines: string[]) => structurePage(lines.join('\n')).segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text);
const HEADER = ['上党晚报　　热线·问政　　2025年12月16日　星期二　　第5版', '', '网友留言'];
/** Items, each of one-blank-line lines, two blank lines between them. */
const page = (items: string[][], wide = 2) => [...HEADER, ...items.flatMap((lines) => [...gap(wide), ...lines.flatMap((l, k) => (k === 0 ? [l] : ['', l]))])];

const SNAPSHOTS = [
  ['英雄中路人行道井盖缺失', '网友@太行晨光：12月8日傍晚，英雄中路与府后街交叉口东侧人行道上一处井盖缺失，周围没有任何警示标志。', '【部门回应】市城市管理局：接到反映后，我局于12月9日上午更换了井盖，并对周边20处井盖进行了排查。', '办理状态：已办结'],
  ['紫金街公交站台顶棚破损', '网友@潞州小陈：紫金街公交站台的顶棚破了一个大洞，下雨下雪天候车的市民只能淋着。', '【部门回应】市公交公司：该站台顶棚已列入维修计划，预计12月20日前完成更换。', '办理状态：办理中'],
  ['小区门口路灯不亮', '网友@漳河边上：太行西街某小区门口的3盏路灯已经不亮半个多月了，晚上出行很不方便。', '【部门回应】市城市照明管理处：经查，路灯不亮系线路老化所致，12月12日已更换电缆80米。', '办理状态：已办结'],
];
const MESSAGES = [
  ['小区暖气不热何时能解决？', '网友“太行山下”：我家住在潞州区英雄中路某小区，今年供暖以来室内温度一直只有15℃左右。', '长治市热力公司回复：经现场核查，该小区二次管网存在堵塞，我公司已于12月3日完成清洗。'],
  ['村里道路坑洼不平能否修缮？', '网友“上党人”：上党区某村通往镇上的3公里道路坑洼不平，雨雪天车辆难以通行。', '上党区交通运输局回复：该路段已列入明年农村公路提质改造计划，计划投资120万元。'],
  ['幼儿园收费标准在哪里查？', '网友“潞城宝妈”：孩子明年要上幼儿园，想了解一下民办幼儿园的收费标准在哪里可以查到。', '潞城区教育局回复：民办幼儿园收费实行公示制度，家长可在区教育局官网查询。'],
];

describe('a column of items in one shape, parted only by the wider gaps', () => {
  it('reads each item as a piece of its own, its head the headline (a question line too), on a page of one piece', () => {
    for (const items of [SNAPSHOTS, MESSAGES]) {
      const segments = structurePage(page(items).join('\n')).segments;
      expect(segments.map((s) => s.blocks.find((b) => b.kind === 'headline')?.text)).toEqual(items.map((item) => item[0]));
      segments.forEach((s, k) => expect(s.blocks.some((b) => b.text.startsWith(items[k]![2]!.slice(0, 8)))).toBe(true));
    }
    // Three blank lines or four between the items too.
    expect(heads(page(MESSAGES, 4))).toEqual(MESSAGES.map((item) => item[0]));
  });

  it('near miss: the same items after one blank line each (the page\'s one gap) stay as the other signs read them', () => {
    expect(heads(page(MESSAGES, 1))).toHaveLength(1);
  });
});

const ARTICLE = ['某村的冬天不再冷', '本报记者 赵 某', '', '寒冬时节，某村家家户户用上了清洁取暖，屋里暖意融融。'];
const feature = (sections: string[][]) => [...ARTICLE, ...sections.flatMap((lines) => [...gap(3), ...lines.flatMap((l, k) => (k === 0 ? [l] : ['', l]))])];

describe('near misses: one report\'s sections after the wider gaps stay its sections', () => {
  it('a feature whose sections each open on a speaker\'s words', () => {
    const sections = [
      ['煤改电　暖了老人心', '村民王大爷笑着说：“今年屋里有20℃，再也不用半夜起来添煤了。”', '村里共有农户260户，今年完成煤改电180户。'],
      ['光伏板　添了新收入', '村党支部书记李明说：“光伏电站一年能给村集体增收12万元。”', '今年村里新建光伏电站一座，装机容量300千瓦。'],
    ];
    expect(heads(feature(sections))).toEqual([ARTICLE[0]]);
  });

  it('an interview whose sections name the same speakers', () => {
    const interview = [
      ['今年室温有保障', '记者：今年供暖季室温能达到多少？', '王强：全市居民室温都能达到18℃以上。'],
      ['群众诉求一周内办结', '记者：群众反映的问题多久能解决？', '王强：一般问题一周内办结，复杂问题不超过15天。'],
    ];
    expect(heads(feature(interview))).toEqual([ARTICLE[0]]);
  });

  it('a Q&A under question heads', () => {
    const qa = [
      ['谁能享受补贴？', '问：哪些家庭能享受取暖补贴？', '答：低保户、特困户每户每年补贴1200元。'],
      ['怎么申请？', '问：补贴怎么申请？', '答：由村委会统一申报，12月底前发放到户。'],
    ];
    expect(heads(feature(qa))).toEqual([ARTICLE[0]]);
  });
});
