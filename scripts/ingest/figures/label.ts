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
// shares, splits and what a unit measures: label-measures.ts; quotes and length: label-fit.ts. This file puts
// them together.
import { UNITS } from '../../../src/domain/units.ts';
import { trimLabel } from './label-trim.ts';
import { clauseOf, segmentOf, type FigureScope } from './scope.ts';
import { tableLabel } from './table.ts';
import { withTableSubject } from './label-table-subject.ts';
import { headedLabel, lineAfterLabel, stackedLabel } from './label-stacked.ts';
import { clean, DEFINING, hasNoun, hasVerb, isActor, isHead, join, type Tagged, tagged, TIME_WORD, WORKS_VERB } from './label-roles.ts';
import { activityBefore, countedBefore, countedBeside, holderBefore, type LabelContext, namedBefore, objectBefore, withContext } from './label-context.ts';
import { doerBefore, fullNameBefore, moneyOf, takingPartIn } from './label-named.ts';
import { leftPhrase, MAX_LABEL_LENGTH, rightPhrase } from './label-phrases.ts';
import { heldPredicate, laterPredicate, predicate, predicateOf, trailingVerbs, verbPhrase } from './label-predicates.ts';
import { LEADING_AGE } from './label-ages.ts';
import { cameFrom, causeBefore, listVerbs, madeUp, ownedObject, verbObject } from './label-objects.ts';
import { purposeLabel, spokenSum } from './label-money.ts';
import { measured, shareIs, shareOf, splitOf } from './label-measures.ts';
import { fit, quoted } from './label-fit.ts';
import { withItemKey } from './label-item-key.ts';
import { respectively } from './label-respectively.ts';
import { withItemHead } from './label-head.ts';
import { introListLabel } from './label-intro-list.ts';
import { perMoney } from './label-per-money.ts';
import { durationLabel } from './label-durations.ts';
import { extentOf } from './label-extent.ts';
import { comparedWith } from './label-compared.ts';

export type { LabelContext } from './label-context.ts';

const GENERIC_HEAD = new Set(['标准', '水平', '规模', '额度']);
// Measure words of people: what a verb before them may make them do (`带动60余户村民在家门口增收`).
const PEOPLE = /^(?:人|名|户|位|人次)$/;
// Verbs that make those they take as object do something (推动, 引导, 组织 …): what those then did says what they
// are, whatever they are counted in (`推动42家机关企事业单位向周边居民开放停车泊位` → 开放停车泊位的机关企事业单位).
const PIVOT = /(?:推动|引导|组织|动员|鼓励|督促|指导|吸引)$/;
/** The words before the first number (the count of the object the counted acted on). */
const uptoCount = (rest: readonly Tagged[]) => (rest.findIndex((w) => w.role === 'number') < 0 ? rest : rest.slice(0, rest.findIndex((w) => w.role === 'number')));
const TRIM = { keeps: (word: string) => DEFINING.test(word) || WORKS_VERB.test(word) };

export function labelOf(scope: FigureScope, context: LabelContext = {}): string | undefined {
  // The upper end of a range (`优良天数达到265天至270天`, `55%—60%`) is labelled as its lower end.
  const lower = lowerEnd(scope);
  if (lower) return labelOf(lower, context);
  // (A table's cell takes what the sentence introducing the table names where its row and column do not: label-table-subject.ts.)
  const cell = tableLabel(scope.sentence, scope.start, scope.end);
  const row = (cell ? withTableSubject(cell, scope) : undefined) ?? stackedLabel(scope) ?? headedLabel(scope) ?? lineAfterLabel(scope);
  if (row) return fit(row);
  // A number of a list after 分别 is of the item of the list before it in the same place (label-respectively.ts).
  const item = respectively(scope, context.previous?.earlier ?? []);
  if (item) return fit(item);
  const clause = clauseOf(scope);
  // (A share that says what it is with 是, `一半以上是附近的村民`: label-measures.ts shareIs.)
  const is = shareIs(scope.sentence.slice(clause.start, scope.start), scope.sentence.slice(scope.end, clause.end), scope.unit);
  if (is) return fit(is);
  const left = tagged(clean(scope.sentence.slice(clause.start, scope.start)));
  // (The lower end of a range reads past its upper end: `每餐可享受3元至5元的补贴` → the 补贴 after both.)
  const right = tagged(clean(scope.sentence.slice(scope.end + upperEnd(scope).length, clause.end)));
  const counter = UNITS.get(scope.unit)?.kind === 'count';
  const phrase = leftPhrase(left);
  // 人, 人次, 户 and 次 are units of their own (`300人参加培训`); the other measure words of counts take a noun.
  const right1 = rightPhrase(right, counter && !/^(?:人|人次|户|次)$/.test(scope.unit));
  const { rest, afterDe } = right1;
  // `…1200元的标准给予运行补贴`: a generic head gives way to the object of the verb after it.
  const noun = GENERIC_HEAD.has(join(right1.noun)) ? rightPhrase(rest.slice(rest.findIndex((w) => w.role !== 'verb'))).noun : right1.noun;

  let label: string;
  if ((counter || afterDe) && hasNoun(noun)) {
    // `新增备案67个普惠社区托育点`, `接受为期3年的培养`: the noun after is what is counted, with the verb
    // right before the number (`…农村路的畅通惠及5万余名群众`) or the verb phrase opening the words before.
    // (An age before the count defines the noun, `60周岁以上的2.1万名老人`: it is no verb.)
    const age = !hasNoun(phrase) && LEADING_AGE.exec(join(phrase))?.[2] === '' ? join(phrase).replace(/的$/, '') : '';
    // (A place word alone before the count says where the counted are: `沿线9个村` → 沿线村.)
    const where = phrase.length > 0 && phrase.every((w) => w.tag === 'f') ? join(phrase) : '';
    // (A verb before a place word the phrase stopped at takes the count as its object: `覆盖沿线14个行政村` → 覆盖.)
    const verbs = where || (hasNoun(phrase) ? trailingVerbs(phrase) || verbPhrase(phrase) : age ? '' : join(phrase) || causeBefore(left));
    // (A noun phrase with its own modifier, `已达成意向的项目`, is defined already: what it does after is no part of it.)
    const modified = noun.some((w) => w.role === 'de');
    const done = verbs || modified ? { verb: '', object: '' } : predicateOf(rest);
    // `2.1万名老人统一购买了意外伤害保险`: a verb with its object reads as what defines the noun; of a
    // list of objects too long for a label, the first (`安装了烟雾报警器和一键呼叫设备` → 安装烟雾报警器).
    const object = `${done.verb}${done.object}的${join(noun)}`.length <= MAX_LABEL_LENGTH ? done.object : done.object.split(/[、和及与]/)[0]!;
    // (The age goes first where the label would run too long.)
    const long = `${done.verb}${object}的${age}${join(noun)}`;
    const defined = long.length <= MAX_LABEL_LENGTH ? long : `${done.verb}${object}的${join(noun)}`;
    label = object && defined.length <= MAX_LABEL_LENGTH ? defined : `${verbs}${age}${join(noun)}${object ? '' : done.verb}`;
    // `为全镇86户独居老人免费安装烟雾报警器`: a count after 为, 给 or 向 is of those a verb and its object were done
    // for (安装烟雾报警器的独居老人), not of what they did.
    const forWhom = !verbs && !object && hasNoun(tagged(done.verb)) && FOR_WHOM.test(scope.sentence.slice(clause.start, scope.start));
    if (forWhom && `${done.verb}的${age}${join(noun)}`.length <= MAX_LABEL_LENGTH) label = `${done.verb}的${age}${join(noun)}`;
    // (累计 before 为 sums what was done for them: `累计为1.6万名学生提供课后服务` → 累计提供课后服务的学生.)
    const summed = verbs && !modified && tagged(verbs).every((w) => DEFINING.test(w.word)) && FOR_WHOM.test(scope.sentence.slice(clause.start, scope.start)) ? predicateOf(rest) : undefined;
    const forSummed = summed && !summed.object && hasNoun(tagged(summed.verb)) ? `${verbs}${summed.verb}的${age}${join(noun)}` : '';
    if (forSummed && forSummed.length <= MAX_LABEL_LENGTH) label = forSummed;
    // `1860户村民12月起用上天然气`: what the counted got, past the time, place and adverbs before it; after a
    // verb that took them as its object (`带动60余户村民在家门口增收`), what that verb made them do.
    const later = done.verb || !counter || modified ? '' : laterPredicate(rest, /^(?:和|及|与|、)$/.test(noun[noun.length - 1]?.word ?? ''));
    const pivot = verbs && later && PEOPLE.test(scope.unit) && trailingVerbs(phrase) === verbs;
    // `对城区85个老旧小区的庭院管网进行了更新`: the count is of the holders that had works done to what they hold
    // (庭院管网更新的老旧小区), with the verbs closing the words before, which made it happen (`带动…的村民就业`).
    const held = done.verb || later ? '' : heldPredicate(rest);
    const holders = held ? `${causeBefore(left)}${held}的${age}${join(noun)}` : '';
    // `解决1.5万户居民冬季取暖问题`: a noun phrase running from the counted to the clause's end is the object of
    // the verb before the count, and the counted are those it was done for (解决冬季取暖问题的居民).
    const objectOf = !held && !later && verbs && verbs === trailingVerbs(phrase) ? ownedObject(rest) : '';
    if (objectOf && `${verbs}${objectOf}的${age}${join(noun)}`.length <= MAX_LABEL_LENGTH) label = `${verbs}${objectOf}的${age}${join(noun)}`;
    else if (holders && holders.length <= MAX_LABEL_LENGTH) label = holders;
    else if (later && !verbs && `${later}的${age}${join(noun)}`.length <= MAX_LABEL_LENGTH) label = `${later}的${age}${join(noun)}`;
    else if (pivot && `${label}${later}`.length <= MAX_LABEL_LENGTH) label = `${label}${later}`;
    // (A place word between the verb and the count says where the counted are: `惠及沿线12个村` → 惠及沿线村.)
    const side = left.at(-1);
    const nounText = join(noun);
    if (side && side.tag === 'f' && side.role === 'stop' && /^[^以之]\p{Script=Han}$/u.test(side.word) && !TIME_WORD.test(side.word) && label.endsWith(nounText) && !label.includes(side.word) && !label.includes('的') && label.length < MAX_LABEL_LENGTH - 1) {
      label = `${label.slice(0, label.length - nounText.length)}${side.word}${nounText}`;
    }
    // (What those a verb of making do did, up to the count of its object, names them: `推动42家机关企事业单位向周边居民
    // 开放停车泊位2860个` → 开放停车泊位的机关企事业单位, not who made them.)
    const made = !pivot && !done.verb && !modified && PIVOT.test(verbs) && trailingVerbs(phrase) === verbs ? later || laterPredicate(uptoCount(rest)) : '';
    if (made && `${made}的${age}${join(noun)}`.length <= MAX_LABEL_LENGTH) label = `${made}的${age}${join(noun)}`;
    // `一支由62名退休党员组成的“邻里互助队”`: the members of what they make up (邻里互助队退休党员).
    const whole = /由$/.test(scope.sentence.slice(clause.start, scope.start)) ? madeUp(rest, scope.sentence.slice(scope.end)) : '';
    if (whole && `${whole}${join(noun)}`.length <= MAX_LABEL_LENGTH) label = `${whole}${join(noun)}`;
    // `来自6个县的64名乡镇党委书记`: the places the next counted come from (乡镇党委书记所来自的县).
    const from = cameFrom(scope.sentence.slice(clause.start, scope.start), rest);
    if (from && `${from}所来自的${join(noun)}`.length <= MAX_LABEL_LENGTH) label = `${from}所来自的${join(noun)}`;
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
    const done = got ? `${got}用时` : activity ? `${activity}${label || '用时'}` : hasVerb(tagged(label)) ? label : '';
    if (done) return fit(trimLabel(done, TRIM));
  }
  const before = scope.sentence.slice(clause.start, scope.start).replace(/^[^\p{Script=Han}]+/u, '');
  label = spokenSum(label, scope.unit, before);
  const leaning = LEANS_ON_PREVIOUS.test(before) || LEANS_ON_PREVIOUS.test(label);
  // 累计 before a verb covers the list it opens (`累计引进加工企业4家，带动脱贫户870户`: a running sum too, the
  // guide), up to an item that says it was added (新增, 新建); not a rate or share, nor after 累计 before a number
  // (`参会单位累计1.32万家，提供岗位47.7万个`: that one alone is summed).
  const chain = scope.sentence.slice(segmentOf(scope).start, clause.start);
  const opens = /累计(?![0-9约近超达为])[\p{Script=Han}]/u.test(chain) && UNITS.get(scope.unit)?.kind !== 'percent';
  if (opens && !/累计|新增|新建|其中/.test(before) && label && !label.startsWith('累计')) label = `累计${label}`;
  // A per-word of the clause, or of a lead clause that opens on it, defines the amount though a boundary cut it
  // off (`改造户每户可享受一次性设备补贴3000元` → 每户设备补贴; `每座户厕改造，县财政补助1200元` → 每座…补助).
  // (So does one of what is done, `每收发一件快递，可获补贴0.5元` → 每收发一件, wherever the lead clause has it.)
  // (So does the figure before in the sentence when it is the amount of a per-word alone, of the amounts split
  // after it: `每餐12元，政府补贴4元，个人支付8元` → 每餐政府补贴.)
  const splitPer = context.previous && context.previous.end <= scope.start && /元$/.test(scope.unit) ? PER_ALONE.exec(context.previous.label)?.[0] : undefined;
  const per = PER_DONE.exec(before)?.[0] ?? PER_WORD.exec(before)?.[0] ?? (/^每/.test(chain) ? PER_WORD.exec(chain)?.[0] : PER_DONE.exec(chain)?.[0]) ?? splitPer;
  if (per && label && !label.includes(per) && !(/^每/.test(per) && label.includes('每')) && !/^(?:人均|户均|村均|亩均|日均|月均|年均)/.test(label) && `${per}${label}`.length <= MAX_LABEL_LENGTH) label = `${per}${label}`;
  // `一亩地收入1万多元`, `一个棚一年能收入6万多元`: one of a measure opening the clause is a per-word (per mu, per
  // greenhouse), and with what is done after it the label (一亩地收入), whatever the words before the clause say.
  // (Not where a noun after the number names what is counted: `一户一个冬天得买4吨煤`.)
  const perOne = hasNoun(noun) ? '' : onePer(left);
  if (perOne) return fit(perOne);
  const subset = /^其中/.test(before);
  // Employers counted at a job fair the sentence names take part in it: the guide's measure `[参会, 企业|单位]`
  // (`沁县举办…专场招聘会，89家企业提供岗位2100余个` → 招聘会参会企业), whatever the verb after them says.
  const employers = /^(?:企业|单位|用人单位)$/.exec(join(noun))?.[0] ?? (/(?:企业|单位)$/.test(label) && !hasVerb(tagged(label)) ? label : '');
  if (employers && scope.unit === '家' && JOB_FAIR.test(scope.sentence.slice(0, scope.start)) && !/参会|参展|参加/.test(label)) return fit(`招聘会参会${employers.replace(/^.*?(用人单位|企业|单位)$/, '$1')}`);
  // An item's key before a colon says what a thin label is of (`老旧小区改造：开工48个` → 老旧小区改造开工), before what
  // the sentences around name; a per-word alone is keyedLabel's (`第二阶梯：…每立方米4.90元`).
  const itemKeyed = /^每/.test(label) ? '' : withItemKey(label, scope);
  if (itemKeyed) return fit(itemKeyed);
  const holder = holderBefore(scope, context, label);
  const full = measured(moneyOf(doerBefore(takingPartIn(fullNameBefore(namedBefore(trimLabel(holder || withContext(label, scope, context, leaning, predicate(right), subset), TRIM), context, clean(chain)), scope), scope), scope), scope), scope.unit);
  // (Works alone, `今年新建32个、改造提升18个`, name what the sentence before counted in the same measure word.)
  const counted = full && !hasNoun(tagged(full)) ? countedBefore(scope) : '';
  if (counted && `${full}${counted}`.length <= MAX_LABEL_LENGTH) return fit(`${full}${counted}`);
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
  return full ? fit(quoted(split || shareOf(full, before, scope.unit, partOf), scope.sentence)) : undefined;
}

/**
 * A time limit, a duration someone must keep within (`紧急诉求须在2小时内到达现场`, `调解中心须在3个工作日内受理`): who
 * must act, what they must do (a verb and its object, else the verb alone) and 时限; '' for another duration (what
 * something took, `县医院专家15分钟内就能出报告`, is read as time taken).
 */
const OBLIGED = /(?:必须|须|需|需要|要|应|应当)(?:在|于)$/;
function timeLimit(scope: FigureScope, clause: { start: number; end: number }): string {
  const after = scope.sentence.slice(scope.end, clause.end);
  const before = scope.sentence.slice(clause.start, scope.start);
  // (内 is after the span, or in it as its qualifier: `2小时内`.)
  if (!(/^(?:之内|以内|内)/.test(after) || /(?:之内|以内|内)$/.test(scope.text)) || !OBLIGED.test(before)) return '';
  const rest = tagged(clean(after.replace(/^(?:之内|以内|内)/, ''))).filter((w) => w.role !== 'skip');
  const what = verbObject(rest) || (rest[0]?.role === 'verb' ? rest[0].word : '');
  if (!what) return '';
  const who = join(leftPhrase(tagged(clean(before.replace(OBLIGED, '')))));
  return `${hasNoun(tagged(who)) ? who : ''}${what}时限`;
}

/**
 * A per-word label named by what stands before it: the noun its clause links to it (`水价为每立方米3.65元` →
 * 水价每立方米) and the key of the item it is in (`缴费标准: 每人每年400元`, `一、第一阶梯：…水价为每立方米3.65元` →
 * 第一阶梯水价每立方米): a short noun phrase before a colon, no reporting verb nor speaker. '' when neither is there.
 */
function keyedLabel(label: string, scope: FigureScope, before: string): string {
  const linked = /(\p{Script=Han}{2,6})(?:为|是)每[^，,；;：:]*$/u.exec(before)?.[1] ?? '';
  const subject = linked && hasNoun(tagged(linked)) ? join(leftPhrase(tagged(linked))) : '';
  const item = scope.sentence.slice(segmentOf(scope).start, scope.start);
  const keys = [...item.matchAll(/(?:^|[、.．）)\s])([\p{Script=Han}]{2,8})\s*[：:]/gu)].map((m) => m[1]!);
  const key = keys.at(-1) ?? '';
  const words = tagged(key);
  const last = words.at(-1);
  const named = last && isHead(last) && /^n/.test(last.tag) && !words.some((w) => /^nr/.test(w.tag)) && !isActor(words) ? key : '';
  const whole = `${named && !subject.includes(named) ? named : ''}${subject}${label}`;
  return whole !== label && whole.length <= MAX_LABEL_LENGTH ? whole : '';
}

/** The lower end of a range the figure closes (`265天至270天`: 265天), in the figure's own unit, or undefined. */
function lowerEnd(scope: FigureScope): FigureScope | undefined {
  const unit = scope.text.replace(/^[^0-9]*[0-9]+(?:\.[0-9]+)?/, '').replace(/[^\p{Script=Han}%‰a-zA-Z/]+$/u, '');
  const escaped = unit.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const match = new RegExp(`[0-9]+(?:\\.[0-9]+)?[万亿]?(?:${escaped})?(?:至|到|—|–|－|-|~|～)$`).exec(scope.sentence.slice(0, scope.start));
  if (!match) return undefined;
  const end = match.index + match[0].length - 1;
  return { ...scope, start: match.index, end, text: scope.sentence.slice(match.index, end) };
}

/** The upper end of a range right after the figure, with the figure's unit (`至5元` after `3元`); '' if none. */
function upperEnd(scope: FigureScope): string {
  const unit = scope.text.replace(/^[^0-9]*[0-9]+(?:\.[0-9]+)?[万亿]?/, '').replace(/[^\p{Script=Han}%‰a-zA-Z/]+$/u, '');
  if (!unit) return '';
  const escaped = unit.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(`^(?:至|到|—|–|－|-|~|～)[约近]?[0-9]+(?:\\.[0-9]+)?[万亿]?${escaped}`).exec(scope.sentence.slice(scope.end))?.[0] ?? '';
}

/**
 * The label of a clause that opens on one of a measure (`一亩`, `一个`, `一斤`), with the noun it measures, and has only
 * time words, modals and verbs after it up to the number: those words, as a per-word label; '' for any other clause.
 */
function onePer(left: readonly Tagged[]): string {
  const first = left.find((w) => w.role !== 'punct' && w.role !== 'skip');
  if (!first || !ONE_OF.test(first.word) || left.indexOf(first) !== left.findIndex((w) => w.role !== 'punct')) return '';
  const rest = left.slice(left.indexOf(first) + 1).filter((w) => w.role !== 'skip');
  const measured = rest[0]?.role === 'noun' && !/^(?:m|t)$/.test(rest[0].tag) ? rest[0].word : '';
  // (Modals say nothing of what is counted: `能收入` → 收入.)
  const after = rest.slice(measured ? 1 : 0).filter((w) => !/^(?:能|可|可以|要|会|得|才|就)$/.test(w.word));
  if (after.length === 0 || !after.some((w) => w.role === 'verb') || after.some((w) => w.role !== 'verb' && !/^(?:m|t)$/.test(w.tag))) return '';
  const label = `${first.word}${measured}${join(after)}`;
  return label.length <= MAX_LABEL_LENGTH ? label : '';
}
// One of a measure word: 一 and a measure (`一亩`, `一个`, `一斤`, `一年` is a time, no measure of a thing).
const ONE_OF = /^一[个亩斤户间座辆台套张块吨袋箱盒棵株头只]$/;

/** A per-word: 每 and a measure word (`每户`, `每座`, `每度电`, `每餐`). */
// (Per so many people, `每千人口`, `每万人`; and an average per day, month or year, `日均`, cut off from the label by
// a preposition or a verb of having: `幸福院日均为2600余名老人提供助餐服务`, `每千人口拥有…托位数达到4.5个`.)
const PER_WORD = /每(?:[十百千万](?:人口|人|户|名)|[户人座名月年天日晚周次吨斤亩间套辆台件张份位家所处餐顿]|度电?)|[日月年]均(?=[为对给向拥有])/;
/** A label that is a per-word alone (`每餐`, `每人每月`): the amount of a unit, which the amounts after it split. */
const PER_ALONE = /^(?:每[\p{Script=Han}]{1,2}){1,2}$/u;
/** A per-word of what is done: 每, a verb, 一 and a measure word (`每收发一件`, `每销售一斤`, `每培训一人`). */
const PER_DONE = /每\p{Script=Han}{1,2}一(?:[户人座名吨斤亩间套辆台件张份位家所处单])/u;
const JOB_FAIR = /招聘会|招聘活动|招聘月|双选会|供需见面会|人才交流会/;

const FOR_WHOM = /(?:为|给|向)(?:全[省市县区镇乡村])?$/;
const LEANS_ON_PREVIOUS = /^(?:同比|环比|较|比|占|另有|其中|配有|设有|拥有|有)/;
