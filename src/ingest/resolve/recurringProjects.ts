import type { ExtractedDocument, MentionRecord, ProjectRecord } from '../../model/records.js';

/** A project mentioned in documents of at least `minYears` distinct years. */
export interface RecurringProject {
  project: ProjectRecord;
  years: number[];
  mentions: MentionRecord[];
}

/**
 * Cross-document project resolution in memory: mentions grouped by project id (ids are
 * deterministic keys, so the same project in two documents already shares one), years =
 * distinct years of the documents mentioning it. Aliases of one id are merged.
 */
export function recurringProjects(docs: ExtractedDocument[], minYears = 2): RecurringProject[] {
  const projects = new Map<string, ProjectRecord>();
  const mentions = new Map<string, MentionRecord[]>();
  const years = new Map<string, Set<number>>();
  for (const d of docs) {
    for (const p of d.projects) {
      const cur = projects.get(p.id);
      if (!cur) projects.set(p.id, { ...p, aliases: [...p.aliases] });
      else for (const a of p.aliases) if (!cur.aliases.includes(a)) cur.aliases.push(a);
    }
    for (const m of d.mentions) {
      (mentions.get(m.projectId) ?? mentions.set(m.projectId, []).get(m.projectId)!).push(m);
      const ys = years.get(m.projectId) ?? years.set(m.projectId, new Set()).get(m.projectId)!;
      // A document without a year gives no year (never 0).
      if (d.document.year !== null) ys.add(d.document.year);
    }
  }
  const out: RecurringProject[] = [];
  for (const [id, p] of projects) {
    const ys = [...(years.get(id) ?? [])].sort((a, b) => a - b);
    if (ys.length >= minYears) out.push({ project: p, years: ys, mentions: mentions.get(id) ?? [] });
  }
  return out.sort((a, b) => b.years.length - a.years.length || a.project.id.localeCompare(b.project.id));
}
