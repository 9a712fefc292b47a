// labelOf with a place word before the count (label-counted.ts): it says where the counted are, with its 的 or not.
import { describe, expect, it } from 'vitest';
import { labelOf } from './label.ts';
import { scopeFor } from './scope.fixture.ts';

describe('labelOf, a place word before the count', () => {
  it('keeps the place word, with its 的 or not', () => {
    expect(labelOf(scopeFor('大桥建成后，两岸的8个村、6000余名群众过河不再绕路。', '8个'))).toBe('两岸村');
  });

  it('leaves a count with no place word before it as it was', () => {
    expect(labelOf(scopeFor('大桥建成后，全乡的8个村、6000余名群众过河不再绕路。', '8个'))).toBe('村');
  });
});
