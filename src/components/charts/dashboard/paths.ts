// The dashboard's pages: all figures at /<lang>/data/, one pre-built page per topic at /<lang>/data/<topic>/.
import type { Topic } from '../../../domain/topics.ts';
import type { Lang } from '../../../lib/i18n.ts';

export function dataPath(lang: Lang, topic?: Topic): string {
  return topic ? `${lang}/data/${topic}/` : `${lang}/data/`;
}
