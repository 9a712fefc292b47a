// The splash page's inline script, run as built against a fake browser: it follows navigator.languages,
// lets the reader's remembered choice win, and never redirects a reader who came back from inside the site.
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from './build-site.ts';
import { readPage } from './dist.ts';
import { findAll } from './html.ts';

let site: BuiltSite;
let script: string;
beforeAll(async () => {
  site = await buildSite({ name: 'root' });
  const inline = findAll(readPage(site, 'index.html'), (el) => el.tagName === 'script' && !el.attrs.some((a) => a.name === 'src' || a.name === 'type'));
  expect(inline).toHaveLength(1);
  script = inline[0]!.childNodes.map((n) => ('value' in n ? n.value : '')).join('');
}, 300_000);

interface Visit {
  languages: string[];
  stored?: string;
  referrer?: string;
  storageBroken?: boolean;
}

function visit({ languages, stored, referrer = '', storageBroken = false }: Visit) {
  const origin = new URL(site.site).origin;
  const store = new Map<string, string>(stored ? [['cz-lang', stored]] : []);
  const handlers: ((event: unknown) => void)[] = [];
  let redirectedTo: string | undefined;
  const broken = () => {
    throw new Error('SecurityError: storage is disabled');
  };
  runInNewContext(script, {
    URL,
    navigator: { languages, language: languages[0] },
    location: { origin, replace: (url: string) => (redirectedTo = url) },
    document: { referrer, addEventListener: (type: string, handler: (event: unknown) => void) => type === 'click' && handlers.push(handler) },
    localStorage: storageBroken
      ? { getItem: broken, setItem: broken }
      : { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => store.set(k, v) },
  });
  const click = (lang: string) => {
    const link = { getAttribute: () => lang };
    for (const h of handlers) h({ target: { closest: (selector: string) => (selector.includes('data-choose-lang') ? link : null) } });
  };
  return { redirectedTo, store, click };
}

describe('splash page script', () => {
  it('follows navigator.languages to the first language the site has', () => {
    expect(visit({ languages: ['en-GB', 'zh-CN'] }).redirectedTo).toBe(`${site.base}en/`);
    expect(visit({ languages: ['fr', 'zh-TW', 'en'] }).redirectedTo).toBe(`${site.base}zh/`);
  });

  it('stays on the splash when the browser prefers neither language', () => {
    expect(visit({ languages: ['fr', 'de'] }).redirectedTo).toBeUndefined();
  });

  it('lets the choice the reader made here win over the browser languages', () => {
    expect(visit({ languages: ['en-US'], stored: 'zh' }).redirectedTo).toBe(`${site.base}zh/`);
    const first = visit({ languages: ['zh-CN'] });
    first.click('en');
    expect(first.store.get('cz-lang')).toBe('en');
    expect(visit({ languages: ['zh-CN'], stored: first.store.get('cz-lang') }).redirectedTo).toBe(`${site.base}en/`);
  });

  it('never redirects a reader who came back to the splash from inside the site, so they can choose again', () => {
    const fromInside = `${new URL(site.site).origin}${site.base}en/about/`;
    expect(visit({ languages: ['en'], stored: 'en', referrer: fromInside }).redirectedTo).toBeUndefined();
    expect(visit({ languages: ['en'], referrer: 'https://search.example/' }).redirectedTo).toBe(`${site.base}en/`);
  });

  it('ignores a stored value it does not know and survives storage being disabled', () => {
    expect(visit({ languages: ['en'], stored: 'fr' }).redirectedTo).toBe(`${site.base}en/`);
    expect(visit({ languages: ['zh'], storageBroken: true }).redirectedTo).toBe(`${site.base}zh/`);
    expect(() => visit({ languages: ['zh'], storageBroken: true }).click('en')).not.toThrow();
  });
});
