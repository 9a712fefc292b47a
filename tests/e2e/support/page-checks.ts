// Checks run inside a loaded page. Each returns what is wrong as short readable lines (empty when all
// is well), so a failing test names the element and the page instead of printing `false`.
import type { Page } from 'playwright-core';

/**
 * Structure a screen-reader user relies on: one h1 and no skipped heading level, one main landmark,
 * a text alternative on every chart and image, no positive tabindex (focus follows the reading order),
 * and every element the Tab key reaches visible when it has focus.
 */
export async function documentProblems(page: Page, tabStops = 25): Promise<string[]> {
  const problems = await page.evaluate(() => {
    const found: string[] = [];
    const describe = (el: Element) => `<${el.tagName.toLowerCase()}${el.id ? ` id="${el.id}"` : ''}${el.className && typeof el.className === 'string' ? ` class="${el.className}"` : ''}>`;
    const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((h) => !h.closest('[hidden], template'));
    const h1s = headings.filter((h) => h.tagName === 'H1').length;
    if (h1s !== 1) found.push(`${h1s} h1 elements (want exactly one)`);
    let previous = 0;
    for (const h of headings) {
      const level = Number(h.tagName[1]);
      if (level > previous + 1) found.push(`heading level skipped: h${previous || '-'} then ${describe(h)} "${h.textContent?.trim().slice(0, 40)}"`);
      previous = level;
    }
    const mains = document.querySelectorAll('main, [role="main"]').length;
    if (mains !== 1) found.push(`${mains} main landmarks (want exactly one)`);
    const nameOf = (el: Element) =>
      (el.getAttribute('aria-label') ?? '').trim() ||
      (el.getAttribute('aria-labelledby') ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim();
    for (const chart of document.querySelectorAll('figure.chart')) {
      const images = [...chart.querySelectorAll('[role="img"]')];
      if (images.length === 0 || images.some((img) => !nameOf(img))) found.push(`chart without a text alternative: ${describe(chart)}`);
    }
    for (const img of document.querySelectorAll('img:not([alt])')) found.push(`image without alt: ${describe(img)}`);
    for (const el of document.querySelectorAll('[tabindex]')) {
      if (Number(el.getAttribute('tabindex')) > 0) found.push(`positive tabindex breaks the focus order: ${describe(el)}`);
    }
    return found;
  });
  for (let i = 0; i < tabStops; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return undefined;
      const box = el.getBoundingClientRect();
      return { what: `<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 30)}"`, visible: box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden' };
    });
    if (!focused) break;
    if (!focused.visible) problems.push(`Tab stop ${i + 1} is invisible while it has focus: ${focused.what}`);
  }
  return problems;
}

/** Why the page scrolls sideways at its current width (the elements sticking out), or '' when it does not. */
export async function sidewaysOverflow(page: Page): Promise<string> {
  return page.evaluate(() => {
    const scroller = document.scrollingElement ?? document.documentElement;
    if (scroller.scrollWidth <= innerWidth) return '';
    // An element inside a box that scrolls or clips sideways does not widen the page: only the
    // outermost elements that stick out unclipped are to blame.
    const clipped = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (getComputedStyle(p).overflowX !== 'visible') return true;
      }
      return false;
    };
    const sticking = [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > innerWidth + 1 && !clipped(el))
      .slice(0, 3)
      .map((el) => `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}">`);
    return `scrollWidth ${scroller.scrollWidth} > innerWidth ${innerWidth}; sticking out: ${sticking.join(', ')}`;
  });
}

/**
 * What a reader without JavaScript cannot see: paragraphs, list items, table cells, headings and
 * captions in main that are not rendered, and charts with no drawing shown. Controls marked
 * `.js-only` are meant to be hidden then, and a closed <details> opens without script.
 */
export async function hiddenWithoutScript(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const rendered = (el: Element) => el.getClientRects().length > 0;
    const excused = (el: Element) => Boolean(el.closest('.js-only, details:not([open]), template'));
    const text = 'p, li, td, th, h1, h2, h3, h4, h5, h6, figcaption, dt, dd, caption, blockquote';
    for (const el of document.querySelectorAll(`main :is(${text})`)) {
      if (!(el.textContent ?? '').trim() || excused(el) || rendered(el)) continue;
      found.push(`hidden <${el.tagName.toLowerCase()}>: "${(el.textContent ?? '').trim().slice(0, 50)}"`);
    }
    for (const chart of document.querySelectorAll('main figure.chart')) {
      if (excused(chart)) continue;
      const drawn = [...chart.querySelectorAll('svg')].some((svg) => {
        const box = svg.getBoundingClientRect();
        return box.width > 0 && box.height > 0;
      });
      if (!drawn) found.push(`chart not drawn: ${chart.id || chart.className}`);
    }
    return found;
  });
}
