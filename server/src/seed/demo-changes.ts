import type { DataSource } from 'typeorm';
import type { Actor } from '../common/actor.js';
import { systemActorFor, type Services } from '../composition.js';
import { ChangeCategory } from '../modules/change/index.js';

/**
 * The demo's change log and decision log: one request approved and applied (its tasks are in the
 * plan, its decision in the log), one under review with its impact previewed, one draft, and a
 * few decisions taken along the way. People by their demo names; work recorded under each of them.
 */
export async function seedDemoChanges(ds: DataSource, services: Services, projectId: string): Promise<void> {
  const people = new Map(
    ((await ds.query(`SELECT u.id, u.name FROM project_members m JOIN users u ON u.id = m.user_id WHERE m.project_id = $1`, [projectId])) as { id: string; name: string }[]).map((p) => [p.name, p.id]),
  );
  const owner = (): Actor => systemActorFor(ds, people.get('Alex Morgan')!);
  const person = (name: string) => people.get(name)!;
  const tasks = new Map(((await ds.query(`SELECT id, name FROM tasks WHERE project_id = $1 AND archived_at IS NULL`, [projectId])) as { id: string; name: string }[]).map((t) => [t.name, t.id]));
  const task = (name: string) => tasks.get(name)!;
  const { changes, decisions } = services;

  // Approved and applied: the auditors asked for a security review before go-live.
  let audit = await changes.create(owner(), {
    projectId,
    requestedById: person('Dev Patel'),
    title: 'Security review before go-live',
    category: ChangeCategory.SCOPE,
    reason: 'The external auditors require a penetration test of the new interfaces before the system holds live financial data.',
    description: 'Add a security review with a penetration test after performance testing, and fund the external testers.',
    takeBaseline: true,
    changeSet: {
      addTasks: [
        { key: 'sec', name: 'Security review', parentId: task('Testing'), durationDays: 0 },
        { key: 'pen', name: 'Penetration test', parentId: 'sec', durationDays: 4 },
        { key: 'fix', name: 'Fix security findings', parentId: 'sec', durationDays: 3 },
      ],
      links: [
        { predecessorId: task('Performance testing'), successorId: 'pen' },
        { predecessorId: 'pen', successorId: 'fix' },
      ],
      budgetDelta: 18_000,
      scopeItems: ['Security hardening of the integrations'],
    },
  });
  audit = await changes.submit(owner(), { id: audit.id, version: audit.version });
  audit = await changes.startReview(owner(), { id: audit.id, version: audit.version });
  audit = await changes.preview(owner(), audit.id);
  await changes.approve(owner(), { id: audit.id, version: audit.version, reason: 'Required by the audit; the budget reserve covers it.' });

  // Under review, previewed: more time for data migration.
  let trial = await changes.create(owner(), {
    projectId,
    requestedById: person('Chloé Martin'),
    title: 'Second trial migration',
    category: ChangeCategory.SCHEDULE,
    reason: 'The first trial found 4% of open items without a mapping; one more full rehearsal lowers the cutover risk.',
    changeSet: {
      addTasks: [{ key: 'trial2', name: 'Second trial migration', parentId: task('Data migration'), durationDays: 4 }],
      links: [{ predecessorId: task('Trial migration'), successorId: 'trial2' }, { predecessorId: 'trial2', successorId: task('Cutover rehearsal') }],
      durations: [{ taskId: task('Open items mapping'), durationDays: 6 }],
    },
  });
  trial = await changes.submit(owner(), { id: trial.id, version: trial.version });
  trial = await changes.startReview(owner(), { id: trial.id, version: trial.version });
  await changes.preview(owner(), trial.id);

  // A draft not yet submitted.
  await changes.create(owner(), {
    projectId,
    requestedById: person('Ben Okafor'),
    title: 'Drop the CRM interface from this release',
    category: ChangeCategory.SCOPE,
    reason: 'Sales will replace the CRM next year; an interface now would be thrown away.',
    changeSet: { removeTasks: [task('CRM interface')], budgetDelta: -24_000, scopeItems: ['CRM integration'] },
  });

  await decisions.create(owner(), {
    projectId,
    title: 'Go with the vendor\u2019s cloud ERP, standard edition',
    rationale: 'Best score in the demos and the lowest five-year cost; the premium edition\u2019s planning module is not needed yet.',
    alternatives: 'Premium edition; the incumbent on-premises suite with an upgrade.',
    decidedByIds: [person('Alex Morgan'), person('Ana Costa')],
    decidedByText: 'CFO (sponsor)',
    linkedTaskIds: [task('Contract negotiation')],
  });
  await decisions.create(owner(), {
    projectId,
    title: 'No go-live in the last two weeks of a quarter',
    rationale: 'Finance closes the books then; a cutover would put the close at risk.',
    alternatives: 'Go live on the first of a quarter with a frozen close.',
    decidedByText: 'Steering committee',
    linkedTaskIds: [task('Go-live')],
  });
}
