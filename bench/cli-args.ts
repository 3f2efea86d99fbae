import { parseArgs } from 'node:util';

type Options = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

/**
 * A benchmark's options as `parseArgs` reads them; on `--help` its usage (exit 0), and on an option
 * it does not know, the error and the usage instead of a stack trace (exit 2).
 */
export function benchArgs<const T extends Options>(options: T, usage: string) {
  if (process.argv.slice(2).includes('--help')) {
    console.log(usage);
    process.exit(0);
  }
  try {
    return parseArgs({ options }).values;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message.split('. ')[0] : String(error)}\n${usage}`);
    process.exit(2);
  }
}
