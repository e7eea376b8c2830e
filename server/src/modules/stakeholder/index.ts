/**
 * The stakeholder module: the stakeholder register with its groups, the communication plan and the
 * RACI matrix of the WBS. It sits above planning (it reads the project calendar's working days and
 * the tasks) and imports only the modules below it.
 */
import { defineModule } from '../../module.js';
import type { DomainEvent } from '../../common/events.js';
import type { Hub } from '../../topics.js';
import { CommunicationService } from './communication.service.js';
import { RaciService } from './raci.service.js';
import type { RegisterDetail } from './register-event.js';
import { CommunicationItem, CommunicationOccurrence, RaciCell, Stakeholder, StakeholderGroup } from './stakeholder.entity.js';
import { CommunicationItemResolver, RaciResolver, StakeholderProjectResolver, StakeholderResolver } from './stakeholder.resolver.js';
import { StakeholderService } from './stakeholder.service.js';
import type { CommunicationChange, RaciChange, StakeholderChange } from './stakeholder.types.js';

export { CommunicationService } from './communication.service.js';
export type { DueItem } from './communication.service.js';
export { dayIn, projectToday } from './project-calendar.js';
export { RaciService } from './raci.service.js';
export { CommunicationItem, CommunicationOccurrence, RaciCell, Stakeholder, StakeholderGroup } from './stakeholder.entity.js';
export { CadenceKind, CommunicationChannel, CommunicationKind, EngagementLevel, RaciLetter, StakeholderStrategy } from './stakeholder.enums.js';
export { StakeholderService } from './stakeholder.service.js';

declare module '../../topics.js' {
  interface TopicRegistry {
    STAKEHOLDER_CHANGED: [projectId: string, payload: StakeholderChange];
    COMMUNICATION_CHANGED: [projectId: string, payload: CommunicationChange];
    RACI_CHANGED: [projectId: string, payload: RaciChange];
  }
}

declare module '../../common/actor.js' {
  interface EntityKinds {
    stakeholder: true;
    stakeholderGroup: true;
    communicationItem: true;
  }
}

/** Hands a committed register change to its subscribers, stamped with its change number and author. */
function relay(hub: Hub, event: DomainEvent): void {
  if (event.type !== 'stakeholder') return;
  const stamp = { projectId: event.projectId, changeNumber: event.change ?? null, actorId: event.actorId ?? null };
  const detail = event.detail as RegisterDetail;
  switch (detail.part) {
    case 'stakeholder':
      hub.publish('STAKEHOLDER_CHANGED', event.projectId, { ...stamp, action: detail.action, stakeholderId: detail.stakeholderId, groupId: detail.groupId });
      return;
    case 'communication':
      hub.publish('COMMUNICATION_CHANGED', event.projectId, { ...stamp, action: detail.action, itemId: detail.itemId });
      return;
    case 'raci':
      hub.publish('RACI_CHANGED', event.projectId, {
        ...stamp,
        taskId: detail.taskId,
        partyId: detail.partyId,
        letter: detail.letter,
        implied: detail.implied,
        flags: detail.flags,
      });
      return;
  }
}

export const stakeholderModule = defineModule({
  name: 'stakeholder',
  entities: [Stakeholder, StakeholderGroup, CommunicationItem, CommunicationOccurrence, RaciCell],
  located: {
    stakeholder: { name: 'Stakeholder', sql: 'SELECT id, project_id FROM stakeholders WHERE id = ANY($1::uuid[])' },
    stakeholderGroup: { name: 'Stakeholder group', sql: 'SELECT id, project_id FROM stakeholder_groups WHERE id = ANY($1::uuid[])' },
    communicationItem: { name: 'Communication item', sql: 'SELECT id, project_id FROM communication_items WHERE id = ANY($1::uuid[])' },
  },
  create: ({ ds, hub }, _needs: Record<never, never>) => {
    const stakeholders = new StakeholderService(ds);
    const communications = new CommunicationService(ds);
    const raci = new RaciService(ds);
    return {
      services: { stakeholders, communications, raci },
      resolvers: [
        [StakeholderProjectResolver, new StakeholderProjectResolver(stakeholders, communications, raci)],
        [StakeholderResolver, new StakeholderResolver(stakeholders)],
        [CommunicationItemResolver, new CommunicationItemResolver(communications)],
        [RaciResolver, new RaciResolver(raci)],
      ],
      onEvent: (e) => relay(hub, e),
    };
  },
});
