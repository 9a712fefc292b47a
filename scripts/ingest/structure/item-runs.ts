// A run of short items a column prints one to a line, no blank line between them, each opened by a label in
// brackets — its place or its date (`【襄垣】11月以来，…。`, `〔11月24日〕武乡县召开…。`, `［沁源］…。`) — and each a
// finished story of its own. One line alone so opened may be a paragraph's lead-in (`【温馨提示】冬季…。`), and a
// place's label with its level's suffix is read alone (place-label.ts); what makes these items is the run: three
// lines or more, one after another, opened by the same brackets around labels that differ (a dialogue's labels,
// `【网友】` / `【回复】`, take turns instead), every label a place (a division's name or short form, or a name
// ending in a level's suffix) or a date. Labels of another kind name the fields of one piece (`【建议内容】…。` /
// `【答复意见】…。` / `【办理结果】…。`): its paragraphs, not items. A run of dates right under a story's running
// text, no rule, head or signed-off item between (`…变化一天一个样。` / `〔3月10日〕…。` / `〔5月20日〕…。` …), is
// that story's timeline (timelines.ts reads it as one box): only places, or dates under a column's name, at the
// page's start or after a finished item, make items.
// A column may open its items with the place and a colon instead (`西营镇：卫生院开设夜间门诊。入冬以来，…。`): the
// same run of three or more places, but a report's own paragraphs open so too (`潞州区：…` under a roundup's
// headline or its running text), so only a run under a column's name or a rule (furniture), or at the page's
// start, is read as items. So is a digest of unheaded paragraphs each opened by its own day (`11月24日，市人社局…。
// 岗位补贴…。` / `近日，市交警支队…。…。`), each two sentences or more: a timeline's one-sentence steps stay a box.

import { placesNamed } from '../../../src/domain/places/gazetteer.ts';
import { endsComplete, isQuestion, opensWithDate } from './shape.ts';
import { isTimeLabel } from './time-labels.ts';

// The label: two to ten characters in one pair of brackets, text after it on the line (no colon or comma first).
const LABEL = /^([【〔［\[])([^【】〔〕［］\[\]\n：:，,。]{2,10})[】〕］\]][\s\u3000]*(?=[^\s\u3000：:，,。、；;])/u;
// A bracketed note after the last sentence (`…。（通讯员 李娜）`) still ends a finished item.
const CLOSING_NOTE = /(?<=[。！？])[（(][^（()）]{2,40}[)）]$/u;
// The place and its colon: two to eight characters, text after the colon on the line.
const COLON_LABEL = /^([^\s\u3000：:，,。、【】〔〕［］\[\]（）()“”"]{2,8})[：:](?=[^\s\u3000：:，,。])/u;
const COLON = '：';
// The day a digest's paragraph opens with, before its comma (`11月24日，`, `12月1日起，`, `近日，`).
const DAY_LEAD = /^((?:\d{4}年)?\d{1,2}月\d{1,2}日|近日|日前|近期)(?=起?[，,])/u;
const DAY = '，';
/** A digest's item runs to two sentences or more. */
const MIN_DAY_ITEM_SENTENCES = 2;
/** A run holds at least so many items. */
const MIN_ITEMS = 3;
/** Labels mostly differ: a place's or a date's, one per item. */
const MIN_DISTINCT_SHARE = 0.7;

// A division's level closes a place's name (`太原市`, `王和镇`), as in place-label.ts.
const DIVISION_END = /\p{Script=Han}(?:区|县|市|镇|乡|街道)$/u;

/** `襄垣`, `沁源县王和镇`, `11月24日`, `2025.11.24`: the label of an item of news, its place or its date. */
function isPlaceOrDate(label: string): boolean {
  return placesNamed(label).length > 0 || DIVISION_END.test(label) || opensWithDate(label) || isTimeLabel(label) || /^\d{1,2}[.．/]\d{1,2}$/u.test(label);
}

/** `3月10日`, `2025.11.24`: a date's label, not a place's. */
function isDate(label: string): boolean {
  return placesNamed(label).length === 0 && !DIVISION_END.test(label);
}

/** Running text right above a run, not a finished item signed off (`…。（通讯员 李娜）`): the story the run is in. */
function underRunningText(above: string | null | undefined): boolean {
  return typeof above === 'string' && !CLOSING_NOTE.test(above.trim());
}

/** The bracket (or the colon) and label a line of text opens with, when it is one line of finished sentences after it. */
function labelOf(text: string): { open: string; label: string } | undefined {
  const t = text.trim();
  if (t.includes('\n') || isQuestion(t) || !endsComplete(t.replace(CLOSING_NOTE, ''))) return undefined;
  const m = LABEL.exec(t);
  if (m === null) {
    const c = COLON_LABEL.exec(t);
    if (c !== null) return isPlace(c[1]!) ? { open: COLON, label: c[1]! } : undefined;
    const d = DAY_LEAD.exec(t);
    return d !== null && sentences(t) >= MIN_DAY_ITEM_SENTENCES ? { open: DAY, label: d[1]! } : undefined;
  }
  const label = m[2]!.replace(/[\s\u3000]+/gu, '');
  return isPlaceOrDate(label) ? { open: m[1]!, label } : undefined;
}

function sentences(text: string): number {
  return text.split(/(?<=[。！？])/u).filter((x) => x.trim() !== '').length;
}

/** `西营镇`, `沁源县王和镇`, `城区`: a division's name or short form, or a name its level's suffix closes. */
function isPlace(label: string): boolean {
  return placesNamed(label).length > 0 || DIVISION_END.test(label);
}

/** `【襄垣】11月以来，…。`, `〔11月24日〕…。`, `西营镇：…。`: one line of finished sentences opened by its place or date in brackets, or its place and a colon. */
export function isLabelledItem(text: string): boolean {
  const label = labelOf(text);
  return label !== undefined && label.open !== DAY;
}

/** `11月24日，市人社局…。岗位补贴…。`: one line of two sentences or more opened by its day, as a digest's item is. */
export function isDayItem(text: string): boolean {
  return labelOf(text)?.open === DAY;
}

/**
 * The indices of the paragraphs that are items of a bracket-labelled run. `texts[k]` is paragraph k's text, null
 * for page furniture (a rule drawn between items, which the run passes over), or undefined for any other block (a
 * title-like line): a run is paragraphs one after another.
 */
export function itemRunIndices(texts: readonly (string | null | undefined)[]): Set<number> {
  const items = new Set<number>();
  for (let start = 0; start < texts.length; ) {
    const first = typeof texts[start] === 'string' ? labelOf(texts[start]!) : undefined;
    if (first === undefined) {
      start++;
      continue;
    }
    const run = [start];
    const labels = [first.label];
    let end = start + 1;
    for (; end < texts.length && texts[end] !== undefined; end++) {
      if (texts[end] === null) continue;
      const next = labelOf(texts[end]!);
      if (next === undefined || next.open !== first.open) break;
      run.push(end);
      labels.push(next.label);
    }
    const distinct = new Set(labels).size;
    const timeline = labels.every(isDate) && underRunningText(texts[start - 1]);
    // Colon heads and days are items only where no headline or text stands right above the run.
    if ((first.open === COLON || first.open === DAY) && start > 0 && texts[start - 1] !== null) {
      start = run.at(-1)! + 1;
      continue;
    }
    if (!timeline && labels.length >= MIN_ITEMS && distinct >= MIN_ITEMS && distinct >= MIN_DISTINCT_SHARE * labels.length) {
      for (const k of run) items.add(k);
    }
    start = run.at(-1)! + 1;
  }
  return items;
}
