// Test support: renders a Markdown or MDX file the way an Astro 7 build does, to prove what readers
// will see. Markdown (what ingest writes): the processor's own renderer, as Astro's content sync calls
// it. MDX (editors' files): the same steps as @astrojs/mdx's Vite plugin, without Vite: Astro's
// frontmatter reader, the Sätteri processor's MDX renderer created with the arguments @astrojs/mdx
// passes it, then the compiled component rendered to HTML by Astro itself (container API, with the MDX
// server renderer).
// The one shortcut: the compiled module is evaluated in place, with `astro/jsx-runtime` handed in,
// instead of being bundled. One real `astro build` (astro-build.test.ts) covers what this leaves out.

import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { satteri } from '@astrojs/markdown-satteri';
import mdxServerRenderer from '@astrojs/mdx/server.js';
import { experimental_AstroContainer } from 'astro/container';
import * as jsxRuntime from 'astro/jsx-runtime';
import { Renderer } from 'astro/runtime/server/index.js';
import { parseFragment } from 'parse5';
import { FIGURE_WHOLE_CLASS } from './figure-values.ts';

export type MarkdownProcessor = ReturnType<typeof satteri>;

export type RenderMdx = (file: string) => Promise<string>;

/**
 * `processor` as astro.config.mjs would set `markdown.processor`: articleProcessor() for the site, or a
 * bare satteri() for Astro's defaults.
 */
export async function createMdxRenderer(processor: MarkdownProcessor): Promise<RenderMdx> {
  // As @astrojs/mdx resolves them: the processor's own feature switches win over Astro's defaults (on).
  const { gfm, smartPunctuation } = processor.options.features;
  const renderer = await processor.createMdxRenderer!(
    {
      syntaxHighlight: false,
      gfm: typeof gfm === 'boolean' ? gfm : true,
      smartypants: typeof smartPunctuation === 'boolean' ? smartPunctuation : true,
    },
    { optimize: false, srcDir: new URL('file:///virtual/src/') },
  );
  const container = await experimental_AstroContainer.create();
  container.addServerRenderer({ name: 'astro:jsx', renderer: mdxServerRenderer });

  return async (file) => {
    const { frontmatter, content } = parseFrontmatter(file, { frontmatter: 'empty-with-spaces' });
    const { code } = await renderer.process(content, '/virtual/src/content/article.mdx', frontmatter);
    const Content = evaluateMdxModule(code);
    return container.renderToString(Content as never);
  };
}

export type RenderMarkdown = (file: string) => Promise<string>;

/**
 * A `.md` file rendered as Astro renders Markdown content entries: frontmatter read by Astro's reader, the
 * body through `processor` (astro.config.mjs `markdown.processor`) with the options Astro passes it.
 */
export async function createMarkdownRenderer(processor: MarkdownProcessor): Promise<RenderMarkdown> {
  const renderer = await processor.createRenderer({ syntaxHighlight: false } as Parameters<MarkdownProcessor['createRenderer']>[0]);
  return async (file) => {
    const { frontmatter, content } = parseFrontmatter(file, { frontmatter: 'empty-with-spaces' });
    return (await renderer.render(content, { frontmatter })).code;
  };
}

// Line starts are found after \n only: the `m` flag would also take U+2028 inside a string literal for one.
const RUNTIME_IMPORT = /(?<=^|\n)import \{([^}]*)\} from "astro\/jsx-runtime";(?=\n)/;

function evaluateMdxModule(code: string): unknown {
  let body = code.replace(RUNTIME_IMPORT, (_, names: string) => `const {${names.replace(/ as /g, ': ')}} = runtime;`);
  if (/(?<=^|\n)import\b/.test(body)) throw new Error(`the compiled MDX imports more than astro/jsx-runtime:\n${code}`);
  body = body.replace(/(?<=^|\n)export (const|function) /g, '$1 ');
  const MDXContent = new Function('runtime', `${body}\nreturn MDXContent;`)(jsxRuntime) as (props: object) => unknown;
  // What @astrojs/mdx's postprocess plugin wraps every MDX module's default export in.
  const Content = (props: { components?: object } = {}) =>
    MDXContent({ ...props, components: { Fragment: jsxRuntime.Fragment, ...props.components } });
  // What the module's `__astro_tag_component__(Content, 'astro:jsx')` does: says which renderer renders it.
  Object.defineProperty(Content, Renderer, { value: 'astro:jsx' });
  return Content;
}

/** A top-level element of rendered HTML, as a browser parses it. */
export interface RenderedElement {
  tag: string;
  id?: string;
  /** The DOM textContent, a kept figure's no-break spaces read as the spaces typed (figure-values.ts). */
  text: string;
  /** Tag names of descendant elements: none for text that rendered as text. The span keeping a number
   *  with its unit (figure-values.ts) is the site's, not the text's markup, and is not counted. */
  descendants: string[];
}

interface HtmlNode {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: HtmlNode[];
}

/** Parses HTML with parse5 (the WHATWG algorithm browsers use): entities decoded, as readers see it. */
export function topLevelElements(html: string): RenderedElement[] {
  const fragment = parseFragment(html) as unknown as HtmlNode;
  return (fragment.childNodes ?? [])
    .filter((node) => node.tagName !== undefined)
    .map((node) => ({
      tag: node.tagName!,
      ...idOf(node),
      text: textContent(node),
      descendants: descendantTags(node),
    }));
}

function idOf(node: HtmlNode): { id?: string } {
  const id = node.attrs?.find((a) => a.name === 'id')?.value;
  return id === undefined ? {} : { id };
}

const keptFigure = (node: HtmlNode) =>
  node.tagName === 'span' && node.attrs?.find((a) => a.name === 'class')?.value === FIGURE_WHOLE_CLASS;

function textContent(node: HtmlNode): string {
  if (node.nodeName === '#text') return node.value ?? '';
  return (node.childNodes ?? []).map(textContent).join('');
}

function descendantTags(node: HtmlNode): string[] {
  return (node.childNodes ?? []).flatMap((child) =>
    child.tagName === undefined ? [] : keptFigure(child) ? descendantTags(child) : [child.tagName, ...descendantTags(child)],
  );
}
