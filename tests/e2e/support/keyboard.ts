// Moving through a page the way a keyboard user does: Tab until an element has focus, so a test proves
// the control can be reached (page.focus would reach even an element the Tab key skips).
import type { Page } from 'playwright-core';

/** Presses Tab until the focused element matches `selector`; fails naming the selector after `maxTabs`. */
export async function tabTo(page: Page, selector: string, maxTabs = 120): Promise<void> {
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${maxTabs} presses of Tab never reached ${selector} on ${page.url()}`);
}
