import type { GoldTask } from '../../ingest/eval/goldTypes.js';
import type { DocBlock } from '../render/DocBlock.js';

/** What a layout renders: the document text, its structure and its gold tasks. */
export interface BuiltText {
  text: string;
  blocks: DocBlock[];
  tasks: GoldTask[];
  unitsDistinct: string[];
  /** What the layout printed beyond its name (table header kind, flattening, continued, …), listed in the manifest for eval's groups. */
  features?: string[];
}
