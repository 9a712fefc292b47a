// The shared skip-or-fail decision and the local-host rule the browser tests rely on.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserAvailable, describeTrouble, isLocalUrl, unexpectedTrouble } from './browser.ts';

describe('browserAvailable', () => {
  afterEach(() => vi.restoreAllMocks());

  it('says yes when Chromium is there, CI or not', () => {
    expect(browserAvailable('suite', { CI: 'true' }, true)).toBe(true);
    expect(browserAvailable('suite', {}, true)).toBe(true);
  });

  it('skips loudly, naming the install command, when Chromium is missing on a developer machine', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(browserAvailable('tests/e2e/pages.test.ts', {}, false)).toBe(false);
    expect(browserAvailable('tests/e2e/pages.test.ts', { CI: 'false' }, false)).toBe(false);
    expect(warn.mock.calls[0]![0]).toMatch(/SKIPPING tests\/e2e\/pages\.test\.ts: Chromium not found .* apt-get install -y chromium/);
  });

  it('fails instead when CI is set, so CI cannot pass by skipping', () => {
    expect(() => browserAvailable('tests/e2e/pages.test.ts', { CI: 'true' }, false)).toThrow(/CI is set, so the browser tests may not be skipped/);
    expect(() => browserAvailable('x', { CI: '1' }, false)).toThrow(/apt-get install -y chromium/);
  });
});

describe('isLocalUrl', () => {
  it('lets the local test server and inline data through', () => {
    expect(isLocalUrl('http://127.0.0.1:4321/zh/')).toBe(true);
    expect(isLocalUrl('http://localhost:8080/_astro/a.js')).toBe(true);
    expect(isLocalUrl('data:image/svg+xml,<svg/>')).toBe(true);
  });

  it('stops every other host, the site’s own published address included', () => {
    expect(isLocalUrl('https://fonts.googleapis.com/css?family=Noto+Sans+SC')).toBe(false);
    expect(isLocalUrl('https://civic.example.org/zh/')).toBe(false);
    expect(isLocalUrl('http://10.0.0.1/')).toBe(false);
  });
});

describe('describeTrouble', () => {
  it('gives one readable line per problem', () => {
    expect(describeTrouble({ consoleErrors: ['boom (at /zh/)'], pageErrors: ['TypeError: x'], offSiteRequests: ['https://cdn.example.com/a.js'] })).toEqual([
      'console error: boom (at /zh/)',
      'uncaught exception: TypeError: x',
      'request to another host: https://cdn.example.com/a.js',
    ]);
  });
});

describe('unexpectedTrouble', () => {
  const trouble = { consoleErrors: ['Failed to load resource: 404 (at http://127.0.0.1:1/nowhere/)', 'boom (at /zh/)'], pageErrors: [], offSiteRequests: [] };

  it('leaves out the 404 Chromium logs for the 404 page asked for, and nothing else', () => {
    expect(unexpectedTrouble(trouble, 'http://127.0.0.1:1/nowhere/', 404)).toEqual(['console error: boom (at /zh/)']);
  });

  it('keeps that 404 where the page was to load', () => {
    expect(unexpectedTrouble(trouble, 'http://127.0.0.1:1/nowhere/', 200)).toHaveLength(2);
  });
});
