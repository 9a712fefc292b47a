import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../ingest/frontmatter.ts';
import { checkHash, stampHash } from '../ingest/hash.ts';
import { isoDay, stampText, stampTranslation } from './stamp.ts';

const file = '---\ntitle: "Employment"\nlang: en\ntranslationOf: jiu-ye\nsourceHash: sha256-old\n---\n\nText.\n';

describe('stampText', () => {
  it('replaces the hash and adds the day it was checked, as a quoted string', () => {
    const text = stampText(file, 'sha256-new', '2026-12-03');
    expect(text).toContain('sourceHash: sha256-new\nchecked: "2026-12-03"\n');
    expect(readFrontmatter(text)).toMatchObject({ sourceHash: 'sha256-new', checked: '2026-12-03' });
    expect(text.endsWith('---\n\nText.\n')).toBe(true);
  });

  it('replaces a day already there and writes both into a file that had neither', () => {
    const again = stampText(stampText(file, 'sha256-new', '2026-12-03'), 'sha256-newer', '2027-01-05');
    expect(readFrontmatter(again)).toMatchObject({ sourceHash: 'sha256-newer', checked: '2027-01-05' });
    expect(again.match(/^checked:/gm)).toHaveLength(1);
    const bare = stampText('---\ntitle: "x"\n---\nBody\n', 'sha256-a', '2026-12-03');
    expect(bare).toBe('---\nsourceHash: sha256-a\nchecked: "2026-12-03"\ntitle: "x"\n---\nBody\n');
  });

  it('breaks lines at line feeds only: a title holding U+2028 and a field name keeps its text', () => {
    const tricky = '---\ntitle: "a\u2028sourceHash: x"\nlang: en\nsourceHash: sha256-old\n---\n\nText.\n';
    const text = stampText(tricky, 'sha256-new', '2026-12-03');
    expect(text).toContain('title: "a\u2028sourceHash: x"\n');
    expect(readFrontmatter(text)).toMatchObject({ title: 'a\u2028sourceHash: x', sourceHash: 'sha256-new', checked: '2026-12-03' });
  });

  it('takes the day in UTC, whatever the local time zone', () => {
    expect(isoDay(new Date('2026-12-03T23:30:00-05:00'))).toBe('2026-12-04');
  });

  it('keeps a file the import wrote recognised as the import\'s, and a hand-written one as it was', () => {
    const imported = stampHash(file);
    expect(checkHash(stampTranslation(imported, 'sha256-new', '2026-12-03'))).toBe('intact');
    expect(checkHash(stampTranslation(file, 'sha256-new', '2026-12-03'))).toBe('unstamped');
    const edited = imported.replace('Text.', 'Edited.');
    expect(checkHash(stampTranslation(edited, 'sha256-new', '2026-12-03'))).toBe('edited');
  });
});
