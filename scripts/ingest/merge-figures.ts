// Figure files are shared between ingest and editors, record by record: ingest owns the records it
// wrote and can prove unchanged (their checksum matches); everything else is the editor's and is kept.

import { createHash } from 'node:crypto';

export interface FigureLike {
  id: string;
  origin?: 'ingest' | 'hand';
  checksum?: string;
  [field: string]: unknown;
}

export function checksumOf(record: FigureLike): string {
  const { checksum: _ignored, ...rest } = record;
  return createHash('sha256').update(canonicalJson(rest)).digest('hex').slice(0, 12);
}

export function stamp<T extends FigureLike>(record: T): T {
  const { checksum: _ignored, ...rest } = record;
  return { ...rest, checksum: checksumOf(record) } as T;
}

/** A record is ingest's to replace only if ingest wrote it and nobody has changed it since. */
export function isIngestOwned(record: FigureLike): boolean {
  return record.origin === 'ingest' && record.checksum === checksumOf(record);
}

export interface MergeResult {
  records: FigureLike[];
  /** Ids of records kept because an editor wrote or changed them. */
  kept: string[];
}

/**
 * Fresh records in their order, except where an editor's version of the same id exists; then the
 * editor's other records, in the order they had.
 */
export function mergeFigures(fresh: FigureLike[], existing: FigureLike[]): MergeResult {
  const editorial = existing.filter((r) => !isIngestOwned(r));
  const byId = new Map(editorial.map((r) => [r.id, r]));
  const freshIds = new Set(fresh.map((r) => r.id));
  const records = [
    ...fresh.map((r) => byId.get(r.id) ?? stamp({ ...r, origin: 'ingest' as const })),
    ...editorial.filter((r) => !freshIds.has(r.id)),
  ];
  return { records, kept: editorial.map((r) => r.id) };
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
