import { changeScope, withChangeScope } from './common/changes.js';
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response } from 'express';
import { rateLimit, type AugmentedRequest } from 'express-rate-limit';
import { execute, getOperationAST, GraphQLError, parse, specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { DataSource } from 'typeorm';
import { WebSocketServer } from 'ws';
import type { CollabServer } from '@trellis/collab';
import type { Config } from './config.js';
import type { Actor, Context, Viewer } from './context.js';
import { formatError, isUserError } from './common/errors.js';
import { EventListener, RedisEvents, type DomainEvent, type EventTransport } from './common/events.js';
import { createHub, type Hub } from './topics.js';
import { limitRules, websocketRules } from './common/limits.js';
import { addressKey, authAttempts, createRateLimits, rateKey, rateLimitedError } from './common/rate-limit.js';
import { credentialOf, originAllowed, refuseUpgrade, SocketCredentials, SubscriptionCaps, trustedOrigins } from './common/ws-guard.js';
import { actorOf, createLoaders } from './loaders.js';
import type { Logger } from './common/logger.js';
import { EventRelay } from './relay.js';
import { createDataSource, QueryCounter, runMigrations } from './database/data-source.js';
import { createSchema } from './schema.js';
import type { Clock } from './common/clock.js';
import { composeModules, type Services } from './composition.js';
import { openCollabLink, startCollab } from './modules/collab/index.js';
import { reportMarkdown, reportPdf, type ReportFigures, type ReportHeader } from './modules/report/index.js';

export interface App {
  server: http.Server;
  schema: GraphQLSchema;
  dataSource: DataSource;
  services: Services;
  hub: Hub;
  queryCounter: QueryCounter;
  collab: CollabServer;
  listen(port?: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

export interface AppOptions {
  databaseUrl: string;
  logger: Logger;
  /** The server's time; the system's by default (tests set known days). */
  clock?: Clock;
  /**
   * How often the server looks for daily snapshots and task state checkpoints that are due, in ms
   * (ten minutes by default); 0 leaves them to whoever calls `services.history.catchUp()` (a benchmark
   * that takes them before it measures).
   */
  snapshotEveryMs?: number;
}

/** Who writes, for change scopes and events: the person behind a session or token. */
const actorIdOf = (actor: Actor | Viewer): string | null => (actor.kind === 'user' ? actor.userId : null);

/** A request's context: its actor, with lookups served by the request's own loaders. */
function requestContext(dataSource: DataSource, viewer: Viewer, hub: Hub, res?: Response): Context {
  const loaders = createLoaders(dataSource, viewer);
  return { actor: actorOf(viewer, loaders), loaders, requestId: randomUUID(), hub, ...(res ? { res } : {}) };
}

class AuthError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
}

/** The composition root: database, services, schema, HTTP + websocket GraphQL, the built client. */
export async function createApp(config: Config, opts: AppOptions): Promise<App> {
  const { logger } = opts;
  const queryCounter = new QueryCounter();
  const dataSource = createDataSource({ url: opts.databaseUrl, logger, counter: queryCounter });
  await dataSource.initialize();
  try {
    const ran = await runMigrations(dataSource);
    if (ran.length) logger.info('migrations applied', { migrations: ran });
  } catch (err) {
    await dataSource.destroy();
    throw err;
  }

  // One pass, bottom up: the hub and the collab link, then every module (composition.ts), then the
  // schema, the live documents and the event relay, each given what it needs when it is built.
  const hub = createHub();
  const link = openCollabLink(config, opts.databaseUrl, logger);
  const modules = composeModules(dataSource, {
    sessionDays: config.sessionDays,
    cookieSecure: config.cookieSecure,
    invitationDays: config.invitationDays,
    logger,
    hub,
    fanout: link.fanout,
    ...(opts.clock ? { clock: opts.clock } : {}),
    // Daily snapshots are due once a day is over; looking every ten minutes takes them soon after midnight.
    snapshotEveryMs: opts.snapshotEveryMs ?? 10 * 60_000,
    mail: {
      smtpUrl: config.mail.smtpUrl,
      from: config.mail.from,
      publicUrl: config.publicUrl ?? `http://localhost:${config.port}`,
      intervalSeconds: config.mail.intervalSeconds,
      retentionDays: config.mail.retentionDays,
    },
  });
  const { services } = modules;
  const schema = await createSchema(modules.resolvers, hub);

  const rules = limitRules(config);
  const wsRules = websocketRules(config);
  // One budget per person (or address) for every operation, and one per address for sign-in and
  // sign-up, counted alike over HTTP and the websocket.
  const rateLimits = createRateLimits(config.limits);
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  const server = http.createServer(app);
  /** The client's address as Express's `req.ip` gives it (trust proxy, X-Forwarded-For), for requests Express never sees. */
  const addressOf = (req: http.IncomingMessage): string | undefined =>
    Reflect.get(app.request, 'ip', { app, headers: req.headers, socket: req.socket }) as string | undefined;

  // ---- websocket: graphql-ws on the same path ----
  // Live documents: the collab service on /collab/<document>, with this server's access rules and projector.
  const host = await startCollab(config, link, dataSource, services, logger);
  const { collab } = host;

  const wss = new WebSocketServer({ noServer: true, maxPayload: config.limits.maxBodyBytes });
  const origins = trustedOrigins(config);
  server.on('upgrade', (req, socket, head) => {
    // Both sockets act for the person whose cookie the browser sends: no page of another site opens them.
    if (!originAllowed(req, origins)) return refuseUpgrade(socket, 'This origin may not open a websocket here');
    if (collab.handleUpgrade(req, socket, head)) return;
    if (new URL(req.url ?? '/', 'http://localhost').pathname === '/graphql') {
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
    } else {
      socket.destroy();
    }
  });
  type WsExtra = {
    viewer?: Viewer;
    address?: string;
    /** The rate-limit key and subscription-cap key: the person, wall token or address. */
    budget?: string;
  };
  const credentials = new SocketCredentials(dataSource, config.limits.credentialRecheckSeconds * 1000, logger);
  const caps = new SubscriptionCaps(config.limits.subscriptionsPerSocket, config.limits.subscriptionsPerPerson);
  // Open wall screens per board token, so a revoked token stops streaming at once.
  const walls = new Map<string, Set<import('ws').WebSocket>>();
  // Committed events from every instance: the modules' handlers, then subscriptions and access changes.
  const relay = new EventRelay(
    dataSource,
    hub,
    services.boards,
    logger,
    {
      memberRemoved: host.memberRemoved,
      projectChanged: host.projectChanged,
      credentialRevoked: (tokenHash) => credentials.revoked(tokenHash),
      boardTokenRevoked: (tokenId) => {
        for (const socket of walls.get(tokenId) ?? []) socket.close(CloseCode.Forbidden, 'The board token was revoked');
        walls.delete(tokenId);
        host.boardTokenRevoked(tokenId);
      },
    },
    modules.eventHandlers,
  );
  const onEvent = (e: DomainEvent) => relay.handle(e);
  const listener: EventTransport = config.redisUrl
    ? new RedisEvents(config.redisUrl, dataSource, opts.databaseUrl, onEvent, logger)
    : new EventListener(opts.databaseUrl, onEvent, logger);
  await listener.start();
  host.catchUp();
  const wsCleanup = useServer<Record<string, unknown> | undefined, WsExtra>(
    {
      schema,
      // Each operation on the socket is its own change scope, as an HTTP request is.
      execute: (args) => withChangeScope(actorIdOf((args.contextValue as Context).actor), () => execute(args)),
      onConnect: async (ctx) => {
        const auth = typeof ctx.connectionParams?.authorization === 'string' ? ctx.connectionParams.authorization : undefined;
        try {
          const viewer = await services.auth.viewerFromRequest({ cookie: ctx.extra.request.headers.cookie, authorization: auth });
          ctx.extra.viewer = viewer;
          ctx.extra.address = addressOf(ctx.extra.request);
          ctx.extra.budget = rateKey(viewer, ctx.extra.address);
          const credential = credentialOf(viewer, auth);
          if (credential) credentials.add(ctx.extra.socket, credential);
          if (viewer.kind === 'board') {
            const set = walls.get(viewer.tokenId) ?? new Set();
            set.add(ctx.extra.socket);
            walls.set(viewer.tokenId, set);
            ctx.extra.socket.once('close', () => walls.get(viewer.tokenId)?.delete(ctx.extra.socket));
          }
          return true;
        } catch {
          ctx.extra.socket.close(CloseCode.Forbidden, 'Invalid or revoked token');
          return false;
        }
      },
      onSubscribe: async (ctx, id, payload) => {
        const { socket, address } = ctx.extra;
        if (credentials.expired(socket)) return [new GraphQLError('The session has expired: sign in again', { extensions: { code: 'UNAUTHENTICATED' } })];
        // Every operation spends the same budget as a request over HTTP.
        const budget = ctx.extra.budget ?? addressKey(address);
        const limited = await rateLimits.requests.take(budget);
        if (limited) return [rateLimitedError(limited)];
        let document;
        try {
          document = parse(payload.query);
        } catch (e) {
          return [e as GraphQLError];
        }
        const errors = validate(schema, document, [...specifiedRules, ...wsRules]);
        if (errors.length) return errors;
        const attempts = authAttempts(document, payload.operationName);
        const authLimited = attempts ? await rateLimits.auth.take(addressKey(address), attempts) : null;
        if (authLimited) return [rateLimitedError(authLimited)];
        // Counted last: a refused operation holds no place (onComplete gives it back).
        if (getOperationAST(document, payload.operationName)?.operation === 'subscription') {
          const refused = caps.admit(socket, budget, id);
          if (refused) return [refused];
        }
        const viewer = ctx.extra.viewer ?? { kind: 'anonymous' as const };
        const contextValue = requestContext(dataSource, viewer, hub);
        return { schema, document, variableValues: payload.variables, operationName: payload.operationName, contextValue };
      },
      onNext: (_ctx, _id, _payload, _args, result) => {
        // Errors reaching subscribers go through the same masking as HTTP.
        if (!('errors' in result) || !result.errors?.length) return;
        for (const e of result.errors) if (!isUserError(e)) logger.error('subscription error', { err: e.originalError ?? e });
        return { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) } as never;
      },
      onError: (_ctx, _id, _payload, errors) => {
        for (const e of errors) if (!isUserError(e)) logger.error('subscription error', { err: e });
      },
      onComplete: (ctx, id) => caps.release(ctx.extra.socket, id),
    },
    wss,
  );

  // ---- HTTP: Apollo ----
  const requestLog: ApolloServerPlugin<Context> = {
    async requestDidStart({ contextValue }) {
      return {
        async didEncounterErrors({ errors }) {
          for (const e of errors) {
            if (!isUserError(e)) logger.error('request failed', { err: e.originalError ?? e, requestId: contextValue.requestId, path: e.path });
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          for (const e of response.body.singleResult.errors ?? []) {
            if (e.extensions?.code === 'INTERNAL_SERVER_ERROR') (e.extensions as Record<string, unknown>).requestId = contextValue.requestId;
          }
        },
      };
    },
  };
  // signIn and signUp (even several in one request under aliases) spend the address's sign-in budget.
  const authLimit: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, contextValue }) {
          const attempts = authAttempts(document, request.operationName);
          if (!attempts) return;
          const limited = await rateLimits.auth.take(addressKey(contextValue.res?.req.ip), attempts);
          if (limited) throw rateLimitedError(limited, true);
        },
      };
    },
  };
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.introspection,
    validationRules: rules,
    formatError,
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      { async serverWillStart() { return { async drainServer() { await wsCleanup.dispose(); } }; } },
      requestLog,
      authLimit,
      // No cache hints are used; the default plugin would wrap every resolver for nothing.
      ApolloServerPluginCacheControlDisabled(),
      ...(config.nodeEnv === 'production' ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  // A person's calendar feed of one project: the token is the credential, as calendar apps send no cookie.
  app.get(/^\/ical\/([^/]+)\.ics$/, (req, res, next) => {
    const token = (req.params as Record<string, string>)[0] ?? '';
    services.calendarFeeds
      .ics(token)
      .then((text) => {
        res.setHeader('Cache-Control', 'private, no-cache');
        if (text === null) return void res.status(404).type('text/plain').send('No such calendar feed: it may have been revoked');
        res.type('text/calendar; charset=utf-8').send(text);
      }, next);
  });
  // Who is asking, once per request: the rate limit counts per person and the context reuses it.
  app.use('/graphql', (req: Request, res: Response, next: NextFunction) => {
    services.auth
      .viewerFromRequest({ cookie: req.headers.cookie, authorization: req.headers.authorization })
      .then((viewer) => (res.locals.viewer = viewer), (err: Error) => (res.locals.authError = err))
      .then(() => next(), next);
  });
  if (rateLimits.requests.enabled) {
    app.use(
      '/graphql',
      rateLimit({
        windowMs: 60_000,
        limit: rateLimits.requests.perMinute,
        // The websocket counts in this same store.
        store: rateLimits.requests.store,
        standardHeaders: 'draft-8',
        legacyHeaders: false,
        // Per person when signed in (all their sessions and tokens), so an office behind one address
        // is not one client; per address otherwise (rateKey applies ipKeyGenerator to it).
        keyGenerator: (req, res) => rateKey(res.locals.viewer as Viewer | undefined, req.ip),
        validate: { keyGeneratorIpFallback: false },
        handler: (req, res) => {
          const reset = (req as AugmentedRequest).rateLimit.resetTime?.getTime() ?? Date.now() + 60_000;
          const retryAfter = Math.max(1, Math.ceil((reset - Date.now()) / 1000));
          res.status(429).json({ errors: [{ message: 'Too many requests: slow down and try again in a minute', extensions: { code: 'RATE_LIMITED', retryAfter } }] });
        },
      }),
    );
  }
  app.use(
    '/graphql',
    express.json({ limit: config.limits.maxBodyBytes }),
    // One change scope per request: the writes' change numbers for the payload, the actor for the events.
    (_req: Request, _res: Response, next: NextFunction) => withChangeScope(null, next),
    expressMiddleware(apollo, {
      context: async ({ res }) => {
        const authError = res.locals.authError as Error | undefined;
        if (authError) throw new AuthError(authError.message);
        const viewer = (res.locals.viewer as Viewer | undefined) ?? { kind: 'anonymous' };
        const scope = changeScope();
        if (scope) scope.actorId = actorIdOf(viewer);
        const context = requestContext(dataSource, viewer, hub, res);
        res.setHeader('x-request-id', context.requestId);
        return context;
      },
    }),
  );
  // Body too large or not JSON: answer like GraphQL does, with a code.
  app.use('/graphql', (err: Error & { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    const status = err.status ?? 500;
    const code = err.type === 'entity.too.large' ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    if (status >= 500) logger.error('http error', { err });
    const message =
      code === 'PAYLOAD_TOO_LARGE'
        ? `Request body is larger than ${config.limits.maxBodyBytes} bytes`
        : status < 500
          ? `Bad request: ${err.message}`
          : 'Internal server error';
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  });

  // ---- status report downloads: signed in (cookie) by report id, or through a stakeholder link ----
  const sendReport = async (res: Response, format: string, parts: { header: ReportHeader; figures: ReportFigures; narrative: string }) => {
    const name = `${parts.header.projectKey}-status-report-${parts.header.number}`;
    if (format === 'md') {
      res.setHeader('Content-Disposition', `attachment; filename="${name}.md"`);
      res.type('text/markdown; charset=utf-8').send(reportMarkdown(parts.header, parts.figures, parts.narrative));
    } else {
      const pdf = await reportPdf(parts.header, parts.figures, parts.narrative);
      res.setHeader('Content-Disposition', `attachment; filename="${name}.pdf"`);
      res.type('application/pdf').send(pdf);
    }
  };
  const reportError = (res: Response, err: unknown) => {
    const code = err instanceof GraphQLError ? String(err.extensions.code) : 'INTERNAL_SERVER_ERROR';
    if (!(err instanceof GraphQLError) || !isUserError(err)) logger.error('report export failed', { err: err as Error });
    const status = code === 'NOT_FOUND' ? 404 : code === 'UNAUTHENTICATED' ? 401 : code === 'FORBIDDEN' ? 403 : code === 'BAD_USER_INPUT' ? 400 : 500;
    res.status(status).json({ errors: [{ message: status === 500 ? 'Internal server error' : (err as Error).message, extensions: { code } }] });
  };
  app.get(/^\/api\/reports\/([0-9a-fA-F-]{36})\.(md|pdf)$/, (req: Request, res: Response) => {
    const [id, format] = [req.params[0]!, req.params[1]!];
    services.auth
      .viewerFromRequest({ cookie: req.headers.cookie, authorization: req.headers.authorization })
      .then((viewer) => services.reports.exportOf(requestContext(dataSource, viewer, hub).actor, id.toLowerCase()))
      .then((parts) => sendReport(res, format, parts))
      .catch((err: unknown) => reportError(res, err));
  });
  app.get(/^\/api\/report-links\/([A-Za-z0-9_-]{1,200})\/(\d{1,9})\.(md|pdf)$/, (req: Request, res: Response) => {
    const [token, number, format] = [req.params[0]!, Number(req.params[1]), req.params[2]!];
    services.reports
      .exportByLink(token, number)
      .then((parts) => sendReport(res, format, parts))
      .catch((err: unknown) => reportError(res, err));
  });

  // ---- the built client (SPA) ----
  const clientDir = config.clientDir ?? path.resolve(import.meta.dirname, '../../client/build');
  if (existsSync(path.join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: 'index.html', maxAge: '1h', setHeaders: (res, file) => {
      if (file.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
    } }));
    app.get(/^\/(?!graphql|healthz|api\/|ical\/).*/, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(path.join(clientDir, 'index.html'));
    });
  } else {
    app.get('/', (_req, res) => {
      res.type('text/plain').send('Trellis API is running at /graphql. Build the client (npm run build) to serve the app here.');
    });
  }

  let closed = false;
  return {
    server,
    schema,
    dataSource,
    services,
    hub,
    queryCounter,
    collab,
    listen: (port = config.port, host = config.host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const addr = server.address() as AddressInfo;
          const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
          resolve(`http://${shownHost}:${addr.port}`);
        });
      }),
    close: async () => {
      if (closed) return;
      closed = true;
      await apollo.stop();
      if (server.listening) await new Promise<void>((r) => server.close(() => r()));
      wss.close();
      credentials.close();
      rateLimits.requests.close();
      rateLimits.auth.close();
      await host.close();
      await modules.close();
      await listener.stop();
      await relay.close();
      await dataSource.destroy();
    },
  };
}
