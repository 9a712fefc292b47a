// figureSubject: the glossary's English of a label, the same answer each time (each caller its own object), another per
// glossary; the Chinese label on Chinese pages.
import { describe, expect, it } from 'vitest';
import { figureSubject } from './figure-label.ts';
import { makeEnglish } from './glossary/english.ts';
import { parseGlossaryYaml } from './glossary/schema.ts';

const glossary = (subjects: string) => makeEnglish(parseGlossaryYaml('test.yaml', `subjects:\n${subjects}`));

describe('figureSubject', () => {
  const figure = { text: '新建养老驿站5个', label: '养老驿站', subject: '驿站' };

  it('gives the glossary’s English of the label, the same answer each time, each caller its own object', () => {
    const english = glossary('  养老驿站: { en: elderly care stations }\n');
    const first = figureSubject('en', figure, english);
    expect(first).toEqual({ text: 'elderly care stations', lang: 'en', fromGlossary: true });
    const again = figureSubject('en', figure, english);
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
  });

  it('answers from the glossary it is given: another glossary, another English for the same record', () => {
    expect(figureSubject('en', figure, glossary('  养老驿站: { en: elderly care stations }\n')).text).toBe('elderly care stations');
    expect(figureSubject('en', figure, glossary('  养老驿站: { en: care posts for older people }\n')).text).toBe('care posts for older people');
    expect(figureSubject('en', figure, glossary('  体育公园: { en: sports parks }\n'))).toEqual({ text: '养老驿站', lang: 'zh' });
  });

  it('gives Chinese pages the Chinese label', () => {
    expect(figureSubject('zh', figure, glossary(''))).toEqual({ text: '养老驿站', lang: 'zh' });
  });
});
