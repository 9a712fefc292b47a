// An article cut into the pieces a translator translates one by one ("units"): its title, deck
// (subtitle), kicker and byline from the frontmatter, then the body's blocks in source order — headings,
// paragraphs and photo captions. The Chinese file and its English twin are cut the same way, so unit `p3`
// of one is unit `p3` of the other; paragraphs are numbered as the page anchors them (#p1 …) and as
// figure records count them (`paragraph`), headings `h1 …` and captions `c1 …` in their own series.
// A block that is neither (an MDX component, a raw HTML block) is not translated: it is "fixed" and is
// carried over to the English as the Chinese has it.
import { readFrontmatter } from '../ingest/frontmatter.ts';
import { bodyOf } from '../../src/domain/translation.ts';

export type UnitKind = 'title' | 'subtitle' | 'kicker' | 'byline' | 'heading' | 'paragraph' | 'caption';

export interface Unit {
  id: string;
  kind: UnitKind;
  text: string;
}

/** A body block: a unit's text wrapped in its Markdown (`## …`, the caption's HTML), or a fixed block. */
export type Block = { unit: string; before: string; after: string } | { fixed: string };

export interface CutArticle {
  units: Unit[];
  /** The body as blocks, for writing a translation in the source's shape. */
  blocks: Block[];
}

export const FIELD_KINDS = ['title', 'subtitle', 'kicker', 'byline'] as const;

const HEADING = /^(#{1,6}[ \t]+)(.*)$/;
const CAPTION = /^(<figure class="photo-placeholder"><figcaption>)(.*)(<\/figcaption><\/figure>)$/;

/** The units and body blocks of an article file's text (Chinese or English). */
export function cutArticle(fileText: string): CutArticle {
  const data = readFrontmatter(fileText) ?? {};
  const units: Unit[] = [];
  for (const kind of FIELD_KINDS) {
    const value = data[kind];
    if (typeof value === 'string' && value.trim() !== '') units.push({ id: kind, kind, text: value });
  }
  const counts = { heading: 0, paragraph: 0, caption: 0 };
  const prefix = { heading: 'h', paragraph: 'p', caption: 'c' } as const;
  const blocks: Block[] = [];
  for (const raw of splitBlocks(bodyOf(fileText))) {
    const [kind, before, text, after] = blockShape(raw);
    if (kind === 'fixed') {
      blocks.push({ fixed: raw });
      continue;
    }
    const id = `${prefix[kind]}${++counts[kind]}`;
    units.push({ id, kind, text });
    blocks.push({ unit: id, before, after });
  }
  return { units, blocks };
}

/** The body's blank-line-separated blocks, without the blank lines around them. */
export function splitBlocks(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((b) => b.replace(/^\n+|\n+$/g, ''))
    .filter((b) => b.trim() !== '');
}

function blockShape(raw: string): ['heading' | 'paragraph' | 'caption' | 'fixed', string, string, string] {
  const heading = HEADING.exec(raw);
  if (heading && !raw.includes('\n')) return ['heading', heading[1]!, heading[2]!, ''];
  const caption = CAPTION.exec(raw);
  if (caption) return ['caption', caption[1]!, caption[2]!, caption[3]!];
  if (/^(<|import\s|export\s|\{)/.test(raw)) return ['fixed', '', raw, ''];
  return ['paragraph', '', raw, ''];
}

/** A readable name for a unit in messages: `paragraph 3`, `the title`. */
export function unitName(unit: Pick<Unit, 'id' | 'kind'>): string {
  if (unit.kind === 'subtitle') return 'the deck (subtitle)';
  if ((FIELD_KINDS as readonly string[]).includes(unit.kind)) return `the ${unit.kind}`;
  return `${unit.kind} ${unit.id.slice(1)}`;
}
