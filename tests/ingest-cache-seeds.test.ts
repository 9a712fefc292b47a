// The ingest cache end to end on the seeds (the suite: ingest-cache-suite.ts).
import { copySeeds, ingestCacheSuite } from './ingest-cache-suite.ts';

ingestCacheSuite('the seeds', copySeeds);
