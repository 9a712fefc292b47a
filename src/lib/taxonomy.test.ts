import { describe, expect, it } from 'vitest';
import { english, GLOSSARY_YAML } from './content/english-fixture.ts';
import { makeEnglish, parseGlossaryYaml } from './glossary.ts';
import { canteenInvestment, heatedArea, museumStudents } from './content/fixtures.ts';
import { figureSubject } from './figure-label.ts';
import { regionLabel, regionSlug, slugify, topicLabel } from './taxonomy.ts';

describe('regions', () => {
  it('slugs a region by its English name', () => {
    expect(regionSlug('壶关县')).toBe('huguan-county');
    expect(regionSlug('翟店街道')).toBe('zhaidian-subdistrict');
    expect(regionSlug('辛安泉镇')).toBe('xinanquan-town');
    expect(slugify("Xin'anquan Town")).toBe('xinanquan-town');
  });

  it('spells a region the lexicon does not know in pinyin', () => {
    expect(regionLabel('en', '贾村')).toBe('Jiacun');
    expect(regionLabel('zh', '贾村')).toBe('贾村');
  });

  it('names a place outside the gazetteer by the glossary, not in pinyin whole', () => {
    expect(regionLabel('en', '山西省')).toBe('Shanxi Province');
    expect(regionSlug('山西省')).toBe('shanxi-province');
  });

  it('labels topics in both languages', () => {
    expect(topicLabel('zh', 'elderly-care')).toBe('养老');
    expect(topicLabel('en', 'elderly-care')).toBe('Elderly care');
  });
});

describe('figureSubject', () => {
  it('labels a figure by the glossary in English and by its subject in Chinese', () => {
    expect(figureSubject('en', canteenInvestment, english)).toEqual({ text: 'investment in renovating school canteens', lang: 'en', fromGlossary: true });
    expect(figureSubject('zh', canteenInvestment, english)).toEqual({ text: '学校食堂改造投入', lang: 'zh' });
  });

  it("falls back to the measure's label, else keeps the Chinese marked as Chinese", () => {
    expect(figureSubject('en', { ...heatedArea, subject: '供热区域' }, english)).toEqual({ text: 'Area heated', lang: 'en' });
    expect(figureSubject('en', { ...museumStudents, subject: '大学生代表' }, english)).toEqual({ text: '大学生代表', lang: 'zh' });
    expect(figureSubject('en', museumStudents, english)).toEqual({ text: '70多名', lang: 'zh' });
  });

  it('shows the label that defines the number in Chinese, and its English where the glossary has none', () => {
    const described = { ...heatedArea, subject: '供热区域', label: '新建改造供热管网', label_en: 'Heating network built or upgraded' };
    expect(figureSubject('zh', described, english)).toEqual({ text: '新建改造供热管网', lang: 'zh' });
    expect(figureSubject('en', described, english)).toEqual({ text: 'Heating network built or upgraded', lang: 'en' });
    expect(figureSubject('en', { ...museumStudents, label: '邀请返乡大学生' }, english)).toEqual({ text: '邀请返乡大学生', lang: 'zh' });
  });

  it('takes the English that says what the Chinese label says: the series name where the subject\'s phrase drops 改造', () => {
    const glossary = makeEnglish(parseGlossaryYaml('test', GLOSSARY_YAML.replace('\nregions:', '\n  背街小巷: back streets and alleys\nregions:')));
    const streets = { ...heatedArea, subject: '背街小巷', label: '背街小巷改造', label_en: 'Back streets and alleys renovated' };
    expect(figureSubject('en', streets, glossary)).toEqual({ text: 'Back streets and alleys renovated', lang: 'en' });
    expect(figureSubject('en', { ...streets, label: '背街小巷' }, glossary)).toEqual({ text: 'back streets and alleys', lang: 'en', fromGlossary: true });
  });

  it('shows the Chinese, not an English that drops what reverses the number (减免 waived, 减少 reduced, 节省 saved)', () => {
    const glossary = makeEnglish(parseGlossaryYaml('test', GLOSSARY_YAML.replace('\nregions:', '\n  学杂费: tuition fees\n  用水量: water use\nregions:')));
    const fees = { ...heatedArea, subject: '学杂费', label: '困难学生减免学杂费' };
    expect(figureSubject('en', fees, glossary)).toEqual({ text: '困难学生减免学杂费', lang: 'zh' });
    expect(figureSubject('en', { ...fees, label_en: 'Tuition fees waived for students in hardship' }, glossary)).toEqual({ text: 'Tuition fees waived for students in hardship', lang: 'en' });
    expect(figureSubject('en', { ...fees, label: '学杂费' }, glossary)).toEqual({ text: 'tuition fees', lang: 'en', fromGlossary: true });
    const water = { ...heatedArea, subject: '用水量', label: '节约用水量' };
    expect(figureSubject('en', water, glossary)).toEqual({ text: '节约用水量', lang: 'zh' });
    expect(figureSubject('en', { ...water, label: '企业用水量同比减少' }, glossary)).toEqual({ text: '企业用水量同比减少', lang: 'zh' });
  });
});
