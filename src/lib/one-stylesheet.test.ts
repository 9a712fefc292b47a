// The one stylesheet of the site (one-stylesheet.ts): what counts as a style source, a digest that moves
// with the CSS and only with it, and the CSS chunk asked of the page build alone.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CSS_MODULE, oneStylesheet, styleBlocks, stylesheetDigest } from './one-stylesheet.ts';

const work = mkdtempSync(join(tmpdir(), 'cz-one-stylesheet-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const CARD = `---
const { name } = Astro.props;
---
<article class="card"><h2>{name}</h2></article>
<style>
  .card { padding: 1rem; }
</style>
<style is:global>
  .card h2 { margin: 0; }
</style>
`;

/** A src/ folder with a component, a stylesheet and a script; `change` edits one file before the digest. */
function digestOf(change: Partial<Record<'components/Card.astro' | 'styles/global.css' | 'lib/util.ts', string>> = {}): string {
  const src = mkdtempSync(join(work, 'src-'));
  const files = { 'components/Card.astro': CARD, 'styles/global.css': 'body { margin: 0; }\n', 'lib/util.ts': 'export const x = 1;\n', ...change };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(src, path, '..'), { recursive: true });
    writeFileSync(join(src, path), text);
  }
  return stylesheetDigest(src);
}

describe('styleBlocks', () => {
  it('finds each <style> element of a component with its attributes, a self-closed one too', () => {
    expect(styleBlocks(CARD)).toEqual(['<style>\n  .card { padding: 1rem; }\n</style>', '<style is:global>\n  .card h2 { margin: 0; }\n</style>']);
    expect(styleBlocks('<head><style is:inline set:html={css} /></head><p>text</p>')).toEqual(['<style is:inline set:html={css} />']);
    expect(styleBlocks('<p>No style here.</p>')).toEqual([]);
  });
});

describe('stylesheetDigest', () => {
  const base = digestOf();

  it('is the same for the same sources', () => {
    expect(digestOf()).toBe(base);
  });

  it('changes when a component’s style, its attributes or a stylesheet changes', () => {
    expect(digestOf({ 'components/Card.astro': CARD.replace('padding: 1rem', 'padding: 2rem') })).not.toBe(base);
    expect(digestOf({ 'components/Card.astro': CARD.replace('<style is:global>', '<style>') })).not.toBe(base);
    expect(digestOf({ 'styles/global.css': 'body { margin: 1px; }\n' })).not.toBe(base);
  });

  it('stays when only a component’s markup or a script changes', () => {
    expect(digestOf({ 'components/Card.astro': CARD.replace('<h2>{name}</h2>', '<h3>{name}</h3>') })).toBe(base);
    expect(digestOf({ 'lib/util.ts': 'export const x = 2;\n' })).toBe(base);
  });
});

describe('oneStylesheet', () => {
  it('groups the CSS modules of the page (prerender) build into one chunk, and leaves other builds alone', () => {
    const plugin = oneStylesheet();
    const configEnvironment = plugin.configEnvironment as (name: string) => unknown;
    expect(configEnvironment('prerender')).toEqual({ build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'site', test: CSS_MODULE }] } } } } });
    expect(configEnvironment('client')).toBeUndefined();
    expect(configEnvironment('ssr')).toBeUndefined();
  });

  it('takes a component’s style modules and stylesheets as CSS, and no script', () => {
    expect(CSS_MODULE.test('/p/src/components/Card.astro?astro&type=style&index=0&lang.css')).toBe(true);
    expect(CSS_MODULE.test('/p/src/styles/global.css')).toBe(true);
    expect(CSS_MODULE.test('/p/src/components/Card.astro')).toBe(false);
    expect(CSS_MODULE.test('/p/src/lib/css-helpers.ts')).toBe(false);
  });
});
