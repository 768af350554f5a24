import JSZip from 'jszip';

/**
 * An Office file (a zip) made byte-deterministic: the writers stamp every zip entry and the
 * document properties with the current time, so both are set to `date` (the document's own
 * date) and the archive is written again in the same entry order.
 */
export async function fixZipDates(bytes: Buffer, date: Date): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  for (const name of Object.keys(zip.files)) {
    const entry = zip.files[name]!;
    if (entry.dir) continue;
    let data: Uint8Array | string = await entry.async('uint8array');
    // The core properties' created/modified stamps (W3CDTF), as both docx and exceljs write them.
    if (name === 'docProps/core.xml') {
      data = Buffer.from(data).toString('utf8').replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${stamp}$2`);
    }
    out.file(name, data, { date, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'UNIX' });
}
