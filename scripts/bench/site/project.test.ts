// measureNode (project.ts): a step whose log folder does not exist yet still runs and is timed.

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { measureNode } from './project.ts';

describe('measureNode', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('creates the log folder before the step, so GNU time can write its file there (a fresh /tmp)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cz-measure-'));
    dirs.push(dir);
    const log = join(dir, 'not-yet', 'step.log');
    const measured = measureNode('noop', ['-e', '0'], dir, log);
    expect(existsSync(log)).toBe(true);
    if (existsSync('/usr/bin/time')) expect(measured.cpuSeconds).toBeGreaterThanOrEqual(0);
  });
});
