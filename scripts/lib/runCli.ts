import { DutyGraphError, messageOf } from '../../src/errors.js';

/**
 * Runs a CLI's main function: an expected error prints one line (`dutygraph: …`)
 * and exits 1; anything else prints its message, never a stack trace.
 */
export function runCli(main: () => Promise<number | void>): void {
  main().then(
    (code) => {
      process.exitCode = code ?? 0;
    },
    (error: unknown) => {
      const prefix = error instanceof DutyGraphError ? `dutygraph: ${error.code}:` : 'dutygraph: unexpected error:';
      console.error(`${prefix} ${messageOf(error)}`);
      process.exitCode = 1;
    },
  );
}
