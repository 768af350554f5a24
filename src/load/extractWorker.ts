/**
 * A worker thread of the extraction pool (extractPool.ts): extracts the document files it is
 * sent, one message each (and prepares each for the store's bulk path when asked), and answers
 * with the document or the reason it failed.
 */
import { parentPort } from 'node:worker_threads';
import { messageOf } from '../errors.js';
import { prepareForBulk } from '../store/bulkFormat.js';
import { extractFile } from './extractFile.js';
import type { ExtractReply, ExtractRequest } from './extractPool.js';

const port = parentPort;
if (!port) throw new Error('extractWorker.ts runs as a worker thread of extractPool.ts');
port.on('message', async (request: ExtractRequest) => {
  let reply: ExtractReply;
  try {
    const doc = await extractFile(request.job);
    const { prepare } = request;
    reply = { index: request.index, doc: prepare ? await prepareForBulk(prepare.format, doc, prepare.pipeline) : doc, warnings: doc.warnings };
  } catch (error) {
    reply = { index: request.index, error: messageOf(error) };
  }
  port.postMessage(reply);
});
