import { describe, expect, it } from 'vitest';
import { asKind } from './block-kind.ts';
import type { Block } from './types.ts';

describe('asKind', () => {
  it('gives a block its new role and drops the heading level with the old one, leaving the text and source', () => {
    const heading: Block = { kind: 'heading', level: 2, text: '一、工作回顾', source: [3] };
    const got = asKind(heading, 'caption');
    expect(got).toEqual({ kind: 'caption', text: '一、工作回顾', source: [3] });
    expect('level' in got).toBe(false);
    expect(heading.kind).toBe('heading');
  });
});
