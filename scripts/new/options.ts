// The options of `npm run new`, checked before anything is written: a wrong topic, language or
// translation target is named with what to write instead. Pure: the CLI reads the content folder and
// passes what it found (ids in use, the Chinese articles a translation may point to).
import { closest, distance } from 'fastest-levenshtein';
import { placesNamed } from '../../src/domain/places/gazetteer.ts';
import { placeKey, regionKey } from '../../src/domain/places/regions.ts';
import { TOPICS, type Topic } from '../../src/domain/topics.ts';

export const USAGE = `usage: npm run new -- --title "…" [--region 壶关县] [--topic heating] [--lang zh|en]
                      [--translation-of <id>] [--id <id>] [--year 2025] [--mdx] [--draft] [--content DIR]
  --title           the article's title (for a translation: the English title)
  --region          a place the article is about, in Chinese; repeat for several
  --topic           one of ${TOPICS.join(', ')}; repeat for several
  --lang            zh (default) or en; en needs --translation-of
  --translation-of  the id of the Chinese article this one translates (implies --lang en)
  --id              the id (URL segment) to use instead of one made from the title
  --year            the year the report is about
  --mdx             write .mdx (for charts in the text) instead of .md
  --draft           keep the article out of the site until you set draft: false
  --content DIR     the content folder (default: content)`;

export interface NewArticleRequest {
  title: string;
  lang: 'zh' | 'en';
  regions: string[];
  topics: Topic[];
  translationOf?: string;
  id?: string;
  year?: number;
  format: 'md' | 'mdx';
  draft: boolean;
}

export interface RawOptions {
  title?: string;
  region?: string[];
  topic?: string[];
  lang?: string;
  'translation-of'?: string;
  id?: string;
  year?: string;
  mdx?: boolean;
  draft?: boolean;
}

export type Checked = { ok: true; request: NewArticleRequest; warnings: string[] } | { ok: false; errors: string[] };

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** `chineseIds`: the ids of the Chinese articles in content/, which a translation must name. */
export function checkOptions(raw: RawOptions, chineseIds: ReadonlySet<string>): Checked {
  const errors: string[] = [];
  const warnings: string[] = [];
  const title = raw.title?.trim();
  if (!title) errors.push('--title is missing: give the article\'s title, e.g. --title "壶关县供热管网改造完工".');

  const translationOf = raw['translation-of']?.trim();
  const lang = raw.lang ?? (translationOf ? 'en' : 'zh');
  if (lang !== 'zh' && lang !== 'en') errors.push(`--lang ${lang}: write zh or en.`);
  if (translationOf && lang === 'zh') errors.push('--translation-of makes an English translation: leave out --lang zh (or write --lang en).');
  if (translationOf && !chineseIds.has(translationOf)) {
    const near = nearest(translationOf, [...chineseIds]);
    errors.push(`--translation-of ${translationOf}: there is no Chinese article with that id in content/articles/zh/.${near ? ` Did you mean ${near}?` : ''}`);
  }

  const topics: Topic[] = [];
  for (const topic of raw.topic ?? []) {
    if ((TOPICS as readonly string[]).includes(topic)) topics.push(topic as Topic);
    else {
      const near = nearest(topic, TOPICS);
      errors.push(`--topic ${topic}: not a topic.${near ? ` Did you mean ${near}?` : ''} Write one of: ${TOPICS.join(', ')}.`);
    }
  }
  if (translationOf && (raw.topic?.length || raw.region?.length)) {
    warnings.push('--topic and --region are left out of a translation: the English page shows those of the Chinese article.');
  }
  // A place is written under its key (史回镇 → 潞城区史回镇), as ingest writes it.
  const asWritten = translationOf ? [] : (raw.region ?? []).map((r) => r.trim()).filter(Boolean);
  const regions = [...new Set(asWritten.map((r) => regionKey(r) ?? r))];
  for (const region of regions.filter((r) => regionKey(r) === undefined)) {
    const several = placesNamed(region).map(placeKey);
    if (several.length > 1) warnings.push(`--region ${region}: two places have this name (${several.join(', ')}); kept as written — write one of them.`);
    else warnings.push(`--region ${region}: not a place the region list knows (the gazetteer, src/domain/places/gazetteer-data.ts); kept as written, and its English name will be its pinyin.`);
  }

  if (raw.id !== undefined && !ID.test(raw.id)) errors.push(`--id ${raw.id}: write lower-case letters, digits and single hyphens, e.g. --id hu-guan-gong-re.`);
  if (raw.id !== undefined && translationOf) errors.push('--id is not used with --translation-of: a translation has the id of its Chinese article.');

  let year: number | undefined;
  if (raw.year !== undefined) {
    year = Number(raw.year);
    if (!/^\d{4}$/.test(raw.year) || year < 1900 || year > 2100) errors.push(`--year ${raw.year}: write a four-digit year, e.g. --year 2025.`);
  }

  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    warnings,
    request: {
      title: title!,
      lang: lang as 'zh' | 'en',
      regions,
      topics: translationOf ? [] : [...new Set(topics)],
      translationOf,
      id: raw.id,
      year: translationOf ? undefined : year,
      format: raw.mdx ? 'mdx' : 'md',
      draft: raw.draft ?? false,
    },
  };
}

function nearest(value: string, choices: readonly string[]): string | undefined {
  if (!choices.length) return undefined;
  const best = closest(value.toLowerCase(), [...choices]);
  return distance(value.toLowerCase(), best) <= Math.max(1, Math.floor(best.length / 3)) ? best : undefined;
}
