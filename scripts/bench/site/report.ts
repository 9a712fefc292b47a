// The results of `npm run bench -- build` and their table, as printed and as pasted into the README.

export interface Machine {
  cores: number;
  cpu: string;
  memoryGB: number;
  node: string;
  platform: string;
}

export interface StepResult {
  seconds: number;
  /** Peak RSS in MB; null when /usr/bin/time is missing. */
  peakMB: number | null;
}

export interface SizeResult {
  /** `seeds` or a number of synthetic articles. */
  size: string;
  /** The machine's 1-minute load average when this size began and ended (other work slows every step). */
  loadAverage?: [number, number];
  articles: number;
  ingest: StepResult;
  /** Ingest again with nothing changed: the seeds are read and compared, nothing is written. */
  ingestUnchanged: StepResult;
  astro: StepResult;
  pagefind: StepResult;
  fullBuildSeconds: number;
  peakMB: number;
  /** HTML pages astro wrote (the Pagefind bundle has none). */
  htmlPages: number;
  pagesPerSecond: number;
  distMB: number;
  indexMB: number;
  /**
   * One article's seed changed, then `npm run build` (scripts/build.ts) with the caches of the last build: its
   * steps as it logs them (content checks beside astro), and whether it rebuilt into the kept dist/.
   */
  incremental: { ingestSeconds: number; astroSeconds?: number; pagefindSeconds?: number; fullBuildSeconds: number; keptDist?: boolean };
  /**
   * `npm run build` again with nothing changed: `skipped` when it kept dist/ without running astro and
   * Pagefind (scripts/build/last-build.ts); `withoutRecordSeconds`, the same build before it had a record
   * (astro and Pagefind run on their caches, as every unchanged build did before). Older results lack them.
   */
  unchanged?: { astroSeconds?: number; pagefindSeconds?: number; fullBuildSeconds: number; skipped?: boolean; withoutRecordSeconds?: number };
  budget?: {
    articlePages: number;
    medianGzipKB: number;
    maxGzipKB: number;
    maxRequests: number;
    blockingScripts: number;
    heaviest: string;
  };
  measuredAt?: string;
}

const s = (n: number | null) => (n === null ? '–' : `${n.toFixed(1)} s`);
const mb = (n: number | null) => (n === null ? '–' : `${Math.round(n)} MB`);

/**
 * A row of bench/results.json as read back: the bench writes every field, but a size measured by hand (the 50,000
 * row: its runs are `sharded` and `unsharded…` records) has only some, and shows `–` for the rest.
 */
type RecordedSize = Partial<Omit<SizeResult, 'ingest' | 'astro' | 'pagefind'>> & Pick<SizeResult, 'size'> & {
  ingest?: Partial<StepResult>;
  astro?: Partial<StepResult>;
  pagefind?: Partial<StepResult>;
};

const fixed = (n: number | undefined, digits: number, unit = '') => (n === undefined ? '–' : `${n.toFixed(digits)}${unit}`);

/** A Markdown table: one row per size, the machine under it. */
export function formatTable(results: readonly RecordedSize[], machine: Machine): string {
  const head = [
    'size', 'articles', 'ingest', 'ingest peak', 'ingest unchanged', 'astro build', 'astro peak', 'pages/s',
    'Pagefind', 'index', 'dist', 'full build', 'unchanged: full build', '1 changed: ingest', '1 changed: astro', '1 changed: full build', 'article page (gzip median/max)', 'requests', 'blocking scripts',
  ];
  const rows = results.map((r) => [
    r.size,
    r.articles === undefined ? '–' : String(r.articles),
    s(r.ingest?.seconds ?? null),
    mb(r.ingest?.peakMB ?? null),
    s(r.ingestUnchanged?.seconds ?? null),
    s(r.astro?.seconds ?? null),
    mb(r.astro?.peakMB ?? null),
    fixed(r.pagesPerSecond, 0),
    s(r.pagefind?.seconds ?? null),
    fixed(r.indexMB, 1, ' MB'),
    fixed(r.distMB, 1, ' MB'),
    s(r.fullBuildSeconds ?? null),
    s(r.unchanged?.fullBuildSeconds ?? null),
    fixed(r.incremental?.ingestSeconds, 2, ' s'),
    s(r.incremental?.astroSeconds ?? null),
    s(r.incremental?.fullBuildSeconds ?? null),
    r.budget ? `${r.budget.medianGzipKB.toFixed(1)} / ${r.budget.maxGzipKB.toFixed(1)} KB` : '–',
    r.budget ? String(r.budget.maxRequests) : '–',
    r.budget ? String(r.budget.blockingScripts) : '–',
  ]);
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    line(head),
    line(head.map(() => '---')),
    ...rows.map(line),
    '',
    `Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGB} GB memory, Node ${machine.node}, ${machine.platform}; every step under \`nice -n 19\`.`,
  ].join('\n');
}
