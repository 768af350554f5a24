import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extractDocument.js';
import { readSource } from '../../src/ingest/read/readSource.js';
import { readDocumentFile } from '../../src/load/readDocumentFile.js';

/* Item 8 of issue 17 on the read and extract path, one defect a case. */

const TASKS = ['一、加强基础设施建设，区住建委负责。', '二、推进数字化转型，区经委负责。', '三、完善社区治理体系，区民政局负责。', '四、提升教育质量，区教育局负责。', '五、优化营商环境，区发改委负责。', '六、加强生态保护，区生态环境局负责。'];

async function tasksOf(bytes: Uint8Array): Promise<number> {
  const read = await readSource(bytes, 'x.txt');
  if (!read.ok) throw new Error(read.reason);
  return extractDocument({ file: 'x.txt', text: read.source.text, sha256: 'x', meta: {} }).tasks.length;
}

describe('input validated at the edge', () => {
  it('CR-only line endings are line breaks: 6 CR-separated tasks give 6 tasks, as with LF', async () => {
    expect(await tasksOf(Buffer.from(TASKS.join('\r')))).toBe(6);
    expect(await tasksOf(Buffer.from(TASKS.join('\n')))).toBe(6);
  });

  it.each(['一、。。。', '2、！！', '（三）……——', '1. ，，，'])('numbered lines of punctuation only (%s ×300) give 0 tasks', async (line) => {
    expect(await tasksOf(Buffer.from(Array(300).fill(line).join('\n')))).toBe(0);
  });

  it('UTF-16 without a byte-order mark is read (LE and BE); U+0000 inside UTF-16 is refused', async () => {
    const le = Buffer.from(TASKS.join('\n'), 'utf16le');
    expect(await tasksOf(le)).toBe(6);
    expect(await tasksOf(Buffer.from(le).swap16())).toBe(6);
    for (const bytes of [Buffer.from(`\ufeff重点\u0000工作任务`, 'utf16le'), Buffer.from('重点工作任务\u0000说明文字', 'utf16le')]) {
      const read = await readSource(bytes, 'x.txt');
      expect(read.ok ? 'read' : read.reason).toMatch(/NUL/);
    }
  });

  it('a device is named for what it is, and reading it does not block', async () => {
    expect(await readDocumentFile('/dev/zero')).toEqual({ file: '/dev/zero', reason: 'is a character device, not a regular file' });
    expect(await readDocumentFile('/dev/null')).toEqual({ file: '/dev/null', reason: 'is a character device, not a regular file' });
  });
});
