// The numbers of a list after 分别 are of the items of a list before it, one by one: `成交新建商品住宅5210套、
// 58.6万平方米，同比分别增长6.2%和4.9%` (6.2% is the change of the 5210 homes, 4.9% of the floor area), `接待游客
// 52.6万人次，实现旅游收入1.3亿元，同比分别增长18%和21%`, `长治至平顺、长治至沁源两条线路全长分别为68公里和112公里`,
// `新建的城东小学、丰州镇第二幼儿园和洪水镇寄宿制学校…。…建筑面积分别为1.8万平方米、0.6万平方米和1.2万平方米`. The
// list before is the figures before 分别 in the sentence when there are as many, else the names of a list joined by
// 、 (and a last 和, 及 or 与) with as many items, in the sentence before 分别 or the one before it. The label is the
// item's (a figure's label without its change words, or the name) and the clause's own words before 分别 with the
// verb after it (同比增长, 线路全长), without a count of the items (两条) or a linking word (为). A list of places counts
// as one of names (`丹朱镇、鲍店镇两所公办幼儿园建成投用，分别新增学位360个和270个` → 鲍店镇新增学位), and the figures
// before are the items only where the words before 分别 name no thing of their own (`同比分别增长`, not `总投资分别为`).
import { clauseOf, type FigureScope } from './scope.ts';
import { CHANGE_TAIL } from './label-context.ts';
import { MAX_LABEL_LENGTH } from './label-phrases.ts';
import { hasNoun, tagged } from './label-roles.ts';
import { scanPlaces } from './place-names.ts';
import { tagWords } from './words.ts';

/** A labelled figure before this one in its sentence: its label and where its span ends. */
export interface Earlier {
  label: string;
  end: number;
}

// A number of the list, with its qualifier and unit (`1.8万平方米`, `约4.9%`).
const LISTED_NUMBER = /^[约近超]?[0-9][0-9.]*[万亿]?[^、和及与，,；;。0-9]{0,6}$/u;
const JOINER = /[、和及与]/;
// The verb after 分别 that only links the items to their numbers.
const LINKING = /^(?:为|是|达到|达|有|约|在)$/;
// A count of the items before the measure (`两条`, `三所`, `3个`).
const ITEM_COUNT = /^(?:[0-9]+|[两二三四五六七八九十])[条所个座家项处名位种类批]/;

/** The label of a figure in a list after 分别, from the item of the list before it in the same place; '' otherwise. */
export function respectively(scope: FigureScope, earlier: readonly Earlier[]): string {
  const clause = clauseOf(scope);
  const before = scope.sentence.slice(clause.start, scope.start);
  const at = before.lastIndexOf('分别');
  if (at < 0) return '';
  const lead = before.slice(at + 2);
  const found = lead.search(/[约近超]?[0-9]/);
  const first = found < 0 ? lead.length : found;
  const verb = lead.slice(0, first);
  const listedBefore = lead.slice(first);
  if (/[^\p{Script=Han}]/u.test(verb) && verb !== '') return '';
  // (The numbers before this one, each closed by a joiner: `6.2%和` before 4.9%.)
  if (listedBefore && !JOINER.test(listedBefore.slice(-1))) return '';
  const k = listedBefore ? listedBefore.slice(0, -1).split(JOINER).length : 0;
  if (listedBefore && !listedBefore.slice(0, -1).split(JOINER).every((n) => LISTED_NUMBER.test(n))) return '';
  const after = scope.sentence.slice(scope.end, clause.end);
  const m = after ? after.slice(1).split(JOINER).length : 0;
  if (after && (!JOINER.test(after[0]!) || !after.slice(1).split(JOINER).every((n) => LISTED_NUMBER.test(n)))) return '';
  const n = k + 1 + m;
  if (n < 2) return '';
  const atSentence = clause.start + at;
  const figures = earlier.filter((e) => e.end <= atSentence);
  // (The figures before are the items where the clause's own words name no thing of their own, `同比分别增长`;
  // `总投资分别为` is of the things a list before names, not of the figures that list counted.)
  const ownNoun = hasNoun(tagged(ownWords(before.slice(0, at), verb, '')));
  const items = figures.length >= n && (!ownNoun || !namedList(scope.sentence.slice(0, atSentence), n))
    ? figures.slice(-n).map((e) => e.label.replace(CHANGE_TAIL, ''))
    : namedList(scope.sentence.slice(0, atSentence), n) ?? namedList(sentenceBefore(scope), n);
  const item = items?.[k];
  if (!item) return '';
  // (A list of names in the clause itself, `东阳关镇、上遥镇分别完成…`, is no part of its own words.)
  const listEnd = before.slice(0, at).lastIndexOf(items!.at(-1)!);
  const own = ownWords(listEnd < 0 ? before.slice(0, at) : before.slice(listEnd + items!.at(-1)!.length, at), verb, item);
  // (A verb after 分别 that is all the clause says repeats one done to a thing before: `发放创业担保贷款4.2亿元。其中，潞州区、潞城区
  // 分别发放1.3亿元和0.6亿元` → 潞州区发放创业担保贷款.)
  const object = own && own === verb ? objectOfVerb(own, `${sentenceBefore(scope)}。${scope.sentence.slice(0, clause.start + at)}`) : '';
  const label = item.endsWith(own) ? item : `${item}${own}${object}`;
  return label.length <= MAX_LABEL_LENGTH ? label : `${item}${own}`.length <= MAX_LABEL_LENGTH ? `${item}${own}` : '';
}

/**
 * The thing a verb was last done to before, right before its count (`储备洁净型煤1.6万吨` → 洁净型煤): the words between
 * the verb and the number, when they close on a noun; '' where the verb stands with no such object.
 */
function objectOfVerb(verb: string, before: string): string {
  const escaped = verb.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = [...before.matchAll(new RegExp(`${escaped}([\\p{Script=Han}“”]{2,10}?)(?=[约近超]?[0-9])`, 'gu'))].at(-1)?.[1] ?? '';
  const words = tagged(found.replace(/[“”]/g, ''));
  return words.at(-1)?.role === 'noun' ? found : '';
}

/**
 * The clause's words before 分别 without a count of the items, and the verb after it unless it only links. The class
 * the count names (`两条线路`, `三所学校`) stays where the item is a name that says no class (长治至平顺线路全长), not
 * where the item closes on a common noun of its own (`南关小学` + `三所学校建筑面积` → 南关小学建筑面积).
 */
function ownWords(clauseBefore: string, verb: string, item: string): string {
  const counted = ITEM_COUNT.test(clauseBefore);
  let rest = clauseBefore.replace(ITEM_COUNT, '');
  const itemEnd = tagWords(item).at(-1);
  const kind = tagWords(rest)[0];
  if (counted && kind?.tag === 'n' && /^n/.test(itemEnd?.tag ?? '') && !scanPlaces(item).some((m) => m.place && m.end === item.length)) rest = rest.slice(kind.word.length);
  return `${rest}${LINKING.test(verb) ? '' : verb}`;
}

/** The sentence before the figure's: in its paragraph, or the last of the paragraph before when it opens one. */
function sentenceBefore(scope: FigureScope): string {
  const inParagraph = scope.paragraph.slice(0, scope.sentenceStart).trim();
  const text = (inParagraph || (scope.preceding ?? '').trim()).replace(/[。！？!?]\s*$/, '');
  return text.split(/[。！？!?]/).pop() ?? '';
}

/**
 * The names of the last list of `n` items in `text` joined by 、 (the last one by 和, 及 or 与 too), or joined by one 和:
 * the first item from the last 的 or clause break before it, the last up to the first word that is no name.
 */
function namedList(text: string, n: number): string[] | undefined {
  const clauses = text.split(/[，,；;：:。！？!?]/).reverse();
  for (const clause of clauses) {
    const items = listIn(clause);
    if (items && items.length === n) return items;
  }
  return undefined;
}

function listIn(clause: string): string[] | undefined {
  const parts = clause.split('、');
  const lastPart = parts.pop()!;
  const and = joinedBy(lastPart);
  if (parts.length === 0 && and < 0) return undefined;
  const middle = parts.slice(1);
  const opening = parts.length > 0 ? parts[0]! : lastPart.slice(0, and);
  const closing = and >= 0 ? [lastPart.slice(0, and), lastPart.slice(and + 1)] : [lastPart];
  const items = [tailName(opening), ...middle, ...(parts.length > 0 ? closing.slice(0, -1) : []), headName(closing.at(-1)!)];
  return items.every((item) => NAME.test(item) && (hasNoun(tagged(item)) || isPlace(item))) ? items : undefined;
}

/** Whether a name is a place of the gazetteer as a whole (`长子县丹朱镇`, `鲍店镇`): the item of a list of places. */
function isPlace(name: string): boolean {
  return scanPlaces(name).some((m) => m.place && m.end === name.length) && scanPlaces(name).some((m) => m.place && m.at === 0);
}
const NAME = /^[\p{Script=Han}—]{2,12}$/u;

/** Where a 和, 及 or 与 that is a word of its own joins two names in the text; -1 if none does. */
function joinedBy(text: string): number {
  let at = 0;
  for (const w of tagWords(text)) {
    if (/^[和及与]$/.test(w.word) && w.tag === 'c') return at;
    at += w.word.length;
  }
  return -1;
}

// Words a name is made of: nouns, places (the gazetteer's too, whatever jieba tags them: 屯留/v), people's and other
// names, abbreviations, words jieba does not know, an ordinal (第二幼儿园) and the 至 or 到 of a route (长治至平顺) —
// not a verb phrase jieba reads as one noun (投入使用/n: its last word alone is a verb).
function nameWords(text: string): { word: string; name: boolean }[] {
  const places = scanPlaces(text).filter((m) => m.place);
  let at = 0;
  const words = tagWords(text);
  // (A verb opening an item right before the noun it makes a kind of is part of the name: 死亡/v 人数 of `事故起数、死亡人数同比
  // 分别下降`; after a name it is what the name did, `西街幼儿园新增学位`.)
  const modifies = (i: number) => i === 0 && words[i]!.tag === 'v' && words[i]!.word.length === 2 && /^n$/.test(words[i + 1]?.tag ?? '');
  return words.map((w, i) => {
    if (modifies(i)) {
      at += w.word.length;
      return { word: w.word, name: true };
    }
    const start = at;
    at += w.word.length;
    const place = places.some((m) => m.at < at && m.end > start);
    const noun = /^(?:n|ns|nr|nz|nt|j|ng|s)$/.test(w.tag) || (w.tag === 'x' && /^\p{Script=Han}+$/u.test(w.word));
    const verbPhrase = w.word.length >= 4 && tagWords(w.word.slice(-2))[0]?.tag === 'v';
    return { word: w.word, name: place || (noun && !verbPhrase) || /^第[一二三四五六七八九十]+$/.test(w.word) || /^[至到]$/.test(w.word) };
  });
}

/** The name a text closes on: after its last 的, else its last run of name words. */
function tailName(text: string): string {
  const words = nameWords(text.slice(text.lastIndexOf('的') + 1));
  let start = words.length;
  while (start > 0 && words[start - 1]!.name) start--;
  // (A route's 至 opens no name.)
  while (start < words.length && /^[至到]$/.test(words[start]!.word)) start++;
  return words.slice(start).map((w) => w.word).join('');
}

/** The name a text opens with: its first run of name words. */
function headName(text: string): string {
  const words = nameWords(text);
  let end = 0;
  while (end < words.length && words[end]!.name) end++;
  return words.slice(0, end).map((w) => w.word).join('');
}
