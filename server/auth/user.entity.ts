import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CreatedAt } from '../db/columns.ts';

export enum Role {
  admin = 'admin',
  province_admin = 'province_admin',
  district_officer = 'district_officer',
  commune_officer = 'commune_officer',
  analyst = 'analyst',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'What a user may do.',
  valuesConfig: {
    admin: { description: 'Everything, everywhere: the hub’s administrator.' },
    province_admin: { description: 'Reads and writes everything in their province, reads the audit log.' },
    district_officer: {
      description: 'Reads their province, writes only in their own district (districts were abolished on 1 July 2025: see `npm run users -- reassign`).',
    },
    commune_officer: { description: 'Reads their province, writes only in their own commune (and the old communes it took over).' },
    analyst: { description: 'Reads everything (or their unit), writes nothing, never sees personal contact data.' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'A user of the hub.' })
@Entity('app_user')
export class AppUser {
  @Field(() => Int, { description: 'Internal id.' })
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Field(() => String, { description: 'Login name.' })
  @Column('varchar', { length: 60, unique: true })
  username: string;

  @Field(() => String, { nullable: true, description: 'Name shown in the dashboard.' })
  @Column('text', { name: 'display_name', nullable: true })
  displayName: string | null;

  @Column('text', { name: 'password_hash' })
  passwordHash: string;

  @Field(() => Role, { description: 'Role.' })
  @Column('varchar', { length: 20 })
  role: Role;

  @Column('int', { name: 'unit_id', nullable: true })
  unitId: number | null;

  @Field(() => Boolean, { description: 'Disabled users cannot log in and their tokens stop working.' })
  @Column('boolean', { default: false })
  disabled: boolean;

  @CreatedAt()
  createdAt?: Date;
}
