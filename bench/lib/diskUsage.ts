import fs from 'node:fs';
import path from 'node:path';

/** Bytes allocated on disk under `dir` (like `du -s`: st.blocks × 512, files counted once). */
export function diskUsageBytes(dir: string): number {
  let total = 0;
  const walk = (p: string): void => {
    const st = fs.lstatSync(p);
    total += st.blocks * 512;
    if (st.isDirectory()) for (const name of fs.readdirSync(p)) walk(path.join(p, name));
  };
  if (fs.existsSync(dir)) walk(dir);
  return total;
}
