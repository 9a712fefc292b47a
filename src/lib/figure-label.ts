// What a figure counts, in the page's language. Chinese: the figure's label (which keeps the words that
// define the number: 新增, 累计, 每月 …), else its older short subject. English: the glossary's phrase for
// the label or subject, else the record's label_en (the measure vocabulary's name of its series), else
// the Chinese marked as Chinese (so the page sets `lang` on it and says English is missing). Of these, the
// one that best says what the Chinese label says (glossary/qualifiers.ts: 改造 renovated, 新增 new, 城镇
// urban …): the subject's phrase for 背街小巷改造 said `back streets and alleys`, dropping the renovation
// the Chinese card printed, where the series' name says `Back streets and alleys renovated`. An English
// that leaves out what reverses the number (减免 waived, 减少 reduced, 节省 saved) is not used: the Chinese,
// marked as such, says it (符合条件的群众减免服务费 had read `Service fees`, fees waived shown as fees charged).
import { measureByKey } from '../domain/measures.ts';
import type { FigureRecord } from '../domain/figure.ts';
import type { LocalText } from './content/localise.ts';
import { getEnglish, type English } from './glossary.ts';
import { reversedQualifiers, unmatchedQualifiers } from './glossary/qualifiers.ts';
import type { Lang } from './i18n.ts';

export function figureSubject(
  lang: Lang,
  figure: Pick<FigureRecord, 'subject' | 'measure' | 'text'> & Partial<Pick<FigureRecord, 'label' | 'label_en'>>,
  english: English = getEnglish(),
): LocalText {
  const subject = figure.subject ?? '';
  const chinese = figure.label || subject || figure.text;
  if (lang === 'zh') return { text: chinese, lang: 'zh' };
  // Worked out once per figure record (never changed once loaded) and glossary: a figure's English is asked
  // for by its report's table, its year's table and JSON, and every chart that draws it (issue 17, profiled).
  let known = englishMemo.get(english);
  if (!known) englishMemo.set(english, (known = new WeakMap()));
  let found = known.get(figure);
  if (!found) known.set(figure, (found = englishSubject(chinese, figure, english)));
  return { ...found };
}

const englishMemo = new WeakMap<English, WeakMap<object, LocalText>>();

function englishSubject(chinese: string, figure: Parameters<typeof figureSubject>[1], english: English): LocalText {
  const subject = figure.subject ?? '';
  // The label's own phrase first: it says what was done to or by the counted (`完成“清化收”工作的村`), where the
  // subject's is often only the counted noun the number already prints (`2,436 villages | Villages`).
  const fromLabel = figure.label ? english.subjectEn(figure.label) : undefined;
  const fromSubject = subject ? english.subjectEn(subject) : undefined;
  const named = figure.label_en ?? (figure.measure ? measureByKey(figure.measure)?.en : undefined);
  const candidates: LocalText[] = [
    ...(fromLabel ? [{ text: fromLabel, lang: 'en' as const, fromGlossary: true }] : []),
    ...(fromSubject ? [{ text: fromSubject, lang: 'en' as const, fromGlossary: true }] : []),
    ...(named ? [{ text: named, lang: 'en' as const }] : []),
  ];
  // The one that leaves fewest of them unsaid (either way); of equals, the earlier.
  const unsaid = (c: LocalText) => unmatchedQualifiers(chinese, c.text).length;
  const found = candidates.reduce<LocalText | undefined>((best, c) => (best && unsaid(best) <= unsaid(c) ? best : c), undefined);
  if (found && reversedQualifiers(chinese, found.text).length === 0) return found;
  return { text: chinese, lang: 'zh' };
}
