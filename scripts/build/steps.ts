// The steps of `npm run build` as child processes on this Node: ingest with work of the build's own beside it
// (listing dist/), or astro with the content checks beside it. The checks (content check, glossary coverage)
// read only content/ and take 10–20 s at 10,000 articles; astro runs mostly on one core, so on a two-core machine they cost nothing run beside it (issue 17). Their output
// is held and printed whole when each ends, so it never interleaves with astro's log; a failed check stops astro
// and the build, and its checklist is printed last, where an editor sees it (astro may have printed its own
// message about the same file first). Astro itself can be started earlier, beside ingest, and held at its start
// gate until ingest is done (startGated, src/lib/start-gate.ts).
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';

export interface Step {
  name: string;
  /** Arguments to this Node: a script and its options. */
  args: string[];
  env?: NodeJS.ProcessEnv;
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

function fail(step: string, code: number | null, signal?: NodeJS.Signals | null, after = 'dist/ was not updated by later steps'): never {
  console.error(`build: ${step} failed (exit ${code ?? signal}); ${after}.`);
  process.exit(code || 1);
}

/**
 * Runs a step with its output on the terminal and, while it runs, `work` here (reading what the step does not
 * write: build.ts lists dist/ while ingest writes content/); exits the build when the step fails. `work`'s
 * result once both are done.
 */
export async function runStepAlongside<T>(step: Step, work: () => T): Promise<T> {
  const started = performance.now();
  const running = start(step, 'shown');
  let result: T;
  try {
    result = work();
  } catch (e) {
    running.stop();
    await running.done;
    throw e;
  }
  const { code, signal } = await running.done;
  if (code !== 0) fail(step.name, code, signal);
  console.log(`build: ${step.name} done in ${seconds(started)} s`);
  return result;
}

interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

/** A step running: its end, and a way to stop it. */
export interface Running {
  name: string;
  /** When its time starts (performance.now()). */
  started: number;
  done: Promise<Finished>;
  stop: () => void;
}

/**
 * A step started ahead of its turn and held at its start gate (src/lib/start-gate.ts): astro beside ingest.
 * Its output goes straight to the terminal, as a step run in turn (piped, astro's last lines were lost when it
 * exited); before the gate astro prints nothing but a mistake in its config. `stop` ends it, as does this
 * process's exit (the gate reads the end of its input).
 */
export interface Gated extends Running {
  go(keepDist: boolean): void;
}

export function startGated(step: Step): Gated {
  const { child, done, stop } = start({ ...step, env: { ...(step.env ?? process.env), CZ_START_GATE: '1' } }, 'gated');
  // A step that ended before its gate has closed its input: `go` then has no one to tell.
  child.stdin?.on('error', () => undefined);
  process.once('exit', stop);
  void done.finally(() => process.off('exit', stop));
  const gated: Gated = {
    name: step.name,
    started: performance.now(),
    done,
    stop,
    go(keepDist: boolean) {
      gated.started = performance.now(); // its time is counted from here, as a step started in turn
      child.stdin?.end(keepDist ? 'go keep\n' : 'go\n');
    },
  };
  return gated;
}

/** A step's process: its output on the terminal, held (`held`), or on the terminal with its input from here (`gated`). */
function start(step: Step, mode: 'shown' | 'held' | 'gated'): { child: ChildProcess; done: Promise<Finished>; stop: () => void } {
  const stdio: StdioOptions = mode === 'held' ? ['ignore', 'pipe', 'pipe'] : mode === 'gated' ? ['pipe', 'inherit', 'inherit'] : 'inherit';
  const child: ChildProcess = spawn(process.execPath, step.args, { stdio, env: step.env ?? process.env });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk));
  const done = new Promise<Finished>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, output }));
  });
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  return { child, done, stop };
}

/**
 * Runs `main` (astro) with its output on the terminal and, beside it, `checks` one after another with their
 * output held; exits the build when any of them fails (a failed check stops `main` first).
 */
export async function runBeside(main: Step | Running, checks: readonly Step[]): Promise<void> {
  const started = 'done' in main ? main.started : performance.now();
  const running = 'done' in main ? main : start(main, 'shown');
  let mainEnded: Finished | undefined;
  void running.done.then((f) => (mainEnded = f));
  for (const check of checks) {
    const checkStarted = performance.now();
    const result = await start(check, 'held').done;
    process.stdout.write(result.output);
    if (result.code !== 0) {
      if (!mainEnded) running.stop();
      await running.done;
      fail(check.name, result.code, result.signal, `${main.name} stopped; the next build builds dist/ whole`);
    }
    console.log(`build: ${check.name} done in ${seconds(checkStarted)} s (beside ${main.name})`);
  }
  const result = await running.done;
  if (result.code !== 0) fail(main.name, result.code, result.signal);
  console.log(`build: ${main.name} done in ${seconds(started)} s`);
}
