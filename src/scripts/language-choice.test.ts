// The language-choice script as text, run against a fake browser: the header's form only remembers a
// choice, the splash page's form also redirects. (tests/site/splash-script.test.ts runs the built splash page.)
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { LANG_CHOICE_KEY } from '../lib/i18n.ts';
import { languageChoiceScript } from './language-choice.ts';

const ORIGIN = 'https://civic.example.org';
const HOMES = { zh: '/base/zh/', en: '/base/en/' };

function run(script: string, { languages = ['en-GB'], stored = undefined as string | undefined, referrer = '' } = {}) {
  const store = new Map<string, string>(stored ? [[LANG_CHOICE_KEY, stored]] : []);
  const handlers: ((event: unknown) => void)[] = [];
  const redirects: string[] = [];
  runInNewContext(script, {
    URL,
    navigator: { languages, language: languages[0] },
    location: { origin: ORIGIN, replace: (url: string) => redirects.push(url) },
    document: { referrer, addEventListener: (type: string, handler: (event: unknown) => void) => type === 'click' && handlers.push(handler) },
    localStorage: { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => store.set(k, v) },
  });
  const click = (target: { closest?: (selector: string) => unknown }) => handlers.forEach((h) => h({ target }));
  return { store, redirects, click };
}
const languageLink = (lang: string) => ({ closest: (s: string) => (s === 'a[data-choose-lang]' ? { getAttribute: () => lang } : null) });

describe('language choice script', () => {
  it('in the header, remembers the language the reader switches to and never redirects', () => {
    const page = run(languageChoiceScript(), { languages: ['zh-CN'], stored: 'en' });
    expect(page.redirects).toEqual([]);
    page.click(languageLink('zh'));
    expect(page.store.get(LANG_CHOICE_KEY)).toBe('zh');
  });

  it('ignores clicks elsewhere, and targets without closest() (text nodes, old browsers)', () => {
    const page = run(languageChoiceScript());
    page.click({ closest: () => null });
    page.click({});
    expect(page.store.size).toBe(0);
  });

  it('on the splash page, goes to the remembered language first, then the browser’s', () => {
    expect(run(languageChoiceScript(HOMES), { languages: ['en-GB'], stored: 'zh' }).redirects).toEqual([HOMES.zh]);
    expect(run(languageChoiceScript(HOMES), { languages: ['fr', 'zh-TW', 'en'] }).redirects).toEqual([HOMES.zh]);
    expect(run(languageChoiceScript(HOMES), { languages: ['fr'] }).redirects).toEqual([]);
    expect(run(languageChoiceScript(HOMES), { stored: 'en', referrer: `${ORIGIN}/base/en/about/` }).redirects).toEqual([]);
  });

  it('writes its values so that no </script> in them can end the script', () => {
    const script = languageChoiceScript({ zh: '/</script><b>/zh/', en: '/en/' });
    expect(script).not.toContain('</script>');
    expect(run(script, { languages: ['zh'] }).redirects).toEqual(['/</script><b>/zh/']);
  });
});
