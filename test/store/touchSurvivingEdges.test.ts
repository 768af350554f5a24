import { describe, expect, it } from 'vitest';
import { cypherFor, type Statement } from '../../src/store/cypher/Statement.js';
import * as W from '../../src/store/cypher/writeStatements.js';
import { REL_TABLES } from '../../src/store/graphModel.js';
import { relTablesDeletedBy } from '../../src/store/kuzu/touchSurvivingEdges.js';

/*
 * Which rel tables a write's DELETE may empty (quirk KUZU-DELETE-COPIED-EDGES: those get one
 * surviving edge rewritten before COMMIT). Missing one would leave it unprotected; the store's
 * own statements are read as they run on Kùzu. The end-to-end proof is test/cli/removeBulkLoaded.test.ts.
 */
const all = REL_TABLES.map((t) => t.type).sort();
const tablesOf = (text: string) => [...relTablesDeletedBy(text)].sort();
const incident = (label: string) => REL_TABLES.filter((t) => t.ends.some((e) => (e as readonly string[]).includes(label))).map((t) => t.type).sort();

describe('relTablesDeletedBy', () => {
  it('names the deleted rel variable\'s tables, every table at a DETACH DELETEd label, and all for anything else', () => {
    expect(tablesOf('MATCH (:Unit)-[c:CO_RESPONSIBLE]->(:Unit) WHERE c.documentId = $d DELETE c')).toEqual(['CO_RESPONSIBLE']);
    expect(tablesOf('MATCH (a)-[r:PART_OF|SUCCEEDED_BY]->(b) DELETE r')).toEqual(['PART_OF', 'SUCCEEDED_BY']);
    expect(tablesOf('MATCH (t:Task) WHERE t.documentId = $d DETACH DELETE t')).toEqual(incident('Task'));
    expect(tablesOf('MATCH (n) DETACH DELETE n')).toEqual(all);
    expect(tablesOf('MATCH (t:Task) RETURN t.id')).toEqual([]);
  });

  it('gives every write statement of the store that deletes at least the tables it can reach', () => {
    const statements = Object.values(W).filter((s): s is Statement => typeof s === 'object' && s !== null && 'name' in s);
    const deleting = statements.filter((s) => /\bDELETE\b/i.test(cypherFor(s, 'kuzu')));
    expect(deleting.length).toBeGreaterThan(5);
    for (const s of deleting) {
      const text = cypherFor(s, 'kuzu');
      const tables = tablesOf(text);
      expect(tables.length, s.name).toBeGreaterThan(0);
      const detached = /\((\w+):(\w+)[^)]*\)[\s\S]*DETACH DELETE \1\b/.exec(text);
      if (detached) expect(tables, s.name).toEqual(expect.arrayContaining(incident(detached[2]!)));
    }
  });
});
