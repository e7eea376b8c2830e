import { describe, expect, it } from 'vitest';
import { demoCookie, gql, screenshot, signUpDemoViewer, useE2E } from './harness.js';

const e2e = useE2E();

describe('a viewer', () => {
  it('sees the project live but is offered no way to change it', async () => {
    const { server } = e2e;
    // Eva signs up and joins the demo project as a VIEWER through an invitation link.
    const ctx = await e2e.context();
    const page = await ctx.newPage();
    await signUpDemoViewer(page, server);

    await page.goto(`${server.url}/p/ERP`);
    await page.getByText('Stakeholder interviews').first().waitFor();
    expect(await page.getByTestId('add-task').count()).toBe(0);
    expect(await page.getByRole('combobox', { name: /^Status of / }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Add sub-task/ }).count()).toBe(0);
    // A summary shows the progress of the work under it: all of 1.1 is done.
    const summary = await page.locator('tr', { hasText: 'Business case & charter' }).first().textContent();
    expect(summary).toContain('Done');
    expect(summary).toContain('100%');

    // Changes made by others still arrive live.
    const cookie = (await ctx.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const project = await gql<{ project: { id: string; viewerRole: string } }>(server, '{ project(key: "ERP") { id viewerRole } }', {}, { cookie });
    expect(project.data!.project.viewerRole).toBe('VIEWER');
    const refused = await gql(server, 'mutation($p: UUID!) { taskCreate(input: { projectId: $p, name: "Sneaky" }) { task { id } } }', { p: project.data!.project.id }, { cookie });
    expect(refused.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const admin = await demoCookie(server);
    const made = await gql(server, 'mutation($p: UUID!) { taskCreate(input: { projectId: $p, name: "Seen by the sponsor" }) { task { id } } }', { p: project.data!.project.id }, { cookie: admin });
    expect(made.errors).toBeUndefined();
    await page.getByText('Seen by the sponsor').first().waitFor({ timeout: 10_000 });
    await screenshot(page, 'viewer-outline');
  });
});
