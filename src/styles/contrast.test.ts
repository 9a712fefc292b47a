// The colour tokens of global.css, light and dark: every pair the site sets text on passes WCAG AA
// (4.5:1 for body text). The browser test (tests/e2e/pages.test.ts) runs axe-core on built pages in both
// schemes; this names the failing token pair at once, without a build, when someone changes a colour.
import { readFileSync } from 'node:fs';
import { rgb } from 'd3';
import { describe, expect, it } from 'vitest';

const CSS = readFileSync(new URL('./global.css', import.meta.url), 'utf8');
const CHARTS_CSS = readFileSync(new URL('../components/charts/frame/charts.css', import.meta.url), 'utf8');

/** The `--name: #hex` declarations of the first `selector` block after `marker` in the stylesheet. */
function tokens(marker: string, css = CSS, selector = ':root'): Record<string, string> {
  const start = css.indexOf(marker);
  if (start < 0) throw new Error(`stylesheet: no ${marker}`);
  const open = css.indexOf('{', css.indexOf(selector, start));
  const body = css.slice(open + 1, css.indexOf('}', open));
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

describe('map shades', () => {
  // The county map's note says a tile that stands out more from the page has more reports (chart.map.note):
  // in light mode the shades darken, in dark mode they lighten, so each step must stand further from
  // shade 0 (no report, the page's own colour) in both.
  const light = tokens('.chart {', CHARTS_CSS, '.chart');
  const dark = { ...light, ...tokens('@media (prefers-color-scheme: dark)', CHARTS_CSS, '.chart') };
  for (const [scheme, colours] of [['light', light], ['dark', dark]] as const) {
    it(`in ${scheme} mode, each shade stands further from shade 0 than the one before`, () => {
      const steps = [1, 2, 3, 4].map((k) => contrast(colours[`chart-shade-${k}`]!, colours['chart-shade-0']!));
      expect(steps.every((c, k) => c > (k === 0 ? 1 : steps[k - 1]!))).toBe(true);
    });
  }
});
