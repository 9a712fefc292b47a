// Who speaks at a press conference, as a report lists them: a role's label alone over the speakers
// (`发布人：` / `市城市管理局副局长 刘 芳` / `潞州区人民政府副区长 孙立新`), or on the line of its speaker
// (`主持人：市政府新闻办副主任 韩 冬`, `发布人：市卫生健康委员会副主任 牛志刚　市疾控中心主任 陈 静`). Each line ends with a
// person's name set apart by a space after the office, the way a paper prints a speaker; such lines are text of the
// report, not headlines, headings or captions. A byline (`本报记者 王 婧`) ends so too, but is read as one before.

import { tagWords } from '../figures/words.ts';
import { endsWithPersonName } from './names.ts';
import type { Marked } from './run.ts';
import { charCount } from './shape.ts';

/** An office and a name run to about two lines of a column. */
const MAX_SPEAKER_LINE_CHARS = 60;
// A role's label: a few Chinese characters and a colon (`发布人：`, `主持人：`, `出席：`).
const ROLE = '\\p{Script=Han}{2,5}[：:]';
// A person's name after its office, set apart by a space: `赵立新`, `刘 芳` (two characters spaced to three).
const NAME_AT_END = /\p{Script=Han}[\s\u3000]+(\p{Script=Han}{2,3}|\p{Script=Han}[\s\u3000]\p{Script=Han})$/u;
const ROLE_ALONE = new RegExp(`^${ROLE}$`, 'u');
const ROLE_OPENS = new RegExp(`^${ROLE}[\\s\\u3000]*\\p{Script=Han}`, 'u');

/** `市城市管理局副局长 刘 芳`: an office and a name, Chinese only, no sentence mark. */
export function isSpeakerLine(text: string): boolean {
  const t = text.trim();
  if (t.includes('\n') || charCount(t) > MAX_SPEAKER_LINE_CHARS || /[。！？!?；;“”"]/u.test(t)) return false;
  return NAME_AT_END.test(t);
}

// A line that is one whole quotation, then who spoke: in brackets (`“…比自己做还划算”（市民 李女士）`) or after a dash
// (`“…他们也放心。”——退休教师 王某`), with or without a mark inside the quote.
const QUOTED_THEN_WHO = /^[“「『][^“”「」『』\n]+[”」』][\s\u3000]*(?:[（(]([^（()）\n]{1,20})[)）]|(?:—{1,2}|─{1,2}|－{1,2})[\s\u3000]*([^\n]{1,20}))$/u;

/** A whole quoted voice signed by its speaker, an office and a name (isSpeakerLine): a line that ends whole, text or no (joins.ts, lines.ts). */
export function isSignedVoice(line: string): boolean {
  const m = QUOTED_THEN_WHO.exec(line.trim());
  return m !== null && isSpeakerLine(m[1] ?? m[2]!);
}

/**
 * `县长 申卫东` under a report's head, where no role label says a speaker follows: the name must read as one — spaced
 * to three (`刘 芳`), or a person's name to jieba (`申卫东`; `笑脸相迎　事难办` is a cartoon's title) — or follow an
 * office by its form (`县长 马国庆`, where jieba reads 国庆 as a holiday).
 */
export function isNamedSpeakerLine(text: string): boolean {
  const name = isSpeakerLine(text) ? NAME_AT_END.exec(text.trim())?.[1] : undefined;
  if (name === undefined) return false;
  if (/[\s\u3000]/u.test(name) || endsWithPersonName(name)) return true;
  // Or the office before it is one by its last word (`县长 马国庆`, `市政协主席 X`), and the name is no one word of
  // the language: jieba splits a name it misreads (`马/国庆`), a column's word it keeps whole (`人大代表 心声`).
  const office = text.trim().slice(0, -name.length).trim();
  return OFFICE_END.test(office) && tagWords(name).length > 1;
}

// The last word of an office held by one person: 县长, 局长, 院长 (长 after a unit's character: not 成长, 家长),
// 书记, 主任, 主席, 委员, 代表.
const OFFICE_END = /(?:[县市区镇乡村局院校站所厅处科部行社会组队馆庭省州厂室园司委]长|书记|主任|主席|委员|代表)$/u;

/** `主持人：市政府新闻办副主任 韩 冬`: a role's label and its speaker on one line. */
export function isLabelledSpeakerLine(text: string): boolean {
  return ROLE_OPENS.test(text.trim()) && isSpeakerLine(text);
}

/**
 * Title-like lines (and the lines a block of several holds) that list speakers become running text: a role's label
 * alone with speaker lines under it, a labelled speaker line, and speaker lines following either.
 */
export function speakerLists(marked: Marked[]): Marked[] {
  const out = [...marked];
  let listing = false;
  out.forEach((m, i) => {
    const t = m.block.text.trim();
    const titleLike = m.shape === 'title' || m.shape === 'heading' || m.shape === 'caption';
    const labelAlone = ROLE_ALONE.test(t) && out[i + 1] !== undefined && isSpeakerLine(out[i + 1]!.block.text);
    const speaker = isLabelledSpeakerLine(t) || (listing && isSpeakerLine(t));
    listing = labelAlone || speaker;
    if (!titleLike || m.block.credit !== undefined || !(labelAlone || speaker)) return;
    const { level: _level, ...block } = m.block;
    out[i] = { shape: 'paragraph', block: { ...block, kind: 'paragraph' } };
  });
  return out;
}
