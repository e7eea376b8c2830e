import { describe, expect, it } from 'vitest';
import { authorize, authorizeEntity, Permission } from './access.js';
import { isSystem, requestActor, systemActor, type Actor, type ActorLookups } from './actor.js';
import { ProjectRole } from './roles.js';

const PROJECT = '7d1c8a52-2f4e-4c59-9b0a-1c2d3e4f5a6b';
const TASK = '0b5e6f1c-3d2a-4c8e-9f10-7a1b2c3d4e5f';
const PERSON = '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d';

/** Lookups over a world of one project holding one task, in which the asker is a viewer. */
const lookups = (): ActorLookups => ({
  membership: async (id) => (id === PROJECT ? { role: ProjectRole.VIEWER, archived: false } : null),
  archived: async (id) => (id === PROJECT ? false : null),
  projectOf: async (kind, id) => (kind === 'task' && id === TASK ? PROJECT : null),
  nameOf: (kind) => (kind === 'task' ? 'Task' : kind),
  scope: {},
});

describe('the system actor', () => {
  it('may do anything in a project that exists, recorded under the person it acts for', async () => {
    const actor = systemActor(lookups(), PERSON);
    expect(isSystem(actor)).toBe(true);
    await expect(authorize(actor, PROJECT, Permission.PROJECT_ARCHIVE)).resolves.toMatchObject({ projectId: PROJECT, role: ProjectRole.OWNER, userId: PERSON });
    await expect(authorizeEntity(actor, 'task', TASK, Permission.TASK_DELETE)).resolves.toMatchObject({ projectId: PROJECT, userId: PERSON });
    await expect(authorize(actor, '00000000-0000-4000-8000-000000000000', Permission.PROJECT_READ)).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
  });

  it('cannot be forged: an object that only says it is the system is refused', async () => {
    const forged = { kind: 'system', onBehalfOf: PERSON, lookups: lookups() } as Actor;
    const copied = { ...systemActor(lookups(), PERSON) } as Actor;
    // A request's actor is built from what authentication found; a claimed kind does not survive it.
    const claimed = requestActor({ kind: 'system', onBehalfOf: PERSON } as never, lookups());
    for (const actor of [forged, copied, claimed]) {
      expect(isSystem(actor)).toBe(false);
      await expect(authorize(actor, PROJECT, Permission.PROJECT_READ)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    }
  });
});

describe('the access check by id', () => {
  const viewer = requestActor({ kind: 'user', userId: PERSON, via: 'session' }, lookups());

  it('says NOT_FOUND alike for a missing row, a malformed id and a row of another project', async () => {
    const other = requestActor({ kind: 'user', userId: PERSON, via: 'token' }, { ...lookups(), membership: async () => null });
    const errors = await Promise.all([
      authorizeEntity(viewer, 'task', '00000000-0000-4000-8000-000000000000', Permission.PROJECT_READ).catch((e: Error) => e),
      authorizeEntity(viewer, 'task', 'ERP-1', Permission.PROJECT_READ).catch((e: Error) => e),
      authorizeEntity(other, 'task', TASK, Permission.PROJECT_READ).catch((e: Error) => e),
    ]);
    for (const e of errors) expect(e).toMatchObject({ message: 'Task not found', extensions: { code: 'NOT_FOUND' } });
  });

  it('tells a member what their role does not allow, and names an input field when given one', async () => {
    await expect(authorizeEntity(viewer, 'task', TASK, Permission.TASK_UPDATE)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await expect(authorizeEntity(viewer, 'task', TASK, Permission.PROJECT_READ)).resolves.toMatchObject({ projectId: PROJECT, role: ProjectRole.VIEWER });
    await expect(authorizeEntity(viewer, 'task', PERSON, Permission.TASK_UPDATE, 'input.taskId')).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND', field: 'input.taskId' },
    });
  });

  it('a board token reads only its board', async () => {
    const board = requestActor({ kind: 'board', projectId: PROJECT, tokenId: TASK }, lookups());
    await expect(authorize(board, PROJECT, Permission.BOARD_READ)).resolves.toMatchObject({ role: null, userId: null });
    await expect(authorizeEntity(board, 'task', TASK, Permission.PROJECT_READ)).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
  });
});
