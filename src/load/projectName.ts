import { projectDisplayName } from '../ingest/resolve/projectDisplayName.js';
import type { ProjectRecordLike } from '../store/rows.js';

/**
 * The naming rule the loader gives the store: a curated alias's canonical name
 * stands; otherwise the stem most of the project's spellings share.
 */
export function projectName(project: ProjectRecordLike, names: readonly string[]): string {
  return project.rule.split('+').includes('alias') ? project.name : projectDisplayName(names);
}
