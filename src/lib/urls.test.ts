import { describe, expect, it } from 'vitest';
import { absoluteUrl, href } from './urls.ts';

describe('absoluteUrl', () => {
  it('is the full URL under the site when the build has an address', () => {
    expect(absoluteUrl('zh/articles/x/', 'https://civic.example.org')).toBe(`https://civic.example.org${href('zh/articles/x/')}`);
    expect(absoluteUrl('', new URL('https://civic.example.org/'))).toBe(`https://civic.example.org${href('')}`);
  });

  it('stays a path on the site without one, never naming a host', () => {
    expect(absoluteUrl('zh/articles/x/', undefined)).toBe(href('zh/articles/x/'));
    expect(absoluteUrl('zh/articles/x/', '')).toBe(href('zh/articles/x/'));
  });
});
