// The test builds' lock (tests/site/build-site.ts): a slow build whose process is alive keeps its lock, a dead
// builder's lock is taken over, so two test files never build one site into one work folder at once.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { isStaleLock } from './build-site.ts';

const made: string[] = [];
function lockOwnedBy(pid: string | null, ageMs: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'build-lock-'));
  made.push(dir);
  const lock = join(dir, 'site.lock');
  mkdirSync(lock);
  if (pid !== null) writeFileSync(join(lock, 'owner'), pid);
  const then = new Date(Date.now() - ageMs);
  utimesSync(lock, then, then);
  return lock;
}
afterEach(() => made.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('isStaleLock', () => {
  it('keeps a live builder’s lock after 20 minutes (a slow build under load)', () => {
    expect(isStaleLock(lockOwnedBy(String(process.pid), 20 * 60 * 1000), Date.now())).toBe(false);
  });

  it('takes over the lock of a builder that is gone', () => {
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    expect(isStaleLock(lockOwnedBy(gone, 1000), Date.now())).toBe(true);
  });

  it('takes over a lock with no owner after a minute, not before', () => {
    expect(isStaleLock(lockOwnedBy(null, 5 * 1000), Date.now())).toBe(false);
    expect(isStaleLock(lockOwnedBy(null, 2 * 60 * 1000), Date.now())).toBe(true);
  });

  it('takes over any lock older than an hour (its pid may since be reused)', () => {
    expect(isStaleLock(lockOwnedBy(String(process.pid), 61 * 60 * 1000), Date.now())).toBe(true);
  });
});
