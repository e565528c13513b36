// The public product page behind the QR code on a stamp: /sp/<code> (a small
// HTML page, Vietnamese first with an English switch, no script, no sign-in),
// /sp/<code>.json (the same facts), /sp/<code>/qr.svg and /qr.png (the code
// the subject prints). Rate-limited per address; it shows what the label and
// the published recognition decision show, nothing more.
import express from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import QRCode from 'qrcode';
import type { DataSource } from 'typeorm';
import { formatDate } from '../common/dates.ts';
import { ENUM_LABELS } from '../labels/enum-labels.ts';
import type { Lang } from '../labels/language.ts';
import { checkProduct } from './public-check.ts';
import { CertificateStatus, type PublicProductCheck } from './public-check.types.ts';

export const PUBLIC_PATH = '/sp';

const TEXT = {
  title: { vi: 'Kiểm tra sản phẩm OCOP', en: 'OCOP product check' },
  producer: { vi: 'Chủ thể sản xuất', en: 'Producer' },
  place: { vi: 'Địa chỉ', en: 'Place' },
  group: { vi: 'Nhóm sản phẩm', en: 'Product group' },
  stars: { vi: 'Hạng', en: 'Class' },
  certificate: { vi: 'Quyết định công nhận', en: 'Recognition decision' },
  validUntil: { vi: 'Hiệu lực đến', en: 'Valid until' },
  revokedOn: { vi: 'Thu hồi ngày', en: 'Revoked on' },
  asOf: { vi: 'Tình trạng tại ngày', en: 'Status as of' },
  switchTo: { vi: 'English', en: 'Tiếng Việt' },
  notFound: { vi: 'Không tìm thấy sản phẩm với mã này. Hãy kiểm tra lại mã trên tem.', en: 'No product has this code. Check the code on the stamp.' },
  tooMany: { vi: 'Quá nhiều yêu cầu, vui lòng thử lại sau một phút.', en: 'Too many requests: try again in a minute.' },
} satisfies Record<string, Record<Lang, string>>;

const STATUS_COLOUR: Record<CertificateStatus, string> = {
  valid: '#1b7f3b',
  expired: '#8a5a00',
  revoked: '#b00020',
  none: '#555',
};

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(lang: Lang, title: string, body: string, code: string | null): string {
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  const href = code ? `${PUBLIC_PATH}/${code}${other === 'en' ? '?lang=en' : ''}` : `?lang=${other}`;
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:0;background:#f6f7f5;color:#1d1d1b}main{max-width:32rem;margin:0 auto;padding:1rem}
h1{font-size:1.3rem;margin:.5rem 0}.status{font-size:1.4rem;font-weight:700;padding:.6rem .8rem;border-radius:.5rem;color:#fff;display:inline-block}
dl{display:grid;grid-template-columns:auto 1fr;gap:.4rem .8rem}dt{color:#555}dd{margin:0}.stars{color:#d4a017;font-size:1.4rem}
nav{text-align:right;font-size:.9rem}small{color:#666}</style></head>
<body><main><nav><a href="${escapeHtml(href)}" hreflang="${other}">${TEXT.switchTo[lang]}</a></nav>
${body}</main></body></html>`;
}

function productPage(c: PublicProductCheck, lang: Lang): string {
  const status = ENUM_LABELS.CertificateStatus[c.status][lang];
  // [label, HTML]: every value escaped here, the stars drawn.
  const rows: [string, string][] = [
    [TEXT.producer[lang], escapeHtml(c.producer)],
    [TEXT.place[lang], escapeHtml([c.place, c.province].filter(Boolean).join(', '))],
    [TEXT.group[lang], escapeHtml(ENUM_LABELS.ProductGroup[c.group][lang])],
  ];
  if (c.stars !== null) rows.push([TEXT.stars[lang], `<span class="stars" aria-label="${c.stars}">${'★'.repeat(c.stars)}</span>`]);
  if (c.certificateNumber && c.decidedOn) rows.push([TEXT.certificate[lang], `${escapeHtml(c.certificateNumber)} (${formatDate(c.decidedOn)})`]);
  if (c.expiresOn) rows.push([TEXT.validUntil[lang], formatDate(c.expiresOn)]);
  if (c.status === CertificateStatus.revoked && c.revokedOn) rows.push([TEXT.revokedOn[lang], formatDate(c.revokedOn)]);
  const cells = rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${v}</dd>`).join('');
  return page(
    lang,
    `${c.product} · ${TEXT.title[lang]}`,
    `<small>${TEXT.title[lang]}</small><h1>${escapeHtml(c.product)}</h1>
<p class="status" data-status="${c.status}" style="background:${STATUS_COLOUR[c.status]}">${escapeHtml(status)}</p>
<dl>${cells}</dl><p><small>${TEXT.asOf[lang]} ${formatDate(c.asOf)}</small></p>`,
    c.code,
  );
}

/** The page's absolute address, which the QR code carries. */
function publicUrl(req: express.Request, baseUrl: string | undefined, code: string): string {
  const base = baseUrl?.replace(/\/+$/, '') || `${req.protocol}://${req.get('host')}`;
  return `${base}${PUBLIC_PATH}/${code}`;
}

export interface PublicPageOptions {
  db: DataSource;
  /** Requests per minute per address; 0 disables. */
  perMinute: number;
  /** Origin printed in QR codes (PUBLIC_BASE_URL); else the request's own. */
  baseUrl?: string;
}

export function publicPages({ db, perMinute, baseUrl }: PublicPageOptions): express.Router {
  const router = express.Router();
  const langOf = (req: express.Request): Lang => (req.query.lang === 'en' ? 'en' : 'vi');
  router.use(
    rateLimit({
      windowMs: 60_000,
      limit: perMinute,
      skip: () => perMinute === 0,
      standardHeaders: 'draft-7',
      legacyHeaders: false,
      keyGenerator: (req) => ipKeyGenerator(req.ip ?? ''),
      handler: (req, res) => {
        res.status(429).type('text/plain; charset=utf-8').send(TEXT.tooMany[langOf(req)]);
      },
    }),
  );
  router.use((_req, res, next) => {
    // No script, no outside resources: the page works offline-first on any phone.
    res.set('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'");
    res.set('x-content-type-options', 'nosniff');
    // The status is told for today: a minute of caching keeps a rush of scans cheap.
    res.set('cache-control', 'public, max-age=60');
    next();
  });

  const notFound = (req: express.Request, res: express.Response): void => {
    const lang = langOf(req);
    res.status(404);
    if (req.path.endsWith('.json')) res.json({ error: { code: 'NOT_FOUND', message: TEXT.notFound[lang] } });
    else res.type('html').send(page(lang, TEXT.title[lang], `<h1>${TEXT.title[lang]}</h1><p>${TEXT.notFound[lang]}</p>`, null));
  };
  const found = async (req: express.Request, res: express.Response): Promise<PublicProductCheck | null> => {
    const check = await checkProduct(db, String(req.params.code));
    if (!check) notFound(req, res);
    return check;
  };

  router.get('/:code.json', async (req, res) => {
    const check = await found(req, res);
    if (check) res.json(check);
  });
  router.get('/:code/qr.svg', async (req, res) => {
    const check = await found(req, res);
    if (check)
      res.type('image/svg+xml').send(await QRCode.toString(publicUrl(req, baseUrl, check.code), { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }));
  });
  router.get('/:code/qr.png', async (req, res) => {
    const check = await found(req, res);
    if (check)
      res.type('image/png').send(await QRCode.toBuffer(publicUrl(req, baseUrl, check.code), { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 512 }));
  });
  router.get('/:code', async (req, res) => {
    const check = await found(req, res);
    if (check) res.type('html').send(productPage(check, langOf(req)));
  });
  // A stamp's address cut short (/sp/, /sp/<code>/x) gets the same page as an unknown code, not Express's.
  router.use(notFound);
  return router;
}
