import * as analysis from './analysisStatements.js';
import * as entity from './entityStatements.js';
import * as person from './personStatements.js';
import * as read from './readStatements.js';
import * as write from './writeStatements.js';
import type { Statement } from './Statement.js';

function isStatement(value: unknown): value is Statement {
  return typeof value === 'object' && value !== null && 'cypher' in value && 'name' in value && 'params' in value;
}

/** Every named statement the stores can send, collected from the statement modules (for lint and docs). */
export function allStatements(): Statement[] {
  const out: Statement[] = [];
  const collect = (value: unknown): void => {
    if (isStatement(value)) out.push(value);
    else if (typeof value === 'object' && value !== null) for (const v of Object.values(value)) collect(v);
  };
  for (const module of [read, entity, person, analysis, write]) collect(module);
  return out;
}
