import type { LocationRecord, PlaceRecord } from '../records.js';
import type { Gazetteer } from '../resolve/gazetteer.js';

/** Context for place extraction. */
export interface PlaceContext {
  region: string;
  gaz: Gazetteer;
  documentId: string;
  subjectId: string;
}

/** Places named in a span (stub until the gazetteer scan lands). */
export function extractPlaces(_text: string, _span: { start: number; end: number }, _ctx: PlaceContext): { places: PlaceRecord[]; locations: LocationRecord[] } {
  return { places: [], locations: [] };
}
