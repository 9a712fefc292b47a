// The pagination bar rendered through Astro's container API (as the chart components are tested).
import { afterAll, describe, expect, it } from 'vitest';
import { attr, byTag, closeRenderer, findAll, parse, renderComponent, text } from '../charts/test-support/render.ts';

afterAll(closeRenderer);

const render = (props: Record<string, unknown>) => renderComponent('listing/Pagination.astro', props);
const page = (current: number, last: number) => ({ current, last, total: last * 30, from: (current - 1) * 30 + 1, to: current * 30 });

describe('Pagination', () => {
  it('renders nothing for a list of one page', async () => {
    expect((await render({ lang: 'en', firstPage: 'en/topics/heating/', page: page(1, 1) })).trim()).toBe('');
  });

  it('links previous and next with rel, the first and last page, and the neighbours of the current one', async () => {
    const nav = findAll(parse(await render({ lang: 'en', firstPage: 'en/topics/heating/', page: page(6, 12) })), byTag('nav'))[0]!;
    expect(attr(nav, 'aria-label')).toBe('Pages');
    const links = findAll(nav, byTag('a'));
    expect(links.map((a) => [text(a).trim(), attr(a, 'href'), attr(a, 'rel')])).toEqual([
      ['← Previous', '/en/topics/heating/5/', 'prev'],
      ['1', '/en/topics/heating/', undefined],
      ['5', '/en/topics/heating/5/', undefined],
      ['6', '/en/topics/heating/6/', undefined],
      ['7', '/en/topics/heating/7/', undefined],
      ['12', '/en/topics/heating/12/', undefined],
      ['Next →', '/en/topics/heating/7/', 'next'],
    ]);
    expect(links.filter((a) => attr(a, 'aria-current') === 'page').map((a) => text(a))).toEqual(['6']);
    expect(attr(links[1]!, 'aria-label')).toBe('Page 1');
    // The gaps are for the eye; a screen reader hears the page numbers.
    const gaps = findAll(nav, (el) => el.tagName === 'li' && attr(el, 'aria-hidden') === 'true');
    expect(gaps.map((g) => text(g).trim())).toEqual(['…', '…']);
  });

  it('has no previous link on the first page and no next link on the last, in the page’s language', async () => {
    const first = findAll(parse(await render({ lang: 'zh', firstPage: 'zh/years/2025/', page: page(1, 3) })), byTag('a'));
    expect(first.map((a) => attr(a, 'rel')).filter(Boolean)).toEqual(['next']);
    expect(text(first.at(-1)!).trim()).toBe('下一页 →');
    expect(attr(first[0]!, 'aria-label')).toBe('第1页');
    const last = findAll(parse(await render({ lang: 'zh', firstPage: 'zh/years/2025/', page: page(3, 3) })), byTag('a'));
    expect(last.map((a) => attr(a, 'rel')).filter(Boolean)).toEqual(['prev']);
  });
});
