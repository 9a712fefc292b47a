// Where each article's English stands against its Chinese source.

export type TranslationState = 'translated' | 'outdated' | 'missing';

export interface SourceArticle {
  id: string;
  title: string;
  hash: string;
}

export interface Translation {
  id: string;
  translationOf: string;
  sourceHash: string;
}

export interface StatusRow {
  id: string;
  title: string;
  state: TranslationState;
  translation?: string;
}

export function translationStatus(sources: SourceArticle[], translations: Translation[]): StatusRow[] {
  const byOriginal = new Map(translations.map((t) => [t.translationOf, t]));
  return sources.map((s) => {
    const t = byOriginal.get(s.id);
    if (!t) return { id: s.id, title: s.title, state: 'missing' };
    return { id: s.id, title: s.title, state: t.sourceHash === s.hash ? 'translated' : 'outdated', translation: t.id };
  });
}
