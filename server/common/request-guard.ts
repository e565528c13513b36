// Checks every operation once it is parsed and validated, before anything
// runs, with its variables: every text value of every argument (literal or
// variable, inputs and filters included) against text-rules.ts, every page
// size against the page cap, the operation's cost, which counts list sizes
// the way GitHub's node limit does, and every unit a root field is asked
// about against the viewer's read scope (auth/unit-access.ts). Each refusal
// names the argument or the limit and the value found.
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  isCompositeType,
  isInputObjectType,
  isListType,
  isScalarType,
  Kind,
  OperationTypeNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
// The CommonJS build: its ESM build imports graphql/index.mjs, another realm than type-graphql's schema.
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity/cjs';
import type { Context } from '../context.ts';
import { assertReadableUnits, type NamedUnit } from '../auth/unit-access.ts';
import { UnitLevel } from '../geo/admin-unit.entity.ts';
import { today } from './dates.ts';
import { MAX_PAGE_SIZE } from './connection.ts';
import { userError } from './errors.ts';
import { LIMITS } from './limits.ts';
import { textLimitOf, textProblem } from './text-rules.ts';

/** Most nodes one operation may ask for, counted as in `queryCost`. */
const MAX_COST = LIMITS.maxCost;

/**
 * Relation lists, each loaded per parent row: the most rows one parent can
 * have, as the programme's data allows (a 2025 province has up to ~170
 * communes; a plan some dozens of targets). A page of parents multiplies them.
 */
export const LIST_SIZES: Readonly<Record<string, number>> = {
  'AdminUnit.children': 200,
  'AdminUnit.predecessors': 20,
  'AdminUnit.splitInto': 20,
  'BudgetAllocation.disbursements': 500,
  // The OCOP cycle: a council has a handful of members, a round some hundreds of dossiers.
  'ChecklistItem.files': 20,
  'CouncilMember.conflicts': 20,
  'CouncilRound.dossiers': 300,
  'CouncilRound.members': 30,
  'Dossier.history': 50,
  'Dossier.rounds': 10,
  'RoundDossier.sheets': 30,
  'ScoreSheet.scores': 60,
  // Capped lists at the root: 500 rows at most (the resolvers' limit, the sample's count).
  'Query.councilAccounts': 500,
  'Query.councilRounds': 500,
  'Query.inspections': 500,
  'ReevaluationWork.items': 500,
  'Mutation.drawInspectionSample': 500,
  'Plan.budgetAllocations': 200,
  'Plan.milestones': 100,
  'Plan.targets': 100,
  // A unit's plans of one year, each with its own relations below.
  'PeriodicReport.availablePlans': 20,
  'PeriodicReport.plans': 20,
  'Product.certificates': 20,
  'Product.evaluations': 20,
  'PromotionEvent.products': 100,
  'PromotionEvent.subjects': 100,
  'Subject.products': 100,
  'Target.children': 100,
  'Target.products': 100,
};

/**
 * Lists inside an answer computed whole by its service whatever is selected
 * (progress, alerts, analytics, import reports, rule sets and scoring sheets, the
 * periodic report's text, reporting periods, a dossier's checklist, a round's results), and the edges of a page
 * (counted by its `first`): they cost no statement per element, so they count once.
 */
export const COMPUTED_LISTS: ReadonlySet<string> = new Set([
  'AnalyticsResult.rows',
  'AnalyticsRow.keys',
  'CouncilRound.results',
  'Dossier.communeChecks',
  'Dossier.missingDocuments',
  'DossierChecklist.items',
  'DossierPipeline.stages',
  'DossierPipeline.states',
  'DossierResult.flags',
  'DistrictComparison.rows',
  'DistrictRow.attributed',
  'ImportColumn.choices',
  'ImportKindInfo.columns',
  'ImportReport.problems',
  'PlanProgress.milestones',
  'PeriodicReport.sections',
  'PeriodicReport.sources',
  'PlanProgress.targets',
  'Query.alerts',
  'Query.importKinds',
  'Query.kpis',
  'MetricInfo.params',
  'Query.metrics',
  'Query.productSets',
  'Query.reportPeriods',
  'Query.ruleSets',
  'ReportSection.blocks',
  'ReportingPeriods.periods',
  'RuleSet.bands',
  'RuleSet.levels',
  'RuleSet.parts',
  'RuleSet.sources',
  'ScoringSheet.parts',
  'SheetCriterionInfo.options',
  'SheetCriterionInfo.starMarks',
  'SheetGroupInfo.criteria',
  'SheetPartInfo.groups',
  'TargetProgress.districts',
  'TargetProgress.series',
]);

function refusal(code: string, message: { vi: string; en: string }, extensions: Record<string, unknown>) {
  return userError(code, message, { ...extensions, http: { status: 400 } });
}

function pageCapExceeded(first: number) {
  return refusal(
    'BAD_USER_INPUT',
    {
      vi: `Giá trị không hợp lệ ở "first": mỗi trang từ 0 đến ${MAX_PAGE_SIZE} dòng (giới hạn trang), nhận được ${first}`,
      en: `Invalid value for "first": a page holds 0 to ${MAX_PAGE_SIZE} rows (the page cap), got ${first}`,
    },
    { argument: 'first', limit: 'pageSize', max: MAX_PAGE_SIZE, found: first },
  );
}

/**
 * Nodes an operation may return: each object counts 1, a page multiplies what
 * is under it by its `first`, a relation list by its LIST_SIZES entry.
 */
const estimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const composite = isCompositeType(getNamedType(field.type)) ? 1 : 0;
  if (field.args.some((a) => a.name === 'first')) {
    const first = Number(args.first);
    if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) throw pageCapExceeded(first);
    return composite + first * childComplexity;
  }
  const size = isListType(getNullableType(field.type)) ? (LIST_SIZES[`${type.name}.${field.name}`] ?? 1) : 1;
  return size * (composite + childComplexity);
};

export function queryCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName?: string | null): number {
  return getComplexity({ schema, query: document, variables, operationName: operationName ?? undefined, estimators: [estimator] });
}

/** The first value in `value` (of input type `type`, at `path`) the text rules or INT_RANGES refuse, as [path, reason]. */
function textRefusal(value: unknown, type: GraphQLInputType, path: string, name: string): [string, { vi: string; en: string }] | undefined {
  if (value === null || value === undefined) return undefined;
  const t = getNullableType(type);
  if (isListType(t)) {
    if (!Array.isArray(value)) return undefined;
    for (const [i, item] of value.entries()) {
      const found = textRefusal(item, t.ofType, `${path}[${i}]`, name);
      if (found) return found;
    }
    return undefined;
  }
  if (isInputObjectType(t)) {
    for (const [key, f] of Object.entries(t.getFields())) {
      const found = textRefusal((value as Record<string, unknown>)[key], f.type, `${path}.${key}`, key);
      if (found) return found;
    }
    return undefined;
  }
  if (isScalarType(t) && t.name === 'Int') return intRefusal(value, path, name);
  return isScalarType(t) ? jsonTextRefusal(value, path, name) : undefined;
}

/** Whole numbers with a range of their own, by argument or field name: years are stored as smallint, and a programme runs in this century. */
export const INT_RANGES: Readonly<Record<string, [number, number]>> = {
  year: [1900, 2100],
  registeredYear: [1900, 2100],
  sequence: [1, 999],
};

function intRefusal(value: unknown, path: string, name: string): [string, { vi: string; en: string }] | undefined {
  const range = INT_RANGES[name];
  if (!range || typeof value !== 'number' || (value >= range[0] && value <= range[1])) return undefined;
  return [path, { vi: `phải từ ${range[0]} đến ${range[1]}, nhận được ${value}`, en: `must be between ${range[0]} and ${range[1]}, got ${value}` }];
}

/** Strings anywhere in a scalar's value: a String or ID, or the keys and strings of a JSON object. */
function jsonTextRefusal(value: unknown, path: string, name: string): [string, { vi: string; en: string }] | undefined {
  if (typeof value === 'string') {
    const problem = textProblem(value, textLimitOf(name));
    return problem ? [path, problem] : undefined;
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = jsonTextRefusal(item, `${path}[${i}]`, name);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = jsonTextRefusal(key, `${path}.${key}`, name) ?? jsonTextRefusal(item, `${path}.${key}`, key);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Root fields whose answer is about one unit named by a code argument, and the
 * argument giving the date the code is read on (codes were reused in 2025).
 */
const UNIT_ARGUMENTS: Readonly<Record<string, { code: string; asOf: string; level: UnitLevel | null }>> = {
  kpis: { code: 'unitCode', asOf: 'asOf', level: null },
  alerts: { code: 'unitCode', asOf: 'asOf', level: null },
  districtComparison: { code: 'provinceCode', asOf: 'from', level: UnitLevel.province },
  reportingPeriods: { code: 'unitCode', asOf: 'unitsAsOf', level: null },
};

/** The codes of a list filter (UnitScopeFilter), read on its unitsAsOf. Units themselves are geography, open to every reader. */
const FILTER_CODES: [string, UnitLevel][] = [
  ['provinceCode', UnitLevel.province],
  ['districtCode', UnitLevel.district],
  ['communeCode', UnitLevel.commune],
];

function filterUnits(value: unknown, type: GraphQLInputType, path: string): NamedUnit[] {
  const t = getNullableType(type);
  if (!isInputObjectType(t) || t.name === 'AdminUnitFilter' || !value || typeof value !== 'object' || !('unitsAsOf' in t.getFields())) return [];
  const filter = value as Record<string, string | null | undefined>;
  return FILTER_CODES.flatMap(([field, level]) =>
    filter[field] ? [{ argument: `${path}.${field}`, code: filter[field]!, level, asOf: filter.unitsAsOf ?? today() }] : [],
  );
}

/**
 * Walks every field of the operation (and of the fragments it may use) with
 * its argument values: refuses the first text the hub does not accept, and
 * returns every unit the arguments name, for the read-scope check.
 */
function checkArguments(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): NamedUnit[] {
  const named: NamedUnit[] = [];
  const typeInfo = new TypeInfo(schema);
  const parts = document.definitions.filter((d) => d === operation || d.kind === Kind.FRAGMENT_DEFINITION);
  for (const part of parts) {
    visit(
      part,
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          const def = typeInfo.getFieldDef();
          if (!def?.args.length) return;
          let values: Record<string, unknown>;
          try {
            values = getArgumentValues(def, node, variables);
          } catch {
            return; // a fragment used only by another operation: its arguments are that operation's business
          }
          const unitArgument = typeInfo.getParentType()?.name === 'Query' ? UNIT_ARGUMENTS[def.name] : undefined;
          if (unitArgument && typeof values[unitArgument.code] === 'string') {
            const asOf = values[unitArgument.asOf];
            named.push({
              argument: unitArgument.code,
              code: values[unitArgument.code] as string,
              level: unitArgument.level,
              asOf: typeof asOf === 'string' ? asOf : today(),
            });
          }
          for (const arg of def.args) {
            named.push(...filterUnits(values[arg.name], arg.type, arg.name));
            const found = textRefusal(values[arg.name], arg.type, arg.name, arg.name);
            if (!found) continue;
            const [path, reason] = found;
            throw refusal(
              'BAD_USER_INPUT',
              { vi: `Giá trị không hợp lệ ở "${path}" (${def.name}): ${reason.vi}`, en: `Invalid value for "${path}" (${def.name}): ${reason.en}` },
              { argument: path, field: def.name },
            );
          }
        },
      }),
    );
  }
  return named;
}

interface Checked {
  schema: GraphQLSchema;
  /** The day the units' default dates were read on. */
  day: string;
  units: NamedUnit[];
  cost: number;
}

/** Checks passed, by document (Apollo's store gives a repeated query the same one), then by operation and variables. */
const checkedDocuments = new WeakMap<DocumentNode, Map<string, Checked>>();
const CHECKED_PER_DOCUMENT = 16;
const MAX_CHECKED_KEY = 4096;

/**
 * The units an operation's arguments name and its cost: both follow from the
 * schema, document, operation, variables and today's date alone, so a repeated
 * request reuses them (walking a 100-row page's document twice cost about
 * 80 µs a request). Only queries with small variables are kept (a mutation
 * runs once, and may carry a file); an operation whose arguments are refused
 * is not kept, and is walked, and refused, again each time.
 */
function checkedOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  coerced: Record<string, unknown>,
): { units: NamedUnit[]; cost: number } {
  const key = operation.operation === OperationTypeNode.QUERY ? `${operation.name?.value ?? ''}\u0000${JSON.stringify(variables)}` : undefined;
  const day = today();
  let byKey = checkedDocuments.get(document);
  const hit = key === undefined ? undefined : byKey?.get(key);
  if (hit && hit.schema === schema && hit.day === day) return { units: [...hit.units], cost: hit.cost };
  const units = checkArguments(schema, document, operation, coerced);
  const cost = queryCost(schema, document, variables, operation.name?.value);
  if (key === undefined || key.length > MAX_CHECKED_KEY) return { units, cost };
  if (!byKey) checkedDocuments.set(document, (byKey = new Map()));
  if (byKey.size >= CHECKED_PER_DOCUMENT) byKey.delete(byKey.keys().next().value!);
  byKey.set(key, { schema, day, units: [...units], cost });
  return { units, cost };
}

export const requestGuard: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, operation, request, contextValue }) {
        if (!operation) return;
        const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
        // Variables that do not fit their types are refused by execution, naming the variable.
        if (coerced.errors) return;
        const { units, cost } = checkedOperation(schema, document, operation, request.variables ?? {}, coerced.coerced);
        if (cost > MAX_COST) {
          throw refusal(
            'GRAPHQL_VALIDATION_FAILED',
            {
              vi: `Vượt giới hạn chi phí truy vấn ${MAX_COST}, chi phí tính được ${cost}: hãy giảm "first" hoặc bớt các danh sách lồng nhau.`,
              en: `Query cost limit of ${MAX_COST} exceeded, found ${cost}: lower "first" or select fewer nested lists.`,
            },
            { limit: 'maxCost', max: MAX_COST, found: cost },
          );
        }
        if (contextValue.viewer) await assertReadableUnits(contextValue.db, contextValue.viewer, units);
      },
    };
  },
};

/**
 * The GraphQL-over-HTTP answer to a request that never ran (a document that
 * does not parse or validate, variables that do not fit): 400 for clients that
 * accept application/graphql-response+json, 200 for those that ask for plain
 * application/json, whose body alone tells success from failure.
 */
export const legacyJsonStatus: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (!contextValue?.acceptsPlainJson || response.http.status !== 400 || response.body.kind !== 'single') return;
        if (response.body.singleResult.data === undefined) response.http.status = 200;
      },
    };
  },
};
