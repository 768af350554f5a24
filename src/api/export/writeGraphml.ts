import { create } from 'xmlbuilder2';
import type { GraphValue } from '../analysis/types.js';
import { flatAttributes } from './flatAttributes.js';

type KeyType = 'string' | 'int' | 'double' | 'boolean';

/**
 * GraphML (graphology-graphml only parses, so xmlbuilder2 writes it): one
 * `<key>` per attribute with its type, `label` and `kind` on every element,
 * edges directed with our edge ids.
 */
export function writeGraphml(graph: GraphValue): string {
  const nodes = graph.nodes.map((n) => ({ id: n.id, attributes: { label: n.label, kind: n.kind, ...flatAttributes({ ...n.data }) } }));
  const edges = graph.edges.map((e) => ({
    id: e.id, source: e.source, target: e.target,
    attributes: { kind: e.kind, ...flatAttributes(e.data), ...(typeof e.data.shared === 'number' ? { weight: e.data.shared } : {}) },
  }));
  const nodeKeys = keyTypes(nodes.map((n) => n.attributes));
  const edgeKeys = keyTypes(edges.map((e) => e.attributes));
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('http://graphml.graphdrawing.org/xmlns', 'graphml');
  const keyId = (domain: 'node' | 'edge', name: string) => `${domain[0]}_${name}`;
  for (const [domain, keys] of [['node', nodeKeys], ['edge', edgeKeys]] as const) {
    for (const [name, type] of keys) {
      root.ele('key', { id: keyId(domain, name), for: domain, 'attr.name': name, 'attr.type': type });
    }
  }
  const g = root.ele('graph', { id: 'G', edgedefault: 'directed' });
  for (const n of nodes) {
    const el = g.ele('node', { id: n.id });
    for (const [name, value] of Object.entries(n.attributes)) el.ele('data', { key: keyId('node', name) }).txt(String(value));
  }
  for (const e of edges) {
    const el = g.ele('edge', { id: e.id, source: e.source, target: e.target });
    for (const [name, value] of Object.entries(e.attributes)) el.ele('data', { key: keyId('edge', name) }).txt(String(value));
  }
  return root.end({ prettyPrint: true });
}

// Private: each attribute's GraphML type; a key holding both numbers and text is a string.
function keyTypes(rows: ReadonlyArray<Record<string, string | number | boolean>>): Map<string, KeyType> {
  const out = new Map<string, KeyType>();
  for (const row of rows) {
    for (const [name, value] of Object.entries(row)) {
      const type: KeyType = typeof value === 'boolean' ? 'boolean' : typeof value === 'number' ? (Number.isInteger(value) ? 'int' : 'double') : 'string';
      const seen = out.get(name);
      if (!seen) out.set(name, type);
      else if (seen !== type) out.set(name, seen === 'int' && type === 'double' ? 'double' : seen === 'double' && type === 'int' ? 'double' : 'string');
    }
  }
  return out;
}
