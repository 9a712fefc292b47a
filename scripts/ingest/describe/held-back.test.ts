import { describe, expect, it } from 'vitest';
import { heldBackCounties, listedHeldBack } from './held-back.ts';

describe('heldBackCounties', () => {
  it('reads 潞州 and 上党 as their district where the page names it in full', () => {
    expect(heldBackCounties('数读潞州民生', new Set(['潞州区', '潞州区延安南路街道']))).toEqual(['潞州区']);
    expect(heldBackCounties('上党梆子进校园', new Set(['上党区']))).toEqual(['上党区']);
  });

  it('reads nothing where the page does not name the district, nor from the full name itself', () => {
    expect(heldBackCounties('数读潞州民生', new Set(['长治市']))).toEqual([]);
    expect(heldBackCounties('潞州区新增停车位', new Set(['潞州区']))).toEqual([]);
    expect(heldBackCounties('沁州黄小米', new Set(['沁县']))).toEqual([]);
  });
});

describe('listedHeldBack', () => {
  it('reads a held-back stem among counties a county-level word closes', () => {
    expect(listedHeldBack('在潞州、上党等县区开展试点。').map((m) => m.key)).toEqual(['潞州区', '上党区']);
    expect(listedHeldBack('潞州、潞城两区新增学位。').map((m) => m.key)).toEqual(['潞州区']);
  });
  it('reads none outside such a list, nor the stem of a full name', () => {
    expect(listedHeldBack('上党梆子进校园')).toEqual([]);
    expect(listedHeldBack('潞州区、上党区新增学位')).toEqual([]);
    expect(listedHeldBack('潞州区委书记到上党区调研')).toEqual([]);
  });
});
