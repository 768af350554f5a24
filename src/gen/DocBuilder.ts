import type { GoldTask } from '../ingest/eval/goldTypes.js';

/** The responsibility a task prints: lead and support lists, or plain `units` (RESPONSIBLE). */
export interface PrintedDuty {
  lead: string[];
  support: string[];
  units: string[];
}

/** No units printed (target lists without clauses, report sentences). */
export const NO_DUTY: PrintedDuty = { lead: [], support: [], units: [] };

/**
 * Collects a document's lines and its gold tasks side by side, so the answer key is written
 * from the same values the text is printed from.
 */
export class DocBuilder {
  private readonly lines: string[] = [];
  private readonly tasks: GoldTask[] = [];
  private readonly distinct = new Set<string>();

  constructor(private readonly starMarks: boolean) {}

  /** Append a line (or several, joined with newlines, for text printed across lines). */
  line(s: string): void {
    this.lines.push(s);
  }

  /** Record a task: `text` is its clean text (no number, ★ or unit clause). */
  task(num: string, section: string, text: string, duty: PrintedDuty, starred = false): void {
    const t: GoldTask = { num, section, text_start: text.slice(0, 20), lead: duty.lead, support: duty.support, units: duty.units };
    if (this.starMarks) t.starred = starred;
    this.tasks.push(t);
    for (const u of duty.units) this.distinct.add(u);
  }

  /** Tasks recorded so far. */
  get taskCount(): number {
    return this.tasks.length;
  }

  /** The text (lines joined, final newline) and the gold tasks. */
  build(): { text: string; tasks: GoldTask[]; unitsDistinct: string[] } {
    return { text: `${this.lines.join('\n')}\n`, tasks: this.tasks, unitsDistinct: [...this.distinct] };
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
