/**
 * What the project cache's component tests run against: a fake live connection that records the
 * subscriptions and lets the test send events, and a fetch that answers the cache's and the
 * Gantt's GraphQL operations from task rows (counting them).
 */
import type { LiveConnection } from '$lib/graphql';
import type { Task } from '$lib/graphql/types';

type Sub = { query: string; variables: Record<string, unknown>; next: (data: unknown) => void };

export class FakeLive {
  status = 'connected' as const;
  readonly subs = new Set<Sub>();
  subscribe(query: string, variables: Record<string, unknown>, handlers: { next: (data: unknown) => void }): () => void {
    const sub = { query, variables, next: handlers.next };
    this.subs.add(sub);
    return () => this.subs.delete(sub);
  }
  onReconnect(): () => void {
    return () => {};
  }
  whenConnected(): Promise<void> {
    return Promise.resolve();
  }
  /** Active subscriptions for a project. */
  active(projectId: string): number {
    return [...this.subs].filter((s) => s.variables.projectId === projectId).length;
  }
  /** Sends an event to the subscriptions of `field` (e.g. taskUpdated) of a project. */
  emit(projectId: string, field: string, payload: unknown): number {
    const to = [...this.subs].filter((s) => s.variables.projectId === projectId && new RegExp(`\\b${field}\\(`).test(s.query));
    for (const s of to) s.next({ [field]: payload });
    return to.length;
  }
  get asLive(): LiveConnection {
    return this as unknown as LiveConnection;
  }
}

export type Answer = (variables: Record<string, unknown>) => unknown | Promise<unknown>;

/** Answers GraphQL requests by operation name; counts each operation. */
export class FakeApi {
  readonly calls: string[] = [];
  readonly answers = new Map<string, Answer>();
  constructor(projects: Record<string, { id: string; tasks: Task[] }>) {
    const byId = (id: unknown) => Object.values(projects).find((p) => p.id === id)!;
    const project = (key: string, id: string) => ({
      id, key, name: `Project ${key}`, description: '', methodology: 'HYBRID', status: 'ACTIVE', startDate: null, targetFinish: null,
      archivedAt: null, viewerRole: 'OWNER', version: 1, currency: 'EUR', budget: null, members: [], statuses: [],
    });
    const page = (tasks: Task[], first: number, offset: number) => {
      const nodes = tasks.slice(offset, offset + first);
      const end = offset + nodes.length;
      return { totalCount: tasks.length, nodes, pageInfo: { hasNextPage: end < tasks.length, endCursor: nodes.length ? btoa(`o:${end}`).replace(/=+$/, '') : null } };
    };
    const offsetOf = (after: unknown) => (typeof after === 'string' ? Number(/o:(\d+)/.exec(atob(after))![1]) : 0);
    this.answers.set('ProjectHead', (v) => {
      const p = projects[v.key as string]!;
      return { project: { ...project(v.key as string, p.id), tasks: page(p.tasks, v.first as number, 0) } };
    });
    this.answers.set('ProjectTasks', (v) => ({ project: { tasks: page(byId(v.id).tasks, v.first as number, offsetOf(v.after)) } }));
    this.answers.set('ProjectBoard', () => ({
      project: { board: { generatedAt: new Date().toISOString(), percentComplete: 0, taskCount: 0, categories: [], columns: [], milestones: [], lateTasks: [], recentActivity: [] }, activity: { nodes: [] } },
    }));
    const schedule = { start: null, finish: null, statusDate: null, calendarId: null, criticalPath: [], tasks: [], warnings: [] };
    const noLinks = { totalCount: 0, nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };
    this.answers.set('GanttPlan', (v) => ({ project: { id: projects[v.key as string]!.id, dependencies: noLinks, schedule, baselines: [], calendars: [] } }));
    this.answers.set('PlanSchedule', () => ({ project: { schedule } }));
    this.answers.set('PlanLinksAndWarnings', () => ({ project: { dependencies: noLinks, schedule: { warnings: [] } } }));
  }

  count(name: string): number {
    return this.calls.filter((c) => c === name).length;
  }

  readonly fetch = async (_url: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const { query, variables } = JSON.parse(String(init?.body)) as { query: string; variables: Record<string, unknown> };
    const name = /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? 'anonymous';
    this.calls.push(name);
    const answer = this.answers.get(name);
    const data = answer ? await answer(variables) : null;
    return new Response(JSON.stringify(answer ? { data } : { errors: [{ message: `no answer for ${name}` }] }), { status: 200, headers: { 'content-type': 'application/json' } });
  };
}

/** Reactive props for mounting the layout (so a test can change the project key). */
export function layoutProps<T extends object>(initial: T): T {
  const props = $state(initial);
  return props;
}
