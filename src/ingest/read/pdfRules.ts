/** A horizontal rule drawn on a page (a table's cell border): baseline-space y, x from x0 to x1, PDF units. */
export interface PdfRule {
  y: number;
  x0: number;
  x1: number;
}

/** pdfjs operator codes this file reads (pdfjs-dist `OPS`; passed in so this file needs no pdfjs import). */
export interface PdfOps {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  fill: number;
  eoFill: number;
}

// Private: pdfjs's path opcodes inside a constructPath's path data (`DrawOPS`), with their coordinate counts.
const MOVE_TO = 0;
const LINE_TO = 1;
const CLOSE_PATH = 4;
const COORDS: Record<number, number> = { 0: 2, 1: 2, 2: 6, 3: 4, 4: 0 };
// Private: a filled box thinner than this (PDF units) is a rule, as Word draws cell borders; a
// line shorter than MIN_LENGTH is a glyph stroke or a tick, not a border.
const THIN = 2;
const MIN_LENGTH = 8;

type Matrix = [number, number, number, number, number, number];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
const multiply = (a: Matrix, b: Matrix): Matrix => [
  a[0] * b[0] + a[2] * b[1], a[1] * b[0] + a[3] * b[1],
  a[0] * b[2] + a[2] * b[3], a[1] * b[2] + a[3] * b[3],
  a[0] * b[4] + a[2] * b[5] + a[4], a[1] * b[4] + a[3] * b[5] + a[5],
];

/**
 * The horizontal rules of a page from its operator list (pdfjs `page.getOperatorList()`):
 * stroked straight horizontal segments and thin filled boxes, in page space (the current
 * transform tracked through save/restore), so a table's rows can be told apart by the
 * borders between them rather than guessed from the text alone.
 */
export function horizontalRules(fnArray: readonly number[], argsArray: readonly unknown[], ops: PdfOps): PdfRule[] {
  const rules: PdfRule[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i];
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform && Array.isArray(args) && args.length === 6) ctm = multiply(ctm, args as Matrix);
    else if (fn === ops.constructPath && Array.isArray(args)) {
      const [paintOp, data] = args as [number, unknown[] | undefined];
      const path = Array.isArray(data) ? data[0] : undefined;
      if (!path || typeof (path as ArrayLike<number>).length !== 'number') continue;
      const filled = paintOp === ops.fill || paintOp === ops.eoFill;
      collect(path as ArrayLike<number>, ctm, filled, rules);
    }
  }
  return rules;
}

// Private: the horizontal rules of one path: its straight horizontal segments, or its whole box when it is a thin filled box.
function collect(path: ArrayLike<number>, ctm: Matrix, filled: boolean, out: PdfRule[]): void {
  const points: Array<[number, number]> = [];
  let start: [number, number] | null = null;
  let prev: [number, number] | null = null;
  const segment = (a: [number, number], b: [number, number]): void => {
    if (Math.abs(a[1] - b[1]) < 0.5 && Math.abs(a[0] - b[0]) >= MIN_LENGTH) out.push({ y: (a[1] + b[1]) / 2, x0: Math.min(a[0], b[0]), x1: Math.max(a[0], b[0]) });
  };
  for (let k = 0; k < path.length; ) {
    const op = path[k]!;
    const n = COORDS[op];
    if (n === undefined) return;
    if (op === MOVE_TO || op === LINE_TO) {
      const p = apply(ctm, path[k + 1]!, path[k + 2]!);
      points.push(p);
      if (op === LINE_TO && prev && !filled) segment(prev, p);
      if (op === MOVE_TO) start = p;
      prev = p;
    } else if (op === CLOSE_PATH) {
      if (prev && start && !filled) segment(prev, start);
      prev = start;
    } else {
      prev = apply(ctm, path[k + n - 2]!, path[k + n - 1]!);
      points.push(prev);
    }
    k += 1 + n;
  }
  if (!filled || points.length === 0) return;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  if (y1 - y0 < THIN && x1 - x0 >= MIN_LENGTH) out.push({ y: (y0 + y1) / 2, x0, x1 });
}
