import { describe, expect, it } from 'vitest';
import { UNITS } from '../../domain/units.ts';
import { loadGlossary } from '../glossary.ts';
import { GlossaryError, parseGlossaryYaml } from './schema.ts';

const FILE = 'content/glossary.yaml';

function problem(text: string): string {
  try {
    parseGlossaryYaml(FILE, text);
  } catch (error) {
    expect(error).toBeInstanceOf(GlossaryError);
    return (error as Error).message;
  }
  throw new Error('expected the glossary to be rejected');
}

describe('parseGlossaryYaml', () => {
  it('reads every section, subjects as text or with nouns', () => {
    const g = parseGlossaryYaml(
      FILE,
      `units:
  公里: { one: kilometre, other: kilometres, symbol: km }
subjects:
  供热管网: heating network
  企业: { en: businesses, one: business, other: businesses }
regions:
  长治市: Changzhi City
topics:
  heating: District heating
terms:
  市博物馆: Changzhi Museum
`,
    );
    expect(g.units['公里']).toEqual({ one: 'kilometre', other: 'kilometres', symbol: 'km' });
    expect(g.subjects['供热管网']).toEqual({ en: 'heating network' });
    expect(g.subjects['企业']).toEqual({ en: 'businesses', one: 'business', other: 'businesses' });
    expect(g.regions['长治市']).toBe('Changzhi City');
    expect(g.topics.heating).toBe('District heating');
    expect(g.terms['市博物馆']).toBe('Changzhi Museum');
  });

  it('accepts an empty file and empty sections', () => {
    expect(parseGlossaryYaml(FILE, '').subjects).toEqual({});
    expect(parseGlossaryYaml(FILE, 'regions: {}\ntopics:\n').regions).toEqual({});
  });

  it('names line, section and key of a unit with a missing field, and says what to write', () => {
    const message = problem('units:\n  元: { one: yuan, other: yuan }\n  公里: { one: kilometre }\n');
    expect(message).toContain('content/glossary.yaml: 1 problem(s)');
    expect(message).toContain('line 3: section "units", key "公里": field "other" is missing');
    expect(message).toContain('write { one: kilometre, other: kilometres }');
  });

  it('rejects a misspelt field and a wrong symbol position', () => {
    expect(problem('units:\n  公里: { one: km, other: km, symbl: km }\n')).toContain('unknown field(s) "symbl"');
    expect(problem('units:\n  公里: { one: km, symbl: km }\n')).toContain('field "other" is missing; unknown field(s) "symbl"');
    expect(problem('units:\n  元: { one: yuan, other: yuan, symbol: ¥, position: front }\n')).toContain(
      'field "position" is string "front" but must be one of "before", "after", "joined"',
    );
  });

  it('rejects a subject with an empty English or with only one of its nouns', () => {
    expect(problem("subjects:\n  供热管网: ''\n")).toContain('section "subjects", key "供热管网": the English is empty');
    expect(problem('subjects:\n  企业: { en: businesses, one: business }\n')).toContain('give both "one" and "other"');
    expect(problem('subjects:\n  企业: [businesses]\n')).toContain('expected an English phrase or { en: …, one: …, other: … }, found a list');
  });

  it('rejects a topic key that is not a topic, and a region written as a mapping', () => {
    expect(problem('topics:\n  sport: Sport\n')).toContain('"sport" is not a topic; the topics are education, health');
    expect(problem('regions:\n  长治市: { en: Changzhi }\n')).toContain('section "regions", key "长治市": expected text, found a mapping');
  });

  it('rejects an unknown section, a section that is not a mapping, and a key written twice', () => {
    expect(problem('subject:\n  供热管网: heating network\n')).toContain('unknown section "subject"; the sections are units, subjects');
    expect(problem('subjects: heating network\n')).toContain('section "subjects" must be a list of key: value entries');
    expect(problem('subjects:\n  企业: firms\n  企业: businesses\n')).toMatch(/is not valid YAML:\n {2}- line 3: Map keys must be unique/);
  });

  it('lists every problem at once', () => {
    const message = problem('units:\n  公里: { one: km }\nsubjects:\n  企业: 3\n');
    expect(message).toContain('2 problem(s)');
    expect(message).toContain('key "企业": expected an English phrase');
  });
});

describe('the project glossary', () => {
  const glossary = loadGlossary();

  it('loads without problems', () => {
    expect(Object.keys(glossary.subjects).length).toBeGreaterThan(100);
  });

  it('is reported by name when it cannot be read', () => {
    expect(() => loadGlossary('/nonexistent-project')).toThrow(
      /^content\/glossary\.yaml: cannot read \/nonexistent-project\/content\/glossary\.yaml \(the file does not exist\)/,
    );
  });

  it('has English for every unit the extractor records', () => {
    const recorded = new Set([...UNITS].map(([unit, info]) => info.base ?? unit));
    const missing = [...recorded].filter((unit) => !glossary.units[unit]);
    expect(missing).toEqual([]);
  });
});
