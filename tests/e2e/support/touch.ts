// A finger on a phone's screen, for the browser tests: a swipe as Chromium's touch input gets it (touch start,
// moves, end, through the DevTools protocol), so the page scrolls as it would under a reader's thumb, fling and
// all. The context must be made with `hasTouch: true` (and `isMobile` for a phone's viewport).
import type { Page } from 'playwright-core';

/** Swipes from (x, fromY) to (x, toY) in `steps` moves, and waits for the scroll (and its fling) to settle. */
export async function swipe(page: Page, x: number, fromY: number, toY: number, steps = 8): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: fromY }] });
  for (let i = 1; i <= steps; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: fromY + ((toY - fromY) * i) / steps }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
  await page.waitForTimeout(500);
  await scrollSettled(page);
}

/**
 * Waits until nothing on the page (the page or any box in it) has scrolled for `quietFrames` animation frames
 * in a row, at most `maxMs`: a fling on a busy machine runs on after any fixed wait, and a state read mid-fling
 * finds the page short of where the finger took it.
 */
export async function scrollSettled(page: Page, quietFrames = 10, maxMs = 10_000): Promise<void> {
  await page.evaluate(
    ([quietFrames, maxMs]) =>
      new Promise<void>((done) => {
        let scrolls = 0;
        const count = () => scrolls++;
        document.addEventListener('scroll', count, { capture: true, passive: true });
        const start = performance.now();
        let seen = 0;
        let quiet = 0;
        const frame = () => {
          quiet = scrolls === seen ? quiet + 1 : 0;
          seen = scrolls;
          if (quiet < quietFrames && performance.now() - start < maxMs) return void requestAnimationFrame(frame);
          document.removeEventListener('scroll', count, { capture: true });
          done();
        };
        requestAnimationFrame(frame);
      }),
    [quietFrames, maxMs] as const,
  );
}
