// What a figure's label takes from the sentence around it: the figure before it (a change, a part, the next
// item of a list, what the last one has, a generic total named after the sentence's subject), a bare verbal
// noun the figure or the clauses before name in full, what the sentence before counted in the same measure
// word, the holder a count right after a counted noun belongs to, and the activity of a clause before a
// duration. label.ts asks these after it has read the figure's own clause.
import { clauseOf, segmentOf, type FigureScope } from './scope.ts';
import { clean, DEFINING, DONE_VERB, hasNoun, hasVerb, INSTITUTION, isHead, join, LIGHT_VERBS, type Tagged, tagged, WORKS_VERB } from './label-roles.ts';
import { leftPhrase, MAX_LABEL_LENGTH } from './label-phrases.ts';
import { LEADING_AGE } from './label-ages.ts';
import { involvedAfter } from './label-involves.ts';

export interface LabelContext {
  /**
   * The figure before this one in its sentence: its label and where its span ends, and (`earlier`) every labelled
   * figure before this one in the sentence, in order (a list after 分别 reads them: label-respectively.ts).
   */
  previous?: { label: string; end: number; earlier?: readonly { label: string; end: number }[] };
}
/**
 * A label that leans on the figure before it in the sentence: a change or a share of it (`…138万件，同比
 * 增长32%`, `民生支出…，占一般公共预算支出的82%`), the next item of a list under the same verb (`新建改造供热
 * 管网38.1公里、换热站12个`), what the last one has (`14个充电场站，配有121把充电桩`), a generic total
 * (`产量`, `产值`) named after the sentence's subject or the figure before (`粮食种植面积…，产量…`).
 */
export function withContext(label: string, scope: FigureScope, context: LabelContext, leaning: boolean, after: string, subset = false): string {
  const previous = context.previous;
  const words = tagged(label);
  // `城镇新增就业3150人，完成全年任务的105%`: the share of a task or plan done is of what the figure before counted.
  const task = previous && TASK_DONE.test(label) && previous.end <= scope.start ? previous.label.replace(CHANGE_TAIL, '') : '';
  if (task && !TASK_DONE.test(task) && !label.startsWith(task) && `${task}${label}`.length <= MAX_LABEL_LENGTH) return `${task}${label}`;
  // `新增技能人才1.4万人，其中高技能人才3200人`: a part that names its own thing was done as the whole was
  // (新增高技能人才), and is no more of the whole's noun than it says.
  // (A part named by the institutions or places that hold it, not by a kind of the whole's thing, holds that thing:
  // `开设发热门诊43个，其中县级医院18个` → 县级医院发热门诊.)
  const held = previous && subset && hasNoun(words) && !hasVerb(words) && INSTITUTION.test(label) ? nounsOf(previous.label) : '';
  if (held && !INSTITUTION.test(held) && !label.endsWith(held) && `${label}${held}`.length <= MAX_LABEL_LENGTH) return `${label}${held}`;
  const doneAsWhole = previous && subset && hasNoun(words) && !LEADING_AGE.test(label) ? leadingVerbs(previous.label.replace(TASK_TAIL, ''), false) : '';
  // (A kind of the works the whole names closing on its works verb is that work: `完成清洁取暖改造2.3万户，其中“煤改电”
  // 1.5万户` → “煤改电”改造.)
  const works0 = doneAsWhole ? tagged(previous!.label).at(-1) : undefined;
  if (doneAsWhole && works0 && WORKS_VERB.test(works0.word) && !hasVerb(words) && `${label}${works0.word}`.length <= MAX_LABEL_LENGTH) return `${label}${works0.word}`;
  if (doneAsWhole) return label.startsWith(doneAsWhole) ? label : `${doneAsWhole}${label}`;
  // `惠及沿线12个村4600余名群众`: a count right after the noun of the count before, with nothing between, is one more
  // object of its verb (惠及群众).
  const gap = previous && previous.end <= scope.start ? scope.sentence.slice(previous.end, scope.start) : '';
  // (The verb is the one that took the count before, the last of its label: `新建改造村道，惠及沿线5个村的3200余名群众` → 惠及群众.)
  const shared = gap && /^\p{Script=Han}{1,4}$/u.test(gap) && !hasVerb(tagged(gap)) && hasNoun(words) && !hasVerb(words) ? lastVerbs(previous!.label) : '';
  if (shared && !label.startsWith(shared) && `${shared}${label}`.length <= MAX_LABEL_LENGTH) return `${shared}${label}`;
  // `改造老旧小区46个，涉及楼栋318栋，惠及居民1.2万户`: those the works of the sentence reached are counted under
  // the works (改造老旧小区惠及居民), not beside the reach of any other works (供热管网改造惠及居民).
  const reached = previous && REACH.test(label) && previous.end <= scope.start ? worksOf(previous.label) : '';
  if (reached && `${reached}${label}`.length <= MAX_LABEL_LENGTH) return `${reached}${label}`;
  // `建成城乡老年食堂46个，今年新建15个，日均服务老人2300人次`: how many a day the places counted before serve is
  // theirs (老年食堂日均服务老人), not any places' (助餐点, 日间照料中心).
  const served = previous && SERVICE_RATE.test(label) && previous.end <= scope.start && /[个座所家处]$/.test(scope.sentence.slice(0, previous.end)) ? nounsOf(previous.label) : '';
  if (served && !label.startsWith(served) && `${served}${label}`.length <= MAX_LABEL_LENGTH) return `${served}${label}`;
  // `改造老旧小区46个，涉及楼栋318栋`: what the works before involved is counted under their whole label.
  const works = previous?.label.replace(CHANGE_TAIL, '');
  const involved = works && !GENERIC_TOTALS.test(works) ? involvedAfter(label, works) : '';
  if (involved) return involved;
  // `新建城市书房6个，每个面积约200平方米`: 每 and the measure word the figure before counted in is one of what it
  // counted (每个城市书房面积), unless the label names it already (`…站点76个，每个站点…`).
  const each = /^每([个座所处间家条台栋套张])/.exec(label);
  const counted = previous ? nounsOf(previous.label) : '';
  const headOf = (text: string) => tagged(text).filter(isHead).pop()?.word ?? '';
  if (previous && each && counted && scope.sentence[previous.end - 1] === each[1] && !label.includes(headOf(counted)) && `${label}${counted}`.length <= MAX_LABEL_LENGTH) {
    return `${each[0]}${counted}${label.slice(each[0].length)}`;
  }
  // `另有15部正在施工`: nothing before the number names it; the figure before does, with what follows.
  if (previous && !label) return `${nounsOf(previous.label)}${after}`;
  // A rate named by its word alone (`…幸福院46个，覆盖率达到85%`, `…受理诉求3860件，办结率99.2%`) is the rate of
  // what the figure before counted.
  // (Not where the figure before did what the rate measures: `参与学生21.6万人，参与率92%`.)
  if (previous && BARE_RATE.test(label) && previous.end <= scope.start && !previous.label.includes(label.slice(0, -1))) {
    const nouns = nounsOf(previous.label);
    if (nouns && !nouns.endsWith(label) && `${nouns}${label}`.length <= MAX_LABEL_LENGTH) return `${nouns}${label}`;
  }
  // The next part listed after 其中 (`其中企业1.1万户、个体工商户3.5万户`) is of the whole as the first part was:
  // the first's label without its own words (市场主体总数企业 → 市场主体总数), then its own.
  const listed = previous && leaning && subset ? nextPart(label, scope, previous) : '';
  if (listed) return listed;
  // A part after 其中 that names who or what alone (`各助餐点日均就餐2600余人次，其中农村老人1400余人次`) is counted by
  // the measure the whole's label closes on, from its first per-word or verb (日均就餐), not under the whole's holder.
  const prevWords = previous && subset && leaning ? tagged(previous.label) : [];
  const measureAt = prevWords.findIndex((w) => w.role === 'verb' || (DEFINING.test(w.word) && /^(?:人均|户均|日均|月均|年均|每)/.test(w.word)));
  const measure = measureAt > 0 && hasNoun(prevWords.slice(0, measureAt)) && hasNoun(words) && !hasVerb(words) && !LEADING_AGE.test(label) ? join(prevWords.slice(measureAt)) : '';
  if (measure && !label.endsWith(measure) && `${label}${measure}`.length <= MAX_LABEL_LENGTH) return `${label}${measure}`;
  // An age group names its own subset (`其中80岁以上老人占比…`); one with no noun takes the figure before's
  // (`90至99周岁的每人每月100元` after `80至89周岁的老人每人每月50元` → 90至99周岁老人每人每月).
  const age = LEADING_AGE.exec(label);
  if (previous && (leaning || !hasNoun(words)) && !label.startsWith(nounsOf(previous.label)) && !(age && hasNoun(tagged(age[2]!)))) {
    // (`长者食堂…老人占比` before `其中…老人占比约三成`: the figure before already says it.)
    const nouns = nounsOf(previous.label).replace(LEADING_AGE, '$2');
    if (age) return `${age[1]}${nouns}${age[2]}`;
    // (A share of a whole the clause opens on with 占 keeps it between the part and the whole: `老旧小区加装电梯96部，
    // 占已完成总数的67.6%` → 老旧小区加装电梯占已完成总数.)
    const of = /^占到?(?!比)/.test(scope.sentence.slice(clauseOf(scope).start, scope.start).trim()) && !label.startsWith('占') ? '占' : '';
    return nouns.endsWith(label) ? nouns : `${nouns}${of}${label}`;
  }
  const between = previous && previous.end <= scope.start ? scope.sentence.slice(previous.end, scope.start) : '';
  // (A verb between two nouns is inside the next item's noun phrase, 村级健身/v广场: it is no verb of its own.)
  const own = tagged(between.slice(1));
  const ownVerb = own.some((w, i) => w.role === 'verb' && !(own[i - 1]?.role === 'noun' && own[i + 1]?.role === 'noun'));
  if (previous && /^[、和及]/.test(between) && !ownVerb) {
    // `…涉及楼栋312栋、居民8900余户`: the next item is involved in the same works.
    // (Or, where the label before opens on what holds the works, the works verb before its own noun: `改造后的老旧小区
    // 新增养老服务站14个、托育点9个` → 新增托育点.)
    const verbs = /涉及/.test(previous.label) ? previous.label.replace(/涉及.*$/, '涉及') : leadingVerbs(previous.label) || lastWorks(previous.label);
    // (累计 the item took from the list it is in, label.ts, is in what the label before says already.)
    if (verbs && !label.startsWith(verbs)) return `${verbs}${verbs.includes('累计') ? label.replace(/^累计/, '') : label}`;
    // (Or, where the label before names who did it first, what it says before its own nouns: `纪念馆累计接待研学团队1260批次、
    // 游客186万人次` → 纪念馆累计接待游客.)
    const done = verbs ? '' : beforeOwnNouns(previous.label);
    const own = done.includes('累计') ? label.replace(/^累计/, '') : label;
    if (done && !own.startsWith(done) && hasNoun(tagged(own)) && !hasVerb(tagged(own)) && `${done}${own}`.length <= MAX_LABEL_LENGTH) return `${done}${own}`;
  }
  // `…行政村“银发食堂”全覆盖，总数达到120个`, `送去…“暖心包”，价值36万元`, `发放惠民消费券，总额3000万元`: a how-many or how-much alone is of
  // what the clause before closed on (its quoted name, else its last nouns).
  const closing = GENERIC_HEADS.test(label) ? closingNoun(scope.sentence, clauseOf(scope).start) : '';
  if (closing && `${closing}${label}`.length <= MAX_LABEL_LENGTH) return `${closing}${label}`;
  if (GENERIC_TOTALS.test(label)) {
    const segment = scope.sentence.slice(segmentOf(scope).start, scope.start);
    // (`这条公路是…，总投资1.35亿元`: the thing pointed at, without the pointer.)
    const actor = SUBJECT_OF_SEGMENT.exec(segment)?.[1]?.replace(POINTER, '');
    if (actor && actor.length >= 2) return `${actor}${label}`;
    // (After works the sentence counted, the sum is theirs: `改造老旧小区46个，…，总投资2.3亿元` → 改造老旧小区总投资.)
    const works = previous && /^总投资$/.test(label) ? worksOf(previous.label) : '';
    if (works && `${works}${label}`.length <= MAX_LABEL_LENGTH) return `${works}${label}`;
    // (A total investment is not of a noun the figure before merely names.)
    if (previous && label !== '总投资') return `${firstNoun(previous.label)}${label}`;
  }
  return label;
}

const BARE_RATE = /^\p{Script=Han}{1,3}率$/u;
// A task or plan done, named by itself (`完成全年任务`, `完成年度目标任务`, `完成计划`): of what was counted before it.
const TASK_DONE = /^完成(?:全年|年度|今年)?(?:目标)?(?:任务|计划)/;
// (Such a share closing the label of the figure before a part, `…完成全年任务的105%，其中高校毕业生就业1280人`, is no
// doing of the whole the part shares.)
export const TASK_TAIL = /完成(?:全年|年度|今年)?(?:目标)?(?:任务|计划).*$/;
// How many a day (or month) are served, with nothing before it naming who serves: `日均服务老人`, `每天接待游客`.
const SERVICE_RATE = /^(?:日均|每天|每日|月均|每月)(?:服务|接待|接诊|就餐|运送)/;
// A label of reach alone: the verb of reach and whom it reached (`惠及居民`, `受益群众`).
const REACH = /^(?:惠及|受益)\p{Script=Han}{1,4}$/u;
// What a sum of money or what was involved adds to the works it names (`背街小巷改造总投资`, `改造老旧小区涉及楼栋`).
const WORKS_TAIL = /(?:涉及.*|总投资|投资|投入|资金|总面积|面积)$/;

// How many or how much, of nothing the label names.
const GENERIC_HEADS = /^(?:总数|总量|数量|价值|总价值|总规模|总额|总金额)$/;

/**
 * What the clause before `start` closes on: the name it quotes last (`“银发食堂”全覆盖` → 银发食堂), else the
 * nouns it ends with, past its closing verbs and numbers (`新建幸福院8个` → 幸福院); '' at a sentence's first clause.
 */
function closingNoun(sentence: string, start: number): string {
  const before = sentence.slice(0, start).replace(/[，,；;：:\s]+$/, '');
  if (before.length === start) return '';
  const clause = before.slice(before.search(/[^，,；;：:。！？]*$/));
  const quoted = /“([^“”]{2,8})”[^“”]*$/.exec(clause)?.[1];
  if (quoted) return quoted;
  const words = tagged(clean(clause));
  let end = words.length;
  // (A count closing the clause goes with its measure word, `发放创业担保贷款326笔` → 创业担保贷款.)
  while (end > 0 && (/^(?:verb|number|punct|skip)$/.test(words[end - 1]!.role) || words[end - 2]?.role === 'number')) end--;
  let first = end;
  while (first > 0 && words[first - 1]!.role === 'noun' && !DEFINING.test(words[first - 1]!.word)) first--;
  return hasNoun(words.slice(first, end)) ? join(words.slice(first, end)) : '';
}

/**
 * What a label that names only what was done (`安装`, `建成`) is of, when the clause before it in its sentence does
 * something to a thing and names no number (`为独居老人免费安装“一键呼叫”设备，计划安装200台` → 安装一键呼叫;
 * `我市从2023年起推行家庭养老床位，目前已建成1860张` → 建成家庭养老床位): the label and what that clause closes on.
 */
const DATE = /[0-9]{4}年|[0-9]{1,2}月|[0-9]{1,2}日/g;
export function objectBefore(label: string, scope: FigureScope): string {
  if (!label || hasNoun(tagged(label))) return '';
  const start = clauseOf(scope).start;
  const before = scope.sentence.slice(0, start).replace(/[，,；;：:\s]+$/, '');
  const clause = before.slice(before.search(/[^，,；;：:。！？]*$/));
  // (A date is no number of the clause's: `从2023年起`.)
  if (!clause || /[0-9]/.test(clause.replace(DATE, '')) || !hasVerb(tagged(clean(clause)))) return '';
  // (The clause closes on its thing, not on a verb: `村民在家门口就业，一个月能有3000元左右的收入` names no thing.)
  const words = tagged(clean(clause));
  if (words.at(-1)?.role !== 'noun') return '';
  // (And the label's verb is one done to things, or the clause's own: not a verb jieba reads in a noun, 收入.)
  const verb = tagged(label).at(-1)?.word ?? '';
  if (!DONE_VERB.test(verb) && !WORKS_VERB.test(verb) && !words.some((w) => w.word === verb)) return '';
  const thing = closingNoun(scope.sentence, start);
  return thing && `${label}${thing}`.length <= MAX_LABEL_LENGTH ? `${label}${thing}` : '';
}

/** The works a label names, a works verb with its object, without what they cost or involved; or ''. */
export function worksOf(label: string): string {
  const works = label.replace(CHANGE_TAIL, '').replace(WORKS_TAIL, '');
  return tagged(works).some((w) => WORKS_VERB.test(w.word)) && hasNoun(tagged(works)) ? works : '';
}
// What a change adds to the label of the figure it changes (`…同比增长`).
export const CHANGE_TAIL = /(?:同比|环比|较)?(?:增长|下降|提高|降低|增加|减少|增收).*$/;
const GENERIC_TOTALS = /^(?:完成)?(?:产量|产值|投资|总投资|营业收入|收入|销售收入|签约额|增加值)$/;
// A pointer and its measure word before a noun (`这条公路`, `该项目`): which one, not what.
const POINTER = /^(?:这|该|此|那)[条座个项所家批栋处]?/;
// A sentence's subject before its first verb (`绿色煤炭产业链将…`, `医药产业链发挥…`).
const SUBJECT_OF_SEGMENT = /^([\p{Script=Han}]{2,8}?)(?:将|要|发挥|深化|作为|是|也|推进|围绕|重点|坚持|加快)/u;
/** The nouns of a label, without its verbs and per-words: what a following figure leans on. */
function nounsOf(label: string): string {
  const words = tagged(label.replace(CHANGE_TAIL, '').replace(TASK_TAIL, ''));
  let start = 0;
  // (A per-word right before the head defines it: 人均 of 人均体育场地面积.)
  while (start < words.length && !isHead(words[start]!) && !(/均$/.test(words[start]!.word) && words[start + 1] && isHead(words[start + 1]!))) start++;
  // (So does a verb that modifies it, no works or light verb: 充电 of 充电场站.)
  const modifier = words[start - 1];
  if (modifier?.role === 'verb' && !WORKS_VERB.test(modifier.word) && !LIGHT_VERBS.has(modifier.word) && !DONE_VERB.test(modifier.word)) start--;
  let end = words.length;
  // Verbs closing a noun phrase right after its noun are its head (`旅游综合收入`, `实际负担`, `劳动力转移就业`,
  // `就诊率`: jieba tags 收入, 负担, 就业 and 率 as verbs); other closing words are dropped.
  while (end > start && !isHead(words[end - 1]!) && !headVerbs(words, start, end)) end--;
  return join(words.slice(start, end));
}

/** Whether the words closing words[start, end) are verbs right after a head noun. */
function headVerbs(words: readonly Tagged[], start: number, end: number): boolean {
  let k = end;
  while (k > start && words[k - 1]!.role === 'verb') k--;
  return k < end && k > start && isHead(words[k - 1]!);
}

/** The verbs (and, unless told not, defining words) a label opens with: `新建改造` of 新建改造供热管网. */
/** The last run of verbs in a label, the one that took its noun (`新建改造村道惠及沿线村` → 惠及); its leading verbs where it has no other. */
function lastVerbs(label: string): string {
  const words = tagged(label);
  let end = words.length;
  while (end > 0 && words[end - 1]!.role !== 'verb') end--;
  let start = end;
  while (start > 0 && words[start - 1]!.role === 'verb') start--;
  return start === 0 ? leadingVerbs(label, false) : join(words.slice(start, end));
}

function leadingVerbs(label: string, defining = true): string {
  const words = tagged(label);
  let end = 0;
  while (end < words.length && (words[end]!.role === 'verb' || (defining && DEFINING.test(words[end]!.word)))) end++;
  return join(words.slice(0, end));
}

/**
 * A label whose thing is a bare verbal noun (`培训4100人次` → 培训, `累计培训`) that the figure before names
 * in full, nouns before it (`开展职业技能培训62期`, `举办各类职业技能培训班1380期`): the label takes those nouns
 * (职业技能培训, 累计职业技能培训). With no figure before in the sentence, the clauses before it name it too,
 * in one word ending on it (`提供…居家养老上门服务，累计服务3.2万人次` → 累计上门服务). Only where nothing else
 * in the label names a thing.
 */
export function namedBefore(label: string, context: LabelContext, clausesBefore: string): string {
  const previous = context.previous?.label;
  const words = tagged(label);
  const last = words[words.length - 1];
  if (!last || !/^vn?$/.test(last.tag) || words.slice(0, -1).some((w) => w.role === 'noun' && !DEFINING.test(w.word))) return label;
  if (!previous) {
    // (The last word of the clauses before that ends on it and is longer: 上门服务 of 服务.)
    const whole = tagged(clausesBefore).filter((w) => w.role === 'noun' && w.word.length > last.word.length && w.word.endsWith(last.word)).pop();
    const named = whole ? `${join(words.slice(0, -1))}${whole.word}` : '';
    return named && named.length <= MAX_LABEL_LENGTH ? named : label;
  }
  const before = tagged(previous);
  const at = before.findIndex((w, i) => i > 0 && w.word.startsWith(last.word));
  let start = at;
  while (start > 0 && /^(?:n|nz|vn)$/.test(before[start - 1]!.tag)) start--;
  if (at <= 0 || start === at) return label;
  const named = `${join(words.slice(0, -1))}${join(before.slice(start, at))}${last.word}`;
  return named.length <= MAX_LABEL_LENGTH ? named : label;
}

/**
 * What the last count of the sentence before counts, when it is in the same measure word as this one
 * (`先后建成农村互助幸福院146个。今年新建32个…` → 农村互助幸福院): its noun phrase without its verbs, or ''.
 */
export function countedBefore(scope: FigureScope): string {
  const sentence = scope.paragraph.slice(0, scope.sentenceStart).replace(/[。！？!?]\s*$/, '').split(/[。！？!?]/).pop() ?? '';
  const words = tagged(clean(sentence));
  // (Its last count in this measure word: `…幸福院146个`, `计划改造老旧小区215个，涉及居民3.6万户`; jieba may read the
  // multiplier with the unit, `2/万套`.)
  let at = words.length - 1;
  while (at > 0 && !(words[at]!.word.replace(/^[万亿]/, '') === scope.unit && words[at - 1]!.role === 'number')) at--;
  if (at <= 0) return '';
  const phrase = leftPhrase(words.slice(0, at - 1));
  // (From its first noun: the verbs and adverbs before it say what was done then, `先后建成`; a word jieba does not know
  // or an adjective right before a noun is the noun's, `老旧/x 小区`.)
  const first = phrase.findIndex((w, i) => w.role === 'noun' && (/^n/.test(w.tag) || (/^(?:x|a)$/.test(w.tag) && phrase[i + 1]?.role === 'noun')));
  const nouns = first < 0 ? '' : join(phrase.slice(first));
  return hasNoun(tagged(nouns)) ? nouns : '';
}

/**
 * What the figure before in the sentence counts, when it counts in the same unit and this label names only
 * what was done (`现有蔬菜大棚640座，今年新发展82座` → 蔬菜大棚); '' otherwise.
 */
export function countedBeside(label: string, scope: FigureScope, context: LabelContext): string {
  const previous = context.previous;
  if (!previous || previous.end > scope.start || !scope.sentence.slice(0, previous.end).endsWith(scope.unit)) return '';
  const words = tagged(label);
  const done = words.some((w) => w.role === 'verb' || w.tag === 'vn');
  if (!done || words.some((w) => isHead(w) && w.tag !== 'vn')) return '';
  const nouns = nounsOf(previous.label);
  return nouns && !label.includes(nouns) ? nouns : '';
}

/**
 * What the clause before `end` says was done, when it prints no number: its first verb or noun after the
 * time and actor words, up to its first noun (`以前开药要去医院排队` → 开药, `过去去趟县城得绕大半天` → 去趟县城).
 */
export function activityBefore(sentence: string, end: number): string {
  const start = sentence.slice(0, Math.max(0, end - 1)).search(/[^，,；;：:]*$/);
  const text = clean(sentence.slice(start, Math.max(start, end - 1)));
  if (!text || /[0-9]/.test(text)) return '';
  const words = tagged(text);
  let i = 0;
  while (i < words.length && words[i]!.role === 'stop') i++;
  const taken: Tagged[] = [];
  for (; i < words.length; i++) {
    const w = words[i]!;
    if (w.role === 'stop' || w.role === 'number' || w.role === 'de' || w.role === 'punct') break;
    taken.push(w);
    if (/^n/.test(w.tag) && taken.length > 1) break;
  }
  const activity = join(taken);
  // (Not who did it: a person's or a place's name, `居民李先生`.)
  if (taken.some((w) => /^(?:nr|ns|nt)$/.test(w.tag))) return '';
  return activity.length <= 6 && taken.some((w) => w.role === 'verb' || /^n/.test(w.tag)) ? activity : '';
}

/**
 * A count right after the noun the figure before counts holds what that noun has (`2737个…就业社保服务点40项
 * 服务工作全面试运行`: the service points' 40 services): the label names the holder first (社保服务点服务工作…).
 * Only where nothing but that noun stands between the two counts, and the label names a thing of its own.
 */
export function holderBefore(scope: FigureScope, context: LabelContext, label: string): string {
  const previous = context.previous;
  if (!previous || previous.end > scope.start || !hasNoun(tagged(label))) return '';
  const between = clean(scope.sentence.slice(previous.end, scope.start));
  if (!between || /[，,；;。的之]/.test(between)) return '';
  const words = tagged(between);
  let start = words.length;
  while (start > 0 && words[start - 1]!.role === 'noun' && words[start - 1]!.word !== '、') start--;
  const run = join(words.slice(start));
  // (A one-character noun, `辐射周边6个村1200余名老人`, is the place the counted live in, not a holder: those counted
  // after it were reached as it was, 日间照料中心辐射村 → 日间照料中心辐射老人.)
  const reached = run.length === 1 && start === 0 && previous.label.endsWith(run) && !hasVerb(tagged(label)) ? beforeOwnNouns(previous.label) : '';
  if (reached) return `${reached}${label}`.length <= MAX_LABEL_LENGTH ? `${reached}${label}` : '';
  if (!hasNoun(words.slice(start)) || run.length < 2 || label.includes(run) || !previous.label.endsWith(run)) return '';
  return `${run}${label}`.length <= MAX_LABEL_LENGTH ? `${run}${label}` : '';
}

/** The first noun of a label (`推动煤炭产能…` → 煤炭): what a generic total after it is of. */
function firstNoun(label: string): string {
  const first = tagged(label).find(isHead)?.word ?? '';
  return first === label ? '' : first;
}

/**
 * The label of the next part in a list after 其中, when the figure before is the part before it in the same list:
 * the whole's words the first part's label carries (its label without the first part's own words) and this one's.
 */
function nextPart(label: string, scope: FigureScope, previous: { label: string; end: number }): string {
  const clause = clauseOf(scope);
  if (previous.end <= clause.start || previous.end > scope.start || !/^[、和及]/.test(scope.sentence.slice(previous.end)) || !hasNoun(tagged(label))) return '';
  const first = scope.sentence.slice(clause.start, previous.end).replace(/^其中/, '');
  const own = first.replace(/[约近超]?[0-9][0-9.]*[万亿]?[余多]?[^0-9]*$/, '');
  // (A first part named as a kind of the works, `“煤改电”改造`, gives the next its works word: `“煤改气”改造`.)
  const suffix = own && previous.label.startsWith(own) ? previous.label.slice(own.length) : '';
  if (suffix && WORKS_VERB.test(suffix) && !label.endsWith(suffix)) return `${label}${suffix}`;
  if (!own || own === first || !previous.label.endsWith(own)) return '';
  const whole = previous.label.slice(0, -own.length);
  return whole && !label.startsWith(whole) && `${whole}${label}`.length <= MAX_LABEL_LENGTH ? `${whole}${label}` : '';
}

/** A label without the nouns it closes on, where what is left closes on a verb (`纪念馆累计接待研学团队` → 纪念馆累计接待); or ''. */
function beforeOwnNouns(label: string): string {
  const words = tagged(label);
  let end = words.length;
  while (end > 0 && words[end - 1]!.role === 'noun' && !DEFINING.test(words[end - 1]!.word)) end--;
  return end > 0 && end < words.length && words[end - 1]!.role === 'verb' ? join(words.slice(0, end)) : '';
}

/** The last works verb of a label followed by its nouns only (`老旧小区新增养老服务站` → 新增), or ''. */
function lastWorks(label: string): string {
  const words = tagged(label);
  for (let i = words.length - 2; i >= 0; i--) if (WORKS_VERB.test(words[i]!.word)) return words.slice(i + 1).some((w) => w.role === 'de') ? '' : words[i]!.word;
  return '';
}
