import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/*
 * The import graph of a set of source files, read from their import lines, and the checks
 * the architecture test runs over it. Pure over an in-memory map of files (path → text), so
 * a test can feed it a synthetic tree and see a wrong-way arrow reported.
 */

/** Where an import points: a file of the tree (its repo-relative path), a Node built-in, or an npm package. */
export type ImportTarget =
  | { kind: 'file'; path: string }
  | { kind: 'builtin'; name: string }
  | { kind: 'package'; name: string };

/** One import of one file: `import …`, `import type …`, `export … from`, `import '…'` or `import('…')`. */
export interface ImportEdge {
  from: string;
  specifier: string;
  to: ImportTarget;
}

/** A rule over edges: a file it applies to may import only what it allows. */
export interface ImportRule {
  id: string;
  /** Why the arrow is forbidden (printed with each offence). */
  why: string;
  appliesTo(file: string): boolean;
  allows(to: ImportTarget, from: string): boolean;
}

/** A known offence kept on purpose for now: `from` may import `to` (a file path or a package name). */
export interface ImportException {
  rule: string;
  from: string;
  to: string;
  why: string;
}

/**
 * The module specifiers of one file, as TypeScript's own pre-processor reads them: static
 * imports and re-exports (type-only ones too), side-effect imports and dynamic `import('…')`;
 * text in comments and strings is not mistaken for an import.
 */
export function importSpecifiers(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

// Private: the files that have import lines (a JSON file is only ever imported).
const CODE = /\.(?:ts|mts|mjs)$/;

/** Every import of every file of `files` (paths with `/`, relative to one root), resolved. */
export function importEdges(files: ReadonlyMap<string, string>): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const [from, text] of files) {
    if (!CODE.test(from)) continue;
    for (const specifier of importSpecifiers(text)) edges.push({ from, specifier, to: resolveImport(from, specifier, files) });
  }
  return edges;
}

// Private: a relative specifier names a file (ESM `.js` names the `.ts` source), a `node:` one
// or a bare built-in a Node module, anything else an npm package (`@scope/name` or `name`).
function resolveImport(from: string, specifier: string, files: ReadonlyMap<string, string>): ImportTarget {
  if (specifier.startsWith('.')) {
    const joined = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
    const candidates = [joined, joined.replace(/\.js$/, '.ts'), joined.replace(/\.mjs$/, '.mts'), `${joined}.ts`, `${joined}/index.ts`];
    return { kind: 'file', path: candidates.find((c) => files.has(c)) ?? joined };
  }
  if (specifier.startsWith('node:') || NODE_BUILTINS.has(specifier.split('/')[0]!)) return { kind: 'builtin', name: specifier };
  const parts = specifier.split('/');
  return { kind: 'package', name: specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]! };
}

const NODE_BUILTINS = new Set(['fs', 'path', 'os', 'url', 'crypto', 'child_process', 'worker_threads', 'events', 'stream', 'util', 'http', 'https', 'net', 'zlib', 'assert', 'buffer', 'process', 'readline', 'timers']);

/** The name an exception or an offence line gives a target. */
export function targetName(to: ImportTarget): string {
  return to.kind === 'file' ? to.path : to.name;
}

/** Offences against `rules`, one line each (`rule: from → to (why)`), known exceptions left out. */
export function ruleOffences(edges: readonly ImportEdge[], rules: readonly ImportRule[], exceptions: readonly ImportException[] = []): string[] {
  const excepted = new Set(exceptions.map((e) => `${e.rule}|${e.from}|${e.to}`));
  const out = new Set<string>();
  for (const rule of rules) {
    for (const e of edges) {
      if (!rule.appliesTo(e.from) || rule.allows(e.to, e.from)) continue;
      if (excepted.has(`${rule.id}|${e.from}|${targetName(e.to)}`)) continue;
      out.add(`${rule.id}: ${e.from} → ${targetName(e.to)} (${rule.why})`);
    }
  }
  return [...out].sort();
}

/** Exceptions that no longer match an offence (the arrow is gone): each should be deleted. */
export function staleExceptions(edges: readonly ImportEdge[], rules: readonly ImportRule[], exceptions: readonly ImportException[]): ImportException[] {
  return exceptions.filter((x) => {
    const rule = rules.find((r) => r.id === x.rule);
    return !rule || !edges.some((e) => e.from === x.from && targetName(e.to) === x.to && rule.appliesTo(e.from) && !rule.allows(e.to, e.from));
  });
}

/**
 * The import cycles among the files of `edges` (type-only imports count: they tie the files'
 * meaning together as much as a value import does). Each cycle is one strongly connected
 * component of two or more files (or a file importing itself), printed as a closed path
 * through it, starting from its smallest file name.
 */
export function importCycles(edges: readonly ImportEdge[]): string[] {
  const next = new Map<string, Set<string>>();
  for (const e of edges) {
    if (e.to.kind !== 'file') continue;
    const set = next.get(e.from) ?? new Set<string>();
    set.add(e.to.path);
    next.set(e.from, set);
  }
  return stronglyConnected(next)
    .filter((c) => c.length > 1 || next.get(c[0]!)?.has(c[0]!))
    .map((c) => cyclePath(c, next).join(' → '))
    .sort();
}

// Private: Tarjan's algorithm (iterative, so a deep tree cannot overflow the stack).
function stronglyConnected(next: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out: string[][] = [];
  let counter = 0;
  const nodes = new Set<string>([...next.keys(), ...[...next.values()].flatMap((s) => [...s])]);
  for (const root of [...nodes].sort()) {
    if (index.has(root)) continue;
    const work: Array<{ node: string; children: string[]; i: number }> = [];
    const enter = (node: string): void => {
      index.set(node, counter);
      low.set(node, counter++);
      stack.push(node);
      onStack.add(node);
      work.push({ node, children: [...(next.get(node) ?? [])].sort(), i: 0 });
    };
    enter(root);
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      if (top.i < top.children.length) {
        const child = top.children[top.i++]!;
        if (!index.has(child)) enter(child);
        else if (onStack.has(child)) low.set(top.node, Math.min(low.get(top.node)!, index.get(child)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(top.node)!));
      if (low.get(top.node) === index.get(top.node)) {
        const component: string[] = [];
        let n: string;
        do {
          n = stack.pop()!;
          onStack.delete(n);
          component.push(n);
        } while (n !== top.node);
        out.push(component.sort());
      }
    }
  }
  return out;
}

// Private: a shortest closed path from the component's first file back to itself, within it.
function cyclePath(component: readonly string[], next: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const members = new Set(component);
  const start = component[0]!;
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const child of [...(next.get(node) ?? [])].sort()) {
      if (!members.has(child)) continue;
      if (child === start) {
        const pathBack = [start];
        for (let n: string | undefined = node; n !== undefined && n !== start; n = cameFrom.get(n)) pathBack.unshift(n);
        return [start, ...pathBack];
      }
      if (!cameFrom.has(child)) {
        cameFrom.set(child, node);
        queue.push(child);
      }
    }
  }
  return [...component];
}

/**
 * The source files under `dirs` of `root` (`.ts`, `.mts`, `.mjs`), keyed by their `/`-separated
 * path relative to `root`; JSON files are listed with empty text, so imports of them resolve.
 */
export function readSourceTree(root: string, dirs: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (rel: string): void => {
    for (const entry of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = path.posix.join(rel, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(child);
      } else if (CODE.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        out.set(child, fs.readFileSync(path.join(root, child), 'utf8'));
      } else if (entry.name.endsWith('.json')) {
        out.set(child, '');
      }
    }
  };
  for (const d of dirs) walk(d);
  return out;
}
