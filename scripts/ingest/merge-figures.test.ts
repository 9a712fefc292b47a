import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { editsOf, type FigureLike, isIngestOwned, mergeFigures, stamp } from './merge-figures.ts';

const heating = { id: 'hu-guan-1', value: 38100, unit: '米', text: '38.1公里', status: 'actual', label: '新建改造供热管网', year: 2025 };
const stations = { id: 'hu-guan-2', value: 12, unit: '个', text: '换热站12个', status: 'actual' };
const written = (r: object): FigureLike => stamp({ ...r, origin: 'ingest' } as unknown as FigureLike);

describe('mergeFigures', () => {
  it('stamps fresh records as ingest-owned', () => {
    const { records, kept } = mergeFigures([heating], []);
    expect(records).toHaveLength(1);
    expect(records[0]!.origin).toBe('ingest');
    expect(isIngestOwned(records[0]!)).toBe(true);
    expect(records[0]!.checksum).toMatch(/^[0-9a-f]{12}\/[0-9a-f]{4}(?:\.[0-9a-f]{4}){9}$/);
    expect(kept).toEqual([]);
  });

  it('replaces its own unchanged records with fresh ones', () => {
    const { records } = mergeFigures([heating], [written({ ...heating, value: 1, status: 'plan' })]);
    expect(records[0]).toMatchObject({ value: 38100, status: 'actual' });
  });

  it('keeps a record whose content an editor corrected, whole and where it stood', () => {
    const edited = { ...written(heating), unit: '公里', value: 38.1 };
    expect(isIngestOwned(edited)).toBe(false);
    expect(editsOf(edited)?.contentIntact).toBe(false);
    const { records, kept } = mergeFigures([{ ...heating, label: '供热管网' }, stations], [edited]);
    expect(records.map((r) => r.id)).toEqual(['hu-guan-1', 'hu-guan-2']);
    expect(records[0]).toMatchObject({ value: 38.1, label: '新建改造供热管网' });
    expect(kept).toEqual(['hu-guan-1']);
  });

  it('keeps the meaning fields an editor set and takes everything else fresh', () => {
    const edited = { ...written(heating), status: 'plan', label: '计划新建改造供热管网' };
    expect(editsOf(edited)).toEqual({ contentIntact: true, fields: ['status', 'label'] });
    const fresh = { ...heating, sentence: '新建改造供热管网38.1公里。', year: 2024, kind: 'new' };
    const { records, kept } = mergeFigures([fresh], [edited]);
    expect(records[0]).toMatchObject({ status: 'plan', label: '计划新建改造供热管网', sentence: fresh.sentence, year: 2024, kind: 'new' });
    expect(kept).toEqual(['hu-guan-1']);
    // On the next run the edits still read as the editor's, though ingest's values changed meanwhile.
    const again = mergeFigures([{ ...fresh, label: '新建供热管网' }], records);
    expect(again.records[0]).toMatchObject({ status: 'plan', label: '计划新建改造供热管网' });
  });

  it('keeps a meaning field an editor added or removed', () => {
    const added = { ...written(heating), period: '1至10月' };
    expect(mergeFigures([heating], [added]).records[0]!.period).toBe('1至10月');
    const { year: _removed, ...withoutYear } = written(heating);
    expect(mergeFigures([heating], [withoutYear]).records[0]).not.toHaveProperty('year');
  });

  it('reads a one-part checksum of the earlier format: intact is ingest’s, changed is the editor’s whole', () => {
    const old = (r: object): FigureLike => ({ ...(r as FigureLike), checksum: createHash('sha256').update(JSON.stringify(Object.fromEntries(Object.entries(r).sort()))).digest('hex').slice(0, 12) });
    const intact = old({ ...heating, origin: 'ingest' });
    expect(isIngestOwned(intact)).toBe(true);
    expect(mergeFigures([{ ...heating, kind: 'new' }], [intact]).records[0]!.kind).toBe('new');
    const changed: FigureLike = { ...intact, status: 'plan' };
    expect(mergeFigures([{ ...heating, kind: 'new' }], [changed]).records[0]).toEqual(changed);
  });

  it('keeps records an editor added by hand', () => {
    const hand = { id: 'hand-1', origin: 'hand' as const, value: 5, unit: '个', text: '5个' };
    const { records } = mergeFigures([heating], [written(heating), hand]);
    expect(records.map((r) => r.id)).toEqual(['hu-guan-1', 'hand-1']);
  });

  it('drops its own records that the article no longer yields, and keeps edited ones', () => {
    expect(mergeFigures([], [written(stations)]).records).toEqual([]);
    const edited = { ...written(stations), topic: 'heating' };
    expect(mergeFigures([], [edited]).records).toEqual([edited]);
  });

  it('does not care about key order when checking a record', () => {
    const s = written(heating);
    const reordered = Object.fromEntries(Object.entries(s).reverse()) as typeof s;
    expect(isIngestOwned(reordered)).toBe(true);
  });
});
