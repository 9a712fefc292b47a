import { describe, expect, it } from 'vitest';
import { sourceHashOf } from '../../domain/translation.ts';
import { articleSchema } from '../../domain/article.ts';
import { buildCatalog } from './catalog.ts';
import { huguanZh, museumEn, museumZh, shangdangZh } from './fixtures.ts';
import { english } from './english-fixture.ts';
import { englishTitle, localise, type TermLookup } from './localise.ts';

const NO_TERMS: TermLookup = () => undefined;
const TERMS: TermLookup = (zh) => english.termEn(zh);

const hash = sourceHashOf({ title: museumZh.data.title, body: museumZh.body! });
const catalog = buildCatalog([museumZh, museumEn(hash), huguanZh, shangdangZh], new Map());
const record = (id: string) => catalog.byId.get(id)!;

describe('englishTitle', () => {
  it("uses the translator's title", () => {
    expect(englishTitle(record('shi-bo-wu-guan-yao-qing-fan-xiang'), NO_TERMS)).toEqual({
      text: 'City museum invites students home for the holidays to a forum on its heritage work',
      lang: 'en',
    });
  });

  it('uses the glossary for an untranslated article, and says so', () => {
    const terms: TermLookup = (zh) => (zh === '民生为本 幸福生活成色足' ? 'Livelihoods first' : undefined);
    expect(englishTitle(record('min-sheng-wei-ben-xing-fu-sheng-huo'), terms)).toEqual({ text: 'Livelihoods first', lang: 'en', fromGlossary: true });
  });

  it('falls back to the Chinese title marked as Chinese, never silently', () => {
    expect(englishTitle(record('min-sheng-wei-ben-xing-fu-sheng-huo'), NO_TERMS)).toEqual({ text: '民生为本 幸福生活成色足', lang: 'zh' });
  });
});

describe('localise', () => {
  it('renders the English body only when there is a translation', () => {
    expect(localise(record('shi-bo-wu-guan-yao-qing-fan-xiang'), 'en', NO_TERMS)).toMatchObject({ bodyLang: 'en', lang: 'en' });
    const huguan = localise(record('min-sheng-wei-ben-xing-fu-sheng-huo'), 'en', NO_TERMS);
    expect(huguan.bodyLang).toBe('zh');
    expect(huguan.subtitle).toEqual({ text: '壶关县精准施策织密织牢民生保障网', lang: 'zh' });
  });

  it('gives tags in the page language with slugs from the English names, city first', () => {
    const shangdang = localise(record('ban-hao-min-sheng-shi-shi-shu-xie'), 'en', NO_TERMS);
    expect(shangdang.regionTags[0]).toEqual({ key: '上党区', label: 'Shangdang District', slug: 'shangdang-district' });
    expect(shangdang.regionTags.map((t) => t.slug)).toContain('xichi-township');
    expect(shangdang.topicTags[0]).toEqual({ key: 'education', label: 'Education', slug: 'education' });
    const zh = localise(record('ban-hao-min-sheng-shi-shi-shu-xie'), 'zh', NO_TERMS);
    expect(zh.regionTags[0]).toEqual({ key: '上党区', label: '上党区', slug: 'shangdang-district' });
    expect(zh.topicTags[0]!.label).toBe('教育');
  });

  it('shows an English-only article on Chinese pages with its English title marked English, never as Chinese text', () => {
    const heatingEn = {
      id: 'en/huguan-keeps-warm',
      body: '\nHuguan built and renewed 38.1 km of heating pipes and 12 heat-exchange stations.\n',
      data: articleSchema.parse({ title: 'Huguan keeps warm', subtitle: 'New pipes for old estates', lang: 'en', regions: ['壶关县'], topics: ['heating'] }),
    };
    const enOnly = buildCatalog([heatingEn], new Map()).byId.get('huguan-keeps-warm')!;
    const zh = localise(enOnly, 'zh', TERMS);
    expect(zh).toMatchObject({ lang: 'zh', bodyLang: 'en', title: { text: 'Huguan keeps warm', lang: 'en' }, subtitle: { text: 'New pipes for old estates', lang: 'en' } });
    expect(zh.topicTags[0]!.label).toBe('供热');
    expect(zh.regionTags[0]!.label).toBe('壶关县');
    const en = localise(enOnly, 'en', TERMS);
    expect(en).toMatchObject({ bodyLang: 'en', title: { text: 'Huguan keeps warm', lang: 'en' } });
    expect(en.body).toBe(heatingEn);
  });

  it("gives an untranslated kicker the glossary's English where it has some", () => {
    const huguan = localise(record('min-sheng-wei-ben-xing-fu-sheng-huo'), 'en', TERMS);
    expect(huguan.kicker).toEqual({ text: 'Plan well, lay out well, serve the people', lang: 'en', fromGlossary: true });
    expect(huguan.title.lang).toBe('zh');
  });
});
