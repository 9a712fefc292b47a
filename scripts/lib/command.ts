// What every command in scripts/ does the same way: read its options (a wrong one prints the usage and
// exits 2, --help prints it and exits 0), and tell an internal error (exit 70, with the stack: a bug to
// report) from bad input (a plain message and the command's own exit code).
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

type Values<O extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<{ args: string[]; options: O }>>['values'];

export type OptionsRead<O extends ParseArgsOptionsConfig> = { values: Values<O>; exit?: undefined } | { exit: number };

export function readOptions<O extends ParseArgsOptionsConfig>(
  command: string,
  usage: string,
  argv: string[],
  options: O,
): OptionsRead<O> {
  let values: Values<O> & { help?: boolean };
  try {
    values = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', default: false } } }).values as Values<O> & {
      help?: boolean;
    };
  } catch (error) {
    console.error(`${command}: ${(error as Error).message}\n${usage}`);
    return { exit: 2 };
  }
  if (values.help) {
    console.log(usage);
    return { exit: 0 };
  }
  return { values };
}

/** Runs a command's main and exits with its code; anything thrown is a bug in the command, not the user's. */
export function runCommand(command: string, whoseBug: string, main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`${command}: internal error (a bug in ${whoseBug}):`, error);
      process.exit(70);
    },
  );
}
