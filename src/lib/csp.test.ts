import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspHash } from './csp.ts';

describe('cspHash', () => {
  it('names a text by the base64 of its sha256, asked once or again', () => {
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    for (const text of [':root{--photo-label:"图片（未收录）"}', 'console.log(1)', ':root{--photo-label:"Photo (not included)"}']) {
      const fresh = `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
      expect(cspHash(text)).toBe(fresh);
      expect(cspHash(text)).toBe(fresh);
    }
    expect(cspHash('a')).not.toBe(cspHash('b'));
  });
});
