// Signs a report prints that a common Chinese system face draws empty: WenQuanYi Micro Hei (installed on many
// Linux systems, and by CI) maps ℃ to a blank glyph, so `维持在22℃以上` read `维持在22 以上`. The site's stylesheet
// takes ℃ from a Latin system face (global.css, `CZ Degree Sign`): in Chromium, with that stylesheet, the sign
// in Chinese text leaves ink on the page.
import { readFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, BROWSER_PATH, browserInstalled, INSTALL_HINT } from './browser.ts';

const CSS = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
const available = browserInstalled();
if (!available) {
  const message = `Chromium not found at ${BROWSER_PATH}: the glyph test needs it. Install it with: ${INSTALL_HINT}`;
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(`\n*** SKIPPING tests/e2e/glyphs.test.ts ***\n${message}\n`);
}

describe.skipIf(!available)('signs in Chinese text', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: BROWSER_PATH, args: CHROMIUM_ARGS });
  }, 60_000);
  afterAll(async () => browser?.close());

  /** Dark pixels of `text` drawn at 40 px in the Chinese font stack of the site's stylesheet. */
  async function ink(text: string): Promise<number> {
    const page = await browser.newPage();
    await page.setContent(
      `<style>${CSS}</style><p lang="zh-CN" style="font-family:var(--font-zh);font-size:40px;color:#000;background:#fff"><span id="s">${text}</span></p>`,
    );
    await page.evaluate(() => document.fonts.ready);
    const png = (await page.locator('#s').screenshot()).toString('base64');
    const dark = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [img.width, img.height];
      const context = canvas.getContext('2d')!;
      context.drawImage(img, 0, 0);
      const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 128) n++;
      return n;
    }, png);
    await page.close();
    return dark;
  }

  it('draws ℃ with ink, as it draws a Chinese character', async () => {
    const hanzi = await ink('温');
    expect(hanzi).toBeGreaterThan(0);
    expect(await ink('℃')).toBeGreaterThan(hanzi / 10);
  });
});
