// Figure files are shared between ingest and editors, field by field. A record ingest wrote carries a
// `checksum` in two parts: `<content>/<field sums>`. The content part hashes what the figure is as printed
// (text, sentence, value, unit …); the field sums hash, one by one, the values ingest gave the fields that
// say what the figure means (SEMANTIC_FIELDS: status, year, period, region, topic, label, label_en, kind,
// measure, subject). On the next run:
// - content and every field as ingest wrote them: ingest's record, replaced by the fresh one;
// - content as written, some meaning fields changed: those fields are the editor's and are kept, the rest
//   comes fresh from ingest. Their sums stay those of ingest's own values, so they still read as the
//   editor's on every later run, even after ingest's value changes;
// - content changed (or a `checksum` of the older one-part form that no longer matches): the whole record
//   is the editor's and is kept as it is, as are records with `origin: 'hand'`.
// An editor hands a field back to ingest by deleting the record: ingest writes it again, all its own.

import { createHash } from 'node:crypto';

export interface FigureLike {
  id: string;
  origin?: 'ingest' | 'hand';
  checksum?: string;
  [field: string]: unknown;
}

/** The fields an editor may set while ingest keeps the rest of the record up to date. */
export const SEMANTIC_FIELDS = ['status', 'year', 'period', 'region', 'topic', 'label', 'label_en', 'kind', 'measure', 'subject'] as const;
export type SemanticField = (typeof SEMANTIC_FIELDS)[number];

const SEMANTIC: ReadonlySet<string> = new Set(SEMANTIC_FIELDS);
const FIELD_SUM_LENGTH = 4;

function hash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value === undefined ? null : value)).digest('hex');
}

/** Everything but the meaning fields and the checksum. */
function contentOf(record: FigureLike): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== 'checksum' && !SEMANTIC.has(k)));
}

/** The checksum of a record as ingest writes it: `<content sum>/<field sum>.<field sum>…`. */
export function checksumOf(record: FigureLike): string {
  const fields = SEMANTIC_FIELDS.map((f) => hash(record[f]).slice(0, FIELD_SUM_LENGTH)).join('.');
  return `${hash(contentOf(record)).slice(0, 12)}/${fields}`;
}

/** The record with ingest's checksum. */
export function stamp<T extends FigureLike>(record: T): T {
  const { checksum: _ignored, ...rest } = record;
  return { ...rest, checksum: checksumOf(record) } as T;
}

interface Edits {
  /** The content is as ingest wrote it. */
  contentIntact: boolean;
  /** Meaning fields whose value is not the one ingest wrote. */
  fields: SemanticField[];
}

/** What an editor changed in a record ingest wrote; undefined for a record ingest did not write. */
export function editsOf(record: FigureLike): Edits | undefined {
  if (record.origin !== 'ingest' || typeof record.checksum !== 'string') return undefined;
  const [content, sums] = record.checksum.split('/');
  if (sums === undefined) {
    // The one-part checksum of earlier versions: the whole record, all or nothing.
    const { checksum: _ignored, ...rest } = record;
    const intact = hash(rest).slice(0, 12) === content;
    return { contentIntact: intact, fields: intact ? [] : [...SEMANTIC_FIELDS] };
  }
  const fieldSums = sums.split('.');
  return {
    contentIntact: hash(contentOf(record)).slice(0, 12) === content,
    fields: SEMANTIC_FIELDS.filter((f, i) => hash(record[f]).slice(0, FIELD_SUM_LENGTH) !== fieldSums[i]),
  };
}

/** A record is ingest's to replace only if ingest wrote it and nobody has changed any of it since. */
export function isIngestOwned(record: FigureLike): boolean {
  const edits = editsOf(record);
  return edits !== undefined && edits.contentIntact && edits.fields.length === 0;
}

export interface MergeResult {
  records: FigureLike[];
  /** Ids of records kept whole or in part because an editor wrote or changed them. */
  kept: string[];
}

/**
 * Fresh records in their order, each with what an editor set in the record of the same id; then the
 * editor's other records, in the order they had.
 */
export function mergeFigures(fresh: FigureLike[], existing: FigureLike[]): MergeResult {
  const byId = new Map(existing.map((r) => [r.id, r]));
  const freshIds = new Set(fresh.map((r) => r.id));
  const records = fresh.map((r) => {
    const old = byId.get(r.id);
    const own = stamp({ ...r, origin: 'ingest' as const });
    if (!old) return own;
    const edits = editsOf(old);
    if (!edits || !edits.contentIntact) return old;
    return edits.fields.length === 0 ? own : withEdits(own, old, edits.fields);
  });
  const editorial = existing.filter((r) => !isIngestOwned(r));
  // A record ingest no longer finds is kept when an editor wrote or changed any of it.
  records.push(...editorial.filter((r) => !freshIds.has(r.id)));
  return { records, kept: editorial.map((r) => r.id) };
}

/** Ingest's record with the editor's values of `fields`, stamped with ingest's own sums. */
function withEdits(own: FigureLike, old: FigureLike, fields: readonly SemanticField[]): FigureLike {
  const out: FigureLike = { ...own };
  for (const f of fields) {
    if (old[f] === undefined) delete out[f];
    else out[f] = old[f];
  }
  // Keep the field order ingest writes, the checksum last.
  const { checksum, ...rest } = out;
  return { ...rest, checksum };
}

export function formatFigureFile(records: FigureLike[]): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}

/** JSON with keys sorted at every depth, so a checksum does not depend on key order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
