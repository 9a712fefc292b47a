import { describe, expect, it } from 'vitest';
import { isIngestOwned, mergeFigures, stamp } from './merge-figures.ts';

const heating = { id: 'hu-guan-1', value: 38100, unit: '米', text: '38.1公里' };
const stations = { id: 'hu-guan-2', value: 12, unit: '个', text: '换热站12个' };

describe('mergeFigures', () => {
  it('stamps fresh records as ingest-owned', () => {
    const { records, kept } = mergeFigures([heating], []);
    expect(records).toHaveLength(1);
    expect(records[0]!.origin).toBe('ingest');
    expect(isIngestOwned(records[0]!)).toBe(true);
    expect(kept).toEqual([]);
  });

  it('replaces its own unchanged records with fresh ones', () => {
    const old = stamp({ ...heating, origin: 'ingest' as const, value: 1 });
    const { records } = mergeFigures([heating], [old]);
    expect(records[0]!.value).toBe(38100);
  });

  it('keeps a record an editor corrected in place, and where it stood', () => {
    const edited = { ...stamp({ ...heating, origin: 'ingest' as const }), unit: '公里', value: 38.1 };
    expect(isIngestOwned(edited)).toBe(false);
    const { records, kept } = mergeFigures([heating, stations], [edited]);
    expect(records.map((r) => r.id)).toEqual(['hu-guan-1', 'hu-guan-2']);
    expect(records[0]!.value).toBe(38.1);
    expect(kept).toEqual(['hu-guan-1']);
  });

  it('keeps records an editor added by hand', () => {
    const hand = { id: 'hand-1', origin: 'hand' as const, value: 5, unit: '个', text: '5个' };
    const { records } = mergeFigures([heating], [stamp({ ...heating, origin: 'ingest' as const }), hand]);
    expect(records.map((r) => r.id)).toEqual(['hu-guan-1', 'hand-1']);
  });

  it('drops its own records that the article no longer yields', () => {
    const { records } = mergeFigures([], [stamp({ ...stations, origin: 'ingest' as const })]);
    expect(records).toEqual([]);
  });

  it('does not care about key order when checking a record', () => {
    const s = stamp({ ...heating, origin: 'ingest' as const });
    const reordered = Object.fromEntries(Object.entries(s).reverse()) as typeof s;
    expect(isIngestOwned(reordered)).toBe(true);
  });
});
