// The whole way, once: an emitted article built by a real `astro build` (content sync, Vite and all), as
// a Markdown entry of a glob-loaded collection rendered by a page, in a throwaway project in the system's
// temp folder set up as astro.config.mjs is (src/lib/markdown/article-processor.ts). The property tests
// render through src/lib/markdown/astro-render.ts, which skips Astro; this proves the two agree.

import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { emitArticle } from '../emit.ts';
import { topLevelElements } from '../../../src/lib/markdown/astro-render.ts';
import { articleWith } from './fixtures.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const TRICKY =
  "import x from 'y' <b>{process.exit(1)}</b> *a* _b_ # 1. - > | ~~s~~ [x](y) <!-- c --> &amp; " +
  'www.example.com https://example.com "q" -- ... :emoji: \\ `c`';
const EDITOR_PARAGRAPH = '编者补充的段落，带*强调*。';

function config(): string {
  const processor = new URL('src/lib/markdown/article-processor.ts', `file://${REPO}`).href;
  return `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { articleProcessor } from ${JSON.stringify(processor)};
export default defineConfig({
  // Caches stay in the throwaway project, out of the repository's node_modules.
  cacheDir: './cache',
  vite: { cacheDir: './cache/vite', logLevel: 'silent' },
  markdown: { processor: articleProcessor() },
  integrations: [mdx()],
});
`;
}

let project: string;
let html: string;

const CONTENT_CONFIG = `import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
export const collections = { articles: defineCollection({ loader: glob({ pattern: '*.md', base: './articles' }) }) };
`;

const PAGE = `---
import { getEntry, render } from 'astro:content';
const { Content } = await render((await getEntry('articles', 'article'))!);
---
<Content />
`;

beforeAll(async () => {
  project = await mkdtemp(join(tmpdir(), 'emit-astro-build-'));
  await mkdir(join(project, 'src/pages'), { recursive: true });
  await mkdir(join(project, 'articles'));
  await writeFile(join(project, 'src/content.config.ts'), CONTENT_CONFIG);
  await writeFile(join(project, 'src/pages/article.astro'), PAGE);
  await symlink(join(REPO, 'node_modules'), join(project, 'node_modules'), 'dir');
  await writeFile(join(project, 'package.json'), '{ "type": "module" }\n');
  await writeFile(join(project, 'astro.config.mjs'), config());
  const md = emitArticle(articleWith({ heading: TRICKY, paragraph: TRICKY, caption: TRICKY }));
  await writeFile(join(project, 'articles/article.md'), `${md}\n${EDITOR_PARAGRAPH}\n`);
  const astro = join(REPO, 'node_modules/astro/bin/astro.mjs');
  await promisify(execFile)(process.execPath, [astro, 'build', '--root', project, '--silent'], { cwd: project });
  html = await readFile(join(project, 'dist/article/index.html'), 'utf8');
}, 60_000);

afterAll(async () => {
  if (project) await rm(project, { recursive: true, force: true });
});

it('shows every character as typed, and anchors paragraphs, an editor’s included', () => {
  const elements = topLevelElements(html).filter((e) => e.tag !== 'meta');
  expect(elements.map((e) => [e.tag, e.id ?? '', e.text, e.descendants])).toEqual([
    ['h2', expect.any(String), TRICKY, []],
    ['p', 'p1', TRICKY, []],
    ['figure', '', TRICKY, ['figcaption']],
    ['p', 'p2', '政府搭“桥”，让企业和求职者收获满满。', []],
    ['p', 'p3', '编者补充的段落，带强调。', ['em']],
  ]);
});
