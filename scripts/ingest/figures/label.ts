// A Chinese label that says what a figure counts, made of whole words (jieba, words.ts): the noun phrase the
// figure counts and the words of its verb phrase that define the number (新增, 累计, 备案, 人均, 每月, 改造,
// 新建, 追讨 …). Two forms of the clause are read:
// - `[verbs] [noun phrase] [number+unit]` (`新建改造供热管网38.1公里`, `参会单位累计1.32万家`): the words from
//   the last boundary before the number — a preposition, a place or time word, an adverb, another number —
//   up to it, without linking words (达到, 为, 只需 …) and without an institution acting (`县财政安排专项资金
//   260万元` → 安排专项资金);
// - `[verbs] [number+measure word] [noun phrase]` (`新增备案67个以上普惠社区托育点`): the verbs before and the
//   noun phrase after; with no verb before, a short predicate after says what was done (`对16个学校食堂进行了
//   改造` → 学校食堂改造).
// When the words before hold no noun (`每次只需100多元`, `每户只需出资1.8万元`), the phrase before the
// boundary and the noun after the number (`每月500元补助`, `…1200元的标准给予运行补贴`) are read too.
// The words and their roles: label-roles.ts; the phrases before and after the number: label-phrases.ts and
// label-predicates.ts (ages: label-ages.ts); how a label's ends are trimmed: label-trim.ts; a table row's label:
// table.ts; a box of numbers over their labels: label-stacked.ts; what a label takes from the figure and the
// clauses before it: label-context.ts; what the sentence and paragraph name that the clause leaves out:
// label-named.ts; a verb's objects around the count: label-objects.ts; money and what it is for: label-money.ts;
// shares, splits and what a unit measures: label-measures.ts; quotes and length: label-fit.ts; a count's noun after the number: label-counted.ts;
// per-words: label-per-words.ts; a range's ends: label-ranges.ts. This file puts them together.
import { UNITS } from '../../../src/domain/units.ts';
import { trimLabel } from './label-trim.ts';
import { clauseOf, segmentOf, type FigureScope } from './scope.ts';
import { tableLabel } from './table.ts';
import { withTableSubject } from './label-table-subject.ts';
import { barLabel, headedLabel, lineAfterLabel, stackedLabel } from './label-stacked.ts';
import { clean, DEFINING, hasNoun, hasVerb, isActor, isHead, join, tagged, WORKS_VERB } from './label-roles.ts';
import { activityBefore, countedBefore, countedBeside, holderBefore, type LabelContext, namedBefore, objectBefore, withContext } from './label-context.ts';
import { doerBefore, fullNameBefore, moneyOf, takingPartIn } from './label-named.ts';
import { leftPhrase, MAX_LABEL_LENGTH, rightPhrase } from './label-phrases.ts';
import { laterPredicate, predicate } from './label-predicates.ts';
import { causeBefore, listVerbs, verbObject } from './label-objects.ts';
import { purposeLabel, spokenSum } from './label-money.ts';
import { measured, shareIs, shareOf, splitOf } from './label-measures.ts';
import { fit, quoted } from './label-fit.ts';
import { perHead, withItemKey } from './label-item-key.ts';
import { forWhom } from './label-for-whom.ts';
import { respectively } from './label-respectively.ts';
import { withItemHead } from './label-head.ts';
import { introListLabel } from './label-intro-list.ts';
import { perMoney } from './label-per-money.ts';
import { durationLabel, spendingAlone } from './label-durations.ts';
import { extentOf } from './label-extent.ts';
import { involvedOf } from './label-involves.ts';
import { wholeOf } from './label-whole-of.ts';
import { oneMeal } from './kind-per.ts';
import { nominalLabel } from './label-nominal.ts';
import { comparedWith } from './label-compared.ts';
import { doneOf } from './label-done.ts';
import { countedLabel } from './label-counted.ts';
import { endsOnVerb, frontedNoun, namesThing } from './label-fronted.ts';
import { keyedLabel, onePer, PER_ALONE, PER_DONE, PER_WORD } from './label-per-words.ts';
import { lowerEnd, upperEnd } from './label-ranges.ts';
import { agesClosedUp } from './label-ages.ts';
import { soldAt } from './label-sold.ts';
import { summedBefore } from './label-sum.ts';

export type { LabelContext } from './label-context.ts';

const GENERIC_HEAD = new Set(['标准', '水平', '规模', '额度']);
// 按 (按照, 依照) and the per-words of a standard right before its amount: `按每人每月`.
const RATED_BY = /(?:按|按照|依照)每[^，。；、0-9０-９]{0,8}$/;
const TRIM = { keeps: (word: string) => DEFINING.test(word) || WORKS_VERB.test(word) };

export function labelOf(scope: FigureScope, context: LabelContext = {}): string | undefined {
  // The upper end of a range (`优良天数达到265天至270天`, `55%—60%`) is labelled as its lower end.
  const lower = lowerEnd(scope);
  if (lower) return labelOf(lower, context);
  // (A table's cell takes what the sentence introducing the table names where its row and column do not: label-table-subject.ts.)
  const cell = tableLabel(scope.sentence, scope.start, scope.end);
  const row = (cell ? withTableSubject(cell, scope) : undefined) ?? stackedLabel(scope) ?? barLabel(scope) ?? headedLabel(scope) ?? lineAfterLabel(scope);
  if (row) return fit(row);
  // A number of a list after 分别 is of the item of the list before it in the same place (label-respectively.ts).
  const item = respectively(scope, context.previous?.earlier ?? []);
  if (item) return fit(item);
  // (Those a 的 phrase or a part of a whole with 中 name by what they do: label-nominal.ts.)
  const nominal = nominalLabel(scope);
  if (nominal) return fit(nominal);
  const clause = clauseOf(scope);
  // (A share that says what it is with 是, `一半以上是附近的村民`: label-measures.ts shareIs.)
  const is = shareIs(scope.sentence.slice(clause.start, scope.start), scope.sentence.slice(scope.end, clause.end), scope.unit);
  if (is) return fit(is);
  const left = tagged(clean(agesClosedUp(scope.sentence.slice(clause.start, scope.start))));
  // (The lower end of a range reads past its upper end: `每餐可享受3元至5元的补贴` → the 补贴 after both.)
  const right = tagged(clean(scope.sentence.slice(scope.end + upperEnd(scope).length, clause.end)));
  const counter = UNITS.get(scope.unit)?.kind === 'count';
  // 人, 人次, 户 and 次 are units of their own (`300人参加培训`); the other measure words of counts take a noun.
  const right1 = rightPhrase(right, counter && !/^(?:人|人次|户|次)$/.test(scope.unit), false, /^(?:名|人|户|位)$/.test(scope.unit));
  const { rest, afterDe } = right1;
  // `…1200元的标准给予运行补贴`: a generic head gives way to the object of the verb after it.
  // (So does one opening the noun after a standard's amount, 按 before its per-words, `按每人每餐3元标准补贴` → 补贴; not
  // a noun the head is part of after any other amount, `新增8家规模以上工业企业`, `12个规模养殖场`.)
  const byStandard = RATED_BY.test(scope.sentence.slice(clause.start, scope.start));
  const generic = byStandard && right1.noun.length > 1 && GENERIC_HEAD.has(right1.noun[0]!.word) ? right1.noun.slice(1) : right1.noun;
  const standard = GENERIC_HEAD.has(join(right1.noun));
  const thing = standard ? rightPhrase(rest.slice(rest.findIndex((w) => w.role !== 'verb')), false, true) : { noun: generic, rest };
  const noun = thing.noun;
  // (A standard's amount, `按每人每餐2元的标准给予补贴`, rates the thing named after the standard, closing the clause:
  // the per-words before it are of that thing, not of who sets it: leftPhrase.)
  const rated = ((standard && rest.some((w) => w.role !== 'verb')) || (generic !== right1.noun && generic.some((w) => !/^v/.test(w.tag)))) && hasNoun(noun) && thing.rest.every((w) => w.role === 'punct' || w.role === 'skip');
  const phrase = leftPhrase(left, rated);

  let label: string;
  if ((counter || afterDe) && hasNoun(noun)) {
    // (The counted noun after the number, defined by what stands around it: label-counted.ts.)
    label = countedLabel(scope, clause, { left, phrase, noun, rest }, counter);
  } else if (counter && hasNoun(phrase) && !hasNoun(noun) && rest.length > 0) {
    // `已有专家86人次下沉坐诊`: what the counted did follows the number.
    label = `${join(phrase)}${predicate(right)}`;
  } else if (counter && !hasNoun(phrase) && !hasNoun(noun) && (predicate(right) || laterPredicate(right))) {
    // `全市已有189.6万人完成缴费`: nothing names the counted but what they did.
    label = predicate(right) || laterPredicate(right);
  } else {
    // `低保家庭享受每月500元补助`, `实现100%签约`: a word right after the amount completes it.
    const after = (afterDe && hasNoun(phrase)) || (hasNoun(phrase) && noun.length > 1) ? [] : noun;
    // (A verb the phrase stopped short of at a place word takes the phrase as its object: `收购周边农户谷子
    // 1200吨` → 收购农户谷子.)
    // (Or made the counted do what the phrase says after them: `吸纳周边村民就业320人` → 吸纳村民就业.)
    const at = phrase.length > 0 && isHead(phrase[0]!) ? left.indexOf(phrase[0]!) : -1;
    const cause = at > 0 && /^(?:f|s)$/.test(left[at - 1]!.tag) ? causeBefore(left.slice(0, at)) : '';
    label = `${cause}${join(phrase)}${join(after)}`;
    // `为县城及周边约500万平方米区域提供稳定、清洁的热源`: a measure of the noun right after it, which a verb
    // and its object then define (提供热源的县城及周边区域).
    const served = !counter && !afterDe && after.length > 0 ? verbObject(rest) : '';
    if (served && `${served}的${label}`.length <= MAX_LABEL_LENGTH) label = `${served}的${label}`;
  }
  // `走访慰问低保户、特困户等困难群众420人`, `开通至成都、厦门等方向航线3条`: a list closed by 等 stands between the
  // verbs and what they were done to; the verbs before the list are the label's.
  const overList = label && !hasVerb(tagged(label)) ? listVerbs(left) : '';
  if (overList && `${overList}${label}`.length <= MAX_LABEL_LENGTH) label = `${overList}${label}`;
  label = purposeLabel(label, scope, phrase, right, clause.end);
  // (What is done for whom keeps how it is done: `上门为老人测血压、送药` — label-for-whom.ts.)
  label = forWhom(label, left, phrase);
  label = trimLabel(label.replace(/^[的之已将]+/, '').trim(), { ...TRIM, endOnly: true });
  // How long something takes, where the clause names no thing: what was done, in the clause (`现在下楼5分钟
  // 就到了` → 下楼) or before it (`以前开药要去医院排队，来回两个多小时` → 开药来回; `过去去趟县城得绕大半天，
  // 现在40分钟就到了` → 去趟县城用时).
  // (What it took to get done, after it, first, whoever did it: `不到30分钟就拿到了新房的不动产权证书` →
  // 拿到不动产权证书用时, `县医院专家15分钟内就能出报告` → 出报告用时.)
  const duration = UNITS.get(scope.unit)?.kind === 'duration';
  const limit = duration ? timeLimit(scope, clause) : '';
  if (limit) return fit(limit);
  // (Time spent, days of doing a thing and a notice's total, as label-durations.ts reads them.)
  const told = duration ? durationLabel(label, scope) : '';
  if (told) return fit(trimLabel(told, TRIM));
  const got = duration ? verbObject(right.filter((w) => w.role !== 'skip' && !/^(?:内|以内|左右)$/.test(w.word))) : '';
  if (duration && (got || !hasNoun(tagged(label)))) {
    const activity = got ? '' : activityBefore(scope.sentence, clause.start);
    // (A verb of spending time alone, `只用了9分钟`, says only that time went: 用时.)
    const spent = spendingAlone(label) ? '用时' : label;
    const done = got ? `${got}用时` : activity ? `${activity}${spent || '用时'}` : spent === '用时' ? spent : hasVerb(tagged(label)) ? label : '';
    if (done) return fit(trimLabel(done, TRIM));
  }
  const before = scope.sentence.slice(clause.start, scope.start).replace(/^[^\p{Script=Han}]+/u, '');
  label = spokenSum(label, scope.unit, before);
  const leaning = LEANS_ON_PREVIOUS.test(before) || LEANS_ON_PREVIOUS.test(label);
  // 累计 before a verb covers the list it opens (`累计引进加工企业4家，带动脱贫户870户`: a running sum too, the
  // guide), up to an item that says it was added (新增, 新建); not a rate or share, nor after 累计 before a number
  // (`参会单位累计1.32万家，提供岗位47.7万个`: that one alone is summed).
  const chain = scope.sentence.slice(segmentOf(scope).start, clause.start);
  // (So does one opening the items of a list before this one in its clause: `累计上门维修2360家次、出动抢修车辆460台次`.)
  const items = before.split('、');
  const ownItem = items.pop()!;
  const opens = /累计(?![0-9约近超达为])[\p{Script=Han}]/u.test(`${chain}${items.join('、')}`) && UNITS.get(scope.unit)?.kind !== 'percent';
  if (opens && !/累计|新增|新建|其中/.test(ownItem) && label && !label.startsWith('累计')) label = `累计${label}`;
  // A per-word of the clause, or of a lead clause that opens on it, defines the amount though a boundary cut it
  // off (`改造户每户可享受一次性设备补贴3000元` → 每户设备补贴; `每座户厕改造，县财政补助1200元` → 每座…补助).
  // (So does one of what is done, `每收发一件快递，可获补贴0.5元` → 每收发一件, wherever the lead clause has it.)
  // (So does the figure before in the sentence when it is the amount of a per-word alone, of the amounts split
  // after it: `每餐12元，政府补贴4元，个人支付8元` → 每餐政府补贴.)
  const splitPer = context.previous && context.previous.end <= scope.start && /元$/.test(scope.unit) ? PER_ALONE.exec(context.previous.label)?.[0] : undefined;
  // (So does one meal told by its dishes before what it costs, `一荤两素一碗汤，我们只掏3块钱` → 每餐掏: kind-per.ts oneMeal.)
  const per = PER_DONE.exec(before)?.[0] ?? PER_WORD.exec(before)?.[0] ?? (/^每/.test(chain) ? PER_WORD.exec(chain)?.[0] : PER_DONE.exec(chain)?.[0]) ?? splitPer ?? (/元$/.test(scope.unit) && oneMeal(`${chain}${before}`, scope.text) ? '每餐' : undefined);
  if (per && label && !label.includes(per) && !(/^每/.test(per) && label.includes('每')) && !/^(?:人均|户均|村均|亩均|日均|月均|年均)/.test(label) && `${per}${label}`.length <= MAX_LABEL_LENGTH) label = `${per}${label}`;
  // `一亩地收入1万多元`, `一个棚一年能收入6万多元`: one of a measure opening the clause is a per-word (per mu, per
  // greenhouse), and with what is done after it the label (一亩地收入), whatever the words before the clause say.
  // (Not where a noun after the number names what is counted: `一户一个冬天得买4吨煤`.)
  const perOne = hasNoun(noun) ? '' : onePer(left);
  if (perOne) return fit(soldAt(perOne, scope));
  const subset = /^其中/.test(before);
  // Employers counted at a job fair the sentence names take part in it: the guide's measure `[参会, 企业|单位]`
  // (`沁县举办…专场招聘会，89家企业提供岗位2100余个` → 招聘会参会企业), whatever the verb after them says.
  const employers = /^(?:企业|单位|用人单位)$/.exec(join(noun))?.[0] ?? (/(?:企业|单位)$/.test(label) && !hasVerb(tagged(label)) ? label : '');
  if (employers && scope.unit === '家' && JOB_FAIR.test(scope.sentence.slice(0, scope.start)) && !/参会|参展|参加/.test(label)) return fit(`招聘会参会${employers.replace(/^.*?(用人单位|企业|单位)$/, '$1')}`);
  // An item's key before a colon says what a thin label is of (`老旧小区改造：开工48个` → 老旧小区改造开工), before what
  // the sentences around name; a per-word alone is keyedLabel's (`第二阶梯：…每立方米4.90元`).
  // (A rate of money per head opening on its per-word is thin too: `每户最高补贴` → 居家适老化改造每户最高补贴.)
  const itemKeyed = /^每/.test(label) && !perHead(label) ? '' : withItemKey(label, scope);
  if (itemKeyed) return fit(itemKeyed);
  // A later figure of a box's data line (`●城镇新增就业 4.1万人 完成年度目标的108%`) is of the thing the line opens on.
  const lineKeyed = withLineHead(label, scope);
  if (lineKeyed) return fit(lineKeyed);
  const holder = holderBefore(scope, context, label);
  const full = measured(moneyOf(doerBefore(takingPartIn(fullNameBefore(namedBefore(trimLabel(holder || doneOf(label, scope, context) || withContext(label, scope, context, leaning, predicate(right), subset), TRIM), context, clean(chain)), scope), scope), scope), scope), scope.unit);
  // A label with no noun, or one ending on its verb whose object the count closing its clause elides, is of the noun
  // phrase the sentence fronts as its topic (label-fronted.ts).
  const fronted = !full || !namesThing(full) || endsOnVerb(full, scope) ? frontedNoun(scope) : '';
  if (fronted && `${full ?? ''}${fronted}`.length <= MAX_LABEL_LENGTH) return fit(`${full ?? ''}${fronted}`);
  // (Works alone, `今年新建32个、改造提升18个`, name what the sentence before counted in the same measure word.)
  // (So do works after an institution that does them, `县总工会计划明年再建10个` → 再建职工驿站: who, not what.)
  const done = full ? withoutActor(full) : '';
  const counted = done && !hasNoun(tagged(done)) ? countedBefore(scope) : '';
  if (counted && `${done}${counted}`.length <= MAX_LABEL_LENGTH) return fit(`${done}${counted}`);
  // (So do works after a count of the same measure word in the sentence: `现有蔬菜大棚640座，今年新发展82座`.)
  const beside = full ? countedBeside(full, scope, context) : '';
  if (beside && `${full}${beside}`.length <= MAX_LABEL_LENGTH) return fit(`${full}${beside}`);
  // A per-word alone (`每人每年`, `每立方米`) is of what the clause or its item names before it.
  const keyed = full && /^每/.test(full) && tagged(full).every((w) => DEFINING.test(w.word) || w.tag === 'q' || w.tag === 'zg') ? keyedLabel(full, scope, before) : '';
  if (keyed) return fit(keyed);
  // A sum whose label ends on per-words and names no money is of the money named before it (label-per-money.ts).
  const paid = full ? perMoney(full, scope) : '';
  if (paid) return fit(paid);
  // A length by a bare measure of extent (全长) is of the thing the clause before names (label-extent.ts).
  const extent = full ? extentOf(full, scope) : '';
  if (extent) return fit(extent);
  // A measure of a whole alone (总投资, 总产量) is of the thing the clause before counts or the head it points to names (label-whole-of.ts).
  const whole = full ? wholeOf(full, scope) || involvedOf(full, scope) : '';
  if (whole) return fit(whole);
  // A gap to a wider place's average keeps whose average it is (label-compared.ts: 高于全市平均水平).
  const gap = comparedWith(full ?? '', before, scope.unit);
  if (gap) return fit(gap);
  // What was done alone is of what the head of the numbered item it is in names (`2.新增普惠托位。计划新增2000个` →
  // 新增普惠托位), else of what the clause before did something to: `…免费安装“一键呼叫”设备，计划安装200台` → 安装一键呼叫.
  const headed = full ? withItemHead(full, scope) : '';
  if (headed) return fit(headed);
  const object = full ? objectBefore(full, scope) : '';
  if (object) return fit(object);
  // A name in a list a clause before a colon introduces takes the measure that clause names (label-intro-list.ts).
  const listed = introListLabel(full, scope);
  if (listed) return fit(listed);
  // (A percentage before its noun, `八成以上财政收入`, `90%的城市社区`, is a part of that noun too.)
  const partOf = right1.noun.length > 0 && right[0] === right1.noun[0] || (afterDe && right1.noun.length > 0);
  const split = splitOf(full, before, scope.unit, right.length === 0);
  if (!full) {
    // (A bare total in a clause of its own, `…市级民生实事项目，共12件`, sums what the clause before names: label-sum.ts.)
    const summed = summedBefore(scope);
    return summed ? fit(summed) : undefined;
  }
  return fit(quoted(soldAt(split || shareOf(full, before, scope.unit, partOf), scope), scope.sentence));
}

/**
 * A time limit, a duration someone must keep within (`紧急诉求须在2小时内到达现场`, `调解中心须在3个工作日内受理`): who
 * must act, what they must do (a verb and its object, else the verb alone) and 时限; '' for another duration (what
 * something took, `县医院专家15分钟内就能出报告`, is read as time taken).
 */
const OBLIGED = /(?:必须|须|需|需要|要|应|应当)(?:在|于)$/;
/**
 * … or the rule a notice states bare: who, the duration with 内 and the act right after it, ending its clause or its
 * item of a list (`供热企业24小时内上门排查`, `城区30分钟内、农村1小时内到达现场`, `接诉后2小时内响应、24小时内解决`). Not
 * where the act is what it took (`15分钟内就能出报告`: 就, 能, 可, 即, 便 say so) or holds a number of its own.
 */
const BARE_ACT = /^(?:[\p{Script=Han}]{1,8})$/u;
const TOOK = /^(?:就|能|可|即|便|才|都|也)/;
const PLEDGE_SPAN = /(?:分钟|小时|天|日)(?:之内|以内|内)?$/u;
const PAST_SPAN = /(?:过去|近|前|短短|仅用|用了)$/u;
const WITHIN = /^(?:之内|以内|内)/;
function timeLimit(scope: FigureScope, clause: { start: number; end: number }): string {
  const after = scope.sentence.slice(scope.end, clause.end);
  const before = scope.sentence.slice(clause.start, scope.start);
  // (内 is after the span, or in it as its qualifier: `2小时内`.)
  if (!(WITHIN.test(after) || /(?:之内|以内|内)$/.test(scope.text))) return '';
  const obliged = OBLIGED.test(before);
  // (The act of a bare rule runs to the next item of a list, `、`, or the clause's end.)
  // (Or, where the figure is an item of a list of limits, `城区30分钟内、农村1小时内到达现场`, the act after the last.)
  const tail = clean(after.replace(WITHIN, ''));
  const own = tail.replace(/^\s+/, '').split('、')[0]!.trim();
  const act = own || listedAct(scope.sentence.slice(scope.end).split(/[，,；;。！？!?]/)[0]!);
  // (A pledge's limit is told in minutes, hours or days; a span of months or years, or one after a word of the past
  // (`过去3年内全县新建学校`, `2年内扭亏为盈`), is what a thing took, not a rule.)
  const plainAct = BARE_ACT.test(act) && !TOOK.test(act);
  const bare = !obliged && plainAct && PLEDGE_SPAN.test(scope.text) && !PAST_SPAN.test(before);
  if (!obliged && !bare) return '';
  // (A short act is named whole, `上门检测`, `赶到现场处置`, `出具诊断报告`, whatever the dictionary tags its words, but
  // a plain noun is none: `15分钟内生活圈`; a longer act by its verb and object.)
  const short = plainAct && tagged(act).some((w) => w.tag !== 'n') ? act : '';
  const rest = tagged(tail).filter((w) => w.role !== 'skip');
  const what = short || (obliged ? verbObject(rest) || (rest[0]?.role === 'verb' ? rest[0].word : '') : '');
  if (!what) return '';
  // (Who acts, past where: `社区网格员均在`.)
  const who = join(leftPhrase(tagged(clean(before.replace(OBLIGED, '').replace(/(?:均|都|要)?(?:在|于)$/, '')))));
  return `${hasNoun(tagged(who)) ? who : ''}${what}时限`;
}

/** The act after the last of a list of limits the figure opens (`、农村1小时内到达现场` → 到达现场), or ''. */
function listedAct(tail: string): string {
  const items = tail.replace(WITHIN, '').split('、');
  if (items.length < 2 || items[0] !== '') return '';
  return /[0-9０-９一二两三四五六七八九十半](?:[^0-9０-９]{0,4}?)(?:之内|以内|内)([\p{Script=Han}]{1,8})$/u.exec(items.at(-1)!)?.[1] ?? '';
}

/** A label of an institution and the verbs it did, without the institution (`县总工会再建` → 再建); else the label. */
function withoutActor(label: string): string {
  const words = tagged(label);
  const verb = words.findIndex((w) => w.role === 'verb');
  return verb > 0 && isActor(words.slice(0, verb)) && words.slice(verb).every((w) => w.role === 'verb') ? join(words.slice(verb)) : label;
}

const JOB_FAIR = /招聘会|招聘活动|招聘月|双选会|供需见面会|人才交流会/;

const LEANS_ON_PREVIOUS = /^(?:同比|环比|较|比|占|另有|其中|配有|设有|拥有|有)/;

// A box's data line: a bullet, the thing, then its figures set apart by spaces (`●城镇新增就业 4.1万人 完成年度目标的108%`).
const DATA_LINE_HEAD = /^[●■◆◇▲△★☆▶►•◎○□]\s*([\p{Script=Han}]{2,12})\s+[约近超]?[0-9]/u;

/**
 * The label of a figure after the first of a box's data line, with the thing the line opens on before it
 * (`完成年度目标` → 城镇新增就业完成年度目标); '' for any other figure, or one whose label names the thing already.
 */
function withLineHead(label: string, scope: FigureScope): string {
  const at = scope.sentenceStart + scope.start;
  const lineStart = scope.paragraph.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = scope.paragraph.indexOf('\n', at);
  const line = scope.paragraph.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).trim();
  const head = DATA_LINE_HEAD.exec(line)?.[1];
  if (!head || !label || label.includes(head) || /[。！？!?；;]/u.test(line)) return '';
  // (Only a figure after the line's first: the first is labelled by the head itself.)
  const first = line.search(/[0-9]/u);
  if (at - lineStart - (scope.paragraph.slice(lineStart).length - scope.paragraph.slice(lineStart).trimStart().length) <= first) return '';
  return `${head}${label}`.length <= MAX_LABEL_LENGTH ? `${head}${label}` : '';
}
