// Decides what a run writes, from what it would write and what is on disk: pure, so the rules that keep
// editors' work safe are tested without a file system. The CLI carries the plan out (or, with --check,
// only reports it). Files are compared by hash, so that a run can plan with files it has not read (cache.ts).

import { sha256Hex } from './hash.ts';

export type FileState = 'intact' | 'edited' | 'unstamped';

export interface ExistingFile {
  path: string;
  /** sha256Hex of the file's text. */
  sha256: string;
  /** Whether ingest's stamp still matches the content (see emit.ts). */
  state: FileState;
  /** The seed the file says it came from, for generated files. */
  seed?: string;
}

export interface Plan {
  create: { path: string; content: string }[];
  update: { path: string; content: string }[];
  /** Generated, never edited, and no longer produced by any seed that was read: safe to remove. */
  remove: string[];
  unchanged: string[];
  /** Files ingest would change but will not, because an editor has changed or written them. */
  keptEdits: { path: string; why: string }[];
}

/** What a run would write. `content` is left out only where the cache has shown that no write is needed. */
export interface DesiredFile {
  sha256: string;
  content?: string;
}

export function desiredFile(content: string): DesiredFile {
  return { sha256: sha256Hex(content), content };
}

export interface PlanInput {
  desired: Map<string, DesiredFile>;
  existing: Map<string, ExistingFile>;
  /** Seeds this run read successfully: only their stale files may be removed. */
  seedsRead: Set<string>;
  /** Seeds present in the seeds folder, readable or not: files of absent seeds are stale too. */
  seedsPresent: Set<string>;
}

export function planWrites({ desired, existing, seedsRead, seedsPresent }: PlanInput): Plan {
  const plan: Plan = { create: [], update: [], remove: [], unchanged: [], keptEdits: [] };
  for (const [path, file] of [...desired].sort(([a], [b]) => compare(a, b))) {
    const old = existing.get(path);
    if (!old) plan.create.push({ path, content: contentOf(path, file) });
    else if (old.sha256 === file.sha256) plan.unchanged.push(path);
    else if (old.state === 'edited') plan.keptEdits.push({ path, why: 'edited by hand since ingest wrote it' });
    else if (old.state === 'unstamped') plan.keptEdits.push({ path, why: 'not written by ingest (no ingestHash)' });
    else plan.update.push({ path, content: contentOf(path, file) });
  }
  for (const old of [...existing.values()].sort((a, b) => compare(a.path, b.path))) {
    if (desired.has(old.path) || old.state !== 'intact' || !old.seed) continue;
    const stale = seedsRead.has(old.seed) || !seedsPresent.has(old.seed);
    if (stale) plan.remove.push(old.path);
  }
  return plan;
}

export function hasChanges(plan: Plan): boolean {
  return plan.create.length + plan.update.length + plan.remove.length > 0;
}

/** The plan as the --report file gives it. */
export function planSummary(plan: Plan) {
  return {
    created: plan.create.map((c) => c.path),
    updated: plan.update.map((u) => u.path),
    removed: plan.remove,
    unchanged: plan.unchanged.length,
    keptEdits: plan.keptEdits,
  };
}

/** One plan from the plans of two folders, the first's entries first. */
export function combinePlans(a: Plan, b: Plan): Plan {
  return {
    create: [...a.create, ...b.create],
    update: [...a.update, ...b.update],
    remove: [...a.remove, ...b.remove],
    unchanged: [...a.unchanged, ...b.unchanged],
    keptEdits: [...a.keptEdits, ...b.keptEdits],
  };
}

function contentOf(path: string, file: DesiredFile): string {
  if (file.content === undefined) throw new Error(`planWrites: ${path} must be written but its content was not made (a cache bug)`);
  return file.content;
}

// Code-point order, not locale order: the same on every machine.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
