import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { connectionType, orderInput, PageArgs } from '../common/connection.ts';
import { LocalDate } from '../common/scalars.ts';
import { AdminUnit, UnitLevel } from './admin-unit.entity.ts';
import { UnitScopeFilter } from './unit-scope.ts';

export const AdminUnitConnection = connectionType(AdminUnit, 'AdminUnit', 'administrative units');
export type AdminUnitConnection = InstanceType<typeof AdminUnitConnection>;

export enum AdminUnitOrderField {
  CODE = 'CODE',
  NAME = 'NAME',
  LEVEL = 'LEVEL',
}
registerEnumType(AdminUnitOrderField, { name: 'AdminUnitOrderField', description: 'Sortable fields of administrative units.' });
export const AdminUnitOrder = orderInput(AdminUnitOrderField, 'AdminUnit');
export type AdminUnitOrder = InstanceType<typeof AdminUnitOrder>;

@InputType({ description: 'Filters for administrative units; all given conditions must hold.' })
export class AdminUnitFilter extends UnitScopeFilter {
  @Field(() => UnitLevel, { nullable: true, description: 'Only units of this tier.' })
  level?: UnitLevel | null;

  @Field(() => LocalDate, { nullable: true, description: 'Only units that existed on this date (e.g. 2024-12-31 for the pre-reform map).' })
  validOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Name contains this text, ignoring case and diacritics.' })
  search?: string | null;
}

@ArgsType()
export class AdminUnitsArgs extends PageArgs {
  @Field(() => AdminUnitFilter, { nullable: true, description: 'Filters.' })
  filter?: AdminUnitFilter | null;

  @Field(() => [AdminUnitOrder], { nullable: true, description: 'Sort keys, first wins; default by code.' })
  orderBy?: AdminUnitOrder[] | null;
}
