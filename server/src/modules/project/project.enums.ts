import { registerEnumType } from 'type-graphql';

export enum Methodology {
  WATERFALL = 'WATERFALL',
  SCRUM = 'SCRUM',
  KANBAN = 'KANBAN',
  HYBRID = 'HYBRID',
}
export enum ProjectStatus {
  PROPOSED = 'PROPOSED',
  ACTIVE = 'ACTIVE',
  ON_HOLD = 'ON_HOLD',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
// Roles belong to the access core; the GraphQL enum is registered here.
import { ProjectRole } from '../../common/roles.js';
export { ProjectRole };
export enum CharterApproval {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

registerEnumType(Methodology, { name: 'Methodology', description: 'How the project runs its work' });
registerEnumType(ProjectStatus, { name: 'ProjectStatus' });
registerEnumType(ProjectRole, {
  name: 'ProjectRole',
  description: 'OWNER and MANAGER change everything, MEMBER changes tasks, VIEWER reads',
});
registerEnumType(CharterApproval, { name: 'CharterApproval' });
