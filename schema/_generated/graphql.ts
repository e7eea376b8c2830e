export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
};

export type AccessToken = {
  __typename?: 'AccessToken';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  lastUsedAt: Maybe<Scalars['DateTimeISO']['output']>;
  name: Scalars['String']['output'];
  prefix: Scalars['String']['output'];
  revokedAt: Maybe<Scalars['DateTimeISO']['output']>;
};

export type AccessTokenCreateInput = {
  /** What the token is for, e.g. "Power BI report" */
  name: Scalars['String']['input'];
};

/** The secret is shown only here, once */
export type AccessTokenCreatePayload = {
  __typename?: 'AccessTokenCreatePayload';
  accessToken: AccessToken;
  token: Scalars['String']['output'];
};

export type AccessTokenPayload = {
  __typename?: 'AccessTokenPayload';
  accessToken: AccessToken;
};

export type Activity = {
  __typename?: 'Activity';
  action: ActivityAction;
  actor: Maybe<User>;
  actorId: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  entityId: Scalars['ID']['output'];
  entityType: Scalars['String']['output'];
  field: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  newValue: Maybe<Scalars['JSON']['output']>;
  oldValue: Maybe<Scalars['JSON']['output']>;
  projectId: Scalars['ID']['output'];
  /** One readable sentence, e.g. "Ana moved ERP-12 Data mapping to In progress" */
  summary: Scalars['String']['output'];
  taskId: Maybe<Scalars['ID']['output']>;
};

export type ActivityAction =
  | 'CREATED'
  | 'DELETED'
  | 'MOVED'
  | 'UPDATED';

export type ActivityConnection = {
  __typename?: 'ActivityConnection';
  nodes: Array<Activity>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  user: User;
};

/** A project's progress at a glance: what the board page and the wall screen show */
export type Board = {
  __typename?: 'Board';
  categories: Array<CategoryCount>;
  columns: Array<BoardColumn>;
  generatedAt: Scalars['DateTimeISO']['output'];
  lateTasks: Array<BoardCard>;
  milestones: Array<BoardMilestone>;
  /** Duration-weighted % complete over leaf tasks, cancelled ones left out */
  percentComplete: Scalars['Float']['output'];
  projectId: Scalars['ID']['output'];
  projectKey: Scalars['String']['output'];
  projectName: Scalars['String']['output'];
  recentActivity: Array<BoardActivity>;
  /** Leaf tasks (work packages and milestones) */
  taskCount: Scalars['Int']['output'];
};

export type BoardActivity = {
  __typename?: 'BoardActivity';
  actorName: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  summary: Scalars['String']['output'];
};

/** A task as shown on a board card */
export type BoardCard = {
  __typename?: 'BoardCard';
  assignee: Maybe<BoardPerson>;
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  kind: TaskKind;
  /** Planned finish is past and the task is not done */
  late: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  percentComplete: Scalars['Int']['output'];
  plannedFinish: Maybe<Scalars['LocalDate']['output']>;
  statusId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
  wbsCode: Scalars['String']['output'];
};

export type BoardColumn = {
  __typename?: 'BoardColumn';
  /** Leaf tasks (not summaries) in outline order */
  cards: Array<BoardCard>;
  category: StatusCategory;
  color: Scalars['String']['output'];
  count: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  statusId: Scalars['ID']['output'];
};

export type BoardMilestone = {
  __typename?: 'BoardMilestone';
  completed: Scalars['Boolean']['output'];
  date: Maybe<Scalars['LocalDate']['output']>;
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  late: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
};

/** A person as shown on the board */
export type BoardPerson = {
  __typename?: 'BoardPerson';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type BoardToken = {
  __typename?: 'BoardToken';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  lastUsedAt: Maybe<Scalars['DateTimeISO']['output']>;
  name: Scalars['String']['output'];
  prefix: Scalars['String']['output'];
  projectId: Scalars['ID']['output'];
  revokedAt: Maybe<Scalars['DateTimeISO']['output']>;
};

/** The secret is shown only here, once; the wall page is /wall/<token> */
export type BoardTokenCreatePayload = {
  __typename?: 'BoardTokenCreatePayload';
  boardToken: BoardToken;
  token: Scalars['String']['output'];
};

export type BoardTokenPayload = {
  __typename?: 'BoardTokenPayload';
  boardToken: BoardToken;
};

export type CategoryCount = {
  __typename?: 'CategoryCount';
  category: StatusCategory;
  count: Scalars['Int']['output'];
};

export type Charter = {
  __typename?: 'Charter';
  approvalState: CharterApproval;
  approvedAt: Maybe<Scalars['DateTimeISO']['output']>;
  assumptions: Scalars['String']['output'];
  constraints: Scalars['String']['output'];
  inScope: Scalars['String']['output'];
  keyStakeholders: Array<Scalars['String']['output']>;
  objectives: Array<Scalars['String']['output']>;
  outOfScope: Scalars['String']['output'];
  projectId: Scalars['ID']['output'];
  purpose: Scalars['String']['output'];
  sponsor: Scalars['String']['output'];
  successCriteria: Array<Scalars['String']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
  version: Scalars['Int']['output'];
};

export type CharterApproval =
  | 'APPROVED'
  | 'DRAFT'
  | 'REJECTED'
  | 'SUBMITTED';

export type CharterPayload = {
  __typename?: 'CharterPayload';
  charter: Charter;
};

export type CharterUpdateInput = {
  assumptions?: InputMaybe<Scalars['String']['input']>;
  constraints?: InputMaybe<Scalars['String']['input']>;
  inScope?: InputMaybe<Scalars['String']['input']>;
  keyStakeholders?: InputMaybe<Array<Scalars['String']['input']>>;
  objectives?: InputMaybe<Array<Scalars['String']['input']>>;
  outOfScope?: InputMaybe<Scalars['String']['input']>;
  projectId: Scalars['ID']['input'];
  purpose?: InputMaybe<Scalars['String']['input']>;
  sponsor?: InputMaybe<Scalars['String']['input']>;
  successCriteria?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The version you read; a stale one fails with CONFLICT */
  version: Scalars['Int']['input'];
};

export type Dependency = {
  __typename?: 'Dependency';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** Lag in working days; negative is a lead */
  lagDays: Scalars['Float']['output'];
  predecessor: Task;
  predecessorId: Scalars['ID']['output'];
  projectId: Scalars['ID']['output'];
  successor: Task;
  successorId: Scalars['ID']['output'];
  type: DependencyType;
};

export type DependencyConnection = {
  __typename?: 'DependencyConnection';
  nodes: Array<Dependency>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DependencyCreateInput = {
  /** Working days; negative is a lead */
  lagDays?: InputMaybe<Scalars['Float']['input']>;
  predecessorId: Scalars['ID']['input'];
  successorId: Scalars['ID']['input'];
  /** Default FS */
  type?: InputMaybe<DependencyType>;
};

export type DependencyPayload = {
  __typename?: 'DependencyPayload';
  dependency: Dependency;
};

/** FS finish-to-start, SS start-to-start, FF finish-to-finish, SF start-to-finish */
export type DependencyType =
  | 'FF'
  | 'FS'
  | 'SF'
  | 'SS';

export type DependencyUpdateInput = {
  id: Scalars['ID']['input'];
  lagDays?: InputMaybe<Scalars['Float']['input']>;
  type?: InputMaybe<DependencyType>;
};

export type MemberInviteInput = {
  email: Scalars['String']['input'];
  /** Used when the person has no account yet */
  name?: InputMaybe<Scalars['String']['input']>;
  projectId: Scalars['ID']['input'];
  role: ProjectRole;
};

export type MemberPayload = {
  __typename?: 'MemberPayload';
  member: ProjectMember;
};

export type MemberUpdateInput = {
  projectId: Scalars['ID']['input'];
  role: ProjectRole;
  userId: Scalars['ID']['input'];
};

/** How the project runs its work */
export type Methodology =
  | 'HYBRID'
  | 'KANBAN'
  | 'SCRUM'
  | 'WATERFALL';

export type Mutation = {
  __typename?: 'Mutation';
  /** A personal access token for reporting tools; the secret is returned once */
  accessTokenCreate: AccessTokenCreatePayload;
  accessTokenRevoke: AccessTokenPayload;
  /** A read-only token for the wall screen at /wall/<token>; the secret is returned once */
  boardTokenCreate: BoardTokenCreatePayload;
  boardTokenRevoke: BoardTokenPayload;
  charterApprovalSet: CharterPayload;
  charterUpdate: CharterPayload;
  /** Links two tasks; a link that would close a cycle is refused, naming the cycle */
  dependencyCreate: DependencyPayload;
  dependencyDelete: DependencyPayload;
  dependencyUpdate: DependencyPayload;
  /** Adds a person by email; someone without an account can sign up with it later */
  memberInvite: MemberPayload;
  memberRemove: Scalars['Boolean']['output'];
  memberUpdate: MemberPayload;
  /** Makes the project read-only */
  projectArchive: ProjectPayload;
  projectCreate: ProjectPayload;
  projectUnarchive: ProjectPayload;
  projectUpdate: ProjectPayload;
  /** Signs in (sets the session cookie) */
  signIn: AuthPayload;
  signOut: Scalars['Boolean']['output'];
  /** Creates an account and signs in (sets the session cookie) */
  signUp: AuthPayload;
  statusCreate: StatusPayload;
  /** Deletes a status; its tasks move to moveToId (required when it has tasks) */
  statusDelete: StatusPayload;
  statusUpdate: StatusPayload;
  taskCreate: TaskPayload;
  /** Archives the task and its sub-tasks and removes their links */
  taskDelete: TaskPayload;
  /** Moves a task (with its sub-tasks) to a new parent and/or position */
  taskMove: TaskPayload;
  /** Changes fields; send the version you read (stale = CONFLICT) */
  taskUpdate: TaskPayload;
};


export type MutationAccessTokenCreateArgs = {
  input: AccessTokenCreateInput;
};


export type MutationAccessTokenRevokeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationBoardTokenCreateArgs = {
  name: Scalars['String']['input'];
  projectId: Scalars['ID']['input'];
};


export type MutationBoardTokenRevokeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCharterApprovalSetArgs = {
  projectId: Scalars['ID']['input'];
  state: CharterApproval;
};


export type MutationCharterUpdateArgs = {
  input: CharterUpdateInput;
};


export type MutationDependencyCreateArgs = {
  input: DependencyCreateInput;
};


export type MutationDependencyDeleteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDependencyUpdateArgs = {
  input: DependencyUpdateInput;
};


export type MutationMemberInviteArgs = {
  input: MemberInviteInput;
};


export type MutationMemberRemoveArgs = {
  projectId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationMemberUpdateArgs = {
  input: MemberUpdateInput;
};


export type MutationProjectArchiveArgs = {
  id: Scalars['ID']['input'];
};


export type MutationProjectCreateArgs = {
  input: ProjectCreateInput;
};


export type MutationProjectUnarchiveArgs = {
  id: Scalars['ID']['input'];
};


export type MutationProjectUpdateArgs = {
  input: ProjectUpdateInput;
};


export type MutationSignInArgs = {
  input: SignInInput;
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationStatusCreateArgs = {
  input: StatusCreateInput;
};


export type MutationStatusDeleteArgs = {
  id: Scalars['ID']['input'];
  moveToId: InputMaybe<Scalars['ID']['input']>;
};


export type MutationStatusUpdateArgs = {
  input: StatusUpdateInput;
};


export type MutationTaskCreateArgs = {
  input: TaskCreateInput;
};


export type MutationTaskDeleteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationTaskMoveArgs = {
  input: TaskMoveInput;
};


export type MutationTaskUpdateArgs = {
  input: TaskUpdateInput;
};

/** Every live task's place in the outline, in outline order */
export type Outline = {
  __typename?: 'Outline';
  nodes: Array<OutlineNode>;
  projectId: Scalars['ID']['output'];
};

/** A task's place in the outline */
export type OutlineNode = {
  __typename?: 'OutlineNode';
  id: Scalars['ID']['output'];
  parentId: Maybe<Scalars['ID']['output']>;
  /** Among its siblings, 0-based */
  position: Scalars['Int']['output'];
  wbsCode: Scalars['String']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Project = {
  __typename?: 'Project';
  /** Newest first */
  activity: ActivityConnection;
  /** Archived projects are read-only */
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  board: Board;
  /** Active wall-board tokens (managers only) */
  boardTokens: Array<BoardToken>;
  budget: Maybe<Scalars['Float']['output']>;
  charter: Charter;
  createdAt: Scalars['DateTimeISO']['output'];
  /** ISO 4217 currency code */
  currency: Scalars['String']['output'];
  dependencies: DependencyConnection;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  members: Array<ProjectMember>;
  methodology: Methodology;
  name: Scalars['String']['output'];
  startDate: Maybe<Scalars['LocalDate']['output']>;
  status: ProjectStatus;
  /** Workflow statuses in board order */
  statuses: Array<TaskStatus>;
  targetFinish: Maybe<Scalars['LocalDate']['output']>;
  /** Tasks in outline (WBS) order */
  tasks: TaskConnection;
  updatedAt: Scalars['DateTimeISO']['output'];
  version: Scalars['Int']['output'];
  /** The viewer's role here (null for a board token) */
  viewerRole: Maybe<ProjectRole>;
};


export type ProjectActivityArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  since: InputMaybe<Scalars['DateTimeISO']['input']>;
};


export type ProjectDependenciesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type ProjectTasksArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<TaskFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  includeArchived: InputMaybe<Scalars['Boolean']['input']>;
};

export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  nodes: Array<Project>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProjectCreateInput = {
  budget?: InputMaybe<Scalars['Float']['input']>;
  /** ISO 4217 code, e.g. EUR */
  currency?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** 2-10 upper-case letters or digits, starting with a letter */
  key: Scalars['String']['input'];
  methodology?: InputMaybe<Methodology>;
  name: Scalars['String']['input'];
  startDate?: InputMaybe<Scalars['LocalDate']['input']>;
  status?: InputMaybe<ProjectStatus>;
  targetFinish?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** A person's role in one project */
export type ProjectMember = {
  __typename?: 'ProjectMember';
  createdAt: Scalars['DateTimeISO']['output'];
  projectId: Scalars['ID']['output'];
  role: ProjectRole;
  user: User;
  userId: Scalars['ID']['output'];
};

export type ProjectPayload = {
  __typename?: 'ProjectPayload';
  project: Project;
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
  budget?: InputMaybe<Scalars['Float']['input']>;
  /** ISO 4217 code, e.g. EUR */
  currency?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  methodology?: InputMaybe<Methodology>;
  name?: InputMaybe<Scalars['String']['input']>;
  startDate?: InputMaybe<Scalars['LocalDate']['input']>;
  status?: InputMaybe<ProjectStatus>;
  targetFinish?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The version you read; a stale one fails with CONFLICT */
  version: Scalars['Int']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** The viewer's active personal access tokens */
  accessTokens: Array<AccessToken>;
  /** A project by id or by key */
  project: Project;
  /** Projects the viewer is a member of, by name */
  projects: ProjectConnection;
  task: Task;
  /** The signed-in user, or null */
  viewer: Maybe<User>;
  /** The wall screen's board, for a request made with a board token */
  wallBoard: Board;
};


export type QueryProjectArgs = {
  id: InputMaybe<Scalars['ID']['input']>;
  key: InputMaybe<Scalars['String']['input']>;
};


export type QueryProjectsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  includeArchived: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryTaskArgs = {
  id: Scalars['ID']['input'];
};

export type SignInInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type SignUpInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** At least 8 characters */
  password: Scalars['String']['input'];
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
  color?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  projectId: Scalars['ID']['input'];
};

export type StatusPayload = {
  __typename?: 'StatusPayload';
  status: TaskStatus;
};

export type StatusUpdateInput = {
  color?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  position?: InputMaybe<Scalars['Int']['input']>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Every new activity row of the project */
  activityAdded: Activity;
  /** The board's aggregates, recomputed after every change in the project */
  boardUpdated: Board;
  /** Sent once after a create, move or delete renumbers other tasks (their WBS codes or positions), with every task's place; the task that was created, moved or deleted gets its own taskUpdated */
  outlineChanged: Outline;
  /** The project, its members, statuses or charter changed */
  projectUpdated: Project;
  taskUpdated: TaskEvent;
};


export type SubscriptionActivityAddedArgs = {
  projectId: Scalars['ID']['input'];
};


export type SubscriptionBoardUpdatedArgs = {
  projectId: Scalars['ID']['input'];
};


export type SubscriptionOutlineChangedArgs = {
  projectId: Scalars['ID']['input'];
};


export type SubscriptionProjectUpdatedArgs = {
  projectId: Scalars['ID']['input'];
};


export type SubscriptionTaskUpdatedArgs = {
  projectId: Scalars['ID']['input'];
};

export type Task = {
  __typename?: 'Task';
  /** History of this task, newest first */
  activity: ActivityConnection;
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  assignee: Maybe<User>;
  assigneeId: Maybe<Scalars['ID']['output']>;
  /** Live sub-tasks */
  childCount: Scalars['Int']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  description: Scalars['String']['output'];
  /** Duration in working days */
  durationDays: Scalars['Float']['output'];
  estimateHours: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  /** Human key, e.g. ERP-17 */
  key: Scalars['String']['output'];
  kind: TaskKind;
  name: Scalars['String']['output'];
  number: Scalars['Int']['output'];
  parent: Maybe<Task>;
  parentId: Maybe<Scalars['ID']['output']>;
  percentComplete: Scalars['Int']['output'];
  plannedFinish: Maybe<Scalars['LocalDate']['output']>;
  plannedStart: Maybe<Scalars['LocalDate']['output']>;
  position: Scalars['Int']['output'];
  /** Links where this task is the successor */
  predecessors: Array<Dependency>;
  project: Project;
  projectId: Scalars['ID']['output'];
  status: TaskStatus;
  statusId: Scalars['ID']['output'];
  storyPoints: Maybe<Scalars['Float']['output']>;
  /** Links where this task is the predecessor */
  successors: Array<Dependency>;
  updatedAt: Scalars['DateTimeISO']['output'];
  version: Scalars['Int']['output'];
  wbsCode: Scalars['String']['output'];
};


export type TaskActivityArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  since: InputMaybe<Scalars['DateTimeISO']['input']>;
};

export type TaskConnection = {
  __typename?: 'TaskConnection';
  nodes: Array<Task>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TaskCreateInput = {
  /** A project member; null unassigns */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Working days */
  durationDays?: InputMaybe<Scalars['Float']['input']>;
  estimateHours?: InputMaybe<Scalars['Float']['input']>;
  kind?: InputMaybe<TaskKind>;
  name: Scalars['String']['input'];
  /** Parent task; omit for a top-level task */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** 0-100 */
  percentComplete?: InputMaybe<Scalars['Int']['input']>;
  plannedFinish?: InputMaybe<Scalars['LocalDate']['input']>;
  plannedStart?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Position among siblings (0-based); default last */
  position?: InputMaybe<Scalars['Int']['input']>;
  projectId: Scalars['ID']['input'];
  /** Default: the first status in UNSTARTED */
  statusId?: InputMaybe<Scalars['ID']['input']>;
  storyPoints?: InputMaybe<Scalars['Float']['input']>;
};

/** A task was created, changed (fields, place in the outline, links) or deleted */
export type TaskEvent = {
  __typename?: 'TaskEvent';
  action: TaskEventAction;
  task: Task;
};

export type TaskEventAction =
  | 'CREATED'
  | 'DELETED'
  | 'UPDATED';

export type TaskFilter = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<TaskKind>;
  /** Only direct children of this task */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Only top-level tasks */
  rootOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Case-insensitive match on name or key */
  search?: InputMaybe<Scalars['String']['input']>;
  statusCategories?: InputMaybe<Array<StatusCategory>>;
  statusIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only tasks with no assignee */
  unassigned?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only tasks changed at or after this time (for incremental sync) */
  updatedSince?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

export type TaskKind =
  | 'MILESTONE'
  | 'SUMMARY'
  | 'TASK';

export type TaskMoveInput = {
  id: Scalars['ID']['input'];
  /** New parent; null moves the task to the top level */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Position among the new siblings (0-based); default last */
  position?: InputMaybe<Scalars['Int']['input']>;
};

export type TaskPayload = {
  __typename?: 'TaskPayload';
  task: Task;
};

export type TaskStatus = {
  __typename?: 'TaskStatus';
  category: StatusCategory;
  color: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  position: Scalars['Int']['output'];
  projectId: Scalars['ID']['output'];
};

export type TaskUpdateInput = {
  /** A project member; null unassigns */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Working days */
  durationDays?: InputMaybe<Scalars['Float']['input']>;
  estimateHours?: InputMaybe<Scalars['Float']['input']>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<TaskKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** 0-100 */
  percentComplete?: InputMaybe<Scalars['Int']['input']>;
  plannedFinish?: InputMaybe<Scalars['LocalDate']['input']>;
  plannedStart?: InputMaybe<Scalars['LocalDate']['input']>;
  statusId?: InputMaybe<Scalars['ID']['input']>;
  storyPoints?: InputMaybe<Scalars['Float']['input']>;
  /** The version you read; a stale one fails with CONFLICT */
  version: Scalars['Int']['input'];
};

/** A person who can sign in, or who was invited and has not signed up yet */
export type User = {
  __typename?: 'User';
  createdAt: Scalars['DateTimeISO']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};
