// The noun phrase a sentence fronts as its topic, alone in its opening clause before the figure's: what a count
// whose own clause names no noun is of. The form is the clause's, not its words: a noun phrase (no number, place,
// time word, office or firm, opening and closing on nouns) closed by a comma, optionally with 方面 (`供水管网方面，`) or a
// modifier before 的 (`镇上的养老床位，` → 养老床位): `公共充电桩，今年城区新装并接通的有20个` → 接通 公共充电桩,
// `社区食堂，今年又为其中的9个添置了…`. label.ts asks it when a label holds no noun, or when it ends on its verb with the
// count closing the clause (`网格员，社区一共配了14名`: the verb's object is the fronted noun, elided after it).
// An agent noun fronted is what is counted when the count's measure word counts people (`网格员，…配了14名`); a verb
// fronted as a noun (`…的投诉，`) is when the measure word counts cases (`…接到了180件`).
import { clauseOf, type FigureScope } from './scope.ts';
import { hasNoun, isHead, join, tagged } from './label-roles.ts';

/** The opening clause of a sentence, up to its first comma. */
const OPENING = /^([^，,：:；;。！？!?“”0-9０-９]{2,14})[，,]/u;
/** A fronted topic is a short noun phrase: longer openings are clauses of their own. */
const MAX_FRONTED = 8;
/** Words that close a fronted topic without belonging to it. */
const TOPIC_TAIL = /(?:方面|这一块|这块)$/;
/**
 * 来说/而言 fronts a topic only after 对/对于/就 (`对于农村公路而言`); a bare one (`具体而言`, `总体来说`) opens the
 * discourse, as a pronoun does (`为此`, tagged r).
 */
const ABOUT = /^(?:对于|对|就)(.+)(?:来说|而言)$/;
const OPENER = /(?:来说|而言)$/;
/** A person (jieba's nr) or an agent noun (`志愿者`, `网格员`, `居民`) fronted is the doer, not the counted thing… */
const AGENT = /[者员民]$/;
/** …unless the count's measure word counts people. */
const PEOPLE = /^(?:名|人|位)$/;
/** Measure words that count cases: a fronted verb is then the thing counted (`投诉，…接到了180件`). */
const CASES = /^(?:件|起|宗)$/;

/** An office or a firm acting (`县住建局，`) is a doer, not a topic (a centre, a school or a clinic may be counted). */
const DOER = /(?:局|委|府|厅|部门|公司|集团|大队)$/;

/** Whether a label names a thing: a head noun that is no verbal noun (`投入运营` names none). */
export function namesThing(label: string): boolean {
  return tagged(label).some((w) => isHead(w) && w.tag !== 'vn');
}

/** The fronted noun phrase of the figure's sentence, or '' when the sentence opens otherwise. */
export function frontedNoun(scope: FigureScope): string {
  const m = OPENING.exec(scope.sentence);
  if (!m || m[0].length > clauseOf(scope).start) return '';
  const about = ABOUT.exec(m[1]!);
  if (!about && OPENER.test(m[1]!)) return '';
  const phrase = (about ? about[1]! : m[1]!).replace(TOPIC_TAIL, '');
  const head = phrase.slice(phrase.lastIndexOf('的') + 1);
  const words = tagged(head);
  if (head.length < 2 || head.length > MAX_FRONTED || DOER.test(head) || (AGENT.test(head) && !PEOPLE.test(scope.unit))) return '';
  if (words.some((w) => w.tag === 'r' || w.tag === 'nr')) return '';
  if (CASES.test(scope.unit) && words.length === 1 && /^(?:v|vn)$/.test(words[0]!.tag)) return head;
  if (!hasNoun(words)) return '';
  // A noun phrase opens and closes on nouns; a verb inside it modifies a one-character head right after it, a
  // facility's (`便民理发点`, `充电桩`); one before a longer object opens a clause (`合作社收购谷子，…`,
  // `发展产业，…`) and one closing it ends one (`记者了解到，`).
  const first = words[0]!;
  const last = words.at(-1)!;
  const inner = words.every((w, i) => w.role === 'noun' || (w.role === 'verb' && i === words.length - 2 && last.word.length === 1));
  return inner && first.role === 'noun' && last.role === 'noun' && last.tag !== 'vn' ? join(words) : '';
}

/** Trailing particles after a clause's verb (`接到了`). */
const PARTICLE = /^(?:了|过|着)$/;
/** What may follow a count closing its clause: a qualifier (`左右`, `以上`), nothing of a noun. */
const CLOSES = /^(?:左右|以上|以下|多|余|之多)?\s*$/;

/**
 * A label that ends on its verb (`区供热热线只接到`, `社区一共配`) for a count closing its clause: the verb's object is
 * elided after the number, and the noun phrase fronted before the sentence names it.
 */
export function endsOnVerb(label: string, scope: FigureScope): boolean {
  const words = tagged(label).filter((w) => !PARTICLE.test(w.word));
  const clause = clauseOf(scope);
  return words.at(-1)?.role === 'verb' && CLOSES.test(scope.sentence.slice(scope.end, clause.end));
}
