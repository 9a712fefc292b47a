// What a figure counts, in the page's language. Chinese: the figure's label (which keeps the words that
// define the number: 新增, 累计, 每月 …), else its older short subject. English: the glossary's phrase for
// the label or subject, else the record's label_en (the measure vocabulary's name of its series), else
// the Chinese marked as Chinese (so the page sets `lang` on it and says English is missing).
import { measureByKey } from '../domain/measures.ts';
import type { FigureRecord } from '../domain/figure.ts';
import type { LocalText } from './content/localise.ts';
import { getEnglish, type English } from './glossary.ts';
import type { Lang } from './i18n.ts';

export function figureSubject(
  lang: Lang,
  figure: Pick<FigureRecord, 'subject' | 'measure' | 'text'> & Partial<Pick<FigureRecord, 'label' | 'label_en'>>,
  english: English = getEnglish(),
): LocalText {
  const subject = figure.subject ?? '';
  const chinese = figure.label || subject || figure.text;
  if (lang === 'zh') return { text: chinese, lang: 'zh' };
  // The label's own phrase first: it says what was done to or by the counted (`完成“清化收”工作的村`), where the
  // subject's is often only the counted noun the number already prints (`2,436 villages | Villages`).
  const fromGlossary = (figure.label ? english.subjectEn(figure.label) : undefined) ?? (subject ? english.subjectEn(subject) : undefined);
  if (fromGlossary) return { text: fromGlossary, lang: 'en', fromGlossary: true };
  const named = figure.label_en ?? (figure.measure ? measureByKey(figure.measure)?.en : undefined);
  if (named) return { text: named, lang: 'en' };
  return { text: chinese, lang: 'zh' };
}
