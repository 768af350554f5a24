/** The GraphQL endpoint on the server that serves this page (never another host). */
const ENDPOINT = '/graphql';

export interface GraphNode {
  id: string;
  kind: string;
  label: string;
  data: { year: number | null; region: string | null; type: string | null; number: string | null; shared: number | null };
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  kind: string;
  data: Record<string, unknown>;
}

export interface GraphAnswer {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

export const GRAPH_FIELDS = '{ nodes { id kind label data } edges { id source target kind data } truncated }';

/** An API error, with the code the server gave it. */
export class ApiError extends Error {
  constructor(message: string, readonly code: string) {
    super(message);
  }
}

/** Runs a query; the first GraphQL error is thrown as an ApiError (the page shows its message). */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code ?? 'ERROR');
  if (!body.data) throw new ApiError(`HTTP ${response.status} with no data`, 'ERROR');
  return body.data;
}

/** What this server's schema offers beyond the base API (fields other work adds). */
export interface Capabilities {
  /** coResponsibilityNetwork(includeCollectives:) */
  networkCollectives: boolean;
  /** Document.text(start:, end:) */
  documentText: boolean;
  years: number[];
  /** The year with most tasks (ties: the latest): the first view, so a corpus whose last year has no shared tasks does not open on an empty network. */
  busiestYear: number | null;
}

let capabilities: Promise<Capabilities> | null = null;

interface TypeFields {
  fields: Array<{ name: string; args: Array<{ name: string }> }>;
}

/**
 * Asked once per page: the corpus's years, and which optional arguments and
 * fields exist. A server with introspection turned off gets the base API's
 * features (the optional ones stay hidden), never a broken page.
 */
export function getCapabilities(): Promise<Capabilities> {
  capabilities ??= (async () => {
    const stats = await gql<{ stats: { byYear: Array<{ year: number; tasks: number }> } }>('{ stats { byYear { year tasks } } }');
    const years = stats.stats.byYear.map((y) => y.year).sort((a, b) => a - b);
    const busiestYear = stats.stats.byYear.reduce<{ year: number; tasks: number } | null>(
      (best, y) => (!best || y.tasks > best.tasks || (y.tasks === best.tasks && y.year > best.year) ? y : best), null)?.year ?? null;
    try {
      const d = await gql<{ query: TypeFields | null; document: TypeFields | null }>(
        '{ query: __type(name: "Query") { fields { name args { name } } } document: __type(name: "Document") { fields { name args { name } } } }');
      const network = d.query?.fields.find((f) => f.name === 'coResponsibilityNetwork');
      const text = d.document?.fields.find((f) => f.name === 'text');
      return {
        networkCollectives: network?.args.some((a) => a.name === 'includeCollectives') ?? false,
        documentText: (text?.args.some((a) => a.name === 'start') && text.args.some((a) => a.name === 'end')) ?? false,
        years,
        busiestYear,
      };
    } catch {
      return { networkCollectives: false, documentText: false, years, busiestYear };
    }
  })();
  return capabilities;
}
