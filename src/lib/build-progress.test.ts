import { describe, expect, it } from 'vitest';
import { groupsWritten, PAGES_AT_ONCE, REPORT_ROUTE, routeRecorder } from './build-progress.ts';

describe('routeRecorder', () => {
  it('appends each route once as rendering reaches it, and nothing without a file', () => {
    const written: string[] = [];
    const record = routeRecorder('/tmp/progress.txt', (file, text) => written.push(`${file}:${text}`), 0);
    for (const route of ['/404', REPORT_ROUTE, REPORT_ROUTE, REPORT_ROUTE, '/[lang]/data/[topic]', '/[lang]/data/[topic]']) record(route);
    expect(written).toEqual(['/tmp/progress.txt:/404\n', `/tmp/progress.txt:${REPORT_ROUTE}\n`, '/tmp/progress.txt:/[lang]/data/[topic]\n']);
    const none: string[] = [];
    for (const file of [undefined, '']) routeRecorder(file, (_f, text) => none.push(text), 0)(REPORT_ROUTE);
    expect(none).toEqual([]);
  });

  it("notes a report page's group each time it changes", () => {
    const written: string[] = [];
    const record = routeRecorder('p', (_f, text) => written.push(text), 0);
    for (const group of ['2025', '2025', '2024', '2024', 'undated.1of2']) record(REPORT_ROUTE, group);
    record('/[lang]/data/[topic]');
    expect(written.join('')).toBe(`${REPORT_ROUTE}\t2025\n${REPORT_ROUTE}\t2024\n${REPORT_ROUTE}\tundated.1of2\n/[lang]/data/[topic]\n`);
  });

  it('never fails the page: a note that cannot be written stops the notes', () => {
    let calls = 0;
    const record = routeRecorder('/no/such/folder/progress.txt', () => {
      calls++;
      throw new Error('ENOENT');
    }, 0);
    expect(() => (record('/a'), record('/b'))).not.toThrow();
    expect(calls).toBe(1);
  });

  it('tells a page only once the lag pages after it have started: no told group has one of the last lag + 1 pages', () => {
    const lag = PAGES_AT_ONCE - 1;
    const written: string[] = [];
    const record = routeRecorder('p', (_f, text) => written.push(text), lag);
    const pages = ['2025', '2025', '2024', '2024', '2024', '2023', '2023', '2022', '2022', '2022', '2022'];
    pages.forEach((group, i) => {
      record(REPORT_ROUTE, group);
      // Pages i - lag … i are the ones most likely still rendering when page i starts: no group told has one of them.
      const rendering = new Set(pages.slice(Math.max(0, i - lag), i + 1));
      for (const told of groupsWritten(written.join('').split('\n'))) expect(rendering.has(told)).toBe(false);
    });
    expect(groupsWritten(written.join('').split('\n'))).toEqual(['2025', '2024', '2023']);
    // Each group's line once, and the last lag pages untold (their group is left to the index after astro).
    expect(written.join('')).toBe(['2025', '2024', '2023', '2022'].map((g) => `${REPORT_ROUTE}\t${g}\n`).join(''));
    for (let i = 0; i < lag; i++) record('/[lang]/data/[topic]');
    expect(groupsWritten(written.join('').split('\n'))).toEqual(['2025', '2024', '2023']);
    record('/[lang]/data/[topic]');
    expect(groupsWritten(written.join('').split('\n'))).toEqual(['2025', '2024', '2023', '2022']);
  });
});

describe('groupsWritten', () => {
  const report = (group: string) => `${REPORT_ROUTE}\t${group}`;
  it('gives each group once the next group or another route has begun, in order', () => {
    expect(groupsWritten([])).toEqual([]);
    expect(groupsWritten(['/404', report('2025'), ''])).toEqual([]);
    expect(groupsWritten(['/404', report('2025'), report('2024'), ''])).toEqual(['2025']);
    expect(groupsWritten(['/404', report('2025'), report('2024'), '/[lang]/data/[topic]', ''])).toEqual(['2025', '2024']);
  });

  it('waits for the last run of a group told twice (pages out of group order)', () => {
    expect(groupsWritten([report('2025'), report('2024'), report('2025')])).toEqual(['2024']);
    expect(groupsWritten([report('2025'), report('2024'), report('2025'), '/[lang]/about'])).toEqual(['2024', '2025']);
  });

  it('gives nothing for a route without groups (report pages all restored from the cache tell nothing)', () => {
    expect(groupsWritten(['/404', '/[lang]/data/[topic]', '/[lang]/years/[year]/[...page]'])).toEqual([]);
    expect(groupsWritten([REPORT_ROUTE, '/[lang]/data/[topic]'])).toEqual([]);
  });
});
