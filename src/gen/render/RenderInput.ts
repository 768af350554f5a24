import type { GenMeta } from '../types.js';
import type { DocBlock } from './DocBlock.js';

/** What a renderer needs of a generated document: its `.txt` name and text, its blocks and metadata. */
export interface RenderInput {
  file: string;
  text: string;
  blocks: readonly DocBlock[];
  meta: GenMeta;
}

/** One rendering: the file's bytes, and its page count for paged formats (PDF). */
export interface Rendered {
  bytes: Buffer;
  pages?: number;
}
