// Lines a page draws rather than says: the top and bottom of a box drawn round a sidebar (`┏━━━━┓` / `┗━━━━┛`,
// `╔════╗`, `┌────┐`, `+----+`), a section's band between heavy rules (`════ 周末·健康 ════`), and the contact
// footer of a page (`健康热线：0355-2026118　投稿邮箱：jiankang@…`). All are the page's, never an article's text: a
// frame line is a rule (shape.ts isRule), a band and a contact footer are page lines (page-lines.ts isPageLine).
// The title lines a box's top edge opens are the box's headline, a label over it its kicker (titlesInBoxes); the
// sides drawn at both ends of a line inside it are read off (readBoxSides, blocks.ts splitBlocks).

import type { Block } from '../types.ts';

const H = '[━─═┄┅┈┉╌╍\\-=]';
// The top or bottom edge of a drawn box, its corners at either end.
const BOX_TOP = new RegExp(`^(?:[┏┌╔╭┍┎╒╓]${H}{3,}[┓┐╗╮┑┒╕╖]|\\+${H}{3,}\\+)$`, 'u');
const BOX_EDGE = new RegExp(`^(?:[┏┌╔╭┍┎╒╓]${H}{3,}[┓┐╗╮┑┒╕╖]|[┗└╚╰┕┖╘╙]${H}{3,}[┛┘╝╯┙┚╛╜]|\\+${H}{3,}\\+)$`, 'u');
// A rule drawn across a ruled table, its joints and corners drawn where the columns meet (`+------+------+`,
// `├──────┼──────┤`, `┌────┬────┐`, `└────┴────┘`): the table's own line, never a title or text.
const JOINT = '[+├┌└┼┬┴┤┐┘╋┣┫┳┻┏┓┗┛╔╗╚╝╠╣╦╩╬╟╢╤╧╪]';
const JOINED_RULE = new RegExp(`^${JOINT}?(?:${H}{2,}${JOINT})+$`, 'u');

/** `+------+------+`, `├────┼────┤`: a rule across a ruled or drawn table, with the joints of its columns. */
export function isJoinedRule(line: string): boolean {
  return JOINED_RULE.test(line.trim());
}

// A short label between heavy or double rules: a section's band (`════ 周末·健康 ════`, `━━ 民生周刊 ━━`). A label
// between dashes (`——记者手记——`, `--- 记者手记 ---`) marks a part of an article's text instead (blocks.ts).
// The band may carry the issue's number or the page's after it (`━━ 文体周刊 ━━　第126期`): a page line's words.
const BAND = /^[━═]{2,}[\s\u3000]*([^━═\s\u3000。！？!?，,；;：:][^━═。！？!?，,；;：:]{0,14}?)[\s\u3000]*[━═]{2,}(?:[\s\u3000]+(\S.*))?$/u;
// One label and its contact: a phone number, a mail or web address (`健康热线：0355-2026118`, `投稿邮箱：a@b.cn`).
const CONTACT = '\\p{Script=Han}{1,8}[：:][\\s\\u3000]*(?:(?:0\\d{2,3}-)?\\d{7,8}|1[3-9]\\d{9}|\\d{5}|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|(?:https?:\\/\\/)?(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)+(?:\\/\\S*)?)';
const CONTACT_FOOTER = new RegExp(`^${CONTACT}(?:[\\s\\u3000]+${CONTACT})+$`, 'iu');

// A line inside a drawn box, its sides drawn at both ends: `║ 如厕请自觉排队。 ║`, `┃ 小贴士 ┃`, `│ … │`.
const BOX_SIDES = /^[║│┃][\s\u3000]*(.*?)[\s\u3000]*[║│┃]$/u;

// A row of a drawn table: its sides and the bars between its cells (`│企业　│供热面积│受理诉求│`).
const TABLE_ROW = /^[║│┃][^║│┃]*(?:[║│┃][^║│┃]*)+[║│┃]$/u;

/**
 * A line of a drawn box without its sides (`║ 请节约用水。 ║` → `请节约用水。`); a row of a drawn table with its bars
 * as a barred table's (`│企业│供热面积│` → `|企业|供热面积|`, its blank cells kept: tables.ts); any other line as it is.
 */
export function readBoxSides(line: string): string {
  if (TABLE_ROW.test(line.trim())) return line.trim().replace(/[║│┃]/gu, '|');
  const m = BOX_SIDES.exec(line.trim());
  return m ? m[1]! : line;
}

/** `┏━━━━┓`, `┗━━━━┛`: the edge of a box drawn round a sidebar. */
export function isBoxEdge(text: string): boolean {
  return BOX_EDGE.test(text.trim());
}

/** `════ 周末·健康 ════`: a section's name set between heavy rules. */
export function isBand(text: string): boolean {
  const m = BAND.exec(text.trim());
  return m !== null && (m[2] === undefined || ISSUE_WORDS.test(m[2]));
}

// What a band may carry after it: the issue's number, the page's, the date (`第126期`, `第B3版`, `2025年11月29日`).
const ISSUE_WORDS = /^(?:(?:第\s*[\dA-Z一二三四五六七八九十]{1,5}\s*[期版]|总第\s*\d{1,6}\s*期|\d{4}年\d{1,2}月\d{1,2}日|星期[一二三四五六日天])[\s\u3000]*)+$/u;

// One contact line whose label names a line to call or write to (`健康热线：0355-2026118`, `投稿邮箱：…`).
const CONTACT_LINE = new RegExp(`^(?=\\p{Script=Han}{0,6}(?:热线|电话|邮箱|信箱|微信|网址)[：:])${CONTACT}$`, 'iu');

/**
 * Contact lines at the page's foot, set off from the text above by a rule or a page line, with nothing but page
 * furniture after them, are the page's (`━━━━` / `健康热线：0355-2026118`); one inside an article (`咨询电话：…`, then
 * its text goes on) or closing a notice box (`停电通知：…` / `抢修电话：…`) stays text.
 */
export function contactsAtFoot(blocks: readonly Block[]): Block[] {
  const out = [...blocks];
  const run: number[] = [];
  let i = out.length - 1;
  while (i >= 0 && out[i]!.kind === 'furniture') i--;
  while (i >= 0 && out[i]!.kind === 'paragraph' && CONTACT_LINE.test(out[i]!.text.trim())) run.push(i--);
  if (run.length === 0 || out[i]?.kind !== 'furniture') return out;
  for (const k of run) out[k] = { kind: 'furniture', text: out[k]!.text, source: out[k]!.source };
  return out;
}

/** Two contacts or more on one line and nothing else: the page's footer. One alone (`咨询电话: 0355-…`) is text. */
export function isContactFooter(text: string): boolean {
  return CONTACT_FOOTER.test(text.trim());
}

// What a line of a box's title may have been read as before its box was seen.
const TITLE_KINDS = new Set<Block['kind']>(['kicker', 'caption', 'heading', 'subheading', 'headline']);

/**
 * The title lines right under a box's top edge (`┏━━┓` / `小贴士` / `预防流感记住“五要”` / `┗━━┛` or its text): the last
 * is the box's headline, those over it its kicker. A box is a sidebar of its own, its title no banner of the page
 * nor a caption of the article above.
 */
export function titlesInBoxes(blocks: readonly Block[]): Block[] {
  const out = [...blocks];
  out.forEach((block, i) => {
    if (block.kind !== 'furniture' || !BOX_TOP.test(block.text.trim())) return;
    // A rule drawn under the top edge (`┏━━┓` / `---` / `小贴士`) is the box's too.
    let first = i + 1;
    while (out[first]?.kind === 'furniture' && !isBoxEdge(out[first]!.text) && /^[-*_=—─━═~]{3,}$/u.test(out[first]!.text.trim())) first++;
    let end = first;
    while (end < out.length && TITLE_KINDS.has(out[end]!.kind) && out[end]!.credit === undefined) end++;
    const after = out[end];
    const closes = after !== undefined && (after.kind === 'paragraph' || (after.kind === 'furniture' && isBoxEdge(after.text)));
    if (end === first || end - first > 3 || !closes) return;
    for (let k = first; k < end; k++) {
      const { level: _level, ...rest } = out[k]!;
      out[k] = { ...rest, kind: k === end - 1 ? 'headline' : 'kicker' };
    }
  });
  return out;
}
