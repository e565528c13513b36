// Columns several tables share, declared once: the row version of optimistic
// concurrency (a column and a GraphQL field), the bookkeeping timestamps (kept
// by the database, never read by the hub) and the key of file imports.
import { Column, CreateDateColumn, DeleteDateColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Field, Int } from 'type-graphql';

const VERSION_DESCRIPTION = 'Row version for optimistic concurrency: send it back with an update or delete.';

/** `version`: bumped by every write of the row; a change sent with an older version is refused (CONFLICT). */
export function RowVersion(description = VERSION_DESCRIPTION): PropertyDecorator {
  return (target, property) => {
    Field(() => Int, { description })(target, property);
    VersionColumn({ type: 'int', default: 1 })(target, property);
  };
}

/** `created_at`: when the row was inserted; internal, not selected. */
export const CreatedAt = (): PropertyDecorator => CreateDateColumn({ type: 'timestamptz', name: 'created_at', select: false });

/** `updated_at`: when the row last changed (set by the writer); internal, not selected. */
export const UpdatedAt = (): PropertyDecorator => UpdateDateColumn({ type: 'timestamptz', name: 'updated_at', select: false });

/** `deleted_at`: set instead of deleting a row kept for history; reads leave such rows out. */
export const DeletedAt = (): PropertyDecorator => DeleteDateColumn({ type: 'timestamptz', name: 'deleted_at', nullable: true });

/** `import_key`: the key a file import identifies the row by (docs/imports.md); null for rows entered otherwise. */
export const ImportKey = (): PropertyDecorator => Column('varchar', { name: 'import_key', length: 100, nullable: true });
