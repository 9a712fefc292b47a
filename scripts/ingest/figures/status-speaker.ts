// Who a quotation belongs to when no name stands beside it: a quote tagged only by a pronoun (`“…”他说。`) or by
// nothing at all, told right after the reporter's sentences about one resident (`45岁的张建军当天就找到了…。“一天干8个
// 小时，日结150元…”`), is that resident's own words. And how a person is named, by jieba's tags and the surnames
// table: a word tagged a name (nr, a one-character surname too: `李/nr 红军/n`), an unknown word opening on a surname,
// or a surname before a term of address (`程/n 女士/n`, `张/q 大爷/n`). Used by status-anecdote.ts; an official's voice
// (a body, a post in one) is never a resident's.

import { isInterview, namedSpeaker, speakerLabel } from '../describe/interview.ts';
import { closedUp, tagWords } from './words.ts';
// pinyin-pro's table of Chinese surnames (single and compound), which it uses to read names.
import Surnames from 'pinyin-pro/dist/esm/data/surname.mjs';

const SURNAMES = new Set(Object.keys(Surnames));
export function isSurnameOpening(word: string): boolean {
  return SURNAMES.has(word.slice(0, 2)) || SURNAMES.has(word[0]!);
}

// Terms of address after a surname (`刘女士`, `张大爷`, `郭师傅`): one person, named as readers call them.
const ADDRESS = /^(?:女士|先生|大爷|大妈|大娘|大姐|大哥|大叔|大嫂|阿姨|师傅|奶奶|爷爷|老汉|婆婆)/;
// An official's or an institution's voice: a body (局, 委, 办, 政府), a post in one.
export const OFFICIAL = /局|委|办|政府|中心|书记|县长|市长|区长|镇长|乡长|主任|部长|处长|科长|站长|所长|院长|校长|专家|民警|干部/;

// (jieba tags some places' names nr, `平顺县/nr`, `高新区/nr`, and leaves a town's stem unknown, `夏店/x 镇`: a name
// never ends on a level of place, nor stands before one.)
const PLACE_END = /[省市县区镇乡村街]$/;

/** Whether the text names a person: by jieba's name tag, an unknown word opening on a surname, a surname and given name cut apart, or a surname before a term of address. */
export function namesSomeone(text: string): boolean {
  const words = tagWords(text);
  return words.some((w, i) => {
    if ((/^nr/.test(w.tag) || (w.tag === 'x' && /^\p{Script=Han}{2,3}$/u.test(w.word))) && w.word.length <= 4 && isSurnameOpening(w.word) && !PLACE_END.test(w.word) && !PLACE_END.test(text.slice(w.end, w.end + 1).replace(/[^省市县区镇乡村街]/, ''))) return true;
    if (w.word.length !== 1 || !SURNAMES.has(w.word)) return false;
    const next = words[i + 1];
    // (A surname before a term of address, `程/n 女士/n`, `张/q 大爷/n`, whatever jieba tags the surname.)
    return next !== undefined && next.start === w.end && ADDRESS.test(next.word);
  });
}

// A pronoun alone as the speaker: `他说`, `她笑着说`, `他告诉记者`.
const PRONOUN_TAG = /^[^，,。！？!?“”]{0,3}?[他她](?:笑着|感慨地|高兴地)?(?:说|告诉记者|表示|算了)/;
// The words after a quote name its speaker when a verb of speech follows within the sentence (`老人笑着说`), as
// status-anecdote.ts reads a speaker too: one pattern for both.
export const SPOKE_AFTER = /^[^“”。！？!?]{0,40}?(?:说|表示|告诉|介绍|算了|笑|感慨|坦言|讲|反映)/;
// (A colon before the quote is its speaker's line, `村民赵月娥说：“…`: read by status-anecdote.ts.)
const COLON_BEFORE = /[:：]\s*$/;
/** How much of the paragraph before an untagged quote tells whose words it is: the two sentences before it. */
const TELLER_SENTENCES = 2;

/**
 * Whether a quote with no speaker named beside it — tagged by a pronoun only, or by nothing — follows, in its paragraph,
 * the reporter's sentences about one resident (a person named, or 他/她), with no official among them.
 */
export function toldByResident(paragraph: string, quote: string): boolean {
  const at = paragraph.indexOf(quote);
  if (at < 1) return false;
  const before = paragraph.slice(0, at - 1);
  if (COLON_BEFORE.test(before)) return false;
  const after = paragraph.slice(at + quote.length + 1);
  if (SPOKE_AFTER.test(after.split(/[。！？!?“]/)[0] ?? '') && !PRONOUN_TAG.test(after)) return false;
  const sentences = before.split(/(?<=[。！？!?])/).filter((s) => s.trim() !== '');
  const teller = sentences.slice(-TELLER_SENTENCES).join('');
  if (teller === '' || OFFICIAL.test(teller) || /[“”]/.test(teller)) return false;
  return namesSomeone(teller);
}

// What a name is followed by when it only attributes what follows (`种植大户秦海龙介绍，…`, `记者李明了解到`): no doing of
// the person's own. (label-whole-of.ts reads a clause closing on one as who told: no thing of a measure.)
export const SAYS = /^(?:说|表示|介绍|告诉|指出|称|坦言|透露|了解|获悉|谈到|算了)/;
// A name made anonymous in a court's or police report: a surname and 某 (`王某`, `李某某`).
const ANONYMOUS = /^\p{Script=Han}某{1,2}$/u;
// A household named by what it grows or keeps (`种粮大户`, `种植户`, `养殖户`, `脱贫户`): a noun ending on 户.
const HOUSEHOLD = /^\p{Script=Han}{1,3}户$/u;
// Who writes the report, not one of its people (`记者李明`, `通讯员王芳`).
const REPORTER = /^(?:记者|通讯员|编辑|实习生|摄影)$/;

/**
 * Whether, before the figure, one resident named after the noun that says what they are acts: a household's word and a
 * name (`种粮大户郭有福今年流转土地860亩`: jieba's name tag, or an unknown word, or a one-character surname it cut from the
 * given name, `李/nr 红军/n`), or any such noun and a name made anonymous (`被告人王某…`), the name followed by a doing
 * of its own, not by a verb that only attributes (`说`, `介绍`). (Any noun before any word jieba tags a name would be too
 * loose: it tags 养老 nr.)
 */
export function namedActorBefore(text: string): boolean {
  const words = tagWords(text);
  for (let i = 1; i < words.length; i++) {
    const role = words[i - 1]!;
    const w = words[i]!;
    if (!/^n(?:$|g|z)/.test(role.tag) || role.end !== w.start || OFFICIAL.test(role.word) || REPORTER.test(role.word)) continue;
    let end: number;
    if (ANONYMOUS.test(w.word) && SURNAMES.has(w.word[0]!)) end = w.end;
    else if (HOUSEHOLD.test(role.word) && (/^nr/.test(w.tag) || (w.tag === 'x' && /^\p{Script=Han}{2,3}$/u.test(w.word))) && w.word.length <= 4 && isSurnameOpening(w.word) && !PLACE_END.test(w.word)) end = w.word.length === 1 ? (words[i + 1]?.end ?? w.end) : w.end;
    else continue;
    const rest = text.slice(end);
    if (/^\p{Script=Han}/u.test(rest) && !PLACE_END.test(rest[0]!) && !SAYS.test(rest)) return true;
  }
  return false;
}

// Where a turn's label ends: its colon, or the bracket closing it (`【王磊】…`).
const LABEL_END = /[:：】\]〗]/u;

/**
 * A transcript's answer line (`王磊：投了4家，…`, `郭保平：我们卫生室管着…`): the turn of talk as describe/interview.ts reads it
 * (namedSpeaker: an ornament, emphasis or brackets round the label read away, `■王磊：`, `**王磊：**`, `【王磊】`, a role before
 * the name, `求职者王磊：`), a letter-spaced name closed up (`王　磊：`). Gives the person's name closing the label, the role
 * before it, and the words after the label.
 */
export function turnOf(paragraph: string): { name: string; role: string; speech: string; plain: boolean } | undefined {
  const closed = closedUp(paragraph);
  const speech = () => paragraph.slice(paragraph.search(LABEL_END) + 1).replace(/^(?:\*\*|__)/, '');
  // (The plain printing, a bare name and its colon opening the line: `王磊：`.)
  const plain = PLAIN_TURN.test(closed);
  // (A bare name of two or three characters is read by the surnames table, as any name here is: `赵满囤：`.)
  const bare = speakerLabel(closed);
  if (bare !== undefined && /^\p{Script=Han}{2,3}$/u.test(bare)) return namesSomeone(bare) ? { name: bare, role: '', speech: speech(), plain } : undefined;
  const label = namedSpeaker(closed);
  if (label === undefined) return undefined;
  const words = tagWords(label);
  const last = words.at(-1)!;
  const surname = words.at(-2);
  const start = /^(?:nr|x)/.test(last.tag) || surname === undefined || surname.word.length !== 1 ? last.start : surname.start;
  return { name: label.slice(start), role: label.slice(0, start), speech: speech(), plain };
}
const PLAIN_TURN = /^\p{Script=Han}{2,3}[:：]/u;
// An official's title standing before a name in its clause (`专访了市医疗保障局局长赵建平`, `市住建局党组成员、副局长 秦志刚`).
const TITLED_BEFORE = new RegExp(`(?:${OFFICIAL.source})[^，,。；;！？!?\\n]{0,8}$`);
// …or in brackets right after it (`郭红梅（市人社局就业促进科科长）：`), or in the clause right after it, as a name card
// or a guest's line prints it (`王强，县医疗保障局副局长。`, `嘉宾：王 强　县医疗保障局副局长`).
const TITLED_AFTER = new RegExp(`^(?:[（(][^）)]{0,24}?|[，,\\s　]*[^，,。；;！？!?：:\\n]{0,16}?)(?:${OFFICIAL.source})`, 'u');

/**
 * The speakers of an article's transcript lines who are residents: each a person's name (namesSomeone) that the article
 * (its headline, deck and paragraphs, a letter-spaced name closed up: `赵 丽`) never introduces with an official's title.
 */
export function residentSpeakers(texts: readonly string[]): string[] {
  const closed = texts.map(closedUp);
  // (A role in the label before the name is read as a title before it is: `市医保中心工作人员李娟：` is an office's.)
  // (A printing other than the plain one, `【王磊】`, `张建军（居民代表）：`, is a speaker's only in an interview of the paper's
  // questions answered (describe/interview.ts isInterview): `【养老】新建…` heads a box's line, a meeting record lists its speakers.)
  const interview = isInterview(closed);
  const names = new Set(closed.flatMap((t) => turnOf(t) ?? []).filter((turn) => !OFFICIAL.test(turn.role) && (turn.plain || interview)).map((turn) => turn.name));
  const all = closed.join('\n');
  return [...names].filter((name) => {
    if (OFFICIAL.test(name) || !namesSomeone(name)) return false;
    for (let at = all.indexOf(name); at >= 0; at = all.indexOf(name, at + 1)) {
      if (TITLED_BEFORE.test(all.slice(Math.max(0, at - 24), at)) || TITLED_AFTER.test(all.slice(at + name.length))) return false;
    }
    return true;
  });
}
