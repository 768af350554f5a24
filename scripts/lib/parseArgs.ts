import { parseArgs as nodeParseArgs } from 'node:util';
import { DutyGraphError, ErrorCode } from '../../src/errors.js';
import type { DocumentMeta } from '../../src/model/records.js';

type Options = NonNullable<Parameters<typeof nodeParseArgs>[0]>['options'];
type WithHelp<O extends Options> = O & { help: { type: 'boolean'; short: 'h' } };

/** Exit code of a command line the program does not understand (as most Unix tools use). */
export const USAGE_EXIT_CODE = 2;

/** The command's name as the user typed it: `npm run ingest -- …` → `ingest`. */
export function commandName(usage: string): string {
  return /npm run (\S+)/.exec(usage)?.[1] ?? /^(?:usage:\s*)?(\S+)/.exec(usage)?.[1] ?? 'dutygraph';
}

/**
 * What was wrong with a command line, in our words: node's own parseArgs messages
 * span two lines and quote the flag in a way that reads as an unclosed quote.
 */
export function usageProblem(error: unknown): string {
  const e = error as { code?: string; message?: string };
  const message = typeof e.message === 'string' ? e.message : String(error);
  const flag = /'(-{1,2}[^'\s<]+)/.exec(message)?.[1];
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${flag ?? message.split('\n')[0]}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(message) ? `option ${flag ?? ''} needs a value`.replace('  ', ' ') : `option ${flag ?? ''} takes no value`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument ${/'([^']*)'/.exec(message)?.[1] ?? ''}`.trim();
    default:
      return message.split('\n')[0]!;
  }
}

/**
 * node:util parseArgs for every CLI, with the behaviour users expect of a command:
 * `--help`/`-h` prints `usage: <usage>` (every line of it) on stdout and exits 0; a flag
 * it does not know, or one missing its value, is one line on stderr — `<command>: <what>
 * (see <command> --help)` — and exit 2. Both happen before the command does any work, so
 * exiting here leaves nothing half done. `usage`'s first line is the synopsis; further
 * lines describe options.
 */
export function parseCliArgs<O extends Options>(args: string[], options: O, usage: string) {
  const withHelp = { ...options, help: { type: 'boolean', short: 'h' } } as WithHelp<O>;
  let parsed;
  try {
    parsed = nodeParseArgs({ args, options: withHelp, allowPositionals: true, strict: true });
  } catch (error) {
    // --help wins over a bad flag beside it: the user asked how to call it.
    if (args.includes('--help') || args.includes('-h')) exitWithHelp(usage);
    const name = commandName(usage);
    process.stderr.write(`${name}: ${usageProblem(error)} (see npm run ${name} -- --help)\n`);
    process.exit(USAGE_EXIT_CODE);
  }
  if ((parsed.values as { help?: unknown }).help === true) exitWithHelp(usage);
  return parsed;
}

function exitWithHelp(usage: string): never {
  process.stdout.write(`usage: ${usage.replace(/^usage:\s*/, '')}\n`);
  process.exit(0);
}

/** `--year` / `--region` flags as document metadata overrides. */
export function metaOverrides(values: { year?: string | boolean; region?: string | boolean }): DocumentMeta {
  const out: DocumentMeta = {};
  if (typeof values.year === 'string') {
    const year = Number(values.year);
    if (!Number.isInteger(year) || year < 1949 || year > 2100) {
      throw new DutyGraphError(ErrorCode.BadInput, `--year must be a year such as 2021 (got "${values.year}")`);
    }
    out.year = year;
  }
  if (typeof values.region === 'string') out.region = values.region;
  return out;
}

/** A whole-number flag from `min` to `max`, or undefined when absent. */
export function intFlag(name: string, value: string | boolean | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || n < min || n > max) {
    throw new DutyGraphError(ErrorCode.BadInput, `--${name} must be a whole number from ${min} to ${max} (got "${String(value)}")`);
  }
  return n;
}
