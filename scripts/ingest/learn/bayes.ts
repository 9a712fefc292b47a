// A multinomial naive Bayes over weighted words: which label a bag of words goes with, learned from labelled rows
// (for a figure's topic: the words around each dev-page figure and its gold topic, scripts/train/topics.ts). Laplace
// smoothing (alpha) keeps a word never seen with a label from ruling it out, and a word counts only when it stands
// in rows of at least `minGroups` groups (pages): a word seen on one page teaches that page, not the genre. The
// model is plain data — each label's row count and word mass, each word's mass per label, rounded — so it is
// written as a small JSON with sorted keys and read back to the same numbers.

export interface Row {
  /** Each word with its weight (1 for a word of the figure's own clause, less for words further away). */
  words: ReadonlyMap<string, number>;
  label: string;
  /** What the row was drawn from (a page): a word must stand in two groups to count. */
  group: string;
}

export interface NaiveBayes {
  alpha: number;
  /** The groups (pages) the model learned from, sorted: what to train on to make it again. */
  groups: string[];
  /** Per label: how many rows carry it and the weight of all its kept words. */
  labels: Record<string, { rows: number; mass: number }>;
  /** Per kept word: its weight under each label it was seen with. */
  words: Record<string, Record<string, number>>;
}

export interface TrainOptions {
  alpha?: number;
  minGroups?: number;
  /** Decimal places kept of each weight. */
  digits?: number;
  /** The least weight a word must carry over all rows to be kept (rarer words say little and swell the file). */
  minMass?: number;
  /** The least weight of a word under one label to be written (less is left to smoothing, as never seen). */
  minEntry?: number;
}

export function trainBayes(rows: readonly Row[], options: TrainOptions = {}): NaiveBayes {
  const { alpha = 1, minGroups = 2, digits = 2, minMass = 0, minEntry = 0 } = options;
  const groupsOf = new Map<string, Set<string>>();
  for (const row of rows) for (const word of row.words.keys()) (groupsOf.get(word) ?? groupsOf.set(word, new Set()).get(word)!).add(row.group);
  const kept = (word: string) => (groupsOf.get(word)?.size ?? 0) >= minGroups;
  const round = (x: number) => Math.round(x * 10 ** digits) / 10 ** digits;
  const labels = new Map<string, { rows: number; mass: number }>();
  const words = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const label = labels.get(row.label) ?? labels.set(row.label, { rows: 0, mass: 0 }).get(row.label)!;
    label.rows++;
    for (const [word, weight] of row.words) {
      if (!kept(word) || weight <= 0) continue;
      const per = words.get(word) ?? words.set(word, new Map()).get(word)!;
      per.set(row.label, (per.get(row.label) ?? 0) + weight);
    }
  }
  const out: NaiveBayes = { alpha, groups: [...new Set(rows.map((r) => r.group))].sort(), labels: {}, words: {} };
  const mass = (per: Map<string, number>) => [...per.values()].reduce((a, b) => a + b, 0);
  for (const word of [...words.keys()].sort()) {
    if (mass(words.get(word)!) < minMass) continue;
    const per: Record<string, number> = {};
    for (const label of [...words.get(word)!.keys()].sort()) {
      const weight = round(words.get(word)!.get(label)!);
      if (weight > 0 && weight >= minEntry) per[label] = weight;
    }
    if (Object.keys(per).length > 0) out.words[word] = per;
  }
  // A label's mass is the sum of its rounded word weights, so the model read back adds up.
  for (const per of Object.values(out.words)) for (const [label, weight] of Object.entries(per)) labels.get(label)!.mass += weight;
  for (const label of [...labels.keys()].sort()) out.labels[label] = { rows: labels.get(label)!.rows, mass: round(labels.get(label)!.mass) };
  return out;
}

/** The model as its file holds it: sorted keys, one word a line (a diff shows which words changed). */
export function serializeBayes(model: NaiveBayes): string {
  const words = Object.entries(model.words).map(([word, per]) => `    ${JSON.stringify(word)}: ${JSON.stringify(per)}`);
  return `{\n  "alpha": ${model.alpha},\n  "groups": ${JSON.stringify(model.groups)},\n  "labels": ${JSON.stringify(model.labels)},\n  "words": {\n${words.join(',\n')}\n  }\n}\n`;
}

/** A model ready to score: log probabilities worked out once. */
export interface ScoringModel {
  labels: string[];
  logPrior: number[];
  /** log P(word | label) per label, for kept words. */
  logWord: Map<string, number[]>;
}

export function scoringModel(model: NaiveBayes): ScoringModel {
  const labels = Object.keys(model.labels).sort();
  const rows = labels.reduce((sum, l) => sum + model.labels[l]!.rows, 0);
  const vocabulary = Object.keys(model.words).length;
  const denominator = labels.map((l) => Math.log(model.labels[l]!.mass + model.alpha * vocabulary));
  const logWord = new Map<string, number[]>();
  for (const [word, per] of Object.entries(model.words)) logWord.set(word, labels.map((l, i) => Math.log((per[l] ?? 0) + model.alpha) - denominator[i]!));
  return {
    labels,
    logPrior: labels.map((l) => Math.log(model.labels[l]!.rows / rows)),
    logWord,
  };
}

/**
 * Each label's probability for a bag of weighted words, and how much of the bag the model knew (the weight of
 * its kept words): with none known the answer is the prior alone, and says nothing of these words.
 */
export function posterior(model: ScoringModel, words: ReadonlyMap<string, number>): { probabilities: Map<string, number>; known: number } {
  const score = [...model.logPrior];
  let known = 0;
  for (const [word, weight] of words) {
    const logs = model.logWord.get(word);
    if (!logs) continue;
    known += weight;
    for (let i = 0; i < score.length; i++) score[i]! += weight * logs[i]!;
  }
  const top = Math.max(...score);
  const exp = score.map((s) => Math.exp(s - top));
  const sum = exp.reduce((a, b) => a + b, 0);
  return { probabilities: new Map(model.labels.map((l, i) => [l, exp[i]! / sum])), known };
}
