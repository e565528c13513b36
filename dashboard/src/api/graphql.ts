// GraphQL documents typed from the checked-in schema.graphql (gql.tada): the
// result and variable types of every request are read from the schema by the
// TypeScript compiler, so renaming or removing a field the dashboard asks for
// fails `npm run typecheck`. `npm run graphql-env` regenerates the schema's
// introspection types (graphql-env.d.ts) after `npm run schema`.
import { initGraphQLTada } from 'gql.tada';
import type { introspection } from '../graphql-env.d.ts';

export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: {
    LocalDate: string;
    DateTime: string;
    /** Exact đồng as a string of digits: never a float. */
    Vnd: string;
    JSONObject: Record<string, unknown>;
  };
  // Fragments here share selections; they do not hide data from their users.
  disableMasking: true;
}>();

export type { ResultOf, VariablesOf, TadaDocumentNode } from 'gql.tada';

/** A unit as the screens show it (name and type; validTo tells an abolished one). */
export const UnitFields = graphql(`
  fragment UnitFields on AdminUnit {
    code
    name
    type
    validTo
  }
`);

/** Whether the data behind a figure is approved: its state and the unit-months behind it (badges). */
export const ApprovalFields = graphql(`
  fragment ApprovalFields on ApprovalCoverage {
    state
    periods
    approved
    submitted
    returned
  }
`);

/** An aggregate with exact values (money as digits) and numbers for charts. */
export const AnalyticsResultFields = graphql(`
  fragment AnalyticsResultFields on AnalyticsResult {
    measure
    asOf
    total { value exact }
    rows { value exact keys { dimension key label } }
  }
`);
