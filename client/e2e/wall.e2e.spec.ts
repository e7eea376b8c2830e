import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoCookie, gql, screenshot, useE2E } from './harness.js';

const e2e = useE2E();
let demo: { cookie: string; projectId: string } | undefined;

/** The demo user's session cookie and the ERP project's id (made once). */
async function demoSession(): Promise<{ cookie: string; projectId: string }> {
  if (!demo) {
    const cookie = await demoCookie(e2e.server);
    const res = await gql<{ project: { id: string } }>(e2e.server, '{ project(key: "ERP") { id } }', {}, { cookie });
    demo = { cookie, projectId: res.data!.project.id };
  }
  return demo;
}

async function wallPage(): Promise<Page> {
  const ctx = await e2e.context({ width: 1920, height: 1080 });
  return ctx.newPage();
}

async function createWallToken(name: string): Promise<{ token: string; id: string }> {
  const { server } = e2e;
  const { cookie, projectId } = await demoSession();
  const res = await gql<{ boardTokenCreate: { token: string; boardToken: { id: string } } }>(
    server,
    'mutation($p: UUID!, $n: String!) { boardTokenCreate(projectId: $p, name: $n) { token boardToken { id } } }',
    { p: projectId, n: name },
    { cookie },
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return { token: res.data.boardTokenCreate.token, id: res.data.boardTokenCreate.boardToken.id };
}

describe('wall screen', () => {
  it('shows a clear full-screen message for an invalid token', async () => {
    const { server } = e2e;
    const wall = await wallPage();
    await wall.goto(`${server.url}/wall/not-a-real-token`);
    const msg = wall.getByTestId('wall-invalid');
    await msg.waitFor();
    expect(await msg.textContent()).toContain('This wall link is not valid');
    expect(await wall.getByTestId('wall-project-name').count()).toBe(0);
    await screenshot(wall, 'wall-invalid');
  });

  it('stops showing the board the moment its token is revoked, without a reload', async () => {
    const { server } = e2e;
    const { cookie } = await demoSession();
    const { token, id } = await createWallToken('Revoked soon');
    const wall = await wallPage();
    await wall.goto(`${server.url}/wall/${token}`);
    await wall.getByTestId('wall-project-name').getByText('ERP migration').waitFor();

    const res = await gql(server, 'mutation($id: UUID!) { boardTokenRevoke(id: $id) { boardToken { id revokedAt } } }', { id }, { cookie });
    expect(res.errors).toBeUndefined();
    // The server closes the wall's socket (4403); the page checks its token and gives up.
    await wall.getByTestId('wall-invalid').waitFor({ timeout: 10_000 });
    expect(await wall.getByTestId('wall-project-name').count()).toBe(0);
  });

  it('reconnects by itself after the server restarts and catches up on changes made meanwhile', async () => {
    const { server } = e2e;
    const { projectId } = await demoSession();
    const { token } = await createWallToken('Restart test');
    const wall = await wallPage();
    await wall.goto(`${server.url}/wall/${token}`);
    await wall.locator('[data-testid=wall-connection][data-state=connected]').waitFor();
    const todo = () => wall.locator('[data-testid=wall-category][data-category=UNSTARTED] .tile-num').textContent().then(Number);
    const before = await todo();

    await server.kill();
    await wall.locator('[data-testid=wall-connection][data-state=reconnecting]').waitFor();
    expect(await wall.getByTestId('wall-connection').textContent()).toContain('Reconnecting');

    await server.start();
    // A change while the wall is (maybe) still reconnecting: it must show up after the refetch.
    const c2 = await demoCookie(server);
    const created = await gql(server, 'mutation($i: TaskCreateInput!) { taskCreate(input: $i) { task { id } } }', { i: { projectId, name: 'Added during the outage' } }, { cookie: c2 });
    expect(created.errors).toBeUndefined();

    await wall.locator('[data-testid=wall-connection][data-state=connected]').waitFor({ timeout: 20_000 });
    await expect.poll(todo, { timeout: 10_000 }).toBe(before + 1);
  });
});
