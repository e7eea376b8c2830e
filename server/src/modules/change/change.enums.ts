import { registerEnumType } from 'type-graphql';

/** Where a change request is in its workflow: draft → submitted → under review → a decision. */
export enum ChangeRequestStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  UNDER_REVIEW = 'UNDER_REVIEW',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  /** Put off for now; the requester may submit it again. */
  DEFERRED = 'DEFERRED',
}
registerEnumType(ChangeRequestStatus, { name: 'ChangeRequestStatus' });

export enum ChangeCategory {
  SCOPE = 'SCOPE',
  SCHEDULE = 'SCHEDULE',
  COST = 'COST',
  QUALITY = 'QUALITY',
}
registerEnumType(ChangeCategory, { name: 'ChangeCategory' });

export enum ChangeRequestSort {
  NUMBER_DESC = 'NUMBER_DESC',
  NUMBER_ASC = 'NUMBER_ASC',
  UPDATED_DESC = 'UPDATED_DESC',
  TITLE_ASC = 'TITLE_ASC',
}
registerEnumType(ChangeRequestSort, { name: 'ChangeRequestSort' });

export enum DecisionSort {
  DECIDED_DESC = 'DECIDED_DESC',
  DECIDED_ASC = 'DECIDED_ASC',
  NUMBER_DESC = 'NUMBER_DESC',
}
registerEnumType(DecisionSort, { name: 'DecisionSort' });

export enum RegisterEventAction {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  DELETED = 'DELETED',
}
registerEnumType(RegisterEventAction, { name: 'RegisterEventAction' });

/** States a decision has been taken in: deciding again is refused. */
export const DECIDED = new Set([ChangeRequestStatus.APPROVED, ChangeRequestStatus.REJECTED, ChangeRequestStatus.DEFERRED]);
