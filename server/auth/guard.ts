// The one access guard. Every root field carries type-graphql's @Authorized
// (with roles where it is role-limited) unless it is public, and authChecker
// decides with the viewer the request runs as: nobody signed in gets
// UNAUTHENTICATED, a role outside the field's roles FORBIDDEN. Only root fields
// are guarded (a check on every field would cost a promise per value); what a
// viewer may read below them is the read scope's business (read-scope.ts).
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type FragmentDefinitionNode, type GraphQLSchema, type SelectionSetNode } from 'graphql';
import { getMetadataStorage, type AuthChecker } from 'type-graphql';
import type { Context } from '../context.ts';
import type { Text } from '../common/errors.ts';
import { ENUM_LABELS } from '../labels/enum-labels.ts';
import { forbidden } from '../writes/write-errors.ts';
import { Role } from './user.entity.ts';
import { unauthenticated, type Viewer } from './viewer.ts';

/** Root fields open to anonymous callers. */
export const PUBLIC_FIELDS = new Set(['login', 'productCheck']);

interface Limit {
  roles: Role[];
  /** What a viewer of another role reads. */
  refusal(viewer: Viewer): Text;
}

/** Role-limited access. Analysts read everything their scope allows and write nothing. */
export const ACCESS = {
  write: {
    roles: [Role.admin, Role.province_admin, Role.district_officer, Role.commune_officer],
    refusal: (v) => ({
      vi: `Tài khoản "${v.user.username}" không được sửa dữ liệu: vai trò ${ENUM_LABELS.Role[v.user.role].vi} chỉ được xem.`,
      en: `User "${v.user.username}" may not change data: the ${v.user.role} role is read-only.`,
    }),
  },
  auditLog: {
    roles: [Role.admin, Role.province_admin],
    refusal: (v) => ({
      vi: `Nhật ký thay đổi chỉ dành cho quản trị viên và quản trị viên cấp tỉnh, không dành cho vai trò ${ENUM_LABELS.Role[v.user.role].vi}.`,
      en: `The audit log is open to administrators and province administrators only, not to the ${v.user.role} role.`,
    }),
  },
  submitPeriod: {
    roles: [Role.admin, Role.province_admin, Role.district_officer, Role.commune_officer],
    refusal: (v) => ({
      vi: `Tài khoản "${v.user.username}" không nộp được số liệu kỳ báo cáo: vai trò ${ENUM_LABELS.Role[v.user.role].vi} chỉ được xem.`,
      en: `User "${v.user.username}" may not submit a period's figures: the ${v.user.role} role is read-only.`,
    }),
  },
  decidePeriod: {
    roles: [Role.admin, Role.province_admin],
    refusal: (v) => ({
      vi: `Chỉ tỉnh phê duyệt, trả lại hay mở lại số liệu kỳ báo cáo, không phải vai trò ${ENUM_LABELS.Role[v.user.role].vi}.`,
      en: `Only the province approves, returns or reopens a period's figures, not the ${v.user.role} role.`,
    }),
  },
} satisfies Record<string, Limit>;

const sameRoles = (a: Role[], b: Role[]) => a.length === b.length && a.every((r) => b.includes(r));

export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  const viewer = context.viewer;
  if (!viewer) throw unauthenticated();
  if (roles.length && !roles.includes(viewer.user.role)) {
    // The field's own limit (type-graphql hands on the array given to @Authorized), else one with the same roles.
    const limits: Limit[] = Object.values(ACCESS);
    const limit = limits.find((l) => l.roles === roles) ?? limits.find((l) => sameRoles(l.roles, roles));
    throw forbidden(
      limit
        ? limit.refusal(viewer)
        : {
            vi: `Chức năng này chỉ dành cho các vai trò ${roles.map((r) => ENUM_LABELS.Role[r].vi).join(', ')}, không dành cho vai trò ${ENUM_LABELS.Role[viewer.user.role].vi}.`,
            en: `This is open to the ${roles.join(', ')} roles only, not to the ${viewer.user.role} role.`,
          },
    );
  }
  return true;
};

/** Fails the build of a schema with a root field neither @Authorized nor public: forgetting the guard cannot open a field. */
export function assertGuarded(schema: GraphQLSchema, resolvers: readonly unknown[]): GraphQLSchema {
  const storage = getMetadataStorage();
  const open = [...storage.queries, ...storage.mutations]
    .filter((h) => resolvers.includes(h.target) && h.roles === undefined && !PUBLIC_FIELDS.has(h.schemaName))
    .map((h) => h.schemaName);
  if (open.length) throw new Error(`Root fields without @Authorized that are not public: ${open.join(', ')}`);
  return schema;
}

/** Whether the selection (with its fragments) asks for the schema itself: __schema or __type. */
function introspects(selections: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, seen = new Set<string>()): boolean {
  return selections.selections.some((s) => {
    if (s.kind === 'Field') return s.name.value === '__schema' || s.name.value === '__type';
    if (s.kind === 'InlineFragment') return introspects(s.selectionSet, fragments, seen);
    const name = s.name.value;
    if (seen.has(name) || !fragments[name]) return false;
    seen.add(name);
    return introspects(fragments[name].selectionSet, fragments, seen);
  });
}

/**
 * Introspection (__schema, __type) is no type-graphql field, so authChecker
 * never sees it: anonymous callers are refused it here, before the operation
 * runs, and learn nothing of the schema.
 */
export const introspectionGuard: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operation, document }) {
        if (contextValue.viewer || !operation) return;
        const fragments = Object.fromEntries(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])));
        if (introspects(operation.selectionSet, fragments)) throw unauthenticated();
      },
    };
  },
};
