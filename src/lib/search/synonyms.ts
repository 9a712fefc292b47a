// Words a reader types for what the papers print under another word: 供暖 for 供热, 看病 for 就医,
// 低保 for 最低生活保障. Pagefind has no synonyms, so the search asks for each form (run-search.ts)
// and a page that says any of them answers. Only true equivalents in these reports' usage belong here —
// a group widens every search that names one of its words.
//
// Each group is a set of interchangeable words; the first is the form the papers print most.

export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['供热', '供暖', '取暖', '采暖'],
  ['就医', '看病', '就诊'],
  ['最低生活保障', '低保'],
  ['医疗保险', '医保'],
  ['社会保险', '社保'],
  ['公共交通', '公交'],
  ['养老服务', '为老服务'],
  ['农村', '乡村'],
  ['背街小巷', '小街小巷'],
  ['heating', 'heat supply'],
];

const GROUP_OF = new Map<string, readonly string[]>();
for (const group of SYNONYM_GROUPS) for (const word of group) GROUP_OF.set(word.toLowerCase(), group);

// Longest words first, so 最低生活保障 is read as one word before any shorter word inside it.
const WORDS = [...GROUP_OF.keys()].sort((a, b) => b.length - a.length);

/**
 * The forms of one search term: the term itself first, then the term with its first synonym word
 * replaced by each other word of that word's group (冬季供暖 → 冬季供暖, 冬季供热, 冬季取暖, 冬季采暖).
 * A term naming no synonym is its only form.
 */
export function termForms(term: string): string[] {
  const lower = term.toLowerCase();
  const word = WORDS.find((w) => lower.includes(w));
  if (word === undefined) return [term];
  const at = lower.indexOf(word);
  const forms = GROUP_OF.get(word)!.map((other) => term.slice(0, at) + other + term.slice(at + word.length));
  return [term, ...forms.filter((form) => form.toLowerCase() !== lower)];
}
