import { DutyGraphError, ErrorCode } from '../../errors.js';

/*
 * Quirks KUZU-EMPTY-LIST-PARAM, KUZU-LIST-PARAM-TYPING (quirks.ts).
 * Kùzu 0.11.3's Node binding types a list parameter from its values, and gets it
 * wrong silently: a list of rows mixing 1040 and 2.5 in one field stores garbage
 * for the fractional ones, a null in a numeric field types the field STRING, and
 * an empty list crashes the process. This check refuses such parameters with a
 * clear error before they reach the binding.
 */

type ValueClass = 'int' | 'float' | 'string' | 'boolean' | 'list' | 'object' | 'null';

function classOf(value: unknown): ValueClass {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  if (Array.isArray(value)) return 'list';
  return 'object';
}

/** Throws a DutyGraphError naming the statement and field when a parameter would be mis-typed by Kùzu. */
export function checkKuzuParams(statementName: string, params: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(params)) {
    if (!Array.isArray(value)) continue;
    if (value.length === 0) fail(statementName, `$${name} is an empty list`);
    const rows = value as unknown[];
    if (classOf(rows[0]) === 'object') checkRows(statementName, name, rows);
    else checkUniform(statementName, `$${name}`, rows.map(classOf));
  }
}

// Private: every field of a list of rows must have one value class, and only strings may be null.
function checkRows(statementName: string, param: string, rows: unknown[]): void {
  const classes = new Map<string, ValueClass[]>();
  for (const row of rows) {
    for (const [field, value] of Object.entries(row as Record<string, unknown>)) {
      const list = classes.get(field) ?? [];
      list.push(classOf(value));
      classes.set(field, list);
      if (Array.isArray(value) && value.length === 0) fail(statementName, `$${param}[].${field} holds an empty list`);
    }
  }
  for (const [field, seen] of classes) checkUniform(statementName, `$${param}[].${field}`, seen);
}

function checkUniform(statementName: string, where: string, seen: ValueClass[]): void {
  const kinds = new Set(seen.filter((c) => c !== 'null'));
  if (kinds.size > 1) fail(statementName, `${where} mixes ${[...kinds].join(' and ')} values`);
  const [kind] = kinds;
  if (seen.includes('null') && kind !== undefined && kind !== 'string') {
    fail(statementName, `${where} has null among ${kind} values`);
  }
}

function fail(statementName: string, reason: string): never {
  throw new DutyGraphError(ErrorCode.StoreFailed, `Kùzu statement ${statementName}: ${reason} (would be mis-typed by the driver)`);
}
