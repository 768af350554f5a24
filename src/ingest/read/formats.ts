import type { SourceFormat } from './SourceDocument.js';

/** File endings read as documents, and the format each is read as. */
export const READ_FORMATS: Readonly<Record<string, SourceFormat>> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.shtml': 'html',
  '.xhtml': 'html',
  '.docx': 'docx',
  '.xlsx': 'xlsx',
  '.csv': 'csv',
  '.pdf': 'pdf',
};

/**
 * Formats that are refused, with what to do instead (one line each). Legacy binary Office
 * formats need a reader no well-kept npm package offers; images and scans need OCR.
 */
export const REFUSED_FORMATS: Readonly<Record<string, string>> = {
  '.doc': 'legacy Word .doc is not supported: save it as .docx',
  '.wps': 'WPS Writer .wps is not supported: save it as .docx',
  '.et': 'WPS Spreadsheets .et is not supported: save it as .xlsx',
  '.xls': 'legacy Excel .xls is not supported: save it as .xlsx',
  '.rtf': 'RTF is not supported: save it as .docx',
  '.odt': 'OpenDocument text is not supported: save it as .docx',
  '.ods': 'OpenDocument spreadsheet is not supported: save it as .xlsx',
  '.ofd': 'OFD is not supported: export it as PDF with a text layer',
  '.ppt': 'PowerPoint is not supported: export it as PDF',
  '.pptx': 'PowerPoint is not supported: export it as PDF',
  '.jpg': 'image (.jpg) has no text: run OCR first',
  '.jpeg': 'image (.jpeg) has no text: run OCR first',
  '.png': 'image (.png) has no text: run OCR first',
  '.gif': 'image (.gif) has no text: run OCR first',
  '.tif': 'image (.tif) has no text: run OCR first',
  '.tiff': 'image (.tiff) has no text: run OCR first',
  '.bmp': 'image (.bmp) has no text: run OCR first',
  '.webp': 'image (.webp) has no text: run OCR first',
  '.zip': 'archive (.zip): unpack it and load the documents inside',
  '.rar': 'archive (.rar): unpack it and load the documents inside',
  '.7z': 'archive (.7z): unpack it and load the documents inside',
  '.gz': 'archive (.gz): unpack it and load the documents inside',
  '.tar': 'archive (.tar): unpack it and load the documents inside',
};

/**
 * What the first bytes say a file is, whatever its name: a zip (Office Open XML or an
 * archive), an OLE2 compound file (.doc/.xls/.wps), a PDF or an image.
 */
export function sniffFormat(bytes: Uint8Array): 'zip' | 'ole2' | 'pdf' | 'image' | null {
  const b = bytes;
  if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) return 'zip';
  if (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) return 'ole2';
  if (b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46) return 'pdf';
  if ((b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) || (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) || (b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46)) return 'image';
  return null;
}
