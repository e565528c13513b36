// The public check of a product: what its certificate is worth today.
import { today } from '../common/dates.ts';
import type { Db } from '../db/sql.ts';
import type { ProductGroup } from '../products/product.entity.ts';
import { productByPublicCode } from './public-check.repository.ts';
import { CertificateStatus, PublicProductCheck } from './public-check.types.ts';

/** Ten characters of the stamp's alphabet (Crockford base32 in lower case): anything else is not looked up. */
export const PUBLIC_CODE = /^[0-9a-hjkmnp-tv-z]{10}$/;

export async function checkProduct(db: Db, code: string, asOf = today()): Promise<PublicProductCheck | null> {
  const normalised = code.trim().toLowerCase();
  if (!PUBLIC_CODE.test(normalised)) return null;
  const row = await productByPublicCode(db, normalised, asOf);
  if (!row) return null;
  // Valid exactly when every figure counts the product as certified; otherwise why the last one lapsed.
  const { current, ...facts } = row;
  const status = current
    ? CertificateStatus.valid
    : row.decidedOn === null
      ? CertificateStatus.none
      : row.revokedOn !== null && row.revokedOn <= asOf
        ? CertificateStatus.revoked
        : CertificateStatus.expired;
  return Object.assign(new PublicProductCheck(), { ...facts, group: row.group as ProductGroup, status, asOf });
}
