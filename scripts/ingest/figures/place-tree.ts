// How places nest, for a figure's region: the chain a place lies in, the most specific of places named together
// (the deepest when they nest, else what they share), whether they nest, and the place of a level a relative word
// (全县, 该镇, 当地) stands for.

import { findPlace, type Place, type RelativeLevel } from './place-names.ts';

/** The place and those it lies in, outermost first: [山西省, 长治市, 上党区, 上党区西火镇]. */
export function chain(place: Place): string[] {
  const out = [place.name];
  for (let p = place.parent ? findPlace(place.parent) : undefined; p; p = p.parent ? findPlace(p.parent) : undefined) out.unshift(p.name);
  return out;
}

/** The deepest place when all nest in it, else the deepest place they all share. */
export function mostSpecific(places: readonly Place[]): Place | undefined {
  if (places.length === 0) return undefined;
  const chains = places.map(chain);
  const deepest = chains.reduce((a, b) => (b.length > a.length ? b : a));
  if (chains.every((c) => c.every((name, i) => deepest[i] === name))) return findPlace(deepest[deepest.length - 1]!);
  let shared = 0;
  while (chains.every((c) => c[shared] !== undefined && c[shared] === chains[0]![shared])) shared++;
  return shared > 0 ? findPlace(chains[0]![shared - 1]!) : undefined;
}

/** The place of `level` a wider place stands in: 全县 in a text about a town is the town's county. */
export function atLevel(place: Place, level: RelativeLevel): Place | undefined {
  if (level === 'local') return place.level === 'town' || place.level === 'county' ? place : undefined;
  if (level === 'town') return place.level === 'town' ? place : undefined;
  return place.level === 'town' ? findPlace(place.parent ?? '') : place.level === 'county' ? place : undefined;
}

/** Do the places all lie in the deepest of them (a town with its county)? */
export function nests(places: readonly Place[]): boolean {
  const chains = places.map(chain);
  const deepest = chains.reduce((a, b) => (b.length > a.length ? b : a));
  return chains.every((c) => c.every((name, i) => deepest[i] === name));
}

/** The deepest place all of them lie in or are (`长治高新区`, `长治市` → 长治市; `苏店镇`, `西池乡` → 上党区). */
export function shared(places: readonly Place[]): Place | undefined {
  const chains = places.map(chain);
  let depth = 0;
  while (chains.every((c) => c[depth] !== undefined && c[depth] === chains[0]![depth])) depth++;
  return depth > 0 ? findPlace(chains[0]![depth - 1]!) : undefined;
}
