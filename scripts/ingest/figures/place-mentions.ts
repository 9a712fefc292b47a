// The places a text names for a figure's region, as place.ts reads them: the gazetteer's places and relative words
// (place-names.ts), with the villages, communities and estates the article placed under a town standing for that town
// (`西井镇仟仵村` → later `仟仵村互助幸福院…`), each text scanned once; and what a level of the text holds (placesIn).

import { scanPlaces, type Place, type PlaceMention, type RelativeLevel } from './place-names.ts';

export type LocalPlaces = ReadonlyMap<string, Place>;

const LOCAL_AFTER_TOWN = /^[\p{Script=Han}]{1,4}?(?:村|社区|小区)/u;

/** Villages, communities and estates the article names right after their town, and the town. */
export function localPlacesOf(paragraphs: readonly string[]): Map<string, Place> {
  const local = new Map<string, Place>();
  for (const text of paragraphs) {
    for (const m of scanPlaces(text)) {
      if (m.place?.level !== 'town') continue;
      const name = LOCAL_AFTER_TOWN.exec(text.slice(m.end))?.[0];
      if (name && !local.has(name)) local.set(name, m.place);
    }
  }
  return local;
}

export interface Found {
  places: Place[];
  relative: RelativeLevel[];
}

/** What a level of the text names: its places, and its relative words (县里/区里 acting dropped where the county acts in a town). */
export function placesIn(mentions: readonly PlaceMention[], countyActsInTown = false): Found {
  const places: Place[] = [];
  const relative: RelativeLevel[] = [];
  for (const m of mentions) {
    if (m.place) places.push(m.place);
    else if (m.relative && !(m.acts && countyActsInTown)) relative.push(m.relative);
  }
  return { places, relative };
}

// As in topic.ts: the paragraph and its section are scanned once for all the figures in them.
const SCANNED = new Map<string, { local: LocalPlaces | undefined; mentions: PlaceMention[] }>();
const SCANNED_MAX = 2048;

/** Places and relative words in a text, with the villages the article placed under a town. */
export function mentionsIn(text: string, local: LocalPlaces | undefined): PlaceMention[] {
  const known = SCANNED.get(text);
  if (known && known.local === local) return known.mentions;
  if (SCANNED.size >= SCANNED_MAX) SCANNED.clear();
  const mentions = scanMentions(text, local);
  SCANNED.set(text, { local, mentions });
  return mentions;
}

function scanMentions(text: string, local: LocalPlaces | undefined): PlaceMention[] {
  const out = [...scanPlaces(text)];
  if (local) {
    for (const [name, place] of local) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) out.push({ at, end: at + name.length, place });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}
