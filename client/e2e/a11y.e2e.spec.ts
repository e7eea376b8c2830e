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

/**
 * Controls a person cannot reach: sticking out of the page sideways (outside any box that scrolls
 * sideways on its own), or covered by something else where they are on screen. A control scrolled
 * out of sight inside a scrolling box, or under a sticky bar of a scrolled page, is reachable by
 * scrolling, and an open menu or dialog covers the page on purpose: those are not counted.
 */
function unreachable(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const vw = document.documentElement.clientWidth;
    const vh = window.innerHeight;
    const name = (el: Element) => `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
    const clips = (el: Element, x: number, y: number): boolean => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const st = getComputedStyle(a);
        if (st.overflowX === 'visible' && st.overflowY === 'visible') continue;
        const r = a.getBoundingClientRect();
        if (x < r.left || x > r.right || y < r.top || y > r.bottom) return true;
      }
      return false;
    };
    const scrollsSideways = (el: Element): boolean => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const o = getComputedStyle(a).overflowX;
        if ((o === 'auto' || o === 'scroll') && a.scrollWidth > a.clientWidth) return true;
      }
      return false;
    };
    // What an expanded disclosure button shows (a dropdown list).
    const opened = [...document.querySelectorAll('[aria-expanded=true][aria-controls]')].flatMap((b) => {
      const shown = document.getElementById(b.getAttribute('aria-controls')!);
      return shown ? [shown] : [];
    });
    for (const el of document.querySelectorAll<HTMLElement>('a[href], button, input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex="-1"])')) {
      const r = el.getBoundingClientRect();
      if (r.width < 2 || r.height < 2 || getComputedStyle(el).visibility === 'hidden' || el.closest('[aria-hidden=true], [inert]')) continue;
      if ((r.left < -1 || r.right > vw + 1) && !scrollsSideways(el)) out.push(`outside the page: ${name(el)}`);
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      if (x < 0 || x > vw || y < 0 || y > vh || clips(el, x, y)) continue;
      const hit = document.elementFromPoint(x, y);
      if (!hit || hit === el || el.contains(hit) || hit.contains(el)) continue;
      // An open menu or dialog covers the page on purpose; a sticky bar covers what is scrolled under it.
      if (hit.closest('[role=menu], [role=dialog], [role=listbox], [popover]') || opened.some((o) => o.contains(hit))) continue;
      let pinned = false;
      for (let a: Element | null = hit; a && a !== document.body; a = a.parentElement) {
        const pos = getComputedStyle(a).position;
        if (pos === 'sticky' || pos === 'fixed') pinned = true;
      }
      if (pinned && document.documentElement.scrollTop > 0) continue;
      const label = hit.closest('label');
      if (label && (label.contains(el) || (el.id && label.htmlFor === el.id))) continue;
      out.push(`covered: ${name(el)} by ${name(hit)}`);
    }
    return out;
  });
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
          expect(await unreachable(page), `${visit.name}: controls out of reach at ${width} px`).toEqual([]);
        } finally {
          await page.close();
        }
      }
    });
  }
});
