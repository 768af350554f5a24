import type { GoldTask } from '../../ingest/eval/goldTypes.js';

/** What a layout renders: the document text and its gold tasks. */
export interface BuiltText {
  text: string;
  tasks: GoldTask[];
  unitsDistinct: string[];
}
