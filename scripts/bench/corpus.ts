// Deterministic synthetic archive for the build benchmarks: N articles as page files in the style of the
// seeds, recombined from seed headlines, paragraphs and captions with varied places and years, so ingest,
// figures, pages, charts and search all do real work.
//   npm run bench -- corpus --size N --out DIR [--seed S] [--per-page K]
//
// Each article opens with a headline and a `本报讯 记者…报道：` lead, the mark the segmenter splits on, so a
// page of K articles ingests as K articles (corpus.test.ts checks it against the real ingest).

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { COUNTIES } from '../../src/domain/places/regions.ts';
import { buildPool, type Pool } from './corpus/pool.ts';
import { seededRandom, type Random } from './corpus/random.ts';

export interface CorpusOptions {
  articles: number;
  /** PRNG seed: the same seed and size give byte-identical pages. */
  seed?: number;
  articlesPerPage?: number;
}

export interface CorpusPage {
  /** File name in the style of the seeds: `00042_1f3a9c0e.txt`. */
  name: string;
  text: string;
  articles: number;
}

export const DEFAULT_SEED = 20260127;
export const DEFAULT_PER_PAGE = 8;
export const SEEDS_DIR = join(import.meta.dirname, '../../seeds');

const REPORTERS = ['史晓萍', '王涵', '许福勇', '梁家秀', '贾志敏', '姚晋华', '董雷', '白雪峰', '郭艳波', '郑洋洋'];
const PLACES = ['长治市', ...Object.keys(COUNTIES)];
const YEARS = Array.from({ length: 12 }, (_, i) => 2015 + i);
// Any county or the city named in a seed paragraph is swapped for the article's own place.
const PLACE_PATTERN = new RegExp(PLACES.join('|'), 'gu');
const YEAR_PATTERN = /20[12]\d(?=年)/gu;

export function generateCorpus(pool: Pool, options: CorpusOptions): CorpusPage[] {
  const { articles } = options;
  const perPage = options.articlesPerPage ?? DEFAULT_PER_PAGE;
  if (!Number.isInteger(articles) || articles < 1) throw new Error(`size must be a whole number of articles ≥ 1, got ${articles}`);
  if (!Number.isInteger(perPage) || perPage < 1) throw new Error(`articles per page must be a whole number ≥ 1, got ${perPage}`);
  const random = seededRandom(options.seed ?? DEFAULT_SEED);
  const pages: CorpusPage[] = [];
  for (let made = 0, index = 0; made < articles; index++) {
    const count = Math.min(perPage, articles - made);
    const year = random.pick(YEARS);
    const blocks = [String(year)];
    // The ingest drops a paragraph printed twice on a page as a duplicate, so a page never repeats one.
    const draw = deck(pool.paragraphs, random);
    for (let a = 0; a < count; a++) blocks.push(...article(pool, random, year, draw));
    const text = `\n\n${blocks.join('\n\n')}\n`;
    pages.push({ name: `${String(index).padStart(5, '0')}_${hex8(random)}.txt`, text, articles: count });
    made += count;
  }
  return pages;
}

/** One article's blocks: headline, lead with byline, body, maybe a caption, maybe a closing byline. */
function article(pool: Pool, random: Random, pageYear: number, draw: () => string): string[] {
  const place = random.pick(PLACES);
  const year = random.chance(0.7) ? pageYear : random.pick(YEARS);
  const local = (text: string) => text.replace(PLACE_PATTERN, place).replace(YEAR_PATTERN, String(year));
  const reporter = random.pick(REPORTERS);

  const blocks = [headline(pool, random, place)];
  blocks.push(`本报讯 记者${reporter}报道：${local(draw())}`);
  const bodyParagraphs = random.int(1, 6);
  for (let p = 0; p < bodyParagraphs; p++) blocks.push(local(draw()));
  if (pool.captions.length > 0 && random.chance(0.3)) blocks.push(local(random.pick(pool.captions)));
  if (random.chance(0.3)) blocks.push(`·${reporter}·`);
  return blocks;
}

/** Draws items in a shuffled order without repeats until all are used, then starts a new shuffle. */
function deck<T>(items: readonly T[], random: Random): () => T {
  let order: T[] = [];
  return () => {
    if (order.length === 0) {
      order = [...items];
      for (let i = order.length - 1; i > 0; i--) {
        const j = random.int(0, i);
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
    }
    return order.pop()!;
  };
}

function headline(pool: Pool, random: Random, place: string): string {
  const first = random.pick(pool.titleParts);
  let second = random.pick(pool.titleParts);
  if (second === first) second = pool.titleParts[(pool.titleParts.indexOf(first) + 1) % pool.titleParts.length]!;
  // The place up front varies ids and region tags as real headlines (`上党区聚焦民生…`) do.
  return random.chance(0.5) ? `${place}${first} ${second}` : `${first} ${second}`;
}

function hex8(random: Random): string {
  return Math.floor(random.next() * 0x100000000).toString(16).padStart(8, '0');
}

export function readSeedPages(dir = SEEDS_DIR): Uint8Array[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort();
  } catch {
    throw new Error(`${dir}: no such folder of seed pages`);
  }
  if (names.length === 0) throw new Error(`${dir}: no seed pages (*.txt)`);
  return names.map((n) => new Uint8Array(readFileSync(join(dir, n))));
}

/** Writes the pages into `dir` (created when missing); returns how many articles they hold. */
export function writeCorpus(pages: readonly CorpusPage[], dir: string): number {
  mkdirSync(dir, { recursive: true });
  for (const page of pages) writeFileSync(join(dir, page.name), page.text);
  return pages.reduce((n, p) => n + p.articles, 0);
}

export function makeCorpus(dir: string, options: CorpusOptions): { pages: number; articles: number } {
  const pages = generateCorpus(buildPool(readSeedPages()), options);
  return { pages: pages.length, articles: writeCorpus(pages, dir) };
}

/** Entry point for `npm run bench -- corpus --size N --out DIR [--seed S] [--per-page K]`. */
export function run(args: string[] = []): void {
  const { values } = parseArgs({
    args,
    options: { size: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' }, 'per-page': { type: 'string' } },
  });
  if (!values.size || !values.out) throw new Error('usage: npm run bench -- corpus --size N --out DIR [--seed S] [--per-page K]');
  const whole = (name: string, raw: string) => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number ≥ 1, got "${raw}"`);
    return n;
  };
  const made = makeCorpus(values.out, {
    articles: whole('size', values.size),
    ...(values.seed !== undefined && { seed: whole('seed', values.seed) }),
    ...(values['per-page'] !== undefined && { articlesPerPage: whole('per-page', values['per-page']) }),
  });
  console.log(`corpus: ${made.articles} articles on ${made.pages} pages in ${values.out}`);
}
