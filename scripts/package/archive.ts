// The two archives of a release, byte for byte the same whenever the files are: entries in a fixed
// order, one fixed time on every entry, no owner names or ids, modes 644, and compression in pure
// JavaScript (fflate), so neither the machine's zlib nor its time zone leaks in.
import { createReadStream } from 'node:fs';
import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Gzip, Zip, ZipDeflate } from 'fflate';
import * as tar from 'tar';

export interface ArchiveInput {
  /** The folder the files are in. */
  sourceDir: string;
  /** POSIX paths relative to `sourceDir`, in the order they go into the archive. */
  files: readonly string[];
  /** The folder every entry is put in inside the archive: `<release name>`. */
  prefix: string;
  /** The time every entry carries. */
  mtime: Date;
}

const FILE_MODE = 0o644;
const LEVEL = 9;
// Gzip is fed in pieces of this size, whatever sizes the tar stream gives, so the output never
// depends on how reads happened to be split.
const GZIP_PIECE = 1 << 20;

/** Writes `<outFile>` as a gzip-compressed tar (ustar, as node-tar writes it portably). */
export async function writeTarGz(input: ArchiveInput, outFile: string): Promise<void> {
  const tarFile = `${outFile}.tar.tmp`;
  try {
    await tar.create(
      {
        file: tarFile,
        cwd: input.sourceDir,
        prefix: input.prefix,
        portable: true, // no uid, gid, user or group names, atime, ctime
        mtime: input.mtime,
        noDirRecurse: true,
        onWriteEntry: (entry) => {
          // A umask of 077 or 002 on the building machine would otherwise show in the modes.
          if (entry.stat) entry.stat.mode = (entry.stat.mode & ~0o7777) | FILE_MODE;
        },
      },
      [...input.files],
    );
    const out = await open(outFile, 'w');
    try {
      const pending: Uint8Array[] = [];
      // mtime 0: the gzip header carries no time; fflate always writes "Unix" as the system.
      const gzip = new Gzip({ level: LEVEL, mtime: 0 }, (chunk) => pending.push(chunk));
      for await (const piece of createReadStream(tarFile, { highWaterMark: GZIP_PIECE })) {
        gzip.push(new Uint8Array(piece as Buffer));
        for (const chunk of pending.splice(0)) await out.write(chunk);
      }
      gzip.push(new Uint8Array(0), true);
      for (const chunk of pending.splice(0)) await out.write(chunk);
    } finally {
      await out.close();
    }
  } finally {
    await rm(tarFile, { force: true });
  }
}

/** Writes `<outFile>` as a zip with deflated entries, Unix modes and no extra fields. */
export async function writeZip(input: ArchiveInput, outFile: string): Promise<void> {
  const out = await open(outFile, 'w');
  try {
    const pending: Uint8Array[] = [];
    let failure: Error | null = null;
    const zip = new Zip((error, chunk) => {
      if (error) failure = error;
      else pending.push(chunk);
    });
    for (const path of input.files) {
      const entry = new ZipDeflate(`${input.prefix}/${path}`, { level: LEVEL });
      entry.mtime = dosTime(input.mtime);
      entry.os = 3; // Unix, so that attrs below are read as a Unix mode
      entry.attrs = ((0o100000 | FILE_MODE) << 16) >>> 0;
      zip.add(entry);
      entry.push(new Uint8Array(await readFile(join(input.sourceDir, path))), true);
      if (failure) throw failure;
      for (const chunk of pending.splice(0)) await out.write(chunk);
    }
    zip.end();
    if (failure) throw failure;
    for (const chunk of pending.splice(0)) await out.write(chunk);
  } finally {
    await out.close();
  }
}

/**
 * Zip stores times as local wall-clock fields (no zone), and fflate fills them from a Date's local
 * getters. A Date whose local fields are the UTC fields of `time` makes every machine write the same.
 * DOS times start in 1980 and count in two-second steps.
 */
export function dosTime(time: Date): Date {
  const t = time.getTime() < Date.UTC(1980, 0, 1) ? new Date(Date.UTC(1980, 0, 1)) : time;
  return new Date(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes(), t.getUTCSeconds());
}
