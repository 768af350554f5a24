import type { GoldTask } from '../ingest/eval/goldTypes.js';
import type { DocBlock, ItemNumber, LineRole, TableBlock } from './render/DocBlock.js';

/** The responsibility a task prints: lead and support lists, or plain `units` (RESPONSIBLE). */
export interface PrintedDuty {
  lead: string[];
  support: string[];
  units: string[];
}

/** No units printed (target lists without clauses, report sentences). */
export const NO_DUTY: PrintedDuty = { lead: [], support: [], units: [] };

// The category column's header in formats that print a table as a table.
const CATEGORY_HEADER = '类别';

/**
 * Collects a document's lines and its gold tasks side by side, so the answer key is written
 * from the same values the text is printed from; and the document's structure (blocks), so
 * other formats print the same content (src/gen/render/).
 */
export class DocBuilder {
  private readonly lines: string[] = [];
  private readonly blocks: DocBlock[] = [];
  private readonly tasks: GoldTask[] = [];
  private readonly distinct = new Set<string>();

  constructor(private readonly starMarks: boolean) {}

  /**
   * Append a line (or several, joined with newlines, for text printed across lines). `clean`
   * is what other formats print (default: the line with its PDF line breaks removed); `number`
   * says `clean` starts with that item number (Word prints it as list numbering).
   */
  line(s: string, role: LineRole = 'paragraph', clean: string = s.replace(/\n+/g, ''), number?: ItemNumber): void {
    this.lines.push(s);
    if (clean !== '') this.blocks.push(number ? { kind: 'text', role, text: clean, number } : { kind: 'text', role, text: clean });
  }

  /**
   * A table section: its heading and header printed as lines (as a flattened table reads),
   * rows to follow with `row`. Consecutive sections with the same header are one table, but a
   * section printing its header starts a new one after a table that went on without its header.
   * `headerless`: the section prints no header (a category column's later groups; the text
   * starting mid-table): it goes on in the open table, or opens one without a header row.
   */
  tableSection(category: string, header: string[], printed: string[] = [category, ...header], headerless = false): void {
    this.lines.push(...printed);
    const last = this.blocks[this.blocks.length - 1];
    if (last?.kind === 'table' && last.header.join('\t') === header.join('\t') && (headerless || !last.headerless)) return;
    this.blocks.push({ kind: 'table', categoryHeader: CATEGORY_HEADER, header: [...header], rows: [], ...(headerless ? { headerless } : {}) });
  }

  /** The open table continues without its header (on a new page): rows after this go to a header-less table. */
  breakTable(): void {
    const table = this.blocks[this.blocks.length - 1];
    if (table?.kind !== 'table') throw new Error('DocBuilder.breakTable: no table section open');
    this.blocks.push({ kind: 'table', categoryHeader: table.categoryHeader, header: [...table.header], rows: [], headerless: true });
  }

  /** A table row under `category`, printed one cell per line in `.txt` unless `printed` gives its lines. */
  row(category: string, cells: string[], printed: string[] = cells): void {
    const table = this.blocks[this.blocks.length - 1];
    if (table?.kind !== 'table') throw new Error('DocBuilder.row: no table section open');
    this.lines.push(...printed);
    (table as TableBlock).rows.push({ category, cells: [...cells] });
  }

  /** Record a task: `text` is its clean text (no number, ★ or unit clause). */
  task(num: string, section: string, text: string, duty: PrintedDuty, starred = false): void {
    const t: GoldTask = { num, section, text_start: text.slice(0, 20), lead: duty.lead, support: duty.support, units: duty.units };
    if (this.starMarks) t.starred = starred;
    this.tasks.push(t);
    for (const u of duty.units) this.distinct.add(u);
  }

  /** Whether a collective placeholder (各相关单位, 区直各部门 …) was printed among a task's units. */
  get collectivesPrinted(): boolean {
    return this.tasks.some((t) => t.units.some((u) => /^(?:各|区直|相关|有关)/.test(u)));
  }

  /** Tasks recorded so far. */
  get taskCount(): number {
    return this.tasks.length;
  }

  /** The text (lines joined, final newline), its blocks and the gold tasks. */
  build(): { text: string; blocks: DocBlock[]; tasks: GoldTask[]; unitsDistinct: string[] } {
    return { text: `${this.lines.join('\n')}\n`, blocks: this.blocks, tasks: this.tasks, unitsDistinct: [...this.distinct] };
  }
}

/**
 * Split `total` items into `parts` groups of at least one (fewer groups when total is
 * smaller), sizes varying: 12 into 4 → [2, 4, 3, 3].
 */
export function splitCount(total: number, parts: number, next: () => number): number[] {
  const n = Math.max(1, Math.min(parts, total));
  const weights = Array.from({ length: n }, () => 0.5 + next());
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => 1 + Math.floor(((total - n) * w) / sum));
  let rest = total - out.reduce((a, b) => a + b, 0);
  for (let k = 0; rest > 0; k = (k + 1) % n, rest--) out[k]!++;
  return out;
}
