import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'cz-steps-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const STEPS = join(import.meta.dirname, 'steps.ts');

/** Runs `runBeside` in a child process (it exits the process on failure): a slow main step and the given checks. */
async function beside(marker: string, checks: { name: string; code: string }[]): Promise<{ code: number; output: string }> {
  const main = `setTimeout(() => { require('node:fs').writeFileSync(${JSON.stringify(marker)}, ''); console.log('main finished'); }, 1500)`;
  const script = `import { runBeside } from ${JSON.stringify(STEPS)};
await runBeside({ name: 'main', args: ['-e', ${JSON.stringify(main)}] }, ${JSON.stringify(checks.map((c) => ({ name: c.name, args: ['-e', c.code] })))});`;
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script]);
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const { code, stdout = '', stderr = '' } = error as { code: number; stdout?: string; stderr?: string };
    return { code, output: stdout + stderr };
  }
}

describe('astro with the checks beside it', () => {
  it('runs both, prints each check whole, and ends when the main step ends', async () => {
    const marker = join(dir, 'ok');
    const { code, output } = await beside(marker, [
      { name: 'first check', code: "console.log('checked one'); console.error('a warning')" },
      { name: 'second check', code: "console.log('checked two')" },
    ]);
    expect(code).toBe(0);
    expect(existsSync(marker)).toBe(true);
    expect(output).toMatch(/checked one\na warning\nbuild: first check done in [\d.]+ s \(beside main\)/);
    expect(output).toMatch(/build: second check done/);
    expect(output.indexOf('main finished')).toBeLessThan(output.indexOf('build: main done in'));
  });

  it('stops the main step when a check fails, and exits with the check’s code after its checklist', async () => {
    const marker = join(dir, 'stopped');
    const { code, output } = await beside(marker, [
      { name: 'content check', code: "console.log('content/articles/zh/a.md:3 year: not a year'); process.exit(3)" },
      { name: 'never run', code: "console.log('should not run')" },
    ]);
    expect(code).toBe(3);
    expect(existsSync(marker)).toBe(false);
    expect(output).toContain('content/articles/zh/a.md:3 year: not a year');
    expect(output).toMatch(/build: content check failed \(exit 3\); main stopped/);
    expect(output).not.toContain('should not run');
  });

  it('fails with the main step when it fails, after the checks', async () => {
    const script = `import { runBeside } from ${JSON.stringify(STEPS)};
await runBeside({ name: 'main', args: ['-e', 'process.exit(5)'] }, [{ name: 'check', args: ['-e', "setTimeout(() => console.log('check ran'), 300)"] }]);`;
    const result = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script]).then(
      () => ({ code: 0, output: '' }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, output: e.stdout + e.stderr }),
    );
    expect(result.code).toBe(5);
    expect(result.output).toMatch(/check ran[\s\S]*build: main failed \(exit 5\)/);
  });
});

describe('a step with work of the build beside it', () => {
  /** Runs `runStepAlongside` in a child process (it exits the process on failure): `step` and `work`, as code. */
  async function alongside(step: string, work: string): Promise<{ code: number; output: string }> {
    const script = `import { existsSync } from 'node:fs';
import { runStepAlongside } from ${JSON.stringify(STEPS)};
const got = await runStepAlongside({ name: 'ingest', args: ['-e', ${JSON.stringify(step)}] }, () => { ${work} });
console.log('work gave ' + got);`;
    return promisify(execFile)(process.execPath, ['--input-type=module', '-e', script]).then(
      ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, output: e.stdout + e.stderr }),
    );
  }

  it('does the work while the step runs, and gives its result once the step has ended', async () => {
    const marker = join(dir, 'alongside');
    const step = `setTimeout(() => { require('node:fs').writeFileSync(${JSON.stringify(marker)}, ''); console.log('step finished'); }, 300)`;
    const { code, output } = await alongside(step, `return existsSync(${JSON.stringify(marker)}) ? 'after' : 'during';`);
    expect(code).toBe(0);
    expect(output).toMatch(/step finished\nbuild: ingest done in [\d.]+ s\nwork gave during/);
  });

  it('exits with the step when it fails, the work done or not', async () => {
    const { code, output } = await alongside("process.exit(4)", "return 'listed';");
    expect(code).toBe(4);
    expect(output).toMatch(/build: ingest failed \(exit 4\)/);
    expect(output).not.toContain('work gave');
  });

  it('stops the step when the work throws', async () => {
    const marker = join(dir, 'never');
    const step = `setTimeout(() => require('node:fs').writeFileSync(${JSON.stringify(marker)}, ''), 1500)`;
    const { code, output } = await alongside(step, "throw new Error('dist/ unreadable');");
    expect(code).not.toBe(0);
    expect(output).toContain('dist/ unreadable');
    await new Promise((r) => setTimeout(r, 1800));
    expect(existsSync(marker)).toBe(false);
  });
});


/**
 * A gated step in a child build process: the step marks `marker` when loaded, waits at the start gate
 * (src/lib/start-gate.ts readGate) and prints what it was told. The build waits for the marker, prints
 * `decided`, then lets it go (`go keep`) — or, with `stop`, exits without letting it go.
 */
async function gated(marker: string, stop: boolean): Promise<{ output: string; gateLog: string }> {
  const gateLog = join(dir, `${marker}.log`);
  const gate = join(import.meta.dirname, '..', '..', 'src', 'lib', 'start-gate.ts');
  const step = `import { readGate } from ${JSON.stringify(gate)}; import { writeFileSync, appendFileSync } from 'node:fs';
writeFileSync(${JSON.stringify(join(dir, marker))}, '');
const word = await readGate(process.stdin); appendFileSync(${JSON.stringify(gateLog)}, JSON.stringify(word)); process.stdin.destroy();
if (!word.go) process.exit(0);
console.log('gate said ' + (word.keepDist ? 'keep' : 'clean'));`;
  const script = `import { runBeside, startGated } from ${JSON.stringify(STEPS)}; import { existsSync } from 'node:fs';
const early = startGated({ name: 'main', args: ['--input-type=module', '-e', ${JSON.stringify(step)}] });
while (!existsSync(${JSON.stringify(join(dir, marker))})) await new Promise((r) => setTimeout(r, 20));
await new Promise((r) => setTimeout(r, 200));
console.log('decided');
if (${stop}) process.exit(0);
early.go(true);
await runBeside(early, []);`;
  const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script]);
  // A step stopped by the build's exit has had time to log what its gate read, if anything.
  await new Promise((r) => setTimeout(r, 300));
  return { output: stdout + stderr, gateLog: existsSync(gateLog) ? readFileSync(gateLog, 'utf8') : '' };
}

describe('astro started beside ingest, held at its start gate', () => {
  it('waits until it is let go, then goes on with what it was told', async () => {
    const { output, gateLog } = await gated('go', false);
    expect(output).toMatch(/^decided\ngate said keep\nbuild: main done in [\d.]+ s\n$/);
    expect(JSON.parse(gateLog)).toEqual({ go: true, keepDist: true });
  });

  it('is stopped, never let go, when the build ends without it', async () => {
    const { output, gateLog } = await gated('stop', true);
    expect(output).toBe('decided\n');
    expect(gateLog === '' || JSON.parse(gateLog).go === false).toBe(true);
  });
});
