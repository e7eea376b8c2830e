/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AccessTokenCreateInput = {
  /** When the token stops working (at most a year away); none: until revoked */
  expiresAt?: string | null | undefined;
  /** What the token is for, e.g. "Power BI report" */
  name: string;
  /** READ for reporting tools (every mutation refused); READ_WRITE when omitted */
  scope?: TokenScope | null | undefined;
};

export type ActivityAction =
  | 'CREATED'
  | 'DELETED'
  | 'MOVED'
  | 'UPDATED'
  /** A live edit the server did not take as sent (normalised, skipped or reverted); newValue holds { code, message } */
  | 'WARNING';

/** What a piece of an activity line is: words, or a value the reader formats in their own locale */
export type ActivityPartKind =
  /** The number of rows of a burst, filled in by whoever folds them into one line */
  | 'COUNT'
  | 'DATE'
  | 'MONEY'
  | 'TEXT';

export type AssignmentCreateInput = {
  resourceId: string;
  taskId: string;
  /** Default 1 (100 %) */
  units?: number | null | undefined;
};

/** When a communication falls due */
export type CadenceInput = {
  /** ONCE: the day */
  date?: string | null | undefined;
  /** EVERY_N_WEEKS: 1-52 */
  everyWeeks?: number | null | undefined;
  kind: CadenceKind;
  /** MONTHLY_DAY: 1-31 (a shorter month takes its last day) */
  monthDay?: number | null | undefined;
  /** The first day it may fall on (EVERY_N_WEEKS counts from here); default today */
  startsOn?: string | null | undefined;
  /** WEEKLY and EVERY_N_WEEKS: 0 = Sunday ... 6 = Saturday */
  weekday?: number | null | undefined;
};

/** ONCE on a date; WEEKLY on a weekday; EVERY_N_WEEKS on a weekday; MONTHLY_FIRST_WORKING_DAY; MONTHLY_DAY on day N */
export type CadenceKind =
  | 'EVERY_N_WEEKS'
  | 'MONTHLY_DAY'
  | 'MONTHLY_FIRST_WORKING_DAY'
  | 'ONCE'
  | 'WEEKLY';

export type CalendarCreateInput = {
  /** Inherit unspecified weekdays and the exceptions from this calendar */
  baseCalendarId?: string | null | undefined;
  exceptions?: Array<CalendarExceptionInput> | null | undefined;
  /** Hours in one day of duration; default 8 */
  hoursPerDay?: number | null | undefined;
  name: string;
  /** Make it the project calendar */
  projectCalendar?: boolean | null | undefined;
  projectId: string;
  /** Weekdays left out follow the base calendar, or Mon-Fri 08:00-12:00, 13:00-17:00 */
  workWeek?: Array<WorkWeekDayInput> | null | undefined;
};

/** One exception added to a calendar */
export type CalendarExceptionAddInput = {
  calendarId: string;
  from: string;
  name?: string | null | undefined;
  /** Working times on those days; default the usual ones */
  times?: Array<WorkingTimeInput> | null | undefined;
  /** Default: the same day as from */
  to?: string | null | undefined;
  /** Default false (a holiday) */
  working?: boolean | null | undefined;
};

export type CalendarExceptionInput = {
  from: string;
  name?: string | null | undefined;
  /** Working times on those days; default the usual ones */
  times?: Array<WorkingTimeInput> | null | undefined;
  /** Default: the same day as from */
  to?: string | null | undefined;
  /** Default false (a holiday) */
  working?: boolean | null | undefined;
};

export type CalendarUpdateInput = {
  baseCalendarId?: string | null | undefined;
  /** Replaces every exception */
  exceptions?: Array<CalendarExceptionInput> | null | undefined;
  hoursPerDay?: number | null | undefined;
  id: string;
  name?: string | null | undefined;
  /** true makes it the project calendar; false goes back to the standard one if it was */
  projectCalendar?: boolean | null | undefined;
  version: number;
  /** Replaces the whole week */
  workWeek?: Array<WorkWeekDayInput> | null | undefined;
};

export type ChangeCategory =
  | 'COST'
  | 'QUALITY'
  | 'SCHEDULE'
  | 'SCOPE';

export type ChangeDurationInput = {
  /** Duration in working days */
  durationDays: number;
  taskId: string;
};

export type ChangeLinkInput = {
  lagDays?: number | null | undefined;
  predecessorId: string;
  successorId: string;
  type?: DependencyType | null | undefined;
};

export type ChangeLinkRefInput = {
  predecessorId: string;
  successorId: string;
};

export type ChangeRequestCreateInput = {
  category: ChangeCategory;
  changeSet?: ChangeSetInput | null | undefined;
  description?: string | null | undefined;
  /** Tasks the request is about besides those its change set names */
  linkedTaskIds?: Array<string> | null | undefined;
  projectId: string;
  reason?: string | null | undefined;
  /** A member; defaults to you */
  requestedById?: string | null | undefined;
  takeBaseline?: boolean | null | undefined;
  title: string;
};

/** An issue and a change request of the same project: the request addresses the issue (raised to resolve it, or its change caused it) */
export type ChangeRequestIssueInput = {
  changeRequestId: string;
  issueId: string;
};

export type ChangeRequestStatus =
  | 'APPROVED'
  | 'DEFERRED'
  | 'DRAFT'
  | 'REJECTED'
  | 'SUBMITTED'
  | 'UNDER_REVIEW';

/** A workflow step; reject and defer need a reason */
export type ChangeRequestStepInput = {
  id: string;
  reason?: string | null | undefined;
  version: number;
};

export type ChangeRequestUpdateInput = {
  category?: ChangeCategory | null | undefined;
  /** Replaces the whole change set (and clears the preview) */
  changeSet?: ChangeSetInput | null | undefined;
  description?: string | null | undefined;
  id: string;
  linkedTaskIds?: Array<string> | null | undefined;
  reason?: string | null | undefined;
  requestedById?: string | null | undefined;
  takeBaseline?: boolean | null | undefined;
  title?: string | null | undefined;
  version: number;
};

export type ChangeSetInput = {
  addTasks?: Array<ChangeTaskAddInput> | null | undefined;
  /** Change of the project budget (+ or -) */
  budgetDelta?: number | null | undefined;
  durations?: Array<ChangeDurationInput> | null | undefined;
  /** Links to add */
  links?: Array<ChangeLinkInput> | null | undefined;
  /** Links to remove */
  removeLinks?: Array<ChangeLinkRefInput> | null | undefined;
  /** Tasks to remove (with their sub-tasks) */
  removeTasks?: Array<string> | null | undefined;
  /** Items of the charter's in-scope / out-of-scope lists this change touches */
  scopeItems?: Array<string> | null | undefined;
};

export type ChangeTaskAddInput = {
  /** Duration in working days */
  durationDays: number;
  /** A short name for this added task within the change set (e.g. "new-1"), used by parentId and links */
  key: string;
  /** A milestone (duration 0) */
  milestone?: boolean | null | undefined;
  name: string;
  /** An existing task's id, or the key of a task added earlier in this change set; null at the top level */
  parentId?: string | null | undefined;
};

export type CharterApproval =
  | 'APPROVED'
  | 'DRAFT'
  | 'REJECTED'
  | 'SUBMITTED';

/** A step in the charter approval */
export type CharterDecisionKind =
  | 'APPROVED'
  | 'REJECTED'
  | 'REOPENED'
  | 'SUBMITTED';

export type CharterUpdateInput = {
  assumptions?: string | null | undefined;
  constraints?: string | null | undefined;
  inScope?: string | null | undefined;
  keyStakeholders?: Array<string> | null | undefined;
  objectives?: Array<string> | null | undefined;
  outOfScope?: string | null | undefined;
  projectId: string;
  purpose?: string | null | undefined;
  sponsor?: string | null | undefined;
  successCriteria?: Array<string> | null | undefined;
  /** The version you read; a stale one fails with CONFLICT. Leave it out to change the fields whatever happened meanwhile, as the live editors do (others typing elsewhere in the charter bump the version about once a second) */
  version?: number | null | undefined;
};

export type CommunicationChannel =
  | 'CHAT'
  | 'EMAIL'
  | 'MEETING'
  | 'OTHER'
  | 'REPORT'
  | 'VIDEO_CALL';

export type CommunicationItemCreateInput = {
  audienceGroupIds?: Array<string> | null | undefined;
  audienceStakeholderIds?: Array<string> | null | undefined;
  cadence: CadenceInput;
  channel: CommunicationChannel;
  kind: CommunicationKind;
  notes?: string | null | undefined;
  /** A member of this project */
  ownerId?: string | null | undefined;
  projectId: string;
  /** Default: the kind in words; required for OTHER */
  title?: string | null | undefined;
};

export type CommunicationItemHoldInput = {
  /** Default today */
  heldOn?: string | null | undefined;
  id: string;
  notes?: string | null | undefined;
  version: number;
};

export type CommunicationItemUpdateInput = {
  audienceGroupIds?: Array<string> | null | undefined;
  audienceStakeholderIds?: Array<string> | null | undefined;
  cadence?: CadenceInput | null | undefined;
  channel?: CommunicationChannel | null | undefined;
  id: string;
  kind?: CommunicationKind | null | undefined;
  notes?: string | null | undefined;
  ownerId?: string | null | undefined;
  title?: string | null | undefined;
  version: number;
};

export type CommunicationKind =
  | 'DEMO'
  | 'NEWSLETTER'
  | 'OTHER'
  | 'STATUS_REPORT'
  | 'STEERING_COMMITTEE';

/** ASAP as soon as possible (default), ALAP as late as possible, S/F = start/finish, NET no earlier than, NLT no later than, MSO/MFO must start/finish on */
export type ConstraintType =
  | 'ALAP'
  | 'ASAP'
  | 'FNET'
  | 'FNLT'
  | 'MFO'
  | 'MSO'
  | 'SNET'
  | 'SNLT';

export type CostEntryCreateInput = {
  /** In the project currency */
  amount: number;
  date: string;
  hours?: number | null | undefined;
  note?: string | null | undefined;
  taskId: string;
};

export type CostRateInput = {
  costPerUse?: number | null | undefined;
  effectiveFrom: string;
  overtimeRate?: number | null | undefined;
  standardRate: number;
};

export type DecisionCreateInput = {
  alternatives?: string | null | undefined;
  decidedByIds?: Array<string> | null | undefined;
  decidedByText?: string | null | undefined;
  /** YYYY-MM-DD; default today */
  decidedOn?: string | null | undefined;
  linkedChangeRequestIds?: Array<string> | null | undefined;
  linkedTaskIds?: Array<string> | null | undefined;
  projectId: string;
  rationale?: string | null | undefined;
  title: string;
};

export type DecisionUpdateInput = {
  alternatives?: string | null | undefined;
  decidedByIds?: Array<string> | null | undefined;
  decidedByText?: string | null | undefined;
  decidedOn?: string | null | undefined;
  id: string;
  linkedChangeRequestIds?: Array<string> | null | undefined;
  linkedTaskIds?: Array<string> | null | undefined;
  rationale?: string | null | undefined;
  title?: string | null | undefined;
  version: number;
};

export type DependencyCreateInput = {
  /** Working days; negative is a lead */
  lagDays?: number | null | undefined;
  predecessorId: string;
  successorId: string;
  /** Default FS */
  type?: DependencyType | null | undefined;
};

/** FS finish-to-start, SS start-to-start, FF finish-to-finish, SF start-to-finish */
export type DependencyType =
  | 'FF'
  | 'FS'
  | 'SF'
  | 'SS';

export type DependencyUpdateInput = {
  id: string;
  lagDays?: number | null | undefined;
  type?: DependencyType | null | undefined;
};

/** How engaged a stakeholder is, from least to most */
export type EngagementLevel =
  | 'LEADING'
  | 'NEUTRAL'
  | 'RESISTANT'
  | 'SUPPORTIVE'
  | 'UNAWARE';

export type ExportFormat =
  | 'CSV'
  | 'MSPDI'
  | 'TRELLIS_JSON';

export type HealthArea =
  | 'COST'
  | 'ISSUES'
  | 'RISKS'
  | 'SCHEDULE'
  | 'SCOPE';

export type HealthAreaName =
  | 'COST'
  | 'ISSUES'
  | 'OVERALL'
  | 'RISKS'
  | 'SCHEDULE'
  | 'SCOPE';

/** Project health by the rules of @trellis/schema/health */
export type HealthColour =
  | 'AMBER'
  | 'GREEN'
  | 'RED';

/** A colour set over the computed one; the reason is required */
export type HealthOverrideInput = {
  area: HealthAreaName;
  colour: HealthColour;
  reason?: string | null | undefined;
};

/** The project's health thresholds; a field left out keeps its default */
export type HealthRulesInput = {
  cpiAmber?: number | null | undefined;
  cpiRed?: number | null | undefined;
  milestoneSlipAmberDays?: number | null | undefined;
  milestoneSlipRedDays?: number | null | undefined;
  riskAmberScore?: number | null | undefined;
  riskRedScore?: number | null | undefined;
  scopeAmberPercent?: number | null | undefined;
  scopePendingAmberDays?: number | null | undefined;
  scopeRedPercent?: number | null | undefined;
  spiAmber?: number | null | undefined;
  spiRed?: number | null | undefined;
};

export type ImportFormat =
  | 'MSPDI'
  | 'TRELLIS_JSON';

/** Whether an invitation link can still be used */
export type InvitationState =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

export type IssueCreateInput = {
  description?: string | null | undefined;
  /** null clears */
  dueDate?: string | null | undefined;
  /** A project member; null clears */
  escalatedToId?: string | null | undefined;
  /** 0-5 */
  escalationLevel?: number | null | undefined;
  /** A project member; null clears */
  ownerId?: string | null | undefined;
  /** Default MEDIUM */
  priority?: IssueLevel | null | undefined;
  projectId: string;
  /** Default: now */
  raisedAt?: string | null | undefined;
  /** A project member; default: whoever logs it */
  raisedById?: string | null | undefined;
  resolution?: string | null | undefined;
  /** Linked risks of this project (replaces the list) */
  riskIds?: Array<string> | null | undefined;
  /** Default MEDIUM */
  severity?: IssueLevel | null | undefined;
  /** Default OPEN; RESOLVED and CLOSED need a resolution */
  status?: IssueStatus | null | undefined;
  /** Linked tasks of this project (replaces the list) */
  taskIds?: Array<string> | null | undefined;
  title: string;
  /** Default PROBLEM */
  type?: IssueType | null | undefined;
};

export type IssueEventAction =
  | 'CREATED'
  | 'DELETED'
  | 'UPDATED';

/** Severity or priority of an issue */
export type IssueLevel =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** RESOLVED and CLOSED need a resolution; the others are open */
export type IssueStatus =
  | 'CLOSED'
  | 'ESCALATED'
  | 'IN_PROGRESS'
  | 'OPEN'
  | 'RESOLVED';

/** An open BLOCKER marks the tasks linked to it as blocked */
export type IssueType =
  | 'BLOCKER'
  | 'DEFECT'
  | 'PROBLEM'
  | 'QUESTION';

export type IssueUpdateInput = {
  description?: string | null | undefined;
  /** null clears */
  dueDate?: string | null | undefined;
  /** A project member; null clears */
  escalatedToId?: string | null | undefined;
  /** 0-5 */
  escalationLevel?: number | null | undefined;
  id: string;
  /** A project member; null clears */
  ownerId?: string | null | undefined;
  /** Default MEDIUM */
  priority?: IssueLevel | null | undefined;
  /** Default: now */
  raisedAt?: string | null | undefined;
  /** A project member; default: whoever logs it */
  raisedById?: string | null | undefined;
  resolution?: string | null | undefined;
  /** Linked risks of this project (replaces the list) */
  riskIds?: Array<string> | null | undefined;
  /** Default MEDIUM */
  severity?: IssueLevel | null | undefined;
  /** Default OPEN; RESOLVED and CLOSED need a resolution */
  status?: IssueStatus | null | undefined;
  /** Linked tasks of this project (replaces the list) */
  taskIds?: Array<string> | null | undefined;
  title?: string | null | undefined;
  /** Default PROBLEM */
  type?: IssueType | null | undefined;
  /** The version you read; a stale one fails with CONFLICT */
  version: number;
};

export type MemberInviteInput = {
  /** Whom the link is meant for; it claims nothing by itself */
  email: string;
  /** Whom the link is for, as the inviter knows them (at most 100 characters); shown in the list of pending invitations */
  name?: string | null | undefined;
  projectId: string;
  role: ProjectRole;
};

export type MemberUpdateInput = {
  projectId: string;
  role: ProjectRole;
  userId: string;
};

/** How the project runs its work */
export type Methodology =
  | 'HYBRID'
  | 'KANBAN'
  | 'SCRUM'
  | 'WATERFALL';

export type OutboxKind =
  | 'COMMUNICATION'
  | 'OTHER'
  | 'STATUS_REPORT';

export type OutboxStatus =
  | 'FAILED'
  | 'HELD'
  | 'QUEUED'
  | 'SENT';

/** LINKS dependencies, SETTINGS project calendar and status date, LEVELING leveling delays applied or cleared, IMPORT a whole plan imported */
export type PlanPart =
  | 'ASSIGNMENTS'
  | 'BASELINES'
  | 'CALENDARS'
  | 'COSTS'
  | 'IMPORT'
  | 'LEVELING'
  | 'LINKS'
  | 'RESOURCES'
  | 'SETTINGS';

export type PlanSettingsInput = {
  /** null = the standard calendar */
  calendarId?: string | null | undefined;
  projectId: string;
  statusDate?: string | null | undefined;
  /** An IANA time zone such as "Europe/Berlin"; null = UTC */
  timeZone?: string | null | undefined;
};

export type PortfolioFilter = {
  health?: Array<HealthColour> | null | undefined;
  /** Archived projects too (left out by default) */
  includeArchived?: boolean | null | undefined;
  /** Projects this person owns or manages */
  managerId?: string | null | undefined;
  methodology?: Array<Methodology> | null | undefined;
  status?: Array<ProjectStatus> | null | undefined;
};

/** What the portfolio is ordered by (empty values last, then by name) */
export type PortfolioSort =
  | 'BUDGET_BURN'
  | 'CPI'
  | 'FINISH_VARIANCE'
  | 'FORECAST_FINISH'
  | 'HEALTH'
  | 'NAME'
  | 'NEXT_MILESTONE'
  | 'OPEN_ISSUES'
  | 'PERCENT_COMPLETE'
  | 'SPI';

export type ProjectCreateInput = {
  budget?: number | null | undefined;
  /** ISO 4217 code, e.g. EUR */
  currency?: string | null | undefined;
  description?: string | null | undefined;
  /** 2-10 upper-case letters or digits, starting with a letter */
  key: string;
  methodology?: Methodology | null | undefined;
  name: string;
  startDate?: string | null | undefined;
  status?: ProjectStatus | null | undefined;
  targetFinish?: string | null | undefined;
};

export type ProjectImportInput = {
  /** The file contents: MSPDI XML or a Trellis plan JSON document */
  content: string;
  format: ImportFormat;
  projectId: string;
};

/** OWNER and MANAGER change everything, MEMBER changes tasks, VIEWER reads */
export type ProjectRole =
  | 'MANAGER'
  | 'MEMBER'
  | 'OWNER'
  | 'VIEWER';

export type ProjectStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'ON_HOLD'
  | 'PROPOSED';

export type ProjectUpdateInput = {
  budget?: number | null | undefined;
  /** ISO 4217 code, e.g. EUR */
  currency?: string | null | undefined;
  description?: string | null | undefined;
  id: string;
  methodology?: Methodology | null | undefined;
  name?: string | null | undefined;
  startDate?: string | null | undefined;
  status?: ProjectStatus | null | undefined;
  targetFinish?: string | null | undefined;
  /** The version you read; a stale one fails with CONFLICT */
  version: number;
};

/** Sets one cell; a null letter blanks it (and so overrides the assignee’s implied R) */
export type RaciCellSetInput = {
  letter?: RaciLetter | null | undefined;
  /** A member (user id) or a stakeholder of the project */
  partyId: string;
  taskId: string;
};

/** A RACI row needs exactly one A and at least one R */
export type RaciFlag =
  | 'MANY_ACCOUNTABLE'
  | 'NO_ACCOUNTABLE'
  | 'NO_RESPONSIBLE';

/** Responsible, Accountable, Consulted, Informed */
export type RaciLetter =
  | 'A'
  | 'C'
  | 'I'
  | 'R';

export type RaciPartyKind =
  | 'MEMBER'
  | 'STAKEHOLDER';

export type RegisterEventAction =
  | 'CREATED'
  | 'DELETED'
  | 'UPDATED';

/** A draft is computed live; a published report is frozen */
export type ReportStatus =
  | 'DRAFT'
  | 'PUBLISHED';

export type ResourceCreateInput = {
  calendarId?: string | null | undefined;
  costPerUse?: number | null | undefined;
  /** WORK capacity, 1 = 100 %; default 1 */
  maxUnits?: number | null | undefined;
  name: string;
  overtimeRate?: number | null | undefined;
  projectId: string;
  /** Rate changes from a date on; replaces the whole table on update */
  rates?: Array<CostRateInput> | null | undefined;
  /** Per hour (WORK) or per unit (MATERIAL) */
  standardRate?: number | null | undefined;
  /** Default WORK */
  type?: ResourceType | null | undefined;
};

/** A member's resource, made on demand */
export type ResourceForMemberInput = {
  projectId: string;
  /** A member of the project */
  userId: string;
};

export type ResourceType =
  | 'COST'
  | 'MATERIAL'
  | 'WORK';

export type ResourceUpdateInput = {
  calendarId?: string | null | undefined;
  costPerUse?: number | null | undefined;
  id: string;
  /** WORK capacity, 1 = 100 %; default 1 */
  maxUnits?: number | null | undefined;
  name?: string | null | undefined;
  overtimeRate?: number | null | undefined;
  /** Rate changes from a date on; replaces the whole table on update */
  rates?: Array<CostRateInput> | null | undefined;
  /** Per hour (WORK) or per unit (MATERIAL) */
  standardRate?: number | null | undefined;
  type?: ResourceType | null | undefined;
  /** Links the resource to this project member (a member has one resource); null unlinks it */
  userId?: string | null | undefined;
  version: number;
};

export type RiskCreateInput = {
  category?: string | null | undefined;
  cause?: string | null | undefined;
  /** In the project's currency; null clears */
  costImpact?: number | null | undefined;
  description?: string | null | undefined;
  effect?: string | null | undefined;
  /** 1-5, default 1 */
  impactCost?: number | null | undefined;
  /** 1-5, default 1 */
  impactQuality?: number | null | undefined;
  /** 1-5, default 1 */
  impactSchedule?: number | null | undefined;
  /** 1-5, default 1 */
  impactScope?: number | null | undefined;
  /** Default THREAT */
  kind?: RiskKind | null | undefined;
  /** A project member; null clears */
  ownerId?: string | null | undefined;
  /** 1-5, default 3. Probability 1..5 maps to a chance of 10 / 30 / 50 / 70 / 90 percent */
  probability?: number | null | undefined;
  projectId: string;
  /** 1-5; null clears */
  residualImpact?: number | null | undefined;
  /** 1-5; null clears */
  residualProbability?: number | null | undefined;
  responsePlan?: string | null | undefined;
  /** null clears */
  reviewDate?: string | null | undefined;
  /** Working days; null clears */
  scheduleImpactDays?: number | null | undefined;
  /** IDENTIFIED, ACTIVE or CLOSED (riskOccur makes a risk OCCURRED) */
  status?: RiskStatus | null | undefined;
  /** Must fit the kind; null clears */
  strategy?: RiskStrategy | null | undefined;
  /** Linked tasks of this project (replaces the list) */
  taskIds?: Array<string> | null | undefined;
  title: string;
  trigger?: string | null | undefined;
};

export type RiskEventAction =
  | 'CREATED'
  | 'DELETED'
  | 'UPDATED';

/** A threat harms the project if it happens; an opportunity helps it */
export type RiskKind =
  | 'OPPORTUNITY'
  | 'THREAT';

export type RiskMitigationTaskInput = {
  /** A project member; default the risk owner */
  assigneeId?: string | null | undefined;
  /** Default: "Mitigate: <risk title>" */
  name?: string | null | undefined;
  /** Parent task in the WBS; omit for a top-level task */
  parentId?: string | null | undefined;
  riskId: string;
};

/** A risk that happened: it becomes OCCURRED and an issue is logged for it, linked both ways */
export type RiskOccurInput = {
  description?: string | null | undefined;
  dueDate?: string | null | undefined;
  /** Default: the risk's owner */
  ownerId?: string | null | undefined;
  priority?: IssueLevel | null | undefined;
  riskId: string;
  severity?: IssueLevel | null | undefined;
  /** Default: the risk's title */
  title?: string | null | undefined;
  /** Default PROBLEM */
  type?: IssueType | null | undefined;
  /** The risk's version you read; a stale one fails with CONFLICT */
  version?: number | null | undefined;
};

/** IDENTIFIED and ACTIVE risks are open; CLOSED ones no longer apply; OCCURRED ones happened and became an issue */
export type RiskStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'IDENTIFIED'
  | 'OCCURRED';

/** The response: threats take AVOID, MITIGATE, TRANSFER, ESCALATE or ACCEPT; opportunities EXPLOIT, ENHANCE, SHARE or ACCEPT */
export type RiskStrategy =
  | 'ACCEPT'
  | 'AVOID'
  | 'ENHANCE'
  | 'ESCALATE'
  | 'EXPLOIT'
  | 'MITIGATE'
  | 'SHARE'
  | 'TRANSFER';

export type RiskUpdateInput = {
  category?: string | null | undefined;
  cause?: string | null | undefined;
  /** In the project's currency; null clears */
  costImpact?: number | null | undefined;
  description?: string | null | undefined;
  effect?: string | null | undefined;
  id: string;
  /** 1-5, default 1 */
  impactCost?: number | null | undefined;
  /** 1-5, default 1 */
  impactQuality?: number | null | undefined;
  /** 1-5, default 1 */
  impactSchedule?: number | null | undefined;
  /** 1-5, default 1 */
  impactScope?: number | null | undefined;
  /** Default THREAT */
  kind?: RiskKind | null | undefined;
  /** A project member; null clears */
  ownerId?: string | null | undefined;
  /** 1-5, default 3. Probability 1..5 maps to a chance of 10 / 30 / 50 / 70 / 90 percent */
  probability?: number | null | undefined;
  /** 1-5; null clears */
  residualImpact?: number | null | undefined;
  /** 1-5; null clears */
  residualProbability?: number | null | undefined;
  responsePlan?: string | null | undefined;
  /** null clears */
  reviewDate?: string | null | undefined;
  /** Working days; null clears */
  scheduleImpactDays?: number | null | undefined;
  /** IDENTIFIED, ACTIVE or CLOSED (riskOccur makes a risk OCCURRED) */
  status?: RiskStatus | null | undefined;
  /** Must fit the kind; null clears */
  strategy?: RiskStrategy | null | undefined;
  /** Linked tasks of this project (replaces the list) */
  taskIds?: Array<string> | null | undefined;
  title?: string | null | undefined;
  trigger?: string | null | undefined;
  /** The version you read; a stale one fails with CONFLICT */
  version: number;
};

export type RollupState =
  | 'DONE'
  | 'NOT_STARTED'
  | 'STARTED';

export type SignInInput = {
  email: string;
  password: string;
};

export type SignUpInput = {
  email: string;
  name: string;
  /** At least 8 characters */
  password: string;
};

export type StakeholderChangeAction =
  | 'CREATED'
  | 'DELETED'
  | 'HELD'
  | 'UPDATED';

export type StakeholderCreateInput = {
  communicationNeeds?: string | null | undefined;
  /** Default NEUTRAL */
  currentEngagement?: EngagementLevel | null | undefined;
  /** Default SUPPORTIVE */
  desiredEngagement?: EngagementLevel | null | undefined;
  email?: string | null | undefined;
  /** 1-5 */
  influence: number;
  /** 1-5 */
  interest: number;
  /** A member of this project (a user id) */
  memberId?: string | null | undefined;
  name: string;
  notes?: string | null | undefined;
  organisation?: string | null | undefined;
  phone?: string | null | undefined;
  projectId: string;
  role?: string | null | undefined;
};

export type StakeholderGroupCreateInput = {
  name: string;
  projectId: string;
  stakeholderIds?: Array<string> | null | undefined;
};

export type StakeholderGroupUpdateInput = {
  id: string;
  name?: string | null | undefined;
  /** The whole new set of stakeholders */
  stakeholderIds?: Array<string> | null | undefined;
  version: number;
};

/** Power/interest grid quadrant: influence and interest count as high from 3 (of 1-5) up */
export type StakeholderStrategy =
  | 'KEEP_INFORMED'
  | 'KEEP_SATISFIED'
  | 'MANAGE_CLOSELY'
  | 'MONITOR';

/** Omit a field to keep it; null clears an optional one */
export type StakeholderUpdateInput = {
  communicationNeeds?: string | null | undefined;
  currentEngagement?: EngagementLevel | null | undefined;
  desiredEngagement?: EngagementLevel | null | undefined;
  email?: string | null | undefined;
  /** Whether they receive no mail from the project. A manager sets it when they ask by other means, and clears it only when they ask to receive it again. */
  emailOptOut?: boolean | null | undefined;
  id: string;
  influence?: number | null | undefined;
  interest?: number | null | undefined;
  memberId?: string | null | undefined;
  name?: string | null | undefined;
  notes?: string | null | undefined;
  organisation?: string | null | undefined;
  phone?: string | null | undefined;
  role?: string | null | undefined;
  /** The version you read; a stale one fails with CONFLICT */
  version: number;
};

export type StatusCategory =
  | 'BACKLOG'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'STARTED'
  | 'UNSTARTED';

export type StatusCreateInput = {
  category: StatusCategory;
  /** #rrggbb */
  color?: string | null | undefined;
  name: string;
  projectId: string;
};

export type StatusReportCreateInput = {
  /** Default: today */
  periodEnd?: string | null | undefined;
  /** Default: the day after the last report ended, else the project start */
  periodStart?: string | null | undefined;
  projectId: string;
  /** Default: "Status report <n>" */
  title?: string | null | undefined;
};

export type StatusReportUpdateInput = {
  id: string;
  /** The narrative as plain text or Markdown (the live editor writes it through the document) */
  narrative?: string | null | undefined;
  /** Replaces every override; an empty list clears them */
  overrides?: Array<HealthOverrideInput> | null | undefined;
  periodEnd?: string | null | undefined;
  periodStart?: string | null | undefined;
  title?: string | null | undefined;
  /** The version read (stale = CONFLICT) */
  version?: number | null | undefined;
};

export type StatusUpdateInput = {
  color?: string | null | undefined;
  id: string;
  name?: string | null | undefined;
  position?: number | null | undefined;
};

export type TaskCreateInput = {
  /** A project member; null unassigns */
  assigneeId?: string | null | undefined;
  description?: string | null | undefined;
  /** Working days */
  durationDays?: number | null | undefined;
  estimateHours?: number | null | undefined;
  kind?: TaskKind | null | undefined;
  name: string;
  /** Parent task; omit for a top-level task */
  parentId?: string | null | undefined;
  /** 0-100 */
  percentComplete?: number | null | undefined;
  plannedFinish?: string | null | undefined;
  plannedStart?: string | null | undefined;
  /** Position among siblings (0-based); default last */
  position?: number | null | undefined;
  projectId: string;
  /** Default: the first status in UNSTARTED */
  statusId?: string | null | undefined;
  storyPoints?: number | null | undefined;
};

export type TaskEventAction =
  | 'CREATED'
  | 'DELETED'
  | 'UPDATED';

export type TaskKind =
  | 'MILESTONE'
  | 'SUMMARY'
  | 'TASK';

export type TaskMoveInput = {
  id: string;
  /** New parent; null moves the task to the top level */
  parentId?: string | null | undefined;
  /** Position among the new siblings (0-based); default last */
  position?: number | null | undefined;
};

/** Scheduling fields of a task; dates are local 'YYYY-MM-DDTHH:MM' (a bare date means its start of day). Omit a field to keep it, null to clear it. */
export type TaskScheduleUpdateInput = {
  actualFinish?: string | null | undefined;
  actualStart?: string | null | undefined;
  /** A calendar of the project; null = the project calendar */
  calendarId?: string | null | undefined;
  constraintDate?: string | null | undefined;
  constraintType?: ConstraintType | null | undefined;
  deadline?: string | null | undefined;
  id: string;
  /** The version you read; a stale one fails with CONFLICT */
  version: number;
};

export type TaskUpdateInput = {
  /** A project member; null unassigns */
  assigneeId?: string | null | undefined;
  description?: string | null | undefined;
  /** Working days */
  durationDays?: number | null | undefined;
  estimateHours?: number | null | undefined;
  id: string;
  kind?: TaskKind | null | undefined;
  name?: string | null | undefined;
  /** 0-100 */
  percentComplete?: number | null | undefined;
  plannedFinish?: string | null | undefined;
  plannedStart?: string | null | undefined;
  statusId?: string | null | undefined;
  storyPoints?: number | null | undefined;
  /** The version you read; a stale one fails with CONFLICT */
  version: number;
};

/** What a personal access token may do */
export type TokenScope =
  /** Queries and subscriptions only: every mutation is FORBIDDEN */
  | 'READ'
  /** Everything its owner may do */
  | 'READ_WRITE';

export type UsagePeriod =
  | 'DAY'
  | 'MONTH'
  | 'WEEK';

/** What a wall screen shows */
export type WallLayout =
  /** Today's progress board */
  | 'PROGRESS'
  /** Top risks by score and open issues by severity, blocking ones first */
  | 'RISKS_ISSUES'
  /** Next milestones with baseline and forecast, the critical path, SPI and CPI */
  | 'SCHEDULE';

export type WorkWeekDayInput = {
  /** 0 = Sunday ... 6 = Saturday */
  day: number;
  /** Empty = non-working day */
  times: Array<WorkingTimeInput>;
};

export type WorkingTimeInput = {
  /** 'HH:MM' */
  from: string;
  /** 'HH:MM'; '24:00' for midnight */
  to: string;
};

export type TaskFieldsFragment = { id: string, key: string, wbsCode: string, name: string, kind: TaskKind, parentId: string | null, position: number, durationDays: number, start: string | null, finish: string | null, late: boolean, percentComplete: number, rollupState: RollupState | null, version: number, childCount: number, archivedAt: string | null, status: { id: string, name: string, category: StatusCategory, color: string }, assignee: { id: string, name: string } | null };

export type BoardFieldsFragment = { projectId: string, projectKey: string, projectName: string, generatedAt: string, percentComplete: number, taskCount: number, categories: Array<{ category: StatusCategory, count: number }>, columns: Array<{ statusId: string, name: string, category: StatusCategory, color: string, count: number, cards: Array<{ id: string, key: string, name: string, wbsCode: string, kind: TaskKind, percentComplete: number, start: string | null, finish: string | null, late: boolean, version: number, statusId: string, assignee: { id: string, name: string } | null }> }>, milestones: Array<{ id: string, key: string, name: string, date: string | null, finish: string | null, completed: boolean, late: boolean }>, lateTasks: Array<{ id: string, key: string, name: string, wbsCode: string, kind: TaskKind, percentComplete: number, start: string | null, finish: string | null, late: boolean, version: number, statusId: string, assignee: { id: string, name: string } | null }>, recentActivity: Array<{ id: string, at: string, actorName: string | null, summary: string, burstKey: string, parts: Array<{ kind: ActivityPartKind, text: string, date: string | null, amount: number | null, currency: string | null }>, burstParts: Array<{ kind: ActivityPartKind, text: string, date: string | null, amount: number | null, currency: string | null }> }> };

export type ProjectFieldsFragment = { id: string, key: string, name: string, description: string, methodology: Methodology, status: ProjectStatus, startDate: string | null, targetFinish: string | null, archivedAt: string | null, viewerRole: ProjectRole | null, version: number, currency: string, budget: number | null, members: Array<{ role: ProjectRole, user: { id: string, name: string, email: string } }>, statuses: Array<{ id: string, name: string, category: StatusCategory, color: string, position: number }> };

export type ActivityPartFieldsFragment = { kind: ActivityPartKind, text: string, date: string | null, amount: number | null, currency: string | null };

export type ActivityFieldsFragment = { id: string, createdAt: string, summary: string, action: ActivityAction, taskId: string | null, burstKey: string, actor: { id: string, name: string } | null, parts: Array<{ kind: ActivityPartKind, text: string, date: string | null, amount: number | null, currency: string | null }>, burstParts: Array<{ kind: ActivityPartKind, text: string, date: string | null, amount: number | null, currency: string | null }> };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { id: string, name: string, email: string } | null };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { user: { id: string, name: string, email: string } } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { user: { id: string, name: string, email: string } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type ProjectsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  includeArchived?: boolean | null | undefined;
}>;


export type ProjectsQuery = { projects: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, key: string, name: string, description: string, methodology: Methodology, status: ProjectStatus, startDate: string | null, targetFinish: string | null, archivedAt: string | null, viewerRole: ProjectRole | null, board: { percentComplete: number, taskCount: number } }> } };

export type ProjectCreateMutationVariables = Exact<{
  input: ProjectCreateInput;
}>;


export type ProjectCreateMutation = { projectCreate: { project: { id: string, key: string, name: string } } };

export type ProjectTasksQueryVariables = Exact<{
  id: string;
  first: number;
  after?: string | null | undefined;
}>;


export type ProjectTasksQuery = { project: { tasks: { pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, key: string, wbsCode: string, name: string, kind: TaskKind, parentId: string | null, position: number, durationDays: number, start: string | null, finish: string | null, late: boolean, percentComplete: number, rollupState: RollupState | null, version: number, childCount: number, archivedAt: string | null, status: { id: string, name: string, category: StatusCategory, color: string }, assignee: { id: string, name: string } | null }> } } };

export type InvitationFieldsFragment = { id: string, email: string, name: string | null, role: ProjectRole, createdAt: string, expiresAt: string };

export type ProjectSettingsQueryVariables = Exact<{
  key: string;
  withTokens: boolean;
}>;


export type ProjectSettingsQuery = { project: { id: string, key: string, name: string, description: string, methodology: Methodology, status: ProjectStatus, startDate: string | null, targetFinish: string | null, archivedAt: string | null, viewerRole: ProjectRole | null, version: number, currency: string, budget: number | null, boardTokens?: Array<{ id: string, name: string, prefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, showTopRisks: boolean, showBlockingIssues: boolean, layout: WallLayout }>, invitations?: Array<{ id: string, email: string, name: string | null, role: ProjectRole, createdAt: string, expiresAt: string }>, members: Array<{ role: ProjectRole, user: { id: string, name: string, email: string } }>, statuses: Array<{ id: string, name: string, category: StatusCategory, color: string, position: number }> } };

export type StatusFieldsFragment = { id: string, name: string, category: StatusCategory, color: string, position: number };

export type ProjectStatusesQueryVariables = Exact<{
  id: string;
}>;


export type ProjectStatusesQuery = { project: { statuses: Array<{ id: string, name: string, category: StatusCategory, color: string, position: number }> } };

export type StatusCreateMutationVariables = Exact<{
  input: StatusCreateInput;
}>;


export type StatusCreateMutation = { statusCreate: { status: { id: string, name: string, category: StatusCategory, color: string, position: number } } };

export type StatusUpdateMutationVariables = Exact<{
  input: StatusUpdateInput;
}>;


export type StatusUpdateMutation = { statusUpdate: { status: { id: string, name: string, category: StatusCategory, color: string, position: number } } };

export type StatusDeleteMutationVariables = Exact<{
  id: string;
  moveToId?: string | null | undefined;
}>;


export type StatusDeleteMutation = { statusDelete: { status: { id: string } } };

export type StatusUsageQueryVariables = Exact<{
  projectId: string;
  statusId: string;
}>;


export type StatusUsageQuery = { project: { tasks: { totalCount: number } } };

export type CharterFieldsFragment = { projectId: string, purpose: string, objectives: Array<string>, successCriteria: Array<string>, inScope: string, outOfScope: string, assumptions: string, constraints: string, keyStakeholders: Array<string>, sponsor: string, approvalState: CharterApproval, approvedAt: string | null, updatedAt: string, version: number, submittedAt: string | null, approver: { id: string, name: string } | null, approvedBy: { id: string, name: string } | null, submittedBy: { id: string, name: string } | null, decisions: Array<{ id: string, decision: CharterDecisionKind, comment: string, createdAt: string, actor: { id: string, name: string } | null }> };

export type ProjectCharterQueryVariables = Exact<{
  key: string;
}>;


export type ProjectCharterQuery = { project: { id: string, key: string, name: string, viewerRole: ProjectRole | null, archivedAt: string | null, charter: { projectId: string, purpose: string, objectives: Array<string>, successCriteria: Array<string>, inScope: string, outOfScope: string, assumptions: string, constraints: string, keyStakeholders: Array<string>, sponsor: string, approvalState: CharterApproval, approvedAt: string | null, updatedAt: string, version: number, submittedAt: string | null, approver: { id: string, name: string } | null, approvedBy: { id: string, name: string } | null, submittedBy: { id: string, name: string } | null, decisions: Array<{ id: string, decision: CharterDecisionKind, comment: string, createdAt: string, actor: { id: string, name: string } | null }> } } };

export type CharterUpdateMutationVariables = Exact<{
  input: CharterUpdateInput;
}>;


export type CharterUpdateMutation = { charterUpdate: { charter: { projectId: string, purpose: string, objectives: Array<string>, successCriteria: Array<string>, inScope: string, outOfScope: string, assumptions: string, constraints: string, keyStakeholders: Array<string>, sponsor: string, approvalState: CharterApproval, approvedAt: string | null, updatedAt: string, version: number, submittedAt: string | null, approver: { id: string, name: string } | null, approvedBy: { id: string, name: string } | null, submittedBy: { id: string, name: string } | null, decisions: Array<{ id: string, decision: CharterDecisionKind, comment: string, createdAt: string, actor: { id: string, name: string } | null }> } } };

export type CharterApprovalSetMutationVariables = Exact<{
  projectId: string;
  state: CharterApproval;
  comment?: string | null | undefined;
}>;


export type CharterApprovalSetMutation = { charterApprovalSet: { charter: { projectId: string, purpose: string, objectives: Array<string>, successCriteria: Array<string>, inScope: string, outOfScope: string, assumptions: string, constraints: string, keyStakeholders: Array<string>, sponsor: string, approvalState: CharterApproval, approvedAt: string | null, updatedAt: string, version: number, submittedAt: string | null, approver: { id: string, name: string } | null, approvedBy: { id: string, name: string } | null, submittedBy: { id: string, name: string } | null, decisions: Array<{ id: string, decision: CharterDecisionKind, comment: string, createdAt: string, actor: { id: string, name: string } | null }> } } };

export type ProjectSponsorQueryVariables = Exact<{
  key: string;
}>;


export type ProjectSponsorQuery = { project: { id: string, charter: { approver: { id: string, name: string } | null } } };

export type CharterApproverSetMutationVariables = Exact<{
  projectId: string;
  userId?: string | null | undefined;
}>;


export type CharterApproverSetMutation = { charterApproverSet: { charter: { projectId: string, purpose: string, objectives: Array<string>, successCriteria: Array<string>, inScope: string, outOfScope: string, assumptions: string, constraints: string, keyStakeholders: Array<string>, sponsor: string, approvalState: CharterApproval, approvedAt: string | null, updatedAt: string, version: number, submittedAt: string | null, approver: { id: string, name: string } | null, approvedBy: { id: string, name: string } | null, submittedBy: { id: string, name: string } | null, decisions: Array<{ id: string, decision: CharterDecisionKind, comment: string, createdAt: string, actor: { id: string, name: string } | null }> } } };

export type ProjectUpdateMutationVariables = Exact<{
  input: ProjectUpdateInput;
}>;


export type ProjectUpdateMutation = { projectUpdate: { project: { id: string, key: string, name: string, description: string, methodology: Methodology, status: ProjectStatus, startDate: string | null, targetFinish: string | null, archivedAt: string | null, viewerRole: ProjectRole | null, version: number, currency: string, budget: number | null, members: Array<{ role: ProjectRole, user: { id: string, name: string, email: string } }>, statuses: Array<{ id: string, name: string, category: StatusCategory, color: string, position: number }> } } };

export type ProjectArchiveMutationVariables = Exact<{
  id: string;
}>;


export type ProjectArchiveMutation = { projectArchive: { project: { id: string, key: string, name: string, description: string, methodology: Methodology, status: ProjectStatus, startDate: string | null, targetFinish: string | null, archivedAt: string | null, viewerRole: ProjectRole | null, version: number, currency: string, budget: number | null, members: Array<{ role: ProjectRole, user: { id: string, name: string, email: string } }>, statuses: Array<{ id: string, name: string, category: StatusCategory, color: string, position: number }> } } };

export type ProjectUnarchiveMutationVariables = Exact<{
  id: string;
}>;


export type ProjectUnarchiveMutation = { projectUnarchive: { project: { id: string, key: string, name: string, description: string, methodology: Methodology, status: ProjectStatus, startDate: string | null, targetFinish: string | null, archivedAt: string | null, viewerRole: ProjectRole | null, version: number, currency: string, budget: number | null, members: Array<{ role: ProjectRole, user: { id: string, name: string, email: string } }>, statuses: Array<{ id: string, name: string, category: StatusCategory, color: string, position: number }> } } };

export type TaskCreateMutationVariables = Exact<{
  input: TaskCreateInput;
}>;


export type TaskCreateMutation = { taskCreate: { changeNumber: number | null, task: { id: string, key: string, wbsCode: string, name: string, kind: TaskKind, parentId: string | null, position: number, durationDays: number, start: string | null, finish: string | null, late: boolean, percentComplete: number, rollupState: RollupState | null, version: number, childCount: number, archivedAt: string | null, status: { id: string, name: string, category: StatusCategory, color: string }, assignee: { id: string, name: string } | null } } };

export type TaskUpdateMutationVariables = Exact<{
  input: TaskUpdateInput;
}>;


export type TaskUpdateMutation = { taskUpdate: { changeNumber: number | null, task: { id: string, key: string, wbsCode: string, name: string, kind: TaskKind, parentId: string | null, position: number, durationDays: number, start: string | null, finish: string | null, late: boolean, percentComplete: number, rollupState: RollupState | null, version: number, childCount: number, archivedAt: string | null, status: { id: string, name: string, category: StatusCategory, color: string }, assignee: { id: string, name: string } | null } } };

export type TaskMoveMutationVariables = Exact<{
  input: TaskMoveInput;
}>;


export type TaskMoveMutation = { taskMove: { changeNumber: number | null, task: { id: string, key: string, wbsCode: string, name: string, kind: TaskKind, parentId: string | null, position: number, durationDays: number, start: string | null, finish: string | null, late: boolean, percentComplete: number, rollupState: RollupState | null, version: number, childCount: number, archivedAt: string | null, status: { id: string, name: string, category: StatusCategory, color: string }, assignee: { id: string, name: string } | null } } };

export type TaskDeleteMutationVariables = Exact<{
  id: string;
}>;


export type TaskDeleteMutation = { taskDelete: { changeNumber: number | null, task: { id: string } } };

export type MemberInviteMutationVariables = Exact<{
  input: MemberInviteInput;
}>;


export type MemberInviteMutation = { memberInvite: { token: string, invitation: { id: string, email: string, name: string | null, role: ProjectRole, createdAt: string, expiresAt: string } } };

export type ProjectInvitationsQueryVariables = Exact<{
  id: string;
}>;


export type ProjectInvitationsQuery = { project: { id: string, invitations: Array<{ id: string, email: string, name: string | null, role: ProjectRole, createdAt: string, expiresAt: string }> } };

export type InvitationRevokeMutationVariables = Exact<{
  id: string;
}>;


export type InvitationRevokeMutation = { invitationRevoke: { invitation: { id: string } } };

export type InvitationQueryVariables = Exact<{
  token: string;
}>;


export type InvitationQuery = { invitation: { projectName: string, projectKey: string, role: ProjectRole, invitedByName: string | null, expiresAt: string, state: InvitationState, viewerIsMember: boolean } };

export type InvitationAcceptMutationVariables = Exact<{
  token: string;
}>;


export type InvitationAcceptMutation = { invitationAccept: { project: { key: string } } };

export type MemberUpdateMutationVariables = Exact<{
  input: MemberUpdateInput;
}>;


export type MemberUpdateMutation = { memberUpdate: { member: { role: ProjectRole, user: { id: string, name: string, email: string } } } };

export type MemberRemoveMutationVariables = Exact<{
  projectId: string;
  userId: string;
}>;


export type MemberRemoveMutation = { memberRemove: boolean };

export type BoardTokenCreateMutationVariables = Exact<{
  projectId: string;
  name: string;
}>;


export type BoardTokenCreateMutation = { boardTokenCreate: { token: string, boardToken: { id: string, name: string, prefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, showTopRisks: boolean, showBlockingIssues: boolean, layout: WallLayout } } };

export type BoardTokenRevokeMutationVariables = Exact<{
  id: string;
}>;


export type BoardTokenRevokeMutation = { boardTokenRevoke: { boardToken: { id: string, revokedAt: string | null } } };

export type AccessTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessTokensQuery = { accessTokens: Array<{ id: string, name: string, prefix: string, scope: TokenScope, expiresAt: string | null, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> };

export type AccessTokenCreateMutationVariables = Exact<{
  input: AccessTokenCreateInput;
}>;


export type AccessTokenCreateMutation = { accessTokenCreate: { token: string, accessToken: { id: string, name: string, prefix: string, scope: TokenScope, expiresAt: string | null, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } } };

export type AccessTokenRevokeMutationVariables = Exact<{
  id: string;
}>;


export type AccessTokenRevokeMutation = { accessTokenRevoke: { accessToken: { id: string, revokedAt: string | null } } };

export type WallBoardQueryVariables = Exact<{ [key: string]: never; }>;


export type WallBoardQuery = { wallBoard: { projectId: string, projectKey: string, projectName: string, generatedAt: string, percentComplete: number, taskCount: number, categories: Array<{ category: StatusCategory, count: number }>, columns: Array<{ statusId: string, name: string, category: StatusCategory, color: string, count: number, cards: Array<{ id: string, key: string, name: string, wbsCode: string, kind: TaskKind, percentComplete: number, start: string | null, finish: string | null, late: boolean, version: number, statusId: string, assignee: { id: string, name: string } | null }> }>, milestones: Array<{ id: string, key: string, name: string, date: string | null, finish: string | null, completed: boolean, late: boolean }>, lateTasks: Array<{ id: string, key: string, name: string, wbsCode: string, kind: TaskKind, percentComplete: number, start: string | null, finish: string | null, late: boolean, version: number, statusId: string, assignee: { id: string, name: string } | null }>, recentActivity: Array<{ id: string, at: string, actorName: string | null, summary: string, burstKey: string, parts: Array<{ kind: ActivityPartKind, text: string, date: string | null, amount: number | null, currency: string | null }>, burstParts: Array<{ kind: ActivityPartKind, text: string, date: string | null, amount: number | null, currency: string | null }> }> } };

export type OnOutlineChangedSubscriptionVariables = Exact<{
  projectId: string;
}>;


export type OnOutlineChangedSubscription = { outlineChanged: { projectId: string, nodes: Array<{ id: string, parentId: string | null, position: number, wbsCode: string }> } };

export type OnTaskUpdatedSubscriptionVariables = Exact<{
  projectId: string;
}>;


export type OnTaskUpdatedSubscription = { taskUpdated: { action: TaskEventAction, changeNumber: number | null, actorId: string | null, task: { id: string, key: string, wbsCode: string, name: string, kind: TaskKind, parentId: string | null, position: number, durationDays: number, start: string | null, finish: string | null, late: boolean, percentComplete: number, rollupState: RollupState | null, version: number, childCount: number, archivedAt: string | null, status: { id: string, name: string, category: StatusCategory, color: string }, assignee: { id: string, name: string } | null } } };

export type OnBoardUpdatedSubscriptionVariables = Exact<{
  projectId: string;
}>;


export type OnBoardUpdatedSubscription = { boardUpdated: { projectId: string, projectKey: string, projectName: string, generatedAt: string, percentComplete: number, taskCount: number, categories: Array<{ category: StatusCategory, count: number }>, columns: Array<{ statusId: string, name: string, category: StatusCategory, color: string, count: number, cards: Array<{ id: string, key: string, name: string, wbsCode: string, kind: TaskKind, percentComplete: number, start: string | null, finish: string | null, late: boolean, version: number, statusId: string, assignee: { id: string, name: string } | null }> }>, milestones: Array<{ id: string, key: string, name: string, date: string | null, finish: string | null, completed: boolean, late: boolean }>, lateTasks: Array<{ id: string, key: string, name: string, wbsCode: string, kind: TaskKind, percentComplete: number, start: string | null, finish: string | null, late: boolean, version: number, statusId: string, assignee: { id: string, name: string } | null }>, recentActivity: Array<{ id: string, at: string, actorName: string | null, summary: string, burstKey: string, parts: Array<{ kind: ActivityPartKind, text: string, date: string | null, amount: number | null, currency: string | null }>, burstParts: Array<{ kind: ActivityPartKind, text: string, date: string | null, amount: number | null, currency: string | null }> }> } };

export type OnProjectCharterSubscriptionVariables = Exact<{
  projectId: string;
}>;


export type OnProjectCharterSubscription = { projectUpdated: { id: string, key: string, name: string, viewerRole: ProjectRole | null, archivedAt: string | null, charter: { projectId: string, purpose: string, objectives: Array<string>, successCriteria: Array<string>, inScope: string, outOfScope: string, assumptions: string, constraints: string, keyStakeholders: Array<string>, sponsor: string, approvalState: CharterApproval, approvedAt: string | null, updatedAt: string, version: number, submittedAt: string | null, approver: { id: string, name: string } | null, approvedBy: { id: string, name: string } | null, submittedBy: { id: string, name: string } | null, decisions: Array<{ id: string, decision: CharterDecisionKind, comment: string, createdAt: string, actor: { id: string, name: string } | null }> } } };

export type OnActivityAddedSubscriptionVariables = Exact<{
  projectId: string;
}>;


export type OnActivityAddedSubscription = { activityAdded: { id: string, createdAt: string, summary: string, action: ActivityAction, taskId: string | null, burstKey: string, actor: { id: string, name: string } | null, parts: Array<{ kind: ActivityPartKind, text: string, date: string | null, amount: number | null, currency: string | null }>, burstParts: Array<{ kind: ActivityPartKind, text: string, date: string | null, amount: number | null, currency: string | null }> } };

export type TaskDetailQueryVariables = Exact<{
  id: string;
}>;


export type TaskDetailQuery = { task: { description: string, estimateHours: number | null, storyPoints: number | null, constraintType: ConstraintType, constraintDate: string | null, deadline: string | null, actualStart: string | null, actualFinish: string | null, calendarId: string | null, id: string, key: string, wbsCode: string, name: string, kind: TaskKind, parentId: string | null, position: number, durationDays: number, start: string | null, finish: string | null, late: boolean, percentComplete: number, rollupState: RollupState | null, version: number, childCount: number, archivedAt: string | null, scheduled: { start: string, finish: string, totalFloatDays: number, freeFloatDays: number, critical: boolean, levelingDelayDays: number } | null, project: { id: string, calendars: Array<{ id: string, name: string }>, schedule: { warnings: Array<{ taskId: string | null, code: string, message: string }> } }, predecessors: Array<{ id: string, type: DependencyType, lagDays: number, predecessor: { id: string, key: string, name: string } }>, successors: Array<{ id: string, type: DependencyType, lagDays: number, successor: { id: string, key: string, name: string } }>, activity: { nodes: Array<{ id: string, createdAt: string, summary: string, action: ActivityAction, taskId: string | null, burstKey: string, actor: { id: string, name: string } | null, parts: Array<{ kind: ActivityPartKind, text: string, date: string | null, amount: number | null, currency: string | null }>, burstParts: Array<{ kind: ActivityPartKind, text: string, date: string | null, amount: number | null, currency: string | null }> }> }, status: { id: string, name: string, category: StatusCategory, color: string }, assignee: { id: string, name: string } | null } };

export type DependencyCreateMutationVariables = Exact<{
  input: DependencyCreateInput;
}>;


export type DependencyCreateMutation = { dependencyCreate: { dependency: { id: string } } };

export type DependencyDeleteMutationVariables = Exact<{
  id: string;
}>;


export type DependencyDeleteMutation = { dependencyDelete: { dependency: { id: string } } };

export type CollabTicketMutationVariables = Exact<{
  document: string;
}>;


export type CollabTicketMutation = { collabTicket: { token: string, url: string, document: string, canWrite: boolean, expiresAt: string } };

export type PlanProjectFieldsFragment = { id: string, key: string, name: string, currency: string, budget: number | null, viewerRole: ProjectRole | null, archivedAt: string | null };

export type PlanTaskFieldsFragment = { id: string, key: string, wbsCode: string, name: string, kind: TaskKind, parentId: string | null, durationDays: number, percentComplete: number, version: number };

export type ScheduledTaskFieldsFragment = { taskId: string, start: string, finish: string, earlyStart: string, earlyFinish: string, lateStart: string, lateFinish: string, durationDays: number, totalFloatDays: number, freeFloatDays: number, critical: boolean, levelingDelayDays: number, late: boolean };

export type ScheduleFieldsFragment = { start: string, finish: string, statusDate: string | null, calendarId: string | null, criticalPath: Array<string>, tasks: Array<{ taskId: string, start: string, finish: string, earlyStart: string, earlyFinish: string, lateStart: string, lateFinish: string, durationDays: number, totalFloatDays: number, freeFloatDays: number, critical: boolean, levelingDelayDays: number, late: boolean }>, warnings: Array<{ taskId: string | null, code: string, message: string }> };

export type PlanLinksPageQueryVariables = Exact<{
  id: string;
  first: number;
  after?: string | null | undefined;
}>;


export type PlanLinksPageQuery = { project: { dependencies: { pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, type: DependencyType, lagDays: number, predecessorId: string, successorId: string }> } } };

export type PlanScheduleQueryVariables = Exact<{
  id: string;
}>;


export type PlanScheduleQuery = { project: { schedule: { start: string, finish: string, statusDate: string | null, calendarId: string | null, criticalPath: Array<string>, tasks: Array<{ taskId: string, start: string, finish: string, earlyStart: string, earlyFinish: string, lateStart: string, lateFinish: string, durationDays: number, totalFloatDays: number, freeFloatDays: number, critical: boolean, levelingDelayDays: number, late: boolean }>, warnings: Array<{ taskId: string | null, code: string, message: string }> } } };

export type BaselineTasksQueryVariables = Exact<{
  id: string;
}>;


export type BaselineTasksQuery = { project: { baselines: Array<{ id: string, name: string, createdAt: string, tasks: Array<{ taskId: string, start: string, finish: string, durationDays: number, workHours: number, cost: number }> }> } };

export type TaskScheduleUpdateMutationVariables = Exact<{
  input: TaskScheduleUpdateInput;
}>;


export type TaskScheduleUpdateMutation = { taskScheduleUpdate: { task: { id: string, key: string, wbsCode: string, name: string, kind: TaskKind, parentId: string | null, durationDays: number, percentComplete: number, version: number } } };

export type PlanTaskUpdateMutationVariables = Exact<{
  input: TaskUpdateInput;
}>;


export type PlanTaskUpdateMutation = { taskUpdate: { task: { id: string, key: string, wbsCode: string, name: string, kind: TaskKind, parentId: string | null, durationDays: number, percentComplete: number, version: number } } };

export type PlanLinkCreateMutationVariables = Exact<{
  input: DependencyCreateInput;
}>;


export type PlanLinkCreateMutation = { dependencyCreate: { dependency: { id: string, type: DependencyType, lagDays: number, predecessorId: string, successorId: string } } };

export type PlanLinkUpdateMutationVariables = Exact<{
  input: DependencyUpdateInput;
}>;


export type PlanLinkUpdateMutation = { dependencyUpdate: { dependency: { id: string, type: DependencyType, lagDays: number, predecessorId: string, successorId: string } } };

export type OnScheduleUpdatedSubscriptionVariables = Exact<{
  projectId: string;
}>;


export type OnScheduleUpdatedSubscription = { scheduleUpdated: { projectId: string, start: string, finish: string, removedTaskIds: Array<string>, criticalPath: Array<string>, changeNumbers: Array<number>, actorIds: Array<string>, tasks: Array<{ taskId: string, start: string, finish: string, earlyStart: string, earlyFinish: string, lateStart: string, lateFinish: string, durationDays: number, totalFloatDays: number, freeFloatDays: number, critical: boolean, levelingDelayDays: number, late: boolean }> } };

export type OnPlanChangedSubscriptionVariables = Exact<{
  projectId: string;
}>;


export type OnPlanChangedSubscription = { planChanged: { projectId: string, part: PlanPart } };

export type PlanBaselinesQueryVariables = Exact<{
  id: string;
}>;


export type PlanBaselinesQuery = { project: { baselines: Array<{ id: string, name: string, createdAt: string }> } };

export type ResourceFieldsFragment = { id: string, name: string, type: ResourceType, maxUnits: number, standardRate: number, overtimeRate: number, costPerUse: number, version: number, userId: string | null, user: { id: string, name: string } | null, rates: Array<{ id: string, effectiveFrom: string, standardRate: number, overtimeRate: number, costPerUse: number }> };

export type ResourceUsageQueryVariables = Exact<{
  id: string;
  period: UsagePeriod;
}>;


export type ResourceUsageQuery = { project: { resources: Array<{ id: string, name: string, type: ResourceType, maxUnits: number, standardRate: number, overtimeRate: number, costPerUse: number, version: number, userId: string | null, user: { id: string, name: string } | null, rates: Array<{ id: string, effectiveFrom: string, standardRate: number, overtimeRate: number, costPerUse: number }> }>, assignments: Array<{ id: string, taskId: string, resourceId: string, units: number }>, resourceUsage: Array<{ resourceId: string, periods: Array<{ start: string, workHours: number, capacityHours: number, overallocated: boolean, cost: number }> }>, schedule: { finish: string, tasks: Array<{ taskId: string, start: string, finish: string, levelingDelayDays: number }> } } };

export type LevelingPreviewQueryVariables = Exact<{
  id: string;
}>;


export type LevelingPreviewQuery = { project: { levelingPreview: { finishBefore: string, finishAfter: string, overallocationsRemaining: number, delays: Array<{ taskId: string, levelingDelayDays: number }> } } };

export type LevelingApplyMutationVariables = Exact<{
  projectId: string;
}>;


export type LevelingApplyMutation = { levelingApply: { leveling: { overallocationsRemaining: number } } };

export type LevelingClearMutationVariables = Exact<{
  projectId: string;
}>;


export type LevelingClearMutation = { levelingClear: { leveling: { overallocationsRemaining: number } } };

export type ResourceCreateMutationVariables = Exact<{
  input: ResourceCreateInput;
}>;


export type ResourceCreateMutation = { resourceCreate: { resource: { id: string, name: string, type: ResourceType, maxUnits: number, standardRate: number, overtimeRate: number, costPerUse: number, version: number, userId: string | null, user: { id: string, name: string } | null, rates: Array<{ id: string, effectiveFrom: string, standardRate: number, overtimeRate: number, costPerUse: number }> } } };

export type ResourceForMemberMutationVariables = Exact<{
  input: ResourceForMemberInput;
}>;


export type ResourceForMemberMutation = { resourceForMember: { resource: { id: string, name: string, type: ResourceType, maxUnits: number, standardRate: number, overtimeRate: number, costPerUse: number, version: number, userId: string | null, user: { id: string, name: string } | null, rates: Array<{ id: string, effectiveFrom: string, standardRate: number, overtimeRate: number, costPerUse: number }> } } };

export type ResourceUpdateMutationVariables = Exact<{
  input: ResourceUpdateInput;
}>;


export type ResourceUpdateMutation = { resourceUpdate: { resource: { id: string, name: string, type: ResourceType, maxUnits: number, standardRate: number, overtimeRate: number, costPerUse: number, version: number, userId: string | null, user: { id: string, name: string } | null, rates: Array<{ id: string, effectiveFrom: string, standardRate: number, overtimeRate: number, costPerUse: number }> } } };

export type ResourceDeleteMutationVariables = Exact<{
  id: string;
}>;


export type ResourceDeleteMutation = { resourceDelete: { resource: { id: string } } };

export type AssignmentCreateMutationVariables = Exact<{
  input: AssignmentCreateInput;
}>;


export type AssignmentCreateMutation = { assignmentCreate: { assignment: { id: string, taskId: string, resourceId: string, units: number } } };

export type AssignmentDeleteMutationVariables = Exact<{
  id: string;
}>;


export type AssignmentDeleteMutation = { assignmentDelete: { assignment: { id: string } } };

export type EvRowFieldsFragment = { taskId: string | null, pv: number, ev: number, ac: number, sv: number, cv: number, spi: number | null, cpi: number | null, eacCpi: number | null, eacCpiSpi: number | null, etc: number | null, vac: number | null, tcpi: number | null, bac: number };

export type EarnedValueQueryVariables = Exact<{
  id: string;
  statusDate: string;
  baselineId?: string | null | undefined;
}>;


export type EarnedValueQuery = { project: { earnedValue: { statusDate: string, project: { taskId: string | null, pv: number, ev: number, ac: number, sv: number, cv: number, spi: number | null, cpi: number | null, eacCpi: number | null, eacCpiSpi: number | null, etc: number | null, vac: number | null, tcpi: number | null, bac: number }, branches: Array<{ taskId: string | null, pv: number, ev: number, ac: number, sv: number, cv: number, spi: number | null, cpi: number | null, eacCpi: number | null, eacCpiSpi: number | null, etc: number | null, vac: number | null, tcpi: number | null, bac: number }>, series: Array<{ date: string, pv: number, ev: number | null, ac: number | null }> }, costEntries: Array<{ id: string, taskId: string, date: string, hours: number | null, amount: number, note: string }> } };

export type BaselineCreateMutationVariables = Exact<{
  projectId: string;
  name: string;
}>;


export type BaselineCreateMutation = { baselineCreate: { baseline: { id: string, name: string, createdAt: string } } };

export type CostEntryCreateMutationVariables = Exact<{
  input: CostEntryCreateInput;
}>;


export type CostEntryCreateMutation = { costEntryCreate: { costEntry: { id: string, taskId: string, date: string, hours: number | null, amount: number, note: string } } };

export type PlanLinksAndWarningsQueryVariables = Exact<{
  id: string;
  first: number;
}>;


export type PlanLinksAndWarningsQuery = { project: { dependencies: { pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, type: DependencyType, lagDays: number, predecessorId: string, successorId: string }> }, schedule: { warnings: Array<{ taskId: string | null, code: string, message: string }> } } };

export type PlanExportQueryVariables = Exact<{
  id: string;
  format: ExportFormat;
}>;


export type PlanExportQuery = { project: { export: string } };

export type PlanImportMutationVariables = Exact<{
  input: ProjectImportInput;
}>;


export type PlanImportMutation = { projectImport: { created: number, links: number, calendars: number, resources: number, assignments: number, baselines: number, costEntries: number, unmapped: Array<{ element: string, line: number | null, reason: string }> } };

export type WorkCalendarFieldsFragment = { id: string, name: string, baseCalendarId: string | null, hoursPerDay: number, isProjectCalendar: boolean, version: number, workWeek: Array<{ day: number, times: Array<{ from: string, to: string }> }>, exceptions: Array<{ id: string, name: string, from: string, to: string, working: boolean, times: Array<{ from: string, to: string }> | null }>, usage: { tasks: number, resources: number, calendars: number } };

export type PlanCalendarsQueryVariables = Exact<{
  id: string;
}>;


export type PlanCalendarsQuery = { project: { plan: { calendarId: string | null, statusDate: string | null, timeZone: string | null }, calendars: Array<{ id: string, name: string, baseCalendarId: string | null, hoursPerDay: number, isProjectCalendar: boolean, version: number, workWeek: Array<{ day: number, times: Array<{ from: string, to: string }> }>, exceptions: Array<{ id: string, name: string, from: string, to: string, working: boolean, times: Array<{ from: string, to: string }> | null }>, usage: { tasks: number, resources: number, calendars: number } }> } };

export type PlanSpanQueryVariables = Exact<{
  id: string;
}>;


export type PlanSpanQuery = { project: { schedule: { start: string, finish: string } } };

export type PlanSettingsUpdateMutationVariables = Exact<{
  input: PlanSettingsInput;
}>;


export type PlanSettingsUpdateMutation = { planSettingsUpdate: { plan: { calendarId: string | null, statusDate: string | null, timeZone: string | null } } };

export type CalendarCreateMutationVariables = Exact<{
  input: CalendarCreateInput;
}>;


export type CalendarCreateMutation = { calendarCreate: { calendar: { id: string, name: string, baseCalendarId: string | null, hoursPerDay: number, isProjectCalendar: boolean, version: number, workWeek: Array<{ day: number, times: Array<{ from: string, to: string }> }>, exceptions: Array<{ id: string, name: string, from: string, to: string, working: boolean, times: Array<{ from: string, to: string }> | null }>, usage: { tasks: number, resources: number, calendars: number } } } };

export type CalendarUpdateMutationVariables = Exact<{
  input: CalendarUpdateInput;
}>;


export type CalendarUpdateMutation = { calendarUpdate: { calendar: { id: string, name: string, baseCalendarId: string | null, hoursPerDay: number, isProjectCalendar: boolean, version: number, workWeek: Array<{ day: number, times: Array<{ from: string, to: string }> }>, exceptions: Array<{ id: string, name: string, from: string, to: string, working: boolean, times: Array<{ from: string, to: string }> | null }>, usage: { tasks: number, resources: number, calendars: number } } } };

export type CalendarDeleteMutationVariables = Exact<{
  id: string;
  version?: number | null | undefined;
}>;


export type CalendarDeleteMutation = { calendarDelete: { calendar: { id: string } } };

export type CalendarExceptionAddMutationVariables = Exact<{
  input: CalendarExceptionAddInput;
}>;


export type CalendarExceptionAddMutation = { calendarExceptionAdd: { calendar: { id: string, name: string, baseCalendarId: string | null, hoursPerDay: number, isProjectCalendar: boolean, version: number, workWeek: Array<{ day: number, times: Array<{ from: string, to: string }> }>, exceptions: Array<{ id: string, name: string, from: string, to: string, working: boolean, times: Array<{ from: string, to: string }> | null }>, usage: { tasks: number, resources: number, calendars: number } }, exception: { id: string } } };

export type CalendarExceptionRemoveMutationVariables = Exact<{
  id: string;
}>;


export type CalendarExceptionRemoveMutation = { calendarExceptionRemove: { calendar: { id: string, name: string, baseCalendarId: string | null, hoursPerDay: number, isProjectCalendar: boolean, version: number, workWeek: Array<{ day: number, times: Array<{ from: string, to: string }> }>, exceptions: Array<{ id: string, name: string, from: string, to: string, working: boolean, times: Array<{ from: string, to: string }> | null }>, usage: { tasks: number, resources: number, calendars: number } } } };

export type OnPlanSpanUpdatedSubscriptionVariables = Exact<{
  projectId: string;
}>;


export type OnPlanSpanUpdatedSubscription = { scheduleUpdated: { projectId: string, start: string, finish: string } };

export type ProjectHeadQueryVariables = Exact<{
  key: string;
  first: number;
}>;


export type ProjectHeadQuery = { project: { id: string, key: string, name: string, description: string, methodology: Methodology, status: ProjectStatus, startDate: string | null, targetFinish: string | null, archivedAt: string | null, viewerRole: ProjectRole | null, version: number, currency: string, budget: number | null, tasks: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, key: string, wbsCode: string, name: string, kind: TaskKind, parentId: string | null, position: number, durationDays: number, start: string | null, finish: string | null, late: boolean, percentComplete: number, rollupState: RollupState | null, version: number, childCount: number, archivedAt: string | null, status: { id: string, name: string, category: StatusCategory, color: string }, assignee: { id: string, name: string } | null }> }, members: Array<{ role: ProjectRole, user: { id: string, name: string, email: string } }>, statuses: Array<{ id: string, name: string, category: StatusCategory, color: string, position: number }> } };

export type ProjectBoardQueryVariables = Exact<{
  id: string;
}>;


export type ProjectBoardQuery = { project: { board: { projectId: string, projectKey: string, projectName: string, generatedAt: string, percentComplete: number, taskCount: number, categories: Array<{ category: StatusCategory, count: number }>, columns: Array<{ statusId: string, name: string, category: StatusCategory, color: string, count: number, cards: Array<{ id: string, key: string, name: string, wbsCode: string, kind: TaskKind, percentComplete: number, start: string | null, finish: string | null, late: boolean, version: number, statusId: string, assignee: { id: string, name: string } | null }> }>, milestones: Array<{ id: string, key: string, name: string, date: string | null, finish: string | null, completed: boolean, late: boolean }>, lateTasks: Array<{ id: string, key: string, name: string, wbsCode: string, kind: TaskKind, percentComplete: number, start: string | null, finish: string | null, late: boolean, version: number, statusId: string, assignee: { id: string, name: string } | null }>, recentActivity: Array<{ id: string, at: string, actorName: string | null, summary: string, burstKey: string, parts: Array<{ kind: ActivityPartKind, text: string, date: string | null, amount: number | null, currency: string | null }>, burstParts: Array<{ kind: ActivityPartKind, text: string, date: string | null, amount: number | null, currency: string | null }> }> }, activity: { nodes: Array<{ id: string, createdAt: string, summary: string, action: ActivityAction, taskId: string | null, burstKey: string, actor: { id: string, name: string } | null, parts: Array<{ kind: ActivityPartKind, text: string, date: string | null, amount: number | null, currency: string | null }>, burstParts: Array<{ kind: ActivityPartKind, text: string, date: string | null, amount: number | null, currency: string | null }> }> } } };

export type GanttPlanQueryVariables = Exact<{
  key: string;
  first: number;
}>;


export type GanttPlanQuery = { project: { id: string, dependencies: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, type: DependencyType, lagDays: number, predecessorId: string, successorId: string }> }, schedule: { start: string, finish: string, statusDate: string | null, calendarId: string | null, criticalPath: Array<string>, tasks: Array<{ taskId: string, start: string, finish: string, earlyStart: string, earlyFinish: string, lateStart: string, lateFinish: string, durationDays: number, totalFloatDays: number, freeFloatDays: number, critical: boolean, levelingDelayDays: number, late: boolean }>, warnings: Array<{ taskId: string | null, code: string, message: string }> }, baselines: Array<{ id: string, name: string, createdAt: string }>, calendars: Array<{ id: string, name: string, workWeek: Array<{ day: number, times: Array<{ from: string, to: string }> }>, exceptions: Array<{ from: string, to: string, working: boolean }> }> } };

export type ResourcesPlanQueryVariables = Exact<{
  key: string;
  period: UsagePeriod;
}>;


export type ResourcesPlanQuery = { project: { id: string, resources: Array<{ id: string, name: string, type: ResourceType, maxUnits: number, standardRate: number, overtimeRate: number, costPerUse: number, version: number, userId: string | null, user: { id: string, name: string } | null, rates: Array<{ id: string, effectiveFrom: string, standardRate: number, overtimeRate: number, costPerUse: number }> }>, assignments: Array<{ id: string, taskId: string, resourceId: string, units: number }>, resourceUsage: Array<{ resourceId: string, periods: Array<{ start: string, workHours: number, capacityHours: number, overallocated: boolean, cost: number }> }>, schedule: { finish: string, calendarId: string | null, tasks: Array<{ taskId: string, start: string, finish: string, levelingDelayDays: number }> }, calendars: Array<{ id: string, name: string, workWeek: Array<{ day: number, times: Array<{ from: string, to: string }> }>, exceptions: Array<{ from: string, to: string, working: boolean }> }> } };

export type EarnedValuePlanQueryVariables = Exact<{
  key: string;
}>;


export type EarnedValuePlanQuery = { project: { id: string, baselines: Array<{ id: string, name: string, createdAt: string }>, schedule: { statusDate: string | null } } };

export type OnProjectUpdatedWithCharterSubscriptionVariables = Exact<{
  projectId: string;
}>;


export type OnProjectUpdatedWithCharterSubscription = { projectUpdated: { id: string, key: string, name: string, description: string, methodology: Methodology, status: ProjectStatus, startDate: string | null, targetFinish: string | null, archivedAt: string | null, viewerRole: ProjectRole | null, version: number, currency: string, budget: number | null, charter: { projectId: string, purpose: string, objectives: Array<string>, successCriteria: Array<string>, inScope: string, outOfScope: string, assumptions: string, constraints: string, keyStakeholders: Array<string>, sponsor: string, approvalState: CharterApproval, approvedAt: string | null, updatedAt: string, version: number, submittedAt: string | null, approver: { id: string, name: string } | null, approvedBy: { id: string, name: string } | null, submittedBy: { id: string, name: string } | null, decisions: Array<{ id: string, decision: CharterDecisionKind, comment: string, createdAt: string, actor: { id: string, name: string } | null }> }, members: Array<{ role: ProjectRole, user: { id: string, name: string, email: string } }>, statuses: Array<{ id: string, name: string, category: StatusCategory, color: string, position: number }> } };

export type ChangeRequestFieldsFragment = { id: string, key: string, number: number, title: string, description: string, reason: string, category: ChangeCategory, status: ChangeRequestStatus, version: number, takeBaseline: boolean, createdAt: string, updatedAt: string, appliedAt: string | null, baselineId: string | null, linkedTaskIds: Array<string>, requestedBy: { id: string, name: string } | null, issues: Array<{ id: string, key: string, title: string, status: IssueStatus }>, changeSet: { removeTasks: Array<string> | null, budgetDelta: number | null, scopeItems: Array<string> | null, addTasks: Array<{ key: string, name: string, parentId: string | null, durationDays: number, milestone: boolean | null }> | null, durations: Array<{ taskId: string, durationDays: number }> | null, links: Array<{ predecessorId: string, successorId: string, type: DependencyType | null, lagDays: number | null }> | null, removeLinks: Array<{ predecessorId: string, successorId: string }> | null }, impact: { base: string, computedAt: string, finishBefore: string, finishAfter: string, costBefore: number, costAfter: number, budgetBefore: number | null, budgetAfter: number | null, milestones: Array<{ taskId: string, name: string, before: string | null, after: string | null }>, becameCritical: Array<{ taskId: string, name: string }>, leftCritical: Array<{ taskId: string, name: string }>, overallocations: Array<{ resourceId: string, name: string, daysBefore: number, daysAfter: number }> } | null, history: Array<{ id: string, fromStatus: ChangeRequestStatus | null, toStatus: ChangeRequestStatus, reason: string, at: string, actor: { id: string, name: string } | null }> };

export type ChangeRequestsQueryVariables = Exact<{
  key: string;
  after?: string | null | undefined;
}>;


export type ChangeRequestsQuery = { project: { id: string, viewerCanDecideChanges: boolean, changeBoard: { memberIds: Array<string>, members: Array<{ id: string, name: string }> }, dependencies: { nodes: Array<{ id: string, predecessorId: string, successorId: string }> }, changeRequests: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, key: string, number: number, title: string, description: string, reason: string, category: ChangeCategory, status: ChangeRequestStatus, version: number, takeBaseline: boolean, createdAt: string, updatedAt: string, appliedAt: string | null, baselineId: string | null, linkedTaskIds: Array<string>, requestedBy: { id: string, name: string } | null, issues: Array<{ id: string, key: string, title: string, status: IssueStatus }>, changeSet: { removeTasks: Array<string> | null, budgetDelta: number | null, scopeItems: Array<string> | null, addTasks: Array<{ key: string, name: string, parentId: string | null, durationDays: number, milestone: boolean | null }> | null, durations: Array<{ taskId: string, durationDays: number }> | null, links: Array<{ predecessorId: string, successorId: string, type: DependencyType | null, lagDays: number | null }> | null, removeLinks: Array<{ predecessorId: string, successorId: string }> | null }, impact: { base: string, computedAt: string, finishBefore: string, finishAfter: string, costBefore: number, costAfter: number, budgetBefore: number | null, budgetAfter: number | null, milestones: Array<{ taskId: string, name: string, before: string | null, after: string | null }>, becameCritical: Array<{ taskId: string, name: string }>, leftCritical: Array<{ taskId: string, name: string }>, overallocations: Array<{ resourceId: string, name: string, daysBefore: number, daysAfter: number }> } | null, history: Array<{ id: string, fromStatus: ChangeRequestStatus | null, toStatus: ChangeRequestStatus, reason: string, at: string, actor: { id: string, name: string } | null }> }> } } };

export type ChangeRequestPreviewCurrentQueryVariables = Exact<{
  id: string;
}>;


export type ChangeRequestPreviewCurrentQuery = { changeRequest: { id: string, version: number, previewCurrent: boolean | null } };

export type ChangeRequestCreateMutationVariables = Exact<{
  input: ChangeRequestCreateInput;
}>;


export type ChangeRequestCreateMutation = { changeRequestCreate: { changeNumber: number | null, changeRequest: { id: string, key: string, number: number, title: string, description: string, reason: string, category: ChangeCategory, status: ChangeRequestStatus, version: number, takeBaseline: boolean, createdAt: string, updatedAt: string, appliedAt: string | null, baselineId: string | null, linkedTaskIds: Array<string>, requestedBy: { id: string, name: string } | null, issues: Array<{ id: string, key: string, title: string, status: IssueStatus }>, changeSet: { removeTasks: Array<string> | null, budgetDelta: number | null, scopeItems: Array<string> | null, addTasks: Array<{ key: string, name: string, parentId: string | null, durationDays: number, milestone: boolean | null }> | null, durations: Array<{ taskId: string, durationDays: number }> | null, links: Array<{ predecessorId: string, successorId: string, type: DependencyType | null, lagDays: number | null }> | null, removeLinks: Array<{ predecessorId: string, successorId: string }> | null }, impact: { base: string, computedAt: string, finishBefore: string, finishAfter: string, costBefore: number, costAfter: number, budgetBefore: number | null, budgetAfter: number | null, milestones: Array<{ taskId: string, name: string, before: string | null, after: string | null }>, becameCritical: Array<{ taskId: string, name: string }>, leftCritical: Array<{ taskId: string, name: string }>, overallocations: Array<{ resourceId: string, name: string, daysBefore: number, daysAfter: number }> } | null, history: Array<{ id: string, fromStatus: ChangeRequestStatus | null, toStatus: ChangeRequestStatus, reason: string, at: string, actor: { id: string, name: string } | null }> } } };

export type ChangeRequestUpdateMutationVariables = Exact<{
  input: ChangeRequestUpdateInput;
}>;


export type ChangeRequestUpdateMutation = { changeRequestUpdate: { changeNumber: number | null, changeRequest: { id: string, key: string, number: number, title: string, description: string, reason: string, category: ChangeCategory, status: ChangeRequestStatus, version: number, takeBaseline: boolean, createdAt: string, updatedAt: string, appliedAt: string | null, baselineId: string | null, linkedTaskIds: Array<string>, requestedBy: { id: string, name: string } | null, issues: Array<{ id: string, key: string, title: string, status: IssueStatus }>, changeSet: { removeTasks: Array<string> | null, budgetDelta: number | null, scopeItems: Array<string> | null, addTasks: Array<{ key: string, name: string, parentId: string | null, durationDays: number, milestone: boolean | null }> | null, durations: Array<{ taskId: string, durationDays: number }> | null, links: Array<{ predecessorId: string, successorId: string, type: DependencyType | null, lagDays: number | null }> | null, removeLinks: Array<{ predecessorId: string, successorId: string }> | null }, impact: { base: string, computedAt: string, finishBefore: string, finishAfter: string, costBefore: number, costAfter: number, budgetBefore: number | null, budgetAfter: number | null, milestones: Array<{ taskId: string, name: string, before: string | null, after: string | null }>, becameCritical: Array<{ taskId: string, name: string }>, leftCritical: Array<{ taskId: string, name: string }>, overallocations: Array<{ resourceId: string, name: string, daysBefore: number, daysAfter: number }> } | null, history: Array<{ id: string, fromStatus: ChangeRequestStatus | null, toStatus: ChangeRequestStatus, reason: string, at: string, actor: { id: string, name: string } | null }> } } };

export type ChangeRequestPreviewMutationVariables = Exact<{
  id: string;
}>;


export type ChangeRequestPreviewMutation = { changeRequestPreview: { changeNumber: number | null, changeRequest: { id: string, key: string, number: number, title: string, description: string, reason: string, category: ChangeCategory, status: ChangeRequestStatus, version: number, takeBaseline: boolean, createdAt: string, updatedAt: string, appliedAt: string | null, baselineId: string | null, linkedTaskIds: Array<string>, requestedBy: { id: string, name: string } | null, issues: Array<{ id: string, key: string, title: string, status: IssueStatus }>, changeSet: { removeTasks: Array<string> | null, budgetDelta: number | null, scopeItems: Array<string> | null, addTasks: Array<{ key: string, name: string, parentId: string | null, durationDays: number, milestone: boolean | null }> | null, durations: Array<{ taskId: string, durationDays: number }> | null, links: Array<{ predecessorId: string, successorId: string, type: DependencyType | null, lagDays: number | null }> | null, removeLinks: Array<{ predecessorId: string, successorId: string }> | null }, impact: { base: string, computedAt: string, finishBefore: string, finishAfter: string, costBefore: number, costAfter: number, budgetBefore: number | null, budgetAfter: number | null, milestones: Array<{ taskId: string, name: string, before: string | null, after: string | null }>, becameCritical: Array<{ taskId: string, name: string }>, leftCritical: Array<{ taskId: string, name: string }>, overallocations: Array<{ resourceId: string, name: string, daysBefore: number, daysAfter: number }> } | null, history: Array<{ id: string, fromStatus: ChangeRequestStatus | null, toStatus: ChangeRequestStatus, reason: string, at: string, actor: { id: string, name: string } | null }> } } };

export type ChangeRequestSubmitMutationVariables = Exact<{
  input: ChangeRequestStepInput;
}>;


export type ChangeRequestSubmitMutation = { changeRequestSubmit: { changeNumber: number | null, changeRequest: { id: string, key: string, number: number, title: string, description: string, reason: string, category: ChangeCategory, status: ChangeRequestStatus, version: number, takeBaseline: boolean, createdAt: string, updatedAt: string, appliedAt: string | null, baselineId: string | null, linkedTaskIds: Array<string>, requestedBy: { id: string, name: string } | null, issues: Array<{ id: string, key: string, title: string, status: IssueStatus }>, changeSet: { removeTasks: Array<string> | null, budgetDelta: number | null, scopeItems: Array<string> | null, addTasks: Array<{ key: string, name: string, parentId: string | null, durationDays: number, milestone: boolean | null }> | null, durations: Array<{ taskId: string, durationDays: number }> | null, links: Array<{ predecessorId: string, successorId: string, type: DependencyType | null, lagDays: number | null }> | null, removeLinks: Array<{ predecessorId: string, successorId: string }> | null }, impact: { base: string, computedAt: string, finishBefore: string, finishAfter: string, costBefore: number, costAfter: number, budgetBefore: number | null, budgetAfter: number | null, milestones: Array<{ taskId: string, name: string, before: string | null, after: string | null }>, becameCritical: Array<{ taskId: string, name: string }>, leftCritical: Array<{ taskId: string, name: string }>, overallocations: Array<{ resourceId: string, name: string, daysBefore: number, daysAfter: number }> } | null, history: Array<{ id: string, fromStatus: ChangeRequestStatus | null, toStatus: ChangeRequestStatus, reason: string, at: string, actor: { id: string, name: string } | null }> } } };

export type ChangeRequestStartReviewMutationVariables = Exact<{
  input: ChangeRequestStepInput;
}>;


export type ChangeRequestStartReviewMutation = { changeRequestStartReview: { changeNumber: number | null, changeRequest: { id: string, key: string, number: number, title: string, description: string, reason: string, category: ChangeCategory, status: ChangeRequestStatus, version: number, takeBaseline: boolean, createdAt: string, updatedAt: string, appliedAt: string | null, baselineId: string | null, linkedTaskIds: Array<string>, requestedBy: { id: string, name: string } | null, issues: Array<{ id: string, key: string, title: string, status: IssueStatus }>, changeSet: { removeTasks: Array<string> | null, budgetDelta: number | null, scopeItems: Array<string> | null, addTasks: Array<{ key: string, name: string, parentId: string | null, durationDays: number, milestone: boolean | null }> | null, durations: Array<{ taskId: string, durationDays: number }> | null, links: Array<{ predecessorId: string, successorId: string, type: DependencyType | null, lagDays: number | null }> | null, removeLinks: Array<{ predecessorId: string, successorId: string }> | null }, impact: { base: string, computedAt: string, finishBefore: string, finishAfter: string, costBefore: number, costAfter: number, budgetBefore: number | null, budgetAfter: number | null, milestones: Array<{ taskId: string, name: string, before: string | null, after: string | null }>, becameCritical: Array<{ taskId: string, name: string }>, leftCritical: Array<{ taskId: string, name: string }>, overallocations: Array<{ resourceId: string, name: string, daysBefore: number, daysAfter: number }> } | null, history: Array<{ id: string, fromStatus: ChangeRequestStatus | null, toStatus: ChangeRequestStatus, reason: string, at: string, actor: { id: string, name: string } | null }> } } };

export type ChangeRequestApproveMutationVariables = Exact<{
  input: ChangeRequestStepInput;
}>;


export type ChangeRequestApproveMutation = { changeRequestApprove: { changeNumber: number | null, changeRequest: { id: string, key: string, number: number, title: string, description: string, reason: string, category: ChangeCategory, status: ChangeRequestStatus, version: number, takeBaseline: boolean, createdAt: string, updatedAt: string, appliedAt: string | null, baselineId: string | null, linkedTaskIds: Array<string>, requestedBy: { id: string, name: string } | null, issues: Array<{ id: string, key: string, title: string, status: IssueStatus }>, changeSet: { removeTasks: Array<string> | null, budgetDelta: number | null, scopeItems: Array<string> | null, addTasks: Array<{ key: string, name: string, parentId: string | null, durationDays: number, milestone: boolean | null }> | null, durations: Array<{ taskId: string, durationDays: number }> | null, links: Array<{ predecessorId: string, successorId: string, type: DependencyType | null, lagDays: number | null }> | null, removeLinks: Array<{ predecessorId: string, successorId: string }> | null }, impact: { base: string, computedAt: string, finishBefore: string, finishAfter: string, costBefore: number, costAfter: number, budgetBefore: number | null, budgetAfter: number | null, milestones: Array<{ taskId: string, name: string, before: string | null, after: string | null }>, becameCritical: Array<{ taskId: string, name: string }>, leftCritical: Array<{ taskId: string, name: string }>, overallocations: Array<{ resourceId: string, name: string, daysBefore: number, daysAfter: number }> } | null, history: Array<{ id: string, fromStatus: ChangeRequestStatus | null, toStatus: ChangeRequestStatus, reason: string, at: string, actor: { id: string, name: string } | null }> } } };

export type ChangeRequestRejectMutationVariables = Exact<{
  input: ChangeRequestStepInput;
}>;


export type ChangeRequestRejectMutation = { changeRequestReject: { changeNumber: number | null, changeRequest: { id: string, key: string, number: number, title: string, description: string, reason: string, category: ChangeCategory, status: ChangeRequestStatus, version: number, takeBaseline: boolean, createdAt: string, updatedAt: string, appliedAt: string | null, baselineId: string | null, linkedTaskIds: Array<string>, requestedBy: { id: string, name: string } | null, issues: Array<{ id: string, key: string, title: string, status: IssueStatus }>, changeSet: { removeTasks: Array<string> | null, budgetDelta: number | null, scopeItems: Array<string> | null, addTasks: Array<{ key: string, name: string, parentId: string | null, durationDays: number, milestone: boolean | null }> | null, durations: Array<{ taskId: string, durationDays: number }> | null, links: Array<{ predecessorId: string, successorId: string, type: DependencyType | null, lagDays: number | null }> | null, removeLinks: Array<{ predecessorId: string, successorId: string }> | null }, impact: { base: string, computedAt: string, finishBefore: string, finishAfter: string, costBefore: number, costAfter: number, budgetBefore: number | null, budgetAfter: number | null, milestones: Array<{ taskId: string, name: string, before: string | null, after: string | null }>, becameCritical: Array<{ taskId: string, name: string }>, leftCritical: Array<{ taskId: string, name: string }>, overallocations: Array<{ resourceId: string, name: string, daysBefore: number, daysAfter: number }> } | null, history: Array<{ id: string, fromStatus: ChangeRequestStatus | null, toStatus: ChangeRequestStatus, reason: string, at: string, actor: { id: string, name: string } | null }> } } };

export type ChangeRequestDeferMutationVariables = Exact<{
  input: ChangeRequestStepInput;
}>;


export type ChangeRequestDeferMutation = { changeRequestDefer: { changeNumber: number | null, changeRequest: { id: string, key: string, number: number, title: string, description: string, reason: string, category: ChangeCategory, status: ChangeRequestStatus, version: number, takeBaseline: boolean, createdAt: string, updatedAt: string, appliedAt: string | null, baselineId: string | null, linkedTaskIds: Array<string>, requestedBy: { id: string, name: string } | null, issues: Array<{ id: string, key: string, title: string, status: IssueStatus }>, changeSet: { removeTasks: Array<string> | null, budgetDelta: number | null, scopeItems: Array<string> | null, addTasks: Array<{ key: string, name: string, parentId: string | null, durationDays: number, milestone: boolean | null }> | null, durations: Array<{ taskId: string, durationDays: number }> | null, links: Array<{ predecessorId: string, successorId: string, type: DependencyType | null, lagDays: number | null }> | null, removeLinks: Array<{ predecessorId: string, successorId: string }> | null }, impact: { base: string, computedAt: string, finishBefore: string, finishAfter: string, costBefore: number, costAfter: number, budgetBefore: number | null, budgetAfter: number | null, milestones: Array<{ taskId: string, name: string, before: string | null, after: string | null }>, becameCritical: Array<{ taskId: string, name: string }>, leftCritical: Array<{ taskId: string, name: string }>, overallocations: Array<{ resourceId: string, name: string, daysBefore: number, daysAfter: number }> } | null, history: Array<{ id: string, fromStatus: ChangeRequestStatus | null, toStatus: ChangeRequestStatus, reason: string, at: string, actor: { id: string, name: string } | null }> } } };

export type ChangeRequestDeleteMutationVariables = Exact<{
  id: string;
}>;


export type ChangeRequestDeleteMutation = { changeRequestDelete: { changeNumber: number | null, changeRequest: { id: string } } };

export type ChangeBoardSetMutationVariables = Exact<{
  projectId: string;
  memberIds: Array<string> | string;
}>;


export type ChangeBoardSetMutation = { changeBoardSet: { changeNumber: number | null, changeBoard: { memberIds: Array<string>, members: Array<{ id: string, name: string }> } } };

export type ChangeRequestChangedSubscriptionVariables = Exact<{
  projectId: string;
}>;


export type ChangeRequestChangedSubscription = { changeRequestChanged: { action: RegisterEventAction, id: string, changeNumber: number | null, actorId: string | null, changeRequest: { id: string, key: string, number: number, title: string, description: string, reason: string, category: ChangeCategory, status: ChangeRequestStatus, version: number, takeBaseline: boolean, createdAt: string, updatedAt: string, appliedAt: string | null, baselineId: string | null, linkedTaskIds: Array<string>, requestedBy: { id: string, name: string } | null, issues: Array<{ id: string, key: string, title: string, status: IssueStatus }>, changeSet: { removeTasks: Array<string> | null, budgetDelta: number | null, scopeItems: Array<string> | null, addTasks: Array<{ key: string, name: string, parentId: string | null, durationDays: number, milestone: boolean | null }> | null, durations: Array<{ taskId: string, durationDays: number }> | null, links: Array<{ predecessorId: string, successorId: string, type: DependencyType | null, lagDays: number | null }> | null, removeLinks: Array<{ predecessorId: string, successorId: string }> | null }, impact: { base: string, computedAt: string, finishBefore: string, finishAfter: string, costBefore: number, costAfter: number, budgetBefore: number | null, budgetAfter: number | null, milestones: Array<{ taskId: string, name: string, before: string | null, after: string | null }>, becameCritical: Array<{ taskId: string, name: string }>, leftCritical: Array<{ taskId: string, name: string }>, overallocations: Array<{ resourceId: string, name: string, daysBefore: number, daysAfter: number }> } | null, history: Array<{ id: string, fromStatus: ChangeRequestStatus | null, toStatus: ChangeRequestStatus, reason: string, at: string, actor: { id: string, name: string } | null }> } | null } };

export type DecisionFieldsFragment = { id: string, key: string, number: number, title: string, rationale: string, alternatives: string, decidedOn: string, decidedByIds: Array<string>, decidedByText: string, version: number, createdAt: string, linkedTaskIds: Array<string>, linkedChangeRequestIds: Array<string>, decidedBy: Array<{ id: string, name: string }>, linkedChangeRequests: Array<{ id: string, key: string, title: string }> };

export type DecisionsQueryVariables = Exact<{
  key: string;
  after?: string | null | undefined;
}>;


export type DecisionsQuery = { project: { id: string, decisions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, key: string, number: number, title: string, rationale: string, alternatives: string, decidedOn: string, decidedByIds: Array<string>, decidedByText: string, version: number, createdAt: string, linkedTaskIds: Array<string>, linkedChangeRequestIds: Array<string>, decidedBy: Array<{ id: string, name: string }>, linkedChangeRequests: Array<{ id: string, key: string, title: string }> }> } } };

export type DecisionCreateMutationVariables = Exact<{
  input: DecisionCreateInput;
}>;


export type DecisionCreateMutation = { decisionCreate: { changeNumber: number | null, decision: { id: string, key: string, number: number, title: string, rationale: string, alternatives: string, decidedOn: string, decidedByIds: Array<string>, decidedByText: string, version: number, createdAt: string, linkedTaskIds: Array<string>, linkedChangeRequestIds: Array<string>, decidedBy: Array<{ id: string, name: string }>, linkedChangeRequests: Array<{ id: string, key: string, title: string }> } } };

export type DecisionUpdateMutationVariables = Exact<{
  input: DecisionUpdateInput;
}>;


export type DecisionUpdateMutation = { decisionUpdate: { changeNumber: number | null, decision: { id: string, key: string, number: number, title: string, rationale: string, alternatives: string, decidedOn: string, decidedByIds: Array<string>, decidedByText: string, version: number, createdAt: string, linkedTaskIds: Array<string>, linkedChangeRequestIds: Array<string>, decidedBy: Array<{ id: string, name: string }>, linkedChangeRequests: Array<{ id: string, key: string, title: string }> } } };

export type DecisionDeleteMutationVariables = Exact<{
  id: string;
  version?: number | null | undefined;
}>;


export type DecisionDeleteMutation = { decisionDelete: { changeNumber: number | null, decision: { id: string } } };

export type DecisionChangedSubscriptionVariables = Exact<{
  projectId: string;
}>;


export type DecisionChangedSubscription = { decisionChanged: { action: RegisterEventAction, id: string, changeNumber: number | null, decision: { id: string, key: string, number: number, title: string, rationale: string, alternatives: string, decidedOn: string, decidedByIds: Array<string>, decidedByText: string, version: number, createdAt: string, linkedTaskIds: Array<string>, linkedChangeRequestIds: Array<string>, decidedBy: Array<{ id: string, name: string }>, linkedChangeRequests: Array<{ id: string, key: string, title: string }> } | null } };

export type StakeholderFieldsFragment = { id: string, name: string, organisation: string, role: string, email: string | null, phone: string | null, memberId: string | null, interest: number, influence: number, currentEngagement: EngagementLevel, desiredEngagement: EngagementLevel, communicationNeeds: string, notes: string, version: number, strategy: StakeholderStrategy, engagementGap: number, emailOptOut: boolean, optedOutAt: string | null };

export type StakeholderGroupFieldsFragment = { id: string, name: string, stakeholderIds: Array<string>, version: number };

export type StakeholderRegisterQueryVariables = Exact<{
  id: string;
}>;


export type StakeholderRegisterQuery = { project: { stakeholders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, organisation: string, role: string, email: string | null, phone: string | null, memberId: string | null, interest: number, influence: number, currentEngagement: EngagementLevel, desiredEngagement: EngagementLevel, communicationNeeds: string, notes: string, version: number, strategy: StakeholderStrategy, engagementGap: number, emailOptOut: boolean, optedOutAt: string | null }> }, stakeholderGroups: Array<{ id: string, name: string, stakeholderIds: Array<string>, version: number }> } };

export type StakeholderRegisterPageQueryVariables = Exact<{
  id: string;
  after: string;
}>;


export type StakeholderRegisterPageQuery = { project: { stakeholders: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, organisation: string, role: string, email: string | null, phone: string | null, memberId: string | null, interest: number, influence: number, currentEngagement: EngagementLevel, desiredEngagement: EngagementLevel, communicationNeeds: string, notes: string, version: number, strategy: StakeholderStrategy, engagementGap: number, emailOptOut: boolean, optedOutAt: string | null }> } } };

export type StakeholderCreateMutationVariables = Exact<{
  input: StakeholderCreateInput;
}>;


export type StakeholderCreateMutation = { stakeholderCreate: { changeNumber: number | null, stakeholder: { id: string, name: string, organisation: string, role: string, email: string | null, phone: string | null, memberId: string | null, interest: number, influence: number, currentEngagement: EngagementLevel, desiredEngagement: EngagementLevel, communicationNeeds: string, notes: string, version: number, strategy: StakeholderStrategy, engagementGap: number, emailOptOut: boolean, optedOutAt: string | null } } };

export type StakeholderUpdateMutationVariables = Exact<{
  input: StakeholderUpdateInput;
}>;


export type StakeholderUpdateMutation = { stakeholderUpdate: { changeNumber: number | null, stakeholder: { id: string, name: string, organisation: string, role: string, email: string | null, phone: string | null, memberId: string | null, interest: number, influence: number, currentEngagement: EngagementLevel, desiredEngagement: EngagementLevel, communicationNeeds: string, notes: string, version: number, strategy: StakeholderStrategy, engagementGap: number, emailOptOut: boolean, optedOutAt: string | null } } };

export type StakeholderDeleteMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type StakeholderDeleteMutation = { stakeholderDelete: { changeNumber: number | null, stakeholder: { id: string } } };

export type StakeholderGroupCreateMutationVariables = Exact<{
  input: StakeholderGroupCreateInput;
}>;


export type StakeholderGroupCreateMutation = { stakeholderGroupCreate: { changeNumber: number | null, group: { id: string, name: string, stakeholderIds: Array<string>, version: number } } };

export type StakeholderGroupUpdateMutationVariables = Exact<{
  input: StakeholderGroupUpdateInput;
}>;


export type StakeholderGroupUpdateMutation = { stakeholderGroupUpdate: { changeNumber: number | null, group: { id: string, name: string, stakeholderIds: Array<string>, version: number } } };

export type StakeholderGroupDeleteMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type StakeholderGroupDeleteMutation = { stakeholderGroupDelete: { changeNumber: number | null, group: { id: string } } };

export type OnStakeholderChangedSubscriptionVariables = Exact<{
  projectId: string;
}>;


export type OnStakeholderChangedSubscription = { stakeholderChanged: { action: StakeholderChangeAction, stakeholderId: string | null, groupId: string | null, changeNumber: number | null, actorId: string | null } };

export type CommunicationItemFieldsFragment = { id: string, kind: CommunicationKind, title: string, channel: CommunicationChannel, ownerId: string | null, audienceStakeholderIds: Array<string>, audienceGroupIds: Array<string>, notes: string, version: number, nextDue: string | null, overdue: boolean, lastHeld: string | null, cadence: { kind: CadenceKind, date: string | null, weekday: number | null, everyWeeks: number | null, monthDay: number | null, startsOn: string }, occurrences: Array<{ id: string, heldOn: string, dueOn: string | null, notes: string, heldById: string | null }> };

export type CommunicationPlanQueryVariables = Exact<{
  id: string;
}>;


export type CommunicationPlanQuery = { project: { communicationItems: { nodes: Array<{ id: string, kind: CommunicationKind, title: string, channel: CommunicationChannel, ownerId: string | null, audienceStakeholderIds: Array<string>, audienceGroupIds: Array<string>, notes: string, version: number, nextDue: string | null, overdue: boolean, lastHeld: string | null, cadence: { kind: CadenceKind, date: string | null, weekday: number | null, everyWeeks: number | null, monthDay: number | null, startsOn: string }, occurrences: Array<{ id: string, heldOn: string, dueOn: string | null, notes: string, heldById: string | null }> }> }, stakeholders: { nodes: Array<{ id: string, name: string }> }, stakeholderGroups: Array<{ id: string, name: string }> } };

export type CommunicationItemCreateMutationVariables = Exact<{
  input: CommunicationItemCreateInput;
}>;


export type CommunicationItemCreateMutation = { communicationItemCreate: { changeNumber: number | null, item: { id: string, kind: CommunicationKind, title: string, channel: CommunicationChannel, ownerId: string | null, audienceStakeholderIds: Array<string>, audienceGroupIds: Array<string>, notes: string, version: number, nextDue: string | null, overdue: boolean, lastHeld: string | null, cadence: { kind: CadenceKind, date: string | null, weekday: number | null, everyWeeks: number | null, monthDay: number | null, startsOn: string }, occurrences: Array<{ id: string, heldOn: string, dueOn: string | null, notes: string, heldById: string | null }> } } };

export type CommunicationItemUpdateMutationVariables = Exact<{
  input: CommunicationItemUpdateInput;
}>;


export type CommunicationItemUpdateMutation = { communicationItemUpdate: { changeNumber: number | null, item: { id: string, kind: CommunicationKind, title: string, channel: CommunicationChannel, ownerId: string | null, audienceStakeholderIds: Array<string>, audienceGroupIds: Array<string>, notes: string, version: number, nextDue: string | null, overdue: boolean, lastHeld: string | null, cadence: { kind: CadenceKind, date: string | null, weekday: number | null, everyWeeks: number | null, monthDay: number | null, startsOn: string }, occurrences: Array<{ id: string, heldOn: string, dueOn: string | null, notes: string, heldById: string | null }> } } };

export type CommunicationItemHoldMutationVariables = Exact<{
  input: CommunicationItemHoldInput;
}>;


export type CommunicationItemHoldMutation = { communicationItemHold: { changeNumber: number | null, item: { id: string, kind: CommunicationKind, title: string, channel: CommunicationChannel, ownerId: string | null, audienceStakeholderIds: Array<string>, audienceGroupIds: Array<string>, notes: string, version: number, nextDue: string | null, overdue: boolean, lastHeld: string | null, cadence: { kind: CadenceKind, date: string | null, weekday: number | null, everyWeeks: number | null, monthDay: number | null, startsOn: string }, occurrences: Array<{ id: string, heldOn: string, dueOn: string | null, notes: string, heldById: string | null }> } } };

export type CommunicationItemDeleteMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type CommunicationItemDeleteMutation = { communicationItemDelete: { changeNumber: number | null, item: { id: string } } };

export type OnCommunicationChangedSubscriptionVariables = Exact<{
  projectId: string;
}>;


export type OnCommunicationChangedSubscription = { communicationChanged: { action: StakeholderChangeAction, itemId: string, changeNumber: number | null, actorId: string | null } };

export type RaciMatrixQueryVariables = Exact<{
  id: string;
}>;


export type RaciMatrixQuery = { project: { raci: { parties: Array<{ id: string, kind: RaciPartyKind, name: string }>, rows: Array<{ taskId: string, key: string, wbsCode: string, name: string, depth: number, parentId: string | null, assigneeId: string | null, flags: Array<RaciFlag>, cells: Array<{ partyId: string, letter: RaciLetter | null, implied: boolean }> }> } } };

export type RaciCellSetMutationVariables = Exact<{
  input: RaciCellSetInput;
}>;


export type RaciCellSetMutation = { raciCellSet: { changeNumber: number | null, change: { taskId: string, partyId: string, letter: RaciLetter | null, implied: boolean, flags: Array<RaciFlag> } } };

export type OnRaciChangedSubscriptionVariables = Exact<{
  projectId: string;
}>;


export type OnRaciChangedSubscription = { raciChanged: { taskId: string, partyId: string, letter: RaciLetter | null, implied: boolean, flags: Array<RaciFlag>, changeNumber: number | null, actorId: string | null } };

export type CharterKeyStakeholdersQueryVariables = Exact<{
  id: string;
}>;


export type CharterKeyStakeholdersQuery = { project: { stakeholders: { totalCount: number, nodes: Array<{ id: string, name: string, role: string, organisation: string }> } } };

export type ProjectVarianceQueryVariables = Exact<{
  id: string;
  baselineId: string;
}>;


export type ProjectVarianceQuery = { project: { variance: { baselineId: string, project: { startDays: number | null, finishDays: number | null, durationDays: number | null, cost: number | null }, branches: Array<{ taskId: string | null, startDays: number | null, finishDays: number | null, durationDays: number | null, cost: number | null }>, tasks: Array<{ taskId: string | null, startDays: number | null, finishDays: number | null, durationDays: number | null, cost: number | null }> } } };

export type RiskFieldsFragment = { id: string, key: string, version: number, title: string, description: string, cause: string, effect: string, category: string, kind: RiskKind, probability: number, impactSchedule: number, impactCost: number, impactScope: number, impactQuality: number, impact: number, score: number, costImpact: number | null, scheduleImpactDays: number | null, expectedValue: number | null, strategy: RiskStrategy | null, responsePlan: string, trigger: string, reviewDate: string | null, status: RiskStatus, residualProbability: number | null, residualImpact: number | null, residualScore: number | null, reviewOverdue: boolean, archivedAt: string | null, updatedAt: string, owner: { id: string, name: string } | null, linkedTasks: Array<{ id: string, key: string, name: string }>, issues: Array<{ id: string, key: string, title: string, status: IssueStatus }> };

export type IssueFieldsFragment = { id: string, key: string, version: number, title: string, description: string, type: IssueType, severity: IssueLevel, priority: IssueLevel, status: IssueStatus, dueDate: string | null, raisedAt: string, ageDays: number, overdue: boolean, escalationLevel: number, resolution: string, archivedAt: string | null, updatedAt: string, owner: { id: string, name: string } | null, raisedBy: { id: string, name: string } | null, escalatedTo: { id: string, name: string } | null, linkedTasks: Array<{ id: string, key: string, name: string }>, linkedRisks: Array<{ id: string, key: string, title: string }>, originRisk: { id: string, key: string, title: string } | null, changeRequests: Array<{ id: string, key: string, title: string, status: ChangeRequestStatus }> };

export type RiskRegisterQueryVariables = Exact<{
  key: string;
  weeks: number;
}>;


export type RiskRegisterQuery = { project: { id: string, risks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, key: string, version: number, title: string, description: string, cause: string, effect: string, category: string, kind: RiskKind, probability: number, impactSchedule: number, impactCost: number, impactScope: number, impactQuality: number, impact: number, score: number, costImpact: number | null, scheduleImpactDays: number | null, expectedValue: number | null, strategy: RiskStrategy | null, responsePlan: string, trigger: string, reviewDate: string | null, status: RiskStatus, residualProbability: number | null, residualImpact: number | null, residualScore: number | null, reviewOverdue: boolean, archivedAt: string | null, updatedAt: string, owner: { id: string, name: string } | null, linkedTasks: Array<{ id: string, key: string, name: string }>, issues: Array<{ id: string, key: string, title: string, status: IssueStatus }> }> }, riskExposure: Array<{ weekEnding: string, threatScore: number, threatValue: number, opportunityScore: number, opportunityValue: number, openCount: number }>, riskReserve: { currency: string, budget: number | null, contingency: number, opportunities: number, openThreats: number, openOpportunities: number } } };

export type RiskPageQueryVariables = Exact<{
  key: string;
  after: string;
}>;


export type RiskPageQuery = { project: { id: string, risks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, key: string, version: number, title: string, description: string, cause: string, effect: string, category: string, kind: RiskKind, probability: number, impactSchedule: number, impactCost: number, impactScope: number, impactQuality: number, impact: number, score: number, costImpact: number | null, scheduleImpactDays: number | null, expectedValue: number | null, strategy: RiskStrategy | null, responsePlan: string, trigger: string, reviewDate: string | null, status: RiskStatus, residualProbability: number | null, residualImpact: number | null, residualScore: number | null, reviewOverdue: boolean, archivedAt: string | null, updatedAt: string, owner: { id: string, name: string } | null, linkedTasks: Array<{ id: string, key: string, name: string }>, issues: Array<{ id: string, key: string, title: string, status: IssueStatus }> }> } } };

export type RiskExposureQueryVariables = Exact<{
  key: string;
  weeks: number;
}>;


export type RiskExposureQuery = { project: { id: string, riskExposure: Array<{ weekEnding: string, threatScore: number, threatValue: number, opportunityScore: number, opportunityValue: number, openCount: number }>, riskReserve: { currency: string, budget: number | null, contingency: number, opportunities: number, openThreats: number, openOpportunities: number } } };

export type RiskCreateMutationVariables = Exact<{
  input: RiskCreateInput;
}>;


export type RiskCreateMutation = { riskCreate: { changeNumber: number | null, risk: { id: string, key: string, version: number, title: string, description: string, cause: string, effect: string, category: string, kind: RiskKind, probability: number, impactSchedule: number, impactCost: number, impactScope: number, impactQuality: number, impact: number, score: number, costImpact: number | null, scheduleImpactDays: number | null, expectedValue: number | null, strategy: RiskStrategy | null, responsePlan: string, trigger: string, reviewDate: string | null, status: RiskStatus, residualProbability: number | null, residualImpact: number | null, residualScore: number | null, reviewOverdue: boolean, archivedAt: string | null, updatedAt: string, owner: { id: string, name: string } | null, linkedTasks: Array<{ id: string, key: string, name: string }>, issues: Array<{ id: string, key: string, title: string, status: IssueStatus }> } } };

export type RiskUpdateMutationVariables = Exact<{
  input: RiskUpdateInput;
}>;


export type RiskUpdateMutation = { riskUpdate: { changeNumber: number | null, risk: { id: string, key: string, version: number, title: string, description: string, cause: string, effect: string, category: string, kind: RiskKind, probability: number, impactSchedule: number, impactCost: number, impactScope: number, impactQuality: number, impact: number, score: number, costImpact: number | null, scheduleImpactDays: number | null, expectedValue: number | null, strategy: RiskStrategy | null, responsePlan: string, trigger: string, reviewDate: string | null, status: RiskStatus, residualProbability: number | null, residualImpact: number | null, residualScore: number | null, reviewOverdue: boolean, archivedAt: string | null, updatedAt: string, owner: { id: string, name: string } | null, linkedTasks: Array<{ id: string, key: string, name: string }>, issues: Array<{ id: string, key: string, title: string, status: IssueStatus }> } } };

export type RiskDeleteMutationVariables = Exact<{
  id: string;
  version?: number | null | undefined;
}>;


export type RiskDeleteMutation = { riskDelete: { changeNumber: number | null, risk: { id: string, key: string, version: number, title: string, description: string, cause: string, effect: string, category: string, kind: RiskKind, probability: number, impactSchedule: number, impactCost: number, impactScope: number, impactQuality: number, impact: number, score: number, costImpact: number | null, scheduleImpactDays: number | null, expectedValue: number | null, strategy: RiskStrategy | null, responsePlan: string, trigger: string, reviewDate: string | null, status: RiskStatus, residualProbability: number | null, residualImpact: number | null, residualScore: number | null, reviewOverdue: boolean, archivedAt: string | null, updatedAt: string, owner: { id: string, name: string } | null, linkedTasks: Array<{ id: string, key: string, name: string }>, issues: Array<{ id: string, key: string, title: string, status: IssueStatus }> } } };

export type RiskOccurMutationVariables = Exact<{
  input: RiskOccurInput;
}>;


export type RiskOccurMutation = { riskOccur: { changeNumber: number | null, risk: { id: string, key: string, version: number, title: string, description: string, cause: string, effect: string, category: string, kind: RiskKind, probability: number, impactSchedule: number, impactCost: number, impactScope: number, impactQuality: number, impact: number, score: number, costImpact: number | null, scheduleImpactDays: number | null, expectedValue: number | null, strategy: RiskStrategy | null, responsePlan: string, trigger: string, reviewDate: string | null, status: RiskStatus, residualProbability: number | null, residualImpact: number | null, residualScore: number | null, reviewOverdue: boolean, archivedAt: string | null, updatedAt: string, owner: { id: string, name: string } | null, linkedTasks: Array<{ id: string, key: string, name: string }>, issues: Array<{ id: string, key: string, title: string, status: IssueStatus }> }, issue: { id: string, key: string, version: number, title: string, description: string, type: IssueType, severity: IssueLevel, priority: IssueLevel, status: IssueStatus, dueDate: string | null, raisedAt: string, ageDays: number, overdue: boolean, escalationLevel: number, resolution: string, archivedAt: string | null, updatedAt: string, owner: { id: string, name: string } | null, raisedBy: { id: string, name: string } | null, escalatedTo: { id: string, name: string } | null, linkedTasks: Array<{ id: string, key: string, name: string }>, linkedRisks: Array<{ id: string, key: string, title: string }>, originRisk: { id: string, key: string, title: string } | null, changeRequests: Array<{ id: string, key: string, title: string, status: ChangeRequestStatus }> } } };

export type RiskMitigationTaskCreateMutationVariables = Exact<{
  input: RiskMitigationTaskInput;
}>;


export type RiskMitigationTaskCreateMutation = { riskMitigationTaskCreate: { changeNumber: number | null, risk: { id: string, key: string, version: number, title: string, description: string, cause: string, effect: string, category: string, kind: RiskKind, probability: number, impactSchedule: number, impactCost: number, impactScope: number, impactQuality: number, impact: number, score: number, costImpact: number | null, scheduleImpactDays: number | null, expectedValue: number | null, strategy: RiskStrategy | null, responsePlan: string, trigger: string, reviewDate: string | null, status: RiskStatus, residualProbability: number | null, residualImpact: number | null, residualScore: number | null, reviewOverdue: boolean, archivedAt: string | null, updatedAt: string, owner: { id: string, name: string } | null, linkedTasks: Array<{ id: string, key: string, name: string }>, issues: Array<{ id: string, key: string, title: string, status: IssueStatus }> }, task: { id: string, key: string, name: string } } };

export type OnRiskChangedSubscriptionVariables = Exact<{
  projectId: string;
}>;


export type OnRiskChangedSubscription = { riskChanged: { action: RiskEventAction, changeNumber: number | null, actorId: string | null, risk: { id: string, key: string, version: number, title: string, description: string, cause: string, effect: string, category: string, kind: RiskKind, probability: number, impactSchedule: number, impactCost: number, impactScope: number, impactQuality: number, impact: number, score: number, costImpact: number | null, scheduleImpactDays: number | null, expectedValue: number | null, strategy: RiskStrategy | null, responsePlan: string, trigger: string, reviewDate: string | null, status: RiskStatus, residualProbability: number | null, residualImpact: number | null, residualScore: number | null, reviewOverdue: boolean, archivedAt: string | null, updatedAt: string, owner: { id: string, name: string } | null, linkedTasks: Array<{ id: string, key: string, name: string }>, issues: Array<{ id: string, key: string, title: string, status: IssueStatus }> } } };

export type IssueLogQueryVariables = Exact<{
  key: string;
  after?: string | null | undefined;
}>;


export type IssueLogQuery = { project: { id: string, issues: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, key: string, version: number, title: string, description: string, type: IssueType, severity: IssueLevel, priority: IssueLevel, status: IssueStatus, dueDate: string | null, raisedAt: string, ageDays: number, overdue: boolean, escalationLevel: number, resolution: string, archivedAt: string | null, updatedAt: string, owner: { id: string, name: string } | null, raisedBy: { id: string, name: string } | null, escalatedTo: { id: string, name: string } | null, linkedTasks: Array<{ id: string, key: string, name: string }>, linkedRisks: Array<{ id: string, key: string, title: string }>, originRisk: { id: string, key: string, title: string } | null, changeRequests: Array<{ id: string, key: string, title: string, status: ChangeRequestStatus }> }> } } };

export type IssueCreateMutationVariables = Exact<{
  input: IssueCreateInput;
}>;


export type IssueCreateMutation = { issueCreate: { changeNumber: number | null, issue: { id: string, key: string, version: number, title: string, description: string, type: IssueType, severity: IssueLevel, priority: IssueLevel, status: IssueStatus, dueDate: string | null, raisedAt: string, ageDays: number, overdue: boolean, escalationLevel: number, resolution: string, archivedAt: string | null, updatedAt: string, owner: { id: string, name: string } | null, raisedBy: { id: string, name: string } | null, escalatedTo: { id: string, name: string } | null, linkedTasks: Array<{ id: string, key: string, name: string }>, linkedRisks: Array<{ id: string, key: string, title: string }>, originRisk: { id: string, key: string, title: string } | null, changeRequests: Array<{ id: string, key: string, title: string, status: ChangeRequestStatus }> } } };

export type IssueUpdateMutationVariables = Exact<{
  input: IssueUpdateInput;
}>;


export type IssueUpdateMutation = { issueUpdate: { changeNumber: number | null, issue: { id: string, key: string, version: number, title: string, description: string, type: IssueType, severity: IssueLevel, priority: IssueLevel, status: IssueStatus, dueDate: string | null, raisedAt: string, ageDays: number, overdue: boolean, escalationLevel: number, resolution: string, archivedAt: string | null, updatedAt: string, owner: { id: string, name: string } | null, raisedBy: { id: string, name: string } | null, escalatedTo: { id: string, name: string } | null, linkedTasks: Array<{ id: string, key: string, name: string }>, linkedRisks: Array<{ id: string, key: string, title: string }>, originRisk: { id: string, key: string, title: string } | null, changeRequests: Array<{ id: string, key: string, title: string, status: ChangeRequestStatus }> } } };

export type IssueDeleteMutationVariables = Exact<{
  id: string;
  version?: number | null | undefined;
}>;


export type IssueDeleteMutation = { issueDelete: { changeNumber: number | null, issue: { id: string, key: string, version: number, title: string, description: string, type: IssueType, severity: IssueLevel, priority: IssueLevel, status: IssueStatus, dueDate: string | null, raisedAt: string, ageDays: number, overdue: boolean, escalationLevel: number, resolution: string, archivedAt: string | null, updatedAt: string, owner: { id: string, name: string } | null, raisedBy: { id: string, name: string } | null, escalatedTo: { id: string, name: string } | null, linkedTasks: Array<{ id: string, key: string, name: string }>, linkedRisks: Array<{ id: string, key: string, title: string }>, originRisk: { id: string, key: string, title: string } | null, changeRequests: Array<{ id: string, key: string, title: string, status: ChangeRequestStatus }> } } };

export type ChangeRequestIssueLinkMutationVariables = Exact<{
  input: ChangeRequestIssueInput;
}>;


export type ChangeRequestIssueLinkMutation = { changeRequestIssueLink: { changeNumber: number | null, changeRequest: { id: string, key: string, number: number, title: string, description: string, reason: string, category: ChangeCategory, status: ChangeRequestStatus, version: number, takeBaseline: boolean, createdAt: string, updatedAt: string, appliedAt: string | null, baselineId: string | null, linkedTaskIds: Array<string>, requestedBy: { id: string, name: string } | null, issues: Array<{ id: string, key: string, title: string, status: IssueStatus }>, changeSet: { removeTasks: Array<string> | null, budgetDelta: number | null, scopeItems: Array<string> | null, addTasks: Array<{ key: string, name: string, parentId: string | null, durationDays: number, milestone: boolean | null }> | null, durations: Array<{ taskId: string, durationDays: number }> | null, links: Array<{ predecessorId: string, successorId: string, type: DependencyType | null, lagDays: number | null }> | null, removeLinks: Array<{ predecessorId: string, successorId: string }> | null }, impact: { base: string, computedAt: string, finishBefore: string, finishAfter: string, costBefore: number, costAfter: number, budgetBefore: number | null, budgetAfter: number | null, milestones: Array<{ taskId: string, name: string, before: string | null, after: string | null }>, becameCritical: Array<{ taskId: string, name: string }>, leftCritical: Array<{ taskId: string, name: string }>, overallocations: Array<{ resourceId: string, name: string, daysBefore: number, daysAfter: number }> } | null, history: Array<{ id: string, fromStatus: ChangeRequestStatus | null, toStatus: ChangeRequestStatus, reason: string, at: string, actor: { id: string, name: string } | null }> }, issue: { id: string, key: string, version: number, title: string, description: string, type: IssueType, severity: IssueLevel, priority: IssueLevel, status: IssueStatus, dueDate: string | null, raisedAt: string, ageDays: number, overdue: boolean, escalationLevel: number, resolution: string, archivedAt: string | null, updatedAt: string, owner: { id: string, name: string } | null, raisedBy: { id: string, name: string } | null, escalatedTo: { id: string, name: string } | null, linkedTasks: Array<{ id: string, key: string, name: string }>, linkedRisks: Array<{ id: string, key: string, title: string }>, originRisk: { id: string, key: string, title: string } | null, changeRequests: Array<{ id: string, key: string, title: string, status: ChangeRequestStatus }> } } };

export type ChangeRequestIssueUnlinkMutationVariables = Exact<{
  input: ChangeRequestIssueInput;
}>;


export type ChangeRequestIssueUnlinkMutation = { changeRequestIssueUnlink: { changeNumber: number | null, changeRequest: { id: string, key: string, number: number, title: string, description: string, reason: string, category: ChangeCategory, status: ChangeRequestStatus, version: number, takeBaseline: boolean, createdAt: string, updatedAt: string, appliedAt: string | null, baselineId: string | null, linkedTaskIds: Array<string>, requestedBy: { id: string, name: string } | null, issues: Array<{ id: string, key: string, title: string, status: IssueStatus }>, changeSet: { removeTasks: Array<string> | null, budgetDelta: number | null, scopeItems: Array<string> | null, addTasks: Array<{ key: string, name: string, parentId: string | null, durationDays: number, milestone: boolean | null }> | null, durations: Array<{ taskId: string, durationDays: number }> | null, links: Array<{ predecessorId: string, successorId: string, type: DependencyType | null, lagDays: number | null }> | null, removeLinks: Array<{ predecessorId: string, successorId: string }> | null }, impact: { base: string, computedAt: string, finishBefore: string, finishAfter: string, costBefore: number, costAfter: number, budgetBefore: number | null, budgetAfter: number | null, milestones: Array<{ taskId: string, name: string, before: string | null, after: string | null }>, becameCritical: Array<{ taskId: string, name: string }>, leftCritical: Array<{ taskId: string, name: string }>, overallocations: Array<{ resourceId: string, name: string, daysBefore: number, daysAfter: number }> } | null, history: Array<{ id: string, fromStatus: ChangeRequestStatus | null, toStatus: ChangeRequestStatus, reason: string, at: string, actor: { id: string, name: string } | null }> }, issue: { id: string, key: string, version: number, title: string, description: string, type: IssueType, severity: IssueLevel, priority: IssueLevel, status: IssueStatus, dueDate: string | null, raisedAt: string, ageDays: number, overdue: boolean, escalationLevel: number, resolution: string, archivedAt: string | null, updatedAt: string, owner: { id: string, name: string } | null, raisedBy: { id: string, name: string } | null, escalatedTo: { id: string, name: string } | null, linkedTasks: Array<{ id: string, key: string, name: string }>, linkedRisks: Array<{ id: string, key: string, title: string }>, originRisk: { id: string, key: string, title: string } | null, changeRequests: Array<{ id: string, key: string, title: string, status: ChangeRequestStatus }> } } };

export type LinkableChangeRequestsQueryVariables = Exact<{
  key: string;
}>;


export type LinkableChangeRequestsQuery = { project: { id: string, changeRequests: { nodes: Array<{ id: string, key: string, title: string, status: ChangeRequestStatus }> } } };

export type LinkableIssuesQueryVariables = Exact<{
  key: string;
}>;


export type LinkableIssuesQuery = { project: { id: string, issues: { nodes: Array<{ id: string, key: string, title: string, status: IssueStatus }> } } };

export type OnIssueChangedSubscriptionVariables = Exact<{
  projectId: string;
}>;


export type OnIssueChangedSubscription = { issueChanged: { action: IssueEventAction, changeNumber: number | null, actorId: string | null, issue: { id: string, key: string, version: number, title: string, description: string, type: IssueType, severity: IssueLevel, priority: IssueLevel, status: IssueStatus, dueDate: string | null, raisedAt: string, ageDays: number, overdue: boolean, escalationLevel: number, resolution: string, archivedAt: string | null, updatedAt: string, owner: { id: string, name: string } | null, raisedBy: { id: string, name: string } | null, escalatedTo: { id: string, name: string } | null, linkedTasks: Array<{ id: string, key: string, name: string }>, linkedRisks: Array<{ id: string, key: string, title: string }>, originRisk: { id: string, key: string, title: string } | null, changeRequests: Array<{ id: string, key: string, title: string, status: ChangeRequestStatus }> } } };

export type OpenBlockersQueryVariables = Exact<{
  key: string;
}>;


export type OpenBlockersQuery = { project: { id: string, issues: { nodes: Array<{ id: string, key: string, title: string, linkedTasks: Array<{ id: string }> }> } } };

export type OnBlockerChangedSubscriptionVariables = Exact<{
  projectId: string;
}>;


export type OnBlockerChangedSubscription = { issueChanged: { action: IssueEventAction, issue: { id: string } } };

export type WallRegistersQueryVariables = Exact<{ [key: string]: never; }>;


export type WallRegistersQuery = { wallRegisters: { showTopRisks: boolean, showBlockingIssues: boolean, topRisks: Array<{ id: string, key: string, title: string, score: number, kind: RiskKind, owner: { name: string } | null }>, blockingIssues: Array<{ id: string, key: string, title: string, severity: IssueLevel, linkedTasks: Array<{ id: string, key: string, name: string }> }> } };

export type BoardTokenWallSetMutationVariables = Exact<{
  id: string;
  showTopRisks: boolean;
  showBlockingIssues: boolean;
}>;


export type BoardTokenWallSetMutation = { boardTokenWallSet: { changeNumber: number | null, boardToken: { id: string, showTopRisks: boolean, showBlockingIssues: boolean } } };

export type ProjectSnapshotsQueryVariables = Exact<{
  id: string;
  from?: string | null | undefined;
}>;


export type ProjectSnapshotsQuery = { project: { id: string, snapshots: Array<{ day: string, percentComplete: number, remainingDays: number, completedDays: number, totalDays: number, spi: number | null, cpi: number | null, openRiskExposure: number }> } };

export type ReportFiguresFieldsFragment = { computedAt: string, currency: string, overall: HealthColour, health: Array<{ area: HealthAreaName, colour: HealthColour, computed: HealthColour, reasons: Array<string>, overrideReason: string | null }>, accomplishments: Array<{ key: string, name: string, start: string | null, finish: string | null }>, planned: Array<{ key: string, name: string, start: string | null, finish: string | null }>, milestones: Array<{ key: string, name: string, baselineFinish: string | null, forecastFinish: string | null, actualFinish: string | null, slipDays: number | null }>, earnedValue: { statusDate: string, pv: number, ev: number, ac: number, sv: number, cv: number, spi: number | null, cpi: number | null, bac: number } | null, trend: Array<{ number: number, periodEnd: string, spi: number | null, cpi: number | null }>, curve: Array<{ date: string, pv: number, ev: number | null, ac: number | null }>, burndown: Array<{ date: string, remaining: number }>, risks: Array<{ key: string, title: string, score: number, status: string }>, issues: Array<{ key: string, title: string, severity: string, blocking: boolean, overdue: boolean, dueDate: string | null }>, changes: Array<{ key: string, title: string, status: string, decidedOn: string | null, budgetDelta: number | null }> };

export type StatusReportsQueryVariables = Exact<{
  key: string;
}>;


export type StatusReportsQuery = { project: { id: string, key: string, name: string, viewerRole: ProjectRole | null, statusReports: Array<{ id: string, number: number, title: string, periodStart: string, periodEnd: string, status: ReportStatus, publishedAt: string | null, publishedHealth: HealthColour | null, publishedBy: { id: string, name: string } | null }> } };

export type StatusReportQueryVariables = Exact<{
  key: string;
  number: number;
}>;


export type StatusReportQuery = { project: { id: string, key: string, name: string, viewerRole: ProjectRole | null, statusReportByNumber: { id: string, number: number, title: string, periodStart: string, periodEnd: string, status: ReportStatus, version: number, publishedAt: string | null, narrative: string, narrativeDocument: string, publishedBy: { id: string, name: string } | null, figures: { computedAt: string, currency: string, overall: HealthColour, health: Array<{ area: HealthAreaName, colour: HealthColour, computed: HealthColour, reasons: Array<string>, overrideReason: string | null }>, accomplishments: Array<{ key: string, name: string, start: string | null, finish: string | null }>, planned: Array<{ key: string, name: string, start: string | null, finish: string | null }>, milestones: Array<{ key: string, name: string, baselineFinish: string | null, forecastFinish: string | null, actualFinish: string | null, slipDays: number | null }>, earnedValue: { statusDate: string, pv: number, ev: number, ac: number, sv: number, cv: number, spi: number | null, cpi: number | null, bac: number } | null, trend: Array<{ number: number, periodEnd: string, spi: number | null, cpi: number | null }>, curve: Array<{ date: string, pv: number, ev: number | null, ac: number | null }>, burndown: Array<{ date: string, remaining: number }>, risks: Array<{ key: string, title: string, score: number, status: string }>, issues: Array<{ key: string, title: string, severity: string, blocking: boolean, overdue: boolean, dueDate: string | null }>, changes: Array<{ key: string, title: string, status: string, decidedOn: string | null, budgetDelta: number | null }> } } | null } };

export type StatusReportCreateMutationVariables = Exact<{
  input: StatusReportCreateInput;
}>;


export type StatusReportCreateMutation = { statusReportCreate: { changeNumber: number | null, report: { id: string, number: number } } };

export type StatusReportUpdateMutationVariables = Exact<{
  input: StatusReportUpdateInput;
}>;


export type StatusReportUpdateMutation = { statusReportUpdate: { changeNumber: number | null, report: { id: string, number: number, title: string, periodStart: string, periodEnd: string, status: ReportStatus, version: number, figures: { computedAt: string, currency: string, overall: HealthColour, health: Array<{ area: HealthAreaName, colour: HealthColour, computed: HealthColour, reasons: Array<string>, overrideReason: string | null }>, accomplishments: Array<{ key: string, name: string, start: string | null, finish: string | null }>, planned: Array<{ key: string, name: string, start: string | null, finish: string | null }>, milestones: Array<{ key: string, name: string, baselineFinish: string | null, forecastFinish: string | null, actualFinish: string | null, slipDays: number | null }>, earnedValue: { statusDate: string, pv: number, ev: number, ac: number, sv: number, cv: number, spi: number | null, cpi: number | null, bac: number } | null, trend: Array<{ number: number, periodEnd: string, spi: number | null, cpi: number | null }>, curve: Array<{ date: string, pv: number, ev: number | null, ac: number | null }>, burndown: Array<{ date: string, remaining: number }>, risks: Array<{ key: string, title: string, score: number, status: string }>, issues: Array<{ key: string, title: string, severity: string, blocking: boolean, overdue: boolean, dueDate: string | null }>, changes: Array<{ key: string, title: string, status: string, decidedOn: string | null, budgetDelta: number | null }> } } } };

export type StatusReportPublishMutationVariables = Exact<{
  id: string;
  version?: number | null | undefined;
}>;


export type StatusReportPublishMutation = { statusReportPublish: { changeNumber: number | null, report: { id: string, status: ReportStatus, version: number, publishedAt: string | null } } };

export type StatusReportDeleteMutationVariables = Exact<{
  id: string;
}>;


export type StatusReportDeleteMutation = { statusReportDelete: { changeNumber: number | null, report: { id: string } } };

export type ReportLinksQueryVariables = Exact<{
  key: string;
}>;


export type ReportLinksQuery = { project: { id: string, reportLinks: Array<{ id: string, name: string, prefix: string, createdAt: string, lastUsedAt: string | null }> } };

export type ReportLinkCreateMutationVariables = Exact<{
  projectId: string;
  name: string;
}>;


export type ReportLinkCreateMutation = { reportLinkCreate: { token: string, link: { id: string, name: string, prefix: string, createdAt: string, lastUsedAt: string | null } } };

export type ReportLinkRevokeMutationVariables = Exact<{
  id: string;
}>;


export type ReportLinkRevokeMutation = { reportLinkRevoke: { link: { id: string } } };

export type StakeholderReportsQueryVariables = Exact<{
  token: string;
}>;


export type StakeholderReportsQuery = { stakeholderReports: { projectName: string, projectKey: string, latest: { id: string, number: number, title: string, periodStart: string, periodEnd: string, publishedAt: string | null, narrative: string, publishedBy: { name: string } | null, figures: { computedAt: string, currency: string, overall: HealthColour, health: Array<{ area: HealthAreaName, colour: HealthColour, computed: HealthColour, reasons: Array<string>, overrideReason: string | null }>, accomplishments: Array<{ key: string, name: string, start: string | null, finish: string | null }>, planned: Array<{ key: string, name: string, start: string | null, finish: string | null }>, milestones: Array<{ key: string, name: string, baselineFinish: string | null, forecastFinish: string | null, actualFinish: string | null, slipDays: number | null }>, earnedValue: { statusDate: string, pv: number, ev: number, ac: number, sv: number, cv: number, spi: number | null, cpi: number | null, bac: number } | null, trend: Array<{ number: number, periodEnd: string, spi: number | null, cpi: number | null }>, curve: Array<{ date: string, pv: number, ev: number | null, ac: number | null }>, burndown: Array<{ date: string, remaining: number }>, risks: Array<{ key: string, title: string, score: number, status: string }>, issues: Array<{ key: string, title: string, severity: string, blocking: boolean, overdue: boolean, dueDate: string | null }>, changes: Array<{ key: string, title: string, status: string, decidedOn: string | null, budgetDelta: number | null }> } } | null, reports: Array<{ id: string, number: number, title: string, periodEnd: string, publishedAt: string | null, publishedHealth: HealthColour | null }> } };

export type StakeholderReportQueryVariables = Exact<{
  token: string;
  number: number;
}>;


export type StakeholderReportQuery = { stakeholderReport: { id: string, number: number, title: string, periodStart: string, periodEnd: string, publishedAt: string | null, narrative: string, publishedBy: { name: string } | null, figures: { computedAt: string, currency: string, overall: HealthColour, health: Array<{ area: HealthAreaName, colour: HealthColour, computed: HealthColour, reasons: Array<string>, overrideReason: string | null }>, accomplishments: Array<{ key: string, name: string, start: string | null, finish: string | null }>, planned: Array<{ key: string, name: string, start: string | null, finish: string | null }>, milestones: Array<{ key: string, name: string, baselineFinish: string | null, forecastFinish: string | null, actualFinish: string | null, slipDays: number | null }>, earnedValue: { statusDate: string, pv: number, ev: number, ac: number, sv: number, cv: number, spi: number | null, cpi: number | null, bac: number } | null, trend: Array<{ number: number, periodEnd: string, spi: number | null, cpi: number | null }>, curve: Array<{ date: string, pv: number, ev: number | null, ac: number | null }>, burndown: Array<{ date: string, remaining: number }>, risks: Array<{ key: string, title: string, score: number, status: string }>, issues: Array<{ key: string, title: string, severity: string, blocking: boolean, overdue: boolean, dueDate: string | null }>, changes: Array<{ key: string, title: string, status: string, decidedOn: string | null, budgetDelta: number | null }> } } };

export type HealthRulesQueryVariables = Exact<{
  key: string;
}>;


export type HealthRulesQuery = { project: { id: string, healthRules: { spiAmber: number, spiRed: number, cpiAmber: number, cpiRed: number, milestoneSlipAmberDays: number, milestoneSlipRedDays: number, scopeAmberPercent: number, scopeRedPercent: number, scopePendingAmberDays: number, riskAmberScore: number, riskRedScore: number } } };

export type HealthRulesSetMutationVariables = Exact<{
  projectId: string;
  input: HealthRulesInput;
}>;


export type HealthRulesSetMutation = { healthRulesSet: { changeNumber: number | null, rules: { spiAmber: number, spiRed: number, cpiAmber: number, cpiRed: number, milestoneSlipAmberDays: number, milestoneSlipRedDays: number, scopeAmberPercent: number, scopeRedPercent: number, scopePendingAmberDays: number, riskAmberScore: number, riskRedScore: number } } };

export type WallViewQueryVariables = Exact<{ [key: string]: never; }>;


export type WallViewQuery = { wallView: { layout: WallLayout, projectKey: string, projectName: string, statusDate: string, spi: number | null, cpi: number | null, hasBaseline: boolean, milestones: Array<{ id: string, key: string, name: string, baselineFinish: string | null, forecastFinish: string | null, slipDays: number | null }>, criticalNext: Array<{ id: string, key: string, name: string, start: string, finish: string, percentComplete: number }>, topRisks: Array<{ id: string, key: string, title: string, score: number }>, openIssues: Array<{ id: string, key: string, title: string, severity: string, blocking: boolean, overdue: boolean, dueDate: string | null }>, issuesBySeverity: Array<{ severity: string, count: number }> } };

export type BoardTokenLayoutSetMutationVariables = Exact<{
  id: string;
  layout: WallLayout;
}>;


export type BoardTokenLayoutSetMutation = { boardTokenLayoutSet: { changeNumber: number | null, boardToken: { id: string, layout: WallLayout } } };

export type PortfolioQueryVariables = Exact<{
  filter?: PortfolioFilter | null | undefined;
  sort?: PortfolioSort | null | undefined;
  descending?: boolean | null | undefined;
}>;


export type PortfolioQuery = { portfolio: { total: number, managers: Array<{ id: string, name: string }>, projects: Array<{ id: string, key: string, name: string, status: ProjectStatus, methodology: Methodology, currency: string, statusDate: string, percentComplete: number, hasBaseline: boolean, spi: number | null, cpi: number | null, baselineFinish: string | null, forecastFinish: string | null, finishVarianceDays: number | null, budget: number | null, ac: number, budgetBurnPercent: number | null, openIssues: number, openBlockingIssues: number, managers: Array<{ id: string, name: string }>, topRisk: { id: string, key: string, title: string, score: number } | null, nextMilestone: { id: string, key: string, name: string, baselineFinish: string | null, forecastFinish: string | null } | null, health: { overall: HealthColour, areas: Array<{ area: HealthArea, colour: HealthColour, reasons: Array<string> }> } }> } };

export type OutboxQueryVariables = Exact<{
  key: string;
  status?: OutboxStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type OutboxQuery = { project: { id: string, key: string, name: string, viewerRole: ProjectRole | null, mailDelivery: { configured: boolean, from: string }, outbox: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: OutboxKind, subject: string, text: string, status: OutboxStatus, attempts: number, lastError: string | null, nextAttemptAt: string | null, createdAt: string, sentAt: string | null, recipients: Array<{ id: string, email: string, name: string, status: OutboxStatus, error: string | null, sentAt: string | null }> }> } } };

export type OutboxRetryMutationVariables = Exact<{
  id: string;
}>;


export type OutboxRetryMutation = { outboxRetry: { changeNumber: number | null, message: { id: string, status: OutboxStatus, nextAttemptAt: string | null, lastError: string | null } } };

export type UnsubscriptionQueryVariables = Exact<{
  token: string;
}>;


export type UnsubscriptionQuery = { unsubscription: { stakeholderName: string, projectName: string, optedOut: boolean } };

export type UnsubscribeMutationVariables = Exact<{
  token: string;
}>;


export type UnsubscribeMutation = { unsubscribe: { stakeholderName: string, projectName: string, optedOut: boolean } };

export type ResubscribeMutationVariables = Exact<{
  token: string;
}>;


export type ResubscribeMutation = { resubscribe: { stakeholderName: string, projectName: string, optedOut: boolean } };

export type CalendarFeedsQueryVariables = Exact<{
  key: string;
}>;


export type CalendarFeedsQuery = { project: { id: string, calendarFeeds: Array<{ id: string, name: string, prefix: string, createdAt: string, lastUsedAt: string | null }> } };

export type CalendarFeedCreateMutationVariables = Exact<{
  projectId: string;
  name: string;
}>;


export type CalendarFeedCreateMutation = { calendarFeedCreate: { token: string, path: string, feed: { id: string, name: string, prefix: string, createdAt: string, lastUsedAt: string | null } } };

export type CalendarFeedRevokeMutationVariables = Exact<{
  id: string;
}>;


export type CalendarFeedRevokeMutation = { calendarFeedRevoke: { feed: { id: string } } };

export type OnOutboxChangedSubscriptionVariables = Exact<{
  projectId: string;
}>;


export type OnOutboxChangedSubscription = { outboxChanged: { action: string, messageId: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const TaskFieldsFragmentDoc = new TypedDocumentString(`
    fragment TaskFields on Task {
  id
  key
  wbsCode
  name
  kind
  parentId
  position
  durationDays
  start
  finish
  late
  percentComplete
  rollupState
  version
  childCount
  archivedAt
  status {
    id
    name
    category
    color
  }
  assignee {
    id
    name
  }
}
    `, {"fragmentName":"TaskFields"}) as unknown as TypedDocumentString<TaskFieldsFragment, unknown>;
export const ActivityPartFieldsFragmentDoc = new TypedDocumentString(`
    fragment ActivityPartFields on ActivityPart {
  kind
  text
  date
  amount
  currency
}
    `, {"fragmentName":"ActivityPartFields"}) as unknown as TypedDocumentString<ActivityPartFieldsFragment, unknown>;
export const BoardFieldsFragmentDoc = new TypedDocumentString(`
    fragment BoardFields on Board {
  projectId
  projectKey
  projectName
  generatedAt
  percentComplete
  taskCount
  categories {
    category
    count
  }
  columns {
    statusId
    name
    category
    color
    count
    cards {
      id
      key
      name
      wbsCode
      kind
      percentComplete
      start
      finish
      late
      version
      statusId
      assignee {
        id
        name
      }
    }
  }
  milestones {
    id
    key
    name
    date
    finish
    completed
    late
  }
  lateTasks {
    id
    key
    name
    wbsCode
    kind
    percentComplete
    start
    finish
    late
    version
    statusId
    assignee {
      id
      name
    }
  }
  recentActivity {
    id
    at
    actorName
    summary
    burstKey
    parts {
      ...ActivityPartFields
    }
    burstParts {
      ...ActivityPartFields
    }
  }
}
    fragment ActivityPartFields on ActivityPart {
  kind
  text
  date
  amount
  currency
}`, {"fragmentName":"BoardFields"}) as unknown as TypedDocumentString<BoardFieldsFragment, unknown>;
export const ProjectFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProjectFields on Project {
  id
  key
  name
  description
  methodology
  status
  startDate
  targetFinish
  archivedAt
  viewerRole
  version
  currency
  budget
  members {
    role
    user {
      id
      name
      email
    }
  }
  statuses {
    id
    name
    category
    color
    position
  }
}
    `, {"fragmentName":"ProjectFields"}) as unknown as TypedDocumentString<ProjectFieldsFragment, unknown>;
export const ActivityFieldsFragmentDoc = new TypedDocumentString(`
    fragment ActivityFields on Activity {
  id
  createdAt
  summary
  action
  taskId
  actor {
    id
    name
  }
  burstKey
  parts {
    ...ActivityPartFields
  }
  burstParts {
    ...ActivityPartFields
  }
}
    fragment ActivityPartFields on ActivityPart {
  kind
  text
  date
  amount
  currency
}`, {"fragmentName":"ActivityFields"}) as unknown as TypedDocumentString<ActivityFieldsFragment, unknown>;
export const InvitationFieldsFragmentDoc = new TypedDocumentString(`
    fragment InvitationFields on Invitation {
  id
  email
  name
  role
  createdAt
  expiresAt
}
    `, {"fragmentName":"InvitationFields"}) as unknown as TypedDocumentString<InvitationFieldsFragment, unknown>;
export const StatusFieldsFragmentDoc = new TypedDocumentString(`
    fragment StatusFields on TaskStatus {
  id
  name
  category
  color
  position
}
    `, {"fragmentName":"StatusFields"}) as unknown as TypedDocumentString<StatusFieldsFragment, unknown>;
export const CharterFieldsFragmentDoc = new TypedDocumentString(`
    fragment CharterFields on Charter {
  projectId
  purpose
  objectives
  successCriteria
  inScope
  outOfScope
  assumptions
  constraints
  keyStakeholders
  sponsor
  approvalState
  approvedAt
  updatedAt
  version
  approver {
    id
    name
  }
  approvedBy {
    id
    name
  }
  submittedBy {
    id
    name
  }
  submittedAt
  decisions {
    id
    decision
    comment
    createdAt
    actor {
      id
      name
    }
  }
}
    `, {"fragmentName":"CharterFields"}) as unknown as TypedDocumentString<CharterFieldsFragment, unknown>;
export const PlanProjectFieldsFragmentDoc = new TypedDocumentString(`
    fragment PlanProjectFields on Project {
  id
  key
  name
  currency
  budget
  viewerRole
  archivedAt
}
    `, {"fragmentName":"PlanProjectFields"}) as unknown as TypedDocumentString<PlanProjectFieldsFragment, unknown>;
export const PlanTaskFieldsFragmentDoc = new TypedDocumentString(`
    fragment PlanTaskFields on Task {
  id
  key
  wbsCode
  name
  kind
  parentId
  durationDays
  percentComplete
  version
}
    `, {"fragmentName":"PlanTaskFields"}) as unknown as TypedDocumentString<PlanTaskFieldsFragment, unknown>;
export const ScheduledTaskFieldsFragmentDoc = new TypedDocumentString(`
    fragment ScheduledTaskFields on ScheduledTask {
  taskId
  start
  finish
  earlyStart
  earlyFinish
  lateStart
  lateFinish
  durationDays
  totalFloatDays
  freeFloatDays
  critical
  levelingDelayDays
  late
}
    `, {"fragmentName":"ScheduledTaskFields"}) as unknown as TypedDocumentString<ScheduledTaskFieldsFragment, unknown>;
export const ScheduleFieldsFragmentDoc = new TypedDocumentString(`
    fragment ScheduleFields on Schedule {
  start
  finish
  statusDate
  calendarId
  criticalPath
  tasks {
    ...ScheduledTaskFields
  }
  warnings {
    taskId
    code
    message
  }
}
    fragment ScheduledTaskFields on ScheduledTask {
  taskId
  start
  finish
  earlyStart
  earlyFinish
  lateStart
  lateFinish
  durationDays
  totalFloatDays
  freeFloatDays
  critical
  levelingDelayDays
  late
}`, {"fragmentName":"ScheduleFields"}) as unknown as TypedDocumentString<ScheduleFieldsFragment, unknown>;
export const ResourceFieldsFragmentDoc = new TypedDocumentString(`
    fragment ResourceFields on Resource {
  id
  name
  type
  maxUnits
  standardRate
  overtimeRate
  costPerUse
  version
  userId
  user {
    id
    name
  }
  rates {
    id
    effectiveFrom
    standardRate
    overtimeRate
    costPerUse
  }
}
    `, {"fragmentName":"ResourceFields"}) as unknown as TypedDocumentString<ResourceFieldsFragment, unknown>;
export const EvRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment EvRowFields on EvRow {
  taskId
  pv
  ev
  ac
  sv
  cv
  spi
  cpi
  eacCpi
  eacCpiSpi
  etc
  vac
  tcpi
  bac
}
    `, {"fragmentName":"EvRowFields"}) as unknown as TypedDocumentString<EvRowFieldsFragment, unknown>;
export const WorkCalendarFieldsFragmentDoc = new TypedDocumentString(`
    fragment WorkCalendarFields on WorkCalendar {
  id
  name
  baseCalendarId
  hoursPerDay
  isProjectCalendar
  version
  workWeek {
    day
    times {
      from
      to
    }
  }
  exceptions {
    id
    name
    from
    to
    working
    times {
      from
      to
    }
  }
  usage {
    tasks
    resources
    calendars
  }
}
    `, {"fragmentName":"WorkCalendarFields"}) as unknown as TypedDocumentString<WorkCalendarFieldsFragment, unknown>;
export const ChangeRequestFieldsFragmentDoc = new TypedDocumentString(`
    fragment ChangeRequestFields on ChangeRequest {
  id
  key
  number
  title
  description
  reason
  category
  status
  version
  takeBaseline
  createdAt
  updatedAt
  appliedAt
  baselineId
  requestedBy {
    id
    name
  }
  linkedTaskIds
  issues {
    id
    key
    title
    status
  }
  changeSet {
    addTasks {
      key
      name
      parentId
      durationDays
      milestone
    }
    durations {
      taskId
      durationDays
    }
    links {
      predecessorId
      successorId
      type
      lagDays
    }
    removeLinks {
      predecessorId
      successorId
    }
    removeTasks
    budgetDelta
    scopeItems
  }
  impact {
    base
    computedAt
    finishBefore
    finishAfter
    costBefore
    costAfter
    budgetBefore
    budgetAfter
    milestones {
      taskId
      name
      before
      after
    }
    becameCritical {
      taskId
      name
    }
    leftCritical {
      taskId
      name
    }
    overallocations {
      resourceId
      name
      daysBefore
      daysAfter
    }
  }
  history {
    id
    fromStatus
    toStatus
    reason
    at
    actor {
      id
      name
    }
  }
}
    `, {"fragmentName":"ChangeRequestFields"}) as unknown as TypedDocumentString<ChangeRequestFieldsFragment, unknown>;
export const DecisionFieldsFragmentDoc = new TypedDocumentString(`
    fragment DecisionFields on Decision {
  id
  key
  number
  title
  rationale
  alternatives
  decidedOn
  decidedByIds
  decidedByText
  version
  createdAt
  decidedBy {
    id
    name
  }
  linkedTaskIds
  linkedChangeRequestIds
  linkedChangeRequests {
    id
    key
    title
  }
}
    `, {"fragmentName":"DecisionFields"}) as unknown as TypedDocumentString<DecisionFieldsFragment, unknown>;
export const StakeholderFieldsFragmentDoc = new TypedDocumentString(`
    fragment StakeholderFields on Stakeholder {
  id
  name
  organisation
  role
  email
  phone
  memberId
  interest
  influence
  currentEngagement
  desiredEngagement
  communicationNeeds
  notes
  version
  strategy
  engagementGap
  emailOptOut
  optedOutAt
}
    `, {"fragmentName":"StakeholderFields"}) as unknown as TypedDocumentString<StakeholderFieldsFragment, unknown>;
export const StakeholderGroupFieldsFragmentDoc = new TypedDocumentString(`
    fragment StakeholderGroupFields on StakeholderGroup {
  id
  name
  stakeholderIds
  version
}
    `, {"fragmentName":"StakeholderGroupFields"}) as unknown as TypedDocumentString<StakeholderGroupFieldsFragment, unknown>;
export const CommunicationItemFieldsFragmentDoc = new TypedDocumentString(`
    fragment CommunicationItemFields on CommunicationItem {
  id
  kind
  title
  channel
  ownerId
  audienceStakeholderIds
  audienceGroupIds
  notes
  version
  nextDue
  overdue
  lastHeld
  cadence {
    kind
    date
    weekday
    everyWeeks
    monthDay
    startsOn
  }
  occurrences {
    id
    heldOn
    dueOn
    notes
    heldById
  }
}
    `, {"fragmentName":"CommunicationItemFields"}) as unknown as TypedDocumentString<CommunicationItemFieldsFragment, unknown>;
export const RiskFieldsFragmentDoc = new TypedDocumentString(`
    fragment RiskFields on Risk {
  id
  key
  version
  title
  description
  cause
  effect
  category
  kind
  probability
  impactSchedule
  impactCost
  impactScope
  impactQuality
  impact
  score
  costImpact
  scheduleImpactDays
  expectedValue
  strategy
  responsePlan
  trigger
  reviewDate
  status
  residualProbability
  residualImpact
  residualScore
  reviewOverdue
  archivedAt
  updatedAt
  owner {
    id
    name
  }
  linkedTasks {
    id
    key
    name
  }
  issues {
    id
    key
    title
    status
  }
}
    `, {"fragmentName":"RiskFields"}) as unknown as TypedDocumentString<RiskFieldsFragment, unknown>;
export const IssueFieldsFragmentDoc = new TypedDocumentString(`
    fragment IssueFields on Issue {
  id
  key
  version
  title
  description
  type
  severity
  priority
  status
  dueDate
  raisedAt
  ageDays
  overdue
  escalationLevel
  resolution
  archivedAt
  updatedAt
  owner {
    id
    name
  }
  raisedBy {
    id
    name
  }
  escalatedTo {
    id
    name
  }
  linkedTasks {
    id
    key
    name
  }
  linkedRisks {
    id
    key
    title
  }
  originRisk {
    id
    key
    title
  }
  changeRequests {
    id
    key
    title
    status
  }
}
    `, {"fragmentName":"IssueFields"}) as unknown as TypedDocumentString<IssueFieldsFragment, unknown>;
export const ReportFiguresFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReportFiguresFields on ReportFigures {
  computedAt
  currency
  overall
  health {
    area
    colour
    computed
    reasons
    overrideReason
  }
  accomplishments {
    key
    name
    start
    finish
  }
  planned {
    key
    name
    start
    finish
  }
  milestones {
    key
    name
    baselineFinish
    forecastFinish
    actualFinish
    slipDays
  }
  earnedValue {
    statusDate
    pv
    ev
    ac
    sv
    cv
    spi
    cpi
    bac
  }
  trend {
    number
    periodEnd
    spi
    cpi
  }
  curve {
    date
    pv
    ev
    ac
  }
  burndown {
    date
    remaining
  }
  risks {
    key
    title
    score
    status
  }
  issues {
    key
    title
    severity
    blocking
    overdue
    dueDate
  }
  changes {
    key
    title
    status
    decidedOn
    budgetDelta
  }
}
    `, {"fragmentName":"ReportFiguresFields"}) as unknown as TypedDocumentString<ReportFiguresFieldsFragment, unknown>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    id
    name
    email
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    user {
      id
      name
      email
    }
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    user {
      id
      name
      email
    }
  }
}
    `) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const ProjectsDocument = new TypedDocumentString(`
    query Projects($first: Int, $after: String, $includeArchived: Boolean) {
  projects(first: $first, after: $after, includeArchived: $includeArchived) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      id
      key
      name
      description
      methodology
      status
      startDate
      targetFinish
      archivedAt
      viewerRole
      board {
        percentComplete
        taskCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectsQuery, ProjectsQueryVariables>;
export const ProjectCreateDocument = new TypedDocumentString(`
    mutation ProjectCreate($input: ProjectCreateInput!) {
  projectCreate(input: $input) {
    project {
      id
      key
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectCreateMutation, ProjectCreateMutationVariables>;
export const ProjectTasksDocument = new TypedDocumentString(`
    query ProjectTasks($id: UUID!, $first: Int!, $after: String) {
  project(id: $id) {
    tasks(first: $first, after: $after) {
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...TaskFields
      }
    }
  }
}
    fragment TaskFields on Task {
  id
  key
  wbsCode
  name
  kind
  parentId
  position
  durationDays
  start
  finish
  late
  percentComplete
  rollupState
  version
  childCount
  archivedAt
  status {
    id
    name
    category
    color
  }
  assignee {
    id
    name
  }
}`) as unknown as TypedDocumentString<ProjectTasksQuery, ProjectTasksQueryVariables>;
export const ProjectSettingsDocument = new TypedDocumentString(`
    query ProjectSettings($key: String!, $withTokens: Boolean!) {
  project(key: $key) {
    ...ProjectFields
    boardTokens @include(if: $withTokens) {
      id
      name
      prefix
      createdAt
      lastUsedAt
      revokedAt
      showTopRisks
      showBlockingIssues
      layout
    }
    invitations @include(if: $withTokens) {
      ...InvitationFields
    }
  }
}
    fragment ProjectFields on Project {
  id
  key
  name
  description
  methodology
  status
  startDate
  targetFinish
  archivedAt
  viewerRole
  version
  currency
  budget
  members {
    role
    user {
      id
      name
      email
    }
  }
  statuses {
    id
    name
    category
    color
    position
  }
}
fragment InvitationFields on Invitation {
  id
  email
  name
  role
  createdAt
  expiresAt
}`) as unknown as TypedDocumentString<ProjectSettingsQuery, ProjectSettingsQueryVariables>;
export const ProjectStatusesDocument = new TypedDocumentString(`
    query ProjectStatuses($id: UUID!) {
  project(id: $id) {
    statuses {
      ...StatusFields
    }
  }
}
    fragment StatusFields on TaskStatus {
  id
  name
  category
  color
  position
}`) as unknown as TypedDocumentString<ProjectStatusesQuery, ProjectStatusesQueryVariables>;
export const StatusCreateDocument = new TypedDocumentString(`
    mutation StatusCreate($input: StatusCreateInput!) {
  statusCreate(input: $input) {
    status {
      ...StatusFields
    }
  }
}
    fragment StatusFields on TaskStatus {
  id
  name
  category
  color
  position
}`) as unknown as TypedDocumentString<StatusCreateMutation, StatusCreateMutationVariables>;
export const StatusUpdateDocument = new TypedDocumentString(`
    mutation StatusUpdate($input: StatusUpdateInput!) {
  statusUpdate(input: $input) {
    status {
      ...StatusFields
    }
  }
}
    fragment StatusFields on TaskStatus {
  id
  name
  category
  color
  position
}`) as unknown as TypedDocumentString<StatusUpdateMutation, StatusUpdateMutationVariables>;
export const StatusDeleteDocument = new TypedDocumentString(`
    mutation StatusDelete($id: UUID!, $moveToId: UUID) {
  statusDelete(id: $id, moveToId: $moveToId) {
    status {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<StatusDeleteMutation, StatusDeleteMutationVariables>;
export const StatusUsageDocument = new TypedDocumentString(`
    query StatusUsage($projectId: UUID!, $statusId: UUID!) {
  project(id: $projectId) {
    tasks(first: 1, includeArchived: true, filter: {statusIds: [$statusId]}) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<StatusUsageQuery, StatusUsageQueryVariables>;
export const ProjectCharterDocument = new TypedDocumentString(`
    query ProjectCharter($key: String!) {
  project(key: $key) {
    id
    key
    name
    viewerRole
    archivedAt
    charter {
      ...CharterFields
    }
  }
}
    fragment CharterFields on Charter {
  projectId
  purpose
  objectives
  successCriteria
  inScope
  outOfScope
  assumptions
  constraints
  keyStakeholders
  sponsor
  approvalState
  approvedAt
  updatedAt
  version
  approver {
    id
    name
  }
  approvedBy {
    id
    name
  }
  submittedBy {
    id
    name
  }
  submittedAt
  decisions {
    id
    decision
    comment
    createdAt
    actor {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ProjectCharterQuery, ProjectCharterQueryVariables>;
export const CharterUpdateDocument = new TypedDocumentString(`
    mutation CharterUpdate($input: CharterUpdateInput!) {
  charterUpdate(input: $input) {
    charter {
      ...CharterFields
    }
  }
}
    fragment CharterFields on Charter {
  projectId
  purpose
  objectives
  successCriteria
  inScope
  outOfScope
  assumptions
  constraints
  keyStakeholders
  sponsor
  approvalState
  approvedAt
  updatedAt
  version
  approver {
    id
    name
  }
  approvedBy {
    id
    name
  }
  submittedBy {
    id
    name
  }
  submittedAt
  decisions {
    id
    decision
    comment
    createdAt
    actor {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<CharterUpdateMutation, CharterUpdateMutationVariables>;
export const CharterApprovalSetDocument = new TypedDocumentString(`
    mutation CharterApprovalSet($projectId: UUID!, $state: CharterApproval!, $comment: String) {
  charterApprovalSet(projectId: $projectId, state: $state, comment: $comment) {
    charter {
      ...CharterFields
    }
  }
}
    fragment CharterFields on Charter {
  projectId
  purpose
  objectives
  successCriteria
  inScope
  outOfScope
  assumptions
  constraints
  keyStakeholders
  sponsor
  approvalState
  approvedAt
  updatedAt
  version
  approver {
    id
    name
  }
  approvedBy {
    id
    name
  }
  submittedBy {
    id
    name
  }
  submittedAt
  decisions {
    id
    decision
    comment
    createdAt
    actor {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<CharterApprovalSetMutation, CharterApprovalSetMutationVariables>;
export const ProjectSponsorDocument = new TypedDocumentString(`
    query ProjectSponsor($key: String!) {
  project(key: $key) {
    id
    charter {
      approver {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectSponsorQuery, ProjectSponsorQueryVariables>;
export const CharterApproverSetDocument = new TypedDocumentString(`
    mutation CharterApproverSet($projectId: UUID!, $userId: UUID) {
  charterApproverSet(projectId: $projectId, userId: $userId) {
    charter {
      ...CharterFields
    }
  }
}
    fragment CharterFields on Charter {
  projectId
  purpose
  objectives
  successCriteria
  inScope
  outOfScope
  assumptions
  constraints
  keyStakeholders
  sponsor
  approvalState
  approvedAt
  updatedAt
  version
  approver {
    id
    name
  }
  approvedBy {
    id
    name
  }
  submittedBy {
    id
    name
  }
  submittedAt
  decisions {
    id
    decision
    comment
    createdAt
    actor {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<CharterApproverSetMutation, CharterApproverSetMutationVariables>;
export const ProjectUpdateDocument = new TypedDocumentString(`
    mutation ProjectUpdate($input: ProjectUpdateInput!) {
  projectUpdate(input: $input) {
    project {
      ...ProjectFields
    }
  }
}
    fragment ProjectFields on Project {
  id
  key
  name
  description
  methodology
  status
  startDate
  targetFinish
  archivedAt
  viewerRole
  version
  currency
  budget
  members {
    role
    user {
      id
      name
      email
    }
  }
  statuses {
    id
    name
    category
    color
    position
  }
}`) as unknown as TypedDocumentString<ProjectUpdateMutation, ProjectUpdateMutationVariables>;
export const ProjectArchiveDocument = new TypedDocumentString(`
    mutation ProjectArchive($id: UUID!) {
  projectArchive(id: $id) {
    project {
      ...ProjectFields
    }
  }
}
    fragment ProjectFields on Project {
  id
  key
  name
  description
  methodology
  status
  startDate
  targetFinish
  archivedAt
  viewerRole
  version
  currency
  budget
  members {
    role
    user {
      id
      name
      email
    }
  }
  statuses {
    id
    name
    category
    color
    position
  }
}`) as unknown as TypedDocumentString<ProjectArchiveMutation, ProjectArchiveMutationVariables>;
export const ProjectUnarchiveDocument = new TypedDocumentString(`
    mutation ProjectUnarchive($id: UUID!) {
  projectUnarchive(id: $id) {
    project {
      ...ProjectFields
    }
  }
}
    fragment ProjectFields on Project {
  id
  key
  name
  description
  methodology
  status
  startDate
  targetFinish
  archivedAt
  viewerRole
  version
  currency
  budget
  members {
    role
    user {
      id
      name
      email
    }
  }
  statuses {
    id
    name
    category
    color
    position
  }
}`) as unknown as TypedDocumentString<ProjectUnarchiveMutation, ProjectUnarchiveMutationVariables>;
export const TaskCreateDocument = new TypedDocumentString(`
    mutation TaskCreate($input: TaskCreateInput!) {
  taskCreate(input: $input) {
    changeNumber
    task {
      ...TaskFields
    }
  }
}
    fragment TaskFields on Task {
  id
  key
  wbsCode
  name
  kind
  parentId
  position
  durationDays
  start
  finish
  late
  percentComplete
  rollupState
  version
  childCount
  archivedAt
  status {
    id
    name
    category
    color
  }
  assignee {
    id
    name
  }
}`) as unknown as TypedDocumentString<TaskCreateMutation, TaskCreateMutationVariables>;
export const TaskUpdateDocument = new TypedDocumentString(`
    mutation TaskUpdate($input: TaskUpdateInput!) {
  taskUpdate(input: $input) {
    changeNumber
    task {
      ...TaskFields
    }
  }
}
    fragment TaskFields on Task {
  id
  key
  wbsCode
  name
  kind
  parentId
  position
  durationDays
  start
  finish
  late
  percentComplete
  rollupState
  version
  childCount
  archivedAt
  status {
    id
    name
    category
    color
  }
  assignee {
    id
    name
  }
}`) as unknown as TypedDocumentString<TaskUpdateMutation, TaskUpdateMutationVariables>;
export const TaskMoveDocument = new TypedDocumentString(`
    mutation TaskMove($input: TaskMoveInput!) {
  taskMove(input: $input) {
    changeNumber
    task {
      ...TaskFields
    }
  }
}
    fragment TaskFields on Task {
  id
  key
  wbsCode
  name
  kind
  parentId
  position
  durationDays
  start
  finish
  late
  percentComplete
  rollupState
  version
  childCount
  archivedAt
  status {
    id
    name
    category
    color
  }
  assignee {
    id
    name
  }
}`) as unknown as TypedDocumentString<TaskMoveMutation, TaskMoveMutationVariables>;
export const TaskDeleteDocument = new TypedDocumentString(`
    mutation TaskDelete($id: UUID!) {
  taskDelete(id: $id) {
    changeNumber
    task {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<TaskDeleteMutation, TaskDeleteMutationVariables>;
export const MemberInviteDocument = new TypedDocumentString(`
    mutation MemberInvite($input: MemberInviteInput!) {
  memberInvite(input: $input) {
    token
    invitation {
      ...InvitationFields
    }
  }
}
    fragment InvitationFields on Invitation {
  id
  email
  name
  role
  createdAt
  expiresAt
}`) as unknown as TypedDocumentString<MemberInviteMutation, MemberInviteMutationVariables>;
export const ProjectInvitationsDocument = new TypedDocumentString(`
    query ProjectInvitations($id: UUID!) {
  project(id: $id) {
    id
    invitations {
      ...InvitationFields
    }
  }
}
    fragment InvitationFields on Invitation {
  id
  email
  name
  role
  createdAt
  expiresAt
}`) as unknown as TypedDocumentString<ProjectInvitationsQuery, ProjectInvitationsQueryVariables>;
export const InvitationRevokeDocument = new TypedDocumentString(`
    mutation InvitationRevoke($id: UUID!) {
  invitationRevoke(id: $id) {
    invitation {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<InvitationRevokeMutation, InvitationRevokeMutationVariables>;
export const InvitationDocument = new TypedDocumentString(`
    query Invitation($token: String!) {
  invitation(token: $token) {
    projectName
    projectKey
    role
    invitedByName
    expiresAt
    state
    viewerIsMember
  }
}
    `) as unknown as TypedDocumentString<InvitationQuery, InvitationQueryVariables>;
export const InvitationAcceptDocument = new TypedDocumentString(`
    mutation InvitationAccept($token: String!) {
  invitationAccept(token: $token) {
    project {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<InvitationAcceptMutation, InvitationAcceptMutationVariables>;
export const MemberUpdateDocument = new TypedDocumentString(`
    mutation MemberUpdate($input: MemberUpdateInput!) {
  memberUpdate(input: $input) {
    member {
      role
      user {
        id
        name
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MemberUpdateMutation, MemberUpdateMutationVariables>;
export const MemberRemoveDocument = new TypedDocumentString(`
    mutation MemberRemove($projectId: UUID!, $userId: UUID!) {
  memberRemove(projectId: $projectId, userId: $userId)
}
    `) as unknown as TypedDocumentString<MemberRemoveMutation, MemberRemoveMutationVariables>;
export const BoardTokenCreateDocument = new TypedDocumentString(`
    mutation BoardTokenCreate($projectId: UUID!, $name: String!) {
  boardTokenCreate(projectId: $projectId, name: $name) {
    token
    boardToken {
      id
      name
      prefix
      createdAt
      lastUsedAt
      revokedAt
      showTopRisks
      showBlockingIssues
      layout
    }
  }
}
    `) as unknown as TypedDocumentString<BoardTokenCreateMutation, BoardTokenCreateMutationVariables>;
export const BoardTokenRevokeDocument = new TypedDocumentString(`
    mutation BoardTokenRevoke($id: UUID!) {
  boardTokenRevoke(id: $id) {
    boardToken {
      id
      revokedAt
    }
  }
}
    `) as unknown as TypedDocumentString<BoardTokenRevokeMutation, BoardTokenRevokeMutationVariables>;
export const AccessTokensDocument = new TypedDocumentString(`
    query AccessTokens {
  accessTokens {
    id
    name
    prefix
    scope
    expiresAt
    createdAt
    lastUsedAt
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<AccessTokensQuery, AccessTokensQueryVariables>;
export const AccessTokenCreateDocument = new TypedDocumentString(`
    mutation AccessTokenCreate($input: AccessTokenCreateInput!) {
  accessTokenCreate(input: $input) {
    token
    accessToken {
      id
      name
      prefix
      scope
      expiresAt
      createdAt
      lastUsedAt
      revokedAt
    }
  }
}
    `) as unknown as TypedDocumentString<AccessTokenCreateMutation, AccessTokenCreateMutationVariables>;
export const AccessTokenRevokeDocument = new TypedDocumentString(`
    mutation AccessTokenRevoke($id: UUID!) {
  accessTokenRevoke(id: $id) {
    accessToken {
      id
      revokedAt
    }
  }
}
    `) as unknown as TypedDocumentString<AccessTokenRevokeMutation, AccessTokenRevokeMutationVariables>;
export const WallBoardDocument = new TypedDocumentString(`
    query WallBoard {
  wallBoard {
    ...BoardFields
  }
}
    fragment BoardFields on Board {
  projectId
  projectKey
  projectName
  generatedAt
  percentComplete
  taskCount
  categories {
    category
    count
  }
  columns {
    statusId
    name
    category
    color
    count
    cards {
      id
      key
      name
      wbsCode
      kind
      percentComplete
      start
      finish
      late
      version
      statusId
      assignee {
        id
        name
      }
    }
  }
  milestones {
    id
    key
    name
    date
    finish
    completed
    late
  }
  lateTasks {
    id
    key
    name
    wbsCode
    kind
    percentComplete
    start
    finish
    late
    version
    statusId
    assignee {
      id
      name
    }
  }
  recentActivity {
    id
    at
    actorName
    summary
    burstKey
    parts {
      ...ActivityPartFields
    }
    burstParts {
      ...ActivityPartFields
    }
  }
}
fragment ActivityPartFields on ActivityPart {
  kind
  text
  date
  amount
  currency
}`) as unknown as TypedDocumentString<WallBoardQuery, WallBoardQueryVariables>;
export const OnOutlineChangedDocument = new TypedDocumentString(`
    subscription OnOutlineChanged($projectId: UUID!) {
  outlineChanged(projectId: $projectId) {
    projectId
    nodes {
      id
      parentId
      position
      wbsCode
    }
  }
}
    `) as unknown as TypedDocumentString<OnOutlineChangedSubscription, OnOutlineChangedSubscriptionVariables>;
export const OnTaskUpdatedDocument = new TypedDocumentString(`
    subscription OnTaskUpdated($projectId: UUID!) {
  taskUpdated(projectId: $projectId) {
    action
    changeNumber
    actorId
    task {
      ...TaskFields
    }
  }
}
    fragment TaskFields on Task {
  id
  key
  wbsCode
  name
  kind
  parentId
  position
  durationDays
  start
  finish
  late
  percentComplete
  rollupState
  version
  childCount
  archivedAt
  status {
    id
    name
    category
    color
  }
  assignee {
    id
    name
  }
}`) as unknown as TypedDocumentString<OnTaskUpdatedSubscription, OnTaskUpdatedSubscriptionVariables>;
export const OnBoardUpdatedDocument = new TypedDocumentString(`
    subscription OnBoardUpdated($projectId: UUID!) {
  boardUpdated(projectId: $projectId) {
    ...BoardFields
  }
}
    fragment BoardFields on Board {
  projectId
  projectKey
  projectName
  generatedAt
  percentComplete
  taskCount
  categories {
    category
    count
  }
  columns {
    statusId
    name
    category
    color
    count
    cards {
      id
      key
      name
      wbsCode
      kind
      percentComplete
      start
      finish
      late
      version
      statusId
      assignee {
        id
        name
      }
    }
  }
  milestones {
    id
    key
    name
    date
    finish
    completed
    late
  }
  lateTasks {
    id
    key
    name
    wbsCode
    kind
    percentComplete
    start
    finish
    late
    version
    statusId
    assignee {
      id
      name
    }
  }
  recentActivity {
    id
    at
    actorName
    summary
    burstKey
    parts {
      ...ActivityPartFields
    }
    burstParts {
      ...ActivityPartFields
    }
  }
}
fragment ActivityPartFields on ActivityPart {
  kind
  text
  date
  amount
  currency
}`) as unknown as TypedDocumentString<OnBoardUpdatedSubscription, OnBoardUpdatedSubscriptionVariables>;
export const OnProjectCharterDocument = new TypedDocumentString(`
    subscription OnProjectCharter($projectId: UUID!) {
  projectUpdated(projectId: $projectId) {
    id
    key
    name
    viewerRole
    archivedAt
    charter {
      ...CharterFields
    }
  }
}
    fragment CharterFields on Charter {
  projectId
  purpose
  objectives
  successCriteria
  inScope
  outOfScope
  assumptions
  constraints
  keyStakeholders
  sponsor
  approvalState
  approvedAt
  updatedAt
  version
  approver {
    id
    name
  }
  approvedBy {
    id
    name
  }
  submittedBy {
    id
    name
  }
  submittedAt
  decisions {
    id
    decision
    comment
    createdAt
    actor {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<OnProjectCharterSubscription, OnProjectCharterSubscriptionVariables>;
export const OnActivityAddedDocument = new TypedDocumentString(`
    subscription OnActivityAdded($projectId: UUID!) {
  activityAdded(projectId: $projectId) {
    ...ActivityFields
  }
}
    fragment ActivityPartFields on ActivityPart {
  kind
  text
  date
  amount
  currency
}
fragment ActivityFields on Activity {
  id
  createdAt
  summary
  action
  taskId
  actor {
    id
    name
  }
  burstKey
  parts {
    ...ActivityPartFields
  }
  burstParts {
    ...ActivityPartFields
  }
}`) as unknown as TypedDocumentString<OnActivityAddedSubscription, OnActivityAddedSubscriptionVariables>;
export const TaskDetailDocument = new TypedDocumentString(`
    query TaskDetail($id: UUID!) {
  task(id: $id) {
    ...TaskFields
    description
    estimateHours
    storyPoints
    constraintType
    constraintDate
    deadline
    actualStart
    actualFinish
    calendarId
    scheduled {
      start
      finish
      totalFloatDays
      freeFloatDays
      critical
      levelingDelayDays
    }
    project {
      id
      calendars {
        id
        name
      }
      schedule {
        warnings {
          taskId
          code
          message
        }
      }
    }
    predecessors {
      id
      type
      lagDays
      predecessor {
        id
        key
        name
      }
    }
    successors {
      id
      type
      lagDays
      successor {
        id
        key
        name
      }
    }
    activity(first: 25) {
      nodes {
        ...ActivityFields
      }
    }
  }
}
    fragment TaskFields on Task {
  id
  key
  wbsCode
  name
  kind
  parentId
  position
  durationDays
  start
  finish
  late
  percentComplete
  rollupState
  version
  childCount
  archivedAt
  status {
    id
    name
    category
    color
  }
  assignee {
    id
    name
  }
}
fragment ActivityPartFields on ActivityPart {
  kind
  text
  date
  amount
  currency
}
fragment ActivityFields on Activity {
  id
  createdAt
  summary
  action
  taskId
  actor {
    id
    name
  }
  burstKey
  parts {
    ...ActivityPartFields
  }
  burstParts {
    ...ActivityPartFields
  }
}`) as unknown as TypedDocumentString<TaskDetailQuery, TaskDetailQueryVariables>;
export const DependencyCreateDocument = new TypedDocumentString(`
    mutation DependencyCreate($input: DependencyCreateInput!) {
  dependencyCreate(input: $input) {
    dependency {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DependencyCreateMutation, DependencyCreateMutationVariables>;
export const DependencyDeleteDocument = new TypedDocumentString(`
    mutation DependencyDelete($id: UUID!) {
  dependencyDelete(id: $id) {
    dependency {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DependencyDeleteMutation, DependencyDeleteMutationVariables>;
export const CollabTicketDocument = new TypedDocumentString(`
    mutation CollabTicket($document: String!) {
  collabTicket(document: $document) {
    token
    url
    document
    canWrite
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<CollabTicketMutation, CollabTicketMutationVariables>;
export const PlanLinksPageDocument = new TypedDocumentString(`
    query PlanLinksPage($id: UUID!, $first: Int!, $after: String) {
  project(id: $id) {
    dependencies(first: $first, after: $after) {
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        type
        lagDays
        predecessorId
        successorId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlanLinksPageQuery, PlanLinksPageQueryVariables>;
export const PlanScheduleDocument = new TypedDocumentString(`
    query PlanSchedule($id: UUID!) {
  project(id: $id) {
    schedule {
      ...ScheduleFields
    }
  }
}
    fragment ScheduledTaskFields on ScheduledTask {
  taskId
  start
  finish
  earlyStart
  earlyFinish
  lateStart
  lateFinish
  durationDays
  totalFloatDays
  freeFloatDays
  critical
  levelingDelayDays
  late
}
fragment ScheduleFields on Schedule {
  start
  finish
  statusDate
  calendarId
  criticalPath
  tasks {
    ...ScheduledTaskFields
  }
  warnings {
    taskId
    code
    message
  }
}`) as unknown as TypedDocumentString<PlanScheduleQuery, PlanScheduleQueryVariables>;
export const BaselineTasksDocument = new TypedDocumentString(`
    query BaselineTasks($id: UUID!) {
  project(id: $id) {
    baselines {
      id
      name
      createdAt
      tasks {
        taskId
        start
        finish
        durationDays
        workHours
        cost
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BaselineTasksQuery, BaselineTasksQueryVariables>;
export const TaskScheduleUpdateDocument = new TypedDocumentString(`
    mutation TaskScheduleUpdate($input: TaskScheduleUpdateInput!) {
  taskScheduleUpdate(input: $input) {
    task {
      ...PlanTaskFields
    }
  }
}
    fragment PlanTaskFields on Task {
  id
  key
  wbsCode
  name
  kind
  parentId
  durationDays
  percentComplete
  version
}`) as unknown as TypedDocumentString<TaskScheduleUpdateMutation, TaskScheduleUpdateMutationVariables>;
export const PlanTaskUpdateDocument = new TypedDocumentString(`
    mutation PlanTaskUpdate($input: TaskUpdateInput!) {
  taskUpdate(input: $input) {
    task {
      ...PlanTaskFields
    }
  }
}
    fragment PlanTaskFields on Task {
  id
  key
  wbsCode
  name
  kind
  parentId
  durationDays
  percentComplete
  version
}`) as unknown as TypedDocumentString<PlanTaskUpdateMutation, PlanTaskUpdateMutationVariables>;
export const PlanLinkCreateDocument = new TypedDocumentString(`
    mutation PlanLinkCreate($input: DependencyCreateInput!) {
  dependencyCreate(input: $input) {
    dependency {
      id
      type
      lagDays
      predecessorId
      successorId
    }
  }
}
    `) as unknown as TypedDocumentString<PlanLinkCreateMutation, PlanLinkCreateMutationVariables>;
export const PlanLinkUpdateDocument = new TypedDocumentString(`
    mutation PlanLinkUpdate($input: DependencyUpdateInput!) {
  dependencyUpdate(input: $input) {
    dependency {
      id
      type
      lagDays
      predecessorId
      successorId
    }
  }
}
    `) as unknown as TypedDocumentString<PlanLinkUpdateMutation, PlanLinkUpdateMutationVariables>;
export const OnScheduleUpdatedDocument = new TypedDocumentString(`
    subscription OnScheduleUpdated($projectId: UUID!) {
  scheduleUpdated(projectId: $projectId) {
    projectId
    start
    finish
    removedTaskIds
    criticalPath
    changeNumbers
    actorIds
    tasks {
      ...ScheduledTaskFields
    }
  }
}
    fragment ScheduledTaskFields on ScheduledTask {
  taskId
  start
  finish
  earlyStart
  earlyFinish
  lateStart
  lateFinish
  durationDays
  totalFloatDays
  freeFloatDays
  critical
  levelingDelayDays
  late
}`) as unknown as TypedDocumentString<OnScheduleUpdatedSubscription, OnScheduleUpdatedSubscriptionVariables>;
export const OnPlanChangedDocument = new TypedDocumentString(`
    subscription OnPlanChanged($projectId: UUID!) {
  planChanged(projectId: $projectId) {
    projectId
    part
  }
}
    `) as unknown as TypedDocumentString<OnPlanChangedSubscription, OnPlanChangedSubscriptionVariables>;
export const PlanBaselinesDocument = new TypedDocumentString(`
    query PlanBaselines($id: UUID!) {
  project(id: $id) {
    baselines {
      id
      name
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<PlanBaselinesQuery, PlanBaselinesQueryVariables>;
export const ResourceUsageDocument = new TypedDocumentString(`
    query ResourceUsage($id: UUID!, $period: UsagePeriod!) {
  project(id: $id) {
    resources {
      ...ResourceFields
    }
    assignments {
      id
      taskId
      resourceId
      units
    }
    resourceUsage(period: $period) {
      resourceId
      periods {
        start
        workHours
        capacityHours
        overallocated
        cost
      }
    }
    schedule {
      finish
      tasks {
        taskId
        start
        finish
        levelingDelayDays
      }
    }
  }
}
    fragment ResourceFields on Resource {
  id
  name
  type
  maxUnits
  standardRate
  overtimeRate
  costPerUse
  version
  userId
  user {
    id
    name
  }
  rates {
    id
    effectiveFrom
    standardRate
    overtimeRate
    costPerUse
  }
}`) as unknown as TypedDocumentString<ResourceUsageQuery, ResourceUsageQueryVariables>;
export const LevelingPreviewDocument = new TypedDocumentString(`
    query LevelingPreview($id: UUID!) {
  project(id: $id) {
    levelingPreview {
      finishBefore
      finishAfter
      overallocationsRemaining
      delays {
        taskId
        levelingDelayDays
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LevelingPreviewQuery, LevelingPreviewQueryVariables>;
export const LevelingApplyDocument = new TypedDocumentString(`
    mutation LevelingApply($projectId: UUID!) {
  levelingApply(projectId: $projectId) {
    leveling {
      overallocationsRemaining
    }
  }
}
    `) as unknown as TypedDocumentString<LevelingApplyMutation, LevelingApplyMutationVariables>;
export const LevelingClearDocument = new TypedDocumentString(`
    mutation LevelingClear($projectId: UUID!) {
  levelingClear(projectId: $projectId) {
    leveling {
      overallocationsRemaining
    }
  }
}
    `) as unknown as TypedDocumentString<LevelingClearMutation, LevelingClearMutationVariables>;
export const ResourceCreateDocument = new TypedDocumentString(`
    mutation ResourceCreate($input: ResourceCreateInput!) {
  resourceCreate(input: $input) {
    resource {
      ...ResourceFields
    }
  }
}
    fragment ResourceFields on Resource {
  id
  name
  type
  maxUnits
  standardRate
  overtimeRate
  costPerUse
  version
  userId
  user {
    id
    name
  }
  rates {
    id
    effectiveFrom
    standardRate
    overtimeRate
    costPerUse
  }
}`) as unknown as TypedDocumentString<ResourceCreateMutation, ResourceCreateMutationVariables>;
export const ResourceForMemberDocument = new TypedDocumentString(`
    mutation ResourceForMember($input: ResourceForMemberInput!) {
  resourceForMember(input: $input) {
    resource {
      ...ResourceFields
    }
  }
}
    fragment ResourceFields on Resource {
  id
  name
  type
  maxUnits
  standardRate
  overtimeRate
  costPerUse
  version
  userId
  user {
    id
    name
  }
  rates {
    id
    effectiveFrom
    standardRate
    overtimeRate
    costPerUse
  }
}`) as unknown as TypedDocumentString<ResourceForMemberMutation, ResourceForMemberMutationVariables>;
export const ResourceUpdateDocument = new TypedDocumentString(`
    mutation ResourceUpdate($input: ResourceUpdateInput!) {
  resourceUpdate(input: $input) {
    resource {
      ...ResourceFields
    }
  }
}
    fragment ResourceFields on Resource {
  id
  name
  type
  maxUnits
  standardRate
  overtimeRate
  costPerUse
  version
  userId
  user {
    id
    name
  }
  rates {
    id
    effectiveFrom
    standardRate
    overtimeRate
    costPerUse
  }
}`) as unknown as TypedDocumentString<ResourceUpdateMutation, ResourceUpdateMutationVariables>;
export const ResourceDeleteDocument = new TypedDocumentString(`
    mutation ResourceDelete($id: UUID!) {
  resourceDelete(id: $id) {
    resource {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ResourceDeleteMutation, ResourceDeleteMutationVariables>;
export const AssignmentCreateDocument = new TypedDocumentString(`
    mutation AssignmentCreate($input: AssignmentCreateInput!) {
  assignmentCreate(input: $input) {
    assignment {
      id
      taskId
      resourceId
      units
    }
  }
}
    `) as unknown as TypedDocumentString<AssignmentCreateMutation, AssignmentCreateMutationVariables>;
export const AssignmentDeleteDocument = new TypedDocumentString(`
    mutation AssignmentDelete($id: UUID!) {
  assignmentDelete(id: $id) {
    assignment {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AssignmentDeleteMutation, AssignmentDeleteMutationVariables>;
export const EarnedValueDocument = new TypedDocumentString(`
    query EarnedValue($id: UUID!, $statusDate: LocalDate!, $baselineId: UUID) {
  project(id: $id) {
    earnedValue(statusDate: $statusDate, baselineId: $baselineId) {
      statusDate
      project {
        ...EvRowFields
      }
      branches {
        ...EvRowFields
      }
      series {
        date
        pv
        ev
        ac
      }
    }
    costEntries {
      id
      taskId
      date
      hours
      amount
      note
    }
  }
}
    fragment EvRowFields on EvRow {
  taskId
  pv
  ev
  ac
  sv
  cv
  spi
  cpi
  eacCpi
  eacCpiSpi
  etc
  vac
  tcpi
  bac
}`) as unknown as TypedDocumentString<EarnedValueQuery, EarnedValueQueryVariables>;
export const BaselineCreateDocument = new TypedDocumentString(`
    mutation BaselineCreate($projectId: UUID!, $name: String!) {
  baselineCreate(projectId: $projectId, name: $name) {
    baseline {
      id
      name
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<BaselineCreateMutation, BaselineCreateMutationVariables>;
export const CostEntryCreateDocument = new TypedDocumentString(`
    mutation CostEntryCreate($input: CostEntryCreateInput!) {
  costEntryCreate(input: $input) {
    costEntry {
      id
      taskId
      date
      hours
      amount
      note
    }
  }
}
    `) as unknown as TypedDocumentString<CostEntryCreateMutation, CostEntryCreateMutationVariables>;
export const PlanLinksAndWarningsDocument = new TypedDocumentString(`
    query PlanLinksAndWarnings($id: UUID!, $first: Int!) {
  project(id: $id) {
    dependencies(first: $first) {
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        type
        lagDays
        predecessorId
        successorId
      }
    }
    schedule {
      warnings {
        taskId
        code
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlanLinksAndWarningsQuery, PlanLinksAndWarningsQueryVariables>;
export const PlanExportDocument = new TypedDocumentString(`
    query PlanExport($id: UUID!, $format: ExportFormat!) {
  project(id: $id) {
    export(format: $format)
  }
}
    `) as unknown as TypedDocumentString<PlanExportQuery, PlanExportQueryVariables>;
export const PlanImportDocument = new TypedDocumentString(`
    mutation PlanImport($input: ProjectImportInput!) {
  projectImport(input: $input) {
    created
    links
    calendars
    resources
    assignments
    baselines
    costEntries
    unmapped {
      element
      line
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<PlanImportMutation, PlanImportMutationVariables>;
export const PlanCalendarsDocument = new TypedDocumentString(`
    query PlanCalendars($id: UUID!) {
  project(id: $id) {
    plan {
      calendarId
      statusDate
      timeZone
    }
    calendars {
      ...WorkCalendarFields
    }
  }
}
    fragment WorkCalendarFields on WorkCalendar {
  id
  name
  baseCalendarId
  hoursPerDay
  isProjectCalendar
  version
  workWeek {
    day
    times {
      from
      to
    }
  }
  exceptions {
    id
    name
    from
    to
    working
    times {
      from
      to
    }
  }
  usage {
    tasks
    resources
    calendars
  }
}`) as unknown as TypedDocumentString<PlanCalendarsQuery, PlanCalendarsQueryVariables>;
export const PlanSpanDocument = new TypedDocumentString(`
    query PlanSpan($id: UUID!) {
  project(id: $id) {
    schedule {
      start
      finish
    }
  }
}
    `) as unknown as TypedDocumentString<PlanSpanQuery, PlanSpanQueryVariables>;
export const PlanSettingsUpdateDocument = new TypedDocumentString(`
    mutation PlanSettingsUpdate($input: PlanSettingsInput!) {
  planSettingsUpdate(input: $input) {
    plan {
      calendarId
      statusDate
      timeZone
    }
  }
}
    `) as unknown as TypedDocumentString<PlanSettingsUpdateMutation, PlanSettingsUpdateMutationVariables>;
export const CalendarCreateDocument = new TypedDocumentString(`
    mutation CalendarCreate($input: CalendarCreateInput!) {
  calendarCreate(input: $input) {
    calendar {
      ...WorkCalendarFields
    }
  }
}
    fragment WorkCalendarFields on WorkCalendar {
  id
  name
  baseCalendarId
  hoursPerDay
  isProjectCalendar
  version
  workWeek {
    day
    times {
      from
      to
    }
  }
  exceptions {
    id
    name
    from
    to
    working
    times {
      from
      to
    }
  }
  usage {
    tasks
    resources
    calendars
  }
}`) as unknown as TypedDocumentString<CalendarCreateMutation, CalendarCreateMutationVariables>;
export const CalendarUpdateDocument = new TypedDocumentString(`
    mutation CalendarUpdate($input: CalendarUpdateInput!) {
  calendarUpdate(input: $input) {
    calendar {
      ...WorkCalendarFields
    }
  }
}
    fragment WorkCalendarFields on WorkCalendar {
  id
  name
  baseCalendarId
  hoursPerDay
  isProjectCalendar
  version
  workWeek {
    day
    times {
      from
      to
    }
  }
  exceptions {
    id
    name
    from
    to
    working
    times {
      from
      to
    }
  }
  usage {
    tasks
    resources
    calendars
  }
}`) as unknown as TypedDocumentString<CalendarUpdateMutation, CalendarUpdateMutationVariables>;
export const CalendarDeleteDocument = new TypedDocumentString(`
    mutation CalendarDelete($id: UUID!, $version: Int) {
  calendarDelete(id: $id, version: $version) {
    calendar {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CalendarDeleteMutation, CalendarDeleteMutationVariables>;
export const CalendarExceptionAddDocument = new TypedDocumentString(`
    mutation CalendarExceptionAdd($input: CalendarExceptionAddInput!) {
  calendarExceptionAdd(input: $input) {
    calendar {
      ...WorkCalendarFields
    }
    exception {
      id
    }
  }
}
    fragment WorkCalendarFields on WorkCalendar {
  id
  name
  baseCalendarId
  hoursPerDay
  isProjectCalendar
  version
  workWeek {
    day
    times {
      from
      to
    }
  }
  exceptions {
    id
    name
    from
    to
    working
    times {
      from
      to
    }
  }
  usage {
    tasks
    resources
    calendars
  }
}`) as unknown as TypedDocumentString<CalendarExceptionAddMutation, CalendarExceptionAddMutationVariables>;
export const CalendarExceptionRemoveDocument = new TypedDocumentString(`
    mutation CalendarExceptionRemove($id: UUID!) {
  calendarExceptionRemove(id: $id) {
    calendar {
      ...WorkCalendarFields
    }
  }
}
    fragment WorkCalendarFields on WorkCalendar {
  id
  name
  baseCalendarId
  hoursPerDay
  isProjectCalendar
  version
  workWeek {
    day
    times {
      from
      to
    }
  }
  exceptions {
    id
    name
    from
    to
    working
    times {
      from
      to
    }
  }
  usage {
    tasks
    resources
    calendars
  }
}`) as unknown as TypedDocumentString<CalendarExceptionRemoveMutation, CalendarExceptionRemoveMutationVariables>;
export const OnPlanSpanUpdatedDocument = new TypedDocumentString(`
    subscription OnPlanSpanUpdated($projectId: UUID!) {
  scheduleUpdated(projectId: $projectId) {
    projectId
    start
    finish
  }
}
    `) as unknown as TypedDocumentString<OnPlanSpanUpdatedSubscription, OnPlanSpanUpdatedSubscriptionVariables>;
export const ProjectHeadDocument = new TypedDocumentString(`
    query ProjectHead($key: String!, $first: Int!) {
  project(key: $key) {
    ...ProjectFields
    tasks(first: $first) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...TaskFields
      }
    }
  }
}
    fragment TaskFields on Task {
  id
  key
  wbsCode
  name
  kind
  parentId
  position
  durationDays
  start
  finish
  late
  percentComplete
  rollupState
  version
  childCount
  archivedAt
  status {
    id
    name
    category
    color
  }
  assignee {
    id
    name
  }
}
fragment ProjectFields on Project {
  id
  key
  name
  description
  methodology
  status
  startDate
  targetFinish
  archivedAt
  viewerRole
  version
  currency
  budget
  members {
    role
    user {
      id
      name
      email
    }
  }
  statuses {
    id
    name
    category
    color
    position
  }
}`) as unknown as TypedDocumentString<ProjectHeadQuery, ProjectHeadQueryVariables>;
export const ProjectBoardDocument = new TypedDocumentString(`
    query ProjectBoard($id: UUID!) {
  project(id: $id) {
    board {
      ...BoardFields
    }
    activity(first: 100) {
      nodes {
        ...ActivityFields
      }
    }
  }
}
    fragment BoardFields on Board {
  projectId
  projectKey
  projectName
  generatedAt
  percentComplete
  taskCount
  categories {
    category
    count
  }
  columns {
    statusId
    name
    category
    color
    count
    cards {
      id
      key
      name
      wbsCode
      kind
      percentComplete
      start
      finish
      late
      version
      statusId
      assignee {
        id
        name
      }
    }
  }
  milestones {
    id
    key
    name
    date
    finish
    completed
    late
  }
  lateTasks {
    id
    key
    name
    wbsCode
    kind
    percentComplete
    start
    finish
    late
    version
    statusId
    assignee {
      id
      name
    }
  }
  recentActivity {
    id
    at
    actorName
    summary
    burstKey
    parts {
      ...ActivityPartFields
    }
    burstParts {
      ...ActivityPartFields
    }
  }
}
fragment ActivityPartFields on ActivityPart {
  kind
  text
  date
  amount
  currency
}
fragment ActivityFields on Activity {
  id
  createdAt
  summary
  action
  taskId
  actor {
    id
    name
  }
  burstKey
  parts {
    ...ActivityPartFields
  }
  burstParts {
    ...ActivityPartFields
  }
}`) as unknown as TypedDocumentString<ProjectBoardQuery, ProjectBoardQueryVariables>;
export const GanttPlanDocument = new TypedDocumentString(`
    query GanttPlan($key: String!, $first: Int!) {
  project(key: $key) {
    id
    dependencies(first: $first) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        type
        lagDays
        predecessorId
        successorId
      }
    }
    schedule {
      ...ScheduleFields
    }
    baselines {
      id
      name
      createdAt
    }
    calendars {
      id
      name
      workWeek {
        day
        times {
          from
          to
        }
      }
      exceptions {
        from
        to
        working
      }
    }
  }
}
    fragment ScheduledTaskFields on ScheduledTask {
  taskId
  start
  finish
  earlyStart
  earlyFinish
  lateStart
  lateFinish
  durationDays
  totalFloatDays
  freeFloatDays
  critical
  levelingDelayDays
  late
}
fragment ScheduleFields on Schedule {
  start
  finish
  statusDate
  calendarId
  criticalPath
  tasks {
    ...ScheduledTaskFields
  }
  warnings {
    taskId
    code
    message
  }
}`) as unknown as TypedDocumentString<GanttPlanQuery, GanttPlanQueryVariables>;
export const ResourcesPlanDocument = new TypedDocumentString(`
    query ResourcesPlan($key: String!, $period: UsagePeriod!) {
  project(key: $key) {
    id
    resources {
      ...ResourceFields
    }
    assignments {
      id
      taskId
      resourceId
      units
    }
    resourceUsage(period: $period) {
      resourceId
      periods {
        start
        workHours
        capacityHours
        overallocated
        cost
      }
    }
    schedule {
      finish
      calendarId
      tasks {
        taskId
        start
        finish
        levelingDelayDays
      }
    }
    calendars {
      id
      name
      workWeek {
        day
        times {
          from
          to
        }
      }
      exceptions {
        from
        to
        working
      }
    }
  }
}
    fragment ResourceFields on Resource {
  id
  name
  type
  maxUnits
  standardRate
  overtimeRate
  costPerUse
  version
  userId
  user {
    id
    name
  }
  rates {
    id
    effectiveFrom
    standardRate
    overtimeRate
    costPerUse
  }
}`) as unknown as TypedDocumentString<ResourcesPlanQuery, ResourcesPlanQueryVariables>;
export const EarnedValuePlanDocument = new TypedDocumentString(`
    query EarnedValuePlan($key: String!) {
  project(key: $key) {
    id
    baselines {
      id
      name
      createdAt
    }
    schedule {
      statusDate
    }
  }
}
    `) as unknown as TypedDocumentString<EarnedValuePlanQuery, EarnedValuePlanQueryVariables>;
export const OnProjectUpdatedWithCharterDocument = new TypedDocumentString(`
    subscription OnProjectUpdatedWithCharter($projectId: UUID!) {
  projectUpdated(projectId: $projectId) {
    ...ProjectFields
    charter {
      ...CharterFields
    }
  }
}
    fragment ProjectFields on Project {
  id
  key
  name
  description
  methodology
  status
  startDate
  targetFinish
  archivedAt
  viewerRole
  version
  currency
  budget
  members {
    role
    user {
      id
      name
      email
    }
  }
  statuses {
    id
    name
    category
    color
    position
  }
}
fragment CharterFields on Charter {
  projectId
  purpose
  objectives
  successCriteria
  inScope
  outOfScope
  assumptions
  constraints
  keyStakeholders
  sponsor
  approvalState
  approvedAt
  updatedAt
  version
  approver {
    id
    name
  }
  approvedBy {
    id
    name
  }
  submittedBy {
    id
    name
  }
  submittedAt
  decisions {
    id
    decision
    comment
    createdAt
    actor {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<OnProjectUpdatedWithCharterSubscription, OnProjectUpdatedWithCharterSubscriptionVariables>;
export const ChangeRequestsDocument = new TypedDocumentString(`
    query ChangeRequests($key: String!, $after: String) {
  project(key: $key) {
    id
    viewerCanDecideChanges
    changeBoard {
      memberIds
      members {
        id
        name
      }
    }
    dependencies(first: 500) {
      nodes {
        id
        predecessorId
        successorId
      }
    }
    changeRequests(first: 100, after: $after, sort: NUMBER_DESC) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...ChangeRequestFields
      }
    }
  }
}
    fragment ChangeRequestFields on ChangeRequest {
  id
  key
  number
  title
  description
  reason
  category
  status
  version
  takeBaseline
  createdAt
  updatedAt
  appliedAt
  baselineId
  requestedBy {
    id
    name
  }
  linkedTaskIds
  issues {
    id
    key
    title
    status
  }
  changeSet {
    addTasks {
      key
      name
      parentId
      durationDays
      milestone
    }
    durations {
      taskId
      durationDays
    }
    links {
      predecessorId
      successorId
      type
      lagDays
    }
    removeLinks {
      predecessorId
      successorId
    }
    removeTasks
    budgetDelta
    scopeItems
  }
  impact {
    base
    computedAt
    finishBefore
    finishAfter
    costBefore
    costAfter
    budgetBefore
    budgetAfter
    milestones {
      taskId
      name
      before
      after
    }
    becameCritical {
      taskId
      name
    }
    leftCritical {
      taskId
      name
    }
    overallocations {
      resourceId
      name
      daysBefore
      daysAfter
    }
  }
  history {
    id
    fromStatus
    toStatus
    reason
    at
    actor {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ChangeRequestsQuery, ChangeRequestsQueryVariables>;
export const ChangeRequestPreviewCurrentDocument = new TypedDocumentString(`
    query ChangeRequestPreviewCurrent($id: UUID!) {
  changeRequest(id: $id) {
    id
    version
    previewCurrent
  }
}
    `) as unknown as TypedDocumentString<ChangeRequestPreviewCurrentQuery, ChangeRequestPreviewCurrentQueryVariables>;
export const ChangeRequestCreateDocument = new TypedDocumentString(`
    mutation ChangeRequestCreate($input: ChangeRequestCreateInput!) {
  changeRequestCreate(input: $input) {
    changeNumber
    changeRequest {
      ...ChangeRequestFields
    }
  }
}
    fragment ChangeRequestFields on ChangeRequest {
  id
  key
  number
  title
  description
  reason
  category
  status
  version
  takeBaseline
  createdAt
  updatedAt
  appliedAt
  baselineId
  requestedBy {
    id
    name
  }
  linkedTaskIds
  issues {
    id
    key
    title
    status
  }
  changeSet {
    addTasks {
      key
      name
      parentId
      durationDays
      milestone
    }
    durations {
      taskId
      durationDays
    }
    links {
      predecessorId
      successorId
      type
      lagDays
    }
    removeLinks {
      predecessorId
      successorId
    }
    removeTasks
    budgetDelta
    scopeItems
  }
  impact {
    base
    computedAt
    finishBefore
    finishAfter
    costBefore
    costAfter
    budgetBefore
    budgetAfter
    milestones {
      taskId
      name
      before
      after
    }
    becameCritical {
      taskId
      name
    }
    leftCritical {
      taskId
      name
    }
    overallocations {
      resourceId
      name
      daysBefore
      daysAfter
    }
  }
  history {
    id
    fromStatus
    toStatus
    reason
    at
    actor {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ChangeRequestCreateMutation, ChangeRequestCreateMutationVariables>;
export const ChangeRequestUpdateDocument = new TypedDocumentString(`
    mutation ChangeRequestUpdate($input: ChangeRequestUpdateInput!) {
  changeRequestUpdate(input: $input) {
    changeNumber
    changeRequest {
      ...ChangeRequestFields
    }
  }
}
    fragment ChangeRequestFields on ChangeRequest {
  id
  key
  number
  title
  description
  reason
  category
  status
  version
  takeBaseline
  createdAt
  updatedAt
  appliedAt
  baselineId
  requestedBy {
    id
    name
  }
  linkedTaskIds
  issues {
    id
    key
    title
    status
  }
  changeSet {
    addTasks {
      key
      name
      parentId
      durationDays
      milestone
    }
    durations {
      taskId
      durationDays
    }
    links {
      predecessorId
      successorId
      type
      lagDays
    }
    removeLinks {
      predecessorId
      successorId
    }
    removeTasks
    budgetDelta
    scopeItems
  }
  impact {
    base
    computedAt
    finishBefore
    finishAfter
    costBefore
    costAfter
    budgetBefore
    budgetAfter
    milestones {
      taskId
      name
      before
      after
    }
    becameCritical {
      taskId
      name
    }
    leftCritical {
      taskId
      name
    }
    overallocations {
      resourceId
      name
      daysBefore
      daysAfter
    }
  }
  history {
    id
    fromStatus
    toStatus
    reason
    at
    actor {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ChangeRequestUpdateMutation, ChangeRequestUpdateMutationVariables>;
export const ChangeRequestPreviewDocument = new TypedDocumentString(`
    mutation ChangeRequestPreview($id: UUID!) {
  changeRequestPreview(id: $id) {
    changeNumber
    changeRequest {
      ...ChangeRequestFields
    }
  }
}
    fragment ChangeRequestFields on ChangeRequest {
  id
  key
  number
  title
  description
  reason
  category
  status
  version
  takeBaseline
  createdAt
  updatedAt
  appliedAt
  baselineId
  requestedBy {
    id
    name
  }
  linkedTaskIds
  issues {
    id
    key
    title
    status
  }
  changeSet {
    addTasks {
      key
      name
      parentId
      durationDays
      milestone
    }
    durations {
      taskId
      durationDays
    }
    links {
      predecessorId
      successorId
      type
      lagDays
    }
    removeLinks {
      predecessorId
      successorId
    }
    removeTasks
    budgetDelta
    scopeItems
  }
  impact {
    base
    computedAt
    finishBefore
    finishAfter
    costBefore
    costAfter
    budgetBefore
    budgetAfter
    milestones {
      taskId
      name
      before
      after
    }
    becameCritical {
      taskId
      name
    }
    leftCritical {
      taskId
      name
    }
    overallocations {
      resourceId
      name
      daysBefore
      daysAfter
    }
  }
  history {
    id
    fromStatus
    toStatus
    reason
    at
    actor {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ChangeRequestPreviewMutation, ChangeRequestPreviewMutationVariables>;
export const ChangeRequestSubmitDocument = new TypedDocumentString(`
    mutation ChangeRequestSubmit($input: ChangeRequestStepInput!) {
  changeRequestSubmit(input: $input) {
    changeNumber
    changeRequest {
      ...ChangeRequestFields
    }
  }
}
    fragment ChangeRequestFields on ChangeRequest {
  id
  key
  number
  title
  description
  reason
  category
  status
  version
  takeBaseline
  createdAt
  updatedAt
  appliedAt
  baselineId
  requestedBy {
    id
    name
  }
  linkedTaskIds
  issues {
    id
    key
    title
    status
  }
  changeSet {
    addTasks {
      key
      name
      parentId
      durationDays
      milestone
    }
    durations {
      taskId
      durationDays
    }
    links {
      predecessorId
      successorId
      type
      lagDays
    }
    removeLinks {
      predecessorId
      successorId
    }
    removeTasks
    budgetDelta
    scopeItems
  }
  impact {
    base
    computedAt
    finishBefore
    finishAfter
    costBefore
    costAfter
    budgetBefore
    budgetAfter
    milestones {
      taskId
      name
      before
      after
    }
    becameCritical {
      taskId
      name
    }
    leftCritical {
      taskId
      name
    }
    overallocations {
      resourceId
      name
      daysBefore
      daysAfter
    }
  }
  history {
    id
    fromStatus
    toStatus
    reason
    at
    actor {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ChangeRequestSubmitMutation, ChangeRequestSubmitMutationVariables>;
export const ChangeRequestStartReviewDocument = new TypedDocumentString(`
    mutation ChangeRequestStartReview($input: ChangeRequestStepInput!) {
  changeRequestStartReview(input: $input) {
    changeNumber
    changeRequest {
      ...ChangeRequestFields
    }
  }
}
    fragment ChangeRequestFields on ChangeRequest {
  id
  key
  number
  title
  description
  reason
  category
  status
  version
  takeBaseline
  createdAt
  updatedAt
  appliedAt
  baselineId
  requestedBy {
    id
    name
  }
  linkedTaskIds
  issues {
    id
    key
    title
    status
  }
  changeSet {
    addTasks {
      key
      name
      parentId
      durationDays
      milestone
    }
    durations {
      taskId
      durationDays
    }
    links {
      predecessorId
      successorId
      type
      lagDays
    }
    removeLinks {
      predecessorId
      successorId
    }
    removeTasks
    budgetDelta
    scopeItems
  }
  impact {
    base
    computedAt
    finishBefore
    finishAfter
    costBefore
    costAfter
    budgetBefore
    budgetAfter
    milestones {
      taskId
      name
      before
      after
    }
    becameCritical {
      taskId
      name
    }
    leftCritical {
      taskId
      name
    }
    overallocations {
      resourceId
      name
      daysBefore
      daysAfter
    }
  }
  history {
    id
    fromStatus
    toStatus
    reason
    at
    actor {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ChangeRequestStartReviewMutation, ChangeRequestStartReviewMutationVariables>;
export const ChangeRequestApproveDocument = new TypedDocumentString(`
    mutation ChangeRequestApprove($input: ChangeRequestStepInput!) {
  changeRequestApprove(input: $input) {
    changeNumber
    changeRequest {
      ...ChangeRequestFields
    }
  }
}
    fragment ChangeRequestFields on ChangeRequest {
  id
  key
  number
  title
  description
  reason
  category
  status
  version
  takeBaseline
  createdAt
  updatedAt
  appliedAt
  baselineId
  requestedBy {
    id
    name
  }
  linkedTaskIds
  issues {
    id
    key
    title
    status
  }
  changeSet {
    addTasks {
      key
      name
      parentId
      durationDays
      milestone
    }
    durations {
      taskId
      durationDays
    }
    links {
      predecessorId
      successorId
      type
      lagDays
    }
    removeLinks {
      predecessorId
      successorId
    }
    removeTasks
    budgetDelta
    scopeItems
  }
  impact {
    base
    computedAt
    finishBefore
    finishAfter
    costBefore
    costAfter
    budgetBefore
    budgetAfter
    milestones {
      taskId
      name
      before
      after
    }
    becameCritical {
      taskId
      name
    }
    leftCritical {
      taskId
      name
    }
    overallocations {
      resourceId
      name
      daysBefore
      daysAfter
    }
  }
  history {
    id
    fromStatus
    toStatus
    reason
    at
    actor {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ChangeRequestApproveMutation, ChangeRequestApproveMutationVariables>;
export const ChangeRequestRejectDocument = new TypedDocumentString(`
    mutation ChangeRequestReject($input: ChangeRequestStepInput!) {
  changeRequestReject(input: $input) {
    changeNumber
    changeRequest {
      ...ChangeRequestFields
    }
  }
}
    fragment ChangeRequestFields on ChangeRequest {
  id
  key
  number
  title
  description
  reason
  category
  status
  version
  takeBaseline
  createdAt
  updatedAt
  appliedAt
  baselineId
  requestedBy {
    id
    name
  }
  linkedTaskIds
  issues {
    id
    key
    title
    status
  }
  changeSet {
    addTasks {
      key
      name
      parentId
      durationDays
      milestone
    }
    durations {
      taskId
      durationDays
    }
    links {
      predecessorId
      successorId
      type
      lagDays
    }
    removeLinks {
      predecessorId
      successorId
    }
    removeTasks
    budgetDelta
    scopeItems
  }
  impact {
    base
    computedAt
    finishBefore
    finishAfter
    costBefore
    costAfter
    budgetBefore
    budgetAfter
    milestones {
      taskId
      name
      before
      after
    }
    becameCritical {
      taskId
      name
    }
    leftCritical {
      taskId
      name
    }
    overallocations {
      resourceId
      name
      daysBefore
      daysAfter
    }
  }
  history {
    id
    fromStatus
    toStatus
    reason
    at
    actor {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ChangeRequestRejectMutation, ChangeRequestRejectMutationVariables>;
export const ChangeRequestDeferDocument = new TypedDocumentString(`
    mutation ChangeRequestDefer($input: ChangeRequestStepInput!) {
  changeRequestDefer(input: $input) {
    changeNumber
    changeRequest {
      ...ChangeRequestFields
    }
  }
}
    fragment ChangeRequestFields on ChangeRequest {
  id
  key
  number
  title
  description
  reason
  category
  status
  version
  takeBaseline
  createdAt
  updatedAt
  appliedAt
  baselineId
  requestedBy {
    id
    name
  }
  linkedTaskIds
  issues {
    id
    key
    title
    status
  }
  changeSet {
    addTasks {
      key
      name
      parentId
      durationDays
      milestone
    }
    durations {
      taskId
      durationDays
    }
    links {
      predecessorId
      successorId
      type
      lagDays
    }
    removeLinks {
      predecessorId
      successorId
    }
    removeTasks
    budgetDelta
    scopeItems
  }
  impact {
    base
    computedAt
    finishBefore
    finishAfter
    costBefore
    costAfter
    budgetBefore
    budgetAfter
    milestones {
      taskId
      name
      before
      after
    }
    becameCritical {
      taskId
      name
    }
    leftCritical {
      taskId
      name
    }
    overallocations {
      resourceId
      name
      daysBefore
      daysAfter
    }
  }
  history {
    id
    fromStatus
    toStatus
    reason
    at
    actor {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ChangeRequestDeferMutation, ChangeRequestDeferMutationVariables>;
export const ChangeRequestDeleteDocument = new TypedDocumentString(`
    mutation ChangeRequestDelete($id: UUID!) {
  changeRequestDelete(id: $id) {
    changeNumber
    changeRequest {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ChangeRequestDeleteMutation, ChangeRequestDeleteMutationVariables>;
export const ChangeBoardSetDocument = new TypedDocumentString(`
    mutation ChangeBoardSet($projectId: UUID!, $memberIds: [UUID!]!) {
  changeBoardSet(projectId: $projectId, memberIds: $memberIds) {
    changeNumber
    changeBoard {
      memberIds
      members {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ChangeBoardSetMutation, ChangeBoardSetMutationVariables>;
export const ChangeRequestChangedDocument = new TypedDocumentString(`
    subscription ChangeRequestChanged($projectId: UUID!) {
  changeRequestChanged(projectId: $projectId) {
    action
    id
    changeNumber
    actorId
    changeRequest {
      ...ChangeRequestFields
    }
  }
}
    fragment ChangeRequestFields on ChangeRequest {
  id
  key
  number
  title
  description
  reason
  category
  status
  version
  takeBaseline
  createdAt
  updatedAt
  appliedAt
  baselineId
  requestedBy {
    id
    name
  }
  linkedTaskIds
  issues {
    id
    key
    title
    status
  }
  changeSet {
    addTasks {
      key
      name
      parentId
      durationDays
      milestone
    }
    durations {
      taskId
      durationDays
    }
    links {
      predecessorId
      successorId
      type
      lagDays
    }
    removeLinks {
      predecessorId
      successorId
    }
    removeTasks
    budgetDelta
    scopeItems
  }
  impact {
    base
    computedAt
    finishBefore
    finishAfter
    costBefore
    costAfter
    budgetBefore
    budgetAfter
    milestones {
      taskId
      name
      before
      after
    }
    becameCritical {
      taskId
      name
    }
    leftCritical {
      taskId
      name
    }
    overallocations {
      resourceId
      name
      daysBefore
      daysAfter
    }
  }
  history {
    id
    fromStatus
    toStatus
    reason
    at
    actor {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ChangeRequestChangedSubscription, ChangeRequestChangedSubscriptionVariables>;
export const DecisionsDocument = new TypedDocumentString(`
    query Decisions($key: String!, $after: String) {
  project(key: $key) {
    id
    decisions(first: 200, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...DecisionFields
      }
    }
  }
}
    fragment DecisionFields on Decision {
  id
  key
  number
  title
  rationale
  alternatives
  decidedOn
  decidedByIds
  decidedByText
  version
  createdAt
  decidedBy {
    id
    name
  }
  linkedTaskIds
  linkedChangeRequestIds
  linkedChangeRequests {
    id
    key
    title
  }
}`) as unknown as TypedDocumentString<DecisionsQuery, DecisionsQueryVariables>;
export const DecisionCreateDocument = new TypedDocumentString(`
    mutation DecisionCreate($input: DecisionCreateInput!) {
  decisionCreate(input: $input) {
    changeNumber
    decision {
      ...DecisionFields
    }
  }
}
    fragment DecisionFields on Decision {
  id
  key
  number
  title
  rationale
  alternatives
  decidedOn
  decidedByIds
  decidedByText
  version
  createdAt
  decidedBy {
    id
    name
  }
  linkedTaskIds
  linkedChangeRequestIds
  linkedChangeRequests {
    id
    key
    title
  }
}`) as unknown as TypedDocumentString<DecisionCreateMutation, DecisionCreateMutationVariables>;
export const DecisionUpdateDocument = new TypedDocumentString(`
    mutation DecisionUpdate($input: DecisionUpdateInput!) {
  decisionUpdate(input: $input) {
    changeNumber
    decision {
      ...DecisionFields
    }
  }
}
    fragment DecisionFields on Decision {
  id
  key
  number
  title
  rationale
  alternatives
  decidedOn
  decidedByIds
  decidedByText
  version
  createdAt
  decidedBy {
    id
    name
  }
  linkedTaskIds
  linkedChangeRequestIds
  linkedChangeRequests {
    id
    key
    title
  }
}`) as unknown as TypedDocumentString<DecisionUpdateMutation, DecisionUpdateMutationVariables>;
export const DecisionDeleteDocument = new TypedDocumentString(`
    mutation DecisionDelete($id: UUID!, $version: Int) {
  decisionDelete(id: $id, version: $version) {
    changeNumber
    decision {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DecisionDeleteMutation, DecisionDeleteMutationVariables>;
export const DecisionChangedDocument = new TypedDocumentString(`
    subscription DecisionChanged($projectId: UUID!) {
  decisionChanged(projectId: $projectId) {
    action
    id
    changeNumber
    decision {
      ...DecisionFields
    }
  }
}
    fragment DecisionFields on Decision {
  id
  key
  number
  title
  rationale
  alternatives
  decidedOn
  decidedByIds
  decidedByText
  version
  createdAt
  decidedBy {
    id
    name
  }
  linkedTaskIds
  linkedChangeRequestIds
  linkedChangeRequests {
    id
    key
    title
  }
}`) as unknown as TypedDocumentString<DecisionChangedSubscription, DecisionChangedSubscriptionVariables>;
export const StakeholderRegisterDocument = new TypedDocumentString(`
    query StakeholderRegister($id: UUID!) {
  project(id: $id) {
    stakeholders(first: 500) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...StakeholderFields
      }
    }
    stakeholderGroups {
      ...StakeholderGroupFields
    }
  }
}
    fragment StakeholderFields on Stakeholder {
  id
  name
  organisation
  role
  email
  phone
  memberId
  interest
  influence
  currentEngagement
  desiredEngagement
  communicationNeeds
  notes
  version
  strategy
  engagementGap
  emailOptOut
  optedOutAt
}
fragment StakeholderGroupFields on StakeholderGroup {
  id
  name
  stakeholderIds
  version
}`) as unknown as TypedDocumentString<StakeholderRegisterQuery, StakeholderRegisterQueryVariables>;
export const StakeholderRegisterPageDocument = new TypedDocumentString(`
    query StakeholderRegisterPage($id: UUID!, $after: String!) {
  project(id: $id) {
    stakeholders(first: 500, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...StakeholderFields
      }
    }
  }
}
    fragment StakeholderFields on Stakeholder {
  id
  name
  organisation
  role
  email
  phone
  memberId
  interest
  influence
  currentEngagement
  desiredEngagement
  communicationNeeds
  notes
  version
  strategy
  engagementGap
  emailOptOut
  optedOutAt
}`) as unknown as TypedDocumentString<StakeholderRegisterPageQuery, StakeholderRegisterPageQueryVariables>;
export const StakeholderCreateDocument = new TypedDocumentString(`
    mutation StakeholderCreate($input: StakeholderCreateInput!) {
  stakeholderCreate(input: $input) {
    changeNumber
    stakeholder {
      ...StakeholderFields
    }
  }
}
    fragment StakeholderFields on Stakeholder {
  id
  name
  organisation
  role
  email
  phone
  memberId
  interest
  influence
  currentEngagement
  desiredEngagement
  communicationNeeds
  notes
  version
  strategy
  engagementGap
  emailOptOut
  optedOutAt
}`) as unknown as TypedDocumentString<StakeholderCreateMutation, StakeholderCreateMutationVariables>;
export const StakeholderUpdateDocument = new TypedDocumentString(`
    mutation StakeholderUpdate($input: StakeholderUpdateInput!) {
  stakeholderUpdate(input: $input) {
    changeNumber
    stakeholder {
      ...StakeholderFields
    }
  }
}
    fragment StakeholderFields on Stakeholder {
  id
  name
  organisation
  role
  email
  phone
  memberId
  interest
  influence
  currentEngagement
  desiredEngagement
  communicationNeeds
  notes
  version
  strategy
  engagementGap
  emailOptOut
  optedOutAt
}`) as unknown as TypedDocumentString<StakeholderUpdateMutation, StakeholderUpdateMutationVariables>;
export const StakeholderDeleteDocument = new TypedDocumentString(`
    mutation StakeholderDelete($id: UUID!, $version: Int!) {
  stakeholderDelete(id: $id, version: $version) {
    changeNumber
    stakeholder {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<StakeholderDeleteMutation, StakeholderDeleteMutationVariables>;
export const StakeholderGroupCreateDocument = new TypedDocumentString(`
    mutation StakeholderGroupCreate($input: StakeholderGroupCreateInput!) {
  stakeholderGroupCreate(input: $input) {
    changeNumber
    group {
      ...StakeholderGroupFields
    }
  }
}
    fragment StakeholderGroupFields on StakeholderGroup {
  id
  name
  stakeholderIds
  version
}`) as unknown as TypedDocumentString<StakeholderGroupCreateMutation, StakeholderGroupCreateMutationVariables>;
export const StakeholderGroupUpdateDocument = new TypedDocumentString(`
    mutation StakeholderGroupUpdate($input: StakeholderGroupUpdateInput!) {
  stakeholderGroupUpdate(input: $input) {
    changeNumber
    group {
      ...StakeholderGroupFields
    }
  }
}
    fragment StakeholderGroupFields on StakeholderGroup {
  id
  name
  stakeholderIds
  version
}`) as unknown as TypedDocumentString<StakeholderGroupUpdateMutation, StakeholderGroupUpdateMutationVariables>;
export const StakeholderGroupDeleteDocument = new TypedDocumentString(`
    mutation StakeholderGroupDelete($id: UUID!, $version: Int!) {
  stakeholderGroupDelete(id: $id, version: $version) {
    changeNumber
    group {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<StakeholderGroupDeleteMutation, StakeholderGroupDeleteMutationVariables>;
export const OnStakeholderChangedDocument = new TypedDocumentString(`
    subscription OnStakeholderChanged($projectId: UUID!) {
  stakeholderChanged(projectId: $projectId) {
    action
    stakeholderId
    groupId
    changeNumber
    actorId
  }
}
    `) as unknown as TypedDocumentString<OnStakeholderChangedSubscription, OnStakeholderChangedSubscriptionVariables>;
export const CommunicationPlanDocument = new TypedDocumentString(`
    query CommunicationPlan($id: UUID!) {
  project(id: $id) {
    communicationItems(first: 500) {
      nodes {
        ...CommunicationItemFields
      }
    }
    stakeholders(first: 500) {
      nodes {
        id
        name
      }
    }
    stakeholderGroups {
      id
      name
    }
  }
}
    fragment CommunicationItemFields on CommunicationItem {
  id
  kind
  title
  channel
  ownerId
  audienceStakeholderIds
  audienceGroupIds
  notes
  version
  nextDue
  overdue
  lastHeld
  cadence {
    kind
    date
    weekday
    everyWeeks
    monthDay
    startsOn
  }
  occurrences {
    id
    heldOn
    dueOn
    notes
    heldById
  }
}`) as unknown as TypedDocumentString<CommunicationPlanQuery, CommunicationPlanQueryVariables>;
export const CommunicationItemCreateDocument = new TypedDocumentString(`
    mutation CommunicationItemCreate($input: CommunicationItemCreateInput!) {
  communicationItemCreate(input: $input) {
    changeNumber
    item {
      ...CommunicationItemFields
    }
  }
}
    fragment CommunicationItemFields on CommunicationItem {
  id
  kind
  title
  channel
  ownerId
  audienceStakeholderIds
  audienceGroupIds
  notes
  version
  nextDue
  overdue
  lastHeld
  cadence {
    kind
    date
    weekday
    everyWeeks
    monthDay
    startsOn
  }
  occurrences {
    id
    heldOn
    dueOn
    notes
    heldById
  }
}`) as unknown as TypedDocumentString<CommunicationItemCreateMutation, CommunicationItemCreateMutationVariables>;
export const CommunicationItemUpdateDocument = new TypedDocumentString(`
    mutation CommunicationItemUpdate($input: CommunicationItemUpdateInput!) {
  communicationItemUpdate(input: $input) {
    changeNumber
    item {
      ...CommunicationItemFields
    }
  }
}
    fragment CommunicationItemFields on CommunicationItem {
  id
  kind
  title
  channel
  ownerId
  audienceStakeholderIds
  audienceGroupIds
  notes
  version
  nextDue
  overdue
  lastHeld
  cadence {
    kind
    date
    weekday
    everyWeeks
    monthDay
    startsOn
  }
  occurrences {
    id
    heldOn
    dueOn
    notes
    heldById
  }
}`) as unknown as TypedDocumentString<CommunicationItemUpdateMutation, CommunicationItemUpdateMutationVariables>;
export const CommunicationItemHoldDocument = new TypedDocumentString(`
    mutation CommunicationItemHold($input: CommunicationItemHoldInput!) {
  communicationItemHold(input: $input) {
    changeNumber
    item {
      ...CommunicationItemFields
    }
  }
}
    fragment CommunicationItemFields on CommunicationItem {
  id
  kind
  title
  channel
  ownerId
  audienceStakeholderIds
  audienceGroupIds
  notes
  version
  nextDue
  overdue
  lastHeld
  cadence {
    kind
    date
    weekday
    everyWeeks
    monthDay
    startsOn
  }
  occurrences {
    id
    heldOn
    dueOn
    notes
    heldById
  }
}`) as unknown as TypedDocumentString<CommunicationItemHoldMutation, CommunicationItemHoldMutationVariables>;
export const CommunicationItemDeleteDocument = new TypedDocumentString(`
    mutation CommunicationItemDelete($id: UUID!, $version: Int!) {
  communicationItemDelete(id: $id, version: $version) {
    changeNumber
    item {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CommunicationItemDeleteMutation, CommunicationItemDeleteMutationVariables>;
export const OnCommunicationChangedDocument = new TypedDocumentString(`
    subscription OnCommunicationChanged($projectId: UUID!) {
  communicationChanged(projectId: $projectId) {
    action
    itemId
    changeNumber
    actorId
  }
}
    `) as unknown as TypedDocumentString<OnCommunicationChangedSubscription, OnCommunicationChangedSubscriptionVariables>;
export const RaciMatrixDocument = new TypedDocumentString(`
    query RaciMatrix($id: UUID!) {
  project(id: $id) {
    raci {
      parties {
        id
        kind
        name
      }
      rows {
        taskId
        key
        wbsCode
        name
        depth
        parentId
        assigneeId
        flags
        cells {
          partyId
          letter
          implied
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RaciMatrixQuery, RaciMatrixQueryVariables>;
export const RaciCellSetDocument = new TypedDocumentString(`
    mutation RaciCellSet($input: RaciCellSetInput!) {
  raciCellSet(input: $input) {
    changeNumber
    change {
      taskId
      partyId
      letter
      implied
      flags
    }
  }
}
    `) as unknown as TypedDocumentString<RaciCellSetMutation, RaciCellSetMutationVariables>;
export const OnRaciChangedDocument = new TypedDocumentString(`
    subscription OnRaciChanged($projectId: UUID!) {
  raciChanged(projectId: $projectId) {
    taskId
    partyId
    letter
    implied
    flags
    changeNumber
    actorId
  }
}
    `) as unknown as TypedDocumentString<OnRaciChangedSubscription, OnRaciChangedSubscriptionVariables>;
export const CharterKeyStakeholdersDocument = new TypedDocumentString(`
    query CharterKeyStakeholders($id: UUID!) {
  project(id: $id) {
    stakeholders(
      first: 6
      filter: {strategies: [MANAGE_CLOSELY]}
      orderBy: {field: INFLUENCE, descending: true}
    ) {
      totalCount
      nodes {
        id
        name
        role
        organisation
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CharterKeyStakeholdersQuery, CharterKeyStakeholdersQueryVariables>;
export const ProjectVarianceDocument = new TypedDocumentString(`
    query ProjectVariance($id: UUID!, $baselineId: UUID!) {
  project(id: $id) {
    variance(baselineId: $baselineId) {
      baselineId
      project {
        startDays
        finishDays
        durationDays
        cost
      }
      branches {
        taskId
        startDays
        finishDays
        durationDays
        cost
      }
      tasks {
        taskId
        startDays
        finishDays
        durationDays
        cost
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectVarianceQuery, ProjectVarianceQueryVariables>;
export const RiskRegisterDocument = new TypedDocumentString(`
    query RiskRegister($key: String!, $weeks: Int!) {
  project(key: $key) {
    id
    risks(first: 200) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...RiskFields
      }
    }
    riskExposure(weeks: $weeks) {
      weekEnding
      threatScore
      threatValue
      opportunityScore
      opportunityValue
      openCount
    }
    riskReserve {
      currency
      budget
      contingency
      opportunities
      openThreats
      openOpportunities
    }
  }
}
    fragment RiskFields on Risk {
  id
  key
  version
  title
  description
  cause
  effect
  category
  kind
  probability
  impactSchedule
  impactCost
  impactScope
  impactQuality
  impact
  score
  costImpact
  scheduleImpactDays
  expectedValue
  strategy
  responsePlan
  trigger
  reviewDate
  status
  residualProbability
  residualImpact
  residualScore
  reviewOverdue
  archivedAt
  updatedAt
  owner {
    id
    name
  }
  linkedTasks {
    id
    key
    name
  }
  issues {
    id
    key
    title
    status
  }
}`) as unknown as TypedDocumentString<RiskRegisterQuery, RiskRegisterQueryVariables>;
export const RiskPageDocument = new TypedDocumentString(`
    query RiskPage($key: String!, $after: String!) {
  project(key: $key) {
    id
    risks(first: 200, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...RiskFields
      }
    }
  }
}
    fragment RiskFields on Risk {
  id
  key
  version
  title
  description
  cause
  effect
  category
  kind
  probability
  impactSchedule
  impactCost
  impactScope
  impactQuality
  impact
  score
  costImpact
  scheduleImpactDays
  expectedValue
  strategy
  responsePlan
  trigger
  reviewDate
  status
  residualProbability
  residualImpact
  residualScore
  reviewOverdue
  archivedAt
  updatedAt
  owner {
    id
    name
  }
  linkedTasks {
    id
    key
    name
  }
  issues {
    id
    key
    title
    status
  }
}`) as unknown as TypedDocumentString<RiskPageQuery, RiskPageQueryVariables>;
export const RiskExposureDocument = new TypedDocumentString(`
    query RiskExposure($key: String!, $weeks: Int!) {
  project(key: $key) {
    id
    riskExposure(weeks: $weeks) {
      weekEnding
      threatScore
      threatValue
      opportunityScore
      opportunityValue
      openCount
    }
    riskReserve {
      currency
      budget
      contingency
      opportunities
      openThreats
      openOpportunities
    }
  }
}
    `) as unknown as TypedDocumentString<RiskExposureQuery, RiskExposureQueryVariables>;
export const RiskCreateDocument = new TypedDocumentString(`
    mutation RiskCreate($input: RiskCreateInput!) {
  riskCreate(input: $input) {
    changeNumber
    risk {
      ...RiskFields
    }
  }
}
    fragment RiskFields on Risk {
  id
  key
  version
  title
  description
  cause
  effect
  category
  kind
  probability
  impactSchedule
  impactCost
  impactScope
  impactQuality
  impact
  score
  costImpact
  scheduleImpactDays
  expectedValue
  strategy
  responsePlan
  trigger
  reviewDate
  status
  residualProbability
  residualImpact
  residualScore
  reviewOverdue
  archivedAt
  updatedAt
  owner {
    id
    name
  }
  linkedTasks {
    id
    key
    name
  }
  issues {
    id
    key
    title
    status
  }
}`) as unknown as TypedDocumentString<RiskCreateMutation, RiskCreateMutationVariables>;
export const RiskUpdateDocument = new TypedDocumentString(`
    mutation RiskUpdate($input: RiskUpdateInput!) {
  riskUpdate(input: $input) {
    changeNumber
    risk {
      ...RiskFields
    }
  }
}
    fragment RiskFields on Risk {
  id
  key
  version
  title
  description
  cause
  effect
  category
  kind
  probability
  impactSchedule
  impactCost
  impactScope
  impactQuality
  impact
  score
  costImpact
  scheduleImpactDays
  expectedValue
  strategy
  responsePlan
  trigger
  reviewDate
  status
  residualProbability
  residualImpact
  residualScore
  reviewOverdue
  archivedAt
  updatedAt
  owner {
    id
    name
  }
  linkedTasks {
    id
    key
    name
  }
  issues {
    id
    key
    title
    status
  }
}`) as unknown as TypedDocumentString<RiskUpdateMutation, RiskUpdateMutationVariables>;
export const RiskDeleteDocument = new TypedDocumentString(`
    mutation RiskDelete($id: UUID!, $version: Int) {
  riskDelete(id: $id, version: $version) {
    changeNumber
    risk {
      ...RiskFields
    }
  }
}
    fragment RiskFields on Risk {
  id
  key
  version
  title
  description
  cause
  effect
  category
  kind
  probability
  impactSchedule
  impactCost
  impactScope
  impactQuality
  impact
  score
  costImpact
  scheduleImpactDays
  expectedValue
  strategy
  responsePlan
  trigger
  reviewDate
  status
  residualProbability
  residualImpact
  residualScore
  reviewOverdue
  archivedAt
  updatedAt
  owner {
    id
    name
  }
  linkedTasks {
    id
    key
    name
  }
  issues {
    id
    key
    title
    status
  }
}`) as unknown as TypedDocumentString<RiskDeleteMutation, RiskDeleteMutationVariables>;
export const RiskOccurDocument = new TypedDocumentString(`
    mutation RiskOccur($input: RiskOccurInput!) {
  riskOccur(input: $input) {
    changeNumber
    risk {
      ...RiskFields
    }
    issue {
      ...IssueFields
    }
  }
}
    fragment RiskFields on Risk {
  id
  key
  version
  title
  description
  cause
  effect
  category
  kind
  probability
  impactSchedule
  impactCost
  impactScope
  impactQuality
  impact
  score
  costImpact
  scheduleImpactDays
  expectedValue
  strategy
  responsePlan
  trigger
  reviewDate
  status
  residualProbability
  residualImpact
  residualScore
  reviewOverdue
  archivedAt
  updatedAt
  owner {
    id
    name
  }
  linkedTasks {
    id
    key
    name
  }
  issues {
    id
    key
    title
    status
  }
}
fragment IssueFields on Issue {
  id
  key
  version
  title
  description
  type
  severity
  priority
  status
  dueDate
  raisedAt
  ageDays
  overdue
  escalationLevel
  resolution
  archivedAt
  updatedAt
  owner {
    id
    name
  }
  raisedBy {
    id
    name
  }
  escalatedTo {
    id
    name
  }
  linkedTasks {
    id
    key
    name
  }
  linkedRisks {
    id
    key
    title
  }
  originRisk {
    id
    key
    title
  }
  changeRequests {
    id
    key
    title
    status
  }
}`) as unknown as TypedDocumentString<RiskOccurMutation, RiskOccurMutationVariables>;
export const RiskMitigationTaskCreateDocument = new TypedDocumentString(`
    mutation RiskMitigationTaskCreate($input: RiskMitigationTaskInput!) {
  riskMitigationTaskCreate(input: $input) {
    changeNumber
    risk {
      ...RiskFields
    }
    task {
      id
      key
      name
    }
  }
}
    fragment RiskFields on Risk {
  id
  key
  version
  title
  description
  cause
  effect
  category
  kind
  probability
  impactSchedule
  impactCost
  impactScope
  impactQuality
  impact
  score
  costImpact
  scheduleImpactDays
  expectedValue
  strategy
  responsePlan
  trigger
  reviewDate
  status
  residualProbability
  residualImpact
  residualScore
  reviewOverdue
  archivedAt
  updatedAt
  owner {
    id
    name
  }
  linkedTasks {
    id
    key
    name
  }
  issues {
    id
    key
    title
    status
  }
}`) as unknown as TypedDocumentString<RiskMitigationTaskCreateMutation, RiskMitigationTaskCreateMutationVariables>;
export const OnRiskChangedDocument = new TypedDocumentString(`
    subscription OnRiskChanged($projectId: UUID!) {
  riskChanged(projectId: $projectId) {
    action
    changeNumber
    actorId
    risk {
      ...RiskFields
    }
  }
}
    fragment RiskFields on Risk {
  id
  key
  version
  title
  description
  cause
  effect
  category
  kind
  probability
  impactSchedule
  impactCost
  impactScope
  impactQuality
  impact
  score
  costImpact
  scheduleImpactDays
  expectedValue
  strategy
  responsePlan
  trigger
  reviewDate
  status
  residualProbability
  residualImpact
  residualScore
  reviewOverdue
  archivedAt
  updatedAt
  owner {
    id
    name
  }
  linkedTasks {
    id
    key
    name
  }
  issues {
    id
    key
    title
    status
  }
}`) as unknown as TypedDocumentString<OnRiskChangedSubscription, OnRiskChangedSubscriptionVariables>;
export const IssueLogDocument = new TypedDocumentString(`
    query IssueLog($key: String!, $after: String) {
  project(key: $key) {
    id
    issues(first: 200, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...IssueFields
      }
    }
  }
}
    fragment IssueFields on Issue {
  id
  key
  version
  title
  description
  type
  severity
  priority
  status
  dueDate
  raisedAt
  ageDays
  overdue
  escalationLevel
  resolution
  archivedAt
  updatedAt
  owner {
    id
    name
  }
  raisedBy {
    id
    name
  }
  escalatedTo {
    id
    name
  }
  linkedTasks {
    id
    key
    name
  }
  linkedRisks {
    id
    key
    title
  }
  originRisk {
    id
    key
    title
  }
  changeRequests {
    id
    key
    title
    status
  }
}`) as unknown as TypedDocumentString<IssueLogQuery, IssueLogQueryVariables>;
export const IssueCreateDocument = new TypedDocumentString(`
    mutation IssueCreate($input: IssueCreateInput!) {
  issueCreate(input: $input) {
    changeNumber
    issue {
      ...IssueFields
    }
  }
}
    fragment IssueFields on Issue {
  id
  key
  version
  title
  description
  type
  severity
  priority
  status
  dueDate
  raisedAt
  ageDays
  overdue
  escalationLevel
  resolution
  archivedAt
  updatedAt
  owner {
    id
    name
  }
  raisedBy {
    id
    name
  }
  escalatedTo {
    id
    name
  }
  linkedTasks {
    id
    key
    name
  }
  linkedRisks {
    id
    key
    title
  }
  originRisk {
    id
    key
    title
  }
  changeRequests {
    id
    key
    title
    status
  }
}`) as unknown as TypedDocumentString<IssueCreateMutation, IssueCreateMutationVariables>;
export const IssueUpdateDocument = new TypedDocumentString(`
    mutation IssueUpdate($input: IssueUpdateInput!) {
  issueUpdate(input: $input) {
    changeNumber
    issue {
      ...IssueFields
    }
  }
}
    fragment IssueFields on Issue {
  id
  key
  version
  title
  description
  type
  severity
  priority
  status
  dueDate
  raisedAt
  ageDays
  overdue
  escalationLevel
  resolution
  archivedAt
  updatedAt
  owner {
    id
    name
  }
  raisedBy {
    id
    name
  }
  escalatedTo {
    id
    name
  }
  linkedTasks {
    id
    key
    name
  }
  linkedRisks {
    id
    key
    title
  }
  originRisk {
    id
    key
    title
  }
  changeRequests {
    id
    key
    title
    status
  }
}`) as unknown as TypedDocumentString<IssueUpdateMutation, IssueUpdateMutationVariables>;
export const IssueDeleteDocument = new TypedDocumentString(`
    mutation IssueDelete($id: UUID!, $version: Int) {
  issueDelete(id: $id, version: $version) {
    changeNumber
    issue {
      ...IssueFields
    }
  }
}
    fragment IssueFields on Issue {
  id
  key
  version
  title
  description
  type
  severity
  priority
  status
  dueDate
  raisedAt
  ageDays
  overdue
  escalationLevel
  resolution
  archivedAt
  updatedAt
  owner {
    id
    name
  }
  raisedBy {
    id
    name
  }
  escalatedTo {
    id
    name
  }
  linkedTasks {
    id
    key
    name
  }
  linkedRisks {
    id
    key
    title
  }
  originRisk {
    id
    key
    title
  }
  changeRequests {
    id
    key
    title
    status
  }
}`) as unknown as TypedDocumentString<IssueDeleteMutation, IssueDeleteMutationVariables>;
export const ChangeRequestIssueLinkDocument = new TypedDocumentString(`
    mutation ChangeRequestIssueLink($input: ChangeRequestIssueInput!) {
  changeRequestIssueLink(input: $input) {
    changeNumber
    changeRequest {
      ...ChangeRequestFields
    }
    issue {
      ...IssueFields
    }
  }
}
    fragment ChangeRequestFields on ChangeRequest {
  id
  key
  number
  title
  description
  reason
  category
  status
  version
  takeBaseline
  createdAt
  updatedAt
  appliedAt
  baselineId
  requestedBy {
    id
    name
  }
  linkedTaskIds
  issues {
    id
    key
    title
    status
  }
  changeSet {
    addTasks {
      key
      name
      parentId
      durationDays
      milestone
    }
    durations {
      taskId
      durationDays
    }
    links {
      predecessorId
      successorId
      type
      lagDays
    }
    removeLinks {
      predecessorId
      successorId
    }
    removeTasks
    budgetDelta
    scopeItems
  }
  impact {
    base
    computedAt
    finishBefore
    finishAfter
    costBefore
    costAfter
    budgetBefore
    budgetAfter
    milestones {
      taskId
      name
      before
      after
    }
    becameCritical {
      taskId
      name
    }
    leftCritical {
      taskId
      name
    }
    overallocations {
      resourceId
      name
      daysBefore
      daysAfter
    }
  }
  history {
    id
    fromStatus
    toStatus
    reason
    at
    actor {
      id
      name
    }
  }
}
fragment IssueFields on Issue {
  id
  key
  version
  title
  description
  type
  severity
  priority
  status
  dueDate
  raisedAt
  ageDays
  overdue
  escalationLevel
  resolution
  archivedAt
  updatedAt
  owner {
    id
    name
  }
  raisedBy {
    id
    name
  }
  escalatedTo {
    id
    name
  }
  linkedTasks {
    id
    key
    name
  }
  linkedRisks {
    id
    key
    title
  }
  originRisk {
    id
    key
    title
  }
  changeRequests {
    id
    key
    title
    status
  }
}`) as unknown as TypedDocumentString<ChangeRequestIssueLinkMutation, ChangeRequestIssueLinkMutationVariables>;
export const ChangeRequestIssueUnlinkDocument = new TypedDocumentString(`
    mutation ChangeRequestIssueUnlink($input: ChangeRequestIssueInput!) {
  changeRequestIssueUnlink(input: $input) {
    changeNumber
    changeRequest {
      ...ChangeRequestFields
    }
    issue {
      ...IssueFields
    }
  }
}
    fragment ChangeRequestFields on ChangeRequest {
  id
  key
  number
  title
  description
  reason
  category
  status
  version
  takeBaseline
  createdAt
  updatedAt
  appliedAt
  baselineId
  requestedBy {
    id
    name
  }
  linkedTaskIds
  issues {
    id
    key
    title
    status
  }
  changeSet {
    addTasks {
      key
      name
      parentId
      durationDays
      milestone
    }
    durations {
      taskId
      durationDays
    }
    links {
      predecessorId
      successorId
      type
      lagDays
    }
    removeLinks {
      predecessorId
      successorId
    }
    removeTasks
    budgetDelta
    scopeItems
  }
  impact {
    base
    computedAt
    finishBefore
    finishAfter
    costBefore
    costAfter
    budgetBefore
    budgetAfter
    milestones {
      taskId
      name
      before
      after
    }
    becameCritical {
      taskId
      name
    }
    leftCritical {
      taskId
      name
    }
    overallocations {
      resourceId
      name
      daysBefore
      daysAfter
    }
  }
  history {
    id
    fromStatus
    toStatus
    reason
    at
    actor {
      id
      name
    }
  }
}
fragment IssueFields on Issue {
  id
  key
  version
  title
  description
  type
  severity
  priority
  status
  dueDate
  raisedAt
  ageDays
  overdue
  escalationLevel
  resolution
  archivedAt
  updatedAt
  owner {
    id
    name
  }
  raisedBy {
    id
    name
  }
  escalatedTo {
    id
    name
  }
  linkedTasks {
    id
    key
    name
  }
  linkedRisks {
    id
    key
    title
  }
  originRisk {
    id
    key
    title
  }
  changeRequests {
    id
    key
    title
    status
  }
}`) as unknown as TypedDocumentString<ChangeRequestIssueUnlinkMutation, ChangeRequestIssueUnlinkMutationVariables>;
export const LinkableChangeRequestsDocument = new TypedDocumentString(`
    query LinkableChangeRequests($key: String!) {
  project(key: $key) {
    id
    changeRequests(first: 500, sort: NUMBER_DESC) {
      nodes {
        id
        key
        title
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LinkableChangeRequestsQuery, LinkableChangeRequestsQueryVariables>;
export const LinkableIssuesDocument = new TypedDocumentString(`
    query LinkableIssues($key: String!) {
  project(key: $key) {
    id
    issues(first: 500) {
      nodes {
        id
        key
        title
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LinkableIssuesQuery, LinkableIssuesQueryVariables>;
export const OnIssueChangedDocument = new TypedDocumentString(`
    subscription OnIssueChanged($projectId: UUID!) {
  issueChanged(projectId: $projectId) {
    action
    changeNumber
    actorId
    issue {
      ...IssueFields
    }
  }
}
    fragment IssueFields on Issue {
  id
  key
  version
  title
  description
  type
  severity
  priority
  status
  dueDate
  raisedAt
  ageDays
  overdue
  escalationLevel
  resolution
  archivedAt
  updatedAt
  owner {
    id
    name
  }
  raisedBy {
    id
    name
  }
  escalatedTo {
    id
    name
  }
  linkedTasks {
    id
    key
    name
  }
  linkedRisks {
    id
    key
    title
  }
  originRisk {
    id
    key
    title
  }
  changeRequests {
    id
    key
    title
    status
  }
}`) as unknown as TypedDocumentString<OnIssueChangedSubscription, OnIssueChangedSubscriptionVariables>;
export const OpenBlockersDocument = new TypedDocumentString(`
    query OpenBlockers($key: String!) {
  project(key: $key) {
    id
    issues(first: 500, filter: {open: true, types: [BLOCKER]}) {
      nodes {
        id
        key
        title
        linkedTasks {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OpenBlockersQuery, OpenBlockersQueryVariables>;
export const OnBlockerChangedDocument = new TypedDocumentString(`
    subscription OnBlockerChanged($projectId: UUID!) {
  issueChanged(projectId: $projectId) {
    action
    issue {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OnBlockerChangedSubscription, OnBlockerChangedSubscriptionVariables>;
export const WallRegistersDocument = new TypedDocumentString(`
    query WallRegisters {
  wallRegisters {
    showTopRisks
    showBlockingIssues
    topRisks {
      id
      key
      title
      score
      kind
      owner {
        name
      }
    }
    blockingIssues {
      id
      key
      title
      severity
      linkedTasks {
        id
        key
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WallRegistersQuery, WallRegistersQueryVariables>;
export const BoardTokenWallSetDocument = new TypedDocumentString(`
    mutation BoardTokenWallSet($id: UUID!, $showTopRisks: Boolean!, $showBlockingIssues: Boolean!) {
  boardTokenWallSet(
    id: $id
    showTopRisks: $showTopRisks
    showBlockingIssues: $showBlockingIssues
  ) {
    changeNumber
    boardToken {
      id
      showTopRisks
      showBlockingIssues
    }
  }
}
    `) as unknown as TypedDocumentString<BoardTokenWallSetMutation, BoardTokenWallSetMutationVariables>;
export const ProjectSnapshotsDocument = new TypedDocumentString(`
    query ProjectSnapshots($id: UUID!, $from: LocalDate) {
  project(id: $id) {
    id
    snapshots(from: $from) {
      day
      percentComplete
      remainingDays
      completedDays
      totalDays
      spi
      cpi
      openRiskExposure
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectSnapshotsQuery, ProjectSnapshotsQueryVariables>;
export const StatusReportsDocument = new TypedDocumentString(`
    query StatusReports($key: String!) {
  project(key: $key) {
    id
    key
    name
    viewerRole
    statusReports {
      id
      number
      title
      periodStart
      periodEnd
      status
      publishedAt
      publishedHealth
      publishedBy {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StatusReportsQuery, StatusReportsQueryVariables>;
export const StatusReportDocument = new TypedDocumentString(`
    query StatusReport($key: String!, $number: Int!) {
  project(key: $key) {
    id
    key
    name
    viewerRole
    statusReportByNumber(number: $number) {
      id
      number
      title
      periodStart
      periodEnd
      status
      version
      publishedAt
      narrative
      narrativeDocument
      publishedBy {
        id
        name
      }
      figures {
        ...ReportFiguresFields
      }
    }
  }
}
    fragment ReportFiguresFields on ReportFigures {
  computedAt
  currency
  overall
  health {
    area
    colour
    computed
    reasons
    overrideReason
  }
  accomplishments {
    key
    name
    start
    finish
  }
  planned {
    key
    name
    start
    finish
  }
  milestones {
    key
    name
    baselineFinish
    forecastFinish
    actualFinish
    slipDays
  }
  earnedValue {
    statusDate
    pv
    ev
    ac
    sv
    cv
    spi
    cpi
    bac
  }
  trend {
    number
    periodEnd
    spi
    cpi
  }
  curve {
    date
    pv
    ev
    ac
  }
  burndown {
    date
    remaining
  }
  risks {
    key
    title
    score
    status
  }
  issues {
    key
    title
    severity
    blocking
    overdue
    dueDate
  }
  changes {
    key
    title
    status
    decidedOn
    budgetDelta
  }
}`) as unknown as TypedDocumentString<StatusReportQuery, StatusReportQueryVariables>;
export const StatusReportCreateDocument = new TypedDocumentString(`
    mutation StatusReportCreate($input: StatusReportCreateInput!) {
  statusReportCreate(input: $input) {
    changeNumber
    report {
      id
      number
    }
  }
}
    `) as unknown as TypedDocumentString<StatusReportCreateMutation, StatusReportCreateMutationVariables>;
export const StatusReportUpdateDocument = new TypedDocumentString(`
    mutation StatusReportUpdate($input: StatusReportUpdateInput!) {
  statusReportUpdate(input: $input) {
    changeNumber
    report {
      id
      number
      title
      periodStart
      periodEnd
      status
      version
      figures {
        ...ReportFiguresFields
      }
    }
  }
}
    fragment ReportFiguresFields on ReportFigures {
  computedAt
  currency
  overall
  health {
    area
    colour
    computed
    reasons
    overrideReason
  }
  accomplishments {
    key
    name
    start
    finish
  }
  planned {
    key
    name
    start
    finish
  }
  milestones {
    key
    name
    baselineFinish
    forecastFinish
    actualFinish
    slipDays
  }
  earnedValue {
    statusDate
    pv
    ev
    ac
    sv
    cv
    spi
    cpi
    bac
  }
  trend {
    number
    periodEnd
    spi
    cpi
  }
  curve {
    date
    pv
    ev
    ac
  }
  burndown {
    date
    remaining
  }
  risks {
    key
    title
    score
    status
  }
  issues {
    key
    title
    severity
    blocking
    overdue
    dueDate
  }
  changes {
    key
    title
    status
    decidedOn
    budgetDelta
  }
}`) as unknown as TypedDocumentString<StatusReportUpdateMutation, StatusReportUpdateMutationVariables>;
export const StatusReportPublishDocument = new TypedDocumentString(`
    mutation StatusReportPublish($id: UUID!, $version: Int) {
  statusReportPublish(id: $id, version: $version) {
    changeNumber
    report {
      id
      status
      version
      publishedAt
    }
  }
}
    `) as unknown as TypedDocumentString<StatusReportPublishMutation, StatusReportPublishMutationVariables>;
export const StatusReportDeleteDocument = new TypedDocumentString(`
    mutation StatusReportDelete($id: UUID!) {
  statusReportDelete(id: $id) {
    changeNumber
    report {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<StatusReportDeleteMutation, StatusReportDeleteMutationVariables>;
export const ReportLinksDocument = new TypedDocumentString(`
    query ReportLinks($key: String!) {
  project(key: $key) {
    id
    reportLinks {
      id
      name
      prefix
      createdAt
      lastUsedAt
    }
  }
}
    `) as unknown as TypedDocumentString<ReportLinksQuery, ReportLinksQueryVariables>;
export const ReportLinkCreateDocument = new TypedDocumentString(`
    mutation ReportLinkCreate($projectId: UUID!, $name: String!) {
  reportLinkCreate(projectId: $projectId, name: $name) {
    token
    link {
      id
      name
      prefix
      createdAt
      lastUsedAt
    }
  }
}
    `) as unknown as TypedDocumentString<ReportLinkCreateMutation, ReportLinkCreateMutationVariables>;
export const ReportLinkRevokeDocument = new TypedDocumentString(`
    mutation ReportLinkRevoke($id: UUID!) {
  reportLinkRevoke(id: $id) {
    link {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ReportLinkRevokeMutation, ReportLinkRevokeMutationVariables>;
export const StakeholderReportsDocument = new TypedDocumentString(`
    query StakeholderReports($token: String!) {
  stakeholderReports(token: $token) {
    projectName
    projectKey
    latest {
      id
      number
      title
      periodStart
      periodEnd
      publishedAt
      narrative
      publishedBy {
        name
      }
      figures {
        ...ReportFiguresFields
      }
    }
    reports {
      id
      number
      title
      periodEnd
      publishedAt
      publishedHealth
    }
  }
}
    fragment ReportFiguresFields on ReportFigures {
  computedAt
  currency
  overall
  health {
    area
    colour
    computed
    reasons
    overrideReason
  }
  accomplishments {
    key
    name
    start
    finish
  }
  planned {
    key
    name
    start
    finish
  }
  milestones {
    key
    name
    baselineFinish
    forecastFinish
    actualFinish
    slipDays
  }
  earnedValue {
    statusDate
    pv
    ev
    ac
    sv
    cv
    spi
    cpi
    bac
  }
  trend {
    number
    periodEnd
    spi
    cpi
  }
  curve {
    date
    pv
    ev
    ac
  }
  burndown {
    date
    remaining
  }
  risks {
    key
    title
    score
    status
  }
  issues {
    key
    title
    severity
    blocking
    overdue
    dueDate
  }
  changes {
    key
    title
    status
    decidedOn
    budgetDelta
  }
}`) as unknown as TypedDocumentString<StakeholderReportsQuery, StakeholderReportsQueryVariables>;
export const StakeholderReportDocument = new TypedDocumentString(`
    query StakeholderReport($token: String!, $number: Int!) {
  stakeholderReport(token: $token, number: $number) {
    id
    number
    title
    periodStart
    periodEnd
    publishedAt
    narrative
    publishedBy {
      name
    }
    figures {
      ...ReportFiguresFields
    }
  }
}
    fragment ReportFiguresFields on ReportFigures {
  computedAt
  currency
  overall
  health {
    area
    colour
    computed
    reasons
    overrideReason
  }
  accomplishments {
    key
    name
    start
    finish
  }
  planned {
    key
    name
    start
    finish
  }
  milestones {
    key
    name
    baselineFinish
    forecastFinish
    actualFinish
    slipDays
  }
  earnedValue {
    statusDate
    pv
    ev
    ac
    sv
    cv
    spi
    cpi
    bac
  }
  trend {
    number
    periodEnd
    spi
    cpi
  }
  curve {
    date
    pv
    ev
    ac
  }
  burndown {
    date
    remaining
  }
  risks {
    key
    title
    score
    status
  }
  issues {
    key
    title
    severity
    blocking
    overdue
    dueDate
  }
  changes {
    key
    title
    status
    decidedOn
    budgetDelta
  }
}`) as unknown as TypedDocumentString<StakeholderReportQuery, StakeholderReportQueryVariables>;
export const HealthRulesDocument = new TypedDocumentString(`
    query HealthRules($key: String!) {
  project(key: $key) {
    id
    healthRules {
      spiAmber
      spiRed
      cpiAmber
      cpiRed
      milestoneSlipAmberDays
      milestoneSlipRedDays
      scopeAmberPercent
      scopeRedPercent
      scopePendingAmberDays
      riskAmberScore
      riskRedScore
    }
  }
}
    `) as unknown as TypedDocumentString<HealthRulesQuery, HealthRulesQueryVariables>;
export const HealthRulesSetDocument = new TypedDocumentString(`
    mutation HealthRulesSet($projectId: UUID!, $input: HealthRulesInput!) {
  healthRulesSet(projectId: $projectId, input: $input) {
    changeNumber
    rules {
      spiAmber
      spiRed
      cpiAmber
      cpiRed
      milestoneSlipAmberDays
      milestoneSlipRedDays
      scopeAmberPercent
      scopeRedPercent
      scopePendingAmberDays
      riskAmberScore
      riskRedScore
    }
  }
}
    `) as unknown as TypedDocumentString<HealthRulesSetMutation, HealthRulesSetMutationVariables>;
export const WallViewDocument = new TypedDocumentString(`
    query WallView {
  wallView {
    layout
    projectKey
    projectName
    statusDate
    spi
    cpi
    hasBaseline
    milestones {
      id
      key
      name
      baselineFinish
      forecastFinish
      slipDays
    }
    criticalNext {
      id
      key
      name
      start
      finish
      percentComplete
    }
    topRisks {
      id
      key
      title
      score
    }
    openIssues {
      id
      key
      title
      severity
      blocking
      overdue
      dueDate
    }
    issuesBySeverity {
      severity
      count
    }
  }
}
    `) as unknown as TypedDocumentString<WallViewQuery, WallViewQueryVariables>;
export const BoardTokenLayoutSetDocument = new TypedDocumentString(`
    mutation BoardTokenLayoutSet($id: UUID!, $layout: WallLayout!) {
  boardTokenLayoutSet(id: $id, layout: $layout) {
    changeNumber
    boardToken {
      id
      layout
    }
  }
}
    `) as unknown as TypedDocumentString<BoardTokenLayoutSetMutation, BoardTokenLayoutSetMutationVariables>;
export const PortfolioDocument = new TypedDocumentString(`
    query Portfolio($filter: PortfolioFilter, $sort: PortfolioSort, $descending: Boolean) {
  portfolio(filter: $filter, sort: $sort, descending: $descending) {
    total
    managers {
      id
      name
    }
    projects {
      id
      key
      name
      status
      methodology
      currency
      statusDate
      percentComplete
      hasBaseline
      spi
      cpi
      baselineFinish
      forecastFinish
      finishVarianceDays
      budget
      ac
      budgetBurnPercent
      openIssues
      openBlockingIssues
      managers {
        id
        name
      }
      topRisk {
        id
        key
        title
        score
      }
      nextMilestone {
        id
        key
        name
        baselineFinish
        forecastFinish
      }
      health {
        overall
        areas {
          area
          colour
          reasons
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PortfolioQuery, PortfolioQueryVariables>;
export const OutboxDocument = new TypedDocumentString(`
    query Outbox($key: String!, $status: OutboxStatus, $after: String) {
  project(key: $key) {
    id
    key
    name
    viewerRole
    mailDelivery {
      configured
      from
    }
    outbox(first: 50, after: $after, status: $status) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        subject
        text
        status
        attempts
        lastError
        nextAttemptAt
        createdAt
        sentAt
        recipients {
          id
          email
          name
          status
          error
          sentAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OutboxQuery, OutboxQueryVariables>;
export const OutboxRetryDocument = new TypedDocumentString(`
    mutation OutboxRetry($id: UUID!) {
  outboxRetry(id: $id) {
    changeNumber
    message {
      id
      status
      nextAttemptAt
      lastError
    }
  }
}
    `) as unknown as TypedDocumentString<OutboxRetryMutation, OutboxRetryMutationVariables>;
export const UnsubscriptionDocument = new TypedDocumentString(`
    query Unsubscription($token: String!) {
  unsubscription(token: $token) {
    stakeholderName
    projectName
    optedOut
  }
}
    `) as unknown as TypedDocumentString<UnsubscriptionQuery, UnsubscriptionQueryVariables>;
export const UnsubscribeDocument = new TypedDocumentString(`
    mutation Unsubscribe($token: String!) {
  unsubscribe(token: $token) {
    stakeholderName
    projectName
    optedOut
  }
}
    `) as unknown as TypedDocumentString<UnsubscribeMutation, UnsubscribeMutationVariables>;
export const ResubscribeDocument = new TypedDocumentString(`
    mutation Resubscribe($token: String!) {
  resubscribe(token: $token) {
    stakeholderName
    projectName
    optedOut
  }
}
    `) as unknown as TypedDocumentString<ResubscribeMutation, ResubscribeMutationVariables>;
export const CalendarFeedsDocument = new TypedDocumentString(`
    query CalendarFeeds($key: String!) {
  project(key: $key) {
    id
    calendarFeeds {
      id
      name
      prefix
      createdAt
      lastUsedAt
    }
  }
}
    `) as unknown as TypedDocumentString<CalendarFeedsQuery, CalendarFeedsQueryVariables>;
export const CalendarFeedCreateDocument = new TypedDocumentString(`
    mutation CalendarFeedCreate($projectId: UUID!, $name: String!) {
  calendarFeedCreate(projectId: $projectId, name: $name) {
    token
    path
    feed {
      id
      name
      prefix
      createdAt
      lastUsedAt
    }
  }
}
    `) as unknown as TypedDocumentString<CalendarFeedCreateMutation, CalendarFeedCreateMutationVariables>;
export const CalendarFeedRevokeDocument = new TypedDocumentString(`
    mutation CalendarFeedRevoke($id: UUID!) {
  calendarFeedRevoke(id: $id) {
    feed {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CalendarFeedRevokeMutation, CalendarFeedRevokeMutationVariables>;
export const OnOutboxChangedDocument = new TypedDocumentString(`
    subscription OnOutboxChanged($projectId: UUID!) {
  outboxChanged(projectId: $projectId) {
    action
    messageId
  }
}
    `) as unknown as TypedDocumentString<OnOutboxChangedSubscription, OnOutboxChangedSubscriptionVariables>;