// Word lists subject.ts reads a figure's neighbourhood with. They come from how the reports phrase figures:
// `[verb] [subject] [number+unit]` (`新建改造供热管网38.1公里`) or `[number+measure word] [subject] [predicate]`
// (`16个学校食堂进行了改造`). Add a word here when a subject comes out with a verb stuck to it.

import { COUNTIES } from '../../../src/domain/places/regions.ts';
import { SHORT_FORMS } from '../lexicon/regions.ts';

const byLengthDesc = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length);

/** Where the words that belong to a figure stop, on either side of it. */
export const DELIMITER = /[，,；;：:、。！？!?…—]/;

/** Words that start the predicate after a counted noun: the subject ends before them. */
export const AFTER_STOPS = byLengthDesc([
  '的', '和', '及', '与', '为', '是', '有', '在', '被', '共', '达', '将', '已', '均', '都', '等', '正', '也', '还', '就',
  '进行', '完成', '实现', '获得', '参加', '来自', '依次', '登台', '围绕', '脱颖而出', '齐聚', '得到', '受益',
  '惠及', '追讨', '安装', '整齐', '建设', '改造', '改建', '扩建', '扩网', '铺设', '标准化', '全覆盖', '全部', '全面',
  '开展', '提供', '破产', '投入', '达到', '开启', '签约', '出行', '采取', '正在', '先后', '通过', '成功',
]);

/** Words between a subject and its number (`供热面积共75万平方米`, `覆盖率达到75%`): cut off the end. */
export const TRAILING_WORDS = byLengthDesc([
  '的有', '有', '为', '是', '达到', '达', '共计', '共', '累计', '总计', '合计', '约', '仅', '只需', '只能卖', '能挣',
  '能有', '全部', '稳定在', '维持在', '徘徊在', '稳稳', '总', '提高到', '提高至', '提升至', '提升到', '增加到',
  '增至', '降至', '下降到', '降低到', '增长达', '增长', '增加', '下降', '降低', '提高', '上升', '同比', '环比',
  '全长', '已达', '已', '将', '从', '由', '每月', '每年', '每天', '每次', '现在', '如今', '目前', '已经', '的',
  '突破', '超过', '超', '近', '不足', '不到', '能', '可', '就', '还', '都', '均', '也', '要', '在', '到了', '实现',
]);

/** Verbs and fillers in front of a subject (`新建改造供热管网`, `累计发放各项社保待遇`): cut off the start. */
export const LEADING_WORDS = byLengthDesc([
  '新建改造', '改扩建', '新建', '改造', '建设', '提供', '服务', '开展', '实现', '完成', '拆除', '投入', '拨付', '设立',
  '发放', '减免', '组建', '申请', '发表', '带动', '解决', '惠及', '配有', '安装', '邀请', '达成', '打造', '推进',
  '举办', '确保', '推动', '力争', '力促', '计划', '定下', '开工', '建成', '铺设', '覆盖', '落实', '实施', '新增',
  '可', '有', '共', '累计', '各项', '各类', '全市', '全区', '全县', '全省', '全年', '今年', '去年', '当年', '目前',
  '当地', '我市', '市里', '县里', '区里', '其中', '以前', '过去', '原来', '现在', '如今', '一个月', '每月', '每年',
  '每次', '目标', '直接', '为', '对', '向', '给', '在', '还', '并', '同时', '此外', '另外', '与', '所有', '先后',
  '独立', '相继', '陆续', '已',
  ...Object.keys(COUNTIES),
  ...SHORT_FORMS.filter((s) => !s.onlyAtPhraseStart).map((s) => s.text),
]);

/** Verbs that never sit inside a noun: a subject starts after the last of them (`群众减免服务费` → 服务费). */
export const STRONG_VERBS = ['减免', '追讨', '发放', '拨付', '拆除', '申请', '发表', '邀请', '达成', '设立', '新建', '改扩建'];

/** Words that name money put into something: the subject is then what it was for (`学校食堂改造投入`). */
export const INVESTMENT_BEFORE = /(?:投入|投资|拨付专项资金|拨付|专项资金|安排资金|筹措资金)$/;
export const INVESTMENT_PURPOSE = [
  /^(?:专项)?用于(.+)$/,
  /^对(.+?)进行了?(.+)$/,
  /^(?:推进|支持|实施|用于|开展)(.+)$/,
];
/** The action a purpose ends with, kept after the first of several listed objects (`精品示范村…建设`). */
export const PURPOSE_ACTION = /(建设|改造|改建|整治|提升|治理|修缮|体检|维修)$/;
/** Counts and fillers inside a purpose (`对全区近3000名教职工` → 教职工). */
export const PURPOSE_NOISE = /(?:全区|全市|全县|免费|近|约)|[0-9.]+[余多]?[万亿]?[个名所座栋户家项条处人]/g;

/** Subjects that say little alone (`产量`): the clause's head or the previous subject names what of. */
export const GENERIC_SUBJECTS = new Set(['投资', '产值', '产量', '营业收入', '收入', '销售收入', '签约额', '增加值']);
/** A clause head is the noun phrase before one of these (`绿色煤炭产业链将…`, `医药产业链发挥…`). */
export const HEAD_END = /^([\p{Script=Han}]{2,8}?)(?:将|要|发挥|深化|作为|是|也|推进|围绕|重点|坚持|加快)/u;
