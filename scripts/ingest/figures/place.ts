// The most specific place a figure is about: read in its clause, then its segment, sentence, paragraph and
// section headings, then the article's first place. At each step the places named there decide:
// - one place, or a town with its own county (`潞州区英雄中路街道`): the most specific one; in the
//   paragraph and the section before it, the place written nearest before the figure;
// - places that do not nest (`苏店镇、西池乡16个村`, `潞州区、上党区和屯留区`): what they share (上党区,
//   长治市);
// - a relative word (`全县`, `该区`, `全镇`) stands for the place of that level the wider text names;
// - a village, community or housing estate the article has placed under a town (`西井镇仟仵村` → later
//   `仟仵村互助幸福院…`) stands for that town (localPlacesOf).
// - 县里/区里 opening a clause is the county acting: the county's figure, unless its sentence names a town or points
//   back at one (村里, 这个村, 该镇), where the county acts (place-names.ts);
// - a sentence that counts back several things (`两所学校`) reads the segment before as a whole, or the clauses before
//   that hold the noun it counts (`两所幼儿园`: the clause of 幼儿园2所) (place-before.ts).
// A topic tag (`#健康沁源#`) is a heading naming a campaign, not a place the figure is in: it is blanked first.
// This module runs the levels in order; the modules beside it each do one job: the places a text names and the
// article's villages (place-mentions.ts), how places nest (place-tree.ts), the text before the figure (place-before.ts),
// a quotation's speaker (place-speaker.ts), a list of places each with its figure (place-items.ts), a list or table's
// shared place (place-groups.ts), 分别 (place-respectively.ts), an office's level (place-offices.ts).

import { findPlace, type Place, type PlaceMention, type RelativeLevel } from './place-names.ts';
import { clauseOf, lineOf, segmentOf, type FigureScope } from './scope.ts';
import { respectivePlace } from './place-respectively.ts';
import { officeLevel } from './place-offices.ts';
import { tableRow } from './table.ts';
import { mentionsIn, placesIn, type LocalPlaces } from './place-mentions.ts';
import { atLevel, mostSpecific } from './place-tree.ts';
import { countedBack, countedPlaces, nearest, nearestClauseBefore, SEVERAL_BACK } from './place-before.ts';
import { speakerOf } from './place-speaker.ts';
import { pairedItem } from './place-items.ts';

export { localPlacesOf, type LocalPlaces } from './place-mentions.ts';
export { mostSpecific } from './place-tree.ts';

/**
 * 该镇 where the nearest place is its county (`荫城镇是上党区…的重点镇。今年，该镇完成…`): the town of that
 * county the paragraph (or the section before it) names last before the figure.
 */
function townOf(county: Place, level: RelativeLevel, scope: FigureScope, local: LocalPlaces | undefined): Place | undefined {
  if (level !== 'town' || county.level !== 'county') return undefined;
  const at = scope.sentenceStart + scope.start;
  const inCounty = (m: PlaceMention) => m.place?.level === 'town' && m.place.parent === county.name;
  const before = mentionsIn(scope.paragraph, local).filter((m) => m.end <= at && inCounty(m));
  const earlier = mentionsIn(scope.preceding ?? '', local).filter(inCounty);
  return (before.at(-1) ?? earlier.at(-1))?.place;
}

/** The one town of `county` among the article's places, for a relative word of the town level. */
function articleTown(article: readonly Place[], county: Place, level: RelativeLevel): Place | undefined {
  if (level !== 'town' || county.level !== 'county') return undefined;
  const towns = article.filter((p) => p.level === 'town' && p.parent === county.name);
  return towns.length === 1 ? towns[0] : undefined;
}

/** A word pointing back at a place below the county: 村里/镇里, 该村, 这个村, 本镇, 全村, 该社区. */
const BELOW_COUNTY_BACK = /[村镇乡]里|(?:该|这个|这|本|全)(?:村|镇|乡|社区)/u;

/** A topic tag (`#健康沁源#`, `#襄垣小米#`): a heading that names a campaign, not where its sentence's figures are. */
const TAG = /#[^#\s]{1,20}#/gu;
const untagged = (text: string) => (text.includes('#') ? text.replace(TAG, (m) => ' '.repeat(m.length)) : text);

export function regionOf(tagged: FigureScope, local?: LocalPlaces): string | undefined {
  // Tags are blanked (offsets kept) in the figure's sentence and paragraph.
  const scope = { ...tagged, sentence: untagged(tagged.sentence), paragraph: untagged(tagged.paragraph), preceding: tagged.preceding === undefined ? undefined : untagged(tagged.preceding) };
  const { sentence } = scope;
  // A list or table printed a row a line: the figure's clause and segment end with its line.
  const line = lineOf(sentence, { start: 0, end: sentence.length }, scope.start, scope.end);
  const clause = lineOf(sentence, clauseOf(scope), scope.start, scope.end);
  const segment = lineOf(sentence, segmentOf(scope), scope.start, scope.end);
  const at = scope.sentenceStart + scope.start;
  // 县里/区里 opening a clause is the county acting: in a sentence that names a town, it acts there (place-names.ts).
  // A sentence that counts back several things before the figure (`两所学校总投资…`) reads the segment before as a whole.
  const countsBack = SEVERAL_BACK.test(sentence.slice(0, scope.start));
  // Where it names what it counts (`两所幼儿园`, `这些小区`), the clauses before that hold that noun give the place.
  const counted = countsBack ? countedBack(sentence.slice(0, scope.start)) : undefined;
  const countedAt = counted && countedPlaces(scope.paragraph.slice(0, scope.sentenceStart), counted, local);
  // So does one that points back at a place below the county (`县里…帮助村里修建…`, `县里还为这个村安装…`): the
  // county acts there, and what it builds is the village's (its town's).
  const actsInTown = mentionsIn(sentence, local).some((m) => m.place?.level === 'town') || BELOW_COUNTY_BACK.test(sentence);
  // Clause, segment and sentence: what all their places share. Paragraph and the section before it: the
  // place written nearest before the figure (a paragraph moves from place to place).
  const found = [
    // A speaker's own words take the speaker's place (`“…屋里有23℃。”丹朱镇居民郭大姐说`).
    placesIn(mentionsIn(speakerOf(scope), local)),
    // A table row's figures, the place its row names (`| 古韩镇 | 1860户 | 98.7% |`).
    placesIn(mentionsIn(tableRow(sentence, scope.start, scope.end) ?? '', local)),
    placesIn(mentionsIn(pairedItem(sentence, clause, scope.start, scope.end), local)),
    // 丹朱镇、鲍店镇…分别新增学位360个和270个: the place 分别 gives the figure (place-respectively.ts).
    placesIn(mentionsIn(respectivePlace(sentence, scope.start, scope.end, scope.paragraph.slice(0, scope.sentenceStart)), local)),
    placesIn(mentionsIn(sentence.slice(clause.start, clause.end), local), actsInTown),
    // A clause naming no place goes on about the place of the nearest clause before it in its segment that names one
    // (`潞州区在常青街道新开放老年食堂6个，全区老年食堂达到41个，日均就餐800余人次`: the district's; `我市…增至24家，其中今年新增7家`),
    // not about the most specific place of the whole segment. (Not where that clause goes to or joins, `…直达长治高新区`,
    // `与市区…并网`: the segment's places decide.)
    placesIn(nearestClauseBefore(sentence, segment, clause, local), actsInTown),
    placesIn(mentionsIn(sentence.slice(segment.start, segment.end), local), actsInTown),
    placesIn(mentionsIn(sentence.slice(line.start, line.end), local), actsInTown),
    placesIn(mentionsIn(sentence, local), actsInTown),
    // An office opening the sentence speaks for its level (`市住建局有关负责人表示：明年…`: the city).
    placesIn(officeLevel(sentence, scope.start)),
    // (An office of another sentence, `市疾控中心专家提醒…。每人每天喝水1500毫升为宜。`, does not place the figure: it acts
    // in its own sentence, and advice after it is no place's.)
    countedAt ? { places: countedAt, relative: [] } : placesIn(nearest(scope.paragraph, notOfficesBeyond(scope, scope.paragraph, mentionsIn(scope.paragraph, local), scope.sentenceStart, scope.sentenceStart + sentence.length), at, countsBack)),
    placesIn(nearest(scope.preceding ?? '', notOfficesBeyond(scope, scope.preceding ?? '', mentionsIn(scope.preceding ?? '', local), 0, 0), Number.POSITIVE_INFINITY, countsBack)),
    ...[...scope.headings].reverse().map((h) => placesIn(mentionsIn(h, local))),
    // The headline is the heading over every section (`郭道镇卫生院开通“流动诊室”`): its place before the
    // article's first, which puts a town's county first; so is its deck (`家门口的养老服务清单` / `英雄中路街道…一览`).
    // (Not an office there: it acts in its own line, `市卫健委开展健康讲座进社区` over general advice.)
    placesIn(headline(scope, local, [scope.article.title ?? '', scope.article.deck ?? ''].join('\n'))),
  ];
  const article = scope.article.regions.map((r) => findPlace(r)).filter((p): p is Place => p !== undefined);
  found.push({ places: article.slice(0, 1), relative: [] });
  for (let i = 0; i < found.length; i++) {
    const { places, relative } = found[i]!;
    if (places.length === 0 && relative.length === 0) continue;
    const resolved = [...places];
    for (const level of relative) {
      // 全区 stands for the district this level names, else the one the wider text names.
      // When this level names a place, a relative word is read against it alone (`我市…县域全覆盖`).
      // Else the nearest wider text that names a place; a city there leaves 全县 unresolved.
      const context = found.slice(i).map((f) => mostSpecific(f.places)).find((p) => p !== undefined);
      // Else 全镇 in an article the describe step placed at a town of that county (`微子镇：小杂粮做成大产业`, the
      // town named only in its headline) is that town.
      const place = context ? (atLevel(context, level) ?? townOf(context, level, scope, local) ?? articleTown(article, context, level)) : undefined;
      if (place) resolved.push(place);
    }
    const best = mostSpecific(resolved);
    if (best) return best.name;
  }
  const first = scope.article.regions[0];
  if (first === undefined) return cityOfficeNear(scope);
  return findPlace(first)?.name ?? first;
}

/** An office's level (`市` of `市卫健委`, place-names.ts) is a mention of one character. */
const OFFICE_LEVEL = /^[市县区镇]$/u;

/**
 * In an article that names no place, the mentions of `text` but the offices outside [from, to): an office places what it
 * does in its own sentence, not advice after it. (Where the article has a place, an office's sentence before the figure
 * still says where it is, `市供热服务热线共受理…。其中，反映室温不达标的1120件`.)
 */
function notOfficesBeyond(scope: FigureScope, text: string, mentions: PlaceMention[], from: number, to: number): PlaceMention[] {
  if (scope.article.regions.length > 0) return mentions;
  return mentions.filter((m) => (m.at >= from && m.at < to) || !OFFICE_LEVEL.test(text.slice(m.at, m.end)));
}

const headline = (scope: FigureScope, local: LocalPlaces | undefined, text: string) => notOfficesBeyond(scope, text, mentionsIn(text, local), 0, 0);

/**
 * Where nothing names a place but a city office acts in the figure's own sentence (`大会共收到代表建议218件，…；市政协收到
 * 提案305件`): the city, as an office opening the figure's sentence gives it. The office must open a clause of that
 * sentence, as the subject of the clause's verb; an office in another sentence, the paragraphs before or the headline
 * does not place the figure (`市疾控中心专家提醒…。平均每人每天喝水1500毫升为宜。`: general advice, no place).
 */
function cityOfficeNear(scope: FigureScope): string | undefined {
  for (const clause of scope.sentence.split(/[，,；;：:\n]/)) {
    const office = officeLevel(clause).find((m) => m.place !== undefined);
    if (office?.place) return office.place.name;
  }
  return undefined;
}
