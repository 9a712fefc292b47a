// A learned model of P(a line opens an article's title) from the line's form and neighbours (lines.ts): a
// logistic regression over LINE_FEATURES, its weights trained from the dev pages' gold by `npm run train`
// (scripts/train/lines.ts) into lines-model.json beside this file. Read once; a model may also be passed in (the
// trainer's folds score pages with a model trained without them).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LINE_FEATURES, lineFeatures, type PageLines } from './lines.ts';

export interface LineModel {
  /** What the model predicts and how it was trained (for a reader of the JSON). */
  about: string;
  /** The dev pages left out of training (a pattern of page names), as the trainer was told. */
  exclude?: string;
  /** The feature names, in the order of `weights`; a model of other features is refused. */
  features: string[];
  weights: number[];
  /** Pages and lines trained on, titles among them. */
  trainedOn: { pages: number; lines: number; titles: number };
}

export const MODEL_FILE = join(import.meta.dirname, 'lines-model.json');

let loaded: LineModel | undefined;

/** The committed model. */
export function lineModel(): LineModel {
  loaded ??= checkModel(JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as LineModel);
  return loaded;
}

export function checkModel(model: LineModel): LineModel {
  if (model.features.length !== LINE_FEATURES.length || model.features.some((f, k) => f !== LINE_FEATURES[k])) {
    throw new Error(`${MODEL_FILE}: its features are not lines.ts's LINE_FEATURES: run npm run train`);
  }
  return model;
}

/** P(the vector's line opens an article's title). */
export function probability(weights: readonly number[], x: readonly number[]): number {
  let z = 0;
  for (let k = 0; k < x.length; k++) z += weights[k]! * x[k]!;
  return 1 / (1 + Math.exp(-z));
}

/** P(line `i` of the page opens an article's title), by `model` (the committed one unless given). */
export function titleProbability(page: PageLines, i: number, model: LineModel = lineModel()): number {
  return probability(model.weights, lineFeatures(page, i));
}
