import { parseArgs as nodeParseArgs } from 'node:util';
import { DutyGraphError, ErrorCode, messageOf } from '../../src/errors.js';
import type { DocumentMeta } from '../../src/ingest/records.js';

type Options = NonNullable<Parameters<typeof nodeParseArgs>[0]>['options'];

/** node:util parseArgs with our error type: a bad flag is one clear line, not a stack trace. */
export function parseCliArgs<O extends Options>(args: string[], options: O, usage: string) {
  try {
    return nodeParseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new DutyGraphError(ErrorCode.BadInput, `${messageOf(error)}\nusage: ${usage}`);
  }
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
