// `npm run train:topics [-- --all] [--skip PREFIX,…] [--cv]` (`npm run train` runs it with no options, then the
// line model's trainer): learns a figure's topic from the dev gold (topic-rows.ts: the words around each figure of
// the dev pages and its gold topic) and writes the model topic.ts reads,
// scripts/ingest/lexicon/topic-model.json — the same bytes from the same pages on any machine (sorted keys,
// weights rounded). The model names the pages it learned from; with no options it learns again from those (after a
// change to ingest or to their gold), `--all` from every dev page with figures, less those `--skip` names by the
// start of their names (new pages kept aside to measure the model on, as 350–359 were in session 19). `--cv`
// prints instead how each way of weighing the model beside the keywords does on pages it did not learn from,
// five folds by page (topics-cv.ts). The test beside this file fails when the committed model is not what this makes.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readOptions } from '../lib/command.ts';
import { serializeBayes, trainBayes, type NaiveBayes } from '../ingest/learn/bayes.ts';
import { TOPIC_MODEL_FILE } from '../ingest/figures/topic-model.ts';
import { crossValidate } from './topics-cv.ts';
import { devPages, pageRows, type TopicRow } from './topic-rows.ts';

/**
 * Laplace smoothing, the fewest pages a word must stand on, the digits kept and the least weight of a word under a
 * topic that is written (less is left to smoothing): by cross-validation, alpha 0.3 and words on three pages did no
 * better, and leaving out weights under 1 lost nothing held out and took the file from 189 to 153 KB.
 */
export const SETTINGS = { alpha: 1, minGroups: 2, digits: 2, minEntry: 1 } as const;

const USAGE = `usage: npm run train:topics [-- --all] [--skip PREFIX,…] [--cv]
  (none)  learn again from the dev pages the committed model names
  --all   learn from every dev page whose gold lists figures
  --skip  with --all: leave out the pages whose names start with one of these (e.g. 350-,351-)
  --cv    print each way's share of held-out figures right, five folds by page, and write nothing`;

/** The model the dev pages teach (less the skipped ones). */
export function trainTopicModel(rows: readonly TopicRow[]): NaiveBayes {
  return trainBayes(
    rows.map((r) => ({ words: r.words, label: r.label, group: r.page })),
    SETTINGS,
  );
}

/** The rows of the dev pages named (every dev page with figures when `pages` is undefined), less the skipped. */
export function topicRows(pages?: readonly string[], skip: readonly string[] = []): TopicRow[] {
  return devPages(skip)
    .filter((p) => pages === undefined || pages.includes(p.name))
    .flatMap(pageRows);
}

/** The pages the committed model learned from, or undefined when there is none yet. */
export function committedPages(): string[] | undefined {
  return existsSync(TOPIC_MODEL_FILE) ? (JSON.parse(readFileSync(TOPIC_MODEL_FILE, 'utf8')) as NaiveBayes).groups : undefined;
}

async function main(args: string[]): Promise<void> {
  const read = readOptions('train', USAGE, args, {
    all: { type: 'boolean', default: false },
    skip: { type: 'string' },
    cv: { type: 'boolean', default: false },
  });
  if (read.exit !== undefined) {
    process.exitCode = read.exit;
    return;
  }
  const started = Date.now();
  const skip = read.values.skip ? read.values.skip.split(',').map((s) => s.trim()).filter(Boolean) : [];
  const rows = topicRows(read.values.all ? undefined : committedPages(), skip);
  if (read.values.cv) {
    for (const r of crossValidate(rows, 5, SETTINGS)) console.log(`${r.way.padEnd(12)} ${(r.mean * 100).toFixed(2)}%  folds ${r.folds.map((f) => (f * 100).toFixed(1)).join(' ')}`);
    return;
  }
  const text = serializeBayes(trainTopicModel(rows));
  writeFileSync(TOPIC_MODEL_FILE, text);
  const model = JSON.parse(text) as NaiveBayes;
  console.log(
    `train: ${rows.length} figures of ${new Set(rows.map((r) => r.page)).size} pages → ${Object.keys(model.words).length} words, ` +
      `${(Buffer.byteLength(text) / 1024).toFixed(0)} KB in ${TOPIC_MODEL_FILE} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
}

if (import.meta.main) await main(process.argv.slice(2));
