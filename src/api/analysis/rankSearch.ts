import type { SearchKind, SearchRow } from '../../store/rows.js';
import { kindOfLabel } from '../../model/nodeKinds.js';
import type { SearchHitValue } from './types.js';

/** Characters of context on each side of a match in a snippet. */
const CONTEXT = 24;

/** Base score of a match in each kind of text: a name beats an alias beats running text. */
const BASE: Record<SearchKind, number> = { Unit: 60, Person: 60, Project: 60, Place: 55, Document: 40, Task: 20 };

/**
 * Scores and orders candidate matches. Chinese needs no word boundaries here:
 * the store matched substrings (氢能 in 嘉定氢能港); ranking prefers the
 * canonical name over an alias, an exact name over a prefix over an infix, a
 * short name (the query covers more of it) and, in running text, more occurrences.
 */
export function rankSearch(text: string, rows: readonly SearchRow[], first: number): SearchHitValue[] {
  const hits = rows.map((row) => score(text, row)).filter((h): h is SearchHitValue => h !== null);
  const seen = new Set<string>();
  return hits
    .sort((a, b) => b.score - a.score || a.label.length - b.label.length || a.id.localeCompare(b.id))
    .filter((h) => (seen.has(h.id) ? false : (seen.add(h.id), true)))
    .slice(0, first);
}

// Private: the best-scoring name of a row, or null if none contains the text.
function score(text: string, row: SearchRow): SearchHitValue | null {
  let best: { score: number; name: string; at: number } | null = null;
  row.names.forEach((name, i) => {
    const at = name.indexOf(text);
    if (at < 0) return;
    let s = BASE[row.kind];
    if (name === text) s += 40;
    else if (at === 0) s += 20;
    s -= i === 0 ? 0 : 8; // an alias, not the canonical name
    s += 15 * (text.length / name.length);
    if (row.kind === 'Task') s += Math.min(10, 2 * (name.split(text).length - 1)) - Math.min(10, at / 20);
    if (!best || s > best.score) best = { score: s, name, at };
  });
  if (best === null) return null;
  const { score: value, name, at } = best;
  return { id: row.id, kind: kindOfLabel(row.kind), label: row.label, score: Math.round(value * 100) / 100, snippet: snippet(name, at, text.length) };
}

function snippet(name: string, at: number, length: number): string {
  const start = Math.max(0, at - CONTEXT);
  const end = Math.min(name.length, at + length + CONTEXT);
  return `${start > 0 ? '…' : ''}${name.slice(start, at)}【${name.slice(at, at + length)}】${name.slice(at + length, end)}${end < name.length ? '…' : ''}`;
}
