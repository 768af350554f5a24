import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { write } from 'graphology-gexf';
import type { GraphValue } from '../analysis/types.js';
import { yearsOf } from './flatAttributes.js';
import { toGraphology } from './toGraphology.js';

// GEXF 1.2 (namespace `1.2draft`, as Gephi names it): the version whose schema a package ships
// (JGraphT's, see tools/gexf-schema), so every export is checked against it in the tests. Gephi
// reads 1.2 as it reads 1.3; nothing we write (scalar attributes, spells) needs 1.3.
const GEXF_NS = 'http://www.gexf.net/1.2draft';
// graphology-gexf 0.13 declares `http:///www.gexf.net/1.1draft/viz` for 1.2; this is the real one.
const VIZ_NS = 'http://www.gexf.net/1.2draft/viz';

/**
 * GEXF 1.2 (graphology-gexf's writer) with each node's and edge's years as
 * spells, so Gephi's timeline can play the graph year by year. graphology-gexf
 * writes no spells: they are added to its output through the DOM. A node with
 * no year of its own (a unit) gets the years of its edges.
 */
export function writeGexf(graph: GraphValue): string {
  const xml = write(toGraphology(graph), {
    version: '1.2',
    formatNode: (key, attributes) => {
      const { label, ...rest } = attributes;
      return { label: String(label ?? key), attributes: rest };
    },
    formatEdge: (_key, attributes) => {
      const { weight, ...rest } = attributes;
      return { attributes: rest, ...(typeof weight === 'number' ? { weight } : {}) };
    },
  });
  const spells = spellsOf(graph);
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  doc.documentElement?.setAttribute('xmlns:viz', VIZ_NS);
  const graphElement = doc.getElementsByTagNameNS(GEXF_NS, 'graph')[0];
  if (!graphElement) throw new Error('graphology-gexf wrote no <graph> element');
  if (spells.size === 0) return new XMLSerializer().serializeToString(doc);
  graphElement.setAttribute('mode', 'dynamic');
  graphElement.setAttribute('timeformat', 'integer');
  for (const tag of ['node', 'edge']) {
    const elements = doc.getElementsByTagNameNS(GEXF_NS, tag);
    for (let i = 0; i < elements.length; i++) {
      const element = elements[i]!;
      const years = spells.get(`${tag}:${element.getAttribute('id') ?? ''}`);
      if (!years || years.length === 0) continue;
      const list = doc.createElementNS(GEXF_NS, 'spells');
      for (const year of years) {
        const spell = doc.createElementNS(GEXF_NS, 'spell');
        spell.setAttribute('start', String(year));
        spell.setAttribute('end', String(year));
        list.appendChild(spell);
      }
      element.appendChild(list);
    }
  }
  return new XMLSerializer().serializeToString(doc);
}

// Private: `node:<id>` / `edge:<id>` → the years it exists in.
function spellsOf(graph: GraphValue): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const fromEdges = new Map<string, Set<number>>();
  for (const e of graph.edges) {
    const years = yearsOf(e.data);
    if (years.length === 0) continue;
    out.set(`edge:${e.id}`, years);
    for (const end of [e.source, e.target]) {
      let set = fromEdges.get(end);
      if (!set) fromEdges.set(end, (set = new Set()));
      for (const y of years) set.add(y);
    }
  }
  for (const n of graph.nodes) {
    const own = yearsOf({ ...n.data });
    const years = own.length > 0 ? own : [...(fromEdges.get(n.id) ?? [])].sort((a, b) => a - b);
    if (years.length > 0) out.set(`node:${n.id}`, years);
  }
  return out;
}
