// An aim or a forecast told after the figure that is its clause's subject: `剩下的9个小区力争年内全部完工` (target),
// `其余3个项目有望年底前投用` (forecast). The modal verb after the count governs it, as the clause's own verb does when
// it stands before (status.ts). Not when a verb before the figure takes it as its object (`安排资金200万元确保项目
// 实施`: the money is spent for the aim, not aimed at), other than 有 or 是 (`还有3个村力争年内通水`), nor a verb
// in a 的-phrase that says which things are counted (`剩下的`, `正在建设的`); 剩余 and 剩 say which too (`剩余3个乡镇预计明年通气`).

import { tagWords } from './words.ts';

// (Named MODAL_AFTER: status.ts's AIM_AFTER is an aim's noun after the figure, `…的目标`.)
const MODAL_AFTER = /^[^，,；;。0-9]{0,8}?(?:(力争|确保|争取(?![到了来得过]))|(预计|有望|可望))/;

// People counted as the subject of what they will do, aim at or are expected to do (`首批28名学员将在长治医学院接受为期3年的
// 培养`, `全县1200名志愿者力争春节前走访…`, `86名专家有望…`) are there now: the 将, the aim or the forecast is theirs, not the
// count's. People are counted in 名 or 位, or named by what they are (学员, 医生, 志愿者, …) right after the count.
const PEOPLE_WHO_WILL = /^(?:[名位][\p{Script=Han}]{1,4}?|[\p{Script=Han}]{0,4}?(?:学员|学生|医生|教师|人员|代表|选手|志愿者|队员))(?:将|力争|确保|争取|预计|有望|可望)/u;

/** Are the people the figure (`1200名`) counts the subject of the modal or 将 that opens what follows it (`志愿者力争…`)? */
export function peopleWhoWill(figure: string, ownAfter: string): boolean {
  return PEOPLE_WHO_WILL.test((/[名位]$/.exec(figure)?.[0] ?? '') + ownAfter);
}

/** 'target' or 'forecast' when a modal verb after the figure, in its clause, governs it as its subject. */
export function modalAfterSubject(ownBefore: string, ownAfter: string, figure = ''): 'target' | 'forecast' | undefined {
  const m = MODAL_AFTER.exec(ownAfter);
  if (!m || peopleWhoWill(figure, ownAfter)) return undefined;
  const at = ownBefore.lastIndexOf('的');
  const rest = at < 0 ? ownBefore : ownBefore.slice(at + 1);
  if (tagWords(rest).some((w) => /^v/.test(w.tag) && !/^(?:有|是|还有|共有|尚有|剩余|剩下|剩)$/.test(w.word))) return undefined;
  return m[1] !== undefined ? 'target' : 'forecast';
}
