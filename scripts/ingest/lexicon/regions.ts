// How the paper shortens a county's name (`幸福壶关`, `潞城甩饼师傅`, `长子理发师`), for the figure extractor's
// ingest-only matching: read from the gazetteer's rows (src/domain/places/gazetteer-data.ts), which say
// which short forms are also ordinary words (长子 "eldest son", 平顺 "smooth") and why 上党, 潞州 and 沁 are
// not kept. Articles' places are read by the gazetteer's own scanner (describe/regions.ts).

import { COUNTY_ROWS } from '../../../src/domain/places/gazetteer-data.ts';
import type { County } from '../../../src/domain/places/regions.ts';

/** A county's short form; `onlyAtPhraseStart` when the same characters are also an ordinary word. */
export const SHORT_FORMS: readonly { text: string; county: County; onlyAtPhraseStart?: boolean }[] = COUNTY_ROWS.flatMap((row) =>
  row.shortForms.map((s) => ({ text: s.text, county: row.name, ...(s.alsoMeans !== undefined && { onlyAtPhraseStart: true }) })),
);
