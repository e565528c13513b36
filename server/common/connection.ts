// Relay connection types, page arguments and ordering inputs shared by every list.
import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ClassType } from 'type-graphql';

export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 50;

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection', description: 'Ascending or descending.' });

@ObjectType({ simpleResolvers: true, description: 'Relay page information.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'More rows follow this page.' })
  hasNextPage: boolean;

  @Field(() => Boolean, { description: 'Rows precede this page (true whenever `after` was given).' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge.' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge; pass it as `after` for the next page.' })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `Page size, 0 to ${MAX_PAGE_SIZE}.` })
  first: number;

  @Field(() => String, { nullable: true, description: 'Return the rows after this cursor (an `endCursor` or edge `cursor`).' })
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  countRows: () => Promise<number>;
}

/** Builds `<Name>Edge` and `<Name>Connection` object types for a node type. */
export function connectionType<T extends object>(Node: ClassType<T>, name: string, plural: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `One ${name} in a page, with its cursor.` })
  class EdgeType {
    @Field(() => String, { description: 'Opaque cursor of this row in the requested order.' })
    cursor: string;

    @Field(() => Node, { description: `The ${name}.` })
    node: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `A page of ${plural} (Relay connection).` })
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => [EdgeType], { description: 'The rows of this page, in order.' })
    edges: Edge<T>[];

    @Field(() => PageInfo, { description: 'Where this page stands.' })
    pageInfo: PageInfo;

    countRows: () => Promise<number>;

    @Field(() => Int, { description: 'Rows matching the filter over all pages (one extra statement, only when asked).' })
    totalCount(): Promise<number> {
      return this.countRows();
    }
  }
  return ConnectionType;
}

/** Builds an ordering input `{ field, direction }` over a domain's sortable fields. */
export function orderInput<E extends object>(FieldEnum: E, name: string) {
  @InputType(`${name}Order`, { description: `One sort key for ${name} lists; give several for ties.` })
  class OrderInput {
    @Field(() => FieldEnum, { description: 'Field to sort by.' })
    field: E[keyof E];

    @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Direction.' })
    direction: SortDirection;
  }
  return OrderInput;
}
