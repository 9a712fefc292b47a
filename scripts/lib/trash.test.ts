// The trash (trash.ts): a discarded folder is gone at once and deleted by the next empty(), which leaves what
// was discarded after it was called.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Trash } from './trash.ts';

function folderWithFiles(root: string, name: string, files: number): string {
  const dir = join(root, name);
  mkdirSync(join(dir, 'inner'), { recursive: true });
  for (let i = 0; i < files; i++) writeFileSync(join(dir, 'inner', `${i}.txt`), `file ${i}`);
  return dir;
}

describe('Trash', () => {
  it('takes a folder away at once and deletes it when emptied', async () => {
    const root = mkdtempSync(join(tmpdir(), 'cz-trash-'));
    const trash = new Trash(join(root, 'cache', 'trash'));
    const old = folderWithFiles(root, 'old-index', 20);
    trash.discard(old);
    expect(existsSync(old)).toBe(false);
    expect(readdirSync(trash.dir)).toHaveLength(1);
    await trash.empty();
    expect(readdirSync(trash.dir)).toEqual([]);
  });

  it('leaves what is discarded while it empties for the next time', async () => {
    const root = mkdtempSync(join(tmpdir(), 'cz-trash-'));
    const trash = new Trash(join(root, 'trash'));
    trash.discard(folderWithFiles(root, 'a', 5));
    const emptying = trash.empty();
    trash.discard(folderWithFiles(root, 'b', 5));
    await emptying;
    expect(readdirSync(trash.dir)).toHaveLength(1);
    await trash.empty();
    expect(readdirSync(trash.dir)).toEqual([]);
  });

  it('does nothing for a path that is not there, and empties an absent trash', async () => {
    const root = mkdtempSync(join(tmpdir(), 'cz-trash-'));
    const trash = new Trash(join(root, 'trash'));
    trash.discard(join(root, 'nothing'));
    expect(existsSync(trash.dir)).toBe(false);
    await expect(trash.empty()).resolves.toBeUndefined();
  });
});
