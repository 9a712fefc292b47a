// Regions and topics as the site shows and links them, in both languages: places from the gazetteer's
// vocabulary (src/domain/places/regions.ts, any form of a place read as that place), topics from theirs,
// English from the glossary (content/glossary.yaml), which falls back to the vocabularies; and
// which figures belong to a place or a topic (its page, its charts).
import type { FigureRecord } from '../domain/figure.ts';
import { COUNTIES, regionInfo, romanise } from '../domain/places/regions.ts';
import { TOPIC_LABELS, TOPICS, type Topic } from '../domain/topics.ts';
import { getEnglish } from './glossary.ts';
import type { Lang } from './i18n.ts';

/** `Xin'anquan Town` → `xinanquan-town`: lower case, apostrophes dropped, other gaps as single hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** English name of a region (glossary, else the gazetteer); a place neither knows is spelt in pinyin. */
export function regionEnglishName(name: string): string {
  return getEnglish().regionEn(name) ?? romanise(name);
}

/** The URL slug of a region (by its Chinese name): the slug of its English name, `壶关县` → `huguan-county`. */
export function regionSlug(name: string): string {
  return slugify(regionEnglishName(name)) || encodeURIComponent(name);
}

/** `潞城区史回镇` / `史回镇` → 史回镇 or Shihui Town: a town by its own name, where it is the only one of that name. */
export function regionLabel(lang: Lang, name: string): string {
  return lang === 'zh' ? (regionInfo(name)?.zh ?? name) : regionEnglishName(name);
}

export function isTopic(value: string): value is Topic {
  return (TOPICS as readonly string[]).includes(value);
}

export function topicLabel(lang: Lang, topic: Topic): string {
  return lang === 'zh' ? TOPIC_LABELS[topic].zh : (getEnglish().topicEn(topic) ?? TOPIC_LABELS[topic].en);
}

export interface Tag {
  /** The key in frontmatter: a topic key or a region's Chinese name. */
  key: string;
  label: string;
  /** The slug in the URL of the tag's listing page. */
  slug: string;
}

export function topicTags(lang: Lang, topics: readonly Topic[]): Tag[] {
  return topics.map((topic) => ({ key: topic, label: topicLabel(lang, topic), slug: topic }));
}

export function regionTags(lang: Lang, regions: readonly string[]): Tag[] {
  return regions.map((name) => ({ key: name, label: regionLabel(lang, name), slug: regionSlug(name) }));
}

/** Region levels decide display order: the city first, then counties, then towns. */
export function regionLevelRank(name: string): number {
  const level = regionInfo(name)?.level;
  return level === 'city' ? 0 : level === 'county' ? 1 : 2;
}

/** The county a figure's place belongs to (a town's county), or undefined for the city or no place. */
export function countyOf(region: string | undefined): string | undefined {
  if (!region) return undefined;
  if (region in COUNTIES) return region;
  const parent = regionInfo(region)?.parent;
  return parent && parent in COUNTIES ? parent : undefined;
}

/** A topic's figures: those the ingest filed under it, in their order. */
export function topicFigures(figures: readonly FigureRecord[], topic: Topic): FigureRecord[] {
  return [...(figureIndex(figures).byTopic.get(topic) ?? [])];
}

/** How many of the figures are filed under a topic (topicFigures without the copy: a listing's every page asks). */
export function topicFigureCount(figures: readonly FigureRecord[], topic: Topic): number {
  return figureIndex(figures).byTopic.get(topic)?.length ?? 0;
}

/** A place's figures: those about it, or, for a county, about one of its towns, in their order. */
export function regionFigures(figures: readonly FigureRecord[], region: string): FigureRecord[] {
  return [...(figureIndex(figures).byRegion.get(region) ?? [])];
}

/**
 * One pass over a list of figures filing each under its topic, its place and its place's county. The same
 * list (every figure of the archive) is asked for each topic and each place, by their pages and charts in
 * both languages: filtering it whole each time made those pages' work grow with places × figures. Kept per
 * list object (the site's lists of figures are made once and never changed afterwards).
 */
interface FigureIndex {
  byTopic: Map<string, FigureRecord[]>;
  byRegion: Map<string, FigureRecord[]>;
}

const indexMemo = new WeakMap<readonly FigureRecord[], FigureIndex>();

function figureIndex(figures: readonly FigureRecord[]): FigureIndex {
  let index = indexMemo.get(figures);
  if (!index) {
    index = { byTopic: new Map(), byRegion: new Map() };
    for (const f of figures) {
      if (f.topic) file(index.byTopic, f.topic, f);
      if (!f.region) continue;
      file(index.byRegion, f.region, f);
      const county = countyOf(f.region);
      if (county !== undefined && county !== f.region) file(index.byRegion, county, f);
    }
    indexMemo.set(figures, index);
  }
  return index;
}

function file(map: Map<string, FigureRecord[]>, key: string, figure: FigureRecord): void {
  const list = map.get(key);
  if (list) list.push(figure);
  else map.set(key, [figure]);
}
