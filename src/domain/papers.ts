// The newspapers the portal cites, by the name they print, with the English name a citation gives them:
// `长治日报` is `Changzhi Daily`. A paper not listed here is spelt in pinyin (its place name run together,
// as place names are), with a `日报`/`晚报` ending said in English: `太行日报` → `Taihang Daily`. Read by
// the article page's source note (src/lib/citation.ts); the names come from seeds' sidecars
// (`seeds/<name>.yaml`, `paper:`) or the page's own masthead.
import { romanise } from './places/regions.ts';

/** The papers whose English names are settled: add a row when a seed from another paper comes in. */
export const PAPER_NAMES: Readonly<Record<string, string>> = {
  长治日报: 'Changzhi Daily',
  上党晚报: 'Shangdang Evening News',
  山西日报: 'Shanxi Daily',
  人民日报: "People's Daily",
};

/** Endings of a paper's name that English translates, longest first. */
const ENDINGS: readonly (readonly [string, string])[] = [
  ['都市报', 'Metropolis Daily'],
  ['晚报', 'Evening News'],
  ['日报', 'Daily'],
  ['商报', 'Business News'],
];

/** A paper's English name: the settled one, else pinyin with its ending in English. */
export function paperNameEn(paper: string): string {
  const name = paper.trim();
  const known = PAPER_NAMES[name];
  if (known) return known;
  const ending = ENDINGS.find(([zh]) => name.endsWith(zh) && name.length > zh.length);
  if (!ending) return romanise(name);
  return `${romanise(name.slice(0, -ending[0].length))} ${ending[1]}`;
}
