// The project's English glossary, content/glossary.yaml, read and checked once per process. Read with
// node:fs from the project root (the working directory of `astro build`, vitest and the npm scripts) so
// the same module serves pages, tests and plain-Node scripts such as scripts/glossary/coverage.ts.
// (The dev server therefore picks up glossary edits on restart, not live.)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { makeEnglish, type English, type FigureForEnglish } from './glossary/english.ts';
import { GlossaryError, parseGlossaryYaml, type EnglishGlossary } from './glossary/schema.ts';

export { GlossaryError, makeEnglish, parseGlossaryYaml };
export type { English, EnglishGlossary, FigureForEnglish };

/** Where the glossary lives, relative to the project root. */
export const GLOSSARY_FILE = 'content/glossary.yaml';

/** Reads and checks the glossary under `root`; throws a GlossaryError naming the problem. */
export function loadGlossary(root: string = process.cwd()): EnglishGlossary {
  const path = resolve(root, GLOSSARY_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file does not exist' : String(error);
    throw new GlossaryError(`${GLOSSARY_FILE}: cannot read ${path} (${reason}). Run the build from the project root.`);
  }
  return parseGlossaryYaml(GLOSSARY_FILE, text.replace(/^\uFEFF/, ''));
}

let english: English | undefined;

/** The English helpers over the project glossary, loaded on first use. */
export function getEnglish(): English {
  english ??= makeEnglish(loadGlossary());
  return english;
}

export const subjectEn = (zh: string): string | undefined => getEnglish().subjectEn(zh);
export const unitEn = (unit: string, count: number): string => getEnglish().unitEn(unit, count);
export const regionEn = (zh: string): string | undefined => getEnglish().regionEn(zh);
export const topicEn = (topic: string): string | undefined => getEnglish().topicEn(topic);
export const termEn = (zh: string): string | undefined => getEnglish().termEn(zh);
export const englishFigure = (record: FigureForEnglish): string => getEnglish().englishFigure(record);
