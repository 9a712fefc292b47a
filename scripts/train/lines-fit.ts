// Fitting the line model (scripts/ingest/learn/lines-model.ts): logistic regression by full-batch gradient
// descent from zero weights, a fixed number of steps, an L2 penalty on every weight but the bias, weights
// rounded to four places. No randomness, so the same examples give the same model on any machine.
export interface Example {
  x: number[];
  y: 0 | 1;
}

const STEPS = 1500;
const RATE = 0.5;
const L2 = 1e-3;

export function fitLogistic(examples: readonly Example[], size: number): number[] {
  const w = new Array<number>(size).fill(0);
  const m = examples.length;
  if (m === 0) return w;
  const grad = new Array<number>(size);
  for (let step = 0; step < STEPS; step++) {
    grad.fill(0);
    for (const { x, y } of examples) {
      let z = 0;
      for (let k = 0; k < size; k++) z += w[k]! * x[k]!;
      const err = 1 / (1 + Math.exp(-z)) - y;
      for (let k = 0; k < size; k++) grad[k]! += err * x[k]!;
    }
    for (let k = 0; k < size; k++) w[k] = w[k]! - RATE * (grad[k]! / m + (k === 0 ? 0 : L2 * w[k]!));
  }
  return w.map((v) => Math.round(v * 1e4) / 1e4 + 0);
}
