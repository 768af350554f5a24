import type { Comparator, Genre, PlaceKind, ProjectKind, ProjectStatus, Role, TaskKind } from '../../model/records.js';
import type { Row } from '../TxRunner.js';
import type { PersonRole } from '../../model/enums.js';
import type {
  AssignmentRow, DeadlineKind, PersonRow, DocumentRow, MentionRow, NeighbourRow, PlaceRow, ProjectRow, ResponsibilityRow, SectionRow, StoredEvidence, SurfaceRow,
  TargetRow, TaskRow, UnitRow,
} from '../rows.js';

/*
 * Result rows → the store's typed rows. Both drivers hand back plain JS values, but not always
 * of one type (Kùzu INT64 may come as a bigint, a missing property as undefined): these
 * converters are the one place that decides what a column becomes.
 */

export function str(v: unknown): string {
  return v === null || v === undefined ? '' : String(v);
}
export function strOrNull(v: unknown): string | null {
  return v === null || v === undefined ? null : String(v);
}
export function num(v: unknown): number {
  return typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : Number(v ?? 0);
}
export function numOrNull(v: unknown): number | null {
  return v === null || v === undefined ? null : num(v);
}
export function numbers(v: unknown): number[] {
  return Array.isArray(v) ? v.map(num) : [];
}
export function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.map(String) : [];
}

/** Text in code-point order, as both backends compare strings (not the locale's order). */
export function compareText(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Document order: year, then document, then position in it. */
export function byDocumentOrder(x: TaskRow, y: TaskRow): number {
  // Tasks of a document without a year come last.
  return (x.year ?? Number.MAX_SAFE_INTEGER) - (y.year ?? Number.MAX_SAFE_INTEGER) || compareText(x.documentId, y.documentId) || x.ordinal - y.ordinal;
}

export function evidenceOf(r: Row, documentId: string): StoredEvidence {
  return { documentId, quote: str(r.quote), start: num(r.spanStart), end: num(r.spanEnd), rule: str(r.rule) };
}

export function toDocument(r: Row): DocumentRow {
  return {
    id: str(r.id), file: str(r.file), title: str(r.title), year: numOrNull(r.year), region: strOrNull(r.region),
    genre: str(r.genre) as Genre, issuer: strOrNull(r.issuer), date: strOrNull(r.date), sha256: str(r.sha256),
    length: num(r.length), inferred: str(r.inferred) || '[]',
    format: str(r.format) || 'txt', encoding: strOrNull(r.encoding), textSha256: str(r.textSha256),
  };
}

export function toUnit(r: Row): UnitRow {
  const name = str(r.name);
  return {
    id: str(r.id), name, region: strOrNull(r.region), kind: str(r.kind), aliases: strings(r.names).filter((n) => n !== name),
    placeId: strOrNull(r.placeId), rule: str(r.rule),
  };
}

export function toTask(r: Row): TaskRow {
  const documentId = str(r.documentId);
  return {
    id: str(r.id), documentId, sectionId: strOrNull(r.sectionId), number: strOrNull(r.number), text: str(r.text),
    starred: r.starred === true, kind: str(r.kind) as TaskKind, ordinal: num(r.ordinal), year: numOrNull(r.year),
    region: strOrNull(r.region), evidence: evidenceOf(r, documentId),
    deadline: r.deadlinePrinted === null || r.deadlinePrinted === undefined ? null : {
      printed: str(r.deadlinePrinted), date: strOrNull(r.deadlineDate), kind: str(r.deadlineKind) as DeadlineKind,
      evidence: { documentId, quote: str(r.deadlinePrinted), start: num(r.deadlineStart), end: num(r.deadlineEnd), rule: str(r.deadlineRule) },
    },
  };
}

export function toSection(r: Row): SectionRow {
  const documentId = str(r.documentId);
  return {
    id: str(r.id), documentId, parentId: strOrNull(r.parentId), number: str(r.number), title: str(r.title),
    level: num(r.level), ordinal: num(r.ordinal), evidence: evidenceOf(r, documentId),
  };
}

export function toResponsibility(r: Row): ResponsibilityRow {
  return {
    taskId: str(r.taskId), unitId: str(r.unitId), role: str(r.role) as Role, order: num(r.ord),
    surface: str(r.surface), resolution: str(r.resolution), year: numOrNull(r.year), evidence: evidenceOf(r, str(r.documentId)),
  };
}

export function toPerson(r: Row): PersonRow {
  return { id: str(r.id), name: str(r.name), title: strOrNull(r.title), region: strOrNull(r.region), rule: str(r.rule) };
}

export function toAssignment(r: Row): AssignmentRow {
  return {
    personId: str(r.personId), taskId: str(r.taskId), role: str(r.role) as PersonRole, order: num(r.ord), surface: str(r.surface),
    year: numOrNull(r.year), evidence: evidenceOf(r, str(r.documentId)),
  };
}

export function toTarget(r: Row): TargetRow {
  return {
    id: str(r.id), taskId: str(r.taskId), metric: str(r.metric), value: num(r.value), unit: str(r.unit),
    comparator: str(r.comparator) as Comparator, year: num(r.year), evidence: evidenceOf(r, str(r.documentId)),
  };
}

export function toProject(r: Row): ProjectRow {
  const name = str(r.name);
  return {
    id: str(r.id), name, region: strOrNull(r.region), kind: str(r.kind) as ProjectKind,
    aliases: strings(r.names).filter((n) => n !== name), rule: str(r.rule),
  };
}

export function toPlace(r: Row): PlaceRow {
  const name = str(r.name);
  return {
    id: str(r.id), name, kind: str(r.kind) as PlaceKind, parentId: strOrNull(r.parentId),
    aliases: strings(r.names).filter((n) => n !== name), code: strOrNull(r.code),
  };
}

export function toSurface(r: Row): SurfaceRow {
  return { nodeId: str(r.nodeId), surface: str(r.surface), rule: str(r.rule), documentId: str(r.documentId), uses: num(r.uses) };
}

export function toMention(r: Row): MentionRow {
  return {
    projectId: str(r.projectId), taskId: str(r.taskId), year: num(r.year), surface: str(r.surface), resolution: str(r.resolution),
    status: strOrNull(r.status) as ProjectStatus | null, evidence: evidenceOf(r, str(r.documentId)),
  };
}

export function toNeighbour(r: Row): NeighbourRow {
  return {
    source: str(r.source), target: str(r.target), type: str(r.type), id: str(r.id), kind: str(r.kind),
    label: str(r.label), nodeYear: numOrNull(r.nodeYear), year: numOrNull(r.year), role: strOrNull(r.role),
    documentId: strOrNull(r.documentId),
  };
}
