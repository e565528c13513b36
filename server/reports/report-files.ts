// Writes report files in one worker thread (report-writer.worker.mjs), one
// after another, so that laying out a PDF never blocks the hub's event loop.
// The worker starts with the first file and then stays; if it dies, the files
// it was writing fail and the next one starts a new worker.
import { Worker } from 'node:worker_threads';
import { userError } from '../common/errors.ts';
import type { PeriodicReport, ReportFormat } from './report.types.ts';

/** Files waiting or being written at most: a burst of requests is refused, not queued for minutes. */
export const MAX_QUEUED_FILES = 4;

interface Job {
  resolve(data: Buffer): void;
  reject(error: Error): void;
}

let worker: Worker | null = null;
const jobs = new Map<number, Job>();
let nextId = 1;

function failAll(error: Error): void {
  for (const job of jobs.values()) job.reject(error);
  jobs.clear();
  worker = null;
}

function startWorker(): Worker {
  const w = new Worker(new URL('./report-writer.worker.mjs', import.meta.url));
  // An idle writer does not keep the process alive (a hub shutting down, a test ending).
  w.unref();
  w.on('message', (m: { id: number; data?: Uint8Array; error?: string }) => {
    const job = jobs.get(m.id);
    jobs.delete(m.id);
    if (m.error !== undefined || !m.data) job?.reject(new Error(`writing the report file failed: ${m.error}`));
    else job?.resolve(Buffer.from(m.data.buffer, m.data.byteOffset, m.data.byteLength));
  });
  w.on('error', failAll);
  w.on('exit', (code) => failAll(new Error(`the report writer stopped (exit code ${code})`)));
  return w;
}

export function writeReportFile(format: ReportFormat, report: PeriodicReport): Promise<Buffer> {
  if (jobs.size >= MAX_QUEUED_FILES) {
    throw userError(
      'TOO_MANY_REQUESTS',
      {
        vi: `Hệ thống đang tạo ${jobs.size} tệp báo cáo; hãy thử lại sau ít giây.`,
        en: `The hub is writing ${jobs.size} report files already; try again in a few seconds.`,
      },
      { http: { status: 429 } },
    );
  }
  worker ??= startWorker();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    jobs.set(id, { resolve, reject });
    worker!.postMessage({ id, format, report });
  });
}
