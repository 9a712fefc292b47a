// The reader's language choice, one script for the two places that need it. Every page remembers a click
// on a language link (`a[data-choose-lang]`: the header switch, the splash page's doors) in localStorage;
// the splash page (/) also sends a reader who arrives from elsewhere to a language home: the one they last
// chose wins over the browser's navigator.languages, and a reader coming back from inside the site stays,
// so they can always choose again.
// Built here as text and written inline into the page (not bundled as a module): on the splash page it must
// run in <head>, before anything is painted, or the reader would see the page flash before the redirect.
import { LANG_CHOICE_KEY, LANGS, type Lang } from '../lib/i18n.ts';

// ES5 syntax on purpose: nothing compiles this text, it runs in the browser as written.
const REMEMBER = `
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[data-choose-lang]');
    if (!link) return;
    try {
      localStorage.setItem(KEY, link.getAttribute('data-choose-lang'));
    } catch (e) {}
  });`;
// Only on the splash page (given the homes): where to go, if anywhere.
const FOLLOW = `
  try {
    if (document.referrer && new URL(document.referrer).origin === location.origin) return;
  } catch (e) {}
  var chosen = null;
  try {
    chosen = localStorage.getItem(KEY);
  } catch (e) {}
  for (var i = 0, preferred = navigator.languages || [navigator.language || '']; LANGS.indexOf(chosen) < 0 && i < preferred.length; i++) {
    var tag = String(preferred[i]).toLowerCase();
    for (var j = 0; j < LANGS.length; j++) if (tag.indexOf(LANGS[j]) === 0) chosen = LANGS[j];
  }
  // replace(), not assign(): Back from the language home must not land here and bounce again.
  if (LANGS.indexOf(chosen) >= 0) location.replace(homes[chosen]);`;

/** A value as a JavaScript literal that is safe inside `<script>` (no `</script>` can close it). */
const literal = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * The inline script: `languageChoiceScript()` only remembers choices (every page's header);
 * `languageChoiceScript({ zh: '/zh/', en: '/en/' })` also redirects to one of these homes (the splash page).
 */
export function languageChoiceScript(homes?: Record<Lang, string>): string {
  if (!homes) return `(function (KEY) {${REMEMBER}\n})(${literal(LANG_CHOICE_KEY)});`;
  return `(function (KEY, LANGS, homes) {${REMEMBER}${FOLLOW}\n})(${literal(LANG_CHOICE_KEY)}, ${literal(LANGS)}, ${literal(homes)});`;
}
