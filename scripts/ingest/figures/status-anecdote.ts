// Whether a figure is one person's or one household's story (an anecdote, never charted as data), read by form:
// a quote whose words are the speaker's own (我, 家里, 以前…现在, what they earn or pay) or whose speaker, named beside
// it, is a resident and no official; a resident's message told after a colon; one person named by a kin word or
// after a role that is one of many (王大娘, 村民王改花, 患者李建国); a small business's figures told by its own manager;
// a person's age. Kept apart from status.ts, which reads what governs a clause (plan, target, forecast, actual).

import { chainBefore, maskQuotedNames, quoteAround, type FigureScope } from './scope.ts';
import { isSurnameOpening, namedActorBefore, namesSomeone, OFFICIAL, SPOKE_AFTER, toldByResident, turnOf } from './status-speaker.ts';
import { tagWords } from './words.ts';

// Residents of a place told as many (`家住锦绣苑小区的居民通过12345热线反映，…约260米的道路多年未打通`): a
// complaint about their estate, not one person's story (`家住…的李巧兰患糖尿病10多年` is one).
const RESIDENTS_OF = /家住[^，,；;。]{0,24}?的(?:居民|村民|市民|群众|住户|业主)们?/g;
// (Or its head by the title whose first character is the place's, `厂长告诉记者，厂里去年加工小米1500吨`, `店长说，店里…`: X长 on X里.)
const HEAD_ON_OWN_PLACE = /^[^，,；;。]{0,12}?([厂店社场])长[\p{Script=Han}]{0,3}?(?:介绍|说|告诉记者)[，,：:]\s*\1里/u;
const OWN_BUSINESS_TOLD = /^[^，,；;。]{0,12}?(车间|工厂|加工厂|合作社|小店|店铺|作坊|农场|家庭农场)(?:的)?(?:负责人|厂长|经理|老板|理事长|社长|店主|场主)[\p{Script=Han}]{0,3}?(?:介绍|说|告诉记者)[，,：:]\s*(?:该|这个|我们)?\1/u;
// What an institution gives by its policy, named in a quote (`园区提供的人才公寓前三年免租金，每月还有1500元的生活补贴，
// 这让我…`, the annotation guide): the policy's standard, not the speaker's own figure.
const POLICY_GIVEN = /(?:园区|政府|县里|区里|市里|镇里|街道|单位|学校|医院)[^，,；;。“”]{0,4}(?:提供|发放|给予|补贴|补助)/;
// (我 before a body, `我局会同公安交警部门…`, `我委`, `我镇`, is an office's voice, as 我市 is; 他 inside 其他 names no one: `推广到街道其他8个社区`. A kin word, `老伴上个月做了膝盖手术，下楼一趟要花20多分钟`, tells one
// household's story.)
const KIN = '家住|我家|家里|自家|老伴|(?<![独子])(?:丈夫|妻子|儿子|女儿|孙子|孙女)';
const KIN_WORD = new RegExp(KIN, 'u');
const PERSON_BEFORE = new RegExp(String.raw`${KIN}|(?:女士|先生|大爷|大妈|大娘|大姐|大哥|大叔|大嫂|老汉|婆婆|阿姨|奶奶|爷爷|师傅)(?!们)|(?<![其吉])[她他](?![们人])|(?<![自本])我(?![市县区国省们]|(?:局|委|办|院|厅|镇|乡|村|校|所|站|中心|单位|公司)(?![\p{Script=Han}]?的))`, 'u');
const ROLES = '护士长|医生|村民|居民|市民|负责人|老板|店主|职工|教师|老师|主任|经理|家长|网格员|志愿者|社工|司机';
/**
 * Residents a report names as one of many: such a word and a name, in the figure's clause chain, tell one person's
 * story (`独居老人郭满仓…还领到了1吨取暖煤`, `种植户秦海红家种了6个大棚`). (Officials' titles are left out: `负责人李某
 * 介绍，全县…` gives a statistic.)
 */
const PEOPLE_ROLES = '村民|居民|市民|老人|老汉|菜农|果农|农户|种植户|养殖户|患者|病人|学员|家长|脱贫户|低保户|农民工|创业者|店主|摊主';
const PERSON_NAME = new RegExp(`(?:${ROLES})(?!介绍|表示|指出|说|称|告诉)[\\p{Script=Han}]{2,3}(?=[护在是的患每说从今去已一带家，,：:])`, 'u');
// A role followed by a name, whatever comes after it (`村民王改花用攒了…`, `独居老人郭满仓拿到…`): a word jieba
// tags a name (nr) or does not know (x), opening on a surname (pinyin-pro's table of surnames), and acting —
// a word follows it, not a comma (`从孩子上学到老人养老，` is no name, though jieba tags 养老 nr).
const ROLE_THEN_NAME = new RegExp(`(?:${PEOPLE_ROLES})(?!介绍|表示|指出|说|称|告诉)(?=\\p{Script=Han})`, 'gu');
const PERSONAL_PAY = /(?:能挣|能赚|能有|能领|多领|挣了|赚了)$/;
const SPEECH = /[，,。！？!?…]/;
// What makes a quotation one person's experience rather than an official's statistic: the speaker, their
// home and family, their own before and after, what they pay or earn, and their own business (`我们厂`, `我们加工
// 小米1800吨`: a manager on his factory, as the annotation guide reads it; an official's `我们全县` is not).
const PERSONAL_QUOTE = /(?<![自本])我(?![们市县区省国]|(?:局|委|办|院|厅|镇|乡|村|校|所|站|中心|单位|公司)(?![\p{Script=Han}]?的))|俺|咱|家里|我家|自家|屋里|自己|孩子|儿女|老伴|以前|过去|平时|现在|如今|一个月|每月能|能(?:挣|赚|有|收入|领)|只要|只需|卖|花了|掏|省下|省了|我们(?=厂|公司|合作社|店|车间|企业|加工|收购|销售|种)/u;
const AGE_UNIT = '岁';
const TEMPERATURE = /^(?:℃|度)$/;
// A thermometer and the verb of its reading after it (显示, 停在, 指向/指着), in the figure's clause chain.
const READING = /(?:温度计|温控器|温度表|测温仪|测温枪)[^；;。]*?(?:显示|停在|停留在|指向|指着|指在)/;
// …unless the chain tells a whole read off many meters: a count of three or more governing the meter that reads (`全市1.2万块
// 智能温控器显示`, `全市布设的500个测温仪显示`; not meters handed out, `发放了300支温度计，…温度计显示`, nor one home's two,
// `两个温度计都显示`), an average over more than one home (平均, 均温; not `这户…平均室温21℃`), or a whole place (`全市…`:
// a place's word, not any 率 or 标准 of the chain, `为检验供热达标率，记者走进…一户居民家中`).
const NUMERAL = '0-9０-９.．一两二三四五六七八九十百千万几';
const METER = '温度计|温控器|温度表|测温仪|测温枪';
const MANY_METERS = new RegExp(`(?<![${NUMERAL}])(?:数|上)?(?![1１2２一两二](?![${NUMERAL}]))[${NUMERAL}]+[余多]?(?:块|个|台|支|套|只)[^，,；;。]{0,6}(?:${METER})[^，,；;。]{0,4}?(?:显示|停在|停留在|指向|指着|指在)`, 'u');
const AVERAGE = /平均|均温/;
const ONE_HOME = /[一这该那]户(?!均)|[一这该那]家(?!企业|公司|单位)/;
// A whole area by its word (全市, 我县, 县里, 户均): one spelling, read alone here and within WHOLE_PLACE below.
const AREA_WORDS = '全[县市区镇乡省]|我[县市区镇乡省]|[县市区镇乡]里|村均|户均';
const WHOLE_AREA = new RegExp(AREA_WORDS);
/** Whether a thermometer's reading in the chain is a whole read off many meters, not one room's. */
function manyReadings(before: string): boolean {
  if (MANY_METERS.test(before)) return true;
  // (Where the chain names one home, `…一户居民家中`, `老李家`, the reading is that home's whatever place stands before it,
  // `记者走进我市东街一户居民家中`, `全县集中供暖首日，记者来到…一户居民家中`: a whole place counts only after it, as the
  // meters' or the average's subject: R5 F6.)
  const homes = [...before.matchAll(HOME)].filter((m) => !m[1] || isSurnameOpening(m[1]));
  if (homes.length > 0) return WHOLE_AREA.test(before.slice(homes.at(-1)!.index + homes.at(-1)![0].length));
  return AVERAGE.test(before) || WHOLE_AREA.test(before);
}
/** One home: 一户/这户, 一家, or by its person, 老李家 (a surname after 老/小), 王大爷家. */
const HOME = new RegExp(`${ONE_HOME.source}|[老小](\\p{Script=Han})家|(?:大爷|大妈|大娘|大姐|大哥|大叔|大嫂|奶奶|爷爷|阿姨|师傅)家`, 'gu');
/** A topic tag set in hash marks (`#我为群众办实事#`). */
const TOPIC_TAG = /#[^#\s，,。；;！？!?]{1,16}#/gu;
const MESSAGE = /(?:市民|居民|村民|网友|群众)[^，,。；;：:]{0,16}?(?:留言|来信|反映|来电|说|问)[:：]/;

/** Whether the figure tells one person's or one household's story. */
export function isAnecdote(scope: FigureScope): boolean {
  if (scope.unit === AGE_UNIT) return true;
  // What a speaker cites from a report or a plan (`他说，报告提出为30万人次老年人免费健康体检`, `“报告提出今年新建高标准农田
  // 18万亩，这对我们种粮的人…”`) is the document's figure, not the speaker's own.
  if (CITED.test(scope.sentence.slice(0, scope.start))) return false;
  const at = scope.sentenceStart + scope.start;
  const quote = quoteAround(scope.paragraph, at, scope.sentenceStart + scope.end);
  if (quote !== undefined && SPEECH.test(quote) && !POLICY_GIVEN.test(scope.sentence.slice(0, scope.end))) {
    if (PERSONAL_QUOTE.test(quote)) return true;
    // Who speaks: a person named beside the quote, not an official, telling no figure of a whole place or a scheme
    // (`“上个月在工地干了26天…”…的李建军笑得合不拢嘴`) tells their own story.
    // (So does a quote tagged by 他 or by nothing, after the reporter's sentences about one resident: status-speaker.ts.)
    if (!WHOLE_PLACE.test(quote) && (speakerIsResident(scope.paragraph, quote) || toldByResident(scope.paragraph, quote))) return true;
  }
  // A transcript's answer (`王磊：投了4家，…`, `郭保平：我们卫生室管着后河、前河、西岭3个村`), its speaker a resident (no
  // official by the article: status-speaker.ts residentSpeakers), is that person's words, read as a quote of them is.
  const speech = transcriptSpeech(scope);
  if (speech !== undefined && !POLICY_GIVEN.test(scope.sentence.slice(0, scope.end)) && (PERSONAL_QUOTE.test(speech) || !WHOLE_PLACE.test(speech))) return true;
  // A resident's message told after a colon, without quotation marks (`市民“漳河边的风”12月2日留言：…屋里只有14℃`).
  const message = MESSAGE.exec(scope.sentence.slice(0, scope.start));
  if (message && PERSONAL_QUOTE.test(scope.sentence.slice(message.index + message[0].length))) return true;
  const before = chainBefore(scope);
  if (PERSONAL_PAY.test(before)) return true;
  // A temperature read off a thermometer in its clause chain (`墙上的温度计显示19℃`, `温控器显示，屋里温度是20℃`, `把温度计放在
  // 茶几上，数字停在了21.5℃`) is one room's at one moment, as the guide reads a home's temperature.
  if (TEMPERATURE.test(scope.unit) && READING.test(before) && !manyReadings(before)) return true;
  // A small business's figures told by its own manager (`车间负责人介绍，车间去年带动周边6个村的村民就业…`), as the
  // annotation guide reads the manager's `去年我们加工小米1800吨`.
  if (OWN_BUSINESS_TOLD.test(scope.sentence.slice(0, scope.start)) || HEAD_ON_OWN_PLACE.test(scope.sentence.slice(0, scope.start))) return true;
  // (A topic tag, `#我为群众办实事#`, is the paper's heading, no one's words: read as blank.)
  const untagged = (text: string) => text.replace(TOPIC_TAG, (m) => ' '.repeat(m.length));
  const segment = untagged(scope.sentence);
  const told = untagged(before);
  // (A resident named after any noun that says what they are, `种粮大户郭有福今年流转…`, `被告人王某…`, acts too: status-speaker.ts.)
  // (A quoted name, `“好婆婆好媳妇”表彰会`, `把加装电梯作为“我为群众办实事”的重点`, is an award's or a campaign's, no one's person;
  // a short remark, `“我家的暖气热乎乎的”，屋里…`, is its speaker's.)
  return PERSON_BEFORE.test(maskQuotedNames(told, { remarks: 'kept', nameOf: sloganLead }).replace(RESIDENTS_OF, (m) => ' '.repeat(m.length))) || namesPerson(segment) || personActsBefore(told) || namedActorBefore(told) || householdNamed(told) || namedThenTime(told);
}

/**
 * Whether a quote opening its sentence with no one speaking it is a name standing as the lead (a campaign's, a programme's:
 * `“我为群众办实事”，全县已修复路灯46盏`, `“奶奶的饭桌”，社区食堂…`), not a resident's remark: its words end on a noun with no
 * verb or aspect particle among them (jieba n*; v, 了/着/过: a name is a noun phrase, a remark says what is or was done,
 * `…热乎乎的`, `…不冷了`, `俺家也用上了天然气`), or the clause after it tells a whole place (WHOLE_PLACE: `“我的家乡我的年”，全市…`).
 */
function sloganLead(words: string, after: string): boolean {
  // (A quote naming a household, `“我家今年装上了新暖气”，县里补贴了2000元`, `“老伴的救命钱”，今年报销了3000多元`, is its
  // speaker's remark whatever the clause after it names, the county as the giver or its standard: R5 F4.)
  if (KIN_WORD.test(words)) return false;
  const tagged = tagWords(words);
  return (/^n/.test(tagged.at(-1)?.tag ?? '') && !tagged.some((w) => /^(?:v|ul|uz|ug)/.test(w.tag))) || WHOLE_PLACE.test(after);
}

// A noun of one household or resident (`种植户`, `种粮大户`, PEOPLE_ROLES; not a count of households, `128户`, nor 每户/各户), then a
// name of two or three characters opening on a surname, then a time (`种植户刘春生今年种了15亩黄芩`, `种粮大户常满仓今年…`): one
// person's doing in that time, whatever jieba makes of the name (it cuts 刘/zg 春生/n, tags 常/d 满仓/v). A letter-spaced name
// (`郭 建 平`) is read closed up. (A name jieba reads as one word of another kind is none: `村民代表今年…`.)
const ONE_HOUSEHOLD = '(?<![0-9０-９一二三四五六七八九十百千万两几每各全该此这那等])\\p{Script=Han}{1,3}户';
const ROLE_BEFORE_NAME = new RegExp(`(?:${ONE_HOUSEHOLD}|${PEOPLE_ROLES})(?=\\p{Script=Han})`, 'gu');

/**
 * Whether a resident, named after the noun that says what they are, is followed by a time word of two characters or more (jieba t:
 * 今年, 去年; not 冬 of `为保障改造户温暖过冬`): their own doing then.
 */
function namedThenTime(text: string): boolean {
  const closed = text.replace(/(?<=\p{Script=Han})[ 　](?=\p{Script=Han})/gu, '');
  ROLE_BEFORE_NAME.lastIndex = 0;
  for (let hit = ROLE_BEFORE_NAME.exec(closed); hit; hit = ROLE_BEFORE_NAME.exec(closed)) {
    const at = hit.index + hit[0].length;
    for (const length of [3, 2]) {
      const name = closed.slice(at, at + length);
      if (name.length !== length || !/^\p{Script=Han}+$/u.test(name) || !isSurnameOpening(name)) continue;
      // (Not a word of its own jieba knows as no name: `村民代表今年…`, `农户收入今年…`.)
      const words = tagWords(name);
      if (words.length === 1 && !/^(?:nr|x)/.test(words[0]!.tag)) continue;
      const next = tagWords(closed.slice(at + length, at + length + 4))[0];
      if (next !== undefined && next.start === 0 && next.tag === 't' && next.word.length >= 2) return true;
    }
  }
  return false;
}

// A person's name, then 家 and what the household has, paid or did (`王翠兰家有3个大棚`, `张建国家出了3.2万元`), opening a clause.
const NAME_HOUSEHOLD = /(?:^|[，,。：:\s])(\p{Script=Han}{2,3})家(?=有|出了?|种了?|养了?|开的|花了|掏了|收入)/gu;

/** Whether a clause before the figure opens on a household named by its member (a name: status-speaker.ts namesSomeone). */
function householdNamed(text: string): boolean {
  NAME_HOUSEHOLD.lastIndex = 0;
  for (let m = NAME_HOUSEHOLD.exec(text); m; m = NAME_HOUSEHOLD.exec(text)) if (namesSomeone(m[1]!) && tagWords(m[1]!).length <= 2) return true;
  return false;
}

// A document's words cited before the figure: a report, plan or policy that proposes, states or sets it.
const CITED = /(?:报告|规划|方案|纲要|文件|政策)(?:中|里|上)?(?:提出|明确|规定|写着|写明)(?![^，,；;。]{0,6}的)/;
// What a quote says of a whole place, a scheme or a measure (`全县村均人口不足800人`): a statistic, whoever speaks.
const WHOLE_PLACE = new RegExp(`${AREA_WORDS}|全村|人均|率|累计|共有|共计|政策|标准`);

/**
 * Whether the quote's speaker, named right after it (`“…”…刚参加工作的王浩向记者算了一笔账`) or right before it (`村民赵月娥说：
 * “…”`), is a person (jieba: a name, nr, or an unknown word opening on a surname) and no official.
 */
function speakerIsResident(paragraph: string, quote: string): boolean {
  const at = paragraph.indexOf(quote);
  if (at < 0) return false;
  const after = paragraph.slice(at + quote.length + 1).split(/[。！？!?“]/)[0] ?? '';
  const before = /[^。！？!?”]{0,30}[:：]\s*$/.exec(paragraph.slice(0, Math.max(0, at - 1)))?.[0] ?? '';
  return [SPOKE_AFTER.test(after) ? after : '', before].some((speaker) => speaker !== '' && !OFFICIAL.test(speaker) && namesSomeone(speaker));
}

/**
 * Whether a role word stands before a person's name (`村民杨建平`), the name being what jieba tags a
 * personal name (nr), not any two characters after the role (`退休职工组成的志愿服务队`).
 */
function namesPerson(text: string): boolean {
  const m = new RegExp(PERSON_NAME.source, 'gu');
  for (let hit = m.exec(text); hit; hit = m.exec(text)) {
    const role = new RegExp(`^(?:${ROLES})`).exec(hit[0])![0];
    const at = hit.index + role.length;
    const words = tagWords(text.slice(hit.index, at + 4));
    if (words.some((w) => w.start >= role.length && w.start < hit[0].length && (/^nr/.test(w.tag) || (w.tag === 'x' && /^\p{Script=Han}{2,4}$/u.test(w.word))))) return true;
  }
  return false;
}

/** Whether a resident named after their role (`独居老人郭满仓`) acts in the text before the figure. */
function personActsBefore(text: string): boolean {
  ROLE_THEN_NAME.lastIndex = 0;
  for (let hit = ROLE_THEN_NAME.exec(text); hit; hit = ROLE_THEN_NAME.exec(text)) {
    const at = hit.index + hit[0].length;
    const first = tagWords(text.slice(at, at + 4))[0];
    const after = text[at + (first?.word.length ?? 0)] ?? '';
    if (first && /^(?:nr|x)/.test(first.tag) && first.word.length <= 4 && isSurnameOpening(first.word) && /\p{Script=Han}/u.test(after)) return true;
  }
  return false;
}

/** What a resident says in a transcript's answer line holding the figure: the paragraph after the speaker's name and colon. */
function transcriptSpeech(scope: FigureScope): string | undefined {
  const turn = turnOf(scope.paragraph);
  return turn && scope.article.residentSpeakers?.includes(turn.name) ? turn.speech : undefined;
}
