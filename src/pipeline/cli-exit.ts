import { PipelineError } from './errors.ts';

/**
 * How the command-line tools end without losing output.
 *
 * When stdout is a pipe, Node writes what the pipe takes at once (64 KiB on Linux) and queues the
 * rest; `process.exit()` drops that queue, so `compile --json | jq` used to see 65,536 bytes and
 * nothing more. The tools therefore never call `process.exit()`: they set `process.exitCode` and let
 * the process end by itself once every queued write has been handed to the pipe.
 *
 * A reader that stops early (`| head -c 100`) closes the pipe, and the queued write fails with EPIPE.
 * That is the reader's choice, not an error of ours: it is swallowed, with no stack trace, and the
 * exit code stays what the run itself decided.
 */

/** Exit codes of both tools. */
export const EXIT = { ok: 0, error: 1, usage: 2 } as const;

/** Errors that mean the reading end of stdout or stderr is gone: nothing left to write to. */
const CLOSED = new Set(['EPIPE', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END']);

function isClosed(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && CLOSED.has(code);
}

let guarded = false;
/** Set when stdout failed for a reason other than a closed reader: the run must not end with 0. */
let stdoutFailed = false;

/** Turns write errors on stdout and stderr from an uncaught 'error' event into a quiet exit. */
function guardStdio(): void {
  if (guarded) return;
  guarded = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (isClosed(error)) return;
    stdoutFailed = true;
    process.exitCode = EXIT.error;
    process.stderr.write(`dubao: cannot write to stdout: ${error.message}\n`);
  });
  // Nowhere is left to report a failing stderr: drop it, but never crash on it.
  process.stderr.on('error', () => undefined);
}

/** Whether `parseArgs` rejected the command line (unknown option, missing value, stray argument). */
function isUsageError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

/**
 * Reads the command line with `read` (a `parseArgs` call); on a bad one prints what is wrong and the
 * usage line, and gives undefined: the tool then exits with {@link EXIT.usage}.
 */
export function readCommandLine<T>(read: () => T, usage: string): T | undefined {
  try {
    return read();
  } catch (error) {
    if (!isUsageError(error)) throw error;
    console.error(`dubao: ${(error as Error).message}\n${usage}`);
    return undefined;
  }
}

/**
 * Runs a tool's `main` and ends with its exit code, or with 1 and a one-line message (no stack)
 * when it throws. Output still queued for a pipe is delivered before the process ends.
 */
export function runCli(main: () => Promise<number>): void {
  guardStdio();
  main().then(
    (code) => {
      process.exitCode = stdoutFailed ? EXIT.error : code;
    },
    (error: unknown) => {
      console.error(
        error instanceof PipelineError ? error.message : `dubao: ${error instanceof Error ? error.message : String(error)}`,
      );
      process.exitCode = EXIT.error;
    },
  );
}
