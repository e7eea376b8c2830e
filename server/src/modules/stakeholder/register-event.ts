import type { EntityManager } from 'typeorm';
import { publishInTransaction } from '../../common/events.js';
import type { RaciFlag, RaciLetter, StakeholderChangeAction } from './stakeholder.enums.js';

/** What one change of the register, the communication plan or the RACI tells its subscribers. */
export type RegisterDetail =
  | { part: 'stakeholder'; action: StakeholderChangeAction; stakeholderId: string | null; groupId: string | null }
  | { part: 'communication'; action: StakeholderChangeAction; itemId: string }
  | { part: 'raci'; taskId: string; partyId: string; letter: RaciLetter | null; implied: boolean; flags: RaciFlag[] };

/** Publishes a register change from the writing transaction (delivered on commit, numbered in its project). */
export function publishRegister(m: EntityManager, projectId: string, detail: RegisterDetail): Promise<void> {
  return publishInTransaction(m, { type: 'stakeholder', projectId, detail });
}
