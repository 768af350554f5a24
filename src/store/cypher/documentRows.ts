import type { Evidence, ExtractedDocument } from '../../model/records.js';
import { isIdOf, type NodeKind } from '../../model/nodeKinds.js';

/*
 * Turns one ExtractedDocument into the row lists the write statements take.
 * Pure; the shape of each row matches its statement's `r.*` columns. Rows never
 * carry an empty list (Kùzu cannot type one) nor a null where a number belongs.
 */

type EvidenceColumns = { quote: string; spanStart: number; spanEnd: number; rule: string };

/** The evidence columns of a row. */
export function evidenceColumns(evidence: Evidence): EvidenceColumns {
  return { quote: evidence.quote, spanStart: evidence.start, spanEnd: evidence.end, rule: evidence.rule };
}

/**
 * `names` always holds the canonical name first, so it is never empty; the others follow in
 * code-point order, so a node's names do not depend on the order its documents were loaded in.
 */
export function namesOf(name: string, aliases: readonly string[], known: readonly string[] = []): string[] {
  const others = new Set([...aliases, ...known]);
  others.delete(name);
  return [name, ...[...others].sort()];
}

/** A shared node's names as the list and as the newline-joined text substring search reads. */
export function withAllNames(names: string[]): { names: string[]; allNames: string } {
  return { names, allNames: names.join('\n') };
}

export function documentParams(doc: ExtractedDocument, pipeline: string): Record<string, unknown> {
  const d = doc.document;
  // The user overrides that concern the document are part of what it was loaded by (src/load/documentPipeline.ts).
  if (d.overrides) pipeline = `${pipeline}+ov:${d.overrides}`;
  return {
    id: d.id, file: d.file, title: d.title, year: d.year, region: d.region, genre: d.genre,
    issuer: d.issuer, date: d.date, sha256: d.sha256, length: d.length, inferred: JSON.stringify(d.inferred), pipeline,
    format: d.format ?? 'txt', encoding: d.encoding === undefined ? 'UTF-8' : d.encoding, textSha256: d.textSha256 ?? '', text: d.text ?? '',
  };
}

export function sectionRows(doc: ExtractedDocument) {
  return doc.sections.map((s) => ({
    id: s.id, parentId: s.parentId, number: s.number, title: s.title, level: s.level, ordinal: s.ordinal,
    ...evidenceColumns(s.evidence),
  }));
}

export function taskRows(doc: ExtractedDocument) {
  return doc.tasks.map((t) => ({
    id: t.id, sectionId: t.sectionId, number: t.number, text: t.text, starred: t.starred, kind: t.kind,
    ordinal: t.ordinal, ...evidenceColumns(t.evidence),
    deadlinePrinted: t.deadline?.printed ?? null, deadlineDate: t.deadline?.date ?? null, deadlineKind: t.deadline?.kind ?? null,
    deadlineRule: t.deadline?.evidence.rule ?? null, // 0, not null, without a deadline: Kùzu types a parameter column of nulls as STRING.
    deadlineStart: t.deadline?.evidence.start ?? 0, deadlineEnd: t.deadline?.evidence.end ?? 0,
  }));
}

export function responsibilityRows(doc: ExtractedDocument) {
  return doc.responsibilities.map((r) => ({
    unitId: r.unitId, taskId: r.taskId, role: r.role, ord: r.order, surface: r.surface, resolution: r.resolution, ...evidenceColumns(r.evidence),
  }));
}

export function assignmentRows(doc: ExtractedDocument) {
  return (doc.assignments ?? []).map((a) => ({
    personId: a.personId, taskId: a.taskId, role: a.role, ord: a.order, surface: a.surface, ...evidenceColumns(a.evidence),
  }));
}

export function mentionRows(doc: ExtractedDocument) {
  return doc.mentions.map((m) => ({
    taskId: m.taskId, projectId: m.projectId, surface: m.surface, resolution: m.resolution, status: m.status, ...evidenceColumns(m.evidence),
  }));
}

export function locationRows(doc: ExtractedDocument, subjectKind: NodeKind) {
  return doc.locations
    .filter((l) => isIdOf(subjectKind, l.subjectId))
    .map((l) => ({ subjectId: l.subjectId, placeId: l.placeId, ...evidenceColumns(l.evidence) }));
}

export function targetRows(doc: ExtractedDocument) {
  return doc.targets.map((g) => ({
    id: g.id, taskId: g.taskId, metric: g.metric, value: String(g.value), unit: g.unit, comparator: g.comparator,
    ...evidenceColumns(g.evidence),
  }));
}

/** Unit pairs (a < b by id) with how many of the document's tasks both are responsible for. */
export function coResponsibilityRows(doc: ExtractedDocument): Array<{ a: string; b: string; shared: number }> {
  const unitsByTask = new Map<string, Set<string>>();
  for (const r of doc.responsibilities) {
    const set = unitsByTask.get(r.taskId) ?? new Set<string>();
    set.add(r.unitId);
    unitsByTask.set(r.taskId, set);
  }
  const counts = new Map<string, number>();
  for (const units of unitsByTask.values()) {
    const sorted = [...units].sort();
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const key = `${sorted[i]}\u0000${sorted[j]}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  return [...counts].map(([key, shared]) => {
    const [a, b] = key.split('\u0000') as [string, string];
    return { a, b, shared };
  });
}
