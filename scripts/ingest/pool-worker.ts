// A worker of pool.ts: does what the main thread asks, a chunk of seeds' drafts or of articles' files, with the
// same pipeline functions the main thread would call, and answers with the results or the error it met.

import { parentPort } from 'node:worker_threads';
import { mainThread, type Request } from './pool.ts';

parentPort!.on('message', async (request: Request) => {
  try {
    const value = request.kind === 'drafts' ? await mainThread.drafts(request.seeds) : await mainThread.builds(request.jobs);
    parentPort!.postMessage({ ok: true, value });
  } catch (error) {
    parentPort!.postMessage({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
