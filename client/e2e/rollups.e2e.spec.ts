import { describe, expect, it } from 'vitest';
import { demoCookie, gql, signInUi, useE2E } from './harness.js';

const e2e = useE2E();

interface Row {
  id: string;
  name: string;
  parentId: string | null;
  kind: string;
  percentComplete: number;
  rollupState: string | null;
  version: number;
  childCount: number;
}

describe('summary progress in the outline', () => {
  it("shows the server's roll-up of a summary and follows it live when someone reports work below", async () => {
    const { server } = e2e;
    const cookie = await demoCookie(server);
    const tasks = async () =>
      (await gql<{ project: { tasks: { nodes: Row[] } } }>(
        server,
        `query { project(key: "ERP") { tasks(first: 500) { nodes { id name parentId kind percentComplete rollupState version childCount } } } }`,
        {},
        { cookie },
      )).data!.project.tasks.nodes;
    const before = await tasks();
    // A summary whose sub-tasks are all leaves, and one of them not finished.
    const summary = before.find((s) => s.rollupState && before.filter((t) => t.parentId === s.id).every((t) => t.childCount === 0 && t.kind === 'TASK') && before.some((t) => t.parentId === s.id && t.percentComplete < 100))!;
    const leaf = before.find((t) => t.parentId === summary.id && t.percentComplete < 100)!;

    const ctx = await e2e.context();
    const page = await ctx.newPage();
    await signInUi(page, server);
    await page.goto(`${server.url}/p/ERP`);
    await page.getByTestId('connection-status').getByText('Live').waitFor();
    const row = page.getByTestId('task-row').filter({ hasText: summary.name }).first();
    await expect.poll(() => row.locator('.c-pct').textContent(), { timeout: 10_000 }).toContain(`${summary.percentComplete}%`);

    const r = await gql(server, `mutation($i: TaskUpdateInput!) { taskUpdate(input: $i) { task { id } } }`, { i: { id: leaf.id, version: leaf.version, percentComplete: 100 } }, { cookie });
    expect(r.errors).toBeUndefined();
    const after = (await tasks()).find((t) => t.id === summary.id)!;
    expect(after.percentComplete).toBeGreaterThan(summary.percentComplete);
    await expect.poll(() => row.locator('.c-pct').textContent(), { timeout: 10_000 }).toContain(`${after.percentComplete}%`);
  });
});
