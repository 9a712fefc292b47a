// A figure's own topic: the topic whose keywords weigh most in the words around the figure, the nearest
// counting most — its clause and the label opening its line (`助洁：`), then its segment, its sentence, its section
// headings and the article's headline,
// its paragraph and the paragraphs before it in its section —
// with the article's topics as a small prior; the article's first topic when no keyword is there at all.
// Every topic is a candidate, not only the article's: a heating report's `高考本科达线率60.87%` is
// education. Keywords are the topic lexicon's (lexicon/topics.ts, which describe files articles with) and
// FIGURE_KEYWORDS below: words that name what a single figure counts (`户厕`, `幸福院`, `社保`), which
// describe/topics.ts reads for articles too (an article is about what its figures count). The annotation guide (tests/fixtures/figures-gold/README.md) fixes the
// border between childcare and education: 托育 (under three: 托位, 托育机构, 托育点) is childcare, and
// kindergartens, school places, pupils and school-age summer care (幼儿园, 公办园, 学位, 暑期托管班) education;
// public finance (财政收入, 民生支出) is governance.
// Forms of the sentence narrow what is the figure's own: the items listed after it (`新增社区食堂12个、
// 托育点9个`: 托育点 is the next figure's) are left out of its clause; the examples of a list before 等
// (`提供饮水、热饭、休息等服务`, examples.ts) weigh a quarter of a word; a topic tag opening the sentence
// (`#安全教育进校园#`) is a heading; who pays (`由…补贴`), who a thing is for (`为…安装`) and who takes part
// (`参与农户达到…`) name no topic of what is counted; a clause that names its topic outright (`新增停车位1900个`)
// is one item of a list of works, and the other items with counts of their own do not weigh on it.
// Beside the keywords, a model learned from the dev gold (topic-model.ts) weighs the figure's words lightly
// (chooseTopic): the genre's vocabulary for a clause in words no list has.

import type { Topic } from '../../../src/domain/topics.ts';
import { TOPIC_KEYWORDS, type Keyword } from '../lexicon/topics.ts';
import { exampleSpans, within } from './examples.ts';
import { officeScores } from './topic-offices.ts';
import { callsForElders, growersIncome, joinedClause, linesAsTransport, pensionEnrolment } from './topic-forms.ts';
import { clauseOf, lineOf, segmentOf, type FigureScope } from './scope.ts';
import { learnedTopics } from './topic-model.ts';
import { tableCell, withoutUnit } from './table.ts';
import { itemHead } from './label-head.ts';
import { tagged } from './label-roles.ts';

const k = (weight: Keyword['weight'], ...words: string[]): Keyword[] => words.map((word) => ({ word, weight }));

export const FIGURE_KEYWORDS: Partial<Record<Topic, Keyword[]>> = {
  childcare: [...k(3, '托育园', '托育机构', '托育点')],
  education: [...k(3, '校车', '寄宿制学校', '公办园', '在园幼儿', '托管班', '学位')],
  // 幸福食堂 is the villages' name for the elders' canteen (银龄, the seniors' own word, is the lexicon's).
  // The home services of eldercare by their names (助餐、助浴、助洁、助医、助行、助急: the "six helps"), and a call
  // device for elders (一键呼叫), alone or beside an alarm, with an elder word in its clause (topic-forms.ts).
  // Pension insurance's contributions (缴费基数, 缴费比例, 缴费年限, 个人账户) are pensions', as the guide files the
  // scheme (ruled in session 16), not social insurance's as a whole.
  'elderly-care': [...k(3, '幸福院', '敬老院', '养老金', '高龄津贴', '医养', '助餐', '助洁', '助医', '助行', '助急', '社区食堂', '长者食堂', '幸福食堂', '一键呼叫', '缴费基数', '缴费比例', '缴费年限', '个人账户'), ...k(2, '独居老人', '百岁老人')],
  // Social insurance as a whole is employment's (the annotation guide).
  // (养老保险 stays 养老's: enrolment in the pension scheme is filed with pensions.)
  // Training people (培训农民, 培训学员) is for work, lightly: a field the clause names (游泳, 乡村医生) outweighs it.
  // People put to work (`带动1800余户农民就近务工`, `在合作社分拣车间打工`) are counted for work, whatever they work at.
  employment: [...k(3, '社保', '参保', '欠薪', '农民工工资', '返乡创业', '灵活就业', '务工'), ...k(2, '招聘会', '打工'), ...k(1, '培训')],
  // Air quality by its measures (PM2.5, PM10, 颗粒物, 二氧化硫) and public toilets (公厕) too.
  environment: [...k(3, '户厕', '卫生厕所', '黑臭水体', '人居环境', '绿地', '口袋公园', '废弃建筑', 'PM2.5', 'PM10', '颗粒物', '二氧化硫', '公厕', '河道垃圾'), ...k(2, '公园')],
  // Bridges and driving (`沁河大桥…全长186米`, `开车得20多分钟`) are getting about (streetlights are the lexicon's);
  // so are roads named for what they serve or how they are made (产业路, 旅游路, 硬化路), a line's runs (班次) and
  // fares (票价), whoever rides (`校园公交每天发车120班次`).
  // The lines and stops of public transport by their names (班线; 首末站, 候车亭), and a 专线 by who or what rides it
  // (`学生专线`, `定制专线`), whoever rides: a 专线 alone may be a phone line for a service (`助残爱心专线`).
  // Snow and ice cleared off roads keep them open (积雪, 除雪, 融雪, 除冰): getting about, whoever clears them.
  transport: [...k(3, '背街小巷', '公交线路', '危桥', '大桥', '产业路', '旅游路', '硬化路', '班次', '票价', '班线', '首末站', '候车亭', '公交专线', '定制专线', '学生专线', '通勤专线', '客运专线', '积雪', '除雪', '融雪', '除冰'), ...k(2, '客流', '开车')],
  // Gas piped to villages and homes heats them (`用上管道天然气1860户`: 煤改气 is the lexicon's).
  // The courtyard network of a compound (庭院管网) carries its heat, whatever compound's works it is among.
  // So is gas piped to homes by the words of its supply (燃气管道, 燃气管网, 燃气普及率, 管道燃气): gas alone, its alarms
  // and its appliances checked (燃气报警器, 检修燃气灶具) are safety's.
  heating: [...k(3, '庭院管网', '燃气管道', '燃气管网', '燃气普及率', '管道燃气'), ...k(2, '天然气')],
  // Cisterns and wells hold the water people drink (集雨水窖, 水井), 吃水 is drinking it (解决吃水难题).
  // Rivers and their works (河道清淤治理, 新建护岸, 巡河, 剩余河段) are water's: the rubbish cleared from them stays the
  // environment's (河道垃圾, below).
  water: [...k(3, '水窖', '水井', '吃水', '护岸', '巡河', '河段'), ...k(2, '河道')],
  // The loess country's cave dwellings (窑洞) are homes; so are the homes let and their rent (房源, 房租), whoever rents
  // them (`新增房源420套`). (租金 alone may be a field's: 土地流转租金.)
  housing: [...k(3, '公租房', '楼栋', '加装电梯', '窑洞', '房源', '房租')],
  // Who farms and what: 菜农, 果农, 种植户, 养殖户, 杂粮 (小杂粮 is no 粮食); irrigating fields and yields per mu
  // (节水灌溉面积, 亩均增产) and dry farming (旱作节水): water saved on farmland is farming's; so is crop protection,
  // drones spraying fields included (植保无人机, 飞防).
  agriculture: [...k(3, '精品示范村', '提档升级村', '清化收', '农户', '菜农', '果农', '种植户', '养殖户', '杂粮', '灌溉', '旱作', '植保', '飞防'), ...k(2, '亩均')],
  // Community services and asking residents (生活圈, 问卷, 意见建议) are public affairs; so is public money spent on
  // people's livelihood (民生资金; 民生支出 is the lexicon's), as the annotation guide files public finance.
  governance: [...k(3, '民生实事', '惠民实事', '殡葬', '微心愿', '调解', '矛盾纠纷', '党委书记', '不动产登记', '民生资金', '财政收入', '公共预算', '生活圈', '社区服务', '综合服务设施'), ...k(2, '办事', '问卷', '意见建议'), { word: '积分', weight: 3, notIn: ['体积分数'] }],
  // Illness that impoverishes a household is what medical aid counts (因病致贫返贫 is not farming's 返贫); a checkup
  // or a consultation or doctors' rounds (巡诊) is health's whoever it is for (`为1.8万名老年人免费体检`, the annotation
  // guide's staff checkups).
  health: [...k(3, '医共体', '患者', '孕产妇', '婴儿死亡率', '外转率', '就诊率', '坐诊', '因病致贫', '医疗救助', '大病', '体检', '问诊', '巡诊')],
  // Books made and published (`全书共48万字…历时3年编纂完成`, `《蟠龙镇志》出版`).
  // Memorial halls and study tours to them (纪念馆, 展馆, 研学) are culture's, the pupils they receive included; races
  // by what people do (长跑).
  'culture-sports': [...k(3, '书房', '景区', '游客', '乡村文艺队', '演出', '冰雪', '滑雪', '滑冰', '纪念馆', '展馆', '研学', '长跑'), ...k(2, '出版', '编纂')],
  // Accidents, crime, how safe people feel, and the alarms and breakers put up against fire, gas and faults.
  'public-safety': [...k(3, '交通安全', '交警', '民警', '防溺水', '事故', '刑事', '安全感', '报警器', '漏电', '安全检查'), ...k(2, '燃气')],
  // Market prices as the price monitors report them (物价, 菜价, 价格监测; 价格 less): the market's, not the farm's
  // (what a grower sells at, 售价 and 收购价, stays farming's by its other words). What shoppers pay, a retail price
  // (零售价, a market's 零售均价), is the market's too, vegetables and grain included (the annotation guide, session 30); so
  // are the markets and points where shoppers buy them (菜市场; a 销售网点 only at a shopper's price, IN_FORM below).
  // A service's own price word names its field (票价, 水价; 供热价格 under 供热's weight).
  // Selling online (电商) weighs lightly for a figure: what is sold names the field (`开通电商网店64家，帮助农户销售农产品`
  // is farming's, as the dev gold files rural e-commerce), a sale with no goods named is the economy's.
  economy: [...k(3, '工业投资', '快递', '寄递', '专精特新', '物价', '菜价', '价格监测', '零售价', '零售均价', '菜市场', '销售网点'), ...k(2, '价格'), ...k(1, '电商')],
};
/** Keywords that count only in a form of their own: a point of sale is the shoppers' where it sells at their price
 * (`平价蔬菜销售网点`, `便民销售网点`); what a point sells names its field (`洁净型煤销售网点` heating's, `农资销售网点` farming's). */
const IN_FORM = new Map<string, RegExp>([['销售网点', /(?:平价|便民|惠民)[\p{Script=Han}]{0,6}?销售网点/u]]);
/** Lexicon words that do not count for a figure inside these longer words (因病致贫返贫 is illness's). */
const FIGURE_NOT_IN: Record<string, string[]> = { 返贫: ['因病致贫'], 交通: ['交通事故', '交通安全'] };
/**
 * Lexicon words that say nothing of a figure's own topic: money invested and output are counted for what
 * they build or grow (`老旧小区…完成投资9.8亿元` is housing, `连翘…产值` agriculture), and a traffic police
 * contest is public safety. (电商 is the economy's for a figure too, lightly: FIGURE_KEYWORDS.)
 */
const NOT_FOR_FIGURES = new Set(['投资', '产值', '交警', '电商']);

const TOPICS = Object.keys(TOPIC_KEYWORDS) as Topic[];

// How much each ring of text around the figure counts: its own clause most.
const WEIGHTS = { clause: 4, segment: 2, sentence: 1, heading: 1, paragraph: 0.5, section: 0.25 } as const;
/** A clause's score that says it names its topic outright: one word that alone says the topic. */
const NAMED = 3;
/** A clause that prints a count of its own. */
const COUNTED = /[0-9]/;
/** What a word counts for when it only stands among a list's examples before 等. */
const EXAMPLE_WEIGHT = 0.25;
/** The prior an article's topics give, first topic most: enough to break a tie, not to outweigh a word. */
const PRIOR = [0.6, 0.4, 0.3, 0.2];
/**
 * What the learned model's probabilities weigh (a share of 1 spread over the topics). Chosen by five-fold
 * cross-validation over the dev pages by page (`npm run train:topics -- --cv`): 1 gained on held-out folds (93.99 →
 * 94.09%) and on the unseen pages h13–h86 (85.3 → 86.2%); 2 and more lost on held-out folds, and letting the
 * model alone answer where no keyword is near lost 0.4 point there.
 */
const LEARNED = 1;

const OWN_WORDS = new Map<string, Topic>();
for (const [topic, words] of Object.entries(FIGURE_KEYWORDS)) for (const { word } of words) OWN_WORDS.set(word, topic as Topic);

/** A topic's keywords for figures: the lexicon's, less words FIGURE_KEYWORDS gives another topic, and its own. */
function keywordsOf(topic: Topic): Keyword[] {
  const lexicon = TOPIC_KEYWORDS[topic]
    .filter(({ word }) => !NOT_FOR_FIGURES.has(word) && (OWN_WORDS.get(word) ?? topic) === topic)
    .map((kw) => (FIGURE_NOT_IN[kw.word] ? { ...kw, notIn: [...(kw.notIn ?? []), ...FIGURE_NOT_IN[kw.word]!] } : kw));
  return [...lexicon, ...(FIGURE_KEYWORDS[topic] ?? [])];
}
const KEYWORDS = new Map(TOPICS.map((topic) => [topic, keywordsOf(topic)]));

// The paragraph and the section before it are the same text for every figure of a paragraph: their
// scores are kept for the next figure (a small cache, emptied when it fills).
const SCORED = new Map<string, Map<Topic, number>>();
const SCORED_MAX = 2048;

/** Each topic's keyword weight in a text. */
export function topicScores(text: string): Map<Topic, number> {
  const known = SCORED.get(text);
  if (known) return known;
  if (SCORED.size >= SCORED_MAX) SCORED.clear();
  const scores = scoreText(text);
  SCORED.set(text, scores);
  return scores;
}

function scoreText(text: string): Map<Topic, number> {
  const scores = new Map<Topic, number>();
  // (A keyword whose first character the text lacks is not in it: one look-up instead of a search of the text.)
  const chars = new Set<number>();
  for (let i = 0; i < text.length; i++) chars.add(text.charCodeAt(i));
  let examples: ReturnType<typeof exampleSpans> | undefined;
  for (const topic of TOPICS) {
    let score = 0;
    for (const { word, weight, notIn } of KEYWORDS.get(topic)!) {
      if ((word.length > 0 && !chars.has(word.charCodeAt(0))) || !text.includes(word) || notIn?.some((longer) => text.includes(longer)) || IN_FORM.get(word)?.test(text) === false) continue;
      examples ??= exampleSpans(text);
      score += ownUse(text, word, examples) ? weight : weight * EXAMPLE_WEIGHT;
    }
    if (score > 0) scores.set(topic, score);
  }
  return scores;
}

/** Does the word stand somewhere in the text outside a list's examples? */
function ownUse(text: string, word: string, examples: ReturnType<typeof exampleSpans>): boolean {
  if (examples.length === 0) return true;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!within(examples, at, at + word.length)) return true;
  }
  return false;
}

/**
 * Where the figure's own clause ends: before the next item of a list the figure closes (`新增社区食堂12个、
 * 托育点9个`); a list whose items the figure opens (`4个精品示范村、36个提档升级村建设`) shares its words.
 */
function ownEnd(sentence: string, end: number, clauseEnd: number): number {
  return sentence[end] === '、' && end < clauseEnd ? end : clauseEnd;
}

/** Words of the weather: a temperature beside them is the air's. */
const WEATHER = /气温|天气|降温|升温|寒潮|低温|高温|霜冻|气象|预报|预警/;
/** Words of a room's warmth, the form of a heating figure in ℃: the room or home, its radiator, the heating, a thermometer. */
const INDOORS = /室温|室内|屋里|屋内|家里|家中|暖气|供暖|供热|采暖|温度计/;

const MEDICAL_ONLY = /医疗保险|医保/;
const OTHER_INSURANCE = /社保|社会保险|养老保险|失业保险|工伤保险/;

/** A short label opening a line, before its colon: an item of a list (`助医：陪同就医每次40元，代取药品每次10元`). */
const ITEM_LABEL = /^\s*([\p{Script=Han}]{1,6})[：:]/u;

/** The label opening the figure's own line of its paragraph, or ''. */
function itemLabel(scope: FigureScope): string {
  const lineStart = scope.paragraph.lastIndexOf('\n', scope.sentenceStart + scope.start - 1) + 1;
  return ITEM_LABEL.exec(scope.paragraph.slice(lineStart))?.[1] ?? '';
}

/**
 * The head of the table column the figure stands in, when it names a measure with its unit in brackets
 * (`新增托位（个）`, `新建改造供热管网（公里）`: table.ts reads the unit away); else ''.
 */
function measureHead(scope: FigureScope): string {
  const heading = tableCell(scope.sentence, scope.start, scope.end)?.heading;
  const measure = heading ? withoutUnit(heading) : '';
  return measure !== heading ? measure : '';
}

/** A topic tag opening the sentence (`#安全教育进校园# 全县各中小学…`): a heading, not the figure's clause. */
const TAG = /^\s*#[^#]{1,20}#/;
/** A topic tag inside the sentence (`其中#小米加工# 专项培训560人次`): a heading too, whatever it stands beside. */
const INLINE_TAG = /#[^#\s]{1,20}#/gu;
/** Who pays (`其余由县财政和村集体补贴`): the payer names no topic of what is paid for. */
const PAYER = /由([^，,；;。由]{1,12}?)(?=(?:共同)?(?:补贴|承担|支付|出资|兜底|负担))/g;
/**
 * Who a thing is put up or handed out for (`为老旧小区居民免费安装燃气报警器2.3万台`): the figure counts the
 * thing, so those it is for name no topic of it — unless the figure counts them (`为126户独居老人安装…`).
 */
const BENEFICIARY = /为([^，,；;。为0-9]{1,14}?)(?=(?:免费)?(?:安装|配备|配发|发放|提供|更换))/g;

/**
 * … and where the figure counts those it is for (`为全镇126户独居老人安装了烟雾报警器`): the thing done decides its topic, not
 * who it is for (the figures guide, ruled in session 12: a smoke or gas alarm is public-safety even for elders living
 * alone), so the words after the count that say who are left out as well.
 */
const COUNTED_FOR = /为[^，,；;。为]{1,20}?(?=(?:免费)?(?:安装|配备|配发|发放|提供|更换|检修))/g;
const COUNT_THEN_WHO = /^([0-9０-９.．]+(?:万|亿)?(?:余|多)?\p{Script=Han}?)[\s\S]*$/u;

/**
 * Who takes part (`参与农户达到6200户`, `参与学生1.8万人次`): counted for the activity they join, which the words
 * before name; the words between 参与/参加 and the figure say who, not what about.
 */
const PARTICIPANTS = /(?<=参与|参加)[^，,；;。0-9“”]{1,8}?(?=(?:达到|达|共|约|近|超过|超)?[0-9一二三四五六七八九十两百千万]+[^，,；;。]{0,4}$)/;

/**
 * … but words after 参加/参与 that end on a verb or a verbal noun name what is taken part in, not who (`参加技能培训
 * 2400人次`, `参加健康体检1860人次`, `参加消防演练…`): they say what the figure is about.
 */
function namesActivity(words: string): boolean {
  const last = tagged(words.trim()).filter((w) => w.role !== 'punct').at(-1);
  return last !== undefined && /^(?:v|vn)$/.test(last.tag) && !LINK_AFTER_WHO.test(last.word);
}
/** The linking words a count of those taking part may stand after (`参与农户达到6200户`). */
const LINK_AFTER_WHO = /^(?:达到|达|共|约|近|超过|超)$/;

/**
 * A work filed among the year's pledges (`把长者食堂建设列入民生实事`, `沁河大桥是…民生实事之一`, `作为重点民生实事项目之一`),
 * or the pledges opening the list of works after a colon (`将实施十件民生实事：计划新建改造供热管网12公里…`):
 * the pledge is a frame, the work names the topic. (Pledges counted themselves, `15件民生实事全部兑现`, stay.)
 */
const PLEDGE_FRAME = /(?<=列入|作为)[^，,；;。]{0,6}?民生实事(?:项目)?(?:之一)?|民生实事(?:项目)?之一/g;
/**
 * Who gives the numbers (`据潞州区交警大队统计，老城区约有机动车8.6万辆`, `据市气象台监测`): the source of a statistic names
 * no topic of what it counts.
 */
const SOURCE = /据[^，,；;。据]{1,16}?(?:统计|监测|测算|调查|数据显示|介绍)/g;
/**
 * A speaker named by a political office (`市人大代表、某镇党委书记田丽娟说，`, `镇长王某表示，`): the office names no topic
 * of the figures they tell of. A clause before the figure closed by a verb of saying and a comma or colon, naming a
 * secretary, deputy, member or head of a government; a speaker of a service (`托育室负责人说`) says what it is about.
 */
const SPEAKER = /[^，,；;。：:“”]{0,30}?(?:书记|代表|委员|[镇乡县区市]长)[^，,；;。：:“”]{0,8}?(?:说|表示|介绍|坦言|告诉记者)[，,：:]/g;
/**
 * Who or what is sent out (`出动环卫工人1260人次`, `出动机械车辆42台次`): counted for the task they are sent to, which the
 * sentence names (`清扫道路积雪`, `开展消防安全大排查`); the workers and machines name no topic of it.
 */
const DEPLOYED = /(?<=出动)[^，,；;。、0-9“”]{1,10}?(?=[0-9一二三四五六七八九十两百千万]+(?:余|多)?(?:人次|台次|辆次|人|台|辆|名))/g;
/** The pledges opening a list of works after a colon: a frame for the works after it, not for their own count (`十件`). */
const PLEDGE_LIST = /民生实事(?:项目)?(?=[：:])/g;

/** The sentence with its topic tag, its payers and the figure's participants blanked (offsets kept), and the tag. */
function ownWords(sentence: string, figureAt: number): { text: string; tag?: string } {
  const opening = TAG.exec(sentence)?.[0];
  const inline = [...sentence.slice(opening?.length ?? 0).matchAll(INLINE_TAG)].map((m) => m[0]);
  const tag = opening ?? inline[0];
  let text = growersIncome(callsForElders(pensionEnrolment(linesAsTransport(opening ? ' '.repeat(opening.length) + sentence.slice(opening.length) : sentence))))
    .replace(INLINE_TAG, (m) => ' '.repeat(m.length))
    .replace(PAYER, (m) => ' '.repeat(m.length))
    .replace(PLEDGE_FRAME, (m) => ' '.repeat(m.length))
    .replace(SOURCE, (m) => ' '.repeat(m.length))
    .replace(DEPLOYED, (m) => ' '.repeat(m.length))
    .replace(SPEAKER, (m, at: number) => (at + m.length <= figureAt ? ' '.repeat(m.length) : m))
    .replace(PLEDGE_LIST, (m, at: number) => (at + m.length < figureAt ? ' '.repeat(m.length) : m))
    .replace(BENEFICIARY, (m, _who: string, at: number) => (at > figureAt ? m : ' '.repeat(m.length)))
    .replace(COUNTED_FOR, (m, at: number) => (at < figureAt && figureAt < at + m.length ? m.slice(0, figureAt - at) + m.slice(figureAt - at).replace(COUNT_THEN_WHO, (c, n: string) => n + ' '.repeat(c.length - n.length)) : m));
  const who = PARTICIPANTS.exec(text.slice(0, figureAt + 1));
  if (who && !namesActivity(who[0])) text = text.slice(0, who.index) + ' '.repeat(who[0].length) + text.slice(who.index + who[0].length);
  return tag ? { text, tag: [opening, ...inline].filter(Boolean).map((t) => t!.trim().slice(1, -1)).join(' ') } : { text };
}

export function topicOf(scope: FigureScope): Topic | undefined {
  const learned = learnedTopics(scope);
  return chooseTopic(keywordEvidence(scope), scope.article.topics, learned.known > 0 ? learned.probabilities : undefined);
}

/** Each topic's keyword weight in the rings around the figure, without the article's prior: empty when no keyword is near. */
export function keywordEvidence(scope: FigureScope): Map<Topic, number> {
  // Quoted names count here (`完成“清化收”工作`, `“敬老月”系列活动`): they name what is done.
  const { text: words, tag } = ownWords(scope.sentence, scope.start);
  // Enrolment in the medical insurance the paragraph is about (`城乡居民基本医疗保险…参保率达到94.8%`) is health's;
  // social insurance as a whole (社保, 养老保险 and the rest) is employment's (the annotation guide).
  // (So is one under a headline or a section heading of that insurance, where the paragraph names no insurance of its own:
  // a notice's table rows, `低保对象 300 100`, an infographic's lines under `一图读懂｜2026年度城乡居民医保缴费和待遇`.)
  const names = (text: string) => MEDICAL_ONLY.test(text) || OTHER_INSURANCE.test(text);
  const about = names(scope.paragraph) ? scope.paragraph : [scope.article.title ?? '', ...scope.headings].join('\n');
  const sentence = MEDICAL_ONLY.test(about) && !OTHER_INSURANCE.test(about) ? words.replaceAll('参保', '医保') : words;
  const clause = lineOf(sentence, clauseOf(scope), scope.start, scope.end);
  const segment = lineOf(sentence, segmentOf(scope), scope.start, scope.end);
  const own = ownEnd(sentence, scope.end, clause.end);
  const ownClause = sentence.slice(clause.start, own);
  // A clause that names what it counts outright (`新增停车位1900个`, `新增普惠托位630个`) is one item of a
  // list of works: the other items, with counts of their own (`改造老旧小区46个，…加装电梯22部`), do not say
  // what it is about.
  const named = [...topicScores(ownClause).values()].some((score) => score >= NAMED);
  const others = named ? blankCounted(sentence, clause.start, own) : sentence;
  const rings: [string, number][] = [
    // The clause read with its count cut out, so a compound the count split (`加装了4部电梯`) is whole (topic-forms.ts).
    [joinedClause(ownClause, scope.start - clause.start, scope.end - clause.start), WEIGHTS.clause],
    // An item's label opening its line (`助洁：居室保洁每小时30元`) says what each figure of the line is, as near as its clause.
    [itemLabel(scope), WEIGHTS.clause],
    // So does the head of a numbered item over the sentences after it (`2.新增普惠托位。计划新增2000个，已新增2160个`).
    [itemHead(scope), WEIGHTS.clause],
    // A table's cell is what its column's head names when the head is a measure, a unit in brackets after it
    // (`|潞州区|12|420|` under `新增托位（个）`): the row, its clause, names only a place. (A head with no unit names a
    // kind of what the whole table counts: `保洁绿化` among public-welfare posts.)
    [measureHead(scope), WEIGHTS.clause],
    // The clauses of its segment up to the figure's say what it is about more than those after it.
    // (Not where the clause names its topic outright: the clauses before it frame the list, `实施十项民生实事，计划改造老旧小区35个`.)
    // (An item's key before a colon, `助医：陪同就医每次40元`, is no frame: it names the item.)
    [named && !/[：:]/u.test(others.slice(segment.start, clause.start)) ? others.slice(clause.start, own) : others.slice(segment.start, own), WEIGHTS.segment],
    [others.slice(own, segment.end), WEIGHTS.segment / 2],
    [others, WEIGHTS.sentence],
    ...scope.headings.map((h): [string, number] => [h, WEIGHTS.heading]),
    // The headline is the heading over every section (`公交开进校门口　学生上学不再难`).
    [scope.article.title ?? '', WEIGHTS.heading],
    ...(tag ? [[tag, WEIGHTS.heading] as [string, number]] : []),
    [scope.paragraph, WEIGHTS.paragraph],
    [scope.preceding ?? '', WEIGHTS.section],
  ];
  const total = new Map<Topic, number>();
  for (const [text, weight] of rings) {
    for (const [topic, score] of topicScores(text)) total.set(topic, (total.get(topic) ?? 0) + weight * score);
  }
  // A temperature is of heating where its clause tells of indoor warmth (`屋里能有22℃`, `温度计显示22℃`, `室温达到20℃`)
  // and the sentence tells no weather: a home's or a radiator's warmth is what these pages measure in ℃; a day's air
  // (气温, 降温, 寒潮) is not, nor a cold store's or a bath's (`冷链仓库温度须控制在零下18℃以下`, `车内水温保持在40℃左右`).
  // (Twice a clause's word that names its topic: the unit says it whatever the words of a housing or eldercare story
  // around it say.)
  if (scope.unit === '℃' && INDOORS.test(sentence.slice(clause.start, clause.end)) && !WEATHER.test(scope.sentence)) total.set('heating', (total.get('heating') ?? 0) + 2 * WEIGHTS.clause * NAMED);
  // A clause that names no topic is of the remit of an office its sentence names (topic-offices.ts: `市卫健委组织的
  // 专家服务团…接待群众310人次`).
  if (topicScores(ownClause).size === 0) {
    for (const [topic, score] of officeScores(sentence)) total.set(topic, (total.get(topic) ?? 0) + WEIGHTS.sentence * score);
  }
  return total;
}

/**
 * The topic the keyword evidence gives, with the article's topics as a small prior and the learned model's
 * probabilities (topic-model.ts) added at LEARNED: less than one weak word of the clause, so it decides between
 * topics the keywords leave near level and, where no keyword is near, between the article's topics and what the
 * figure's own words go with. Without keywords or a model, the article's first topic.
 */
export function chooseTopic(evidence: ReadonlyMap<Topic, number>, articleTopics: readonly Topic[], learned?: ReadonlyMap<Topic, number>): Topic | undefined {
  if (evidence.size === 0 && !learned) return articleTopics[0];
  const total = new Map(evidence);
  articleTopics.forEach((topic, i) => total.set(topic, (total.get(topic) ?? 0) + (PRIOR[i] ?? 0.1)));
  for (const [topic, p] of learned ?? []) total.set(topic, (total.get(topic) ?? 0) + LEARNED * p);
  let best: Topic | undefined;
  let bestScore = 0;
  for (const [topic, score] of total) {
    if (score > bestScore) {
      best = topic;
      bestScore = score;
    }
  }
  return best;
}

/** The sentence with the clauses outside [start, end) that print a count of their own blanked (offsets kept). */
function blankCounted(sentence: string, start: number, end: number): string {
  return sentence.replace(/[^，,；;。！？!?]+/g, (part, at: number) =>
    (at + part.length <= start || at >= end) && COUNTED.test(part) ? ' '.repeat(part.length) : part,
  );
}
