import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoCookie, gql, signInUi, useE2E } from './harness.js';
import { PAGES, type VisitContext } from './pages.js';

/**
 * Every page (the list in pages.ts) is scanned with axe-core in the real browser: no serious or
 * critical violation of WCAG 2.x A/AA. Each is also saved at desktop and phone width, and checked
 * for sideways scrolling of the page at the phone width.
 */
const e2e = useE2E();
const axeSource: string = (createRequire(import.meta.url)('axe-core') as { source: string }).source;
const SHOTS = path.join('/tmp/shots', process.env.SHOTS_BRANCH ?? 'ux13a');

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] }[];
}

async function scan(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<AxeResult> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')} (${v.nodes[0]?.failureSummary?.replace(/\s+/g, ' ') ?? ''})`);
}

let links: VisitContext;

beforeAll(async () => {
  const { server } = e2e;
  const cookie = await demoCookie(server);
  const project = await gql<{ project: { id: string } }>(server, `{ project(key: "ERP") { id } }`, {}, { cookie });
  const projectId = project.data!.project.id;
  const wall = await gql<{ boardTokenCreate: { token: string } }>(server, `mutation($p: UUID!) { boardTokenCreate(projectId: $p, name: "Lobby") { token } }`, { p: projectId }, { cookie });
  const invite = await gql<{ memberInvite: { token: string } }>(
    server,
    `mutation($i: MemberInviteInput!) { memberInvite(input: $i) { token } }`,
    { i: { projectId, email: 'scan.me@example.test', role: 'VIEWER' } },
    { cookie },
  );
  // A stakeholder's unsubscribe link is made with their first mail; give one its token as a mail would.
  const db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  const unsubscribeToken = 'a1'.repeat(32);
  await db.query(
    `UPDATE stakeholders SET unsubscribe_token = $1 WHERE id = (SELECT s.id FROM stakeholders s JOIN projects p ON p.id = s.project_id WHERE p.key = 'ERP' ORDER BY s.name LIMIT 1)`,
    [unsubscribeToken],
  );
  await db.end();
  const reportLink = await gql<{ reportLinkCreate: { token: string } }>(server, `mutation($p: UUID!) { reportLinkCreate(projectId: $p, name: "Sponsor") { token } }`, { p: projectId }, { cookie });
  const draft = await gql<{ statusReportCreate: { report: { number: number } } }>(
    server,
    `mutation($p: UUID!) { statusReportCreate(input: { projectId: $p }) { report { number } } }`,
    { p: projectId },
    { cookie },
  );
  // A wall link per layout (the schedule view, risks and issues).
  const layoutToken = async (name: string, layout: string) => {
    const made = await gql<{ boardTokenCreate: { token: string; boardToken: { id: string } } }>(server, `mutation($p: UUID!, $n: String!) { boardTokenCreate(projectId: $p, name: $n) { token boardToken { id } } }`, { p: projectId, n: name }, { cookie });
    await gql(server, `mutation($id: UUID!, $l: WallLayout!) { boardTokenLayoutSet(id: $id, layout: $l) { boardToken { id } } }`, { id: made.data!.boardTokenCreate.boardToken.id, l: layout }, { cookie });
    return made.data!.boardTokenCreate.token;
  };
  links = {
    key: 'ERP',
    wallToken: wall.data!.boardTokenCreate.token,
    invitationToken: invite.data!.memberInvite.token,
    reportToken: reportLink.data!.reportLinkCreate.token,
    draftReport: draft.data!.statusReportCreate.report.number,
    wallScheduleToken: await layoutToken('Lobby schedule', 'SCHEDULE'),
    wallRisksToken: await layoutToken('Lobby risks', 'RISKS_ISSUES'),
    unsubscribeToken,
  };
  mkdirSync(SHOTS, { recursive: true });
});

const sized = new Map<string, BrowserContext>();
async function contextFor(as: 'signedIn' | 'anonymous', width: number, height: number): Promise<BrowserContext> {
  const id = `${as}-${width}`;
  let ctx = sized.get(id);
  if (!ctx) {
    ctx = await e2e.context({ width, height });
    if (as === 'signedIn') await signInUi(await ctx.newPage(), e2e.server);
    sized.set(id, ctx);
  }
  return ctx;
}

describe('every page, scanned with axe-core', () => {
  for (const visit of PAGES) {
    it(`${visit.name}: no serious or critical WCAG violation, no sideways scroll at 390 px`, async () => {
      for (const [width, height] of [
        [1440, 900],
        [390, 844],
      ] as const) {
        const ctx = await contextFor(visit.as, width, height);
        const page = await ctx.newPage();
        try {
          await page.goto(e2e.server.url + visit.path(links));
          await visit.ready(page);
          await visit.open?.(page);
          await page.screenshot({ path: path.join(SHOTS, `${visit.name}-${width}.png`), fullPage: false });
          expect(await scan(page), `${visit.name} at ${width} px`).toEqual([]);
          if (width === 390) {
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            expect(overflow, `${visit.name} scrolls sideways at 390 px`).toBeLessThanOrEqual(0);
          }
        } finally {
          await page.close();
        }
      }
    });
  }
});
