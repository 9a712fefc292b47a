// The promise to readers: no sentence of a seed page is lost between the page and the published files.
// Every block a reader would read (headlines, decks, headings, paragraphs, captions, bylines) must stand in
// the files ingest writes for its seed, except copies the page printed twice.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyBlocks, splitBlocks } from '../scripts/ingest/blocks.ts';
import { decode } from '../scripts/ingest/decode.ts';
import { ingest } from '../scripts/ingest/pipeline.ts';
import { repair } from '../scripts/ingest/repair.ts';

const SEEDS = join(import.meta.dirname, '..', 'seeds');
const seeds = readdirSync(SEEDS)
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(SEEDS, name))) }));
const result = ingest(seeds, []);
const READ = new Set(['headline', 'deck', 'kicker', 'heading', 'subheading', 'paragraph', 'caption', 'byline']);
const squash = (s: string) => s.replace(/\s+/g, '');

describe('no text lost', () => {
  for (const seed of seeds) {
    it(`every readable block of ${seed.name} is in its articles`, () => {
      const written = squash(
        result.articles
          .filter((a) => a.article.source.seed === seed.name)
          .map((a) => a.markdown)
          .join('\n'),
      );
      const blocks = classifyBlocks(splitBlocks(decode(seed.bytes).text));
      const dropped = new Set(repair(blocks).dropped.map((d) => d.block));
      const missing = blocks
        .filter((b) => READ.has(b.kind) && !dropped.has(b.source[0]!))
        .flatMap((b) => [b.text, b.byline, b.credit].filter((t): t is string => Boolean(t)))
        // Bylines are printed with brackets or dots around them (`·白雪峰·`), decks and lead-in headings with
        // dashes (`——上党区…`, `普惠，扩大服务供给——`): markup now says what the typography said; the words must survive.
        .map((t) => squash(t).replace(/^[(（·—]+|[)）·—]+$/g, ''))
        .filter((t) => !written.includes(t) && !written.includes(t.replace(/(报道[：:]?|摄)$/, '')));
      expect(missing).toEqual([]);
    });
  }

  it('produces the articles the pages hold', () => {
    const count = (seed: string) => result.articles.filter((a) => a.article.source.seed.startsWith(seed)).length;
    expect([count('000'), count('001'), count('002'), count('003'), count('004')]).toEqual([1, 10, 1, 2, 1]);
    const titles = result.articles.map((a) => a.article.title);
    expect(titles).toContain('民生为本 幸福生活成色足');
    expect(titles).toContain('把民生愿景绘成幸福实景');
    expect(titles).toContain('新年新气象 奋斗正当时');
  });
});
