/**
 * Named types for what the client's operations select. Result shapes are not written by hand: they
 * come from the documents in ./operations, typed from schema/schema.graphql by `npm run codegen`
 * (./generated), so a field the schema drops or changes fails the type check. Enums and inputs come
 * from the schema's generated types (`schema/_generated/graphql.ts`). Scalars: DateTimeISO and
 * LocalDate arrive as strings (ISO date-time / YYYY-MM-DD); schedule dates are local
 * 'YYYY-MM-DDTHH:MM' strings.
 */
import type * as G from '@trellis/schema/types';
import type * as D from './generated/graphql';

export type Methodology = G.Methodology;
export type ProjectStatus = G.ProjectStatus;
export type ProjectRole = G.ProjectRole;
export type StatusCategory = G.StatusCategory;
export type TaskKind = G.TaskKind;
export type CharterApproval = G.CharterApproval;
export type PlanPart = G.PlanPart;
export type ExportFormat = G.ExportFormat;
export type ImportFormat = G.ImportFormat;
export type ConstraintType = G.ConstraintType;
export type WallLayout = G.WallLayout;
export type HealthColour = G.HealthColour;
export type PortfolioSort = G.PortfolioSort;
export type TokenScope = G.TokenScope;

export const METHODOLOGIES: Methodology[] = ['HYBRID', 'WATERFALL', 'SCRUM', 'KANBAN'];
export const PROJECT_STATUSES: ProjectStatus[] = ['PROPOSED', 'ACTIVE', 'ON_HOLD', 'COMPLETED', 'CANCELLED'];
export const PROJECT_ROLES: ProjectRole[] = ['OWNER', 'MANAGER', 'MEMBER', 'VIEWER'];
export const STATUS_CATEGORIES: StatusCategory[] = ['BACKLOG', 'UNSTARTED', 'STARTED', 'COMPLETED', 'CANCELLED'];

export type User = NonNullable<D.ViewerQuery['viewer']>;

export type PageInfo = D.ProjectsQuery['projects']['pageInfo'];

/** A project as listed on the projects page. */
export type ProjectListItem = D.ProjectsQuery['projects']['nodes'][number];

export type ProjectDetail = D.ProjectFieldsFragment;
export type ProjectMember = ProjectDetail['members'][number];
export type TaskStatus = D.StatusFieldsFragment;

/**
 * A task as the outline and the board list it. `start` and `finish` are its dates in the current
 * schedule (null when the plan cannot be scheduled); `late` is the server's one rule: not complete and
 * due by the status date (today without one), or past its deadline.
 */
export type Task = D.TaskFieldsFragment;

/** outlineChanged: every live task's place after siblings were renumbered. */
export type Outline = D.OnOutlineChangedSubscription['outlineChanged'];

/**
 * taskUpdated: `changeNumber` is the project's change number of the write (the mutation that made it
 * returned the same); `actorId` is who made it (null: Trellis itself).
 */
export type TaskEvent = D.OnTaskUpdatedSubscription['taskUpdated'];

export type Board = D.BoardFieldsFragment;
export type BoardColumn = Board['columns'][number];
export type BoardCard = BoardColumn['cards'][number];
export type BoardMilestone = Board['milestones'][number];

export type Activity = D.ActivityFieldsFragment;

/** A pending invitation link (its secret is shown once, when it is made). */
export type Invitation = D.InvitationFieldsFragment;

/** What an invitation link offers, as its holder sees it. */
export type InvitationPreview = D.InvitationQuery['invitation'];

export type BoardToken = NonNullable<D.ProjectSettingsQuery['project']['boardTokens']>[number];

export type AccessToken = D.AccessTokensQuery['accessTokens'][number];

export type Charter = D.CharterFieldsFragment;

/** The charter page: the project's heading and its charter. */
export type ProjectCharter = D.ProjectCharterQuery['project'];

// ---- inputs ----

export type ProjectCreateInput = G.ProjectCreateInput;
export type ProjectUpdateInput = G.ProjectUpdateInput;
export type TaskCreateInput = G.TaskCreateInput;
export type TaskUpdateInput = G.TaskUpdateInput;
export type StatusCreateInput = G.StatusCreateInput;
export type StatusUpdateInput = G.StatusUpdateInput;
export type CharterUpdateInput = G.CharterUpdateInput;

export type DependencyType = G.DependencyType;
export const DEPENDENCY_TYPES: { id: DependencyType; label: string }[] = [
  { id: 'FS', label: 'Finish → start' },
  { id: 'SS', label: 'Start → start' },
  { id: 'FF', label: 'Finish → finish' },
  { id: 'SF', label: 'Start → finish' },
];

export type TaskDetail = D.TaskDetailQuery['task'];

/** One page of a connection as the client reads it (any node type). */
export interface Connection<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

// ---- Risk register and issue log ----
export type RiskKind = G.RiskKind;
export type RiskStatus = G.RiskStatus;
export type RiskStrategy = G.RiskStrategy;
export type IssueType = G.IssueType;
export type IssueLevel = G.IssueLevel;
export type IssueStatus = G.IssueStatus;
export type Risk = D.RiskFieldsFragment;
export type Issue = D.IssueFieldsFragment;
export type RiskExposurePoint = D.RiskRegisterQuery['project']['riskExposure'][number];
export type RiskReserve = D.RiskRegisterQuery['project']['riskReserve'];
export type RiskCreateInput = G.RiskCreateInput;
export type RiskUpdateInput = G.RiskUpdateInput;
export type IssueCreateInput = G.IssueCreateInput;
export type IssueUpdateInput = G.IssueUpdateInput;

export type ReportFigures = D.ReportFiguresFieldsFragment;
export type HealthAreaName = G.HealthAreaName;
export type StatusReportSummary = NonNullable<D.StatusReportsQuery['project']>['statusReports'][number];
export type StatusReportDetail = NonNullable<NonNullable<D.StatusReportQuery['project']>['statusReportByNumber']>;
export type ReportLinkRow = NonNullable<D.ReportLinksQuery['project']>['reportLinks'][number];
/** What a wall screen shows besides its board, in its token's layout. */
export type WallView = D.WallViewQuery['wallView'];

/** The portfolio: every project the viewer belongs to, with its figures and health. */
export type PortfolioData = D.PortfolioQuery['portfolio'];
export type PortfolioRow = PortfolioData['projects'][number];
