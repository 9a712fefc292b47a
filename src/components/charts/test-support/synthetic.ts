// Test support: a large archive's figures, made up but shaped like the ingest's (real measure keys, the 12
// counties, years 2015–2026, some with a stated change), to show that collection charts stay bounded. Each
// measure counts one subject, and every figure is an actual total, so every measure and year is a
// like-with-like group that qualifies for the small multiples: the worst case for size.
import { COUNTIES } from '../../../domain/places/regions.ts';
import { TOPICS, type Topic } from '../../../domain/topics.ts';
import type { FigureRecord } from '../../../domain/figure.ts';
import type { ArticleLike } from '../sources.ts';

export interface SyntheticArticle extends ArticleLike {
  figures: FigureRecord[];
  topics: Topic[];
  regions: string[];
}

const COUNTY_NAMES = Object.keys(COUNTIES);
// The first 16 measures of the vocabulary counted in plain units (not %, not 年), so every figure is
// chartable, each with the first unit ingest's rule for it accepts (scripts/ingest/figures/measures.ts;
// src/ cannot read ingest's rules).
const SERIES: readonly { key: string; unit: string }[] = [
  { key: 'heating-network-km', unit: '公里' },
  { key: 'heat-exchange-stations', unit: '个' },
  { key: 'heating-area-m2', unit: '平方米' },
  { key: 'school-canteens-renovated', unit: '个' },
  { key: 'rural-roads-km', unit: '公里' },
  { key: 'tourist-roads-km', unit: '公里' },
  { key: 'back-streets-renovated', unit: '条' },
  { key: 'charging-piles', unit: '个' },
  { key: 'charging-stations', unit: '个' },
  { key: 'parking-spaces', unit: '个' },
  { key: 'parking-lots', unit: '个' },
  { key: 'old-residential-compounds', unit: '个' },
  { key: 'model-villages', unit: '个' },
  { key: 'upgraded-villages', unit: '个' },
  { key: 'rural-toilets', unit: '座' },
  { key: 'sewage-capacity-m3', unit: '立方米' },
];

/** `figuresPerArticle` figures for each of `articles` articles, deterministic. */
export function syntheticArchive(articles: number, figuresPerArticle = 5): SyntheticArticle[] {
  return Array.from({ length: articles }, (_, a) => {
    const id = `synthetic-article-${String(a).padStart(5, '0')}`;
    // Counties cycle against years (a county is not tied to one year), so every county reports every year.
    const county = COUNTY_NAMES[(a + Math.floor(a / COUNTY_NAMES.length)) % COUNTY_NAMES.length]!;
    const year = 2015 + (a % 12);
    const topic = TOPICS[a % 5]!;
    const figures = Array.from({ length: figuresPerArticle }, (_, i): FigureRecord => {
      const measure = SERIES[(a + i) % SERIES.length]!;
      const value = ((a * 7 + i * 13) % 97) + 1;
      const unit = measure.unit;
      return {
        id: `${id}-${i.toString(16).padStart(8, '0')}`,
        origin: 'ingest',
        article: id,
        paragraph: i + 1,
        offset: 0,
        text: `${value}${unit}`,
        sentence: `${county}${year}年${measure.key}达到${value}${unit}。`,
        value,
        unit,
        qualifier: 'exact',
        subject: measure.key,
        measure: measure.key,
        region: county,
        year,
        topic,
        status: 'actual',
        kind: 'total',
        ...(i === 0 && { change: { from: Math.max(0, value - 5), to: value, direction: 'up' as const } }),
      };
    });
    return { id, title: { text: `报道${a}`, lang: 'zh' }, bodyLang: 'zh', figures, topics: [topic], regions: [county] };
  });
}
