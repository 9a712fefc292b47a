// Counts whose counted are named by what they do, by the form of the clause:
// - a 的 phrase as the subject, the count after a verb of having (`同意加装的有11户`, `正常运营的只有1120个`, `其中超过
//   50万元的村达到5个`): those counted are those the phrase defines, of the noun after 的 or, where none stands there,
//   of what the sentence counted before in the same measure word (`建成互助幸福院1860个，但正常运营的只有1120个` →
//   正常运营的互助幸福院);
// - a part of a whole named before with 中 (`确定的12件实事中，已有10件提前完成年度任务`, `…问题中，…，其余2个正在整改`):
//   the part is what it did, of the whole's noun (提前完成年度任务的实事, 正在整改的问题).
// label.ts asks this before it reads the clause's words.

import { clauseOf, type FigureScope } from './scope.ts';
import { clean, HELD, hasNoun, join, type Tagged, tagged } from './label-roles.ts';
import { MAX_LABEL_LENGTH } from './label-phrases.ts';

/** A clause's opening that is no part of its subject. */
const OPENING = /^(?:其中|但|但是|而|目前|现在|如今)[，,]?/u;
/** A 的 phrase, an optional noun after it and a verb of having or reaching before the count. */
const DEFINED = /^(?:[全该本][市县区镇乡村省])?([\p{Script=Han}0-9.%]{2,12}?)的(\p{Script=Han}{0,6}?)(?:只有|仅有|还有|共有|有|达到|达|共)$/u;
/** What stands before a part's count in its clause (`已有`, `其余`). */
const PART_LEAD = /^(?:已有|已|有|其余|其他|剩余|另有)$/u;

/** The label of a count whose counted a 的 phrase or a whole with 中 names; '' for any other form. */
export function nominalLabel(scope: FigureScope): string {
  const clause = clauseOf(scope);
  const before = scope.sentence.slice(clause.start, scope.start).trim().replace(OPENING, '');
  const after = scope.sentence.slice(scope.end, clause.end);
  const measure = /\p{Script=Han}+$/u.exec(scope.text.replace(/(?:以上|左右|多|余)$/u, ''))?.[0] ?? '';
  if (!measure) return '';
  const defined = DEFINED.exec(before);
  if (defined && !/\p{Script=Han}/u.test(after)) {
    const [, phrase, noun] = defined;
    // (What defines them does something or compares: `同意加装`, `超过50万元`, not a bare name, `学校的`.)
    if (!tagged(phrase!).some(doing)) return '';
    // (None counted before: a noun the sentence fronts is theirs, `日间照料中心，今年新建的有14个`, label-fronted.ts.)
    const counted = noun || countedBefore(scope.sentence.slice(0, clause.start), measure);
    return counted ? fits(`${phrase}的${counted}`) : '';
  }
  // (The whole may stand in the part's clause: `12件实事中已有10件…`.)
  const inClause = new RegExp(`^(.*中)(?:已有|已|有|其余)$`, 'u').exec(before);
  if (PART_LEAD.test(before) || before === '' || inClause) {
    const did = tagged(clean(after.replace(/[。！？；;，,]$/u, '')));
    // (The part's count stands alone, what it did after it: `已有10件提前完成…`; a noun after it is its own, `8个村建成…`.)
    if (did.length === 0 || did[0]!.role === 'noun' || !did.some(doing) || hasNounBeforeVerb(did)) return '';
    const whole = wholeWithZhong(inClause ? inClause[1]! : scope.sentence.slice(0, clause.start), measure);
    return whole ? fits(`${join(did)}的${whole}`) : '';
  }
  return '';
}

/** A word of doing: a verb, a verbal noun, an idiom of doing (`提前完成/i`). */
const doing = (w: Tagged): boolean => /^(?:v|i)/.test(w.tag) || w.role === 'verb';

const fits = (label: string): string => (label.length <= MAX_LABEL_LENGTH ? label : '');

/** A noun that opens what follows a count before any verb (`村建成幸福院`): the count is of it. */
function hasNounBeforeVerb(words: readonly Tagged[]): boolean {
  const verb = words.findIndex(doing);
  return hasNoun(words.slice(0, verb < 0 ? words.length : verb));
}

/** The noun counted in `measure` nearest before, in the clauses given: the nouns right before the count, else after it. */
function countedBefore(text: string, measure: string): string {
  for (const clause of text.split(/[，,；;：:]/u).reverse()) {
    const at = clause.search(new RegExp(`[0-9０-９.万亿一二三四五六七八九十百千两]+${measure}`, 'u'));
    if (at < 0) continue;
    const end = at + clause.slice(at).search(new RegExp(measure, 'u')) + measure.length;
    const right = nounsFrom(tagged(clean(clause.slice(end))));
    // (A holder that has them, `这栋楼共18户`: they are of the measure word itself where it names them, 户.)
    if (HELD.test(clause.slice(0, at))) return /^(?:户|人|家)$/u.test(measure) ? measure : right;
    const left = tagged(clean(clause.slice(0, at)));
    let first = left.length;
    while (first > 0 && left[first - 1]!.role === 'noun') first--;
    const run = left.slice(first);
    // (A count's measure noun is no part of who is counted: `服务零工人数600余人` → 服务零工.)
    const name = join(run).replace(/(?:人数|户数|个数|数量)$/u, '');
    return name && hasNoun(tagged(name)) ? name : right;
  }
  return '';
}

/** The nouns opening a text (`实事中` → 实事). */
function nounsFrom(words: readonly Tagged[]): string {
  let end = 0;
  while (end < words.length && words[end]!.role === 'noun') end++;
  const run = words.slice(0, end);
  return hasNoun(run) ? join(run).replace(/中$/u, '') : '';
}

/** The noun of a whole counted in `measure` in a clause before that closes on 中 (`12件实事中` → 实事); '' when none. */
function wholeWithZhong(text: string, measure: string): string {
  const clauses = text.split(/[，,；;：:]/u).filter((c) => c.trim());
  for (const clause of clauses.slice(-2).reverse()) {
    const m = new RegExp(`[0-9.万一二三四五六七八九十百千两]+${measure}(\\p{Script=Han}{1,8}?)中$`, 'u').exec(clause.trim());
    if (m && hasNoun(tagged(m[1]!))) return m[1]!;
  }
  return '';
}
