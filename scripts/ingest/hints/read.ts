// A seed's hints file, `seeds/<name>.hints.yaml`: the corrections an editor writes once for a page and every
// ingest run obeys, so a fix survives re-ingest without editing the generated files. Lines are named by
// their text as printed: `headline`, `byline`, `caption`, `furniture` give a line that role; `not-caption`
// makes a line read as a caption running text; `split-before` starts an article at a line. The sidecar's
// keys (`paper`, `date`, `page`) may stand here too and are read by seed-meta.ts, the one reader of them;
// the same key set differently in the sidecar and here is an error. Pure: the CLI reads the file.

import { parseSeedMeta, SeedMetaError } from '../seed-meta.ts';
import type { PageFacts } from '../structure/page-lines.ts';
import { isMap, parseDocument } from 'yaml';

/** Keys of line hints, each a list of line texts. */
export const LINE_HINTS = ['headline', 'byline', 'caption', 'furniture', 'not-caption', 'split-before'] as const;
export type LineHintKey = (typeof LINE_HINTS)[number];

export interface LineHint {
  key: LineHintKey;
  /** The line as the editor wrote it, trimmed. */
  text: string;
}

export interface SeedHints {
  /** Where the hints came from, for messages: `seeds/005_page.hints.yaml`. */
  file: string;
  lines: LineHint[];
  meta: PageFacts;
}

/** A hints file that cannot be read or obeyed: the message names the file, the hint and what to write. */
export class HintsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HintsError';
  }
}

const META_KEYS = ['paper', 'date', 'page'];
const EXAMPLE: Record<LineHintKey, string> = {
  headline: 'headline: ["沁源县：一条山路串起九个村"]',
  byline: 'byline: ["本报记者 张宏伟 通讯员 李建斌"]',
  caption: 'caption: ["图为村民在新修的公路上晾晒玉米。"]',
  furniture: 'furniture: ["百姓身边"]',
  'not-caption': 'not-caption: ["沁源县：一条山路串起九个村"]',
  'split-before': 'split-before: ["黎城县：“幸福院”里暖意浓"]',
};

/** `005_page.txt` → `005_page.hints.yaml`, beside the seed. */
export function hintsName(seed: string): string {
  return `${seed.replace(/\.txt$/u, '')}.hints.yaml`;
}

/** Reads a hints file's text; `file` names it in messages. An empty file hints nothing. */
export function parseHints(file: string, text: string): SeedHints {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new HintsError(`${file}: not YAML (${doc.errors[0]!.message.split('\n')[0]}); write one key a line, e.g. ${EXAMPLE.headline}.`);
  if (doc.contents !== null && !isMap(doc.contents)) throw new HintsError(`${file}: write the hints as \`key: [line, …]\` lines, e.g. ${EXAMPLE.headline}.`);
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  const lines: LineHint[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (META_KEYS.includes(key)) continue;
    if (!(LINE_HINTS as readonly string[]).includes(key)) {
      throw new HintsError(`${file}: ${key}: not a hint ingest knows; write one of ${[...LINE_HINTS, ...META_KEYS].join(', ')}, e.g. ${EXAMPLE.headline}.`);
    }
    const list = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(list) || list.some((v) => typeof v !== 'string' || v.trim() === '')) {
      throw new HintsError(`${file}: ${key}: write a list of lines as printed, e.g. ${EXAMPLE[key as LineHintKey]}.`);
    }
    for (const line of list as string[]) lines.push({ key: key as LineHintKey, text: line.trim() });
  }
  for (const key of LINE_HINTS) if (doc.has(key)) doc.delete(key);
  let meta: PageFacts;
  try {
    meta = parseSeedMeta(file, doc.contents === null ? '' : doc.toString());
  } catch (e) {
    if (e instanceof SeedMetaError) throw new HintsError(e.message);
    throw e;
  }
  return { file, lines, meta };
}

/**
 * The page's paper, date and number from the sidecar and the hints file together; a field the two set
 * differently is an error naming both files.
 */
export function mergePageFacts(sidecar: PageFacts, sidecarFile: string | undefined, hints: SeedHints | undefined): PageFacts {
  if (!hints) return sidecar;
  for (const key of Object.keys(hints.meta) as (keyof PageFacts)[]) {
    if (sidecar[key] !== undefined && sidecar[key] !== hints.meta[key]) {
      throw new HintsError(
        `${hints.file}: ${key}: ${String(hints.meta[key])} differs from ${sidecarFile ?? 'the sidecar'}, which says ${String(sidecar[key])}; keep it in one of the two files.`,
      );
    }
  }
  return { ...sidecar, ...hints.meta };
}
