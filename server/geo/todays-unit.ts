// A unit named by its code in an argument, as the map has it today: the cycle's
// lists (dossiers, rounds, re-evaluations) refuse a code no unit has today.
import { badInput } from '../common/errors.ts';
import type { Db } from '../db/sql.ts';
import type { AdminUnit } from './admin-unit.entity.ts';
import { findAdminUnitByCode } from './admin-unit.repository.ts';

export async function todaysUnitByCode(db: Db, code: string, argument: string): Promise<AdminUnit> {
  const unit = await findAdminUnitByCode(db, code, null);
  if (!unit) throw badInput(argument, { vi: `không có đơn vị mã ${code} hôm nay`, en: `no unit has code ${code} today` });
  return unit;
}
