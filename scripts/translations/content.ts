// The articles of a content folder as the translation commands need them: each Chinese article cut into
// units with its source hash, and its English translation (a file in content/articles/en with
// `translationOf`) with its state. English originals (`lang: en`, no `translationOf`) are not
// translations and are left out. Read once per command; everything downstream is pure.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readFrontmatter } from '../ingest/frontmatter.ts';
import { bodyOf, sourceHashOf, type TranslationState } from '../../src/domain/translation.ts';
import { cutArticle, type CutArticle } from './units.ts';

export interface ContentFile {
  id: string;
  path: string;
  text: string;
  data: Record<string, unknown>;
}

export interface ArticlePair {
  id: string;
  zh: ContentFile & { cut: CutArticle; hash: string };
  en?: ContentFile & { cut: CutArticle };
  state: TranslationState;
}

export async function readLang(contentDir: string, lang: string): Promise<ContentFile[]> {
  const dir = join(contentDir, 'articles', lang);
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => /\.mdx?$/.test(n)).sort();
  return Promise.all(
    names.map(async (name) => {
      const path = join(dir, name);
      const text = await readFile(path, 'utf8');
      return { id: name.replace(/\.mdx?$/, ''), path, text, data: readFrontmatter(text) ?? {} };
    }),
  );
}

/** The source hash of a Chinese file, as the site and the stamp compute it. */
export function hashOfFile(file: ContentFile): string {
  const subtitle = typeof file.data.subtitle === 'string' ? file.data.subtitle : undefined;
  return sourceHashOf({ title: String(file.data.title ?? ''), subtitle, body: bodyOf(file.text) });
}

/** Every published Chinese article with its translation, if any. */
export async function readPairs(contentDir: string): Promise<ArticlePair[]> {
  const [zh, en] = await Promise.all([readLang(contentDir, 'zh'), readLang(contentDir, 'en')]);
  const byOriginal = new Map(en.filter((f) => typeof f.data.translationOf === 'string').map((f) => [f.data.translationOf as string, f]));
  return zh
    .filter((f) => f.data.draft !== true)
    .map((f) => {
      const hash = hashOfFile(f);
      const english = byOriginal.get(f.id);
      const state: TranslationState = !english ? 'missing' : english.data.sourceHash === hash ? 'translated' : 'outdated';
      return { id: f.id, zh: { ...f, cut: cutArticle(f.text), hash }, en: english && { ...english, cut: cutArticle(english.text) }, state };
    });
}

/** A figure as the translation tools need it: which paragraph, as printed, and its value. */
export interface FigureLike {
  paragraph: number;
  text: string;
  value: number;
}

/** The figures of a Chinese article: its figure file (content/figures/<id>.json) and any in its frontmatter. */
export async function readFigures(contentDir: string, pair: ArticlePair): Promise<FigureLike[]> {
  const text = await readFile(join(contentDir, 'figures', `${pair.id}.json`), 'utf8').catch(() => '[]');
  const fromFile = JSON.parse(text) as FigureLike[];
  const fromFrontmatter = Array.isArray(pair.zh.data.figures) ? (pair.zh.data.figures as FigureLike[]) : [];
  return [...fromFile, ...fromFrontmatter];
}
