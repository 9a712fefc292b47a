// The colour tokens of global.css, light and dark: every pair the site sets text on passes WCAG AA
// (4.5:1 for body text). The browser test (tests/e2e/pages.test.ts) runs axe-core on built pages in both
// schemes; this names the failing token pair at once, without a build, when someone changes a colour.
import { readFileSync } from 'node:fs';
import { rgb } from 'd3';
import { describe, expect, it } from 'vitest';

const CSS = readFileSync(new URL('./global.css', import.meta.url), 'utf8');

/** The `--name: #hex` declarations of the first block after `marker` in the stylesheet. */
function tokens(marker: string): Record<string, string> {
  const start = CSS.indexOf(marker);
  if (start < 0) throw new Error(`global.css: no ${marker}`);
  const open = CSS.indexOf('{', CSS.indexOf(':root', start));
  const body = CSS.slice(open + 1, CSS.indexOf('}', open));
  return Object.fromEntries([...body.matchAll(/--([\w-]+):\s*(#[0-9a-f]{3,8})\s*;/gi)].map((m) => [m[1]!, m[2]!]));
}

/** WCAG 2.x relative luminance of an sRGB colour. */
function luminance(colour: string): number {
  const { r, g, b } = rgb(colour);
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Text token on background token, as the components use them. */
const PAIRS: [text: string, background: string][] = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['text', 'highlight'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['link', 'bg'],
  ['link', 'surface'],
  ['accent', 'bg'], // the search page's outlined buttons
  ['on-accent', 'accent'], // the search buttons, the splash page's doors
  ['bg', 'text'], // the dashboard's current topic
];

describe('colour tokens', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ff8a80')).toBeCloseTo(2.28, 2); // the dark-mode search button of issue 16
  });

  const light = tokens(':root');
  const dark = { ...light, ...tokens('@media (prefers-color-scheme: dark)') };
  for (const [scheme, colours] of [['light', light], ['dark', dark]] as const) {
    it(`in ${scheme} mode, every text and background pair reaches 4.5:1`, () => {
      const failing = PAIRS.filter(([text, bg]) => {
        expect(colours[text], `--${text}`).toBeDefined();
        expect(colours[bg], `--${bg}`).toBeDefined();
        return contrast(colours[text]!, colours[bg]!) < 4.5;
      }).map(([text, bg]) => `--${text} on --${bg}: ${contrast(colours[text]!, colours[bg]!).toFixed(2)}:1`);
      expect(failing).toEqual([]);
    });
  }
});
