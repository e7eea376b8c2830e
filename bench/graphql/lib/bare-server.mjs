import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { buildSchema, GraphQLError, GraphQLScalarType, isObjectType, isScalarType, Kind } from 'graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Permission } from '../../../server/dist/common/access.js';
import { can } from '../../../server/dist/common/guard.js';
import { actorOf, createLoaders } from '../../../server/dist/loaders.js';

/**
 * The part of the public schema the benchmark queries touch, written by hand (same names, types and
 * nullability as schema/schema.graphql).
 */
export const typeDefs = /* GraphQL */ `
  scalar DateTimeISO
  scalar LocalDate

  enum StatusCategory { BACKLOG UNSTARTED STARTED COMPLETED CANCELLED }
  enum TaskKind { MILESTONE SUMMARY TASK }

  type Query {
    project(id: ID, key: String): Project!
  }

  type Project {
    id: ID!
    key: String!
    name: String!
    board: Board!
    tasks(first: Int, after: String): TaskConnection!
  }

  type Board {
    projectId: ID!
    projectKey: String!
    projectName: String!
    generatedAt: DateTimeISO!
    percentComplete: Float!
    taskCount: Int!
    categories: [CategoryCount!]!
    columns: [BoardColumn!]!
    milestones: [BoardMilestone!]!
    lateTasks: [BoardCard!]!
    recentActivity: [BoardActivity!]!
  }

  type CategoryCount { category: StatusCategory! count: Int! }

  type BoardColumn {
    statusId: ID!
    name: String!
    category: StatusCategory!
    color: String!
    count: Int!
    cards: [BoardCard!]!
  }

  type BoardPerson { id: ID! name: String! }

  type BoardCard {
    id: ID!
    key: String!
    name: String!
    wbsCode: String!
    kind: TaskKind!
    percentComplete: Int!
    plannedFinish: LocalDate
    assignee: BoardPerson
    statusId: ID!
    late: Boolean!
    version: Int!
  }

  type BoardMilestone { id: ID! key: String! name: String! date: LocalDate completed: Boolean! late: Boolean! }

  type BoardActivity { id: ID! at: DateTimeISO! actorName: String summary: String! }

  type PageInfo { endCursor: String hasNextPage: Boolean! }

  type TaskConnection { nodes: [Task!]! pageInfo: PageInfo! totalCount: Int! }

  type TaskStatus { id: ID! name: String! category: StatusCategory! color: String! position: Int! projectId: ID! }

  type User { id: ID! name: String! email: String! }

  type Task {
    id: ID!
    key: String!
    number: Int!
    name: String!
    wbsCode: String!
    kind: TaskKind!
    percentComplete: Int!
    version: Int!
    status: TaskStatus!
    assignee: User
  }
`;

const DateTimeISO = new GraphQLScalarType({
  name: 'DateTimeISO',
  serialize: (v) => (v instanceof Date ? v.toISOString() : new Date(v).toISOString()),
  parseValue: (v) => new Date(v),
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? new Date(ast.value) : null),
});

/** Plain resolvers over the server's own services, loaders and access check. */
export function bareResolvers(services) {
  return {
    DateTimeISO,
    LocalDate: GraphQLLocalDate,
    Query: {
      project: (_root, args, ctx) => services.projects.get(ctx.actor, { id: args.id, key: args.key }),
    },
    Project: {
      board: async (p, _args, ctx) => {
        await can(ctx.actor, p.id, Permission.BOARD_READ);
        return services.boards.compute(p.id);
      },
      tasks: (p, args, ctx) => services.tasks.list(ctx.actor, p.id, null, args.first, args.after, false),
    },
    Task: {
      key: async (t, _args, ctx) => `${(await ctx.loaders.project.load(t.projectId))?.key ?? '?'}-${t.number}`,
      status: (t, _args, ctx) => ctx.loaders.status.load(t.statusId),
      assignee: (t, _args, ctx) => (t.assigneeId ? ctx.loaders.user.load(t.assigneeId) : null),
    },
  };
}

/** The executable bare schema: the SDL above with the plain resolvers attached. */
export function bareSchema(services) {
  const schema = buildSchema(typeDefs);
  for (const [typeName, impl] of Object.entries(bareResolvers(services))) {
    const type = schema.getType(typeName);
    if (isScalarType(type)) {
      type.serialize = impl.serialize;
      type.parseValue = impl.parseValue;
      type.parseLiteral = impl.parseLiteral;
    } else if (isObjectType(type)) {
      const fields = type.getFields();
      for (const [name, resolve] of Object.entries(impl)) fields[name].resolve = resolve;
    } else {
      throw new Error(`no such type in the bare schema: ${typeName}`);
    }
  }
  return schema;
}

/**
 * A bare Apollo Server 5 on the same HTTP stack as the app (express 5, express.json with the same
 * body limit, @as-integrations/express5), the same cookie-to-viewer resolution and per-request loaders.
 */
export async function startBareServer(app, config) {
  const { services, dataSource, hub } = app;
  const expressApp = express();
  expressApp.disable('x-powered-by');
  const server = http.createServer(expressApp);
  const schema = bareSchema(services);
  const apollo = new ApolloServer({
    schema,
    introspection: false,
    includeStacktraceInErrorResponses: false,
    // Same Apollo set-up as the app, which runs without the cache-control plugin.
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: server }), ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();
  expressApp.use(
    '/graphql',
    express.json({ limit: config.limits.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = randomUUID();
        res.setHeader('x-request-id', requestId);
        let viewer;
        try {
          viewer = await services.auth.viewerFromRequest({ cookie: req.headers.cookie, authorization: req.headers.authorization });
        } catch (e) {
          throw new GraphQLError(e.message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
        }
        const loaders = createLoaders(dataSource, viewer);
        return { actor: actorOf(viewer, loaders), loaders, requestId, res, hub };
      },
    }),
  );
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    /** Apollo wraps every field resolver of the schema it serves, in place: this is that schema. */
    schema,
    close: async () => {
      await apollo.stop();
      if (server.listening) await new Promise((r) => server.close(() => r()));
    },
  };
}
