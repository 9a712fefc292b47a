// What a figure counts, in the page's language. English: the glossary's phrase for the subject, else the
// measure's label where the figure belongs to a named series, else the Chinese subject marked as
// Chinese (so the page sets `lang` on it and says English is missing).
import { measureByKey } from '../domain/measures.ts';
import type { FigureRecord } from '../domain/figure.ts';
import type { LocalText } from './content/localise.ts';
import { getEnglish, type English } from './glossary.ts';
import type { Lang } from './i18n.ts';

export function figureSubject(
  lang: Lang,
  figure: Pick<FigureRecord, 'subject' | 'measure' | 'text'>,
  english: English = getEnglish(),
): LocalText {
  const subject = figure.subject ?? '';
  if (lang === 'zh') return { text: subject || figure.text, lang: 'zh' };
  const fromGlossary = subject ? english.subjectEn(subject) : undefined;
  if (fromGlossary) return { text: fromGlossary, lang: 'en', fromGlossary: true };
  const measure = figure.measure ? measureByKey(figure.measure) : undefined;
  if (measure) return { text: measure.en, lang: 'en' };
  return { text: subject || figure.text, lang: 'zh' };
}
