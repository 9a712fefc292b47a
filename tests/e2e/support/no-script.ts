// A page as a reader without JavaScript gets it, held still so that axe-core can run over it. With script
// execution off (Playwright's `javaScriptEnabled: false`) a page's timers and promises never run, and neither
// does axe (`axe.run` waits forever). So the page is loaded with script execution off (its own scripts
// never run, and each <noscript> is parsed as markup), its `@media (scripting: …)` rules are fixed to what
// they matched then, each <noscript> becomes a <no-script> with the same attributes and content (Chromium
// stops drawing a <noscript>'s content once script is on), and only then is script execution turned back on
// for axe. Every element's box and colours are compared before and after: the page axe sees is the page the
// reader saw.
import type { BrowserContext, Page } from 'playwright-core';

/** What a reader sees of each element: its box and its colours, one line per element. */
function drawing(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('body *')].map((el) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return `${el.localName.replace('no-script', 'noscript')} ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)} ${style.color} ${style.backgroundColor} ${style.display}`;
    }),
  );
}

/** Rewrites every `(scripting…)` condition of the page's style sheets to what it matches without script. */
function freezeScriptingQueries(page: Page): Promise<number> {
  return page.evaluate(() => {
    // Always true and always false stand-ins: a negative width is invalid, so that feature never matches.
    const fixed = (media: string) =>
      media.replace(/\(\s*scripting\s*(?::\s*([a-z-]+)\s*)?\)/g, (_, value?: string) => (value === 'none' ? '(min-width: 0px)' : '(max-width: -1px)'));
    let rewritten = 0;
    const walk = (rules: CSSRuleList) => {
      for (const rule of rules) {
        if (rule instanceof CSSMediaRule && /scripting/.test(rule.media.mediaText)) {
          rule.media.mediaText = fixed(rule.media.mediaText);
          rewritten++;
        }
        if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules);
      }
    };
    for (const sheet of document.styleSheets) walk(sheet.cssRules);
    return rewritten;
  });
}

/** Puts a <no-script> (an unknown element: inline, as a <noscript> without script) in each <noscript>'s place. */
function keepNoscriptContent(page: Page): Promise<number> {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll('noscript')];
    for (const noscript of all) {
      const standIn = document.createElement('no-script');
      for (const { name, value } of noscript.attributes) standIn.setAttribute(name, value);
      standIn.append(...noscript.childNodes);
      noscript.replaceWith(standIn);
    }
    return all.length;
  });
}

/**
 * The page's drawing once it holds still: a scroll box's `scroll-state` query is answered frames after the
 * load (its hint appeared 250 to 500 ms later on a busy machine), so two drawings 250 ms apart must agree.
 */
async function stillDrawing(page: Page): Promise<string[]> {
  let last = await drawing(page);
  for (let tries = 0; tries < 20; tries++) {
    await page.waitForTimeout(250);
    const now = await drawing(page);
    if (now.join('\n') === last.join('\n')) return now;
    last = now;
  }
  return last;
}

export interface ScriptlessPage {
  page: Page;
  /** `(scripting: none)` rules fixed to match; the elements drawn differently once script was back on (none). */
  rewritten: number;
  moved: string[];
}

/**
 * Opens `url` in `context` as a reader without script sees it, then lets scripts run again (for axe-core)
 * with the page as it was drawn. The context must be made with JavaScript on.
 */
export async function openWithoutScript(context: BrowserContext, url: string): Promise<ScriptlessPage> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
  const response = await page.goto(url, { waitUntil: 'load' });
  if (response?.status() !== 200) throw new Error(`${url}: HTTP ${response?.status()}`);
  if (!(await page.evaluate(() => matchMedia('(scripting: none)').matches))) throw new Error(`${url}: script execution was not off`);
  const before = await stillDrawing(page);
  const rewritten = await freezeScriptingQueries(page);
  await keepNoscriptContent(page);
  await cdp.send('Emulation.setScriptExecutionDisabled', { value: false });
  const after = await stillDrawing(page);
  const moved = before.flatMap((line, i) => (line === after[i] ? [] : [`${line} → ${after[i]}`]));
  if (after.length !== before.length) moved.push(`${before.length} elements → ${after.length}`);
  return { page, rewritten, moved };
}
