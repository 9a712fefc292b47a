// The ingest cache end to end on a synthetic corpus of 40 articles (the suite: ingest-cache-suite.ts), with
// articles of one title across seeds that the seeds do not have.
import { makeCorpus } from '../scripts/bench/corpus.ts';
import { ingestCacheSuite } from './ingest-cache-suite.ts';

ingestCacheSuite('a synthetic corpus of 40 articles', (seeds) => void makeCorpus(seeds, { articles: 40 }));
