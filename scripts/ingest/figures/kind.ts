// What sort of number a figure is, so that a chart sets only like beside like:
// - change: a difference (`增长10%`, `较去年提高100元`, `每斤多卖了1.5元`, `比私立园便宜一半`);
// - per: an amount per head, household, unit or period (`人均`, `每户`, `日均`, `每千人口`, `一个月`);
// - rate (a `…率`: `供热达标率超98%`; a score under a 满意度 heading) or share (a part of a whole: `占比`, `一半以上的行政村`) for percentages;
// - new: what was added or done in the period — the object of 新增, 新建, 改造, 完成, 检查 … (`新建改造
//   供热管网38.1公里`, `16个学校食堂进行了改造`);
// - cumulative: a running total (`累计`, `自…以来共`; 截至 alone does not make one);
// - total: a level or a count of what is there (`共有`, `现有`, `总投资`, `惠及`), the default.
// The verb nearest before the figure in its clause chain decides between new, cumulative and total, so
// `今年共改造老旧小区46个，涉及楼栋318栋，惠及居民1.2万户` gives new, new, total.

import { FIGURE_KINDS, type FigureChange, type FigureKind } from '../../../src/domain/figure.ts';
import { UNITS } from '../../../src/domain/units.ts';
import { wholePlaceBuilt } from './kind-built.ts';
import { moreOrLessOfAct } from './kind-more.ts';
import { moreWorks, newlyDone, objectWorks } from './kind-again.ts';
import { perKind } from './kind-per.ts';
import { AS_OF, FACILITY_TOLD, openedInPeriod, SIZE_HEADING } from './kind-facility.ts';
import { valueFirstName } from './kind-value-first.ts';
import { stackedLabel } from './label-stacked.ts';
import { INVOLVES } from './label-involves.ts';
import { clauseOf, segmentOf, type FigureScope } from './scope.ts';
import { tableCell, tableLabel } from './table.ts';
import { tagWords } from './words.ts';

/** The kinds, as the published record defines them (src/domain/figure.ts). */
export const KINDS = FIGURE_KINDS;
export type Kind = FigureKind;

// A difference: a verb of change right before the number (增长, 压缩了, 缩短; 增产, 节水: more grown, less used; 省 said for
// 节省 after an adverb or with 下/了, its object between: `比烧煤还省500多块`, `每学期还能省下交通费800多元`; not 省 the province),
// or a comparison (高于全市平均水平; 不低于 is a floor, not a comparison; 比上周涨, 较上个采暖季新增供热面积; 增产 with its object,
// 亩均增产粮食约60斤). 比 with 新增 and its object between compares only with a time after it (比上年, 比去年同期, 比2024年):
// 比赛新增项目, 比武新增工种 are no comparison; 增产增收 names who gained, not what grew more.
const COMPARED = /(?:同比|环比|较[^，,；;。]{0,8}?|比[^，,；;。]{0,8}?)(?:提高|提升|增加|增长|上升|下降|降低|减少|新增|便宜|贵|多|少|高|低|提前|推迟|延长|上涨|下跌|涨|跌|降)了?$|(?:较|(?<![同环])比(?=上|去|前|同期|20[0-9]{2}))[^，,；;。\n]{0,8}?新增[^，,；;。0-9\n]{1,8}$|(?:多|少)(?:卖|领|收|挣|赚)了?$|(?:增收|减收|增产|减产|节省|节约|节水|节电)了?(?:约|近)?$|(?:增产|减产)(?![增减]收)[^，,；;。0-9]{1,4}?(?:约|近)?$|(?:(?:还|能|可|就|也|都|已|多|可以)省(?:下|了|出)?|省(?:下|了))[^，,；;。0-9省]{0,6}$|(?:增长|下降|提高|(?<!改造)提升|降低|上升|减少|增加|(?<!新)增|压缩|缩短|缩减)(?:了|达到?|为|幅)?$|(?<!不)(?:高于|低于|高出|多出|多于|少于)[^，,；;。0-9]{0,10}$/;
/** A number counted in percentage points is a difference of two rates by its unit alone. */
const POINTS = new Set(['个百分点', '百分点']);
// A change set as an aim (`地区生产总值预期增长目标为5.5%左右`, `增速目标是6%`): the aim's value is the change.
const CHANGE_AIMED = /(?:增长|增速|增幅|下降|降低|提高|减少)[^，,；;。0-9]{0,4}?(?:目标|指标)(?:值)?(?:为|是|定为)$/;
// A figure a clause names as the value of a task, plan or aim (`年度任务为100处`): the works of the chain it sets.
const TASK_IS = /(?:任务|计划|目标)(?:数|值)?(?:为|是)$/;
const LAST_BATCH = /最后(?:一批)?$/;
const PART_BEFORE = /其中[，,]?\s*$/;
const LINKING_VERB = /^(?:有|是|为|达到|达)$/;
const LINKING_END = /(?:有|是|为|达到|达)$/;
const LAST_DONE = /^[^，,；;。]{0,12}?(?:完成|建成|接通|开通|通气|投入使用)/;
// A count of facilities built (`建设2个县域医疗次中心`, `建设…教室146间`) is works; a count of villages or towns "built"
// (`建设5个精品示范村`) is a programme's reach, a total.
const PLACE_COUNTED = /(?:村|镇|乡|社区|街道)$/;
// A count that holds the object of the works after it (`42个老旧小区的供热管网实施改造`).
const HOLDER = /^[^，,；;。0-9的]{1,12}的[^，,；;。0-9]{2,}?(?:实施|进行|开展)?(?:改造|新建|更换|维修|建设)/;
const PROBLEMS_FIXED = /(?:整治|治理|整改)[^，,；;。0-9]{0,12}(?:隐患|问题|案件|纠纷|违法|违章)[^，,；;。0-9]{0,2}$/;
// A signed number (`+8个` in a table's 同比 column, `-4.0%` in its 涨幅 column) is a difference.
const SIGNED = /^[+＋\-−][0-9]/u;
// Built this period (`今年已建成…11个`), unlike 已建成 alone, what a place has.
const THIS_PERIOD = /今年|本年|年内|当年|今冬|入冬以来|[0-9]{1,2}月以来|近日|日前/;
// 已 up to a few words before 建成 (`已建成`, `已在城区和乡镇建成`; not `已建成的…`, what exists), and a campaign carried out
// named before it (`…活动期间`, `开展/实施…期间`; not a holiday's, a season's or a plan's span: `春节期间`, `“十四五”期间`).
// 设立 after where it was done, the last verb before the figure (kind's MARKERS), and a sentence dated as of a day or now.
const SET_UP_IN = /在[^，,；;。0-9]{1,10}设立[^，,；;。0-9]*$/;
const BUILT_ALREADY = /已[^，,；;。0-9]{0,10}?建成(?![区的])/;
const SPAN_OF_DOING = /(?:活动|行动|(?:开展|实施)[^，,；;。0-9]{0,12}?)期间/;
// A plan of additions earlier in the sentence (`计划新建公共充电桩3000个，已建成2450个`): what is 已建成 is of them.
const PLANNED_NEW = /(?:计划|拟|将)(?:新建|新增|建设)/;
// The rest of the works (`其余22个正在施工`): of what the chain's works verb counts. (Not 已建成, 已完成 or 正在施工 alone: what
// a place has, what was done, and what is not yet added are read by their own words; the dev gold reads them so.)
const PROGRESS = /其余|剩余|剩下/;
// … and more of them under way (`已完成加装电梯37部，另有15部正在施工`): another count of the works' kind, then works under
// way. (A count of projects under way that names no addition, `在建重点民生工程23个`, is what a place has now.)
const MORE = /(?:另有|还有|尚有)$/u;
const UNDER_WAY = /^[^，,；;。]{0,4}?(?:正在施工|正在建设|在建|施工中|建设中|加紧施工|加快建设)/u;
// A key line: a short key and a colon before the values (`老旧小区改造：开工48个，完工31个`).
const KEY_LINE = /^[\p{Script=Han}]{2,12}[：:]/u;
/** A ratio to a task or plan (`完成全年任务的108%`, `占年度计划的76%`) is a rate, not a share (the guide). */
// (So is the part of an investment done, `已完成投资的72%`, `完成总投资的六成`: progress against the task; not a part that
// someone's money makes of it, `政府投资占总投资的40%`.)
const TO_TASK = /(?:任务|计划|目标)(?:投资|数|量|面积|里程)?的?$|完成(?:总|计划)?投资(?:额)?的$/;
// A named ratio measure: …率, 满意度, and the standard 比例 of a scheme (缴费比例, 报销比例: the guide).
// 比例 right after its noun names a standard measure (`村通硬化路比例`, `缴费比例`); after 的 or 占 it says what
// part of a whole is meant (`享受助餐补贴的比例`, `占…比例`): a share.
// 进度 (`工程进度85%`, a column headed 进度) is the part of a work done, a ratio to the work: a rate, as a ratio to a task is.
const RATE_WORD = /率|满意度|进度|强度|(?<![的占])(?<!占[^，,；;。]{0,12})比例/;
// A name that ends on a ratio measure (`农村集中供水率`, `各县区农村供水群众满意度`): what a number under it, or over
// it in a box of numbers over their labels, measures.
const RATE_NAME = /(?:率|满意度|指数)$/;
// A block's first line with no clause mark in it is its heading (a chart's or rank list's title).
const HEADING_LINE = /^[^，,。；;：:！？!?0-9]{2,24}$/u;
const SHARE_WORD = /占|比例|比重|一半|之一|成(?:以上)?$/;

// New is what works add to a stock in the period (新增, 新建, 改造, 改扩建, 加装 …; 建设 of a length or an
// area: `建设旅游公路支线46.7公里`). Activities that add nothing to a stock — money spent, people trained
// or served, events held, villages in a programme — are totals (`开展技能培训2487人`, `发放补贴512.4万元`).
const MARKERS: readonly [Kind, RegExp][] = [
  // Works that add to or renew a stock; 改造而成 says what a thing was made from, not works; 已建成 alone is
  // what a place has (a total).
  // 新 glued to a verb jieba does not know as one (新施划, 新修了, 新开业, 新开展) adds, as 新建 does; so does 建起 (`建起花椒烘干厂2座`), not
  // after the places counted (`19个村建起积分超市`: the programme's reach).
  // 改造 in a project's name (`实施微改造项目23个`) counts projects, not works; 目前…建成 is what a place has;
  // jobs 开发 are created (`开发…公益性岗位150个`).
  // A verb with 成 after it says what a thing was made into (`改造成了600平方米的邻里中心`: its size), and 铺设至 where
  // a work reaches (`铺设至…8个村庄`): neither counts works. 更换 renews (`更换老化阀门12个`), 治理 works on what it
  // counts (`完成3处农村黑臭水体治理`), as 整治. More of a thing adds to it (`再增加校车3辆`, `再购置2台`). (施划, 栽植, 设立 and
  // 修建 alone were tried as new in session 18: the holdout's writers read them as totals as often. 设立 after where it was
  // done, `在全市设立价格监测点42个`, is the act, new; not what a place has set up, `全市设立…86个`, `已在各村设立`.)
  // (已 a few words before 建成 is what a place has too, `已在城区和乡镇建成爱心驿站38个`, as the guide reads 已建成;
  // 建成区 before what measures it is the built-up area, a noun, `建成区面积达到14.2平方公里`, not 区 of a list of levels,
  // `建成区、乡、村三级…站点`.)
  // Works whose building is done (`已有21个小区完成主体施工`, `3所学校完成主体工程`) are works, as 完工 is.
  ['new', /新增|新建|新完成|新开工|新开(?!发)|新修(?!的)|新施划|(?<!已)入驻|(?<![村镇乡区道](?:全部|都|均|已|也|已经)?)建起|新安?装(?!修|备)|(?<!(?:已|目前)[^，,；;。0-9]{0,10})(?<=(?<![已都均])在(?:(?!共|累计)[^，,；;。0-9]){1,10})设立|新栽植|[新再]发展|新招|新设|增设|再(?:建|增加|购置)|筹集|开发(?!区)|改造(?!而成|成|项目|工程|计划)|改建(?!成)|改扩建|扩建|加装|铺设(?![至到])|整治|治理|更换|提档升级|(?<!(?:已|目前)[^，,；;。0-9]{0,10}|全部|均|都)建成(?!区(?:面积|绿化|人口|范围))|完工|完成(?:了)?主体(?:施工|工程|建设)?|接通|开通|入选|首次实现|更新(?!项目|工程)/g],
  // Words inside names (服务站, 覆盖率) are not verbs here: only verbs that take the figure count.
  ['total', /全部建成|均已?建成|惠及|覆盖(?!率)|共有|现有|总投资|总里程|总面积|总建筑面积|总长度?|总量|总计|全长|提供|配有|投入|达到|达(?!标)|入住|已入|发放|(?<!新)开展/g],
];
// Works finished by the length or area (`已完成路基18.5公里`, `完成12公里农村公路“白改黑”工程`, `硬化村内道路18.5公里`); money
// 完成 (完成投资) is spent, not added, and a count 完成 may be anything done (`完成道路硬化的村12个`: villages reached).
const BUILT = /建设|完成|硬化/g;
// Equipment put up counts by the piece after the verb (`设置警示牌420块`); those it was put up for, before
// it, are reached, not added (`为126户独居老人安装了烟雾报警器`: a total).
const PUT_UP = /安装|设置|配备(?!有)/g;
// (People are not equipment: `配备专兼职网格员1260名` are people placed, a total.)
const PUT_UP_THINGS = /安装|设置/g;
// Those a work is done for (`为3150户…家庭实施适老化改造`) and the places it is done in (`在12个村建成…电站`) are
// reached, not added: a total, whatever the verb after them.
const FOR_OR_IN = /(?:为|(?<!保持|稳定|控制|维持|处|位|集中)在)(?:全[市县区镇])?$/;
// A count named with its works before a linking verb (`“煤改气”改造户数达到5200户`) is counted as the works.
const LINKED = /(?:达到|达)$/;
const BENEFIT_OWN = /(?<!新增)受益[^，,；;。0-9]{0,6}$/;
/** Reach: how many a programme or a network serves is not summed, even in a running list. */
const REACH = /惠及|覆盖(?!率)|受益|参与(?!率)/;
// A running sum: 累计 in the figure's own stretch, 以来共/近年来先后 over its clause chain, 护理过的.
// (累积 and 攒 sum too: `用攒了3个月的86分`.)
const RUNNING = /累计|累积|攒/;
// 累计 right before the number (`参会单位累计1.32万家`) is that figure's alone; opening a verb, it covers the list.
const RUNNING_LIST = /(?:累计|累积)(?![达到约近超逾共]*[0-9一二三四五六七八九十两])/;
// A level reached or held (`种植面积达到6800亩`, `现有`) is a stock, even in a running list.
const LEVEL = /(?:达到|达(?!标)|共有|现有)[^，,；;。]{0,2}$/;
// Additions named as new keep new under a running sum (`累计新建公共充电桩610个`, `2024年以来共新增充电桩`).
export const NAMED_NEW = /新增|新建|新开|新设|新招|新栽|新发展|新入驻/;
// 以来共 is a running sum from a start before the period (`自2023年11月…以来，共服务企业48个`, `近年来先后`); from
// the start of this period (今年以来, 入冬以来, 8月以来) 共 only sums the period's activity: a total.
const SINCE_TOGETHER = /(?:(?:19|20)[0-9]{2}年[^，,；;。]{0,12}以来|自[^，,；;。]{1,24}以来|近年来|近[一二三四五六七八九十两0-9]+年来?)[^；;。]*?(?:共|先后|累计)/;
const EXPERIENCED = /过的[^，,；;。]{0,6}$/;
// The time after works (`建成后可解决8万人的饮水问题`, `改造后`): when, not the verb that counts the figure.
const AFTER_WORKS = /(?:新建|建成|改造|改扩建|完工|竣工|投用|投入使用)(?:投用|投运)?后/g;
const FRONTED = /[对把将](?:其中)?$/;
const EVENTS = /^(?:场|次|期|届|批)$/; // units of events held
const RATE_AFTER = /^(?:签约|覆盖|达标|普及|参保)/;
// A table cell reads its column's heading as a clause reads the words before the number: a column of changes
// (`涨幅`, `涨跌幅`, `比上周`, `同比`, `较上年增减`, `变化`) gives changes, a column of prices or standards (`零售价（元/斤）`,
// `单价`, `收费标准`) amounts per unit. (`增长率` and `完成率` name rates, not changes.) A cell printed as an arrow and its
// amount (`↑0.05`, structure/table-cells.ts) is a change whatever its column.
const CHANGE_HEADING = /涨跌|[涨降增减]幅|增减|变化|变动|同比|环比|^(?:比|较)|(?:增长|增加|下降|减少|上涨|下跌)(?!率)/;
const PRICE_HEADING = /价|收费|资费|标准|租金/;
/** A column of the plan (`全年计划`, `年度目标（公里）`) and one of what was done of it (`已完成`, `实际完成`). */
const PLAN_HEADING = /^(?:全年|年度|今年)?(?:计划|目标)(?:数|任务|规模)?(?:[（(][^（）()]*[）)])?$/;
const DONE_HEADING = /^(?:已|实际|累计)?完成(?:数|量)?(?:[（(][^（）()]*[）)])?$/;

/**
 * The kind of a figure. `previousEnd` is where the figure before it in the sentence ends (offset in the
 * sentence): the verb that decides new or total is read in the figure's own stretch of its clause after
 * it, so `新增备案67个…托育点等15个项目` does not make the 15 projects new; with no verb before the
 * number, one right after the counted noun decides (`完成2057座农村户厕改建`).
 */
export function kindOf(scope: FigureScope, change?: FigureChange, previousEnd?: number): Kind {
  const clause = clauseOf(scope);
  const segment = segmentOf(scope);
  // (A data box prints a space before the number: `● 城镇居民人均可支配收入增长 5.1%`.)
  const before = scope.sentence.slice(clause.start, scope.start).trimEnd();
  const chain = scope.sentence.slice(segment.start, scope.start);
  const own = scope.sentence.slice(Math.max(clause.start, previousEnd ?? 0), scope.start);
  const after = beforeNextFigureLine(scope.sentence.slice(scope.end, clause.end));
  if (change?.rate !== undefined || change?.amount !== undefined || COMPARED.test(before) || moreOrLessOfAct(before) || CHANGE_AIMED.test(before) || POINTS.has(scope.unit) || (SIGNED.test(scope.text) && scope.unit !== '℃')) return 'change';
  const at = scope.sentenceStart + scope.start;
  const cell = tableCell(scope.paragraph, at, scope.sentenceStart + scope.end);
  if (cell?.way !== undefined || (cell?.heading !== undefined && CHANGE_HEADING.test(cell.heading))) return 'change';
  if (cell?.heading !== undefined && PRICE_HEADING.test(cell.heading)) return 'per';
  if (cell?.heading !== undefined && SIZE_HEADING.test(cell.heading)) return 'total';
  // A column of the plan beside a column of what was done (`全年计划 已完成 完成率`) counts the same works: its cell is
  // read as the done column's would be (`潞城区已完成150`), the plan's heading naming no works of its own.
  const done = cell?.heading !== undefined && PLAN_HEADING.test(cell.heading) ? cell.headings?.find((h) => h !== undefined && DONE_HEADING.test(h)) : undefined;
  if (cell && done) return kindOf(cellClause(scope, `${cell.row}${done}`), change);
  // Otherwise a cell is read as the clause its row and column make (`新筹集保障性租赁住房5120套`, `加装电梯8`): the
  // whole table is one sentence, and the words before a cell are other rows'.
  // (So is a line printed value first, `▶ 2600余个：今年新增停车泊位`: kind-value-first.ts.)
  const name = cell ? tableLabel(scope.paragraph, at, scope.sentenceStart + scope.end) : valueFirstName(scope);
  if (name) return kindOf(cellClause(scope, name), change);
  const perOrChange = perKind(scope, change, { before, chain, after });
  if (perOrChange) return perOrChange;
  // Money is spent, not added to a stock: never new.
  const money = scope.unit === '元';
  if (scope.unit === '%' || scope.unit === '成' || scope.unit === '‰') return percentKind(scope, before, after);
  if (scope.unit === '分' && (RATE_WORD.test(before) || namesRate(blockHeading(scope.paragraph)))) return 'rate';
  const running = lastRunning(own);
  // (A running sum of additions told as a level, `累计新建改造供热管网达到560公里`, is the sum.)
  if (running !== undefined && (!NAMED_NEW.test(own.slice(running)) || LEVEL.test(own))) return 'cumulative';
  if (EXPERIENCED.test(before)) return 'cumulative';
  // Those who benefit, named right before the count (`受益居民1.1万户`), are reached: a total (not `新增受益人口`, added).
  if (BENEFIT_OWN.test(own)) return 'total';
  // An object put before its verb (`对16个学校食堂进行了改造`) takes the verb after it.
  const measured = UNITS.get(scope.unit)?.kind === 'measure';
  // 将 before a figure that opens on a verb of its own (`将超过5万人`) is "will", not 将 = 把 fronting an object.
  const fronted = FRONTED.test(before) && !/^(?:超过|超|突破|达到|达)/.test(scope.text);
  const people = /^(?:人|名|位|人次)$/.test(scope.unit);
  const ownWords = outsideRelative(own, measured, PART_BEFORE.test(chain.slice(0, chain.length - own.length))).replace(AFTER_WORKS, (m) => ' '.repeat(m.length));
  // (More works, `再投放…20辆`: not of people, events held or projects counted as projects, `再实施微改造项目30个`: kind-again.ts.)
  const again = !people && !EVENTS.test(scope.unit) && !/项目$/.test(own);
  const ownMarker = fronted ? undefined : nearestMarker(ownWords, measured, false, true, people, again);
  // 设立 after where it was done, in a sentence dated as of a day or now (`截至10月底，全市在各乡镇设立…`, `目前，…在各村设立…`),
  // is what the places have set up: a stock, as 目前…建成 is.
  if (ownMarker === 'new' && SET_UP_IN.test(ownWords) && AS_OF.test(scope.sentence.slice(0, scope.start - scope.sentenceStart))) return 'total';
  // 设置 opening its clause right after a clause that gives a facility's size or its opening (`中心建筑面积3200平方米，设置托位
  // 200个`, `…投入使用，设置床位30张`) says what the facility holds: a total, as 配有 does (not equipment put up somewhere).
  if (ownMarker === 'new' && /^\s*设置/.test(before) && FACILITY_TOLD.test(chain.slice(0, chain.length - before.length).replace(/[，,\s]+$/u, ''))) return 'total';
  // 累计 or 以来共 earlier in the chain covers the list it opens (`累计发放积分卡4600余张，兑换物品1.2万余件`)
  // up to a verb of the figure's own (`…，新增技能人才2.8万人` is new; `共新增充电桩…，惠及6个社区` a total).
  // Works told one after another over years (`近年来，…先后建成…1200座`) are a running sum, unless named new.
  if (ownMarker === 'new' && SINCE_TOGETHER.test(chain) && /先后/.test(own) && !NAMED_NEW.test(own)) return 'cumulative';
  // 累计 opening a verb covers the works items listed after it with 、 (`累计完成“煤改电”改造1.8万户、“煤改气”改造2.6万户`)
  // unless an item is named new (新增, 新建) or dated to this period.
  if (ownMarker === 'new' && /^、/.test(own) && RUNNING_LIST.test(chain.slice(0, chain.length - own.length)) && !NAMED_NEW.test(own) && !THIS_PERIOD.test(own)) return 'cumulative';
  if (ownMarker !== 'new' && !REACH.test(before) && !REACH.test(after) && !LEVEL.test(own) && (RUNNING_LIST.test(chain) || SINCE_TOGETHER.test(chain))) return 'cumulative';
  // What a whole place has built, dated and planned by nothing (`全市建成老年助餐点316个`): its stock (kind-built.ts).
  if (ownMarker === 'new' && wholePlaceBuilt(own, chain, scope)) return 'total';
  // 截至 before a count does not make it a running sum (`截至7月底，已有专家86人次下沉坐诊`: a total).
  if (FOR_OR_IN.test(before) && hasVerb(after)) return 'total';
  // (What a whole place has built, `全县已建成幸福食堂126个`, is its stock, whatever the period. 已 a few words before 建成,
  // `今年我县已在定昌镇建成…12个`, `…活动期间，已在各村建成…`, is built in the span as 已建成 is.)
  if (BUILT_ALREADY.test(own) && (THIS_PERIOD.test(chain) || SPAN_OF_DOING.test(chain) || PLANNED_NEW.test(scope.sentence.slice(0, scope.start - own.length))) && !/全[市县区镇乡省]/.test(own)) return 'new';
  if (!fronted && ownMarker === undefined && !people && !money && !measured && builtFacilities(own, after)) return 'new';
  // Facilities the clause counts as its subject, then opens in the period (kind-facility.ts openedInPeriod; not all of a whole), new.
  if (!fronted && ownMarker === undefined && !people && !money && openedInPeriod(after, before, scope.sentence.slice(0, scope.start - scope.sentenceStart)) && !/有$/.test(before) && !/在/.test(before) && !hasVerb(own)) return 'new';
  // The last of works done (`最后一批27个村卫生室完成设备安装`, `最后3个村完成通气`): the batch the works finished, new.
  if (LAST_BATCH.test(before) && LAST_DONE.test(after)) return 'new';
  // The rest of works counted in steps (`今年计划改造120个，已完成改造98个，其余22个正在施工`), more of them under way
  // (`已完成加装电梯37部，另有15部正在施工`) and the values of
  // a key line of works (`老旧小区改造：开工48个`, `新增停车泊位：共2150个`) are the works' own, as the verb earlier in the
  // chain counts them: no verb of the figure's own decides otherwise.
  const underWay = PROGRESS.test(own + after) || (MORE.test(own) && UNDER_WAY.test(after)) || TASK_IS.test(own);
  if (ownMarker === undefined && !fronted && !people && !money && (underWay || KEY_LINE.test(chain)) && nearestMarker(chain.slice(0, chain.length - own.length), measured) === 'new') return 'new';
  // Those a report of works involves (INVOLVES, label-involves.ts), other than people and households, are the works' (`改造老旧
  // 小区18个，…涉及楼栋126栋`, `共涉及小区412个`): what the works did, not who they reached.
  if (INVOLVES.test(own) && !people && !/^户$/.test(scope.unit) && nearestMarker(chain.slice(0, chain.length - own.length), measured) === 'new') return 'new';
  // An object named through what it holds (`对城区42个老旧小区的供热管网实施改造`): the count is of the holders, reached.
  if ((fronted || ownMarker === undefined) && HOLDER.test(after) && nearestMarker(after.slice(0, after.indexOf('的')), measured, true) === undefined) return 'total';
  // Problems fixed (`整治安全隐患320处`, `排查整治问题86个`) are cases handled, not works (the guide): a total.
  if (ownMarker === 'new' && PROBLEMS_FIXED.test(ownWords)) return 'total';
  // Items of a list of tasks or projects (`14项已完工`) are counted as items, not works, unless named new.
  if (scope.unit === '项' && !NAMED_NEW.test(ownWords) && moreWorks(ownWords).length === 0) return 'total';
  const linked = ownMarker === 'total' && LINKED.test(ownWords) && nearestMarker(ownWords.replace(LINKED, ''), measured, false, true) === 'new' ? 'new' : ownMarker;
  // The verb after the counted noun (`完成2057座农村户厕改建`) is read up to the next number, and not where it opens the
  // noun itself (`36个提档升级村建设`: a kind of village, the programme's reach; `3座新建的…中心` are new ones).
  const nounAfter = after.split(/[0-9一二三四五六七八九十两]+(?:\.[0-9]+)?[个项座条所家户人名处间套台辆]/)[0]!;
  const afterMarker = /^(?:提档升级|新建|新增|改造|改扩建)(?!的)/.test(nounAfter) && !fronted ? undefined : nearestMarker(nounAfter, measured, true, false, people);
  const found = fronted ? afterMarker : (linked ?? afterMarker);
  return (money && found === 'new' ? 'total' : found) ?? 'total';
}

/**
 * A percentage is a rate when its name is a ratio measure's (…率, 满意度, a scheme's 比例) or a ratio to a task, else a
 * share. In a box of big numbers over their labels the name is the line under the number: the words before it are the
 * label of the number above (`◎ 96.4%` / `农村集中供水率` / `◎ 37.5%` / `绿地占建成区面积`).
 */
function percentKind(scope: FigureScope, before: string, after: string): Kind {
  const label = stackedLabel(scope);
  if (label !== undefined) return namesRate(label) || RATE_WORD.test(label) ? 'rate' : 'share';
  if (RATE_WORD.test(before) || RATE_AFTER.test(after) || TO_TASK.test(before) || RATE_WORD.test(keyOf(scope, before)) || DONE_OF_WORK.test(before)) return 'rate';
  return goesOnWithRate(scope, before) && !/^的/.test(after) ? 'rate' : 'share';
}

// A part of works done (`主车道已完成80%`, `已完成冬灌九成以上`) is their progress, a ratio to the work (as 进度 is).
const DONE_OF_WORK = /完成了?[^，,；;。0-9的占]{0,4}$/;
// The share words a clause names a part of a whole by (`占`, `的`, `其中`: `其中重点人群占60%`, `覆盖90%的社区`, `其中8%计入个人
// 账户`: a part of the rate before, dev 54).
const PART_OF = /占|的|比例|比重|一半|之一|其中/;
const SUBSET_LEVEL = /^其中[^，,；;。0-9占的]{1,10}(?:达到|达|为)$/;

/**
 * A percentage whose clause names no measure of its own, going on from a clause of the same sentence that gave a rate
 * (`毛入园率去年已达到93.5%，今年力争提高到95%`, `职工医保报销比例提高到75%，居民医保提高到65%`): the same measure, a
 * rate; not where its clause names a part of a whole (占, 的, 其中).
 */
function goesOnWithRate(scope: FigureScope, before: string): boolean {
  // (其中 before a part that reaches a level of its own, `普及率为93%，其中县城达到100%`, names where, not a part of a whole.)
  if (PART_OF.test(SUBSET_LEVEL.test(before) ? before.slice(2) : before)) return false;
  const clause = clauseOf(scope);
  const previous = scope.sentence.slice(0, clause.start).replace(/[，,；;\s]+$/u, '').split(/[，,；;]/).pop() ?? '';
  return RATE_WORD.test(previous) && /[0-9０-９][%％]|成/.test(previous);
}

/**
 * The key of a key line the figure opens the value of (`县域内就诊率：90.2%`, `缴费比例：20%，…`): the words before the
 * colon, when nothing but the colon stands between them and the figure; '' otherwise.
 */
function keyOf(scope: FigureScope, before: string): string {
  if (before.replace(/[\s：:]+$/u, '') !== '') return '';
  const at = scope.sentenceStart + scope.start;
  const line = scope.paragraph.slice(scope.paragraph.lastIndexOf('\n', at - 1) + 1, at);
  return /^[^，,。；;：:0-9]{2,16}[：:]\s*$/u.test(line.trimStart()) ? line : '';
}

/** Whether a label or heading names a ratio measure (a percentage under it is a rate, a score under it one too). */
function namesRate(name: string | undefined): boolean {
  // (A box's bullet before the next number may close the label: `城市污水集中处理率◎`.)
  return name !== undefined && RATE_NAME.test(name.replace(/[^\p{Script=Han}]+$/u, ''));
}

/** The heading of a block of lines: its first line when that is a title (no clause mark, no number), else undefined. */
function blockHeading(paragraph: string): string | undefined {
  const first = paragraph.split('\n', 1)[0]!.trim();
  return paragraph.includes('\n') && HEADING_LINE.test(first) ? first : undefined;
}

/**
 * The words after a figure up to the line that holds the next number: lines printed under a big number are its label
 * (`12座` / `新建改造换热站`) up to a line of another figure (`28.6万户` / `供热户数` / `较上个采暖季新增1.9万户`: the 新增
 * is 1.9万户's, not 28.6万户's).
 */
function beforeNextFigureLine(after: string): string {
  const digit = after.search(/[0-9０-９]/u);
  const line = digit < 0 ? -1 : after.lastIndexOf('\n', digit);
  return line < 0 ? after : after.slice(0, line);
}

/** A table cell as the clause its name makes with it, read alone. */
function cellClause(scope: FigureScope, name: string): FigureScope {
  const sentence = `${name}${scope.text}`;
  return { ...scope, sentence, paragraph: sentence, sentenceStart: 0, start: name.length, end: sentence.length, preceding: '' };
}

/** Whether the text holds a word jieba tags a verb: what follows 为 or 在 with a count, when they are prepositions. */
function hasVerb(text: string): boolean {
  return text !== '' && tagWords(text).some((w) => /^v/.test(w.tag));
}

/**
 * The figure's own stretch without a works' 的-phrase naming its subject (`新建成的敬老院可容纳老人120名`, `新建改造后的
 * 换热站服务面积达到…`): the works describe the thing; the verb after them, jieba's, counts the figure.
 */
function outsideRelative(own: string, measured: boolean, part = false): string {
  const at = own.lastIndexOf('的');
  if (at < 0) return own;
  const head = own.slice(0, at);
  const rest = own.slice(at + 1);
  // (Not 有 or 是: `新接入集中供热的小区有14个` counts what the works did.)
  // A stock's verb before the phrase (`全市现有新建成的养老机构32家`) counts the figure: the phrase only says which.
  const stock = /(?:现有|共有|拥有)[^，,；;。]*$/.exec(head);
  if (stock && nearestMarker(head, measured) === 'new' && !tagWords(rest).some((w) => w.tag === 'v')) return head.slice(0, stock.index + 2) + rest;
  // (Not 有, 是 or 达到: `新接入集中供热的小区有14个`, `新增的托育机构达到15家` count what the works did.)
  // (After the works, `新建改造后的换热站服务面积达到…`, is a time: what follows is the state they left.)
  if (nearestMarker(head, measured) === 'new' && /后$/.test(head)) return rest;
  // A verb of works inside a phrase that only says which things are counted (`开通跨省直接结算的定点医药机构达到1260家`,
  // `已开通…的定点医药机构1860家`, `2000年以前建成的老旧小区1500余个`, `同意加装的有11户`) does not count them: they are a
  // stock, unless the works are named new or dated to this period (`新接入…的小区有14个`, `今年完成改造的1260户`), the verb
  // is the clause's predicate (`开通了…的专线4条`), or the count is a part of works told new before it (`其中，…建成的…有5处`).
  if (!part && rest.trim() !== '' && nearestMarker(head, measured) === 'new' && !/新|了/.test(head) && !THIS_PERIOD.test(head) && !/[，,；;。]/.test(head) && tagWords(rest).every((w) => w.tag !== 'v' || LINKING_VERB.test(w.word)) && (/已|以前/.test(head) || LINKING_END.test(rest))) return rest;
  // A verb opening the phrase's noun (`开通…至县城学校的定制公交线路5条`: 定制 qualifies the lines) is no predicate: only a
  // verb after a word of the noun's own counts the figure (`新建成的敬老院可容纳老人120名`).
  if (nearestMarker(head, measured) !== 'new' || !tagWords(rest).some((w, i) => i > 0 && w.tag === 'v' && !/^(?:有|是|为|达到|达)$/.test(w.word))) return own;
  return rest;
}

/** Whether 建设 is the verb of the count and what it counts is no village or town. */
function builtFacilities(own: string, after: string): boolean {
  const at = [...own.matchAll(/建设/g)].pop();
  if (!at) return false;
  const rest = own.slice(at.index + 2);
  const counted = (rest.trim() === '' ? after : rest).split(/[、和及与，,；;。0-9]/)[0]!.replace(/(?:建设|等|的)$/, '');
  return counted !== '' && !PLACE_COUNTED.test(counted);
}

/** Where the last running-sum word of the text ends, or undefined. */
function lastRunning(text: string): number | undefined {
  const all = [...text.matchAll(new RegExp(RUNNING.source, 'g'))];
  const last = all[all.length - 1];
  return last ? last.index + last[0].length : undefined;
}

function lastMatch(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}

/** Does the text hold a word that decides a kind (a verb of works, of a total, of a running sum)? */
export function hasKindWord(text: string): boolean {
  return RUNNING.test(text) || MARKERS.some(([, pattern]) => lastMatch(pattern, text));
}

function nearestMarker(text: string, measured: boolean, first = false, putUp = false, people = false, again = false): Kind | undefined {
  let best: { at: number; kind: Kind } | undefined;
  const extra: [Kind, RegExp][] = [...(measured ? [['new', BUILT] as [Kind, RegExp]] : []), ...(putUp ? [['new', people ? PUT_UP_THINGS : PUT_UP] as [Kind, RegExp]] : [])];
  for (const [kind, pattern] of [...MARKERS, ...extra]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const at = m.index + m[0].length;
      if (!best || (first ? at < best.at : at > best.at)) best = { at, kind };
    }
  }
  // (People newly hired, `新聘…教师60名`, are people placed: a total, as the guide has it.)
  for (const at of [...objectWorks(text), ...(people ? [] : newlyDone(text)), ...(again ? moreWorks(text) : [])]) if (!best || (first ? at < best.at : at > best.at)) best = { at, kind: 'new' };
  return best?.kind;
}
