import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { Permission } from '../../common/access.js';
import { BadUserInputError, NotFoundError } from '../../common/errors.js';
import { authorizeEntity, can } from '../../common/guard.js';
import { isUuid } from '../../common/ids.js';
import { ActivityAction, recordActivity } from '../activity/index.js';
import { publishRegister } from './register-event.js';
import { RaciFlag, RaciLetter, RaciPartyKind } from './stakeholder.enums.js';
import type { RaciCellSetInput } from './stakeholder.inputs.js';
import { raciFlags } from './stakeholder.rules.js';
import type { RaciCellValue, RaciChange, RaciMatrix, RaciParty, RaciRow } from './stakeholder.types.js';

interface TaskRow {
  id: string;
  key: string;
  wbs_code: string;
  name: string;
  parent_id: string | null;
  assignee_id: string | null;
}

interface CellRow {
  task_id: string;
  party_id: string;
  letter: RaciLetter | null;
}

/**
 * A task's cells as shown: the explicit ones (a blank included), and the assignee's implied R
 * unless the matrix says something of the assignee; and the row's flags over those letters.
 */
export function rowCells(assigneeId: string | null, explicit: readonly CellRow[]): { cells: RaciCellValue[]; flags: RaciFlag[] } {
  const cells: RaciCellValue[] = explicit.map((c) => ({ partyId: c.party_id, letter: c.letter, implied: false }));
  if (assigneeId && !explicit.some((c) => c.party_id === assigneeId)) cells.push({ partyId: assigneeId, letter: RaciLetter.R, implied: true });
  return { cells: cells.filter((c) => c.letter !== null || !c.implied), flags: raciFlags(cells.map((c) => c.letter)) };
}

/** The RACI matrix: who is Responsible, Accountable, Consulted and Informed for each WBS task. */
export class RaciService {
  constructor(private readonly ds: DataSource) {}

  /** The columns: the members, then the stakeholders who are not members already. */
  private async parties(db: EntityManager | DataSource, projectId: string): Promise<RaciParty[]> {
    const rows: { id: string; name: string; kind: RaciPartyKind }[] = await db.query(
      `SELECT u.id, u.name, 'MEMBER' AS kind FROM project_members m JOIN users u ON u.id = m.user_id WHERE m.project_id = $1
       UNION ALL
       SELECT s.id, s.name, 'STAKEHOLDER' FROM stakeholders s
        WHERE s.project_id = $1 AND (s.member_id IS NULL OR s.member_id NOT IN (SELECT user_id FROM project_members WHERE project_id = $1))`,
      [projectId],
    );
    const collator = new Intl.Collator('en', { sensitivity: 'base' });
    return rows.sort((a, b) => (a.kind === b.kind ? collator.compare(a.name, b.name) : a.kind === RaciPartyKind.MEMBER ? -1 : 1));
  }

  /** The matrix of a project, or of one branch of its WBS (the task and everything under it). */
  async matrix(actor: Actor, projectId: string, branchId: string | null): Promise<RaciMatrix> {
    await can(actor, projectId, Permission.PROJECT_READ);
    if (branchId && !isUuid(branchId)) throw new NotFoundError('Task', 'branchId');
    const tasks: TaskRow[] = await this.ds.query(
      `WITH RECURSIVE branch AS (
         SELECT id FROM tasks WHERE project_id = $1 AND archived_at IS NULL AND ($2::uuid IS NULL AND parent_id IS NULL OR id = $2::uuid)
         UNION ALL
         SELECT t.id FROM tasks t JOIN branch b ON t.parent_id = b.id WHERE t.archived_at IS NULL
       )
       SELECT t.id, p.key || '-' || t.number AS key, t.wbs_code, t.name, t.parent_id, t.assignee_id
         FROM tasks t JOIN branch b ON b.id = t.id JOIN projects p ON p.id = t.project_id
        ORDER BY t.wbs_sort`,
      [projectId, branchId],
    );
    if (branchId && !tasks.length) throw new NotFoundError('Task', 'branchId');
    const [parties, cells] = await Promise.all([
      this.parties(this.ds, projectId),
      this.ds.query('SELECT task_id, party_id, letter FROM raci_cells WHERE project_id = $1', [projectId]) as Promise<CellRow[]>,
    ]);
    // A member who left, or a stakeholder linked to a member since, keeps cells no column shows: they count for nothing.
    const shown = new Set(parties.map((p) => p.id));
    const byTask = new Map<string, CellRow[]>();
    for (const c of cells) if (shown.has(c.party_id)) byTask.set(c.task_id, [...(byTask.get(c.task_id) ?? []), c]);
    const rows: RaciRow[] = tasks.map((t) => ({
      taskId: t.id,
      key: t.key,
      wbsCode: t.wbs_code,
      name: t.name,
      depth: t.wbs_code.split('.').length - 1,
      parentId: t.parent_id,
      assigneeId: t.assignee_id,
      ...rowCells(t.assignee_id, byTask.get(t.id) ?? []),
    }));
    return { projectId, parties, rows };
  }

  /**
   * Sets one cell as an idempotent upsert: people setting different cells never conflict, and the
   * last of two writes to one cell wins (its watchers see it change). The row's writes are taken
   * one at a time, so the flags published with each change count every letter committed before it.
   */
  async set(actor: Actor, input: RaciCellSetInput): Promise<RaciChange> {
    const grant = await authorizeEntity(actor, 'task', input.taskId, Permission.STAKEHOLDER_EDIT, 'input.taskId');
    const projectId = grant.projectId;
    const letter = input.letter ?? null;
    return this.ds.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('raci:' || $1::text))`, [input.taskId]);
      const [task]: { name: string; key: string; assignee_id: string | null }[] = await m.query(
        `SELECT t.name, p.key || '-' || t.number AS key, t.assignee_id FROM tasks t JOIN projects p ON p.id = t.project_id WHERE t.id = $1 AND t.archived_at IS NULL`,
        [input.taskId],
      );
      if (!task) throw new NotFoundError('Task', 'input.taskId');
      const party = (await this.parties(m, projectId)).find((p) => p.id === input.partyId);
      if (!party) throw new BadUserInputError('That person is neither a member nor a stakeholder of this project', 'input.partyId');
      const [old]: CellRow[] = await m.query('SELECT task_id, party_id, letter FROM raci_cells WHERE task_id = $1 AND party_id = $2', [input.taskId, input.partyId]);
      const shownBefore = old ? old.letter : party.id === task.assignee_id ? RaciLetter.R : null;
      if (old && old.letter === letter) return this.change(m, projectId, input.taskId, input.partyId, task.assignee_id, null);
      // A blank for anyone but the assignee is no row at all; the assignee's blank is kept, as it overrides the implied R.
      if (letter === null && party.id !== task.assignee_id) {
        await m.query('DELETE FROM raci_cells WHERE task_id = $1 AND party_id = $2', [input.taskId, input.partyId]);
      } else {
        await m.query(
          `INSERT INTO raci_cells (task_id, party_id, project_id, party_kind, letter, updated_by_id, updated_at) VALUES ($1, $2, $3, $4, $5, $6, now())
           ON CONFLICT (task_id, party_id) DO UPDATE SET letter = EXCLUDED.letter, party_kind = EXCLUDED.party_kind, updated_by_id = EXCLUDED.updated_by_id, updated_at = now()`,
          [input.taskId, input.partyId, projectId, party.kind, letter, grant.userId],
        );
      }
      if (shownBefore !== letter) {
        await recordActivity(m, projectId, grant.userId, [
          {
            entityType: 'raci_cell',
            entityId: input.taskId,
            taskId: input.taskId,
            action: ActivityAction.UPDATED,
            field: 'raci',
            oldValue: { name: `${task.key} ${task.name}`, party: party.name, value: shownBefore },
            newValue: { name: `${task.key} ${task.name}`, party: party.name, value: letter },
          },
        ]);
      }
      return this.change(m, projectId, input.taskId, input.partyId, task.assignee_id, grant.userId, true);
    });
  }

  /** The change as subscribers get it, with the cell as shown and the row's flags now; published when `publish`. */
  private async change(m: EntityManager, projectId: string, taskId: string, partyId: string, assigneeId: string | null, actorId: string | null, publish = false): Promise<RaciChange> {
    const columns = new Set((await this.parties(m, projectId)).map((p) => p.id));
    const explicit: CellRow[] = await m.query('SELECT task_id, party_id, letter FROM raci_cells WHERE task_id = $1', [taskId]);
    const { cells, flags } = rowCells(assigneeId, explicit.filter((c) => columns.has(c.party_id)));
    const cell = cells.find((c) => c.partyId === partyId);
    const shown = { letter: cell?.letter ?? null, implied: cell?.implied ?? false };
    if (publish) await publishRegister(m, projectId, { part: 'raci', taskId, partyId, ...shown, flags });
    return { projectId, taskId, partyId, ...shown, flags, changeNumber: null, actorId };
  }
}
