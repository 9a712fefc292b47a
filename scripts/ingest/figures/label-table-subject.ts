// What a table counts, where its cells' row and column (table.ts) do not say it: a column headed by a part of the
// measure (`全年计划`, `已完成`, `补贴户数`) or by a kind of the thing counted (`保洁绿化`, `小计`) takes the subject of
// the sentence that introduces the table, the noun phrase before its 如下 (`各县区农村公路建设进度如下表（单位：公里）：`
// → 农村公路建设; `现将本年度取暖补贴发放情况公告如下：` → 取暖补贴; `其中各县区集中招聘名额如下` → 集中招聘名额),
// without the words naming the rows (各县区), time, the report's own words (进度, 情况, 公告) and a verb closing it
// (发放) — where the row names no thing (a county, a town, 合计), so that only the column and the subject can. The
// subject goes before the column's words, once where they overlap (取暖补贴 + 补贴户数 → 取暖补贴户数).
import { MAX_LABEL_LENGTH } from './label-phrases.ts';
import { tableCell } from './table.ts';
import type { FigureScope } from './scope.ts';
import { tagWords } from './words.ts';
import { scanPlaces } from './place-names.ts';
import { isTitleNote, titleNameOf } from '../structure/table-notes.ts';

// The sentence that introduces a table: the words before 如下 (…如下表, …如下：), in the last sentence before it.
const INTRO = /([^。；;！？!?\n：:]{2,40}?)如下表?(?:[（(][^（）()]*[)）])?[：:]?\s*$/u;
// Words of the report, not of the measure (and words ending on one, 具体安排): its progress, the state of things, the
// notice or list itself.
const REPORT_WORD = /(?:进度|情况|进展|公告|公示|通告|明细|统计|详见|见|列|一览|安排|事项|内容|要求)$/;
// Words opening the intro that are no part of the subject, by their form: function words by their tag (a pronoun 其中,
// a time 今年, an adverb 分别, a conjunction, a preposition, a distinguishing word 主要, an adjective 具体, a word jieba
// does not know 现将, a numeral or measure word); where (a place or a relative place word, 全县, 各县区, and the rows as an
// administrative kind, 三个县区) and which (each, this: a word opening on 各 or 本, 本年度, 本次); and a year's frame (年度).
const FRAME_TAG = /^(?:r|t|tg|d|c|p|b|a|ad|x|m|q|mq)$/;
// The rows as a kind, counted or not (`三个县区`, `12个乡镇`): the administrative kinds a table's rows are.
const ROW_KIND = /^(?:县区|区县|县市区|乡镇|乡镇街道|街道|社区|村)$/;
const FRAME_OPENING = /^[各本]/;
const YEAR_FRAME = /年度$/;

/** The table's subject from the sentence introducing it; '' where none does. */
export function tableSubject(intro: string): string {
  const found = INTRO.exec(intro.replace(/\s+/g, ''));
  if (!found) return '';
  const segments = found[1]!.split(/[，,]/);
  const own = phraseSubject(segments.pop()!);
  if (own || segments.length === 0) return own;
  // Where the clause before 如下 names only the rows and the report (`潞城区、襄垣县、黎城县三个县区完成情况如下`), the
  // clause before it in the sentence names the measure as its subject (`我市今年农村清洁取暖改造任务已基本完成，…`): its
  // words up to its predicate (the first adverb), less a generic head (任务, 工作).
  const words = tagWords(segments.pop()!);
  const predicate = words.findIndex((w) => /^(?:d|ad|l)$/.test(w.tag));
  if (predicate <= 0) return '';
  return phraseSubject(words.slice(0, predicate).map((w) => w.word).join('').replace(GENERIC_HEAD, ''), false);
}

/** A measure's generic head, dropped from a subject read off a clause (`清洁取暖改造任务`). */
const GENERIC_HEAD = /(?:任务|工作)$/;

/** The subject of the phrase that introduces a table: without framing, report words and a verb closing it. */
function phraseSubject(text: string, verbsClose = true, title = false): string {
  const words = tagWords(text);
  let end = words.length;
  // (The report's words and the verbs closing the phrase go: 发放情况公告; not the works a clause's subject names.)
  while (end > 0 && (REPORT_WORD.test(words[end - 1]!.word) || (verbsClose && words[end - 1]!.tag === 'v'))) end--;
  // (A place is read in the phrase, not word by word: jieba cuts 潞城区 into 潞城 and 区.)
  const phrase = words.map((w) => w.word).join('');
  const placeEnds = new Map(scanPlaces(phrase).map((m) => [m.at, m.end]));
  let start = 0;
  for (let at = 0; start < end; ) {
    const placeEnd = placeEnds.get(at);
    // (A title's adjective is its measure's, `清洁取暖改造`; an intro's frames it, `具体`.)
    if (placeEnd === undefined && (!framing(words[start]!) || (title && /^(?:a|ad)$/.test(words[start]!.tag)))) break;
    const to = placeEnd ?? at + words[start]!.word.length;
    while (start < end && at < to) at += words[start++]!.word.length;
  }
  const subject = words.slice(start, end).map((w) => w.word).join('');
  // (A title's works named by their verbs alone, `清洁取暖改造`, name a measure too.)
  const kept = words.slice(start, end);
  const names = kept.some((w) => /^n/.test(w.tag) || w.tag === 'vn') || (title && kept.length >= 2 && kept.at(-1)!.tag === 'v');
  return /^\p{Script=Han}{2,10}$/u.test(subject) && names ? subject : '';
}

/** A word opening an intro that frames the table (when, which) rather than names what it counts. */
function framing(word: { word: string; tag: string }): boolean {
  return FRAME_TAG.test(word.tag) || FRAME_OPENING.test(word.word) || YEAR_FRAME.test(word.word) || ROW_KIND.test(word.word);
}

/** A table cell's label with the table's subject, where its column does not name it; the label as it was otherwise. */
export function withTableSubject(label: string, scope: FigureScope): string {
  const cell = tableCell(scope.sentence, scope.start, scope.end);
  if (!cell) return label;
  // (The table's own title over its note line names it, though table.ts took the note for the title.)
  const titled = titleSubject(scope.sentence);
  if (cell.title && !titled) return label;
  const subject = titled || tableSubject(introOf(scope));
  if (!subject || label.includes(subject)) return label;
  // (Only a row that names no thing, a place or a total, leaves the measure to the column and the subject.)
  const row = cell.row.replace(/[（(][^（）()]*[)）]/g, '').trim();
  if (!row || !label.startsWith(row) || !namesNoThing(row)) return label;
  const column = label.slice(row.length);
  // (Once where the subject closes on the words the column opens with: 取暖补贴 + 补贴户数.)
  let overlap = Math.min(subject.length, column.length);
  while (overlap > 0 && !column.startsWith(subject.slice(subject.length - overlap))) overlap--;
  const named = `${row}${subject}${column.slice(overlap)}`;
  return column && named.length <= MAX_LABEL_LENGTH ? named : label;
}

/**
 * The subject a table's own title names where the title stands over a note line at the top of the table's block
 * (`全县冬季清洁取暖改造完成情况` / `截至11月25日　单位：户` / the header → 清洁取暖改造): read as the phrase before 如下
 * is. (A title right over the header is the cell's title already: table.ts.)
 */
function titleSubject(block: string): string {
  const lines = block.split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length < 3 || !isTitleNote(lines[1]!)) return '';
  // (The works stay, `…改造`; how far they got, `完成情况`, `推进进度`, goes.)
  const title = titleNameOf(lines[0]!)?.replace(PROGRESS, '');
  return title ? phraseSubject(title, false, true) : '';
}

const PROGRESS = /(?:完成|推进|实施|落实|办理)?(?:情况|进度|进展)(?:统计|一览)?表?$/;

/** The text before the table: its paragraph before the table's lines, or the paragraphs before it. */
function introOf(scope: FigureScope): string {
  const inParagraph = scope.paragraph.slice(0, scope.sentenceStart);
  const lines = inParagraph.split('\n').filter((l) => l.trim());
  // (The table's own lines before the figure's row are no intro: the line before the first of them is.)
  const before = lines.filter((l) => !/[\t|]|\S\s{2,}\S/.test(l.trim())).pop();
  return before ?? scope.intro ?? (scope.preceding ?? '').trim().split('\n').pop() ?? '';
}

/** A row name that is a place of the gazetteer as a whole (`潞城区`, `沁　县`) or a total (合计, 小计): where, not what. */
function namesNoThing(row: string): boolean {
  const name = row.replace(/[\s　]+/g, '');
  if (/^(?:合计|小计|总计|全市|全县|全区)$/.test(name)) return true;
  const places = scanPlaces(name).filter((m) => m.place);
  return places.some((m) => m.at === 0) && places.some((m) => m.end === name.length);
}
