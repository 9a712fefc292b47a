// A loader of `.md` articles that keeps no HTML in Astro's content store (issue 17): its page renders the file
// when it is built (lib/markdown/article-html.ts). Given a glob loader made with `deferRender: true` (so Astro
// renders nothing when content syncs), it stores each entry without the deferred mark, which would otherwise
// make every article a module of the bundle (over 3 GB at 10,000 articles) and without any HTML.
import type { Loader, LoaderContext } from 'astro/loaders';

type Store = LoaderContext['store'];

/** `store`, storing entries without HTML or the deferred-render mark. */
export function storeWithoutHtml(store: Store): Store {
  return { ...store, set: (entry) => store.set({ ...entry, rendered: undefined, deferredRender: undefined }) };
}

/** `loader`, storing no HTML; a loader given as a function (a shard's empty collection) as it is. */
export function withoutHtml<L extends Loader | (() => unknown)>(loader: L): L {
  if (typeof loader === 'function') return loader;
  const inner = loader as Loader;
  return { ...inner, load: (context: LoaderContext) => inner.load({ ...context, store: storeWithoutHtml(context.store) }) } as L;
}
