// Compares two built sites file by file (sha256), for the reproducibility check: the first difference
// is described with a snippet of both sides around the first differing byte, so a timestamp, a random
// id or a file-system ordering that leaked into the output can be seen at once.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../site/links.ts';

export interface TreeDifference {
  /** Files only in the first or only in the second folder. */
  onlyInFirst: string[];
  onlyInSecond: string[];
  /** Files in both whose bytes differ, sorted. */
  changed: string[];
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

export function compareTrees(first: string, second: string): TreeDifference {
  const a = listFiles(first);
  const b = listFiles(second);
  const inB = new Set(b);
  const inA = new Set(a);
  return {
    onlyInFirst: a.filter((f) => !inB.has(f)),
    onlyInSecond: b.filter((f) => !inA.has(f)),
    changed: a.filter((f) => inB.has(f) && sha256(join(first, f)) !== sha256(join(second, f))),
  };
}

export function isSame(diff: TreeDifference): boolean {
  return diff.onlyInFirst.length === 0 && diff.onlyInSecond.length === 0 && diff.changed.length === 0;
}

/** Both sides of one file around its first differing byte, as text. */
export function firstDifference(firstFile: string, secondFile: string, context = 80): string {
  const a = readFileSync(firstFile);
  const b = readFileSync(secondFile);
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at++;
  const snippet = (buf: Buffer) => JSON.stringify(buf.subarray(Math.max(0, at - context), at + context).toString('utf8'));
  return `first difference at byte ${at} (sizes ${a.length} and ${b.length}):\n  first:  ${snippet(a)}\n  second: ${snippet(b)}`;
}

/** A failure message: what differs, and a snippet of the first changed file. */
export function describeDifference(diff: TreeDifference, first: string, second: string): string {
  const lines: string[] = [];
  if (diff.onlyInFirst.length > 0) lines.push(`only in the first build: ${diff.onlyInFirst.slice(0, 10).join(', ')}`);
  if (diff.onlyInSecond.length > 0) lines.push(`only in the second build: ${diff.onlyInSecond.slice(0, 10).join(', ')}`);
  if (diff.changed.length > 0) {
    const file = diff.changed[0]!;
    lines.push(`${diff.changed.length} file(s) differ: ${diff.changed.slice(0, 10).join(', ')}`);
    lines.push(`${file}: ${firstDifference(join(first, file), join(second, file))}`);
  }
  return lines.join('\n');
}
