// A seed's sidecar, `seeds/<name>.yaml`: the page's paper, date and page number, stated once per seed by an
// editor (`paper: 长治日报`, `date: 2025-01-27`, `page: 2`), so an article can cite its page rather than a
// file name. It wins over what the page's own date line prints. The per-seed hints file
// (`seeds/<name>.hints.yaml`, hints/read.ts) may carry the same keys and is read through parseSeedMeta too, so
// there is one reading of them. Pure: the CLI reads the file; a mistake is a SeedMetaError naming the file
// and the field, and saying what to write.

import { parse } from 'yaml';
import type { PageFacts } from './structure/page-lines.ts';

export class SeedMetaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SeedMetaError';
  }
}

/** The fields a sidecar may set. */
export const SEED_META_FIELDS = ['paper', 'date', 'page'] as const;

/** `005_page.txt` → `005_page.yaml`: the sidecar sits beside its seed. */
export function sidecarName(seed: string): string {
  return `${seed.replace(/\.txt$/u, '')}.yaml`;
}

/** Reads a sidecar's text; `file` names it in messages. An empty file says nothing. */
export function parseSeedMeta(file: string, text: string): PageFacts {
  return seedMetaFields(file, parseYamlMapping(file, text), (key) => `${file}: ${key}: not a field of a seed's sidecar; write ${SEED_META_FIELDS.join(', ')}.`);
}

/**
 * The sidecar fields of an already parsed mapping; `unknown` gives the message for a key that is not one
 * (the hints file reads its own keys first and passes the rest here).
 */
export function seedMetaFields(file: string, data: Record<string, unknown>, unknown: (key: string) => string): PageFacts {
  const facts: PageFacts = {};
  for (const [key, value] of Object.entries(data)) {
    if (key === 'paper') facts.paper = paperOf(file, value);
    else if (key === 'date') facts.date = dateOf(file, value);
    else if (key === 'page') facts.page = pageOf(file, value);
    else throw new SeedMetaError(unknown(key));
  }
  return facts;
}

/** A YAML text that holds `name: value` lines, as an object; empty for an empty file. */
export function parseYamlMapping(file: string, text: string): Record<string, unknown> {
  let data: unknown;
  try {
    data = parse(text);
  } catch (e) {
    throw new SeedMetaError(`${file}: not YAML (${(e as Error).message.split('\n')[0]}); write the fields as \`name: value\` lines, e.g. date: 2025-01-27.`);
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data) || data instanceof Date) {
    throw new SeedMetaError(`${file}: write the fields as \`name: value\` lines, e.g. paper: 长治日报.`);
  }
  return data as Record<string, unknown>;
}

function dateOf(file: string, value: unknown): string {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text);
  const day = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!day || day.toISOString().slice(0, 10) !== text) {
    throw new SeedMetaError(`${file}: date: ${JSON.stringify(text)} is not a date; write YYYY-MM-DD, e.g. date: 2025-01-27.`);
  }
  return text;
}

function pageOf(file: string, value: unknown): number {
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return value;
  throw new SeedMetaError(`${file}: page: ${JSON.stringify(value)} is not a page number; write the number the page prints, e.g. page: 2.`);
}

function paperOf(file: string, value: unknown): string {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  throw new SeedMetaError(`${file}: paper: ${JSON.stringify(value)} is not a paper's name; write it as printed, e.g. paper: 长治日报.`);
}
