import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileNotes, identityOf } from './file-notes.ts';

const root = mkdtempSync(join(tmpdir(), 'cz-file-notes-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** What the indexer reads from a page, here its text and length, so a stale note would show. */
const read = (bytes: Buffer): { language: string; hash: string } => ({ language: 'zh', hash: `${bytes.length}:${bytes.toString('utf8')}` });

describe('file notes', () => {
  const site = join(root, 'site');
  const file = join(root, 'cache', 'pages.json');

  it('reads a page only when its file is not the one noted', () => {
    write(join(site, 'a.html'), 'aaaa');
    write(join(site, 'b.html'), 'bbbb');
    const first = new FileNotes<{ language: string; hash: string }>(site, file);
    expect([first.note('a.html', read).hash, first.note('b.html', read).hash, first.note('a.html', read).hash]).toEqual(['4:aaaa', '4:bbbb', '4:aaaa']);
    expect(first.read).toBe(2);
    first.save();

    // b rewritten with the same size (its time moved on, as any write moves it): read again; a from its note.
    writeFileSync(join(site, 'b.html'), 'BBBB');
    const later = new Date(Date.now() + 5000);
    utimesSync(join(site, 'b.html'), later, later);
    const second = new FileNotes<{ language: string; hash: string }>(site, file);
    expect([second.note('a.html', read).hash, second.note('b.html', read).hash]).toEqual(['4:aaaa', '4:BBBB']);
    expect(second.read).toBe(1);
    second.save();
    // Only the pages asked for are kept: a page gone from the site leaves the notes.
    const third = new FileNotes<{ language: string; hash: string }>(site, file);
    third.note('b.html', read);
    third.save();
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).pages)).toEqual(['b.html']);
    // A run that looked at part of the site keeps the others' notes (index-site.ts indexReportsAhead).
    const fourth = new FileNotes<{ language: string; hash: string }>(site, file);
    fourth.note('a.html', read);
    fourth.save(true);
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).pages).sort()).toEqual(['a.html', 'b.html']);
  });

  it('tells a file by its identity: the same bytes written again are another identity', () => {
    write(join(site, 'c.html'), 'cccc');
    const before = identityOf(join(site, 'c.html'));
    expect(identityOf(join(site, 'c.html'))).toBe(before);
    const later = new Date(Date.now() + 10_000);
    utimesSync(join(site, 'c.html'), later, later);
    expect(identityOf(join(site, 'c.html'))).not.toBe(before);
  });

  it("never takes another site's notes, a broken file's, or any without a file", () => {
    const other = join(root, 'other');
    write(join(other, 'b.html'), 'bbbb');
    const notes = new FileNotes<{ language: string; hash: string }>(other, file);
    notes.note('b.html', read);
    expect(notes.read).toBe(1);
    write(file, '{');
    const broken = new FileNotes<{ language: string; hash: string }>(site, file);
    broken.note('b.html', read);
    expect(broken.read).toBe(1);
    const none = new FileNotes<{ language: string; hash: string }>(site, null);
    none.note('b.html', read);
    none.save();
    expect(none.read).toBe(1);
  });

  it('keeps notes only for the version of the code that made them', () => {
    write(join(site, 'v.html'), 'vvvv');
    const file2 = join(root, 'cache', 'versioned.json');
    const first = new FileNotes<{ language: string; hash: string }>(site, file2, 'check 1');
    first.note('v.html', read);
    first.save();
    const same = new FileNotes<{ language: string; hash: string }>(site, file2, 'check 1');
    same.note('v.html', read);
    expect(same.read).toBe(0);
    const fixed = new FileNotes<{ language: string; hash: string }>(site, file2, 'check 2');
    fixed.note('v.html', read);
    expect(fixed.read).toBe(1);
    const unversioned = new FileNotes<{ language: string; hash: string }>(site, file2);
    unversioned.note('v.html', read);
    expect(unversioned.read).toBe(1);
  });
});
