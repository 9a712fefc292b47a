// An aim or a forecast told after the figure that is its clause's subject: `剩下的9个小区力争年内全部完工` (target),
// `其余3个项目有望年底前投用` (forecast). The modal verb after the count governs it, as the clause's own verb does when
// it stands before (status.ts). Not when a verb before the figure takes it as its object (`安排资金200万元确保项目
// 实施`: the money is spent for the aim, not aimed at), other than 有 or 是 (`还有3个村力争年内通水`), nor a verb
// in a 的-phrase that says which things are counted (`剩下的`, `正在建设的`); 剩余 and 剩 say which too (`剩余3个乡镇预计明年通气`).

import { tagWords } from './words.ts';

const AIM_AFTER = /^[^，,；;。0-9]{0,8}?(?:(力争|确保|争取(?![到了来得过]))|(预计|有望|可望))/;

/** 'target' or 'forecast' when a modal verb after the figure, in its clause, governs it as its subject. */
export function modalAfterSubject(ownBefore: string, ownAfter: string): 'target' | 'forecast' | undefined {
  const m = AIM_AFTER.exec(ownAfter);
  if (!m) return undefined;
  const at = ownBefore.lastIndexOf('的');
  const rest = at < 0 ? ownBefore : ownBefore.slice(at + 1);
  if (tagWords(rest).some((w) => /^v/.test(w.tag) && !/^(?:有|是|还有|共有|尚有|剩余|剩下|剩)$/.test(w.word))) return undefined;
  return m[1] !== undefined ? 'target' : 'forecast';
}
