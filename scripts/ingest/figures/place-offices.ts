// The level an office opening a sentence speaks for (`市交通运输局有关负责人表示，明年将…`, `县政府办负责人介绍，…`):
// a city office for the city, a county's or district's office for the county the wider text names. A sentence that
// names no place of its own but opens on such an office is about that level, not about the place named last before
// it (a county in a list, a town in the paragraph before) — unless it points back to that place (`该小区`), when the
// office only tells of it. figures/place.ts reads it after the sentence's own places.
// The office may open the figure's clause rather than the sentence, after a fronted topic and a time word
// (`暖气不热的投诉，今年区供热热线只接到了180件`): the clause is then its doing; a hotline is an office's too (the
// city's 12345 line by its number, `市12345政务服务便民热线…`), and so are the congress and the consultative conference
// of the level (`市政协收到提案305件`).

import { DAYS_RUN } from './period-printed-days.ts';
import { findPlace, type PlaceMention } from './place-names.ts';
import { RANGE_MARK } from './units.ts';
import { dictionaryWords } from './words.ts';

// 市, 县 or 区, then the office's name up to its kind (局, 委, 办, 中心, 政府, 公司 …): one office name, opening the
// sentence (after 据) or the figure's own clause (after a time word at most, `今年区供热热线…`).
const OFFICE_NAME = String.raw`([市县区])(?:12345)?[\p{Script=Han}]{0,8}?(?:局|委员会|委|办公室|办|中心|政府|公司|院|热线|政协|人大)`;
// (The dates of the span a report covers may open the sentence before it, a clause of their own: a run of days, `11月7日至13日，
// 市12345…热线共受理…` (period-printed-days.ts, as the period reads it), a run of months, a month or a day, `10月份，市住建局…`,
// `上周，…`.)
const DATES_LEAD = String.raw`(?:(?:${DAYS_RUN}|[0-9]{1,2}月(?:份|[0-9]{1,2}日)?(?:\s*${RANGE_MARK}\s*[0-9]{1,2}月(?:份)?)?|上周|本周|上月|本月)[，,])?`;
const OFFICE = new RegExp(`^${DATES_LEAD}(?:据)?${OFFICE_NAME}`, 'u');
const CLAUSE_OFFICE = new RegExp(`^(?:今年|去年|目前|近日|当前|如今)?${OFFICE_NAME}`, 'u');
// The level is a word of its own (`市/交通运输局`, `区/市场监管局`) or opens an office's word (`县政府`, `市政协`), never
// the first character of another word (`市场监管局`, `市民服务中心`: no city's office), as jieba's dictionary cuts the
// words (its guesses at unknown words would glue 市住 of 市住建局).
const WHOLE_OFFICE = new RegExp(`^${OFFICE_NAME}$`, 'u');
const CLAUSE_BREAK = /[，,；;：:]/;

const POINTER = /[该这此](?:个|些|座|所|条|家|项|处)?[\p{Script=Han}]/u;

/** The mention of the level an office opening the sentence (or the clause at `at`) speaks for; [] where none opens it. */
export function officeLevel(sentence: string, at?: number): PlaceMention[] {
  let clauseStart = 0;
  if (at !== undefined) for (let i = 0; i < at; i++) if (CLAUSE_BREAK.test(sentence[i]!)) clauseStart = i + 1;
  const opening = sentence.trimStart();
  const clause = sentence.slice(clauseStart);
  const found =
    levelWord(opening, OFFICE.exec(opening)) ?? (clauseStart > 0 ? levelWord(clause, CLAUSE_OFFICE.exec(clause)) : null);
  // (A pointer back, `该小区`, `这个村`, keeps the sentence on the place before: the office only tells of it.)
  if (!found || POINTER.test(sentence)) return [];
  const span = { at: 0, end: found[0].length };
  if (found[1] === '市') {
    const city = findPlace('长治市');
    return city ? [{ ...span, place: city }] : [];
  }
  return [{ ...span, relative: 'county' }];
}

/** The office found, if its level character is a word of its own or opens an office's word in `text`. */
function levelWord(text: string, found: RegExpExecArray | null): RegExpExecArray | null {
  if (!found) return null;
  // (The level opens the office's clause: after the dates that may lead the sentence, read from there.)
  const lead = /^[^，,]*[，,]/.exec(found[0])?.[0].length ?? 0;
  const at = found[0].indexOf(found[1]!, lead) - lead;
  const word = dictionaryWords(text.slice(lead).split(/[，,；;。]/, 1)[0]!).find((w) => w.start <= at && at < w.end);
  return word && word.start === at && (word.end === at + 1 || WHOLE_OFFICE.test(word.word)) ? found : null;
}
