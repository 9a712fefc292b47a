// The header's search box on every page. The form needs no script (it opens the search page with `?q=`),
// but on a slow link the first search waits for Pagefind's files: so when the box gets focus, the language's
// bundle starts loading (script, WebAssembly, the index's metadata) and what the reader types is preloaded,
// into the browser's cache for the search page; on submit a status line says the results are on their way.
// Written inline as text, like the language choice (language-choice.ts), and not as a bundled module: a
// module with `import()` would share Vite's preload helper with the search page's script, two more requests
// on every page. Where things are comes from the form's data attributes (components/search/HeaderSearch.astro);
// the instance is created with the options the search page uses (components/search/pagefind-load.ts).

const TYPING_PAUSE_MS = 300;

// ES5 syntax but for import(), which every browser with module support has: nothing compiles this text.
const SCRIPT = `(function () {
  var form = document.querySelector('form.header-search');
  var input = form && form.querySelector('input[type="search"]');
  if (!input) return;
  var status = form.querySelector('[role="status"]');
  var bundle = form.getAttribute('data-bundle');
  var instance = null;
  var typing;
  function warm() {
    if (!instance) {
      instance = import(bundle + 'pagefind.js')
        .then(function (pagefind) {
          return pagefind.createInstance({ basePath: bundle, baseUrl: form.getAttribute('data-base'), noWorker: true });
        })
        // A warm-up that fails costs nothing: the search page loads the bundle again and reports the error.
        .catch(function () { return null; });
    }
    return instance;
  }
  input.addEventListener('focus', warm);
  input.addEventListener('input', function () {
    clearTimeout(typing);
    typing = setTimeout(function () {
      var term = input.value.trim();
      if (term) warm().then(function (pagefind) { if (pagefind) pagefind.preload(term).catch(function () {}); });
    }, ${TYPING_PAUSE_MS});
  });
  form.addEventListener('submit', function () {
    if (status && input.value.trim()) status.textContent = form.getAttribute('data-searching');
  });
})();`;

/** The inline script that warms the search up from the header box. */
export function searchWarmupScript(): string {
  return SCRIPT;
}
