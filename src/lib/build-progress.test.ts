import { describe, expect, it } from 'vitest';
import { REPORT_ROUTE, reportsWritten, routeRecorder } from './build-progress.ts';

describe('routeRecorder', () => {
  it('appends each route once as rendering reaches it, and nothing without a file', () => {
    const written: string[] = [];
    const record = routeRecorder('/tmp/progress.txt', (file, text) => written.push(`${file}:${text}`));
    for (const route of ['/404', REPORT_ROUTE, REPORT_ROUTE, REPORT_ROUTE, '/[lang]/data/[topic]', '/[lang]/data/[topic]']) record(route);
    expect(written).toEqual(['/tmp/progress.txt:/404\n', `/tmp/progress.txt:${REPORT_ROUTE}\n`, '/tmp/progress.txt:/[lang]/data/[topic]\n']);
    const none: string[] = [];
    for (const file of [undefined, '']) routeRecorder(file, (_f, text) => none.push(text))(REPORT_ROUTE);
    expect(none).toEqual([]);
  });

  it('never fails the page: a note that cannot be written stops the notes', () => {
    let calls = 0;
    const record = routeRecorder('/no/such/folder/progress.txt', () => {
      calls++;
      throw new Error('ENOENT');
    });
    expect(() => (record('/a'), record('/b'))).not.toThrow();
    expect(calls).toBe(1);
  });
});

describe('reportsWritten', () => {
  it('is true once a route after the reports has begun', () => {
    expect(reportsWritten([])).toBe(false);
    expect(reportsWritten(['/404', '/[lang]/about', ''])).toBe(false);
    expect(reportsWritten(['/404', REPORT_ROUTE, ''])).toBe(false);
    expect(reportsWritten(['/404', REPORT_ROUTE, '/[lang]/data/[topic]', ''])).toBe(true);
  });

  it('is false when the reports rendered nothing (restored from the cache): no route tells they are done', () => {
    expect(reportsWritten(['/404', '/[lang]/data/[topic]', '/[lang]/years/[year]/[...page]'])).toBe(false);
  });
});
