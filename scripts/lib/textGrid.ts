/** Plain-text columns, each padded to its widest cell (by code points; CJK cells may look wider), indented by two spaces. */
export function textGrid(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => [...(row[i] ?? '')].length)));
  return rows.map((row) => '  ' + row.map((cell, i) => cell + ' '.repeat(widths[i]! - [...cell].length)).join('  ')).join('\n');
}
