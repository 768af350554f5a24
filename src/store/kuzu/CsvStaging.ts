import fs from 'node:fs';
import path from 'node:path';
import type { RowSink } from './RowSink.js';

/**
 * Bytes buffered per file before a write. Small enough that staged rows die young: with 4 MB
 * buffers they lived long enough to be promoted, and GC took 1.4 s of a 100k-task load (1.0 s now).
 */
const FLUSH_BYTES = 1 << 18;

/**
 * CSV files for Kùzu's `COPY … FROM`, one per table (and per end-label pair of
 * a rel table), written in chunks so memory stays bounded whatever the corpus size.
 * Every string is quoted ("" escapes a quote; newlines stay inside quotes);
 * null is an empty field, which Kùzu reads as NULL.
 */
export class CsvStaging implements RowSink {
  private readonly dir: string;
  private readonly files = new Map<string, Entry>();

  constructor(dir: string) {
    this.dir = dir;
    fs.mkdirSync(dir, { recursive: true });
  }

  /** Appends one row, its values in the table's column order. */
  add(name: string, values: readonly unknown[]): void {
    const line = csvLine(values);
    this.append(name, line, 1, spansLines(line));
  }

  /** Appends rows already written as CSV lines (a prepared document's file). */
  append(name: string, text: string, rows: number, multiline: boolean): void {
    let entry = this.files.get(name);
    if (!entry) {
      const file = path.join(this.dir, `${name}.csv`);
      entry = { file, fd: fs.openSync(file, 'w'), chunks: [], bytes: 0, rows: 0, multiline: false };
      this.files.set(name, entry);
    }
    if (multiline) entry.multiline = true;
    entry.chunks.push(text);
    entry.bytes += text.length * 3;
    entry.rows += rows;
    if (entry.bytes >= FLUSH_BYTES) flush(entry);
  }

  /**
   * Writes what is buffered; returns each staged file with its row count and
   * whether a value spans lines (Kùzu's parallel CSV reader cannot split those).
   */
  finish(): Map<string, StagedFile> {
    const out = new Map<string, StagedFile>();
    for (const [name, entry] of this.files) {
      flush(entry);
      closeFile(entry);
      out.set(name, { file: entry.file, rows: entry.rows, multiline: entry.multiline });
    }
    return out;
  }

  /** Closes any file still open and removes the staging folder. */
  remove(): void {
    for (const entry of this.files.values()) closeFile(entry);
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A staged CSV file. */
export interface StagedFile {
  file: string;
  rows: number;
  multiline: boolean;
}

interface Entry extends StagedFile {
  /** Open while rows are added; null once closed. */
  fd: number | null;
  chunks: string[];
  bytes: number;
}

function flush(entry: Entry): void {
  if (entry.chunks.length === 0) return;
  // A file added to after finish() closed it is opened again to append.
  entry.fd ??= fs.openSync(entry.file, 'a');
  fs.writeSync(entry.fd, entry.chunks.join(''));
  entry.chunks = [];
  entry.bytes = 0;
}

function closeFile(entry: Entry): void {
  if (entry.fd === null) return;
  fs.closeSync(entry.fd);
  entry.fd = null;
}

/** Whether a CSV line (ending in a newline) holds a value that spans lines. */
export function spansLines(line: string): boolean {
  return line.indexOf('\n') < line.length - 1;
}

/** One CSV line (ending in a newline) of a row's values. */
export function csvLine(values: readonly unknown[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) line += i === 0 ? csvField(values[i]) : `,${csvField(values[i])}`;
  return `${line}\n`;
}

function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // Lists of numbers only (e.g. years): Kùzu reads [2018,2019].
  if (Array.isArray(value)) return `"[${value.map(Number).join(',')}]"`;
  const text = String(value);
  return text.includes('"') ? `"${text.replaceAll('"', '""')}"` : `"${text}"`;
}
