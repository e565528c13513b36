// The GraphQL explorer served at GET /graphql (browsers): GraphiQL 5 with its
// Monaco workers bundled by Vite, no CDN, and example queries for analysts.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import { EXAMPLES, fillPlanIds } from './examples.ts';

const ENDPOINT = '/graphql';

type FetcherParams = { query: string; operationName?: string | null; variables?: Record<string, unknown> | null };
type FetcherOptions = { headers?: Record<string, unknown> };

/** The dashboard's sign-in of this browser tab (sessionStorage), if any. */
function sessionToken(): string | null {
  try {
    return window.sessionStorage.getItem('ocop.token');
  } catch {
    return null;
  }
}

// Headers typed in GraphiQL's header editor win; otherwise the dashboard's
// session token (signed in on the dashboard in this tab) is sent.
async function fetcher(params: FetcherParams, options?: FetcherOptions): Promise<unknown> {
  const headers: Record<string, string> = { Accept: 'application/graphql-response+json, application/json', 'Content-Type': 'application/json' };
  const token = sessionToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  for (const [k, v] of Object.entries(options?.headers ?? {})) if (typeof v === 'string') headers[k] = v;
  const res = await fetch(ENDPOINT, { method: 'POST', headers, body: JSON.stringify(params) });
  return res.json();
}

async function planIds(): Promise<Map<string, number>> {
  try {
    const body = (await fetcher({ query: '{ plans(first: 500) { edges { node { id key } } } }' })) as {
      data?: { plans: { edges: { node: { id: number; key: string } }[] } };
    };
    return new Map(body.data?.plans.edges.map((e) => [e.node.key, e.node.id]) ?? []);
  } catch {
    return new Map();
  }
}

const ids = await planIds();
const tabs = EXAMPLES.map((e) => ({ query: fillPlanIds(e.query, ids), variables: e.variables ?? null }));

createRoot(document.getElementById('explorer')!).render(
  <GraphiQL
    fetcher={fetcher as never}
    defaultTabs={tabs}
    initialQuery={tabs[0].query}
    initialVariables={tabs[0].variables ?? undefined}
    defaultEditorToolsVisibility
  >
    <GraphiQL.Logo>
      <a href="/" style={{ color: 'inherit' }}>
        OCOP GraphQL
      </a>
    </GraphiQL.Logo>
  </GraphiQL>,
);
