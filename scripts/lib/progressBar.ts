/**
 * A one-line progress bar on stderr; redrawn in place on a terminal, silent
 * elsewhere (CI logs get only the closing summary).
 */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr) {
  const tty = stream.isTTY === true;
  let last = '';
  return {
    update(done: number, total: number, item: string): void {
      if (!tty || total === 0) return;
      const width = 24;
      const filled = Math.round((done / total) * width);
      const line = `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${item}`.slice(0, (stream.columns ?? 80) - 1);
      if (line !== last) stream.write(`\r\x1b[K${line}`);
      last = line;
    },
    done(): void {
      if (tty && last) stream.write('\r\x1b[K');
    },
  };
}
