// The start gate (start-gate.ts): what a line on stdin tells astro, and that without CZ_START_GATE it reads nothing.
import { PassThrough, Readable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readGate, startGate } from './start-gate.ts';

type Setup = (options: { command: string; updateConfig: (c: unknown) => void }) => Promise<void>;
const setupOf = (env: NodeJS.ProcessEnv, input: Readable) => startGate(env, input).hooks['astro:config:setup'] as unknown as Setup;

afterEach(() => vi.restoreAllMocks());

describe('readGate', () => {
  it('reads the first line, however it arrives', async () => {
    expect(await readGate(Readable.from(['go\n']))).toEqual({ go: true, keepDist: false });
    expect(await readGate(Readable.from(['go k', 'eep\nmore\n']))).toEqual({ go: true, keepDist: true });
    expect(await readGate(Readable.from(['stop\n']))).toEqual({ go: false });
  });

  it('says stop when the input ends before a line', async () => {
    expect(await readGate(Readable.from(['go']))).toEqual({ go: false });
    expect(await readGate(Readable.from([]))).toEqual({ go: false });
  });
});

describe('the gate in astro:config:setup', () => {
  it('does nothing and reads nothing without CZ_START_GATE, or for astro dev', async () => {
    const input = new PassThrough();
    const updateConfig = vi.fn();
    await setupOf({}, input)({ command: 'build', updateConfig });
    await setupOf({ CZ_START_GATE: '1' }, input)({ command: 'dev', updateConfig });
    expect(updateConfig).not.toHaveBeenCalled();
    expect(input.readableFlowing).toBe(null); // never read
  });

  it('waits for the line; `go keep` builds into the kept dist/ as CZ_KEEP_DIST would', async () => {
    const env: NodeJS.ProcessEnv = { CZ_START_GATE: '1' };
    const input = new PassThrough();
    const updateConfig = vi.fn();
    let passed = false;
    const setup = setupOf(env, input)({ command: 'build', updateConfig }).then(() => (passed = true));
    await new Promise((r) => setTimeout(r, 30));
    expect(passed).toBe(false);
    input.write('go keep\n');
    await setup;
    expect(updateConfig).toHaveBeenCalledWith({ vite: { build: { emptyOutDir: false } } });
    expect(env.CZ_KEEP_DIST).toBe('1');
  });

  it('`go` builds as usual; anything else ends astro before it writes anything', async () => {
    const updateConfig = vi.fn();
    await setupOf({ CZ_START_GATE: '1' }, Readable.from(['go\n']))({ command: 'build', updateConfig });
    expect(updateConfig).not.toHaveBeenCalled();
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    await setupOf({ CZ_START_GATE: '1' }, Readable.from([]))({ command: 'build', updateConfig });
    expect(exit).toHaveBeenCalledWith(0);
  });
});
