// The most specific place a figure is about: read in its clause, then its segment, sentence, paragraph and
// section headings, then the article's first place. At each step the places named there decide:
// - one place, or a town with its own county (`潞州区英雄中路街道`): the most specific one; in the
//   paragraph and the section before it, the place written nearest before the figure;
// - places that do not nest (`苏店镇、西池乡16个村`, `潞州区、上党区和屯留区`): what they share (上党区,
//   长治市);
// - a relative word (`全县`, `该区`, `全镇`) stands for the place of that level the wider text names;
// - a village, community or housing estate the article has placed under a town (`西井镇仟仵村` → later
//   `仟仵村互助幸福院…`) stands for that town (localPlacesOf).
// A topic tag (`#健康沁源#`) is a heading naming a campaign, not a place the figure is in: it is blanked first.

import { findPlace, scanPlaces, type Place, type PlaceMention, type RelativeLevel } from './place-names.ts';
import { clauseOf, lineOf, quoteAround, segmentOf, type FigureScope, type Range } from './scope.ts';
import { respectivePlace } from './place-respectively.ts';
import { groupOf } from './place-groups.ts';
import { officeLevel } from './place-offices.ts';
import { tableRow } from './table.ts';
import { tagWords } from './words.ts';

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

interface Found {
  places: Place[];
  relative: RelativeLevel[];
}

function placesIn(mentions: readonly PlaceMention[], countyActsInTown = false): Found {
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
function mentionsIn(text: string, local: LocalPlaces | undefined): PlaceMention[] {
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

/** The place and those it lies in, outermost first: [山西省, 长治市, 上党区, 上党区西火镇]. */
function chain(place: Place): string[] {
  const out = [place.name];
  for (let p = place.parent ? findPlace(place.parent) : undefined; p; p = p.parent ? findPlace(p.parent) : undefined) out.unshift(p.name);
  return out;
}

/** The deepest place when all nest in it, else the deepest place they all share. */
export function mostSpecific(places: readonly Place[]): Place | undefined {
  if (places.length === 0) return undefined;
  const chains = places.map(chain);
  const deepest = chains.reduce((a, b) => (b.length > a.length ? b : a));
  if (chains.every((c) => c.every((name, i) => deepest[i] === name))) return findPlace(deepest[deepest.length - 1]!);
  let shared = 0;
  while (chains.every((c) => c[shared] !== undefined && c[shared] === chains[0]![shared])) shared++;
  return shared > 0 ? findPlace(chains[0]![shared - 1]!) : undefined;
}

/** The place of `level` a wider place stands in: 全县 in a text about a town is the town's county. */
function atLevel(place: Place, level: RelativeLevel): Place | undefined {
  if (level === 'local') return place.level === 'town' || place.level === 'county' ? place : undefined;
  if (level === 'town') return place.level === 'town' ? place : undefined;
  return place.level === 'town' ? findPlace(place.parent ?? '') : place.level === 'county' ? place : undefined;
}

/**
 * The mention nearest before `at`, else the first after it: what a paragraph is about where the figure is; with the
 * places of its list or table, when it stands in one (place-groups.ts), whose shared place the figure then takes.
 */
function nearest(text: string, all: readonly PlaceMention[], at: number, countsBack = false): PlaceMention[] {
  const mentions = all.filter((m) => m.place);
  const before = mentions.filter((m) => m.end <= at);
  const pick = before.length > 0 ? before[before.length - 1] : mentions.find((m) => m.at >= at);
  if (!pick) return [];
  const group = groupOf(text, mentions, pick);
  const common = group.length > 1 ? shared(group.map((m) => m.place!)) : undefined;
  if (common) return [{ ...pick, place: common }];
  if (group.length > 1) return [];
  // A sentence that counts back several things (`两所学校`, `三个镇`, `这些`) is about those the segment before names as a
  // whole: places that do not nest there (`王桥镇中心小学和夏店镇中心小学…投用。两所学校总投资…`) give what they share;
  // one place, or places that nest, the one picked. (Without the count, a route's last stop, `…—武乡县八路军太行纪念馆。`
  // over `●八路军太行纪念馆…每天限流8000人`, is still the place picked.)
  const whole = countsBack && pick.end <= at ? segmentPlaces(text, mentions, pick, at) : [];
  return whole.length > 1 && !nests(whole) ? [{ ...pick, place: shared(whole) }].filter((m) => m.place) : group;
}

/** Several things counted back by a Chinese numeral and their measure word (`两所`, `三个`, `两镇`), or 这些/上述. */
const SEVERAL_BACK = /(?:[两三四五六七八九十]|几)(?:所|个|家|处|座|条|项|镇|乡|县|区|地)(?=[\p{Script=Han}])|这些|上述/u;

const SEGMENT_END = /[。！？!?；;\n]/;

/** The places of the segment (between stops, semicolons and line ends) `pick` stands in, before `at`. */
function segmentPlaces(text: string, mentions: readonly PlaceMention[], pick: PlaceMention, at: number): Place[] {
  let start = pick.at;
  while (start > 0 && !SEGMENT_END.test(text[start - 1]!)) start--;
  let end = pick.end;
  while (end < Math.min(text.length, at) && !SEGMENT_END.test(text[end]!)) end++;
  return mentions.filter((m) => m.at >= start && m.end <= end).map((m) => m.place!);
}

/** Do the places all lie in the deepest of them (a town with its county)? */
function nests(places: readonly Place[]): boolean {
  const chains = places.map(chain);
  const deepest = chains.reduce((a, b) => (b.length > a.length ? b : a));
  return chains.every((c) => c.every((name, i) => deepest[i] === name));
}

/** The deepest place all of them lie in or are (`长治高新区`, `长治市` → 长治市; `苏店镇`, `西池乡` → 上党区). */
function shared(places: readonly Place[]): Place | undefined {
  const chains = places.map(chain);
  let depth = 0;
  while (chains.every((c) => c[depth] !== undefined && c[depth] === chains[0]![depth])) depth++;
  return depth > 0 ? findPlace(chains[0]![depth - 1]!) : undefined;
}

/** The longest attribution after a quotation read as its speaker's scene. */
const SCENE_MAX = 60;

/**
 * Who speaks a quotation the figure stands in, as the paragraph names them: the words after its closing
 * mark up to the sentence's end (`”丹朱镇居民郭大姐说。`) or before its opening mark from the sentence's start
 * (`家住黎侯镇的申丽说：“`); empty when the figure is not quoted or no speaker is named beside it.
 */
function speakerOf(scope: FigureScope): string {
  const { paragraph } = scope;
  const at = scope.sentenceStart + scope.start;
  const quote = quoteAround(paragraph, at, scope.sentenceStart + scope.end);
  if (quote === undefined) return '';
  const open = paragraph.lastIndexOf('“', at);
  const close = paragraph.indexOf('”', at);
  const after = close < 0 ? '' : paragraph.slice(close + 1).split(/[。！？!?“]/)[0]!;
  const start = Math.max(paragraph.lastIndexOf('。', open) + 1, 0);
  const before = open < 0 ? '' : paragraph.slice(start, open);
  const said = /(?:说|表示|介绍|告诉记者|笑着说|感慨|坦言)[:：，,]?$/;
  // Where a speaker comes from is where they live (`来自八义镇的杜师傅说`), though 来自 elsewhere names a partner.
  if (/^[^，,]{0,24}(?:说|表示|介绍|道|告诉记者|感慨|坦言)/.test(after)) return after.replace(/来自/g, '  ');
  // The attribution may set the scene first, its clauses ending on the verb of saying (`”12月5日，屯留区麟绛街道
  // 康庄小区居民郭秀英摸着暖气片说。`, `”在黎城县西井镇岭后村，68岁的村民申福贵…说，“…`); a quotation opening its
  // paragraph is placed by the scene the rest of that sentence sets (`“…只掏3块钱。”11月18日中午，屯留区余吾镇西洼村
  // 老年助餐点里，82岁的刘根旺老人吃得津津有味。`).
  const opensParagraph = open >= 0 && paragraph.slice(0, open).trim() === '';
  if (after.length <= SCENE_MAX && (said.test(after.trim()) || (opensParagraph && close >= 0))) return after.replace(/来自/g, '  ');
  return said.test(before) ? before : '';
}

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

const PAIR = /^[^0-9、]{0,6}[0-9][0-9.]*[^0-9、]{0,8}$/;

/**
 * The figure's item in a list of places each with its own figure (`潞州区256天、襄垣县268天、沁源县301天`): the
 * item the figure stands in, when it and another item of the clause each name a place and print a number; else
 * empty (`为苏店镇、西池乡16个村的8000余户村民…`: 苏店镇 has no figure, the clause's places are shared).
 */
function pairedItem(sentence: string, clause: Range, start: number, end: number): string {
  const text = sentence.slice(clause.start, clause.end);
  const items: Range[] = [];
  for (let at = 0, i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '、') {
      items.push({ start: clause.start + at, end: clause.start + i });
      at = i + 1;
    }
  }
  if (items.length < 2) return '';
  // An item that is a place and its figure: it opens on the place, the number follows within a few characters, and
  // only the unit and a word or two come after it (`襄垣县268天`, `沁源县优良天数301天`).
  const named = (r: Range) => {
    const item = sentence.slice(r.start, r.end).trim();
    const first = scanPlaces(item)[0];
    if (!first?.place || first.at > 1) return false;
    return PAIR.test(item.slice(first.end));
  };
  const own = items.find((r) => start >= r.start && end <= r.end);
  if (!own || !named(own) || !items.some((r) => r !== own && named(r))) return '';
  return sentence.slice(own.start, own.end);
}

const CLAUSE_BREAK = /[，,]/;
// A place a clause goes to or joins (`直达长治高新区`, `与市区供热大环网并网`), not where it is; 市区 is the urban area, a part.
const GONE_TO = /(?:直达|到|至|往|向|与|连接|通往|并入)$/;

/** The mentions of the nearest clause before the figure's, in its segment, that names where it is. */
function nearestClauseBefore(sentence: string, segment: Range, clause: Range, local: LocalPlaces | undefined): PlaceMention[] {
  // (The text before is scanned whole: whether a body only speaks, `市住建局负责人介绍，`, is read up to its comma.)
  const text = sentence.slice(segment.start, clause.start);
  const mentions = mentionsIn(text, local).filter((m) => m.place || m.relative);
  const breaks = [...text.matchAll(new RegExp(CLAUSE_BREAK.source, 'g'))].map((m) => m.index!);
  for (let k = breaks.length - 1; k >= 0; k--) {
    const from = k > 0 ? breaks[k - 1]! + 1 : 0;
    const all = mentions.filter((m) => m.at >= from && m.end <= breaks[k]!);
    // (A part set off by 其中, `…1260个，其中武乡县86个，对80周岁以上老人每餐补贴3元`, is an aside: the clause after it goes on
    // about the whole; only a bare list, no verb of its own: `其中武乡县建成86个，覆盖老人3000余人` goes on about the county.)
    if (all.length === 0 || bareListPart(text.slice(from, breaks[k]))) continue;
    const where = all.filter((m) => !GONE_TO.test(text.slice(from, m.at)) && text.slice(m.at, m.end) !== '市区');
    return where.length === all.length ? where : [];
  }
  return [];
}

/** A part set off by 其中 that only lists (`其中武乡县86个`), with no verb of its own (`其中武乡县建成86个`), by jieba's tags. */
function bareListPart(clause: string): boolean {
  return /^\s*其中/.test(clause) && !tagWords(clause).some((w) => w.tag.startsWith('v'));
}

/** The one town of `county` among the article's places, for a relative word of the town level. */
function articleTown(article: readonly Place[], county: Place, level: RelativeLevel): Place | undefined {
  if (level !== 'town' || county.level !== 'county') return undefined;
  const towns = article.filter((p) => p.level === 'town' && p.parent === county.name);
  return towns.length === 1 ? towns[0] : undefined;
}

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
  const actsInTown = mentionsIn(sentence, local).some((m) => m.place?.level === 'town');
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
    placesIn(nearest(scope.paragraph, mentionsIn(scope.paragraph, local), at, countsBack)),
    placesIn(nearest(scope.preceding ?? '', mentionsIn(scope.preceding ?? '', local), Number.POSITIVE_INFINITY, countsBack)),
    ...[...scope.headings].reverse().map((h) => placesIn(mentionsIn(h, local))),
    // The headline is the heading over every section (`郭道镇卫生院开通“流动诊室”`): its place before the
    // article's first, which puts a town's county first; so is its deck (`家门口的养老服务清单` / `英雄中路街道…一览`).
    placesIn(mentionsIn([scope.article.title ?? '', scope.article.deck ?? ''].join('\n'), local)),
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
  return first === undefined ? undefined : (findPlace(first)?.name ?? first);
}
