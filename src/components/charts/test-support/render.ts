// Test support: renders the chart components the way a build does, through Astro's container API.
// Vitest's own config does not compile .astro files, so a Vite dev server with Astro's plugins
// (getViteConfig) loads them; one server per test file, closed in afterAll.
import { experimental_AstroContainer } from 'astro/container';
import { getViteConfig } from 'astro/config';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { createServer, type ViteDevServer } from 'vite';

export type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

let server: ViteDevServer | undefined;
let container: experimental_AstroContainer | undefined;

async function setup(): Promise<{ server: ViteDevServer; container: experimental_AstroContainer }> {
  if (!server) {
    const config = await getViteConfig({ logLevel: 'error' }, { logLevel: 'error' })({ mode: 'test', command: 'serve' });
    server = await createServer({ ...config, configFile: false, server: { middlewareMode: true, hmr: false, ws: false }, appType: 'custom' });
  }
  container ??= await experimental_AstroContainer.create();
  return { server, container };
}

/** Renders `src/components/charts/<file>` with `props` to HTML. */
export function renderChart(file: string, props: Record<string, unknown>): Promise<string> {
  return renderComponent(`charts/${file}`, props);
}

/** Renders `src/components/<file>` with `props` to HTML: `renderComponent('listing/Pagination.astro', …)`. */
export async function renderComponent(file: string, props: Record<string, unknown>): Promise<string> {
  const { server, container } = await setup();
  const mod = (await server.ssrLoadModule(`/src/components/${file}`)) as { default: never };
  return container.renderToString(mod.default, { props });
}

export async function closeRenderer(): Promise<void> {
  await server?.close();
  server = undefined;
}

/** The rendered HTML as a tree, with a few query helpers (no browser in unit tests). */
export function parse(html: string): Element {
  return parseFragment(html) as unknown as Element;
}

export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

/** Elements matching a predicate, in document order. */
export function findAll(root: Node, match: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const walk = (node: Node) => {
    if ('tagName' in node && match(node)) out.push(node);
    if ('childNodes' in node) for (const child of node.childNodes) walk(child as Node);
    if ('content' in node && node.content) walk(node.content as unknown as Node);
  };
  walk(root);
  return out;
}

export const byTag = (tag: string) => (el: Element) => el.tagName === tag;
export const byClass = (cls: string) => (el: Element) => (attr(el, 'class') ?? '').split(/\s+/).includes(cls);

export function text(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map((c) => text(c as Node)).join('') : '';
}

/** WCAG 2.5.3 as axe-core checks it: the visible text, punctuation aside, is part of the accessible name. */
export function labelInName(mark: Element): boolean {
  const curate = (s: string) => s.replace(/[\p{P}\p{S}]/gu, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
  return curate(attr(mark, 'aria-label') ?? '').includes(curate(text(mark)));
}

/** The accessible name of the role="img" group: the text of the elements its aria-labelledby names. */
export function imgName(root: Element, svg: Element): string {
  const img = findAll(svg, (el) => attr(el, 'role') === 'img')[0]!;
  return attr(img, 'aria-labelledby')!
    .split(' ')
    .map((id) => text(findAll(root, (el) => attr(el, 'id') === id)[0]!))
    .join(' ');
}
