import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestUser } from './harness.js';

/** Every mutation of the risk register and the issue log, for every role. */
let h: Harness;
let owner: TestUser;
const people: Record<string, TestUser> = {};
let projectId: string;

type Role = 'owner' | 'manager' | 'member' | 'viewer' | 'stranger';
const ROLES: Role[] = ['owner', 'manager', 'member', 'viewer', 'stranger'];

async function newRisk(): Promise<{ id: string; version: number }> {
  const r = await h.gql(`mutation($p: UUID!) { riskCreate(input: { projectId: $p, title: "Target" }) { risk { id version } } }`, { p: projectId }, owner);
  return r.data!.riskCreate.risk;
}
async function newIssue(): Promise<{ id: string; version: number }> {
  const r = await h.gql(`mutation($p: UUID!) { issueCreate(input: { projectId: $p, title: "Target" }) { issue { id version } } }`, { p: projectId }, owner);
  return r.data!.issueCreate.issue;
}

/** Each mutation: what it sends for a fresh target, and the roles allowed to run it. */
const MUTATIONS: { name: string; allowed: Role[]; run: (as: TestUser) => Promise<{ errors?: { extensions?: Record<string, unknown> }[] }> }[] = [
  { name: 'riskCreate', allowed: ['owner', 'manager', 'member'], run: (as) => h.gql(`mutation($p: UUID!) { riskCreate(input: { projectId: $p, title: "New" }) { risk { id } } }`, { p: projectId }, as) },
  {
    name: 'riskUpdate',
    allowed: ['owner', 'manager', 'member'],
    run: async (as) => {
      const r = await newRisk();
      return h.gql(`mutation($i: RiskUpdateInput!) { riskUpdate(input: $i) { risk { id } } }`, { i: { id: r.id, version: r.version, probability: 5 } }, as);
    },
  },
  { name: 'riskDelete', allowed: ['owner', 'manager'], run: async (as) => h.gql(`mutation($id: UUID!) { riskDelete(id: $id) { risk { id } } }`, { id: (await newRisk()).id }, as) },
  { name: 'riskOccur', allowed: ['owner', 'manager', 'member'], run: async (as) => h.gql(`mutation($id: UUID!) { riskOccur(input: { riskId: $id }) { issue { id } } }`, { id: (await newRisk()).id }, as) },
  {
    name: 'riskMitigationTaskCreate',
    allowed: ['owner', 'manager', 'member'],
    run: async (as) => h.gql(`mutation($id: UUID!) { riskMitigationTaskCreate(input: { riskId: $id }) { task { id } } }`, { id: (await newRisk()).id }, as),
  },
  { name: 'issueCreate', allowed: ['owner', 'manager', 'member'], run: (as) => h.gql(`mutation($p: UUID!) { issueCreate(input: { projectId: $p, title: "New" }) { issue { id } } }`, { p: projectId }, as) },
  {
    name: 'issueUpdate',
    allowed: ['owner', 'manager', 'member'],
    run: async (as) => {
      const i = await newIssue();
      return h.gql(`mutation($i: IssueUpdateInput!) { issueUpdate(input: $i) { issue { id } } }`, { i: { id: i.id, version: i.version, severity: 'HIGH' } }, as);
    },
  },
  { name: 'issueDelete', allowed: ['owner', 'manager'], run: async (as) => h.gql(`mutation($id: UUID!) { issueDelete(id: $id) { issue { id } } }`, { id: (await newIssue()).id }, as) },
];

beforeAll(async () => {
  h = await startHarness();
  owner = await h.user('Owner');
  people.owner = owner;
  projectId = (await h.gql(`mutation { projectCreate(input: { key: "ACL", name: "Access" }) { project { id } } }`, {}, owner)).data!.projectCreate.project.id;
  for (const role of ['manager', 'member', 'viewer'] as const) {
    people[role] = await h.user(role);
    await h.join(projectId, people[role]!, role.toUpperCase(), owner);
  }
  people.stranger = await h.user('Stranger');
});
afterAll(() => h?.close());

describe('risk and issue access', () => {
  for (const m of MUTATIONS) {
    for (const role of ROLES) {
      const expected = m.allowed.includes(role) ? 'allowed' : role === 'stranger' ? 'NOT_FOUND' : 'FORBIDDEN';
      it(`${m.name} as ${role}: ${expected}`, async () => {
        const r = await m.run(people[role]!);
        if (expected === 'allowed') expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
        else expect(r.errors?.[0]?.extensions?.code).toBe(expected);
      });
    }
  }

  it('viewers read the registers; strangers get NOT_FOUND', async () => {
    const risk = await newRisk();
    const q = `query($id: UUID!) { risk(id: $id) { key } }`;
    expect((await h.gql(q, { id: risk.id }, people.viewer)).data!.risk.key).toMatch(/^R-\d+$/);
    expect((await h.gql(q, { id: risk.id }, people.stranger)).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const list = await h.gql(`query($p: UUID!) { project(id: $p) { issues { totalCount } } }`, { p: projectId }, people.stranger);
    expect(list.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });
});
