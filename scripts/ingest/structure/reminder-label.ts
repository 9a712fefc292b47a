// A label of reminding (stage 4 and the describe stage): the whole of a box's title, a few characters of what it is
// about and a word of reminding at its end (`温馨提示`, `求职提醒`, `冬季用电提醒`), ornaments and brackets already left
// off. One recogniser for every reader of such a label (segment-closing-box.ts; describe/kind.ts spells its own, with
// a tip's other names, 小贴士, 小知识, and may read REMINDER_WORD from here).
/** The words of reminding a label ends on. A pattern's source. */
export const REMINDER_WORD = '提示|提醒';
/** What the reminder is about runs four characters at most (`投资风险提示`; not a sentence `请市民注意防寒提醒`). */
export const MAX_REMINDER_TOPIC = 4;

const REMINDER_LABEL = new RegExp(`^\\p{Script=Han}{0,${MAX_REMINDER_TOPIC}}(?:${REMINDER_WORD})$`, 'u');

/** The title (ornaments and brackets left off) is a label of reminding, the whole of it. */
export function isReminderLabel(title: string): boolean {
  return REMINDER_LABEL.test(title.trim());
}
