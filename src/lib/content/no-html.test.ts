// The articles' loader keeps no HTML in the content store (no-html.ts).
import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it, vi } from 'vitest';
import { storeWithoutHtml, withoutHtml } from './no-html.ts';

type Store = LoaderContext['store'];
type Stored = Parameters<Store['set']>[0];

function fakeStore(): { store: Store; set: ReturnType<typeof vi.fn> } {
  const set = vi.fn((_: Stored) => true);
  return { store: { set, get: () => undefined, keys: () => ['kept'] } as unknown as Store, set };
}

describe('withoutHtml', () => {
  it('stores an entry without its HTML or the deferred-render mark, and the rest as given', () => {
    const { store, set } = fakeStore();
    const entry = { id: 'a', data: { title: '供热' }, filePath: 'content/articles/zh/a.md', digest: 'd1', rendered: { html: '<p>…</p>' }, deferredRender: true };
    storeWithoutHtml(store).set(entry);
    expect(set).toHaveBeenCalledWith({ id: 'a', data: { title: '供热' }, filePath: 'content/articles/zh/a.md', digest: 'd1', rendered: undefined, deferredRender: undefined });
    expect(storeWithoutHtml(store).keys()).toEqual(['kept']);
  });

  it('hands the loader a store that keeps no HTML, and leaves a loader given as a function as it is', async () => {
    const { store, set } = fakeStore();
    const inner: Loader = { name: 'glob', load: async ({ store: s }) => void s.set({ id: 'b', data: {}, rendered: { html: '<p>x</p>' } }) };
    await withoutHtml(inner).load({ store } as unknown as LoaderContext);
    expect(set.mock.calls[0][0]).toMatchObject({ id: 'b', rendered: undefined });
    const none = () => [];
    expect(withoutHtml(none)).toBe(none);
  });
});
