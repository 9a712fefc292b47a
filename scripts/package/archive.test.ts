import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import * as tar from 'tar';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dosTime, writeTarGz, writeZip } from './archive.ts';

let dir: string;
const FILES = ['index.html', 'zh/articles/jiu-ye-shi-min-sheng-zhi-ben/index.html'];
const MTIME = new Date('2026-01-25T08:30:00Z');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cz-archive-'));
  mkdirSync(join(dir, 'site', 'zh/articles/jiu-ye-shi-min-sheng-zhi-ben'), { recursive: true });
  writeFileSync(join(dir, 'site', FILES[0]!), '<!doctype html><title>长治民生报告</title>\n');
  writeFileSync(join(dir, 'site', FILES[1]!), '<p>就业是民生之本。上党区积极开展“春风行动”等公共就业专项活动。</p>\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const input = () => ({ sourceDir: join(dir, 'site'), files: FILES, prefix: 'release-1', mtime: MTIME });

describe('writeTarGz', () => {
  it('gives the same bytes twice, whatever the files\' own times and modes', async () => {
    await writeTarGz(input(), join(dir, 'a.tar.gz'));
    chmodSync(join(dir, 'site', FILES[0]!), 0o600);
    writeFileSync(join(dir, 'site', FILES[1]!), readFileSync(join(dir, 'site', FILES[1]!)));
    await writeTarGz(input(), join(dir, 'b.tar.gz'));
    expect(readFileSync(join(dir, 'b.tar.gz')).equals(readFileSync(join(dir, 'a.tar.gz')))).toBe(true);
    // gzip header: no time (bytes 4-7), "Unix" as the system (byte 9).
    expect([...readFileSync(join(dir, 'a.tar.gz')).subarray(4, 10)]).toEqual([0, 0, 0, 0, 2, 3]);
  });

  it('puts the files under the prefix, in the given order, with the given time, mode 644 and no owner', async () => {
    await writeTarGz(input(), join(dir, 'a.tar.gz'));
    const seen: { path: string; mtime?: Date; mode?: number; uid?: number; uname?: string; text: string }[] = [];
    await tar.list({
      file: join(dir, 'a.tar.gz'),
      onReadEntry: (e) => {
        const chunks: Buffer[] = [];
        e.on('data', (c: Buffer) => chunks.push(c));
        e.on('end', () => seen.push({ path: e.path, mtime: e.mtime, mode: e.mode, uid: e.uid, uname: e.uname, text: Buffer.concat(chunks).toString() }));
      },
    });
    expect(seen.map((e) => e.path)).toEqual(FILES.map((f) => `release-1/${f}`));
    expect(seen.every((e) => e.mtime?.getTime() === MTIME.getTime() && e.mode === 0o644 && !e.uid && !e.uname)).toBe(true);
    expect(seen[1]!.text).toContain('就业是民生之本');
  });
});

describe('writeZip', () => {
  it('gives the same bytes twice and unpacks to the files', async () => {
    await writeZip(input(), join(dir, 'a.zip'));
    await writeZip(input(), join(dir, 'b.zip'));
    expect(readFileSync(join(dir, 'b.zip')).equals(readFileSync(join(dir, 'a.zip')))).toBe(true);
    const files = unzipSync(new Uint8Array(readFileSync(join(dir, 'a.zip'))));
    expect(Object.keys(files)).toEqual(FILES.map((f) => `release-1/${f}`));
    expect(Buffer.from(files[`release-1/${FILES[1]}`]!).toString()).toContain('春风行动');
  });
});

describe('dosTime', () => {
  it('carries the UTC wall-clock time in local fields, so every time zone writes the same zip', () => {
    const t = dosTime(MTIME);
    expect([t.getFullYear(), t.getMonth(), t.getDate(), t.getHours(), t.getMinutes()]).toEqual([2026, 0, 25, 8, 30]);
  });

  it('moves a time before 1980, which zip cannot store, to 1980-01-01', () => {
    expect(dosTime(new Date(0)).getFullYear()).toBe(1980);
  });
});
