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
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { parse as parseCookie } from 'cookie';
import { GraphQLError, parse, specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { DataSource } from 'typeorm';
import { WebSocketServer } from 'ws';
import type { CollabServer } from '@trellis/collab';
import type { Config } from './config.js';
import type { Context, Viewer } from './context.js';
import { formatError, isUserError } from './common/errors.js';
import { EventListener, RedisEvents, type EventTransport } from './common/events.js';
import { SubscriptionHub } from './common/hub.js';
import { limitRules, websocketRules } from './common/limits.js';
import { createLoaders } from './common/loaders.js';
import type { Logger } from './common/logger.js';
import { EventRelay } from './common/relay.js';
import { createDataSource, QueryCounter, runMigrations } from './database/data-source.js';
import { createSchema, createServices, type Services } from './schema.js';
import { SESSION_COOKIE, sha256 } from './modules/user/auth.service.js';
import { startCollab } from './modules/collab/host.js';

export interface App {
  server: http.Server;
  schema: GraphQLSchema;
  dataSource: DataSource;
  services: Services;
  hub: SubscriptionHub;
  queryCounter: QueryCounter;
  collab: CollabServer;
  listen(port?: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

export interface AppOptions {
  databaseUrl: string;
  logger: Logger;
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

  const hub = new SubscriptionHub();
  const services = createServices(dataSource, { sessionDays: config.sessionDays, cookieSecure: config.cookieSecure, invitationDays: config.invitationDays, logger });
  const schema = await createSchema(services, hub);
  const relay = new EventRelay(dataSource, hub, services.boards, logger);
  const onEvent = (e: Parameters<EventRelay['handle']>[0]) => relay.handle(e);
  const listener: EventTransport = config.redisUrl
    ? new RedisEvents(config.redisUrl, dataSource, opts.databaseUrl, onEvent, logger)
    : new EventListener(opts.databaseUrl, onEvent, logger);
  await listener.start();

  const rules = limitRules(config);
  const wsRules = websocketRules(config);
  const app = express();
  app.disable('x-powered-by');
  const server = http.createServer(app);

  // ---- websocket: graphql-ws on the same path ----
  // Live documents: the collab service on /collab/<document>, with this server's access rules and projector.
  const host = await startCollab(config, opts.databaseUrl, dataSource, services, logger);
  const { collab } = host;
  relay.onMemberRemoved = host.memberRemoved;
  relay.onProjectChanged = host.projectChanged;

  const wss = new WebSocketServer({ noServer: true, maxPayload: config.limits.maxBodyBytes });
  server.on('upgrade', (req, socket, head) => {
    if (collab.handleUpgrade(req, socket, head)) return;
    if (new URL(req.url ?? '/', 'http://localhost').pathname === '/graphql') {
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
    } else {
      socket.destroy();
    }
  });
  type WsExtra = { viewer?: Viewer };
  // Open wall screens per board token, so a revoked token stops streaming at once.
  const walls = new Map<string, Set<import('ws').WebSocket>>();
  relay.onBoardTokenRevoked = (tokenId) => {
    for (const socket of walls.get(tokenId) ?? []) socket.close(CloseCode.Forbidden, 'The board token was revoked');
    walls.delete(tokenId);
    host.boardTokenRevoked(tokenId);
  };
  const wsCleanup = useServer<Record<string, unknown> | undefined, WsExtra>(
    {
      schema,
      onConnect: async (ctx) => {
        const auth = typeof ctx.connectionParams?.authorization === 'string' ? ctx.connectionParams.authorization : undefined;
        try {
          const viewer = await services.auth.viewerFromRequest({ cookie: ctx.extra.request.headers.cookie, authorization: auth });
          ctx.extra.viewer = viewer;
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
      onSubscribe: (ctx, _id, payload) => {
        let document;
        try {
          document = parse(payload.query);
        } catch (e) {
          return [e as GraphQLError];
        }
        const errors = validate(schema, document, [...specifiedRules, ...wsRules]);
        if (errors.length) return errors;
        const viewer = (ctx.extra as WsExtra).viewer ?? { kind: 'anonymous' as const };
        const contextValue: Context = { viewer, loaders: createLoaders(dataSource, viewer), requestId: randomUUID(), hub };
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
      // No cache hints are used; the default plugin would wrap every resolver for nothing.
      ApolloServerPluginCacheControlDisabled(),
      ...(config.nodeEnv === 'production' ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  app.set('trust proxy', config.trustProxy);
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  if (config.limits.ratePerMinute > 0) {
    app.use(
      '/graphql',
      rateLimit({
        windowMs: 60_000,
        limit: config.limits.ratePerMinute,
        standardHeaders: 'draft-8',
        legacyHeaders: false,
        // Per person (session or token) when signed in, so an office behind one address is not one client.
        keyGenerator: (req) => {
          const credential = req.headers.authorization ?? parseCookie(req.headers.cookie ?? '')[SESSION_COOKIE];
          return credential ? `c:${sha256(credential)}` : `ip:${ipKeyGenerator(req.ip ?? '')}`;
        },
        handler: (_req, res) => {
          res.status(429).json({ errors: [{ message: 'Too many requests: slow down and try again in a minute', extensions: { code: 'RATE_LIMITED' } }] });
        },
      }),
    );
  }
  app.use(
    '/graphql',
    express.json({ limit: config.limits.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = randomUUID();
        res.setHeader('x-request-id', requestId);
        let viewer: Viewer;
        try {
          viewer = await services.auth.viewerFromRequest({ cookie: req.headers.cookie, authorization: req.headers.authorization });
        } catch (e) {
          throw new AuthError((e as Error).message);
        }
        return { viewer, loaders: createLoaders(dataSource, viewer), requestId, res, hub };
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

  // ---- the built client (SPA) ----
  const clientDir = config.clientDir ?? path.resolve(import.meta.dirname, '../../client/build');
  if (existsSync(path.join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: 'index.html', maxAge: '1h', setHeaders: (res, file) => {
      if (file.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
    } }));
    app.get(/^\/(?!graphql|healthz).*/, (_req, res) => {
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
      await host.close();
      services.planning.schedules.close();
      await listener.stop();
      await relay.close();
      await dataSource.destroy();
    },
  };
}
