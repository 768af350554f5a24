/**
 * How many items a list field without a `first` argument is assumed to return, for the
 * cost estimate (estimateCost.ts). Sized on the 30k-task generated corpus and the samples,
 * towards the busy end: the point is to refuse a query whose answer would be megabytes.
 * Fields not listed get DEFAULT_LIST_SIZE; lists of scalars cost one item each.
 */
export const LIST_SIZES: Readonly<Record<string, number>> = {
  // A task names 1–4 units; targets, mentions and places are fewer.
  'Task.units': 3,
  'Task.targets': 2,
  'Task.mentions': 2,
  'Task.places': 2,
  // A task names 0–2 people (责任领导, 联系人).
  'Task.people': 2,
  // Pairs come most-shared first: the top pairs of a 30k-task graph share hundreds of tasks.
  'UnitPair.tasks': 50,
  'Project.mentions': 10,
  'Project.statusByYear': 5,
  'Project.units': 10,
  'Project.places': 3,
  'RecurringProject.mentions': 10,
  'RecurringProject.statusByYear': 5,
  'Place.children': 20,
  'Place.projects': 20,
  'Unit.supervisors': 2,
  'Unit.predecessors': 2,
  'Unit.successors': 2,
  'Document.inferred': 4,
  'AccountabilityChain.links': 50,
  'Graph.nodes': 200,
  'Graph.edges': 400,
  'CorpusStats.byYear': 20,
  'CorpusStats.byRegion': 20,
};

/** A list field of objects that is not in LIST_SIZES. */
export const DEFAULT_LIST_SIZE = 10;

/** `first` when neither the query nor the schema gives one. */
export const DEFAULT_PAGE_SIZE = 20;
