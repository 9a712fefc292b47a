// The variants of the metamorphic page eval (variants.ts): ways a real text export could print the same page
// — the same articles, headlines and words — with other markup, marks or spacing. Each is one change on its
// own, so a score that drops names its cause. A variant rewrites the page text and, where it changes a printed
// string (quotes, `&amp;`, a `#` in a headline, emphasis on a part of a headline, which is text as typed), the
// gold's strings the same way; markup around a whole line (`**…**`, `<p>…</p>`, `【】` around a column name) is no
// part of the text, so the gold stays as it is.
// Where a title, kicker or deck stands is read from the gold, never from the ingest.
import type { GoldArticle, GoldPage } from './gold.ts';
import { deck, squash } from './normalize.ts';

export interface Variant {
  name: string;
  about: string;
  /** The page text (decoded, LF line ends) printed this way. */
  page: (text: string, gold: GoldPage) => string;
  /** The same change on the gold's printed strings (`text`: the original page); absent when the gold reads the same. */
  gold?: (g: GoldPage, text: string) => GoldPage;
}

type Role = 'headline' | 'kicker' | 'deck' | 'byline';

const CJK = /[\u3400-\u9fff]/u;

/** A line without the brackets or ornaments a column name may wear, as the gold writes a kicker. */
function bare(line: string): string {
  return deck(line).replace(/^[【〔[](.*)[】〕\]]$/u, '$1');
}

/**
 * The lines of the page that print a gold article's headline (the whole of it, or one line of a headline
 * broken over two), its kicker or its deck, by index.
 */
export function titleLines(lines: readonly string[], gold: GoldPage): Map<number, Role> {
  const out = new Map<number, Role>();
  const heads = gold.articles.flatMap((a) => (a.title ? [squash(a.title)] : []));
  const kickers = new Set(gold.articles.flatMap((a) => (a.kicker ? [bare(a.kicker)] : [])));
  const decks = new Set(gold.articles.flatMap((a) => (a.subtitle ? [deck(a.subtitle)] : [])));
  const bylines = new Set(gold.articles.flatMap((a) => (a.byline ? [squash(a.byline)] : [])));
  lines.forEach((line, i) => {
    const s = squash(line);
    if (!s) return;
    if (heads.some((h) => h === s || (s.length >= 4 && h.includes(s) && s.length * 3 >= h.length))) out.set(i, 'headline');
    else if (kickers.has(bare(line))) out.set(i, 'kicker');
    else if (decks.has(deck(line))) out.set(i, 'deck');
    else if (bylines.has(s)) out.set(i, 'byline');
  });
  return out;
}

/** The line each gold article after the first begins at (its kicker, headline or a lead printed above it). */
export function articleStarts(lines: readonly string[], gold: GoldPage): number[] {
  const find = (phrase: string | undefined, from: number): number => {
    if (!phrase) return -1;
    const p = squash(phrase);
    for (let i = from; i < lines.length; i++) if (squash(lines[i]!).includes(p)) return i;
    return -1;
  };
  const starts: number[] = [];
  let from = 0;
  // Where the article above begins its text: a lead of the next one stands after it.
  let body = -1;
  gold.articles.forEach((a: GoldArticle, k) => {
    const head = find(a.title ?? a.starts, from);
    if (head < 0) return;
    const kicker = a.kicker ? find(a.kicker.replace(/^[【〔[]|[】〕\]]$/gu, ''), Math.max(from, head - 3)) : -1;
    const lead = a.starts ? find(a.starts, body + 1) : -1;
    let first = Math.min(head, ...[kicker, lead].filter((i) => i >= 0 && i <= head && i > body));
    // A credit or byline printed right over the text (`图/通讯员 马 骏` / `12月6日，…`) opens the article, unless
    // the article above signs with the same words (then the line is as likely its own).
    const above = first - 1;
    const prior = gold.articles[k - 1]?.byline;
    if (a.byline && above > body && squash(lines[above] ?? '') === squash(a.byline) && (!prior || squash(prior) !== squash(a.byline))) first = above;
    if (k > 0) starts.push(first);
    from = head + 1;
    body = a.starts ? Math.max(head, find(a.starts, head)) : head;
  });
  return starts;
}

/** Each line the map names, rewritten by its role; the rest as it is. */
function onRoles(roles: Role[], wrap: (line: string, role: Role) => string): Variant['page'] {
  return (text, gold) => {
    const lines = text.split('\n');
    const marks = titleLines(lines, gold);
    return lines.map((l, i) => (roles.includes(marks.get(i)!) ? wrap(l, marks.get(i)!) : l)).join('\n');
  };
}

/** Every non-blank line that is not a title, kicker or deck (a paragraph, byline, caption …). */
function onBodyLines(rewrite: (line: string) => string): Variant['page'] {
  return (text, gold) => {
    const lines = text.split('\n');
    const marks = titleLines(lines, gold);
    return lines.map((l, i) => (l.trim() && !marks.has(i) ? rewrite(l) : l)).join('\n');
  };
}

function eachLine(rewrite: (line: string) => string): Variant['page'] {
  return (text) => text.split('\n').map((l) => (l.trim() ? rewrite(l) : l)).join('\n');
}

/** A rule line of `mark` between every two articles, with a blank line on each side. */
function rulesBetween(mark: string): Variant['page'] {
  return (text, gold) => {
    const lines = text.split('\n');
    const at = new Set(articleStarts(lines, gold));
    return lines.flatMap((l, i) => (at.has(i) ? ['', mark, '', l] : [l])).join('\n');
  };
}

/** A headline's first part (up to and with its colon, or before its first space), or its first half. */
function firstPart(line: string): [string, string] {
  const t = line.trim();
  const colon = t.search(/[：:]/u);
  if (colon > 0 && colon < t.length - 1) return [t.slice(0, colon + 1), t.slice(colon + 1)];
  const space = t.indexOf(' ');
  if (space > 0) return [t.slice(0, space), t.slice(space)];
  const half = Math.ceil(t.length / 2);
  return [t.slice(0, half), t.slice(half)];
}

/** `2025年11月18日 星期二 第3版` → `2025-11-18 星期二 第3版`: only a line that names the weekday or the page. */
function isoDateLine(line: string): string {
  if (!/星期|周[一二三四五六日]|第[\d一二三四五六七八九十A-H]{1,3}版/u.test(line)) return line;
  return line.replace(/(\d{4})年(\d{1,2})月(\d{1,2})日/u, (_m, y: string, mo: string, d: string) => `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`);
}

function boldPart(line: string): string {
  const [a, b] = firstPart(line);
  return `**${a}**${b}`;
}

const ASCII_QUOTES: Record<string, string> = { '“': '"', '”': '"', '‘': "'", '’': "'" };
const asciiQuotes = (s: string) => s.replace(/[“”‘’]/gu, (c) => ASCII_QUOTES[c]!);
const TO_ASCII: Record<string, string> = { '：': ':', '（': '(', '）': ')', '！': '!', '？': '?' };
const TO_WIDE: Record<string, string> = { ':': '：', '(': '（', ')': '）', '!': '！', '?': '？' };
/** `&` as an HTML export escapes it, an entity already written left alone. */
const ampEscape = (s: string) => s.replace(/&(?!(?:[a-z]+|#\d+|#x[0-9a-f]+);)/giu, '&amp;');
/** The headline's leading name as a topic tag: `沁源县：一条公路…` → `#沁源县# 一条公路…`. */
function hashTag(title: string): string {
  const m = /^([^：:\s#]{2,8})[：:\s]+(.+)$/u.exec(title.trim());
  return m ? `#${m[1]}# ${m[2]}` : title;
}

export const VARIANTS: Variant[] = [
  { name: 'bold-titles', about: 'headlines, kickers and decks in **…**', page: onRoles(['headline', 'kicker', 'deck'], (l) => `**${l.trim()}**`) },
  {
    name: 'bold-part',
    about: "a one-line headline's first part in **…** (**沁源县：**一条公路…), text as typed: the gold title has it too",
    page: (text, gold) => {
      const titles = new Set(gold.articles.flatMap((a) => (a.title ? [a.title.trim()] : [])));
      return text.split('\n').map((l) => (titles.has(l.trim()) ? boldPart(l) : l)).join('\n');
    },
    gold: (g, text) => {
      const lines = new Set(text.split('\n').map((l) => l.trim()));
      return { ...g, articles: g.articles.map((a) => (a.title && lines.has(a.title.trim()) ? { ...a, title: boldPart(a.title) } : a)) };
    },
  },
  { name: 'italic-titles', about: 'headlines, kickers and decks in Markdown italic *…*', page: onRoles(['headline', 'kicker', 'deck'], (l) => `*${l.trim()}*`) },
  { name: 'strong-titles', about: 'headlines, kickers and decks in <strong>…</strong>', page: onRoles(['headline', 'kicker', 'deck'], (l) => `<strong>${l.trim()}</strong>`) },
  {
    name: 'bracket-kickers',
    about: 'a kicker that is a column name (a few Chinese characters, no quote or comma) in 【…】',
    page: onRoles(['kicker'], (l) => (/^【.*】$/u.test(l.trim()) || !/^[\p{Script=Han}·・\s]{2,8}$/u.test(bareKicker(l)) ? l : `【${bareKicker(l)}】`)),
  },
  {
    name: 'md-headings',
    about: 'a Markdown export: # before a headline printed on one line',
    page: (text, gold) => {
      const titles = new Set(gold.articles.flatMap((a) => (a.title ? [squash(a.title)] : [])));
      return text.split('\n').map((l) => (titles.has(squash(l)) ? `# ${l.trim()}` : l)).join('\n');
    },
  },
  {
    name: 'hash-in-headline',
    about: "a headline's leading name as a topic tag (#沁源县# 一条公路…): the tag is the headline's kicker, as the page gold reads one",
    page: (text, gold) => {
      const titles = new Set(gold.articles.flatMap((a) => (a.title && !a.kicker ? [a.title.trim()] : [])));
      return text.split('\n').map((l) => (titles.has(l.trim()) ? hashTag(l) : l)).join('\n');
    },
    // Only a headline printed on one line, of an article with no kicker, is changed on the page, so only its gold:
    // a topic tag before a headline on its line is its kicker (tests/fixtures/pages/README.md). No expectation is
    // added, so the variant's total stays the original's.
    gold: (g, text) => {
      const lines = new Set(text.split('\n').map((l) => l.trim()));
      const tagged = (a: GoldArticle) => a.title !== undefined && !a.kicker && lines.has(a.title.trim()) && hashTag(a.title) !== a.title;
      const kicker = (t: string) => hashTag(t).split(' ')[0]!;
      return {
        ...g,
        articles: g.articles.map((a) => (tagged(a) ? { ...a, kicker: kicker(a.title!), title: hashTag(a.title!).slice(kicker(a.title!).length + 1) } : a)),
      };
    },
  },
  {
    name: 'byline-colon',
    about: 'a byline line with a colon after its first role (本报记者：张三)',
    page: onRoles(['byline'], (l) => l.replace(/^([\s\u3000]*(?:本报)?(?:记者|通讯员))[\s\u3000]+(?=\p{Script=Han})/u, '$1：')),
  },
  {
    name: 'dateline-iso',
    about: "a page's date line with its date as 2025-11-18 (星期 and 版 kept)",
    page: eachLine(isoDateLine),
    gold: (g) => ({ ...g, furniture: g.furniture.map(isoDateLine) }),
  },
  {
    name: 'dateline-dots',
    about: "a page's date line with its date as 2025.11.18",
    page: eachLine((l) => isoDateLine(l).replace(/(\d{4})-(\d{2})-(\d{2})/u, '$1.$2.$3')),
    gold: (g) => ({ ...g, furniture: g.furniture.map((l) => isoDateLine(l).replace(/(\d{4})-(\d{2})-(\d{2})/u, '$1.$2.$3')) }),
  },
  {
    name: 'credit-slash',
    about: 'a photo credit `本报记者 张三 摄` printed `张三/摄`',
    page: eachLine((l) => l.replace(/(?:本报)?(?:记者|通讯员)[\s\u3000]+(\p{Script=Han}{2,3}|\p{Script=Han}[\s\u3000]\p{Script=Han})[\s\u3000]*摄$/u, (_m, n: string) => `${n.replace(/[\s\u3000]/gu, '')}/摄`)),
    gold: (g) => {
      const f = (s: string) => s.replace(/(?:本报)?(?:记者|通讯员)[\s\u3000]+(\p{Script=Han}{2,3}|\p{Script=Han}[\s\u3000]\p{Script=Han})[\s\u3000]*摄$/u, (_m, n: string) => `${n.replace(/[\s\u3000]/gu, '')}/摄`);
      return { ...g, articles: g.articles.map((a) => ({ ...a, ...(a.byline && { byline: f(a.byline) }), excludes: a.excludes.map(f) })) };
    },
  },
  { name: 'deck-bars', about: "a deck's —— printed as a GBK export's ―― (horizontal bars)", page: onRoles(['deck'], (l) => l.replace(/^([\s\u3000]*)—{1,2}/u, '$1――')) },
  { name: 'ascii-quotes', about: '“” ‘’ printed as ASCII " \'', page: (t) => asciiQuotes(t), gold: everyString(asciiQuotes) },
  { name: 'ascii-punct', about: 'full-width ：（）！？ printed as ASCII', page: (t) => t.replace(/[：（）！？]/gu, (c) => TO_ASCII[c]!) },
  {
    name: 'wide-punct',
    about: 'ASCII : ( ) ! ? in Chinese lines printed full-width',
    page: eachLine((l) => (CJK.test(l) ? l.replace(/[:()!?](?!\/\/)/gu, (c) => TO_WIDE[c]!) : l)),
  },
  { name: 'amp-entity', about: '& escaped as &amp;', page: (t) => ampEscape(t), gold: everyString(ampEscape) },
  { name: 'rule-dashes', about: 'a --- rule line between articles', page: rulesBetween('---') },
  { name: 'rule-stars', about: 'a *** rule line between articles', page: rulesBetween('***') },
  { name: 'rule-equals', about: 'a === rule line between articles', page: rulesBetween('===') },
  { name: 'no-blank-lines', about: 'every blank line removed', page: (t) => t.split('\n').filter((l) => l.trim()).join('\n') + '\n' },
  { name: 'double-blank-lines', about: 'every blank line doubled', page: (t) => t.replace(/\n\n/gu, '\n\n\n') },
  { name: 'crlf', about: 'CRLF line ends', page: (t) => t.replace(/\n/gu, '\r\n') },
  { name: 'trailing-spaces', about: 'spaces and a tab after each line', page: eachLine((l) => `${l}  \t`) },
  { name: 'nbsp-indent', about: 'two no-break spaces before every line', page: eachLine((l) => `\u00a0\u00a0${l}`) },
  { name: 'wide-indent', about: 'paragraphs indented with 　　 (首行缩进)', page: onBodyLines((l) => `\u3000\u3000${l}`) },
  { name: 'tabs', about: 'paragraphs indented with a tab, spaces in lines as tabs', page: eachLine((l) => (CJK.test(l) ? `\t${l.replace(/ /gu, '\t')}` : l)) },
  { name: 'html-p', about: 'every line in <p>…</p>', page: eachLine((l) => `<p>${l}</p>`) },
  { name: 'br-lines', about: 'every line ended with <br>', page: eachLine((l) => `${l}<br>`) },
];

/** The gold with `f` applied to every string it compares with the page's text. */
export function everyString(f: (s: string) => string): (g: GoldPage) => GoldPage {
  const opt = (s: string | undefined) => (s === undefined ? s : f(s));
  return (g) => ({
    ...g,
    furniture: g.furniture.map(f),
    once: g.once.map(f),
    articles: g.articles.map((a) => ({
      ...a,
      title: opt(a.title),
      kicker: opt(a.kicker),
      subtitle: opt(a.subtitle),
      byline: opt(a.byline),
      starts: opt(a.starts),
      captions: a.captions.map(f),
      contains: a.contains.map(f),
      excludes: a.excludes.map(f),
      adjacent: a.adjacent.map(([x, y]) => [f(x), f(y)] as [string, string]),
      figures: a.figures.map((fig) => ({ ...fig, text: f(fig.text), label: f(fig.label), keys: fig.keys.map(f) })),
    })),
  });
}

function bareKicker(line: string): string {
  return line.trim().replace(/^[【〔[](.*)[】〕\]]$/u, '$1');
}
