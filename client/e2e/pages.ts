/**
 * Every page of the client, in one list, for the checks that must hold on all of them (the
 * accessibility scan, screenshots at desktop and phone width). A page added to the client gets a
 * line here.
 */
import type { Page } from 'playwright-core';

export interface PageVisit {
  /** Names the page in test titles and screenshot files. */
  name: string;
  /** `signedIn`: the demo owner's session; `anonymous`: none. */
  as: 'signedIn' | 'anonymous';
  /** The path to open; `ctx` holds the links the suite made (a wall token, an invitation). */
  path: (ctx: VisitContext) => string;
  /** Waits until the page shows what it is for (not its loading state). */
  ready: (page: Page) => Promise<unknown>;
  /** What to do on the page before it is checked (open a tab, a form). */
  open?: (page: Page) => Promise<unknown>;
}

export interface VisitContext {
  key: string;
  wallToken: string;
  invitationToken: string;
  /** A stakeholder link to the published status reports. */
  reportToken: string;
  /** The number of a draft status report the suite started. */
  draftReport: number;
  /** Wall links showing the schedule view and the risks and issues view. */
  wallScheduleToken: string;
  wallRisksToken: string;
  /** A stakeholder's unsubscribe link (as a mail carries it). */
  unsubscribeToken: string;
}

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { name }).first().waitFor();

export const PAGES: PageVisit[] = [
  { name: 'sign-in', as: 'anonymous', path: () => '/login', ready: (p) => p.getByRole('button', { name: 'Sign in' }).waitFor() },
  { name: 'sign-up', as: 'anonymous', path: () => '/signup', ready: (p) => p.getByRole('button', { name: 'Create account' }).waitFor() },
  { name: 'projects', as: 'signedIn', path: () => '/', ready: (p) => heading(p, 'Projects') },
  {
    name: 'projects-new-form',
    as: 'signedIn',
    path: () => '/',
    ready: (p) => heading(p, 'Projects'),
    open: async (p) => {
      await p.getByRole('button', { name: /new project/i }).first().click();
      await p.getByLabel('Currency').waitFor();
    },
  },
  { name: 'account', as: 'signedIn', path: () => '/account', ready: (p) => heading(p, /account/i) },
  { name: 'portfolio', as: 'signedIn', path: () => '/portfolio', ready: (p) => p.getByTestId('portfolio-row').first().waitFor() },
  {
    name: 'portfolio-health-reasons',
    as: 'signedIn',
    path: () => '/portfolio',
    ready: (p) => p.getByTestId('portfolio-row').first().waitFor(),
    open: async (p) => {
      await p.getByTestId('health-chip').first().click();
      await p.getByTestId('health-reasons').first().waitFor();
    },
  },
  { name: 'tasks', as: 'signedIn', path: (c) => `/p/${c.key}`, ready: (p) => p.getByTestId('task-row').first().waitFor() },
  { name: 'tasks-board', as: 'signedIn', path: (c) => `/p/${c.key}?view=board`, ready: (p) => p.getByRole('tab', { name: /board/i }).waitFor() },
  { name: 'gantt', as: 'signedIn', path: (c) => `/p/${c.key}/gantt`, ready: (p) => p.getByTestId('gantt-row').first().waitFor() },
  { name: 'resources', as: 'signedIn', path: (c) => `/p/${c.key}/resources`, ready: (p) => p.getByTestId('resource-row').first().waitFor() },
  { name: 'earned-value', as: 'signedIn', path: (c) => `/p/${c.key}/earned-value`, ready: (p) => p.getByTestId('ev-indices').waitFor() },
  { name: 'variance', as: 'signedIn', path: (c) => `/p/${c.key}/variance`, ready: (p) => p.getByTestId('variance-row').first().waitFor() },
  { name: 'charter', as: 'signedIn', path: (c) => `/p/${c.key}/charter`, ready: (p) => p.getByTestId('charter-approval-bar').waitFor() },
  { name: 'settings', as: 'signedIn', path: (c) => `/p/${c.key}/settings`, ready: (p) => heading(p, 'Project details') },
  { name: 'risks', as: 'signedIn', path: (c) => `/p/${c.key}/risks`, ready: (p) => p.locator('table tbody tr').first().waitFor() },
  { name: 'issues', as: 'signedIn', path: (c) => `/p/${c.key}/issues`, ready: (p) => p.locator('table tbody tr').first().waitFor() },
  { name: 'changes', as: 'signedIn', path: (c) => `/p/${c.key}/changes`, ready: (p) => p.getByTestId('cr-row').first().waitFor() },
  { name: 'decisions', as: 'signedIn', path: (c) => `/p/${c.key}/decisions`, ready: (p) => p.getByTestId('decision-row').first().waitFor() },
  { name: 'stakeholders', as: 'signedIn', path: (c) => `/p/${c.key}/stakeholders`, ready: (p) => p.getByTestId('stakeholder-row').first().waitFor() },
  { name: 'communication', as: 'signedIn', path: (c) => `/p/${c.key}/communication`, ready: (p) => p.getByTestId('communication-row').first().waitFor() },
  { name: 'raci', as: 'signedIn', path: (c) => `/p/${c.key}/raci`, ready: (p) => p.getByTestId('raci-row').first().waitFor() },
  {
    name: 'registers-menu',
    as: 'signedIn',
    path: (c) => `/p/${c.key}/charter`,
    ready: (p) => p.getByTestId('charter-approval-bar').waitFor(),
    open: async (p) => {
      await p.getByTestId('registers-menu').click();
      await p.getByRole('link', { name: 'Stakeholders' }).waitFor();
    },
  },
  { name: 'wall', as: 'anonymous', path: (c) => `/wall/${c.wallToken}`, ready: (p) => p.locator('main, [data-testid]').first().waitFor() },
  { name: 'reports', as: 'signedIn', path: (c) => `/p/${c.key}/reports`, ready: (p) => p.getByTestId('report-row').first().waitFor() },
  {
    name: 'reports-health-rules',
    as: 'signedIn',
    path: (c) => `/p/${c.key}/reports`,
    ready: (p) => p.getByTestId('report-row').first().waitFor(),
    open: async (p) => {
      await p.getByText('Health rules').click();
      await p.getByTestId('rule-spiAmber').waitFor();
    },
  },
  { name: 'report-published', as: 'signedIn', path: (c) => `/p/${c.key}/reports/1`, ready: (p) => p.getByTestId('narrative-text').waitFor() },
  {
    name: 'report-draft',
    as: 'signedIn',
    path: (c) => `/p/${c.key}/reports/${c.draftReport}`,
    ready: (p) => p.locator('[data-testid=save-status][data-state=saved]').waitFor(),
  },
  { name: 'report-stakeholder', as: 'anonymous', path: (c) => `/report/${c.reportToken}`, ready: (p) => p.getByTestId('report-history').waitFor() },
  { name: 'wall-schedule', as: 'anonymous', path: (c) => `/wall/${c.wallScheduleToken}`, ready: (p) => p.getByTestId('wall-schedule').waitFor() },
  { name: 'wall-risks-issues', as: 'anonymous', path: (c) => `/wall/${c.wallRisksToken}`, ready: (p) => p.getByTestId('wall-risks-issues').waitFor() },
  { name: 'invite', as: 'anonymous', path: (c) => `/invite/${c.invitationToken}`, ready: (p) => p.getByTestId('invite-offer').waitFor() },
  { name: 'outbox', as: 'signedIn', path: (c) => `/p/${c.key}/outbox`, ready: (p) => p.locator('[data-testid=outbox-list], [data-testid=outbox-no-smtp]').first().waitFor() },
  { name: 'unsubscribe', as: 'anonymous', path: (c) => `/unsubscribe/${c.unsubscribeToken}`, ready: (p) => p.getByTestId('unsubscribe-offer').waitFor() },
];
