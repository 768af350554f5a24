/** Which view the page shows: all of it lives in the URL's query string, so a view can be shared and back/forward work. */
export interface ViewState {
  view: 'search' | 'network' | 'neighborhood' | 'chain';
  /** Search text. */
  q: string;
  year: number | null;
  fromYear: number | null;
  toYear: number | null;
  region: string;
  minShared: number;
  collectives: boolean;
  /** Neighbourhood centre or chain subject. */
  id: string;
  depth: number;
  kinds: string[];
  /** The node whose panel is open. */
  node: string;
}

const VIEWS = ['search', 'network', 'neighborhood', 'chain'] as const;

function int(value: string | null): number | null {
  return value !== null && /^-?\d+$/.test(value) ? Number(value) : null;
}

export function readState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const view = (VIEWS as readonly string[]).includes(p.get('view') ?? '') ? (p.get('view') as ViewState['view']) : 'network';
  return {
    view,
    q: p.get('q') ?? '',
    year: int(p.get('year')),
    fromYear: int(p.get('from')),
    toYear: int(p.get('to')),
    region: p.get('region') ?? '',
    minShared: Math.max(1, int(p.get('minShared')) ?? 1),
    collectives: p.get('collectives') === '1',
    id: p.get('id') ?? '',
    depth: Math.min(3, Math.max(1, int(p.get('depth')) ?? 1)),
    kinds: (p.get('kinds') ?? '').split(',').filter((k) => k.length > 0),
    node: p.get('node') ?? '',
  };
}

/** The query string for a state: only what differs from the defaults, in a fixed order. */
export function writeState(s: ViewState): string {
  const p = new URLSearchParams();
  p.set('view', s.view);
  if (s.q) p.set('q', s.q);
  if (s.view === 'network') {
    if (s.year !== null) p.set('year', String(s.year));
    if (s.fromYear !== null) p.set('from', String(s.fromYear));
    if (s.toYear !== null) p.set('to', String(s.toYear));
    if (s.region) p.set('region', s.region);
    if (s.minShared > 1) p.set('minShared', String(s.minShared));
    if (s.collectives) p.set('collectives', '1');
  }
  if (s.view === 'neighborhood' || s.view === 'chain') p.set('id', s.id);
  if (s.view === 'neighborhood') {
    p.set('depth', String(s.depth));
    if (s.kinds.length > 0) p.set('kinds', s.kinds.join(','));
  }
  if (s.node) p.set('node', s.node);
  return `?${p.toString()}`;
}
