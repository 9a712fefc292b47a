// One ingest run in the test's own process (cli.ts's main), for the end-to-end ingest tests whose point is what a
// run makes of its folders, not the process: a child process of the CLI spent some 2 of its 2.5 CPU s loading the
// ingest's modules and jieba's dictionary again. The runs whose point is the process (an exit code with its
// message on stderr) stay child processes in those tests.
import { format } from 'node:util';
import { vi } from 'vitest';
import { main } from '../scripts/ingest/cli.ts';

export interface IngestRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs ingest with `args` in `cwd` (the CLI's relative paths are read from its folder): what it prints on the
 * console is caught as the process's stdout and stderr, and anything it throws is the CLI's internal error (exit
 * 70, lib/command.ts runCommand). The worker is a process of its own (vitest's forks pool), so its folder is
 * changed for the run's length; runs take turns.
 */
export async function ingestInProcess(cwd: string, args: string[]): Promise<IngestRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...line: unknown[]) => void stdout.push(`${format(...line)}\n`));
  const error = vi.spyOn(console, 'error').mockImplementation((...line: unknown[]) => void stderr.push(`${format(...line)}\n`));
  const home = process.cwd();
  process.chdir(cwd);
  let code: number;
  try {
    code = await main(args);
  } catch (thrown) {
    code = 70;
    stderr.push(`${format('ingest: internal error (a bug in ingest, not in your files):', thrown)}\n`);
  } finally {
    process.chdir(home);
    log.mockRestore();
    error.mockRestore();
  }
  return { code, stdout: stdout.join(''), stderr: stderr.join('') };
}
