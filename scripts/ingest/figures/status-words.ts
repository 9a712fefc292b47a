// The words that govern a figure's status, each with the status it gives (status.ts reads the nearest one before
// the figure's clause chain):
// - forecast: 预计, 据测算, 可望; target: 目标, 力争, 力促, 确保, 争取, 到…年(底); plan: 计划, 拟, 将 (the adverb, not
//   将 = 把 before an object: `将八成以上财政收入投入教育` is done), 即将, 下一步, 今后, 明年 …;
// - actual: 已, 已经, 累计, 截至, …以来.

import type { FigureStatus } from '../../../src/domain/figure.ts';
import { MOVED_FROM } from './moved-from.ts';
import { isVerb, tagWords } from './words.ts';

/** A box's headline of a time and a plan word alone (`明年计划`, `2026年目标任务`, `下一步打算`): no clause, no figure (meaning.ts makes it the box's heading, status.ts reads it). */
// (Also a year's main aims, `2025年主要预期目标`, and a draft of what is proposed, `2026年民生实事项目（草案）`: a list that plans.)
export const PLAN_BOX_TITLE = /^(?:20[0-9]{2}年|明年|今年|下一步|下步)?(?:工作|主要)?(?:预期)?(?:计划|目标|目标任务|打算|安排)$|^(?:20[0-9]{2}年)?[^，,。；;：:！？!?0-9\s]{2,12}[（(]草案[）)]$/u;

/** A status the words of a clause can give (an anecdote is read from who tells it, status-anecdote.ts). */
export type Governed = Exclude<FigureStatus, 'anecdote'>;

// 将 is the adverb "will" unless it is the preposition 将 = 把, which takes an object (a numeral, 其, 这 …)
// and then a verb that places it (`将八成以上财政收入投入教育`, `将供暖保障作为重中之重`).
// (已将 is always 把: `已将城市低保标准提高到每人每月780元` is done; an adverb of what will be done right after 将 makes it
// "will": `县里将再投入380万元`.)
// (将 before an object raised to a level, `将农村低保标准提高到每人每年6000元`, is 把 too; not before an adverb of
// what will be done, `将进一步提高到`.)
// (Nor before an object and the level it was moved from, `将不动产登记办理时限由5个工作日压缩至3个工作日`: 把 again; 将
// right before 由, `普及率将由88%提高到95%`, is "will".)
// (Nor before a preposition, which 把's object never opens: `年底前将在老城区建成立体停车库3座`, `将于明年6月前建成`, `将通过
// 腾退厂房建成停车场` are "will", whatever verb stands later.)
// (Nor before an object moved or spread to where it reaches, `将诉求分派到…网格员手中`, `将上门服务覆盖到全县11个乡镇`: 把 again;
// right before the verb, `明年将覆盖到全县`, it is "will".)
// (Nor 将 = "near" of a time about to pass or come, `一年将尽`, `岁末将至，…`, `春节将临`: the story's time, no plan; `将至少新建…`
// and `将临时停止供热` (临时, for a while) are "will".)
// (将把 is always "will", whatever follows: `将把助餐服务延伸到12个村`.)
// (在 before a verb and 的 is no preposition but a 的-phrase naming 把's object: `将在建的18个供热项目纳入重点监管` is 把.)
export const WILL = `(?<!即|必|终|尚|仍|已)将(?:(?=把)|(?![近其这该此各所全一二三四五六七八九十两0-9“"尽]|临(?!时)|至(?=[，,。；;！!])|(?!再|继续|进一步|逐步|陆续|持续|全面|(?:在(?![^，,；;。]{1,2}的)|于|对|向|为|与|同|通过|按照|按|以|给|跟|从))[^，,；;。]+?(?:投入|作为|纳入|列入|列为|用于|打造成|打造为|改造为|改造成|改建为|改建成|建成|变成|转化为|放在|摆在|扛在|整合为|合并为|调整为|改为|变为|转为|定为|设为|(?:分派|分配|覆盖|推广|延伸|下沉)(?:到|至))|(?!进一步|逐步|继续|再|陆续|持续|全面|力争|确保|有望|可|会|能)[^，,；;。]{2,16}?(?:标准|补贴|补助|价格|比例|额度|限额)(?:提高|提升|上调|调整|增加)(?:到|至)|(?!进一步|逐步|继续|再|陆续|持续|全面|力争|确保|有望|可|会|能)[^，,；;。由从]{2,16}?${MOVED_FROM}))`;
/** Works done, named by a 的-phrase: `建成的公共停车场`, `新落成的养老中心`, `建好的`. */
const BUILT_THE = '(?:建成|落成|建好)的';
// Works named as built by a 的-phrase, not as planned (`计划建成的`, `将建成的`) nor by a deadline (`年底前建成的`,
// `力争年内建成的`; 此前/去年底 are past, not deadlines): status.ts reads a completion after them as past.
export const BUILT_WORKS = new RegExp(`(?<!计划|将|拟|要|规划|预计|力争|确保|(?<![此之早以先从日])前|(?<![去前])年(?:底|末|内))${BUILT_THE}`);
/** 争取 and what names the funds it seeks before their word (`中央预算内`, `衔接`, `地方政府专项`): funds sought are obtained, no aim. */
const SOUGHT_FUNDS = '(?:(?!年|明|建|改|新增|实现|达)[^，,；;。0-9]){0,8}?(?:资金|专项|债券)';
const SEEKING_FUNDS = new RegExp(`争取(?![到了来得过])(${SOUGHT_FUNDS})`, 'g');

// 争取 then a verb whose object is the funds' name (`争取撬动社会资金`, `吸引社会资金`, `引导金融资金`: jieba a verb, then a noun
// before the word of funds) is an aim: the funds are what the verb is to do (finding #31 of session 32). A verb right before
// the word of funds names them (`衔接资金`, `补助资金`, `转移支付资金`), as a noun opening the name does (`乡村振兴衔接资金`):
// sought, obtained. (`争取筹措资金` is told from `争取扶持资金` by no form: it stays obtained.)
function aimVerbBefore(sought: string): boolean {
  const words = tagWords(sought).filter((w) => w.start >= 2);
  const funds = words.findIndex((w) => /资金|专项|债券/.test(w.word));
  return funds > 1 && isVerb(words[0]!) && words.slice(1, funds).some((w) => w.tag.startsWith('n'));
}

// 争取 told as done is what was won, whatever follows it (`已累计争取撬动社会资金5000万元`, `2024年，全县共争取引进…项目5个`): an
// adverb of what is done or summed right before it in its clause (已, 累计, 共 — not 共同, together), or a past time earlier in the
// sentence (去年, 近三年来, 以来, 截至) with no time to come or plan between (`…，明年争取撬动…`, `…，下一步争取…`: aims).
const DONE_BEFORE_SEEKING = /(?:已经?|累计|共(?!同)计?|先后)[^，,；;。0-9]{0,4}$/;
const PAST_BEFORE_SEEKING = /(?:去年|前年|上年|近[一二三四五六七八九十两0-9]+年来?|以来|截[至止])(?![^；;。]*?(?:今年(?!以来)|明年|全年|年内|年底|下一步|今后|将|计划|力争))[^；;。]*$/;
const seekingDone = (before: string): boolean => DONE_BEFORE_SEEKING.test(before) || PAST_BEFORE_SEEKING.test(before);

// 定于 before a time of any spelling is what a notice sets for it, as 定于 before a date is (the plan pattern reads those): a word
// jieba tags as time (`定于本周六`, `定于明天上午`, `定于春节前`, `定于周日`) or a day of a week (`定于下周一`); not a date once set
// (原定于) or already (已定于), nor 定于 a place (`会议地点定于县委党校`).
const SET_FOR = /(?<![原已])定于/g;
const WEEK_DAY = /^(?:本|下|这)?(?:周|星期)[一二三四五六日天末]/;
function setForTime(after: string): boolean {
  if (WEEK_DAY.test(after)) return true;
  const words = tagWords(after.slice(0, 8));
  const first = words[0]?.tag === 'r' && /^[本这下]$/.test(words[0].word) ? words[1] : words[0];
  return first?.tag === 't';
}

const MARKERS: readonly [Governed, RegExp][] = [
  // 据测算 and 可望 are the guide's forecasts too (`据测算，这一举措每年可为群众节省…`); 测算 governs only a
  // clause that says what can be (可, 能, 将), not a fact told beside it (`互认项目涉及…126项`), or the one clause
  // 据测算 opens as a clause of its own (`据测算，调价后户均每月水费增加1.2元`).
  // 预计 before a date of completion (`预计2026年投用`, `预计年底前建成`) forecasts when, not the figures: what the
  // works will hold stays the plan's (`将建设一座综合体育馆，预计2026年投用，可容纳观众1500人`).
  ['forecast', /(?:据|经)?(?:初步)?(?:估算|预估|推算)|估计(?=[^，,；;。]{0,12}[0-9一二三四五六七八九十两]|[能会将可])|预计(?!于?(?:(?:20[0-9]{2}年|今年|明年|年底|年内)(?:[0-9]{1,2}月)?|[0-9]{1,2}月)(?:底|末|前|内|份)?(?:建成|投用|投运|完工|竣工|投入使用|开工|交付|开通)[，,])|预期(?![^，,；;。0-9]{0,6}?(?:目标|性?指标))|有望|预测|可望|测算(?=[^。；;]*?[可能将会][^，,。；;]*$)|(?<=^|[，,：:])据(?:初步)?测算(?=[，,][^，,；;。]*$)/g],
  // 预期目标 and 预期性指标 are the targets a work report sets (`主要预期目标是：地区生产总值增长5%左右`, `预期增长目标为5%`):
  // aims, not forecasts.
  // 目标的105% is a ratio to a target (`完成年度目标的105%`, `完成全年目标任务的105%`), done. 争取 before funds or projects is "to seek"
  // them, no aim (`明年将再争取资金50万元`: the 将 makes a plan), whoever gives them and whatever names them before the word of funds
  // (`争取中央和省级资金1.36亿元`, `争取中央预算内资金1.1亿元`, `争取衔接资金160万元`); not an aim of works or a level between
  // (`争取明年新建项目3个`: a year, a works verb, 实现 or 达 there make it one), nor funds that a verb before them takes as its
  // object (`争取撬动社会资金5000万元`: aimVerbBefore, read by matches). Projects, support and policies are sought only from a giver
  // named right before them (`争取上级项目`): after a verb the count of projects is what is aimed at (`争取签约项目20个`,
  // `争取引进亿元以上项目5个`: an aim, finding #20 of session 32).
  // 争取 with a result after it (争取到, 争取了) says what was won: done, no aim (`县里争取到…资金2300万元`).
  ['target', new RegExp(`(?<!(?:完成|实现)[^，,；;。]{0,6})目标(?!(?:任务)?的)|预期性?指标|力争|力促|(?<!为了?)确保|争取(?![到了来得过])(?!(?:(?:上级|中央|省级|市级|国家|更多)[和、及与]?){0,3}(?:项目|支持|政策)|${SOUGHT_FUNDS})|努力实现|到(?:20[0-9]{2}年|年底|年末)|推动[^，,；;。]*?达(?:到)?`, 'g')],
  // 定于 before a date is what a notice sets for that day (`定于12月14日…暂停供水，影响用户约2600户`): planned, as 将 makes it; not a
  // date set once (原定于) or already (已定于), nor 定于 a place (`会议地点定于县委党校`).
  // 计划 and 规划 as nouns (`占年度计划的76%`, `按照规划`, `比计划多出12公里`) name a plan, they do not make the clause one; nor do they
  // in a 的-phrase naming a thing (`占年度计划投资的90%`, `规划建设的12个安置小区已全部交付`).
  // (A year's plan as the subject of a verb, `全年计划投资4.5亿元`, is one; `按照年初计划` names it.)
  // (还要 is a plan where a place or a year is its subject, `今年，全县还要新建…20个`, `县里还要…`; after anyone else it is "still
  // has to", `以前看病还要跑…`.)
  // 承诺 before a verb is a pledge of what will be done (`承诺办好12件民生实事`); in a 的-phrase naming the things pledged
  // (`今年承诺办理的12件民生实事中，已有10件完成`) it says which things, as 计划 there does.
  // What a report or a plan proposes (`报告提出今年新建高标准农田18万亩`, `方案明确…`) is planned; so are projects 谋划
  // (devised: `今年全县共谋划重点项目120个`), not works done after planning ahead (`提前谋划、…共新建…`).
  // A draft, `…民生实事项目（草案）`, is what is proposed: planned (a box so titled, meaning.ts PLAN_BOX_TITLE, plans its lines).
  // 打算 before what is meant to be done is a plan (`今年我们打算再修20公里`); as a noun (`有什么打算？`, `下一步打算，`) it is none.
  // What a meeting decides (`会议决定，年底前为…发放补贴300元`, `常务会议，确定…民生实事，总投资38.6亿元`), a grant it agrees to
  // (`同意从市级财政安排资金2.8亿元`) and what an adopted scheme sets (`审议通过《…方案》，明确储备用煤120万吨`) are planned; things
  // set earlier and told as done (`今年确定的12件民生实事已完成10件`) are not the meeting's decision; nor is what the decided clause
  // dates in the past or calls done before its number (`会议决定，对去年建成的18个示范点予以表彰`: the 18 are built, the award decided).
  ['plan', new RegExp(`(?<!原|占|比|较|超|(?:按|按照|根据|依据)[^，,；;。]{0,4})计划(?!的|内|中|外|数|任务|目标|生育|单列|[^，,；;。0-9]{1,6}的)|(?<![模虚比草])拟(?!人|定的)|即将|(?<![原已])定于(?=[^，,；;。]{0,3}(?:20[0-9]{2}年|今年|明年|本月|下月|[0-9]{1,2}月|[0-9]{1,2}日))|${WILL}|下一步|今后|接下来|未来|(?<!预计|至|到)明年|(?<!按照|根据|依据|按)规划(?!的|中|内|任务|目标|[^，,；;。0-9]{1,6}的)|(?<![主重需只必想不就]|(?<!今年|明年|全年|年内|下一步|全[县市区镇]|[县市区镇]里)还)要(?=[把让建新实完推抓加筹改培开打提])|承诺(?=[办做建实完落兑])(?![^，,；;。0-9]{1,6}的)|(?<=(?:报告|规划|方案|纲要)(?:中|里)?)(?:提出|明确)|谋划(?=[^，,；;。]{0,8}(?:项目|工程))|(?<![的么些原不])打算(?![？?。，,！!的])|(?<=会议(?:还|研究)?[，,]?)(?:决定|确定|公布了?)(?!的)(?![，,]?[^，,；;。]*?(?:去年|前年|上年|往年|已|${BUILT_THE}|(?:完成|完工|竣工|改造|新建)的)[^，,；;。]*?[0-9])|同意(?=从|安排|拨付|下达)|(?<=审议通过了?[^，,；;。]{2,40}[，,])明确|[（(]草案[）)]`, 'g')],
  // 实际 before what was done sets the outcome against the plan (`计划投资3.1亿元，实际完成投资2.9亿元`).
  ['actual', /已经|已|累计|截至|截止|以来|目前|如今|现在|先后|完成了|建成了|实际(?=完成|到位|投资|支出|发放|使用|建成|接待|参与)/g],
];

/** A governing word found in a text: where it stands and the status it gives. */
export interface Marker {
  at: number;
  end: number;
  status: Governed;
}

/** Every governing word in `text`, by status (plan words, forecast words …), each with its place. */
export function matches(text: string): Marker[] {
  const found: Marker[] = [];
  for (const [status, pattern] of MARKERS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) found.push({ at: m.index, end: m.index + m[0].length, status });
  }
  SEEKING_FUNDS.lastIndex = 0;
  for (let m = SEEKING_FUNDS.exec(text); m; m = SEEKING_FUNDS.exec(text)) if (aimVerbBefore(m[0])) found.push({ at: m.index, end: m.index + 2, status: 'target' });
  SET_FOR.lastIndex = 0;
  for (let m = SET_FOR.exec(text); m; m = SET_FOR.exec(text)) if (setForTime(text.slice(m.index + 2))) found.push({ at: m.index, end: m.index + 2, status: 'plan' });
  return found.filter((m) => m.status !== 'target' || !text.startsWith('争取', m.at) || !seekingDone(text.slice(0, m.at)));
}
