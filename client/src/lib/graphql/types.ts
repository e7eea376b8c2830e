/**
 * Types for the operations the client uses. Enums and inputs come from the schema's generated
 * types (`schema/_generated/graphql.ts`, `npm run codegen`), so a changed API fails the type check;
 * result shapes list just the fields the client selects. Scalars: DateTimeISO and LocalDate arrive
 * as strings (ISO date-time / YYYY-MM-DD).
 */
import type * as G from '@trellis/schema/types';

export type ID = string;
export type DateTimeISO = string;
export type LocalDate = string;

export type Methodology = G.Methodology;
export type ProjectStatus = G.ProjectStatus;
export type ProjectRole = G.ProjectRole;
export type StatusCategory = G.StatusCategory;
export type TaskKind = G.TaskKind;
export type TaskEventAction = G.TaskEventAction;
export type CharterApproval = G.CharterApproval;
export type PlanPart = G.PlanPart;
export type ExportFormat = G.ExportFormat;
export type ImportFormat = G.ImportFormat;
export type ConstraintType = G.ConstraintType;

export const METHODOLOGIES: Methodology[] = ['HYBRID', 'WATERFALL', 'SCRUM', 'KANBAN'];
export const PROJECT_STATUSES: ProjectStatus[] = ['PROPOSED', 'ACTIVE', 'ON_HOLD', 'COMPLETED', 'CANCELLED'];
export const PROJECT_ROLES: ProjectRole[] = ['OWNER', 'MANAGER', 'MEMBER', 'VIEWER'];
export const STATUS_CATEGORIES: StatusCategory[] = ['BACKLOG', 'UNSTARTED', 'STARTED', 'COMPLETED', 'CANCELLED'];
export const CHARTER_APPROVALS: CharterApproval[] = ['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED'];

export interface User {
  id: ID;
  name: string;
  email: string;
}

export interface PageInfo {
  endCursor: string | null;
  hasNextPage: boolean;
}

export interface Connection<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

export interface ProjectSummary {
  id: ID;
  key: string;
  name: string;
  description: string;
  methodology: Methodology;
  status: ProjectStatus;
  startDate: LocalDate | null;
  targetFinish: LocalDate | null;
  archivedAt: DateTimeISO | null;
  viewerRole: ProjectRole | null;
}

/** A project as listed on the projects page. */
export interface ProjectListItem extends ProjectSummary {
  board: { percentComplete: number; taskCount: number };
}

export interface TaskStatus {
  id: ID;
  name: string;
  category: StatusCategory;
  color: string;
  position: number;
}

export interface ProjectMember {
  role: ProjectRole;
  user: User;
}

export interface ProjectDetail extends ProjectSummary {
  version: number;
  currency: string;
  budget: number | null;
  members: ProjectMember[];
  statuses: TaskStatus[];
}

export interface Task {
  id: ID;
  key: string;
  wbsCode: string;
  name: string;
  kind: TaskKind;
  parentId: ID | null;
  position: number;
  durationDays: number;
  /** Start and finish in the current schedule, local 'YYYY-MM-DDTHH:MM' (null when the plan cannot be scheduled). */
  start: string | null;
  finish: string | null;
  /** The server's one rule: not complete and due by the status date (today without one), or past its deadline. */
  late: boolean;
  /** A summary's percent is its stored roll-up. */
  percentComplete: number;
  /** A summary's progress rolled up from the work under it; null for other tasks. */
  rollupState?: 'NOT_STARTED' | 'STARTED' | 'DONE' | null;
  version: number;
  childCount: number;
  archivedAt: DateTimeISO | null;
  status: { id: ID; name: string; category: StatusCategory; color: string };
  assignee: { id: ID; name: string } | null;
}

/** outlineChanged: every live task's place after siblings were renumbered. */
export interface Outline {
  projectId: string;
  nodes: { id: string; parentId: string | null; position: number; wbsCode: string }[];
}

export interface TaskEvent {
  action: TaskEventAction;
  task: Task;
  /** The project's change number of the write; the mutation that made it returned the same. */
  changeNumber: number | null;
  /** Who made it (null: Trellis itself). */
  actorId: ID | null;
}

export interface BoardCard {
  id: ID;
  key: string;
  name: string;
  wbsCode: string;
  kind: TaskKind;
  percentComplete: number;
  start: string | null;
  finish: string | null;
  late: boolean;
  version: number;
  statusId: ID;
  assignee: { id: ID; name: string } | null;
}

export interface BoardColumn {
  statusId: ID;
  name: string;
  category: StatusCategory;
  color: string;
  count: number;
  cards: BoardCard[];
}

export interface BoardMilestone {
  id: ID;
  key: string;
  name: string;
  date: LocalDate | null;
  finish: string | null;
  completed: boolean;
  late: boolean;
}

export interface BoardActivity {
  id: ID;
  at: DateTimeISO;
  actorName: string | null;
  summary: string;
}

export interface Board {
  projectId: ID;
  projectKey: string;
  projectName: string;
  generatedAt: DateTimeISO;
  percentComplete: number;
  taskCount: number;
  categories: { category: StatusCategory; count: number }[];
  columns: BoardColumn[];
  milestones: BoardMilestone[];
  lateTasks: BoardCard[];
  recentActivity: BoardActivity[];
}

export interface Activity {
  id: ID;
  createdAt: DateTimeISO;
  summary: string;
  action: 'CREATED' | 'DELETED' | 'MOVED' | 'UPDATED';
  actor: { id: ID; name: string } | null;
  taskId: ID | null;
}

/** A pending invitation link (its secret is shown once, when it is made). */
export interface Invitation {
  id: ID;
  email: string;
  name: string | null;
  role: ProjectRole;
  createdAt: DateTimeISO;
  expiresAt: DateTimeISO;
}

export type InvitationState = 'PENDING' | 'ACCEPTED' | 'EXPIRED' | 'REVOKED';

/** What an invitation link offers, as its holder sees it. */
export interface InvitationPreview {
  projectName: string;
  projectKey: string;
  role: ProjectRole;
  invitedByName: string | null;
  expiresAt: DateTimeISO;
  state: InvitationState;
  viewerIsMember: boolean;
}

export interface BoardToken {
  id: ID;
  name: string;
  prefix: string;
  createdAt: DateTimeISO;
  lastUsedAt: DateTimeISO | null;
  revokedAt: DateTimeISO | null;
}

export interface AccessToken {
  id: ID;
  name: string;
  prefix: string;
  createdAt: DateTimeISO;
  lastUsedAt: DateTimeISO | null;
  revokedAt: DateTimeISO | null;
}

export interface Charter {
  projectId: ID;
  purpose: string;
  objectives: string[];
  successCriteria: string[];
  inScope: string;
  outOfScope: string;
  assumptions: string;
  constraints: string;
  keyStakeholders: string[];
  sponsor: string;
  approvalState: CharterApproval;
  approvedAt: DateTimeISO | null;
  updatedAt: DateTimeISO;
  version: number;
}

/** The charter page: the project's heading and its charter. */
export interface ProjectCharter {
  id: ID;
  key: string;
  name: string;
  viewerRole: ProjectRole | null;
  archivedAt: DateTimeISO | null;
  charter: Charter;
}

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

export interface TaskRef {
  id: ID;
  key: string;
  name: string;
}

export interface TaskDetail extends Task {
  description: string;
  estimateHours: number | null;
  storyPoints: number | null;
  constraintType: ConstraintType;
  constraintDate: string | null;
  deadline: string | null;
  actualStart: string | null;
  actualFinish: string | null;
  calendarId: ID | null;
  scheduled: { start: string; finish: string; totalFloatDays: number; freeFloatDays: number; critical: boolean; levelingDelayDays: number } | null;
  project: { id: ID; calendars: { id: ID; name: string }[]; schedule: { warnings: { taskId: ID | null; code: string; message: string }[] } };
  predecessors: { id: ID; type: DependencyType; lagDays: number; predecessor: TaskRef }[];
  successors: { id: ID; type: DependencyType; lagDays: number; successor: TaskRef }[];
  activity: { nodes: Activity[] };
}
