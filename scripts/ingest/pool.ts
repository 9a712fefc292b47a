// The pipeline's two pure stages, a page's drafts (draftSeed) and an article's files (buildArticle), run on
// worker threads when a run has many seeds to redo: each stage depends on its input alone (pipeline.ts), so
// seeds and articles can be done in any order, on any thread, and put back in order here. A run's output is
// byte for byte the same with any number of workers (pool.test.ts). Ids are settled between the two stages
// on the main thread, as without workers (cache.ts settleIds). Each worker loads the pipeline once (jieba's
// dictionary, the lexicons, the topic model: about a second), so a run with few seeds to redo stays on the
// main thread: see `jobsFor`.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { buildArticle, draftSeed, type BuiltArticle, type SeedDrafts, type SeedInput } from './pipeline.ts';
import type { ArticleDraft } from './types.ts';

/** Seeds to redo below which a run stays on the main thread: the workers' start would cost more than they save. */
export const MIN_SEEDS_FOR_WORKERS = 100;

/** Seeds (or articles) a worker takes at a time: small enough to share the work out evenly, large enough that messages are few. */
const CHUNK = 8;

export interface BuildJob {
  draft: ArticleDraft;
  id: string;
}

/** Runs the two stages, on the main thread or on workers. */
export interface StageRunner {
  drafts(seeds: SeedInput[]): Promise<SeedDrafts[]>;
  builds(jobs: BuildJob[]): Promise<BuiltArticle[]>;
  close(): Promise<void>;
}

/**
 * How many workers a run uses: `requested` (`--jobs`, or CZ_INGEST_JOBS), else one per core; 1 (the main
 * thread, no worker) when fewer than MIN_SEEDS_FOR_WORKERS seeds are to be redone, unless asked for.
 */
export function jobsFor(pending: number, requested: string | undefined, cores = availableParallelism()): number {
  if (requested !== undefined && requested !== '') {
    const n = Number(requested);
    if (!Number.isInteger(n) || n < 1) throw new JobsError(`--jobs must be a whole number of 1 or more, not “${requested}”`);
    return Math.min(n, Math.max(1, pending));
  }
  return pending >= MIN_SEEDS_FOR_WORKERS ? Math.max(1, Math.min(cores, Math.ceil(pending / CHUNK))) : 1;
}

/** A `--jobs` value that is not a count. */
export class JobsError extends Error {}

/** The stages on this thread: what every run did before the workers. */
export const mainThread: StageRunner = {
  drafts: async (seeds) => seeds.map((seed) => draftSeed(seed)),
  builds: async (jobs) => jobs.map(({ draft, id }) => buildArticle(draft, id)),
  close: async () => {},
};

/** What the main thread asks a worker (pool-worker.ts). */
export type Request = { kind: 'drafts'; seeds: SeedInput[] } | { kind: 'builds'; jobs: BuildJob[] };
type Reply = { ok: true; value: unknown[] } | { ok: false; error: string };

/** `count` workers (2 or more), each taking the next chunk as it finishes one. */
export function workerPool(count: number): StageRunner {
  const workers = Array.from({ length: count }, () => new Worker(new URL('./pool-worker.ts', import.meta.url)));
  for (const worker of workers) worker.unref();

  /** One request to one worker: its answer, or its error rethrown here with the stack it had there. */
  const ask = (worker: Worker, request: Request): Promise<unknown[]> =>
    new Promise((resolve, reject) => {
      const onMessage = (reply: Reply) => {
        worker.off('error', onError);
        if (reply.ok) resolve(reply.value);
        else reject(new Error(`ingest worker: ${reply.error}`));
      };
      const onError = (error: Error) => {
        worker.off('message', onMessage);
        reject(error);
      };
      worker.once('message', onMessage);
      worker.once('error', onError);
      worker.postMessage(request);
    });

  /** Every item through the workers in chunks, the answers put back in the items' order. */
  async function spread<T, R>(items: T[], request: (chunk: T[]) => Request): Promise<R[]> {
    const out: R[] = new Array(items.length);
    let next = 0;
    await Promise.all(
      workers.map(async (worker) => {
        for (let at = next; at < items.length; at = next) {
          next = at + CHUNK;
          const answers = await ask(worker, request(items.slice(at, at + CHUNK)));
          answers.forEach((answer, i) => (out[at + i] = answer as R));
        }
      }),
    );
    return out;
  }

  return {
    drafts: (seeds) => spread(seeds, (chunk) => ({ kind: 'drafts', seeds: chunk })),
    builds: (jobs) => spread(jobs, (chunk) => ({ kind: 'builds', jobs: chunk })),
    close: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

/** The runner for `jobs` workers: the main thread for 1. */
export function stageRunner(jobs: number): StageRunner {
  return jobs > 1 ? workerPool(jobs) : mainThread;
}
