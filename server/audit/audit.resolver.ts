import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { ACCESS } from '../auth/guard.ts';
import { AdminUnit } from '../geo/admin-unit.entity.ts';
import { AuditEntry, AuditEntryConnection, AuditLogArgs } from './audit.types.ts';
import { listAuditLog } from './audit.repository.ts';

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized(ACCESS.auditLog.roles)
  @Query(() => AuditEntryConnection, {
    description:
      'Who changed what and when, newest first. Administrators read every entry, province administrators the entries about their province; others are refused (FORBIDDEN).',
  })
  auditLog(@Args(() => AuditLogArgs) args: AuditLogArgs, @Ctx() ctx: Context): Promise<AuditEntryConnection> {
    return listAuditLog(ctx.db, args);
  }

  @FieldResolver(() => AdminUnit, { nullable: true, description: 'The unit of the record written; null for national records.' })
  unit(@Root() entry: AuditEntry, @Ctx() ctx: Context): Promise<AdminUnit | null> | null {
    return entry.unitId ? ctx.loaders.unitById.load(entry.unitId) : null;
  }
}
