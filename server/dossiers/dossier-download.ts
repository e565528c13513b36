// GET /files/dossier/<id>: a dossier file's bytes, for those who may read its
// dossier (dossierAccess), signed in with the same bearer token as /graphql.
// Refusals are GraphQL-shaped JSON with a bilingual message.
import type express from 'express';
import type { DataSource } from 'typeorm';
import { requestScope } from '../common/request-scope.ts';
import type { Label } from '../labels/language.ts';
import { fileWithAccess } from './dossier.repository.ts';
import { readStoredFile } from './dossier-files.ts';

export const DOWNLOAD_PATH = '/files/dossier';

const REFUSALS: Record<'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND', { status: number; message: Label }> = {
  UNAUTHENTICATED: { status: 401, message: { vi: 'Cần đăng nhập để tải tệp hồ sơ.', en: 'Sign in to download dossier files.' } },
  FORBIDDEN: {
    status: 403,
    message: {
      vi: 'Bạn không xem được hồ sơ chứa tệp này: hồ sơ chỉ mở cho xã, tỉnh quản lý sản phẩm và hội đồng được giao chấm.',
      en: 'You may not read the dossier this file belongs to: it is open to the commune and province of its product and to its council.',
    },
  },
  NOT_FOUND: { status: 404, message: { vi: 'Không có tệp này.', en: 'There is no such file.' } },
};

/** Runs after the authenticating middleware, inside the request's scope. */
export function dossierDownload(db: DataSource): express.RequestHandler {
  return async (req, res, next) => {
    try {
      const scope = requestScope();
      const refuse = (code: keyof typeof REFUSALS) => {
        const r = REFUSALS[code];
        res.status(r.status).json({ errors: [{ message: r.message[scope?.lang ?? 'vi'], extensions: { code } }] });
      };
      if (!scope?.viewer) return refuse('UNAUTHENTICATED');
      const id = Number(req.params.id);
      const file = Number.isSafeInteger(id) && id > 0 && id < 2 ** 31 ? await fileWithAccess(db, id) : undefined;
      if (!file) return refuse('NOT_FOUND');
      if (!file.accessible) return refuse('FORBIDDEN');
      const data = await readStoredFile(file.sha256);
      res.set({
        'content-type': file.contentType,
        'content-length': String(data.length),
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store',
      });
      res.end(data);
    } catch (error) {
      next(error);
    }
  };
}
