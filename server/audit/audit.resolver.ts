import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { currentViewer } from '../auth/viewer.ts';
import { AdminUnit } from '../geo/admin-unit.entity.ts';
import { forbidden } from '../writes/write-errors.ts';
import { AuditEntry, AuditEntryConnection, AuditLogArgs } from './audit.types.ts';
import { listAuditLog } from './audit.repository.ts';

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => AuditEntryConnection, {
    description: 'Who changed what and when, newest first. Administrators read every entry, province administrators the entries about their province; others are refused (FORBIDDEN).',
  })
  auditLog(@Args(() => AuditLogArgs) args: AuditLogArgs, @Ctx() ctx: Context): Promise<AuditEntryConnection> {
    const viewer = currentViewer();
    if (!viewer.canReadAuditLog) throw forbidden(`The audit log is open to administrators and province administrators only, not to the ${viewer.user.role} role.`);
    return listAuditLog(ctx.db, args);
  }

  @FieldResolver(() => AdminUnit, { nullable: true, description: 'The unit of the record written; null for national records.' })
  unit(@Root() entry: AuditEntry, @Ctx() ctx: Context): Promise<AdminUnit | null> | null {
    return entry.unitId ? ctx.loaders.unitById.load(entry.unitId) : null;
  }
}
