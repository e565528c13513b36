// The bytes of dossier documents: checked by what they are (their magic bytes,
// sniffed by file-type, never only the type a client declares) and by size,
// stored once under their SHA-256 in the files directory (OCOP_FILES_DIR,
// default .data/files), and read back only through the dossier's access rule.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { ROOT_DIR } from '../config.ts';
import type { Label } from '../labels/language.ts';

/** Scans of a registration form or a test report fit well within this; a request carries it base64-encoded under the 8 MB body limit. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** What a dossier document may be: the formats offices scan and write to. */
export const ALLOWED_TYPES: Readonly<Record<string, string>> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
};

export function filesDir(): string {
  return path.resolve(ROOT_DIR, process.env.OCOP_FILES_DIR || path.join('.data', 'files'));
}

function pathOf(sha256: string): string {
  return path.join(filesDir(), sha256.slice(0, 2), sha256);
}

export interface CheckedFile {
  data: Buffer;
  contentType: string;
  sha256: string;
}

const MIB = (n: number) => `${(n / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
const MIB_EN = (n: number) => `${(n / 1024 / 1024).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;
const allowed = Object.values(ALLOWED_TYPES).join(', ');

/** The file if its size and sniffed type are acceptable (and agree with the declared type, when one is given), else why not. */
export async function checkFile(data: Buffer, declared: string | null | undefined): Promise<CheckedFile | Label> {
  if (data.length === 0) return { vi: 'tệp rỗng', en: 'the file is empty' };
  if (data.length > MAX_FILE_BYTES) {
    return {
      vi: `tệp ${MIB(data.length)}, vượt mức tối đa ${MIB(MAX_FILE_BYTES)}`,
      en: `the file is ${MIB_EN(data.length)}, above the ${MIB_EN(MAX_FILE_BYTES)} limit`,
    };
  }
  const sniffed = await fileTypeFromBuffer(data);
  if (!sniffed || !ALLOWED_TYPES[sniffed.mime]) {
    const found = sniffed ? `${sniffed.mime} (.${sniffed.ext})` : null;
    return {
      vi: `nội dung tệp là ${found ?? 'loại không nhận ra được'}: chỉ nhận ${allowed}`,
      en: `the file’s content is ${found ?? 'of no recognised type'}: only ${allowed} are accepted`,
    };
  }
  if (declared && declared.split(';')[0].trim().toLowerCase() !== sniffed.mime) {
    return {
      vi: `tệp khai là ${declared} nhưng nội dung là ${ALLOWED_TYPES[sniffed.mime]} (${sniffed.mime})`,
      en: `the file is declared ${declared} but its content is ${ALLOWED_TYPES[sniffed.mime]} (${sniffed.mime})`,
    };
  }
  return { data, contentType: sniffed.mime, sha256: createHash('sha256').update(data).digest('hex') };
}

/** Stores the bytes under their hash (once: the same content uploaded twice is one file), through a temporary file so a reader never sees half of it. */
export async function storeFile(file: CheckedFile): Promise<void> {
  const target = pathOf(file.sha256);
  try {
    await fs.access(target);
    return;
  } catch {
    // not stored yet
  }
  await fs.mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${randomBytes(6).toString('hex')}.part`;
  await fs.writeFile(temporary, file.data, { flag: 'wx' });
  await fs.rename(temporary, target);
}

export function readStoredFile(sha256: string): Promise<Buffer> {
  return fs.readFile(pathOf(sha256));
}

/** A file name without folders or control characters, at most 200 characters. */
export function cleanFileName(name: string): string {
  const base = path
    .basename(name.replace(/\\/g, '/'))
    .replace(/[\p{Cc}"]/gu, '')
    .normalize('NFC')
    .trim();
  return (base || 'tep').slice(0, 200);
}
