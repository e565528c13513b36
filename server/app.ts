// The HTTP application: /graphql (API and, for browsers, the explorer), health
// endpoints, and the built dashboard, all on one port.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import sql from 'sql-template-tag';
import type { DataSource } from 'typeorm';
import { createContext, type Context } from './context.ts';
import { databaseCode, formatError, MESSAGES } from './common/format-error.ts';
import { armor, LIMITS, requestRateLimit } from './common/limits.ts';
import { legacyJsonStatus, requestGuard } from './common/request-guard.ts';
import { signCursorsWith } from './common/pagination.ts';
import { ipKeyGenerator } from 'express-rate-limit';
import { buildHubSchema } from './schema.ts';
import { hubGateway } from './execution/executor.ts';
import { countStatements, statementCountHeader } from './db/statement-counter.ts';
import { execute } from './db/sql.ts';
import { authenticator } from './auth/authenticate.ts';
import { LoginThrottle } from './auth/login-throttle.ts';
import { runAs } from './auth/viewer.ts';
import { requestScope } from './common/request-scope.ts';
import { languageOf } from './labels/language.ts';
import { introspectionGuard } from './auth/guard.ts';
import { replicaRouting } from './db/read-routing.ts';
import { DASHBOARD_DIR, dashboardFiles, sendPage } from './dashboard-files.ts';
import { DOWNLOAD_PATH, dossierDownload } from './dossiers/dossier-download.ts';
import { PUBLIC_PATH, publicPages } from './public-check/public-page.ts';

/** Large enough for a district's spreadsheet import (base64), small enough to refuse abuse. */
export const REQUEST_BODY_LIMIT = '8mb';

export interface HubOptions {
  db: DataSource;
  exposeErrors: boolean;
  tokenSecret: Uint8Array;
  rateLimitPerMinute?: number;
  /** Express "trust proxy" (config.ts trustProxy). */
  trustProxy?: string;
  /** Requests per minute per address on the public product pages; 0 disables. */
  publicRateLimitPerMinute?: number;
  /** Origin the QR codes point to; else each request's own. */
  publicBaseUrl?: string;
}

export interface Hub {
  server: http.Server;
  apollo: ApolloServer<Context>;
  /** Stops accepting requests, lets in-flight ones finish (up to 10 s), then closes the server. */
  stop(): Promise<void>;
}

export async function createHub({
  db,
  exposeErrors,
  tokenSecret,
  rateLimitPerMinute = 0,
  trustProxy,
  publicRateLimitPerMinute = 0,
  publicBaseUrl,
}: HubOptions): Promise<Hub> {
  const app = express();
  app.disable('x-powered-by');
  if (trustProxy) app.set('trust proxy', /^\d+$/.test(trustProxy) ? Number(trustProxy) : trustProxy);
  // No ETag hashing of GraphQL answers (POSTs no cache revalidates); static files keep their own.
  app.set('etag', false);
  const server = http.createServer(app);
  const protection = armor();
  const loginThrottle = new LoginThrottle();
  signCursorsWith(tokenSecret);
  const apollo = new ApolloServer<Context>({
    gateway: hubGateway(await buildHubSchema()),
    // server/index.ts owns SIGINT/SIGTERM (drain, then close the database); Apollo's own handlers
    // would race it for the same stop.
    stopOnTerminationSignals: false,
    plugins: [
      ...protection.plugins,
      introspectionGuard,
      requestGuard,
      legacyJsonStatus,
      replicaRouting,
      statementCountHeader,
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP caching of answers and no federation traces: both hook into every field's resolution.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
    ],
    validationRules: protection.validationRules,
    // A document longer than this is a parse error (400), stopped before it is parsed whole.
    parseOptions: { maxTokens: LIMITS.maxTokens },
    // Signed-in users (analysts in the explorer) introspect in production too; introspectionGuard refuses anonymous callers.
    introspection: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: exposeErrors,
    formatError: (formatted, error) => formatError(formatted, error, exposeErrors),
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  let draining = false;
  app.get('/readyz', async (_req, res) => {
    if (draining) {
      res.status(503).json({ status: 'shutting down' });
      return;
    }
    try {
      await execute(db, sql`SELECT 1`);
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });

  // A browser opening /graphql gets the explorer, served from local files:
  // the customer site has no internet.
  app.get('/graphql', (req, res, next) => {
    const explorer = path.join(DASHBOARD_DIR, 'explorer.html');
    if (req.accepts(['application/json', 'application/graphql-response+json', 'html']) === 'html' && !req.query.query && fs.existsSync(explorer)) {
      sendPage(res, 'explorer.html');
    } else next();
  });
  // The viewer is resolved once per request and kept in its request scope for
  // everything that runs on its behalf (lists, loaders, metrics, the context).
  const viewerFor = authenticator(db, tokenSecret);
  const authenticate: express.RequestHandler = (req, _res, next) => {
    viewerFor(req.headers.authorization).then((v) => runAs(v, next, languageOf(req.headers['accept-language'])), next);
  };
  app.use(
    '/graphql',
    countStatements,
    authenticate,
    requestRateLimit(rateLimitPerMinute),
    express.json({ limit: REQUEST_BODY_LIMIT }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        ...createContext(db, requestScope()?.viewer ?? null, tokenSecret),
        // Read by few requests (an answer refused with 400, a login): worked out only then.
        get acceptsPlainJson() {
          return req.accepts(['application/json', 'application/graphql-response+json']) === 'application/json';
        },
        get clientAddress() {
          return ipKeyGenerator(req.ip ?? '');
        },
        loginThrottle,
      }),
    }),
  );
  app.get(`${DOWNLOAD_PATH}/:id`, authenticate, requestRateLimit(rateLimitPerMinute), dossierDownload(db));
  // The stamp's QR code opens this without signing in.
  app.use(PUBLIC_PATH, publicPages({ db, perMinute: publicRateLimitPerMinute, baseUrl: publicBaseUrl }));

  // Body-parser and other HTTP-level failures as GraphQL-shaped JSON, never an HTML page.
  app.use(
    (err: { status?: number; type?: string; message?: string; limit?: number }, req: express.Request, res: express.Response, next: express.NextFunction) => {
      if (res.headersSent) return next(err);
      const lang = languageOf(req.headers['accept-language']);
      const dbCode = databaseCode(err);
      if (dbCode) {
        res.status(503).json({ errors: [{ message: MESSAGES[dbCode][lang], extensions: { code: dbCode } }] });
        return;
      }
      const status = err.status ?? 500;
      if (status >= 500) console.error('[http] internal error:', err);
      const tooLarge = err.type === 'entity.too.large';
      const code = tooLarge ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
      const message = tooLarge
        ? { vi: `Yêu cầu quá lớn: tối đa ${REQUEST_BODY_LIMIT}.`, en: `Request entity too large: at most ${REQUEST_BODY_LIMIT}.` }
        : err.type === 'entity.parse.failed'
          ? { vi: 'Nội dung yêu cầu không phải JSON hợp lệ.', en: err.message ?? 'Bad request' }
          : status < 500
            ? { vi: `Yêu cầu không hợp lệ: ${err.message ?? ''}`, en: err.message ?? 'Bad request' }
            : MESSAGES.INTERNAL_SERVER_ERROR;
      res.status(status).json({ errors: [{ message: message[lang], extensions: { code } }] });
    },
  );

  if (fs.existsSync(DASHBOARD_DIR)) {
    app.use(dashboardFiles());
    // Client-side routes of the dashboard (a missing asset stays a 404, not the page).
    app.get(/^\/(?!graphql|healthz|readyz|assets\/|sp\/|files\/).*/, (_req, res) => sendPage(res, 'index.html'));
  }
  return {
    server,
    apollo,
    async stop() {
      draining = true;
      await apollo.stop(); // the drain plugin closes the server and waits for in-flight requests
    },
  };
}
