import * as analysis from './analysisStatements.js';
import * as entity from './entityStatements.js';
import * as read from './readStatements.js';
import * as write from './writeStatements.js';
import type { Statement } from './Statement.js';

function isStatement(value: unknown): value is Statement {
  return typeof value === 'object' && value !== null && 'cypher' in value && 'name' in value && 'params' in value;
}

/** Every named statement the stores can send, collected from the statement modules (for lint and docs). */
export function allStatements(): Statement[] {
  const out: Statement[] = [];
  for (const value of [...Object.values(read), ...Object.values(entity), ...Object.values(analysis), ...Object.values(write)]) {
    if (isStatement(value)) out.push(value);
    else if (typeof value === 'object' && value !== null) out.push(...Object.values(value).filter(isStatement));
  }
  return out;
}
