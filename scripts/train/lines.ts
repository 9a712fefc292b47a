// `npm run train` (lines): the line model (scripts/ingest/learn/lines-model.json) from the dev pages' gold. Each
// dev page is read by ingest to its segments, its blocks labelled by the gold (lines-gold.ts: a line opens a title
// or not; a line that opens an untitled article is left out), each block's features taken (learn/lines.ts), and a
// logistic regression fitted (lines-fit.ts). `--exclude PATTERN` leaves pages out by name (the blind pages of a
// session); the model records it, so its test retrains the same way. `--check` writes nothing and exits 1 when the
// committed model is not what the gold trains.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGold, type GoldPage } from '../eval/gold.ts';
import { isHeadCandidate, LINE_FEATURES, lineFeatures } from '../ingest/learn/lines.ts';
import { MODEL_FILE, type LineModel } from '../ingest/learn/lines-model.ts';
import { labelPage, type LabelledPage } from './lines-gold.ts';
import { fitLogistic, type Example } from './lines-fit.ts';

export const DEV = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'pages', 'dev');

/** The dev pages a model trains on: all but those `exclude` names. */
export function trainingPages(exclude?: string): GoldPage[] {
  const out = exclude ? new RegExp(exclude, 'u') : undefined;
  return loadGold(DEV).filter((p) => !out?.test(p.name));
}

/** One page's training examples: its lines that may open an article after running text (isHeadCandidate). */
export function examplesOf(page: LabelledPage): Example[] {
  const { lines } = page.page;
  return lines.flatMap((_, i) => (page.labels[i] === 'start' || page.labels[i] === 'stack' || !isHeadCandidate(lines, i) ? [] : [{ x: lineFeatures(page.page, i), y: page.labels[i] === 'title' ? 1 : 0 } as Example]));
}

/** The model the labelled pages train. */
export function trainModel(pages: readonly LabelledPage[], exclude?: string): LineModel {
  const examples = pages.flatMap(examplesOf);
  return {
    about: 'P(a title-like line after running text opens an article title) from its form and neighbours: logistic regression over scripts/ingest/learn/lines.ts features, trained on the lines isHeadCandidate admits, by npm run train from the dev gold',
    ...(exclude !== undefined && { exclude }),
    features: [...LINE_FEATURES],
    weights: fitLogistic(examples, LINE_FEATURES.length),
    trainedOn: { pages: pages.length, lines: examples.length, titles: examples.filter((e) => e.y === 1).length },
  };
}

export function modelJson(model: LineModel): string {
  return `${JSON.stringify(model, null, 1)}\n`;
}

/** The committed model's exclusion, so a retrain leaves out what it left out. */
export function committedExclude(): string | undefined {
  try {
    return (JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as LineModel).exclude;
  } catch {
    return undefined;
  }
}

export function run(args: string[]): void {
  const at = args.indexOf('--exclude');
  const exclude = at >= 0 ? args[at + 1] : committedExclude();
  const model = trainModel(trainingPages(exclude).map(labelPage), exclude);
  const json = modelJson(model);
  if (args.includes('--check')) {
    const same = readFileSync(MODEL_FILE, 'utf8') === json;
    console.log(same ? 'lines model: in step with the dev gold' : 'lines model: out of step with the dev gold: run npm run train');
    if (!same) process.exitCode = 1;
    return;
  }
  writeFileSync(MODEL_FILE, json);
  console.log(`lines model: ${model.trainedOn.pages} pages, ${model.trainedOn.lines} lines, ${model.trainedOn.titles} titles → ${MODEL_FILE}`);
}

if (import.meta.main) run(process.argv.slice(2));
