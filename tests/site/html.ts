// Just enough DOM for the site tests: parse a built page with parse5 and query it without a browser.
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

export type Element = DefaultTreeAdapterTypes.Element;
type Node = DefaultTreeAdapterTypes.Node;

export function parseHtml(html: string): DefaultTreeAdapterTypes.Document {
  return parse(html);
}

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function childrenOf(node: Node): Node[] {
  // A <template>'s children live in its content fragment, not in childNodes.
  if (isElement(node) && node.tagName === 'template') return (node as DefaultTreeAdapterTypes.Template).content.childNodes;
  return 'childNodes' in node ? node.childNodes : [];
}

/** Every element under `root`, in document order, that `match` accepts. */
export function findAll(root: Node, match: (el: Element) => boolean = () => true): Element[] {
  const found: Element[] = [];
  const stack: Node[] = [...childrenOf(root)].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (isElement(node)) {
      if (match(node)) found.push(node);
      stack.push(...[...childrenOf(node)].reverse());
    }
  }
  return found;
}

export function findFirst(root: Node, match: (el: Element) => boolean): Element | undefined {
  return findAll(root, match)[0];
}

export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

export function hasClass(el: Element, name: string): boolean {
  return (attr(el, 'class') ?? '').split(/\s+/).includes(name);
}

/** The element's text with whitespace runs collapsed, as a reader sees it. */
export function textOf(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeName === '#text') parts.push((n as DefaultTreeAdapterTypes.TextNode).value);
    else if (!(isElement(n) && (n.tagName === 'script' || n.tagName === 'style'))) childrenOf(n).forEach(walk);
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** `by.tag('a')`, `by.attr('rel', 'alternate')`: small matchers for findAll. */
export const by = {
  tag: (tag: string) => (el: Element) => el.tagName === tag,
  attr: (name: string, value?: string) => (el: Element) => {
    const v = attr(el, name);
    return value === undefined ? v !== undefined : v === value;
  },
  all:
    (...matchers: ((el: Element) => boolean)[]) =>
    (el: Element) =>
      matchers.every((m) => m(el)),
};
