import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import { taskRows } from '$lib/components/project/outline.fixture.svelte';
import type { Task } from '$lib/graphql/types';
import CacheLayout from './testing/CacheLayout.svelte';
import { FakeApi, FakeLive, layoutProps } from './testing/harness.svelte';
import { allPagesAtOnce, type ProjectCacheRef } from './project-cache.svelte';

/** Requests that carry task rows: the cache's, and those the pages made before there was one. */
const TASK_QUERIES = ['ProjectHead', 'ProjectTasks', 'ProjectPage', 'GanttPage', 'PlanTasksPage', 'ResourcesPage', 'EarnedValuePage'];

let target: HTMLElement;
let mounted: ReturnType<typeof mount> | null = null;

beforeEach(() => {
  target = document.createElement('div');
  document.body.append(target);
});
afterEach(() => {
  if (mounted) unmount(mounted);
  mounted = null;
  target.remove();
  vi.unstubAllGlobals();
});

function setup(pages: ('outline' | 'gantt')[]) {
  const erp = taskRows([{ name: 'Build', children: [{ name: 'Data migration' }, { name: 'Integrations' }] }, { name: 'Sign-off', kind: 'MILESTONE' }]);
  const ops = taskRows([{ name: 'Run' }], 'OPS');
  const api = new FakeApi({ ERP: { id: 'p-erp', tasks: erp }, OPS: { id: 'p-ops', tasks: ops } });
  vi.stubGlobal('fetch', api.fetch);
  const live = new FakeLive();
  let ref: ProjectCacheRef | null = null;
  const props = layoutProps({ projectKey: 'ERP', live: live.asLive, pages, onref: (r: ProjectCacheRef) => (ref = r) });
  mounted = mount(CacheLayout, { target, props });
  flushSync();
  const names = (page: 'outline' | 'gantt') => [...target.querySelectorAll(`ul[data-page=${page}] li`)].map((li) => li.textContent);
  const highlighted = (page: 'outline' | 'gantt', name: string) =>
    [...target.querySelectorAll(`ul[data-page=${page}] li`)].find((li) => li.textContent === name)?.getAttribute('data-highlighted');
  const taskRequests = () => api.calls.filter((c) => TASK_QUERIES.includes(c)).length;
  return { erp, api, live, props, cache: () => ref!.current!, names, highlighted, taskRequests };
}

/** The cache has its first screen, its subscriptions, and the full list fetched once they run. */
async function settled(t: ReturnType<typeof setup>) {
  await vi.waitFor(() => expect(t.cache().complete && t.api.count('ProjectHead') === 2).toBe(true));
  await new Promise((r) => setTimeout(r, 50));
  flushSync();
}

const changed = (task: Task, patch: Partial<Task>): Task => ({ ...task, ...patch, version: task.version + 1 });

describe('project cache', () => {
  it('gives two pages one set of tasks: loaded once, not again per page', async () => {
    const t = setup(['outline', 'gantt']);
    await settled(t);
    const names = ['Build', 'Data migration', 'Integrations', 'Sign-off'];
    expect(t.names('outline')).toEqual(names);
    expect(t.names('gantt')).toEqual(names);
    // The first screen, then the whole list once the subscriptions run: two requests for the
    // project, whatever the number of pages (each page loaded the tasks itself before).
    expect(t.taskRequests()).toBe(2);
    expect(t.api.count('GanttPlan')).toBe(1);
    // One set of subscriptions for the project.
    const subscribed = t.live.active('p-erp');
    expect(subscribed).toBeGreaterThan(0);
    expect(t.live.emit('p-erp', 'taskUpdated', { action: 'UPDATED', changeNumber: 1, actorId: 'u-ana', task: changed(t.erp[0]!, {}) })).toBe(1);

    // Another page of the same project opens: no task request, no new subscription.
    t.props.pages = ['outline', 'gantt', 'gantt'];
    flushSync();
    await new Promise((r) => setTimeout(r, 50));
    expect(t.taskRequests()).toBe(2);
    expect(t.live.active('p-erp')).toBe(subscribed);
  });

  it('shows a change by another person on every page, highlighted', async () => {
    const t = setup(['outline', 'gantt']);
    await settled(t);
    const task = t.cache().byId.get(t.erp[1]!.id)!;
    t.live.emit('p-erp', 'taskUpdated', { action: 'UPDATED', changeNumber: 901, actorId: 'u-ana', task: changed(task, { name: 'Data cleansing' }) });
    flushSync();
    expect(t.names('outline')).toContain('Data cleansing');
    expect(t.names('gantt')).toContain('Data cleansing');
    expect(t.highlighted('outline', 'Data cleansing')).toBe('yes');

    // A task added elsewhere shows on both pages too.
    const added = { ...task, id: '00000000-0000-4000-8000-00000000ffff', key: 'ERP-9', wbsCode: '3', name: 'Hypercare', parentId: null, version: 1 };
    t.live.emit('p-erp', 'taskUpdated', { action: 'CREATED', changeNumber: 902, actorId: 'u-ana', task: added });
    flushSync();
    expect(t.names('outline').at(-1)).toBe('Hypercare');
    expect(t.names('gantt').at(-1)).toBe('Hypercare');
  });

  it('tells its own change from another by change number, even when the event comes first', async () => {
    const t = setup(['outline']);
    await settled(t);
    const task = t.cache().byId.get(t.erp[2]!.id)!;
    let answer!: () => void;
    t.api.answers.set(
      'TaskUpdate',
      () =>
        new Promise((resolve) => {
          answer = () => resolve({ taskUpdate: { task: changed(task, { name: 'APIs' }), changeNumber: 42 } });
        }),
    );
    const saving = t.cache().updateTask(task.id, { name: 'APIs' });
    await vi.waitFor(() => expect(answer).toBeTypeOf('function'));
    // The socket is faster than the answer: the echo arrives while the mutation is in flight.
    t.live.emit('p-erp', 'taskUpdated', { action: 'UPDATED', changeNumber: 42, actorId: null, task: changed(task, { name: 'APIs' }) });
    answer();
    await saving;
    flushSync();
    expect(t.names('outline')).toContain('APIs');
    expect(t.highlighted('outline', 'APIs')).toBe('no');
    expect(t.cache().highlighted).toEqual({});

    // The next change with another number is someone else's.
    const now = t.cache().byId.get(task.id)!;
    t.live.emit('p-erp', 'taskUpdated', { action: 'UPDATED', changeNumber: 43, actorId: null, task: changed(now, { name: 'Interfaces' }) });
    flushSync();
    expect(t.highlighted('outline', 'Interfaces')).toBe('yes');
  });

  it('closes the subscriptions of a project when another one is opened', async () => {
    const t = setup(['outline', 'gantt']);
    await settled(t);
    const before = t.cache();
    expect(t.live.active('p-erp')).toBeGreaterThan(0);
    t.props.projectKey = 'OPS';
    flushSync();
    expect(before.disposed).toBe(true);
    expect(t.live.active('p-erp')).toBe(0);
    await vi.waitFor(() => expect(t.names('outline')).toEqual(['Run']));
    await vi.waitFor(() => expect(t.names('gantt')).toEqual(['Run']));
    expect(t.live.active('p-ops')).toBeGreaterThan(0);
    // An event for the project left behind reaches no one.
    expect(t.live.emit('p-erp', 'taskUpdated', { action: 'UPDATED', changeNumber: 5, actorId: 'u-ana', task: t.erp[0] })).toBe(0);
  });
});

describe('allPagesAtOnce', () => {
  const pageAt = (all: number[], offset: number, size: number) => {
    const nodes = all.slice(offset, offset + size);
    const end = offset + nodes.length;
    return { nodes, totalCount: all.length, pageInfo: { hasNextPage: end < all.length, endCursor: btoa(`o:${end}`).replace(/=+$/, '') } };
  };

  it('asks for every other page at once when the cursors are offsets', async () => {
    const all = Array.from({ length: 11 }, (_, i) => i);
    let inFlight = 0;
    let most = 0;
    const rows = await allPagesAtOnce(
      pageAt(all, 0, 3),
      async (after, size) => {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((r) => setTimeout(r, 5));
        inFlight--;
        return pageAt(all, Number(/o:(\d+)/.exec(atob(after))![1]), size);
      },
      3,
    );
    expect(rows).toEqual(all);
    expect(most).toBe(3);
  });

  it('reads page after page when the cursors are not offsets', async () => {
    const calls: string[] = [];
    const rows = await allPagesAtOnce({ nodes: [1], totalCount: 3, pageInfo: { hasNextPage: true, endCursor: 'x1' } }, async (after) => {
      calls.push(after);
      return after === 'x1' ? { nodes: [2], pageInfo: { hasNextPage: true, endCursor: 'x2' } } : { nodes: [3], pageInfo: { hasNextPage: false, endCursor: null } };
    });
    expect(rows).toEqual([1, 2, 3]);
    expect(calls).toEqual(['x1', 'x2']);
  });
});
