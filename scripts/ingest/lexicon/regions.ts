// How the paper names places in ways the region vocabulary (src/domain/places/regions.ts) does not list:
// ingest-only matching rules for describe and the figure extractor.

import type { County } from '../../../src/domain/places/regions.ts';

/**
 * How the paper shortens a county's name (`幸福壶关`, `潞城甩饼师傅`, `长子理发师`). Left out on purpose:
 * 上党 (上党革命老区 is the whole old prefecture), 潞州 (an old name of the city), 平顺 (also means "smooth"),
 * 沁 (a single character). 长子 also means "eldest son", so it only counts at the start of a phrase.
 */
export const SHORT_FORMS: readonly { text: string; county: County; onlyAtPhraseStart?: boolean }[] = [
  { text: '壶关', county: '壶关县' },
  { text: '潞城', county: '潞城区' },
  { text: '屯留', county: '屯留区' },
  { text: '襄垣', county: '襄垣县' },
  { text: '黎城', county: '黎城县' },
  { text: '武乡', county: '武乡县' },
  { text: '沁源', county: '沁源县' },
  { text: '长子', county: '长子县', onlyAtPhraseStart: true },
];
