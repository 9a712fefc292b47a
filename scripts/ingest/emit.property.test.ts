// Issue 2, stage 6: whatever the text, a reader sees exactly that text. Each property emits an article,
// renders it with the Markdown processor Astro 7 uses (Sätteri, as src/lib/markdown/article-processor.ts
// sets it up), parses the HTML as a browser does, and compares text content with the input.
//
// "Any text" leaves out what HTML itself cannot carry, which decode.ts never lets through: NUL (dropped by
// the HTML parser), CR (turned into LF by it) and lone surrogates (not encodable as UTF-8). Every other
// code point is in: controls, U+2028, U+FEFF, noncharacters, whitespace of every kind, at either end.

import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkHash, emitArticle, frontmatterData } from './emit.ts';
import { articleProcessor } from '../../src/lib/markdown/article-processor.ts';
import { createMarkdownRenderer, type RenderMarkdown, topLevelElements } from '../../src/lib/markdown/astro-render.ts';
import { articleWith, photoNews001 } from './emit/fixtures.ts';

const RUNS = 250;

/** Removes what HTML cannot carry (see the top of this file). */
function renderable(text: string): string {
  return text.replace(/[\0\r]/g, '');
}

// What the brief and CommonMark/MDX/GFM give meaning to, with the seeds' own Chinese punctuation.
const SYNTAX = [
  '{process.exit(1)}', '<b>', '</b>', "import x from 'y'", 'export const a = 1', 'import', 'export', '*', '**', '_',
  '__', '#', '## ', '1. ', '1) ', '123456789. ', '- ', '+ ', '* ', '> ', '|', '| a | b |\n|---|---|', '~~', '~~~',
  '```', '---', '***', '___', '===', '[x](y)', '![a](b)', '[^1]', '[x]: y', '<!-- -->', '&amp;', '&#32;', '&#10;',
  '&lt;', 'www.example.com', 'https://example.com', '<https://x.org>', 'a@b.com', ':emoji:', ':::', '$x$', '$$',
  '^sup^', '\\', '\\*', '`', '{', '}', '<', '>', '[', ']', '!', '"', "'", '--', '...', '=', '~', '\t', ' ', '  ',
  '\n', '\n\n', '\u00a0', '\u3000', '\u000b', '\u000c', '\u0001', '\u007f', '\u0085', '\u2028', '\ufeff', '\ufffe',
  '\u200b', '\u{1F600}', '\u{1F469}\u200d\u{1F469}\u200d\u{1F467}', 'e\u0301',
];
const SEED_TEXT = [
  '长治', '上党区', '民生“关键小事”', '“四敢”', '——', '……', '，', '。', '：', '；', '、', '《', '》', '（', '）',
  '10+N', '60.87%', '零碳(近零碳)', '1.4万个', '(上接第一版)', '·白雪峰·', '本报记者 董雷 摄', '2026年1月',
];

// What the special-character pages print (dev 165–169, issue 15): book titles in ASCII angle marks, topic tags at a
// line's start and inside it, price marks, entities typed as text, YAML- and list-looking line starts, backslashes
// before Chinese, tilde ranges, English with quotes, apostrophes, ampersands and colons.
const PAGE_FORMS = [
  '<<消费者权益保护法>>', '《消法》', '>> 关注 <<', '#话题#', '#暖冬行动# ', '＃民生＃', '13.8元/斤*', '4.2元/斤#', '&nbsp;',
  '&amp;nbsp;', '<b>5000元</b>', '&', '~~谣言~~', '2~3次', '～', '便民服务\\预约', '12320 \\ 12345', '\\n', '{统计截至11月30日}',
  '|县区|价格|', '|沁县||6.5|', '｜', '【健康小贴士】', '→', 'key: value', '办理时限: 15个工作日内', 'title: "x"', '- [ ] ',
  '? ', ': ', '>-', '|-', '!', '%', '@', "we're", '"homestay & study tour"', 'Note: ', 'QINYUAN — ', '１２３', '℃',
  '=== 健康提醒 ===', '+ ', '1. ', '> ', '---\n', '...\n',
];

const markdownHeavy = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...SYNTAX) },
      { weight: 3, arbitrary: fc.constantFrom(...SEED_TEXT) },
      { weight: 3, arbitrary: fc.constantFrom(...PAGE_FORMS) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 3 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 2 }) },
    ),
    { maxLength: 12 },
  )
  .map((parts) => renderable(parts.join('')));

const TEXTS = {
  'Unicode graphemes': fc.string({ unit: 'grapheme', maxLength: 24 }).map(renderable),
  'any code points': fc.string({ unit: 'binary', maxLength: 24 }).map(renderable),
  'Markdown/MDX/JSX syntax, Chinese and the pages\' special characters': markdownHeavy,
};

describe.each(Object.entries(TEXTS))('%s', (_, text) => {
  let render: RenderMarkdown;
  beforeAll(async () => {
    render = await createMarkdownRenderer(articleProcessor());
  });

  it('render as typed, without markup, in a heading, a paragraph and a caption', async () => {
    const paragraph = text.filter((t) => t !== '');
    await fc.assert(
      fc.asyncProperty(fc.record({ heading: text, paragraph, caption: text }), async (texts) => {
        const elements = topLevelElements(await render(emitArticle(articleWith(texts))));
        // Spaces beside a line feed sit in a <span> of their own (emit/escape.ts): text, not markup.
        const markup = (e: { descendants: string[] }) => e.descendants.filter((tag) => tag !== 'span');
        expect(elements.map((e) => [e.tag, e.text, markup(e)])).toEqual([
          ['h2', texts.heading, []],
          ['p', texts.paragraph, []],
          ['figure', texts.caption, ['figcaption']],
          ['p', '政府搭“桥”，让企业和求职者收获满满。', []],
        ]);
        expect(elements.filter((e) => e.tag === 'p').map((e) => e.id)).toEqual(['p1', 'p2']);
      }),
      { numRuns: RUNS },
    );
  });

  it('round-trip exactly through the frontmatter, as the yaml package and Astro read it', () => {
    fc.assert(
      fc.property(text, text, (title, caption) => {
        const article = { ...photoNews001, title, kicker: caption, captions: [caption, title], regions: [title] };
        const mdx = emitArticle(article);
        const expected = { ...frontmatterData(article), ingestHash: expect.stringMatching(/^sha256-[0-9a-f]{64}$/) };
        expect(parse(/^---\n([\s\S]*?\n)---\n/.exec(mdx)![1]!)).toEqual(expected);
        expect(parseFrontmatter(mdx).frontmatter).toEqual(expected);
      }),
      // A space alone between line breaks in a long string (a run on 2026-12-07 found it: fast-check seed 486321723).
      { numRuns: RUNS, examples: [['', '---\n \n\n{process.exit(1)}<<消费者权益保护法>>'], ['x'.repeat(40), 'a\n \n \nb\n ']] },
    );
  });
});

describe('ingestHash', () => {
  it('notices any one-character change anywhere in a generated file', () => {
    const mdx = emitArticle(articleWith({ heading: '健康长治', paragraph: '从“治已病”到“治未病”', caption: '图' }));
    expect(checkHash(mdx)).toBe('intact');
    fc.assert(
      fc.property(fc.nat({ max: mdx.length - 1 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), fc.boolean(), (at, char, insert) => {
        fc.pre(insert || mdx[at] !== char);
        const changed = mdx.slice(0, at) + char + mdx.slice(insert ? at : at + 1);
        expect(checkHash(changed)).not.toBe('intact');
      }),
      { numRuns: 500 },
    );
  });
});
