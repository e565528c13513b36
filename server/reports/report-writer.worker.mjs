// The report's file writers, run in a worker thread (report-files.ts): laying
// out a PDF or DOCX is a second or more of CPU, which must not hold up the
// hub's other requests. The writers are TypeScript, loaded through tsx as in
// the hub itself; they need no GraphQL or database code.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { reportDocx } = await import('./report-docx.ts');
const { reportPdf } = await import('./report-pdf.ts');
const WRITERS = { DOCX: reportDocx, PDF: reportPdf };

parentPort.on('message', async ({ id, format, report }) => {
  try {
    // A copy of its own, so that its memory can be handed over instead of copied again.
    const data = new Uint8Array(await WRITERS[format](report));
    parentPort.postMessage({ id, data }, [data.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
