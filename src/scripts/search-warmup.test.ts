// The header box's warm-up script as text, run against a fake page: it waits for focus before loading
// anything, and says "Searching…" on submit. (tests/e2e/search.test.ts checks in Chromium that focusing the
// box requests pagefind.js before anything is typed.)
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { searchWarmupScript } from './search-warmup.ts';

function fakeForm(value = '') {
  const handlers: Record<string, (() => void)[]> = {};
  const on = (type: string, handler: () => void) => (handlers[type] ??= []).push(handler);
  const status = { textContent: '' };
  const input = { value, addEventListener: on };
  const attributes: Record<string, string> = { 'data-bundle': '/base/pagefind/', 'data-base': '/base/', 'data-searching': 'Searching…' };
  const form = {
    querySelector: (selector: string) => (selector === 'input[type="search"]' ? input : selector === '[role="status"]' ? status : null),
    getAttribute: (name: string) => attributes[name] ?? null,
    addEventListener: on,
  };
  return { form, input, status, handlers, fire: (type: string) => (handlers[type] ?? []).forEach((h) => h()) };
}

function run(form: unknown) {
  runInNewContext(searchWarmupScript(), { document: { querySelector: () => form }, setTimeout, clearTimeout });
}

describe('search warm-up script', () => {
  it('is one script that cannot close its own <script> element', () => {
    expect(searchWarmupScript()).not.toMatch(/<\/script/i);
    expect(() => new Function(searchWarmupScript())).not.toThrow();
  });

  it('listens for focus and typing before it loads anything, and says the results are coming on submit', () => {
    const page = fakeForm('壶关');
    // No import() in this context: loading anything before the reader acts would throw here.
    run(page.form);
    expect(Object.keys(page.handlers).sort()).toEqual(['focus', 'input', 'submit']);
    page.fire('submit');
    expect(page.status.textContent).toBe('Searching…');
  });

  it('says nothing on an empty submit, and does nothing on a page without the header box', () => {
    const page = fakeForm('  ');
    run(page.form);
    page.fire('submit');
    expect(page.status.textContent).toBe('');
    expect(() => run(null)).not.toThrow();
  });
});
