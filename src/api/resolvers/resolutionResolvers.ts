import DataLoader from 'dataloader';
import type { ResolutionResolvers, ResolvedSurfaceResolvers } from '../../__generated__/resolvers.js';
import type { GraphStore } from '../../store/GraphStore.js';
import type { ProjectRow, UnitRow } from '../../store/rows.js';
import { groupSurfaces } from '../analysis/groupSurfaces.js';
import type { ResolutionValue, SurfaceValue } from '../analysis/groupSurfaces.js';
import type { ApiContext } from '../context.js';
import { required } from './required.js';

/*
 * `Unit.resolution` and `Project.resolution`: how a canonical node was formed from the names
 * printed in documents. The surfaces of every node a request asks about are read in one store
 * call per kind: the batching loaders live beside the request's other loaders, one pair per
 * request (keyed by that request's Loaders object, so they go with it).
 */

type SurfaceLoaders = { unit: DataLoader<string, SurfaceValue[]>; project: DataLoader<string, SurfaceValue[]> };
const perRequest = new WeakMap<object, SurfaceLoaders>();

function surfaceLoader(read: (ids: readonly string[]) => ReturnType<GraphStore['unitSurfaces']>): DataLoader<string, SurfaceValue[]> {
  return new DataLoader(async (ids: readonly string[]) => {
    const grouped = groupSurfaces(await read(ids));
    return ids.map((id) => grouped.get(id) ?? []);
  });
}

function loadersOf(ctx: ApiContext): SurfaceLoaders {
  let l = perRequest.get(ctx.loaders);
  if (!l) {
    l = { unit: surfaceLoader((ids) => ctx.store.unitSurfaces(ids)), project: surfaceLoader((ids) => ctx.store.projectSurfaces(ids)) };
    perRequest.set(ctx.loaders, l);
  }
  return l;
}

/** The `resolution` field of Unit. */
export async function unitResolution(u: UnitRow, _: unknown, ctx: ApiContext): Promise<ResolutionValue> {
  return { rule: u.rule, surfaces: await loadersOf(ctx).unit.load(u.id) };
}

/** The `resolution` field of Project. */
export async function projectResolution(p: ProjectRow, _: unknown, ctx: ApiContext): Promise<ResolutionValue> {
  return { rule: p.rule, surfaces: await loadersOf(ctx).project.load(p.id) };
}

export const resolutionResolvers: ResolutionResolvers = {};

export const resolvedSurfaceResolvers: ResolvedSurfaceResolvers = {
  // A surface's documents exist (its rows came from their edges): a miss or a failed read is an error, never a shorter list.
  documents: async (s, _, { loaders }) =>
    (await loaders.document.loadMany(s.documentIds)).map((d, i) => {
      if (d instanceof Error) throw d;
      return required(d, `document ${s.documentIds[i]}`);
    }),
};
