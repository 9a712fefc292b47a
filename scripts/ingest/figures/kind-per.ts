// Whether a figure is an amount per one (per) or, told per one, a change: read before kind.ts weighs verbs of works
// and stocks. Per is what a per word, an average or a unit names (`人均`, `每户`, `日均`, `校均`, `千人口`, `一个月`,
// `一亩打了…`, `3.2元/吨`, `售价3元一穗`, `时速`), and for money what holds for each case (`最高20万元`, a standard
// `低保标准为780元`, a price asked `只需交2元`, a lead clause `每座户厕改造，…`, a level each reached `全部突破10万元`, a
// threshold naming a class `30万元以上村`). A per-unit change with its object between (`每亩增加收入600元`) is a change.

import type { FigureChange } from '../../../src/domain/figure.ts';
import { UNITS } from '../../../src/domain/units.ts';
import { MOVED_FROM } from './moved-from.ts';
import { maskQuotedNames, type FigureScope } from './scope.ts';
import { tagWords } from './words.ts';

/** Not right after a start (开业一个月, 开通一周): the span since then. */
const SINCE_START = '(?<!开业|开通|开园|开馆|开诊|运营|投用|上线|成立|启用)';
// Per head, household, unit or time (日产, 月产, 日结: a day's or a month's output or pay); an average (平均, 亩产); a ceiling per case (`最高20万元的创业担保贷款`); one day,
// time or show of several (`周末单日接待游客超过6000人次`). (一个人 after a pronoun is alone, `我一个人种了30亩谷子`: no per.)
// (A span since a start, `开业一个月销售额达到26万元`, `开业一周已帮助56名…`, is that span's whole amount, not per it; so is a whole
// year, `一年下来`, `一年到头`, and what one can make or do in a year told of no one unit, `一年能挣8万多元`: per one unit's year
// only after that unit, `一个棚一年能收入6万多元`.)
const PER = new RegExp(
  `[人户村亩日月年校班床次店站生家]均|单(?:日|月|周|次|场)(?!位)|平均|均价|亩产|(?:票|单|售|水|电|气|房|收购|零售|批发)价(?:格)?|时速|(?:千|万|百)人(?:拥有|口)|每[^，,；;。、0-9]{0,8}$|每(?:户|人|年|月|天|日|晚|周|次|餐|斤|亩|个|名|位|千人口|万人)|千人口|${SINCE_START}一个(?:月|采暖季|供暖季|冬天|冬季|夏天|季度|学期|星期)|一(?:采暖季|供暖季|学期)|${SINCE_START}一年(?!级|下来|到头|能)|(?<=一[个座间亩块户家台只头][\\p{Script=Han}]{0,3})一年|${SINCE_START}一天|${SINCE_START}一(?:周|星期)|一次(?!性)|(?<![我你他她己])一个人|月(?:工资|收入|薪)|(?:^|[^0-9今昨明当节首次每单上下本])(?:日(?:供水|处理|产|接待|发送|结)|月(?:产|结))[^，,；;。0-9]{0,4}?(?:能力|量)?`,
  'u',
);
// A capacity per day or year, whatever it handles, is per that time: `年门诊服务能力将提升至60万人次`, `年加工能力达到500吨`; not
// 今年 or 全年, nor a 年 inside a word (`老年人能力评估`, `青年创业能力培训`): the 年 or 日 opens a word of its own (jieba).
const CAPACITY_PER = /(?<=^|[^0-9今去前明当全上下同首每])[年日]\p{Script=Han}{1,4}?能力/gu;

// One of a thing, then what it can yield (能, 可; a season or a year between): `一个棚能收1.5万斤`, `一座大棚一季能收西红柿1.2万斤`,
// `一场直播能卖出小米600多单`; not one thing that did or holds it (`一台挖掘机清理河道1200米`). And the items each pack holds,
// listed (`每份包括棉手套、保温杯、护膝等7件物品`, `每袋含…等3种`): per pack.
// 一 stands unmodified: one of a kind, any one; not the one thing named (`新建的一座冷库`, `这一个项目`, `只有一个乡镇`, `仅一座`), nor
// the one thing just built, after its works (`建成后，一座水库可灌溉农田3000亩`: AFTER_BUILT in the clause before).
const ONE_CAN = /(?<![第统唯同逐每单的这那该其此有仅])一(?:个|座|场|间|棵|株|头|只)[\p{Script=Han}]{1,3}?(?:一(?:季|茬|年|天))?(?:能|可)[^，,；;。0-9]{0,8}$/u;
const AFTER_BUILT = /(?:建成|建好|投用|投产|投运|投入使用|完工|竣工|落成|改造)后[，,]\s*$/;
const EACH_PACK = /每(?:份|个|袋|箱|套|包|盒)[^，,；;。0-9]{0,6}?(?:包括|包含|含有?|装有|内有)[^，,；;。0-9]{0,24}$/u;
// … and the value of what each pack holds, told after its list (`每个温暖包内有棉被、米面油等物品，价值300元`, `每份含手套、护膝
// 等6件物品和价值50元的餐券`): per pack, as its items are. (A whole's value, `总价值12万元`, is the sum.)
const EACH_PACK_VALUE = /每(?:份|个|袋|箱|套|包|盒)[^，,；;。0-9]{0,6}?(?:包括|包含|含有?|装有|内有)(?:(?!共|总|合计|累计|[0-9]+(?:份|个|袋|箱|套|包|盒))[^；;。]){0,30}(?<!总)价值(?:约|近|达)?$/u;

/** Does the text name an amount per one (PER), or a capacity per year or day (CAPACITY_PER)? */
function perIn(text: string): boolean {
  if (PER.test(text) || EACH_PACK.test(text)) return true;
  CAPACITY_PER.lastIndex = 0;
  for (let m = CAPACITY_PER.exec(text); m; m = CAPACITY_PER.exec(text)) {
    if (tagWords(text).some((w) => w.start === m!.index)) return true;
    CAPACITY_PER.lastIndex = m.index + 1;
  }
  return false;
}
// One of a unit before the number (`一亩打了四百来斤`, `一担水来回得40分钟`): what one unit yields, takes or costs. The
// unit is a measure word jieba keeps in one numeral word with 一 (一亩/m), not 一批 or 一线. (The size of one thing,
// `一间40平方米的活动室`, the number before 的, is that thing's: a total.) One machine or building (一部, 一台, 一座) is per
// one only where what it costs follows (`加装一部电梯花费约60万元`), not what it did or holds (`一台挖掘机清理河道1200米`,
// `一座城市书房面积达200平方米`).
const ONE_UNIT = /(?<![第统唯同逐每单])一(?:亩|担|块|趟|间|套|份|碗|袋|桶|斤|吨|户|餐|顿|晚|(?:部|台|座)(?=[^，,；;。0-9]{0,8}?(?:花费|花了|耗资|投资|投入|造价|成本|费用|价格|售价)))(?![0-9])/g;
/** A unit printed with the number (`3.2元/吨`, `150元/人·月`): an amount per that unit. */
const PER_UNIT = /[0-9][^/]*\/\s*[\p{Script=Han}A-Za-z㎡]/u;
// A change told per one: a verb of change, then its object, then the number (not a level reached, 增加到).
const PER_CHANGE = /(?:增加|提高|提升|增收|减少|降低|缩短|减轻|压缩)(?![到至为])[^，,；;。0-9到至]{1,6}$/;
// A level every one of them reached (`全市村集体收入全部突破10万元`: each village's) and a threshold naming a class
// (`年收入30万元以上村`) are amounts per one.
const EACH_REACHED = /(?:全部|均|都|各)(?:突破|达到|超过|达)$/;
const THRESHOLD_OF = /(?:以上|以下)\p{Script=Han}$/u;
// A standard amount (`城市低保标准为780元`, `最低工资标准调整为2080元`) is what each case gets.
const STANDARD = /标准[^，,；;。0-9]{0,6}$/;
// An amount followed by one of what it is for (`售价3元一穗`).
const ONE_AFTER = /^一[\p{Script=Han}]{1,2}(?=$|[，,；;。])/u;
// What one pays for a thing, told as all it costs (`老人只需交2元`, `只掏3块钱`, `才花3块钱`, `坐公交只要3元`): a price, per item. (Paid once,
// with 了, it is what that time cost: `自己只掏了不到2000元`.)
const PRICE_PAID = /(?:只|仅|才)(?:(?:需|用|要)(?:掏|花|交|付|收)?|(?:掏|花|交|付|收)(?!了))$/;
// Money told in speech (`2块钱`, `2元钱`) that is enough for a thing (`现在2块钱就到了`, `花2元钱就能坐车进城`): its price, per time.
// (Not a sum in figures, `投入50万元就能建成`: only the spoken 钱.)
const ENOUGH_AFTER = /^就(?:能|可以|可|到|够|行|办)/;
const SPOKEN_MONEY = /[块元]钱$/;
// A clause that sets what each case is (`每座户厕改造，`, `服务站每收发一件快递，`) makes the amounts after it per case.
const EACH_CASE = /(?:^|[，,：:])[^，,；;。0-9]{0,8}每[^，,；;。0-9]{1,10}[，,]/;
// A ceiling per case, with or without a verb or a noun of what is capped (`个人最高可贷30万元`, `最高保额为3万元`), and a ceiling
// or floor named by its word, set or moved (`年度最高支付限额提高至8000元`, `起付线为1.5万元`).
const MONEY_CEILING = new RegExp(`最高[^，,；;。0-9]{0,4}$|(?:限额|上限|起付线|封顶线)(?:${MOVED_FROM}|[^，,；;。0-9]{0,2}(?:提高|提升|调整|降低|下调|上调)?(?:到|至|为)?)$`);
// A ticket's or a fee's amount (`景区联票120元`, `学生票60元`, `首小时收费不超过3元`): a price, per ticket or per unit charged.
// A ticket is the clause's subject, no verb's object (`销售体育彩票3000万元`, `开具发票300万元` are sums); a fee is a standard
// or per a unit (收费标准, 每/首…收费), not what a body took in (`停车场收费80万元`).
const TICKET = /票(?:价)?(?:为|是)?$/;
const FEE = /(?:收费标准|(?:每|首)[^，,；;。0-9]{0,10}收费)(?:为|是)?$/;
function ticketOrFee(before: string): boolean {
  if (FEE.test(before)) return true;
  return TICKET.test(before) && !tagWords(before).some((w) => w.tag.startsWith('v'));
}
const SUMMED = /累计|共|全年|总/;
// One meal told by its dishes before what it costs (`一荤两素一碗汤，我们只掏3块钱`, `两荤一素一汤，…刷卡付了3元`, `两菜一汤才8块钱`):
// the price of a meal, per meal, paid once or not.
const ONE_MEAL = /[一两二三四][荤素菜](?:[一两二三四][荤素菜])*(?:一[碗份个]?[汤粥])?/u;
const MEAL_DISHES = /[荤素]|菜一[碗份个]?汤/u;
const MEALS_COUNTED = /[0-9０-９.]+[万千]?[余多]?(?:份|餐|顿|人次|次|单)/u;
// Nor after a noun of funds, spending or takings between (`推出一荤两素套餐，今年区里补贴资金50万元`, `财政投入200万元`,
// `食堂营业额达到80万元`), nor for an amount in 万 or 亿 (`一荤两素，这家食堂一年下来挣了5万元`): a meal's price is paid by one
// diner, in yuan (finding #22 of session 32).
const FUNDS_BETWEEN = /资金|投入|投资|财政|经费|预算|拨付|营业额|营收|收入|销售额|利润/u;
export function oneMeal(chain: string, figure = ''): boolean {
  if (/[万亿]/u.test(figure)) return false;
  const m = ONE_MEAL.exec(chain);
  // (Not after a count of meals or a sum between, `供应一荤两素套餐1.2万份，收入9.6万元`: the takings of them all.)
  const between = m === null ? '' : chain.slice(m.index + m[0].length);
  return m !== null && MEAL_DISHES.test(m[0]) && !SUMMED.test(between) && !MEALS_COUNTED.test(between) && !FUNDS_BETWEEN.test(between);
}

/** The figure's stretches kind.ts reads: its clause before it, its clause chain before it, its clause after it. */
export interface Stretches {
  before: string;
  chain: string;
  after: string;
}

/**
 * A duration printed with 内 after it (spans.ts keeps 内 in the figure's text), counted in working days (how an office
 * counts a deadline: `压缩至3个工作日`), or named a limit before it (`办理时限为15天`, `公示期7天`): a limit on each case.
 */
function isTimeLimit(scope: FigureScope, chain: string): boolean {
  if (UNITS.get(scope.unit)?.kind !== 'duration') return false;
  return /内$/.test(scope.text) || /工作日$/.test(scope.unit) || LIMIT_NAMED.test(chain);
}
// A limit's name, then at most a verb that sets or moves it (`时限由原来的5天压缩至`, `公示期为`); an interval between runs is
// one too (`发车间隔缩短至8分钟`).
const LIMIT_NAMED = new RegExp(`(?:时限|期限|公示期|办结时间|办理时间|间隔)(?:[^，,；;。0-9]{0,4}|${MOVED_FROM})$`);

/** 'per' or 'change' where the figure is per one, else undefined (kind.ts reads the rest). */
export function perKind(scope: FigureScope, change: FigureChange | undefined, { before, chain, after }: Stretches): 'per' | 'change' | undefined {
  // A level reached (`以前每斤谷子只能卖4元，现在提高到6元`) is per what the level before was per.
  // (Not a percentage: a rate reached, `合格率由去年的87%提高到99%`, is per nothing the clause chain names.)
  // (A quoted name says nothing of the figure: `推出“一件事一次办”事项38项`.)
  const perText = maskQuotedNames(change?.from !== undefined && UNITS.get(scope.unit)?.kind !== 'percent' ? chain : before);
  // A per-unit amount of change with its object between (`每亩增加收入600元`, `平均每次缩短等待时间20分钟`) is a change,
  // its label keeping the per word (the guide); a level reached (`增加到`) is not, nor a saving (节省, 节约: per, as the gold reads it).
  const oneCan = ONE_CAN.test(perText) && !AFTER_BUILT.test(chain.slice(0, chain.length - before.length));
  if ((perIn(perText) || oneCan) && PER_CHANGE.test(before)) return 'change';
  // A time limit (`24小时内`, `3个工作日内`, `30分钟内`) is what each case is held to: per case, as a standard is.
  if (isTimeLimit(scope, chain)) return 'per';
  if (EACH_PACK_VALUE.test(chain)) return 'per';
  if (perIn(perText) || oneCan || perIn(after.slice(0, 2)) || ONE_AFTER.test(after) || PER_UNIT.test(scope.text) || scope.unit.includes('/') || (oneUnit(perText) && !/^的/.test(after))) return 'per';
  // Money: a ceiling (最高20万元) is per case, and so are a price paid, a standard, a level each reached, a threshold.
  const money = scope.unit === '元';
  if (money && (MONEY_CEILING.test(before) || oneMeal(chain, scope.text) || (ticketOrFee(before) && !SUMMED.test(before)) || EACH_REACHED.test(before + (/^[^0-9一二三四五六七八九十两]*/.exec(scope.text)?.[0] ?? '')) || THRESHOLD_OF.test(scope.text + after.slice(0, 1)) || PRICE_PAID.test(before) || (SPOKEN_MONEY.test(scope.text) && ENOUGH_AFTER.test(after)) || STANDARD.test(before) || EACH_CASE.test(chain.slice(0, chain.length - before.length)))) return 'per';
  return undefined;
}

/** Whether the text holds one of a unit (`一亩`), as one numeral word of jieba's. */
function oneUnit(text: string): boolean {
  ONE_UNIT.lastIndex = 0;
  for (let m = ONE_UNIT.exec(text); m; m = ONE_UNIT.exec(text)) {
    // (Or an idiom jieba keeps whole with its noun: `一顿饭`/i.)
    if (tagWords(text).some((w) => w.start === m!.index && ((w.word === m![0] && w.tag === 'm') || (w.word.startsWith(m![0]) && w.word.length === 3 && w.tag === 'i')))) return true;
  }
  return false;
}
