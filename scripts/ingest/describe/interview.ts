// Whether an article is an interview, by its form: turns of talk in which the paper asks (`记者：`,
// `主持人：`) and a named person answers (`王海军：`, `家长代表张丽萍：`, `市医保中心工作人员李娟：`), or one
// speaker answers again and again under the same label (`张医生：`, `李局长：`: a surname and a title, which
// jieba does not tag as a name). The paper may also ask as `问：`, and set a label off with an ornament,
// emphasis or brackets (`■ 记者：`, `**记者：**`, `【王海军】`, `张建军（主任医师）：`). A Q&A of `问：` / `答：`
// is not one (no one is named), nor is an article quoting a person once. (An interview whose answers carry no
// label, under a deck naming whom the paper visits: describe/kind.ts.)

import { endsWithPersonName } from '../structure/names.ts';

/** At least this many questions answered by a named speaker make an interview. */
export const MIN_ANSWERED_QUESTIONS = 2;

// The paper's side of the talk: `记者：`, `本报记者：`, `主持人：`, `问：` (answered by a named person: a bare
// `答：` is no one).
const ASKER = /^(?:本报)?(?:记者|主持人)[：:]|^问[：:]/u;
// A speaker's label before the colon: no punctuation, at most a short phrase (`东阳关镇中心学校学生家长李丽`).
const SPEAKER = /^([^\s：:，,。！？、“”（）()]{2,20})[：:]\S/u;
const NOT_A_NAME = /^(?:问|答|Q|A|注|附|记者|主持人|本报记者)$/u;
// How a page sets a turn's label off, read away before the label: an ornament (`■ 记者：`, `◆王海军：`),
// emphasis (`**记者：**`), brackets around it (`【记者】`, `[王海军]`), a role in brackets after the name
// (`张建军（市人民医院主任医师）：`).
const ORNAMENT = /^[\s\u3000]*(?:[●■◆◇□▲►•○◎★☆][\s\u3000]*)?(?:\*\*|__)?/u;
const BRACKETED_LABEL = /^[【\[〖]([^】\]〗]{1,20})[】\]〗][：:]?[\s\u3000]*/u;
const ROLE_AFTER_NAME = /^([^\s：:，,。！？、“”（）()]{2,20})[（(][^（()）]{1,30}[）)](?=[：:])/u;

/** A turn of talk as plain `label：text`, its label's ornaments, emphasis and brackets read away. */
function plainTurn(paragraph: string): string {
  let text = paragraph.replace(ORNAMENT, '');
  text = text.replace(/^([^*_：:]{1,24}[：:])(?:\*\*|__)/u, '$1');
  const bracketed = BRACKETED_LABEL.exec(text);
  if (bracketed) text = `${bracketed[1]!.trim()}：${text.slice(bracketed[0].length)}`;
  return text.replace(ROLE_AFTER_NAME, '$1');
}

/**
 * The person a turn of talk is given to, when the paragraph opens with one and the label ends with a
 * person's name (structure/names.ts): `王海军：…` → `王海军`.
 */
export function namedSpeaker(paragraph: string): string | undefined {
  const label = speakerLabel(paragraph);
  return label !== undefined && endsWithPersonName(label) ? label : undefined;
}

/** The label a turn of talk opens with (`张医生：…` → `张医生`), unless it is a question's or answer's (问, 答, 记者). */
export function speakerLabel(paragraph: string): string | undefined {
  const label = SPEAKER.exec(plainTurn(paragraph).trim())?.[1];
  return label === undefined || NOT_A_NAME.test(label) || /(?:问|答)$/u.test(label) ? undefined : label;
}

/** The paragraph is a turn of talk: the paper's question (`记者：…`, `问：…`) or a speaker's answer (`郭建军：…`). */
export function opensTurn(paragraph: string): boolean {
  return ASKER.test(plainTurn(paragraph).trim()) || speakerLabel(paragraph) !== undefined;
}

/**
 * The paragraphs hold enough questions of the paper each answered, in the next paragraph, by a named speaker
 * or by a speaker whose label answers that many of them (the one person the paper talks to).
 */
export function isInterview(paragraphs: readonly string[]): boolean {
  const answers: string[] = [];
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    const label = ASKER.test(plainTurn(paragraphs[i]!).trim()) ? speakerLabel(paragraphs[i + 1]!) : undefined;
    if (label !== undefined) answers.push(label);
  }
  const timesAnswered = (label: string) => answers.filter((a) => a === label).length;
  const answered = answers.filter((label) => endsWithPersonName(label) || timesAnswered(label) >= MIN_ANSWERED_QUESTIONS);
  return answered.length >= MIN_ANSWERED_QUESTIONS;
}
