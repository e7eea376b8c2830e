import type { DataSource } from 'typeorm';
import { systemActorFor, type Services } from '../composition.js';
import { CharterApproval } from '../modules/project/index.js';

/**
 * The demo charter's approval as it happens in a real project: the sponsor (the CFO, a viewer of
 * the project) is named, the project manager submits the charter, and the sponsor approves it.
 */
export async function seedCharterApproval(ds: DataSource, services: Services, projectId: string, submitterId: string, sponsorId: string): Promise<void> {
  const manager = systemActorFor(ds, submitterId);
  await services.charters.setApprover(manager, projectId, sponsorId);
  await services.charters.setApproval(manager, projectId, CharterApproval.SUBMITTED, 'Ready for sign-off: scope, budget and go-live window agreed with the steering group.');
  await services.charters.setApproval(systemActorFor(ds, sponsorId), projectId, CharterApproval.APPROVED, 'Approved within the EUR 850,000 budget.');
}
