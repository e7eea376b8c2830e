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
  /** A UUID, the form of every id Trellis gives out, e.g. "0b5e6f1c-3d2a-4c8e-9f10-7a1b2c3d4e5f". */
  UUID: { input: string; output: string; }
};

export type AccessToken = {
  __typename?: 'AccessToken';
  createdAt: Scalars['DateTimeISO']['output'];
  /** After this instant the token is refused (UNAUTHENTICATED); null: until revoked */
  expiresAt: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  lastUsedAt: Maybe<Scalars['DateTimeISO']['output']>;
  name: Scalars['String']['output'];
  prefix: Scalars['String']['output'];
  revokedAt: Maybe<Scalars['DateTimeISO']['output']>;
  scope: TokenScope;
};

export type AccessTokenCreateInput = {
  /** When the token stops working (at most a year away); none: until revoked */
  expiresAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** What the token is for, e.g. "Power BI report" */
  name: Scalars['String']['input'];
  /** READ for reporting tools (every mutation refused); READ_WRITE when omitted */
  scope?: InputMaybe<TokenScope>;
};

/** The secret is shown only here, once */
export type AccessTokenCreatePayload = {
  __typename?: 'AccessTokenCreatePayload';
  accessToken: AccessToken;
  /** The project's change number of this write (null when nothing was written); its events carry the same number */
  changeNumber: Maybe<Scalars['Float']['output']>;
  token: Scalars['String']['output'];
};

export type AccessTokenPayload = {
  __typename?: 'AccessTokenPayload';
  accessToken: AccessToken;
  /** The project's change number of this write (null when nothing was written); its events carry the same number */
  changeNumber: Maybe<Scalars['Float']['output']>;
};

export type Activity = {
  __typename?: 'Activity';
  action: ActivityAction;
  actor: Maybe<User>;
  actorId: Maybe<Scalars['ID']['output']>;
  /** Rows next to each other with the same key are a burst a feed may fold into one line (same person, same kind of change) */
  burstKey: Scalars['String']['output'];
  /** The line for a burst of rows like this one, with a COUNT part for the number of rows, e.g. "Alex recorded 10 cost entries" */
  burstParts: Array<ActivityPart>;
  createdAt: Scalars['DateTimeISO']['output'];
  entityId: Scalars['ID']['output'];
  entityType: Scalars['String']['output'];
  field: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  newValue: Maybe<Scalars['JSON']['output']>;
  oldValue: Maybe<Scalars['JSON']['output']>;
  /** The sentence as words and typed values (dates, money) for the reader to format in their locale */
  parts: Array<ActivityPart>;
  projectId: Scalars['ID']['output'];
  /** One readable sentence, e.g. "Ana moved ERP-12 Data mapping to In progress" (dates and amounts in plain English; see parts) */
  summary: Scalars['String']['output'];
  taskId: Maybe<Scalars['ID']['output']>;
};

export type ActivityAction =
  | 'CREATED'
  | 'DELETED'
  | 'MOVED'
  | 'UPDATED'
  /** A live edit the server did not take as sent (normalised, skipped or reverted); newValue holds { code, message } */
  | 'WARNING';

export type ActivityConnection = {
  __typename?: 'ActivityConnection';
  nodes: Array<Activity>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A piece of an activity line: plain words or a typed value (a date, an amount of money, a count) */
export type ActivityPart = {
  __typename?: 'ActivityPart';
  /** MONEY: the amount */
  amount: Maybe<Scalars['Float']['output']>;
  /** MONEY: the ISO 4217 currency (the project's); none = a plain number */
  currency: Maybe<Scalars['String']['output']>;
  /** DATE: the calendar day */
  date: Maybe<Scalars['LocalDate']['output']>;
  kind: ActivityPartKind;
  /** The piece in plain English, for readers that do not format values themselves */
  text: Scalars['String']['output'];
};

/** What a piece of an activity line is: words, or a value the reader formats in their own locale */
export type ActivityPartKind =
  /** The number of rows of a burst, filled in by whoever folds them into one line */
  | 'COUNT'
  | 'DATE'
  | 'MONEY'
  | 'TEXT';

/** One area of a health assessment, with the reasons for its colour */
export type AreaHealth = {
  __typename?: 'AreaHealth';
  area: HealthArea;
  colour: HealthColour;
  /** Plain sentences, the worst first; one even when green */
  reasons: Array<Scalars['String']['output']>;
};

export type Assignment = {
  __typename?: 'Assignment';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  projectId: Scalars['ID']['output'];
  resourceId: Scalars['ID']['output'];
  taskId: Scalars['ID']['output'];
  /** WORK: 1 = 100 % of the working day; MATERIAL: quantity; COST: amount */
  units: Scalars['Float']['output'];
};

export type AssignmentCreateInput = {
  resourceId: Scalars['UUID']['input'];
  taskId: Scalars['UUID']['input'];
  /** Default 1 (100 %) */
  units?: InputMaybe<Scalars['Float']['input']>;
};

export type AssignmentPayload = {
  __typename?: 'AssignmentPayload';
  assignment: Assignment;
  /** The project's change number of this write (null when nothing was written); its events carry the same number */
  changeNumber: Maybe<Scalars['Float']['output']>;
};

export type AssignmentUpdateInput = {
  id: Scalars['UUID']['input'];
  units: Scalars['Float']['input'];
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** The project's change number of this write (null when nothing was written); its events carry the same number */
  changeNumber: Maybe<Scalars['Float']['output']>;
  user: User;
};

export type Baseline = {
  __typename?: 'Baseline';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  projectId: Scalars['ID']['output'];
  tasks: Array<BaselineTask>;
};

export type BaselinePayload = {
  __typename?: 'BaselinePayload';
  baseline: Baseline;
  /** The project's change number of this write (null when nothing was written); its events carry the same number */
  changeNumber: Maybe<Scalars['Float']['output']>;
};

export type BaselineTask = {
  __typename?: 'BaselineTask';
  cost: Scalars['Float']['output'];
  durationDays: Scalars['Float']['output'];
  finish: Scalars['String']['output'];
  start: Scalars['String']['output'];
  taskId: Scalars['ID']['output'];
  workHours: Scalars['Float']['output'];
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
  /** Rows next to each other with the same key form a burst the wall folds into one line */
  burstKey: Scalars['String']['output'];
  /** The line for a burst of rows like this one, with a COUNT part */
  burstParts: Array<ActivityPart>;
  id: Scalars['ID']['output'];
  /** The sentence as words and typed values for the reader to format */
  parts: Array<ActivityPart>;
  summary: Scalars['String']['output'];
};

/** A task as shown on a board card */
export type BoardCard = {
  __typename?: 'BoardCard';
  assignee: Maybe<BoardPerson>;
  /** Finish in the current schedule, local 'YYYY-MM-DDTHH:MM' */
  finish: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  kind: TaskKind;
  /** Not complete and due by the status date (today without one), or past its deadline */
  late: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  percentComplete: Scalars['Int']['output'];
  /** @deprecated Use finish: the day of the scheduled finish */
  plannedFinish: Maybe<Scalars['LocalDate']['output']>;
  /** Start in the current schedule, local 'YYYY-MM-DDTHH:MM' */
  start: Maybe<Scalars['String']['output']>;
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
  /** The day it falls on in the current schedule */
  date: Maybe<Scalars['LocalDate']['output']>;
  /** When it falls in the current schedule, local 'YYYY-MM-DDTHH:MM' */
  finish: Maybe<Scalars['String']['output']>;
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
  layout: WallLayout;
  name: Scalars['String']['output'];
  prefix: Scalars['String']['output'];
  projectId: Scalars['ID']['output'];
  revokedAt: Maybe<Scalars['DateTimeISO']['output']>;
  showBlockingIssues: Scalars['Boolean']['output'];
  showTopRisks: Scalars['Boolean']['output'];
};

/** The secret is shown only here, once; the wall page is /wall/<token> */
export type BoardTokenCreatePayload = {
  __typename?: 'BoardTokenCreatePayload';
  boardToken: BoardToken;
  /** The project's change number of this write (null when nothing was written); its events carry the same number */
  changeNumber: Maybe<Scalars['Float']['output']>;
  token: Scalars['String']['output'];
};

export type BoardTokenLayoutPayload = {
  __typename?: 'BoardTokenLayoutPayload';
  boardToken: BoardToken;
  /** The project's change number of this write (null when nothing was written); its events carry the same number */
  changeNumber: Maybe<Scalars['Float']['output']>;
};

export type BoardTokenPayload = {
  __typename?: 'BoardTokenPayload';
  boardToken: BoardToken;
  /** The project's change number of this write (null when nothing was written); its events carry the same number */
  changeNumber: Maybe<Scalars['Float']['output']>;
};

export type BoardTokenWallPayload = {
  __typename?: 'BoardTokenWallPayload';
  boardToken: BoardToken;
  /** The project's change number of this write (null when nothing was written); its events carry the same number */
  changeNumber: Maybe<Scalars['Float']['output']>;
};

export type Cadence = {
  __typename?: 'Cadence';
  date: Maybe<Scalars['LocalDate']['output']>;
  everyWeeks: Maybe<Scalars['Int']['output']>;
  kind: CadenceKind;
  monthDay: Maybe<Scalars['Int']['output']>;
  startsOn: Scalars['LocalDate']['output'];
  /** 0 = Sunday ... 6 = Saturday */
  weekday: Maybe<Scalars['Int']['output']>;
};

/** When a communication falls due */
export type CadenceInput = {
  /** ONCE: the day */
  date?: InputMaybe<Scalars['LocalDate']['input']>;
  /** EVERY_N_WEEKS: 1-52 */
  everyWeeks?: InputMaybe<Scalars['Int']['input']>;
  kind: CadenceKind;
  /** MONTHLY_DAY: 1-31 (a shorter month takes its last day) */
  monthDay?: InputMaybe<Scalars['Int']['input']>;
  /** The first day it may fall on (EVERY_N_WEEKS counts from here); default today */
  startsOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** WEEKLY and EVERY_N_WEEKS: 0 = Sunday ... 6 = Saturday */
  weekday?: InputMaybe<Scalars['Int']['input']>;
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
  baseCalendarId?: InputMaybe<Scalars['UUID']['input']>;
  exceptions?: InputMaybe<Array<CalendarExceptionInput>>;
  /** Hours in one day of duration; default 8 */
  hoursPerDay?: InputMaybe<Scalars['Float']['input']>;
  name: Scalars['String']['input'];
  /** Make it the project calendar */
  projectCalendar?: InputMaybe<Scalars['Boolean']['input']>;
  projectId: Scalars['UUID']['input'];
  /** Weekdays left out follow the base calendar, or Mon-Fri 08:00-12:00, 13:00-17:00 */
  workWeek?: InputMaybe<Array<WorkWeekDayInput>>;
};

export type CalendarException = {
  __typename?: 'CalendarException';
  from: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  times: Maybe<Array<WorkingTime>>;
  to: Scalars['LocalDate']['output'];
  /** false: non-working (a holiday); true: working with `times` (or the usual times) */
  working: Scalars['Boolean']['output'];
};

/** One exception added to a calendar */
export type CalendarExceptionAddInput = {
  calendarId: Scalars['UUID']['input'];
  from: Scalars['LocalDate']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  /** Working times on those days; default the usual ones */
  times?: InputMaybe<Array<WorkingTimeInput>>;
  /** Default: the same day as from */
  to?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Default false (a holiday) */
  working?: InputMaybe<Scalars['Boolean']['input']>;
};

export type CalendarExceptionInput = {
  from: Scalars['LocalDate']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  /** Working times on those days; default the usual ones */
  times?: InputMaybe<Array<WorkingTimeInput>>;
  /** Default: the same day as from */
  to?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Default false (a holiday) */
  working?: InputMaybe<Scalars['Boolean']['input']>;
};

export type CalendarExceptionPayload = {
  __typename?: 'CalendarExceptionPayload';
  /** The calendar after the change, with its new version */
  calendar: WorkCalendar;
  /** The project's change number of this write (null when nothing was written); its events carry the same number */
  changeNumber: Maybe<Scalars['Float']['output']>;
  /** The exception added or removed */
  exception: CalendarException;
};

export type CalendarFeed = {
  __typename?: 'CalendarFeed';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** When a calendar app last read the feed */
  lastUsedAt: Maybe<Scalars['DateTimeISO']['output']>;
  name: Scalars['String']['output'];
  /** The first characters of the token, to tell feeds apart */
  prefix: Scalars['String']['output'];
  projectId: Scalars['ID']['output'];
  revokedAt: Maybe<Scalars['DateTimeISO']['output']>;
};

export type CalendarFeedCreatePayload = {
  __typename?: 'CalendarFeedCreatePayload';
  /** The project's change number of this write (null when nothing was written); its events carry the same number */
  changeNumber: Maybe<Scalars['Float']['output']>;
  feed: CalendarFeed;
  /** Where a calendar app subscribes, on this server: /ical/<token>.ics */
  path: Scalars['String']['output'];
  /** The secret, shown this once */
  token: Scalars['String']['output'];
};

export type CalendarFeedPayload = {
  __typename?: 'CalendarFeedPayload';
  /** The project's change number of this write (null when nothing was written); its events carry the same number */
  changeNumber: Maybe<Scalars['Float']['output']>;
  feed: CalendarFeed;
};

export type CalendarPayload = {
  __typename?: 'CalendarPayload';
  calendar: WorkCalendar;
  /** The project's change number of this write (null when nothing was written); its events carry the same number */
  changeNumber: Maybe<Scalars['Float']['output']>;
};

export type CalendarUpdateInput = {
  baseCalendarId?: InputMaybe<Scalars['UUID']['input']>;
  /** Replaces every exception */
  exceptions?: InputMaybe<Array<CalendarExceptionInput>>;
  hoursPerDay?: InputMaybe<Scalars['Float']['input']>;
  id: Scalars['UUID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  /** true makes it the project calendar; false goes back to the standard one if it was */
  projectCalendar?: InputMaybe<Scalars['Boolean']['input']>;
  version: Scalars['Int']['input'];
  /** Replaces the whole week */
  workWeek?: InputMaybe<Array<WorkWeekDayInput>>;
};

/** What goes by a calendar: what falls back when it is deleted */
export type CalendarUsage = {
  __typename?: 'CalendarUsage';
  /** Calendars based on it (they fall back to the standard week) */
  calendars: Scalars['Int']['output'];
  /** Resources working on it (they fall back to the project calendar) */
  resources: Scalars['Int']['output'];
  /** Tasks scheduled on it (they fall back to the project calendar) */
  tasks: Scalars['Int']['output'];
};

export type CategoryCount = {
  __typename?: 'CategoryCount';
  category: StatusCategory;
  count: Scalars['Int']['output'];
};

export type ChangeBoard = {
  __typename?: 'ChangeBoard';
  /** Members who decide; empty: owners and managers decide */
  memberIds: Array<Scalars['ID']['output']>;
  members: Array<User>;
  projectId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type ChangeBoardPayload = {
  __typename?: 'ChangeBoardPayload';
  changeBoard: ChangeBoard;
  /** The project's change number of this write (null when nothing was written); its events carry the same number */
  changeNumber: Maybe<Scalars['Float']['output']>;
};

export type ChangeCategory =
  | 'COST'
  | 'QUALITY'
  | 'SCHEDULE'
  | 'SCOPE';

/** A new duration for an existing task */
export type ChangeDuration = {
  __typename?: 'ChangeDuration';
  /** Duration in working days */
  durationDays: Scalars['Float']['output'];
  taskId: Scalars['String']['output'];
};

export type ChangeDurationInput = {
  /** Duration in working days */
  durationDays: Scalars['Float']['input'];
  taskId: Scalars['String']['input'];
};

/** What a change set would do to the plan, computed by the planning engine on a what-if copy */
export type ChangeImpact = {
  __typename?: 'ChangeImpact';
  /** Fingerprint of the plan inputs this was computed on; approval needs it to match the plan of that moment */
  base: Scalars['String']['output'];
  /** Tasks that become critical */
  becameCritical: Array<ImpactTask>;
  budgetAfter: Maybe<Scalars['Float']['output']>;
  /** Project budget (budget at completion), live */
  budgetBefore: Maybe<Scalars['Float']['output']>;
  computedAt: Scalars['DateTimeISO']['output'];
  /** Planned cost at completion with the change */
  costAfter: Scalars['Float']['output'];
  /** Planned cost at completion, live plan */
  costBefore: Scalars['Float']['output'];
  /** Project finish with the change */
  finishAfter: Scalars['String']['output'];
  /** Project finish in the live plan */
  finishBefore: Scalars['String']['output'];
  /** Tasks that stop being critical */
  leftCritical: Array<ImpactTask>;
  milestones: Array<MilestoneShift>;
  overallocations: Array<ImpactOverallocation>;
};

/** A link the change adds; either end may be an added task (by key) */
export type ChangeLink = {
  __typename?: 'ChangeLink';
  lagDays: Maybe<Scalars['Float']['output']>;
  predecessorId: Scalars['String']['output'];
  successorId: Scalars['String']['output'];
  type: Maybe<DependencyType>;
};

export type ChangeLinkInput = {
  lagDays?: InputMaybe<Scalars['Float']['input']>;
  predecessorId: Scalars['String']['input'];
  successorId: Scalars['String']['input'];
  type?: InputMaybe<DependencyType>;
};

/** An existing link the change removes */
export type ChangeLinkRef = {
  __typename?: 'ChangeLinkRef';
  predecessorId: Scalars['String']['output'];
  successorId: Scalars['String']['output'];
};

export type ChangeLinkRefInput = {
  predecessorId: Scalars['String']['input'];
  successorId: Scalars['String']['input'];
};

export type ChangeRequest = {
  __typename?: 'ChangeRequest';
  /** When the approved change set was applied to the plan */
  appliedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The baseline taken on approval */
  baselineId: Maybe<Scalars['ID']['output']>;
  category: ChangeCategory;
  changeSet: ChangeSet;
  createdAt: Scalars['DateTimeISO']['output'];
  description: Scalars['String']['output'];
  /** Every workflow step, oldest first */
  history: Array<ChangeRequestStep>;
  id: Scalars['ID']['output'];
  /** The last impact preview (null: not previewed since the change set last changed) */
  impact: Maybe<ChangeImpact>;
  /** Issues this request addresses (raised to resolve them, or whose change caused them), by key */
  issues: Array<Issue>;
  /** Human key, e.g. CR-4 */
  key: Scalars['String']['output'];
  /** Tasks the request is about (those its change set names and any linked by hand) */
  linkedTaskIds: Array<Scalars['ID']['output']>;
  /** The linked tasks still in the plan */
  linkedTasks: Array<Task>;
  number: Scalars['Int']['output'];
  /** Whether the preview was computed on the plan as it is now (null: no preview); approval needs true */
  previewCurrent: Maybe<Scalars['Boolean']['output']>;
  projectId: Scalars['ID']['output'];
  /** Why the change is wanted */
  reason: Scalars['String']['output'];
  requestedBy: Maybe<User>;
  status: ChangeRequestStatus;
  /** On approval, take a baseline named "CR-n title" */
  takeBaseline: Scalars['Boolean']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  version: Scalars['Int']['output'];
  /** Whether you may decide change requests of this project */
  viewerCanDecide: Scalars['Boolean']['output'];
};

export type ChangeRequestConnection = {
  __typename?: 'ChangeRequestConnection';
  nodes: Array<ChangeRequest>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ChangeRequestCreateInput = {
  category: ChangeCategory;
  changeSet?: InputMaybe<ChangeSetInput>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Tasks the request is about besides those its change set names */
  linkedTaskIds?: InputMaybe<Array<Scalars['UUID']['input']>>;
  projectId: Scalars['UUID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  /** A member; defaults to you */
  requestedById?: InputMaybe<Scalars['UUID']['input']>;
  takeBaseline?: InputMaybe<Scalars['Boolean']['input']>;
  title: Scalars['String']['input'];
};

/** A change request was created, changed (fields, workflow, preview) or deleted */
export type ChangeRequestEvent = {
  __typename?: 'ChangeRequestEvent';
  action: RegisterEventAction;
  actorId: Maybe<Scalars['ID']['output']>;
  changeNumber: Maybe<Scalars['Float']['output']>;
  changeRequest: Maybe<ChangeRequest>;
  id: Scalars['ID']['output'];
};

export type ChangeRequestFilter = {
  categories?: InputMaybe<Array<ChangeCategory>>;
  requestedById?: InputMaybe<Scalars['UUID']['input']>;
  /** Words of the title, or CR-n */
  search?: InputMaybe<Scalars['String']['input']>;
  statuses?: InputMaybe<Array<ChangeRequestStatus>>;
};

/** An issue and a change request of the same project: the request addresses the issue (raised to resolve it, or its change caused it) */
export type ChangeRequestIssueInput = {
  changeRequestId: Scalars['UUID']['input'];
  issueId: Scalars['UUID']['input'];
};

export type ChangeRequestIssuePayload = {
  __typename?: 'ChangeRequestIssuePayload';
  /** The project's change number of this write (null when nothing was written); its events carry the same number */
  changeNumber: Maybe<Scalars['Float']['output']>;
  changeRequest: ChangeRequest;
  issue: Issue;
};

export type ChangeRequestPayload = {
  __typename?: 'ChangeRequestPayload';
  /** The project's change number of this write (null when nothing was written); its events carry the same number */
  changeNumber: Maybe<Scalars['Float']['output']>;
  changeRequest: ChangeRequest;
};

export type ChangeRequestSort =
  | 'NUMBER_ASC'
  | 'NUMBER_DESC'
  | 'TITLE_ASC'
  | 'UPDATED_DESC';

export type ChangeRequestStatus =
  | 'APPROVED'
  | 'DEFERRED'
  | 'DRAFT'
  | 'REJECTED'
  | 'SUBMITTED'
  | 'UNDER_REVIEW';

export type ChangeRequestStep = {
  __typename?: 'ChangeRequestStep';
  /** Who took the step (null: Trellis itself, or a deleted user) */
  actor: Maybe<User>;
  at: Scalars['DateTimeISO']['output'];
  /** Null for the creation */
  fromStatus: Maybe<ChangeRequestStatus>;
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  toStatus: ChangeRequestStatus;
};

/** A workflow step; reject and defer need a reason */
export type ChangeRequestStepInput = {
  id: Scalars['UUID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type ChangeRequestUpdateInput = {
  category?: InputMaybe<ChangeCategory>;
  /** Replaces the whole change set (and clears the preview) */
  changeSet?: InputMaybe<ChangeSetInput>;
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['UUID']['input'];
  linkedTaskIds?: InputMaybe<Array<Scalars['UUID']['input']>>;
  reason?: InputMaybe<Scalars['String']['input']>;
  requestedById?: InputMaybe<Scalars['UUID']['input']>;
  takeBaseline?: InputMaybe<Scalars['Boolean']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/** What a change request would do to the plan */
export type ChangeSet = {
  __typename?: 'ChangeSet';
  addTasks: Maybe<Array<ChangeTaskAdd>>;
  /** Change of the project budget (+ or -) */
  budgetDelta: Maybe<Scalars['Float']['output']>;
  durations: Maybe<Array<ChangeDuration>>;
  /** Links to add */
  links: Maybe<Array<ChangeLink>>;
  /** Links to remove */
  removeLinks: Maybe<Array<ChangeLinkRef>>;
  /** Tasks to remove (with their sub-tasks) */
  removeTasks: Maybe<Array<Scalars['String']['output']>>;
  /** Items of the charter's in-scope / out-of-scope lists this change touches */
  scopeItems: Maybe<Array<Scalars['String']['output']>>;
};

export type ChangeSetInput = {
  addTasks?: InputMaybe<Array<ChangeTaskAddInput>>;
  /** Change of the project budget (+ or -) */
  budgetDelta?: InputMaybe<Scalars['Float']['input']>;
  durations?: InputMaybe<Array<ChangeDurationInput>>;
  /** Links to add */
  links?: InputMaybe<Array<ChangeLinkInput>>;
  /** Links to remove */
  removeLinks?: InputMaybe<Array<ChangeLinkRefInput>>;
  /** Tasks to remove (with their sub-tasks) */
  removeTasks?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Items of the charter's in-scope / out-of-scope lists this change touches */
  scopeItems?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A task the change adds */
export type ChangeTaskAdd = {
  __typename?: 'ChangeTaskAdd';
  /** Duration in working days */
  durationDays: Scalars['Float']['output'];
  /** A short name for this added task within the change set (e.g. "new-1"), used by parentId and links */
  key: Scalars['String']['output'];
  /** A milestone (duration 0) */
  milestone: Maybe<Scalars['Boolean']['output']>;
  name: Scalars['String']['output'];
  /** An existing task's id, or the key of a task added earlier in this change set; null at the top level */
  parentId: Maybe<Scalars['String']['output']>;
};

export type ChangeTaskAddInput = {
  /** Duration in working days */
  durationDays: Scalars['Float']['input'];
  /** A short name for this added task within the change set (e.g. "new-1"), used by parentId and links */
  key: Scalars['String']['input'];
  /** A milestone (duration 0) */
  milestone?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  /** An existing task's id, or the key of a task added earlier in this change set; null at the top level */
  parentId?: InputMaybe<Scalars['String']['input']>;
};

export type Charter = {
  __typename?: 'Charter';
  approvalState: CharterApproval;
  approvedAt: Maybe<Scalars['DateTimeISO']['output']>;
  approvedBy: Maybe<User>;
  /** The sponsor: the one member who approves or rejects the charter */
  approver: Maybe<User>;
  assumptions: Scalars['String']['output'];
  constraints: Scalars['String']['output'];
  /** The approval history, newest first */
  decisions: Array<CharterDecision>;
  inScope: Scalars['String']['output'];
  keyStakeholders: Array<Scalars['String']['output']>;
  objectives: Array<Scalars['String']['output']>;
  outOfScope: Scalars['String']['output'];
  projectId: Scalars['ID']['output'];
  purpose: Scalars['String']['output'];
  sponsor: Scalars['String']['output'];
  submittedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who submitted it last */
  submittedBy: Maybe<User>;
  successCriteria: Array<Scalars['String']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
  version: Scalars['Int']['output'];
};

export type CharterApproval =
  | 'APPROVED'
  | 'DRAFT'
  | 'REJECTED'
  | 'SUBMITTED';

/** A step in the charter approval (submitted, approved, rejected, reopened) */
export type CharterDecision = {
  __typename?: 'CharterDecision';
  actor: Maybe<User>;
  comment: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  decision: CharterDecisionKind;
  id: Scalars['ID']['output'];
};

/** A step in the charter approval */
export type CharterDecisionKind =
  | 'APPROVED'
  | 'REJECTED'
  | 'REOPENED'
  | 'SUBMITTED';

export type CharterPayload = {
  __typename?: 'CharterPayload';
  /** The project's change number of this write (null when nothing was written); its events carry the same number */
  changeNumber: Maybe<Scalars['Float']['output']>;
  charter: Charter;
};

export type CharterUpdateInput = {
  assumptions?: InputMaybe<Scalars['String']['input']>;
  constraints?: InputMaybe<Scalars['String']['input']>;
  inScope?: InputMaybe<Scalars['String']['input']>;
  keyStakeholders?: InputMaybe<Array<Scalars['String']['input']>>;
  objectives?: InputMaybe<Array<Scalars['String']['input']>>;
  outOfScope?: InputMaybe<Scalars['String']['input']>;
  projectId: Scalars['UUID']['input'];
  purpose?: InputMaybe<Scalars['String']['input']>;
  sponsor?: InputMaybe<Scalars['String']['input']>;
  successCriteria?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The version you read; a stale one fails with CONFLICT. Leave it out to change the fields whatever happened meanwhile, as the live editors do (others typing elsewhere in the charter bump the version about once a second) */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** Permission to open one collaborative document for a few minutes */
export type CollabTicket = {
  __typename?: 'CollabTicket';
  /** False for viewers and wall screens: their edits are not accepted */
  canWrite: Scalars['Boolean']['output'];
  /** The document, e.g. project/<id>/wbs or project/<id>/charter */
  document: Scalars['String']['output'];
  expiresAt: Scalars['DateTimeISO']['output'];
  /** Pass as the `ticket` query parameter when connecting */
  token: Scalars['String']['output'];
  /** WebSocket URL prefix of the collab service; connect to `<url>/<document>` */
  url: Scalars['String']['output'];
};

/** A communication item was created, changed, held or deleted */
export type CommunicationChange = {
  __typename?: 'CommunicationChange';
  action: StakeholderChangeAction;
  actorId: Maybe<Scalars['ID']['output']>;
  changeNumber: Maybe<Scalars['Float']['output']>;
  itemId: Scalars['ID']['output'];
  projectId: Scalars['ID']['output'];
};

export type CommunicationChannel =
  | 'CHAT'
  | 'EMAIL'
  | 'MEETING'
  | 'OTHER'
  | 'REPORT'
  | 'VIDEO_CALL';

export type CommunicationFilter = {
  /** Only items due on or before this day */
  dueOnOrBefore?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Only items whose next due day is before today */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  ownerId?: InputMaybe<Scalars['UUID']['input']>;
};

export type CommunicationItem = {
  __typename?: 'CommunicationItem';
  audienceGroupIds: Array<Scalars['ID']['output']>;
  audienceStakeholderIds: Array<Scalars['ID']['output']>;
  cadence: Cadence;
  channel: CommunicationChannel;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  kind: CommunicationKind;
  /** The day it was last held */
  lastHeld: Maybe<Scalars['LocalDate']['output']>;
  /** The next occurrence, moved to a working day of the project calendar; null when a one-off was held */
  nextDue: Maybe<Scalars['LocalDate']['output']>;
  notes: Scalars['String']['output'];
  /** The times it was held, latest first */
  occurrences: Array<CommunicationOccurrence>;
  /** The next due day is before today and it was not held */
  overdue: Scalars['Boolean']['output'];
  /** The member who runs it (a user id) */
  ownerId: Maybe<Scalars['ID']['output']>;
  projectId: Scalars['ID']['output'];
  /** What it is called ("Weekly status report"); the free text of an OTHER kind */
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type CommunicationItemConnection = {
  __typename?: 'CommunicationItemConnection';
  nodes: Array<CommunicationItem>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CommunicationItemCreateInput = {
  audienceGroupIds?: InputMaybe<Array<Scalars['UUID']['input']>>;
  audienceStakeholderIds?: InputMaybe<Array<Scalars['UUID']['input']>>;
  cadence: CadenceInput;
  channel: CommunicationChannel;
  kind: CommunicationKind;
  notes?: InputMaybe<Scalars['String']['input']>;
  /** A member of this project */
  ownerId?: InputMaybe<Scalars['UUID']['input']>;
  projectId: Scalars['UUID']['input'];
  /** Default: the kind in words; required for OTHER */
  title?: InputMaybe<Scalars['String']['input']>;
};

export type CommunicationItemHoldInput = {
  /** Default today */
  heldOn?: InputMaybe<Scalars['LocalDate']['input']>;
  id: Scalars['UUID']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type CommunicationItemPayload = {
  __typename?: 'CommunicationItemPayload';
  /** The project's change number of this write (null when nothing was written); its events carry the same number */
  changeNumber: Maybe<Scalars['Float']['output']>;
  item: CommunicationItem;
};

export type CommunicationItemUpdateInput = {
  audienceGroupIds?: InputMaybe<Array<Scalars['UUID']['input']>>;
  audienceStakeholderIds?: InputMaybe<Array<Scalars['UUID']['input']>>;
  cadence?: InputMaybe<CadenceInput>;
  channel?: InputMaybe<CommunicationChannel>;
  id: Scalars['UUID']['input'];
  kind?: InputMaybe<CommunicationKind>;
  notes?: InputMaybe<Scalars['String']['input']>;
  ownerId?: InputMaybe<Scalars['UUID']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type CommunicationKind =
  | 'DEMO'
  | 'NEWSLETTER'
  | 'OTHER'
  | 'STATUS_REPORT'
  | 'STEERING_COMMITTEE';

export type CommunicationOccurrence = {
  __typename?: 'CommunicationOccurrence';
  createdAt: Scalars['DateTimeISO']['output'];
  /** The occurrence it stood for (the next due day when it was held) */
  dueOn: Maybe<Scalars['LocalDate']['output']>;
  heldById: Maybe<Scalars['ID']['output']>;
  heldOn: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  itemId: Scalars['ID']['output'];
  notes: Scalars['String']['output'];
};

export type CommunicationSort = {
  descending?: InputMaybe<Scalars['Boolean']['input']>;
  field: CommunicationSortField;
};

export type CommunicationSortField =
  | 'NEXT_DUE'
  | 'TITLE';

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

export type CostEntry = {
  __typename?: 'CostEntry';
  /** In the project currency */
  amount: Scalars['Float']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  date: Scalars['LocalDate']['output'];
  hours: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  note: Scalars['String']['output'];
  projectId: Scalars['ID']['output'];
  taskId: Scalars['ID']['output'];
  /** Who recorded it */
  userId: Maybe<Scalars['ID']['output']>;
};

export type CostEntryCreateInput = {
  /** In the project currency */
  amount: Scalars['Float']['input'];
  date: Scalars['LocalDate']['input'];
  hours?: InputMaybe<Scalars['Float']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  taskId: Scalars['UUID']['input'];
};

export type CostEntryPayload = {
  __typename?: 'CostEntryPayload';
  /** The project's change number of this write (null when nothing was written); its events carry the same number */
  changeNumber: Maybe<Scalars['Float']['output']>;
  costEntry: CostEntry;
};

export type CostRate = {
  __typename?: 'CostRate';
  costPerUse: Scalars['Float']['output'];
  effectiveFrom: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  overtimeRate: Scalars['Float']['output'];
  standardRate: Scalars['Float']['output'];
};

export type CostRateInput = {
  costPerUse?: InputMaybe<Scalars['Float']['input']>;
  effectiveFrom: Scalars['LocalDate']['input'];
  overtimeRate?: InputMaybe<Scalars['Float']['input']>;
  standardRate: Scalars['Float']['input'];
};

export type Decision = {
  __typename?: 'Decision';
  /** Alternatives considered */
  alternatives: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** Members who decided */
  decidedBy: Array<User>;
  /** Members who decided */
  decidedByIds: Array<Scalars['ID']['output']>;
  /** Deciders outside the project, in words */
  decidedByText: Scalars['String']['output'];
  /** The day it was decided (YYYY-MM-DD) */
  decidedOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Human key, e.g. D-2 */
  key: Scalars['String']['output'];
  linkedChangeRequestIds: Array<Scalars['ID']['output']>;
  linkedChangeRequests: Array<ChangeRequest>;
  linkedTaskIds: Array<Scalars['ID']['output']>;
  linkedTasks: Array<Task>;
  number: Scalars['Int']['output'];
  projectId: Scalars['ID']['output'];
  /** Why */
  rationale: Scalars['String']['output'];
  /** What was decided */
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  version: Scalars['Int']['output'];
};

export type DecisionConnection = {
  __typename?: 'DecisionConnection';
  nodes: Array<Decision>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DecisionCreateInput = {
  alternatives?: InputMaybe<Scalars['String']['input']>;
  decidedByIds?: InputMaybe<Array<Scalars['UUID']['input']>>;
  decidedByText?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD; default today */
  decidedOn?: InputMaybe<Scalars['String']['input']>;
  linkedChangeRequestIds?: InputMaybe<Array<Scalars['UUID']['input']>>;
  linkedTaskIds?: InputMaybe<Array<Scalars['UUID']['input']>>;
  projectId: Scalars['UUID']['input'];
  rationale?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

/** A decision was recorded, changed or deleted */
export type DecisionEvent = {
  __typename?: 'DecisionEvent';
  action: RegisterEventAction;
  actorId: Maybe<Scalars['ID']['output']>;
  changeNumber: Maybe<Scalars['Float']['output']>;
  decision: Maybe<Decision>;
  id: Scalars['ID']['output'];
};

export type DecisionFilter = {
  /** Decisions linked to this change request */
  changeRequestId?: InputMaybe<Scalars['UUID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type DecisionPayload = {
  __typename?: 'DecisionPayload';
  /** The project's change number of this write (null when nothing was written); its events carry the same number */
  changeNumber: Maybe<Scalars['Float']['output']>;
  decision: Decision;
};

export type DecisionSort =
  | 'DECIDED_ASC'
  | 'DECIDED_DESC'
  | 'NUMBER_DESC';

export type DecisionUpdateInput = {
  alternatives?: InputMaybe<Scalars['String']['input']>;
  decidedByIds?: InputMaybe<Array<Scalars['UUID']['input']>>;
  decidedByText?: InputMaybe<Scalars['String']['input']>;
  decidedOn?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['UUID']['input'];
  linkedChangeRequestIds?: InputMaybe<Array<Scalars['UUID']['input']>>;
  linkedTaskIds?: InputMaybe<Array<Scalars['UUID']['input']>>;
  rationale?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
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
  predecessorId: Scalars['UUID']['input'];
  successorId: Scalars['UUID']['input'];
  /** Default FS */
  type?: InputMaybe<DependencyType>;
};

export type DependencyPayload = {
  __typename?: 'DependencyPayload';
  /** The project's change number of this write (null when nothing was written); its events carry the same number */
  changeNumber: Maybe<Scalars['Float']['output']>;
  dependency: Dependency;
};

/** FS finish-to-start, SS start-to-start, FF finish-to-finish, SF start-to-finish */
export type DependencyType =
  | 'FF'
  | 'FS'
  | 'SF'
  | 'SS';

export type DependencyUpdateInput = {
  id: Scalars['UUID']['input'];
  lagDays?: InputMaybe<Scalars['Float']['input']>;
  type?: InputMaybe<DependencyType>;
};

export type EarnedValue = {
  __typename?: 'EarnedValue';
  baselineId: Scalars['ID']['output'];
  /** Summary tasks, rolled up */
  branches: Array<EvRow>;
  project: EvRow;
  series: Array<EvPoint>;
  statusDate: Scalars['LocalDate']['output'];
  tasks: Array<EvRow>;
};

/** How engaged a stakeholder is, from least to most */
export type EngagementLevel =
  | 'LEADING'
  | 'NEUTRAL'
  | 'RESISTANT'
  | 'SUPPORTIVE'
  | 'UNAWARE';

/** A point of the S-curve: cumulative values at the end of a period */
export type EvPoint = {
  __typename?: 'EvPoint';
  /** null after the status date */
  ac: Maybe<Scalars['Float']['output']>;
  date: Scalars['LocalDate']['output'];
  /** null after the status date */
  ev: Maybe<Scalars['Float']['output']>;
  pv: Scalars['Float']['output'];
};

/** Earned value figures; ratios and forecasts are null when undefined (division by zero) */
export type EvRow = {
  __typename?: 'EvRow';
  /** Actual cost */
  ac: Scalars['Float']['output'];
  /** Budget at completion */
  bac: Scalars['Float']['output'];
  cpi: Maybe<Scalars['Float']['output']>;
  cv: Scalars['Float']['output'];
  /** BAC / CPI */
  eacCpi: Maybe<Scalars['Float']['output']>;
  /** AC + (BAC - EV) / (CPI x SPI) */
  eacCpiSpi: Maybe<Scalars['Float']['output']>;
  /** Estimate to complete (from eacCpi) */
  etc: Maybe<Scalars['Float']['output']>;
  /** Earned value */
  ev: Scalars['Float']['output'];
  /** Planned value */
  pv: Scalars['Float']['output'];
  spi: Maybe<Scalars['Float']['output']>;
  sv: Scalars['Float']['output'];
  /** null for the project row */
  taskId: Maybe<Scalars['ID']['output']>;
  /** To-complete performance index to BAC */
  tcpi: Maybe<Scalars['Float']['output']>;
  /** BAC - eacCpi */
  vac: Maybe<Scalars['Float']['output']>;
};

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
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** The health thresholds the project's reports use */
export type HealthRules = {
  __typename?: 'HealthRules';
  cpiAmber: Scalars['Float']['output'];
  cpiRed: Scalars['Float']['output'];
  milestoneSlipAmberDays: Scalars['Float']['output'];
  milestoneSlipRedDays: Scalars['Float']['output'];
  riskAmberScore: Scalars['Float']['output'];
  riskRedScore: Scalars['Float']['output'];
  scopeAmberPercent: Scalars['Float']['output'];
  scopePendingAmberDays: Scalars['Float']['output'];
  scopeRedPercent: Scalars['Float']['output'];
  spiAmber: Scalars['Float']['output'];
  spiRed: Scalars['Float']['output'];
};

/** The project's health thresholds; a field left out keeps its default */
export type HealthRulesInput = {
  cpiAmber?: InputMaybe<Scalars['Float']['input']>;
  cpiRed?: InputMaybe<Scalars['Float']['input']>;
  milestoneSlipAmberDays?: InputMaybe<Scalars['Float']['input']>;
  milestoneSlipRedDays?: InputMaybe<Scalars['Float']['input']>;
  riskAmberScore?: InputMaybe<Scalars['Float']['input']>;
  riskRedScore?: InputMaybe<Scalars['Float']['input']>;
  scopeAmberPercent?: InputMaybe<Scalars['Float']['input']>;
  scopePendingAmberDays?: InputMaybe<Scalars['Float']['input']>;
  scopeRedPercent?: InputMaybe<Scalars['Float']['input']>;
  spiAmber?: InputMaybe<Scalars['Float']['input']>;
  spiRed?: InputMaybe<Scalars['Float']['input']>;
};

export type HealthRulesPayload = {
  __typename?: 'HealthRulesPayload';
  /** The project's change number of this write (null when nothing was written); its events carry the same number */
  changeNumber: Maybe<Scalars['Float']['output']>;
  rules: HealthRules;
};

/** A resource over-allocated on more days with the change than without */
export type ImpactOverallocation = {
  __typename?: 'ImpactOverallocation';
  /** Days over capacity with the change */
  daysAfter: Scalars['Int']['output'];
  /** Days over capacity in the live plan */
  daysBefore: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  resourceId: Scalars['ID']['output'];
};

/** A task named in an impact */
export type ImpactTask = {
  __typename?: 'ImpactTask';
  name: Scalars['String']['output'];
  /** The task's id, or new:<key> for a task the change adds */
  taskId: Scalars['String']['output'];
};

export type ImportFormat =
  | 'MSPDI'
  | 'TRELLIS_JSON';

/** Something in an imported file that Trellis cannot hold, or had to change */
export type ImportIssue = {
  __typename?: 'ImportIssue';
  /** The element or JSON path, e.g. Task/Hyperlink */
  element: Scalars['String']['output'];
  line: Maybe<Scalars['Int']['output']>;
  reason: Scalars['String']['output'];
};

export type ImportReport = {
  __typename?: 'ImportReport';
  assignments: Scalars['Int']['output'];
  baselines: Scalars['Int']['output'];
  calendars: Scalars['Int']['output'];
  costEntries: Scalars['Int']['output'];
  /** Tasks created */
  created: Scalars['Int']['output'];
  links: Scalars['Int']['output'];
  resources: Scalars['Int']['output'];
  unmapped: Array<ImportIssue>;
};

/** A pending or past invitation to a project (owners and managers see them) */
export type Invitation = {
  __typename?: 'Invitation';
  acceptedAt: Maybe<Scalars['DateTimeISO']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  name: Maybe<Scalars['String']['output']>;
  projectId: Scalars['ID']['output'];
  revokedAt: Maybe<Scalars['DateTimeISO']['output']>;
  role: ProjectRole;
};

/** The link token is shown only here, once: pass the link /invite/<token> on to the person */
export type InvitationCreatePayload = {
  __typename?: 'InvitationCreatePayload';
  /** The project's change number of this write (null when nothing was written); its events carry the same number */
  changeNumber: Maybe<Scalars['Float']['output']>;
  invitation: Invitation;
  token: Scalars['String']['output'];
};

export type InvitationPayload = {
  __typename?: 'InvitationPayload';
  /** The project's change number of this write (null when nothing was written); its events carry the same number */
  changeNumber: Maybe<Scalars['Float']['output']>;
  invitation: Invitation;
};

/** What an invitation link leads to, for whoever holds the link */
export type InvitationPreview = {
  __typename?: 'InvitationPreview';
  expiresAt: Scalars['DateTimeISO']['output'];
  /** Who invited (null when that account is gone) */
  invitedByName: Maybe<Scalars['String']['output']>;
  projectKey: Scalars['String']['output'];
  projectName: Scalars['String']['output'];
  role: ProjectRole;
  state: InvitationState;
  /** The signed-in viewer is already a member of the project */
  viewerIsMember: Scalars['Boolean']['output'];
};

/** Whether an invitation link can still be used */
export type InvitationState =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

/** A problem, question, blocker or defect in the issue log */
export type Issue = {
  __typename?: 'Issue';
  /** Whole days since it was raised */
  ageDays: Scalars['Int']['output'];
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Change requests that address this issue (raised to resolve it, or whose change caused it), by key */
  changeRequests: Array<ChangeRequest>;
  createdAt: Scalars['DateTimeISO']['output'];
  description: Scalars['String']['output'];
  dueDate: Maybe<Scalars['LocalDate']['output']>;
  escalatedTo: Maybe<User>;
  escalatedToId: Maybe<Scalars['ID']['output']>;
  /** 0 (not escalated) to 5 */
  escalationLevel: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Human key, numbered per project: I-2 */
  key: Scalars['String']['output'];
  /** Linked risks */
  linkedRisks: Array<Risk>;
  /** Linked live tasks; an open BLOCKER blocks them */
  linkedTasks: Array<Task>;
  number: Scalars['Int']['output'];
  /** The risk this issue is the occurrence of */
  originRisk: Maybe<Risk>;
  originRiskId: Maybe<Scalars['ID']['output']>;
  /** Its due date has passed and it is not resolved or closed */
  overdue: Scalars['Boolean']['output'];
  owner: Maybe<User>;
  ownerId: Maybe<Scalars['ID']['output']>;
  priority: IssueLevel;
  projectId: Scalars['ID']['output'];
  raisedAt: Scalars['DateTimeISO']['output'];
  raisedBy: Maybe<User>;
  raisedById: Maybe<Scalars['ID']['output']>;
  /** How it was resolved; required once RESOLVED or CLOSED */
  resolution: Scalars['String']['output'];
  severity: IssueLevel;
  status: IssueStatus;
  title: Scalars['String']['output'];
  type: IssueType;
  updatedAt: Scalars['DateTimeISO']['output'];
  version: Scalars['Int']['output'];
};

export type IssueConnection = {
  __typename?: 'IssueConnection';
  nodes: Array<Issue>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type IssueCreateInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** null clears */
  dueDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** A project member; null clears */
  escalatedToId?: InputMaybe<Scalars['UUID']['input']>;
  /** 0-5 */
  escalationLevel?: InputMaybe<Scalars['Int']['input']>;
  /** A project member; null clears */
  ownerId?: InputMaybe<Scalars['UUID']['input']>;
  /** Default MEDIUM */
  priority?: InputMaybe<IssueLevel>;
  projectId: Scalars['UUID']['input'];
  /** Default: now */
  raisedAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** A project member; default: whoever logs it */
  raisedById?: InputMaybe<Scalars['UUID']['input']>;
  resolution?: InputMaybe<Scalars['String']['input']>;
  /** Linked risks of this project (replaces the list) */
  riskIds?: InputMaybe<Array<Scalars['UUID']['input']>>;
  /** Default MEDIUM */
  severity?: InputMaybe<IssueLevel>;
  /** Default OPEN; RESOLVED and CLOSED need a resolution */
  status?: InputMaybe<IssueStatus>;
  /** Linked tasks of this project (replaces the list) */
  taskIds?: InputMaybe<Array<Scalars['UUID']['input']>>;
  title: Scalars['String']['input'];
  /** Default PROBLEM */
  type?: InputMaybe<IssueType>;
};

/** An issue was logged, changed or deleted (archived) */
export type IssueEvent = {
  __typename?: 'IssueEvent';
  action: IssueEventAction;
  actorId: Maybe<Scalars['ID']['output']>;
  /** The project's change number of the write */
  changeNumber: Maybe<Scalars['Float']['output']>;
  issue: Issue;
};

export type IssueEventAction =
  | 'CREATED'
  | 'DELETED'
  | 'UPDATED';

export type IssueFilter = {
  /** Only open issues (not RESOLVED or CLOSED) */
  open?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only open issues past their due date */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  ownerId?: InputMaybe<Scalars['UUID']['input']>;
  /** Case-insensitive match on title or key */
  search?: InputMaybe<Scalars['String']['input']>;
  severity?: InputMaybe<IssueLevel>;
  statuses?: InputMaybe<Array<IssueStatus>>;
  types?: InputMaybe<Array<IssueType>>;
};

/** Severity or priority of an issue */
export type IssueLevel =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type IssuePayload = {
  __typename?: 'IssuePayload';
  /** The project's change number of this write (null when nothing was written); its events carry the same number */
  changeNumber: Maybe<Scalars['Float']['output']>;
  issue: Issue;
};

export type IssueSort = {
  descending?: InputMaybe<Scalars['Boolean']['input']>;
  field: IssueSortField;
};

export type IssueSortField =
  | 'DUE_DATE'
  | 'KEY'
  | 'PRIORITY'
  | 'RAISED_AT'
  | 'SEVERITY'
  | 'STATUS'
  | 'TITLE'
  | 'UPDATED_AT';

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
  description?: InputMaybe<Scalars['String']['input']>;
  /** null clears */
  dueDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** A project member; null clears */
  escalatedToId?: InputMaybe<Scalars['UUID']['input']>;
  /** 0-5 */
  escalationLevel?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
  /** A project member; null clears */
  ownerId?: InputMaybe<Scalars['UUID']['input']>;
  /** Default MEDIUM */
  priority?: InputMaybe<IssueLevel>;
  /** Default: now */
  raisedAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** A project member; default: whoever logs it */
  raisedById?: InputMaybe<Scalars['UUID']['input']>;
  resolution?: InputMaybe<Scalars['String']['input']>;
  /** Linked risks of this project (replaces the list) */
  riskIds?: InputMaybe<Array<Scalars['UUID']['input']>>;
  /** Default MEDIUM */
  severity?: InputMaybe<IssueLevel>;
  /** Default OPEN; RESOLVED and CLOSED need a resolution */
  status?: InputMaybe<IssueStatus>;
  /** Linked tasks of this project (replaces the list) */
  taskIds?: InputMaybe<Array<Scalars['UUID']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** Default PROBLEM */
  type?: InputMaybe<IssueType>;
  /** The version you read; a stale one fails with CONFLICT */
  version: Scalars['Int']['input'];
};

export type LevelingDelay = {
  __typename?: 'LevelingDelay';
  levelingDelayDays: Scalars['Float']['output'];
  taskId: Scalars['ID']['output'];
};

export type LevelingPayload = {
  __typename?: 'LevelingPayload';
  /** The project's change number of this write (null when nothing was written); its events carry the same number */
  changeNumber: Maybe<Scalars['Float']['output']>;
  leveling: LevelingPreview;
};

/** What resource leveling would do: delays per task and the finish before and after */
export type LevelingPreview = {
  __typename?: 'LevelingPreview';
  /** Tasks whose delay differs from zero */
  delays: Array<LevelingDelay>;
  finishAfter: Scalars['String']['output'];
  finishBefore: Scalars['String']['output'];
  /** Resource-days still over-allocated after leveling */
  overallocationsRemaining: Scalars['Int']['output'];
};

/** How the server sends mail */
export type MailDelivery = {
  __typename?: 'MailDelivery';
  /** A mail server is configured (SMTP_URL); without one messages are held in the outbox */
  configured: Scalars['Boolean']['output'];
  /** The sender address (MAIL_FROM) */
  from: Scalars['String']['output'];
};

export type MemberInviteInput = {
  /** Whom the link is meant for; it claims nothing by itself */
  email: Scalars['String']['input'];
  /** Whom the link is for, as the inviter knows them (at most 100 characters); shown in the list of pending invitations */
  name?: InputMaybe<Scalars['String']['input']>;
  projectId: Scalars['UUID']['input'];
  role: ProjectRole;
};

export type MemberPayload = {
  __typename?: 'MemberPayload';
  /** The project's change number of this write (null when nothing was written); its events carry the same number */
  changeNumber: Maybe<Scalars['Float']['output']>;
  member: ProjectMember;
};

export type MemberUpdateInput = {
  projectId: Scalars['UUID']['input'];
  role: ProjectRole;
  userId: Scalars['UUID']['input'];
};

/** How the project runs its work */
export type Methodology =
  | 'HYBRID'
  | 'KANBAN'
  | 'SCRUM'
  | 'WATERFALL';

/** A milestone's date before and after the change (null: not in that plan) */
export type MilestoneShift = {
  __typename?: 'MilestoneShift';
  after: Maybe<Scalars['String']['output']>;
  before: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  taskId: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** A personal access token for reporting tools; the secret is returned once */
  accessTokenCreate: AccessTokenCreatePayload;
  accessTokenRevoke: AccessTokenPayload;
  assignmentCreate: AssignmentPayload;
  assignmentDelete: AssignmentPayload;
  assignmentUpdate: AssignmentPayload;
  /** Saves the current schedule and costs of every task under a name */
  baselineCreate: BaselinePayload;
  baselineDelete: BaselinePayload;
  /** A read-only token for the wall screen at /wall/<token>; the secret is returned once */
  boardTokenCreate: BoardTokenCreatePayload;
  /** Chooses what the token's wall shows: progress, the schedule, or risks and issues (managers) */
  boardTokenLayoutSet: BoardTokenLayoutPayload;
  boardTokenRevoke: BoardTokenPayload;
  /** Chooses what the token's wall shows of the registers (managers) */
  boardTokenWallSet: BoardTokenWallPayload;
  calendarCreate: CalendarPayload;
  /** Tasks and resources on it go back to the project calendar, calendars based on it to the standard week. With the version you read, a calendar changed since is not deleted (CONFLICT) */
  calendarDelete: CalendarPayload;
  /** Adds one exception (no version needed: others may add theirs at the same time) */
  calendarExceptionAdd: CalendarExceptionPayload;
  /** Removes one exception; one already removed is NOT_FOUND */
  calendarExceptionRemove: CalendarExceptionPayload;
  /** A personal calendar feed of the project's milestones, deadlines and communication due days; the token is shown once */
  calendarFeedCreate: CalendarFeedCreatePayload;
  /** Revokes one of your calendar feeds: its address stops answering */
  calendarFeedRevoke: CalendarFeedPayload;
  /** Send the version you read (stale = CONFLICT) */
  calendarUpdate: CalendarPayload;
  /** Names the members who decide change requests; an empty list leaves it to owners and managers */
  changeBoardSet: ChangeBoardPayload;
  /** Approves and applies the change set in one transaction; STALE_PREVIEW when the plan moved since the preview, SELF_APPROVAL for your own request */
  changeRequestApprove: ChangeRequestPayload;
  /** Raises a change request as a draft; its change set is checked against the plan */
  changeRequestCreate: ChangeRequestPayload;
  /** Defers the request (reason required); it may be submitted again */
  changeRequestDefer: ChangeRequestPayload;
  /** Deletes a draft */
  changeRequestDelete: ChangeRequestPayload;
  /** Links an issue of the same project to the change request (both show the link); linking it again changes nothing */
  changeRequestIssueLink: ChangeRequestIssuePayload;
  /** Removes the link between an issue and a change request */
  changeRequestIssueUnlink: ChangeRequestIssuePayload;
  /** Schedules a what-if copy of the plan with the change set and stores the impact; the live plan is untouched */
  changeRequestPreview: ChangeRequestPayload;
  /** Rejects the request (reason required) */
  changeRequestReject: ChangeRequestPayload;
  changeRequestStartReview: ChangeRequestPayload;
  changeRequestSubmit: ChangeRequestPayload;
  /** Edits a draft or deferred request; send the version you read (stale = CONFLICT) */
  changeRequestUpdate: ChangeRequestPayload;
  charterApprovalSet: CharterPayload;
  /** Names the sponsor who approves or rejects the charter (any member, a viewer too); null names nobody */
  charterApproverSet: CharterPayload;
  charterUpdate: CharterPayload;
  /** A short-lived ticket to edit (or follow) a project's charter or WBS document live */
  collabTicket: CollabTicket;
  communicationItemCreate: CommunicationItemPayload;
  /** Deletes the item and its history (managers and owners) */
  communicationItemDelete: CommunicationItemPayload;
  /** Records that it was held (date and notes) and moves the next due day on */
  communicationItemHold: CommunicationItemPayload;
  communicationItemUpdate: CommunicationItemPayload;
  /** Records time or money spent on a task (actual cost) */
  costEntryCreate: CostEntryPayload;
  /** Members delete their own entries; managers any */
  costEntryDelete: CostEntryPayload;
  decisionCreate: DecisionPayload;
  decisionDelete: DecisionPayload;
  /** Send the version you read (stale = CONFLICT) */
  decisionUpdate: DecisionPayload;
  /** Links two tasks; a link that would close a cycle is refused, naming the cycle */
  dependencyCreate: DependencyPayload;
  dependencyDelete: DependencyPayload;
  dependencyUpdate: DependencyPayload;
  /** Sets the project's health thresholds (owners and managers); a field left out keeps its default */
  healthRulesSet: HealthRulesPayload;
  /** The signed-in viewer joins the project through an invitation link (once, before it expires) */
  invitationAccept: ProjectPayload;
  /** Withdraws an invitation: its link stops working */
  invitationRevoke: InvitationPayload;
  /** Logs an issue; members and above */
  issueCreate: IssuePayload;
  /** Deletes (archives) an issue; managers and owners */
  issueDelete: IssuePayload;
  /** Changes an issue; send the version you read (stale = CONFLICT) */
  issueUpdate: IssuePayload;
  /** Levels the work resources: stores each task's leveling delay */
  levelingApply: LevelingPayload;
  /** Removes every leveling delay */
  levelingClear: LevelingPayload;
  /** Invites someone to the project: the answer carries a secret link token, shown only here, once. Whoever opens /invite/<token> and is signed in can accept it until it expires; nothing is claimed by the email address, which only says whom the link is for. */
  memberInvite: InvitationCreatePayload;
  memberRemove: Scalars['Boolean']['output'];
  memberUpdate: MemberPayload;
  /** Sends a failed or held message again now, to the recipients who do not have it yet; managers and owners */
  outboxRetry: OutboxMessagePayload;
  /** Sets the project calendar and/or the status date */
  planSettingsUpdate: PlanSettingsPayload;
  /** Makes the project read-only */
  projectArchive: ProjectPayload;
  projectCreate: ProjectPayload;
  /** Imports an MS Project (MSPDI) XML file or a Trellis plan JSON document into the project: everything or nothing */
  projectImport: ImportReport;
  projectUnarchive: ProjectPayload;
  projectUpdate: ProjectPayload;
  /** Sets one RACI cell (an idempotent upsert); a null letter blanks it */
  raciCellSet: RaciCellPayload;
  /** A read-only link to the published reports at /report/<token>; the token is returned once */
  reportLinkCreate: ReportLinkCreatePayload;
  /** Revokes a stakeholder link: its page stops working at once */
  reportLinkRevoke: ReportLinkPayload;
  resourceCreate: ResourcePayload;
  /** Removes the resource and its assignments */
  resourceDelete: ResourcePayload;
  /** The member's resource, made on demand (a work resource with their name on the project calendar); the existing one if they have it */
  resourceForMember: ResourcePayload;
  /** Send the version you read (stale = CONFLICT) */
  resourceUpdate: ResourcePayload;
  /** Takes the link's stakeholder back on their project's mail (undoes `unsubscribe`); no sign-in needed */
  resubscribe: Unsubscription;
  /** Raises a risk; members and above */
  riskCreate: RiskPayload;
  /** Deletes (archives) a risk; managers and owners. Its history stays. */
  riskDelete: RiskPayload;
  /** Creates a task in the WBS (under parentId, default top level) and links it to the risk, in one step */
  riskMitigationTaskCreate: RiskMitigationPayload;
  /** The risk happened: it becomes OCCURRED and an issue is logged for it, linked both ways, in one step */
  riskOccur: RiskOccurPayload;
  /** Changes a risk; send the version you read (stale = CONFLICT) */
  riskUpdate: RiskPayload;
  /** Signs in (sets the session cookie) */
  signIn: AuthPayload;
  signOut: Scalars['Boolean']['output'];
  /** Creates an account and signs in (sets the session cookie) */
  signUp: AuthPayload;
  stakeholderCreate: StakeholderPayload;
  /** Deletes the stakeholder and takes them out of groups, audiences and the RACI (managers and owners) */
  stakeholderDelete: StakeholderPayload;
  stakeholderGroupCreate: StakeholderGroupPayload;
  /** Deletes the group (managers and owners); its stakeholders stay */
  stakeholderGroupDelete: StakeholderGroupPayload;
  stakeholderGroupUpdate: StakeholderGroupPayload;
  stakeholderUpdate: StakeholderPayload;
  statusCreate: StatusPayload;
  /** Deletes a status; its tasks move to moveToId (required when it has tasks) */
  statusDelete: StatusPayload;
  /** Starts a draft report (owners and managers); the period defaults to since the last report */
  statusReportCreate: StatusReportPayload;
  /** Deletes a draft; published reports are kept */
  statusReportDelete: StatusReportPayload;
  /** Publishes a draft: every figure and the narrative are frozen as they are now */
  statusReportPublish: StatusReportPayload;
  /** Changes a draft: title, period, overrides (each with a reason), narrative */
  statusReportUpdate: StatusReportPayload;
  statusUpdate: StatusPayload;
  taskCreate: TaskPayload;
  /** Archives the task and its sub-tasks and removes their links */
  taskDelete: TaskPayload;
  /** Moves a task (with its sub-tasks) to a new parent and/or position */
  taskMove: TaskPayload;
  /** Renames a task, whatever its version: the outline is a shared document where the last rename wins (taskUpdate checks the version) */
  taskRename: TaskPayload;
  /** Sets constraint, deadline, actual dates or calendar of a task (dragging a bar = SNET at the dropped start) */
  taskScheduleUpdate: TaskPayload;
  /** Changes fields; send the version you read (stale = CONFLICT) */
  taskUpdate: TaskPayload;
  /** Opts the link's stakeholder out of every mail of their project; no sign-in needed */
  unsubscribe: Unsubscription;
};


export type MutationAccessTokenCreateArgs = {
  input: AccessTokenCreateInput;
};


export type MutationAccessTokenRevokeArgs = {
  id: Scalars['UUID']['input'];
};


export type MutationAssignmentCreateArgs = {
  input: AssignmentCreateInput;
};


export type MutationAssignmentDeleteArgs = {
  id: Scalars['UUID']['input'];
};


export type MutationAssignmentUpdateArgs = {
  input: AssignmentUpdateInput;
};


export type MutationBaselineCreateArgs = {
  name: Scalars['String']['input'];
  projectId: Scalars['UUID']['input'];
};


export type MutationBaselineDeleteArgs = {
  id: Scalars['UUID']['input'];
};


export type MutationBoardTokenCreateArgs = {
  name: Scalars['String']['input'];
  projectId: Scalars['UUID']['input'];
};


export type MutationBoardTokenLayoutSetArgs = {
  id: Scalars['UUID']['input'];
  layout: WallLayout;
};


export type MutationBoardTokenRevokeArgs = {
  id: Scalars['UUID']['input'];
};


export type MutationBoardTokenWallSetArgs = {
  id: Scalars['UUID']['input'];
  showBlockingIssues: Scalars['Boolean']['input'];
  showTopRisks: Scalars['Boolean']['input'];
};


export type MutationCalendarCreateArgs = {
  input: CalendarCreateInput;
};


export type MutationCalendarDeleteArgs = {
  id: Scalars['UUID']['input'];
  version: InputMaybe<Scalars['Int']['input']>;
};


export type MutationCalendarExceptionAddArgs = {
  input: CalendarExceptionAddInput;
};


export type MutationCalendarExceptionRemoveArgs = {
  id: Scalars['UUID']['input'];
};


export type MutationCalendarFeedCreateArgs = {
  name: Scalars['String']['input'];
  projectId: Scalars['UUID']['input'];
};


export type MutationCalendarFeedRevokeArgs = {
  id: Scalars['UUID']['input'];
};


export type MutationCalendarUpdateArgs = {
  input: CalendarUpdateInput;
};


export type MutationChangeBoardSetArgs = {
  memberIds: Array<Scalars['UUID']['input']>;
  projectId: Scalars['UUID']['input'];
};


export type MutationChangeRequestApproveArgs = {
  input: ChangeRequestStepInput;
};


export type MutationChangeRequestCreateArgs = {
  input: ChangeRequestCreateInput;
};


export type MutationChangeRequestDeferArgs = {
  input: ChangeRequestStepInput;
};


export type MutationChangeRequestDeleteArgs = {
  id: Scalars['UUID']['input'];
};


export type MutationChangeRequestIssueLinkArgs = {
  input: ChangeRequestIssueInput;
};


export type MutationChangeRequestIssueUnlinkArgs = {
  input: ChangeRequestIssueInput;
};


export type MutationChangeRequestPreviewArgs = {
  id: Scalars['UUID']['input'];
};


export type MutationChangeRequestRejectArgs = {
  input: ChangeRequestStepInput;
};


export type MutationChangeRequestStartReviewArgs = {
  input: ChangeRequestStepInput;
};


export type MutationChangeRequestSubmitArgs = {
  input: ChangeRequestStepInput;
};


export type MutationChangeRequestUpdateArgs = {
  input: ChangeRequestUpdateInput;
};


export type MutationCharterApprovalSetArgs = {
  comment: InputMaybe<Scalars['String']['input']>;
  projectId: Scalars['UUID']['input'];
  state: CharterApproval;
};


export type MutationCharterApproverSetArgs = {
  projectId: Scalars['UUID']['input'];
  userId: InputMaybe<Scalars['UUID']['input']>;
};


export type MutationCharterUpdateArgs = {
  input: CharterUpdateInput;
};


export type MutationCollabTicketArgs = {
  document: Scalars['String']['input'];
};


export type MutationCommunicationItemCreateArgs = {
  input: CommunicationItemCreateInput;
};


export type MutationCommunicationItemDeleteArgs = {
  id: Scalars['UUID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationCommunicationItemHoldArgs = {
  input: CommunicationItemHoldInput;
};


export type MutationCommunicationItemUpdateArgs = {
  input: CommunicationItemUpdateInput;
};


export type MutationCostEntryCreateArgs = {
  input: CostEntryCreateInput;
};


export type MutationCostEntryDeleteArgs = {
  id: Scalars['UUID']['input'];
};


export type MutationDecisionCreateArgs = {
  input: DecisionCreateInput;
};


export type MutationDecisionDeleteArgs = {
  id: Scalars['UUID']['input'];
  version: InputMaybe<Scalars['Int']['input']>;
};


export type MutationDecisionUpdateArgs = {
  input: DecisionUpdateInput;
};


export type MutationDependencyCreateArgs = {
  input: DependencyCreateInput;
};


export type MutationDependencyDeleteArgs = {
  id: Scalars['UUID']['input'];
};


export type MutationDependencyUpdateArgs = {
  input: DependencyUpdateInput;
};


export type MutationHealthRulesSetArgs = {
  input: HealthRulesInput;
  projectId: Scalars['UUID']['input'];
};


export type MutationInvitationAcceptArgs = {
  token: Scalars['String']['input'];
};


export type MutationInvitationRevokeArgs = {
  id: Scalars['UUID']['input'];
};


export type MutationIssueCreateArgs = {
  input: IssueCreateInput;
};


export type MutationIssueDeleteArgs = {
  id: Scalars['UUID']['input'];
  version: InputMaybe<Scalars['Int']['input']>;
};


export type MutationIssueUpdateArgs = {
  input: IssueUpdateInput;
};


export type MutationLevelingApplyArgs = {
  projectId: Scalars['UUID']['input'];
};


export type MutationLevelingClearArgs = {
  projectId: Scalars['UUID']['input'];
};


export type MutationMemberInviteArgs = {
  input: MemberInviteInput;
};


export type MutationMemberRemoveArgs = {
  projectId: Scalars['UUID']['input'];
  userId: Scalars['UUID']['input'];
};


export type MutationMemberUpdateArgs = {
  input: MemberUpdateInput;
};


export type MutationOutboxRetryArgs = {
  id: Scalars['UUID']['input'];
};


export type MutationPlanSettingsUpdateArgs = {
  input: PlanSettingsInput;
};


export type MutationProjectArchiveArgs = {
  id: Scalars['UUID']['input'];
};


export type MutationProjectCreateArgs = {
  input: ProjectCreateInput;
};


export type MutationProjectImportArgs = {
  input: ProjectImportInput;
};


export type MutationProjectUnarchiveArgs = {
  id: Scalars['UUID']['input'];
};


export type MutationProjectUpdateArgs = {
  input: ProjectUpdateInput;
};


export type MutationRaciCellSetArgs = {
  input: RaciCellSetInput;
};


export type MutationReportLinkCreateArgs = {
  name: Scalars['String']['input'];
  projectId: Scalars['UUID']['input'];
};


export type MutationReportLinkRevokeArgs = {
  id: Scalars['UUID']['input'];
};


export type MutationResourceCreateArgs = {
  input: ResourceCreateInput;
};


export type MutationResourceDeleteArgs = {
  id: Scalars['UUID']['input'];
};


export type MutationResourceForMemberArgs = {
  input: ResourceForMemberInput;
};


export type MutationResourceUpdateArgs = {
  input: ResourceUpdateInput;
};


export type MutationResubscribeArgs = {
  token: Scalars['String']['input'];
};


export type MutationRiskCreateArgs = {
  input: RiskCreateInput;
};


export type MutationRiskDeleteArgs = {
  id: Scalars['UUID']['input'];
  version: InputMaybe<Scalars['Int']['input']>;
};


export type MutationRiskMitigationTaskCreateArgs = {
  input: RiskMitigationTaskInput;
};


export type MutationRiskOccurArgs = {
  input: RiskOccurInput;
};


export type MutationRiskUpdateArgs = {
  input: RiskUpdateInput;
};


export type MutationSignInArgs = {
  input: SignInInput;
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationStakeholderCreateArgs = {
  input: StakeholderCreateInput;
};


export type MutationStakeholderDeleteArgs = {
  id: Scalars['UUID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationStakeholderGroupCreateArgs = {
  input: StakeholderGroupCreateInput;
};


export type MutationStakeholderGroupDeleteArgs = {
  id: Scalars['UUID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationStakeholderGroupUpdateArgs = {
  input: StakeholderGroupUpdateInput;
};


export type MutationStakeholderUpdateArgs = {
  input: StakeholderUpdateInput;
};


export type MutationStatusCreateArgs = {
  input: StatusCreateInput;
};


export type MutationStatusDeleteArgs = {
  id: Scalars['UUID']['input'];
  moveToId: InputMaybe<Scalars['UUID']['input']>;
};


export type MutationStatusReportCreateArgs = {
  input: StatusReportCreateInput;
};


export type MutationStatusReportDeleteArgs = {
  id: Scalars['UUID']['input'];
};


export type MutationStatusReportPublishArgs = {
  id: Scalars['UUID']['input'];
  version: InputMaybe<Scalars['Int']['input']>;
};


export type MutationStatusReportUpdateArgs = {
  input: StatusReportUpdateInput;
};


export type MutationStatusUpdateArgs = {
  input: StatusUpdateInput;
};


export type MutationTaskCreateArgs = {
  input: TaskCreateInput;
};


export type MutationTaskDeleteArgs = {
  id: Scalars['UUID']['input'];
};


export type MutationTaskMoveArgs = {
  input: TaskMoveInput;
};


export type MutationTaskRenameArgs = {
  id: Scalars['UUID']['input'];
  name: Scalars['String']['input'];
};


export type MutationTaskScheduleUpdateArgs = {
  input: TaskScheduleUpdateInput;
};


export type MutationTaskUpdateArgs = {
  input: TaskUpdateInput;
};


export type MutationUnsubscribeArgs = {
  token: Scalars['String']['input'];
};

/** A message of the outbox was queued, sent, failed or retried */
export type OutboxEvent = {
  __typename?: 'OutboxEvent';
  /** CREATED or UPDATED */
  action: Scalars['String']['output'];
  /** The project's change number of the write */
  changeNumber: Maybe<Scalars['Float']['output']>;
  messageId: Scalars['ID']['output'];
};

export type OutboxKind =
  | 'COMMUNICATION'
  | 'OTHER'
  | 'STATUS_REPORT';

export type OutboxMessage = {
  __typename?: 'OutboxMessage';
  /** Delivery attempts so far */
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  kind: OutboxKind;
  /** Why the last attempt failed, or why it was not sent */
  lastError: Maybe<Scalars['String']['output']>;
  /** When it is tried again (queued and failed messages) */
  nextAttemptAt: Maybe<Scalars['DateTimeISO']['output']>;
  projectId: Scalars['ID']['output'];
  /** Each address with its own delivery state, by address */
  recipients: Array<OutboxRecipient>;
  sentAt: Maybe<Scalars['DateTimeISO']['output']>;
  status: OutboxStatus;
  subject: Scalars['String']['output'];
  /** The plain-text body (without the per-recipient unsubscribe line) */
  text: Scalars['String']['output'];
};

export type OutboxMessageConnection = {
  __typename?: 'OutboxMessageConnection';
  nodes: Array<OutboxMessage>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OutboxMessagePayload = {
  __typename?: 'OutboxMessagePayload';
  /** The project's change number of this write (null when nothing was written); its events carry the same number */
  changeNumber: Maybe<Scalars['Float']['output']>;
  message: OutboxMessage;
};

export type OutboxRecipient = {
  __typename?: 'OutboxRecipient';
  email: Scalars['String']['output'];
  error: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  sentAt: Maybe<Scalars['DateTimeISO']['output']>;
  stakeholderId: Maybe<Scalars['ID']['output']>;
  status: OutboxStatus;
  userId: Maybe<Scalars['ID']['output']>;
};

export type OutboxStatus =
  | 'FAILED'
  | 'HELD'
  | 'QUEUED'
  | 'SENT';

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

/** Something in the plan changed (links, baselines, calendars, resources, assignments, costs...), whether or not it moved the schedule: pages showing that part fetch it again */
export type PlanChange = {
  __typename?: 'PlanChange';
  part: PlanPart;
  projectId: Scalars['ID']['output'];
};

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

/** The project's planning settings */
export type PlanSettings = {
  __typename?: 'PlanSettings';
  /** The project calendar; null = standard (Mon-Fri, 08:00-12:00 and 13:00-17:00) */
  calendarId: Maybe<Scalars['ID']['output']>;
  /** Progress and earned value are measured up to this date */
  statusDate: Maybe<Scalars['LocalDate']['output']>;
  /** The project's time zone (IANA name, e.g. "Europe/Berlin"): when its days begin; null = UTC */
  timeZone: Maybe<Scalars['String']['output']>;
};

export type PlanSettingsInput = {
  /** null = the standard calendar */
  calendarId?: InputMaybe<Scalars['UUID']['input']>;
  projectId: Scalars['UUID']['input'];
  statusDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** An IANA time zone such as "Europe/Berlin"; null = UTC */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type PlanSettingsPayload = {
  __typename?: 'PlanSettingsPayload';
  /** The project's change number of this write (null when nothing was written); its events carry the same number */
  changeNumber: Maybe<Scalars['Float']['output']>;
  plan: PlanSettings;
};

/** Every project the viewer can see, filtered and sorted */
export type Portfolio = {
  __typename?: 'Portfolio';
  /** Managers of the visible projects, for the filter */
  managers: Array<PortfolioManagerOption>;
  projects: Array<PortfolioProject>;
  /** Projects visible before the filters */
  total: Scalars['Int']['output'];
};

export type PortfolioFilter = {
  health?: InputMaybe<Array<HealthColour>>;
  /** Archived projects too (left out by default) */
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  /** Projects this person owns or manages */
  managerId?: InputMaybe<Scalars['ID']['input']>;
  methodology?: InputMaybe<Array<Methodology>>;
  status?: InputMaybe<Array<ProjectStatus>>;
};

export type PortfolioManagerOption = {
  __typename?: 'PortfolioManagerOption';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type PortfolioMilestone = {
  __typename?: 'PortfolioMilestone';
  /** Its finish in the newest baseline (none without one) */
  baselineFinish: Maybe<Scalars['LocalDate']['output']>;
  /** When it is now expected: its finish in the computed schedule, as the Gantt shows it */
  forecastFinish: Maybe<Scalars['LocalDate']['output']>;
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type PortfolioPerson = {
  __typename?: 'PortfolioPerson';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** One project of the portfolio with its headline figures */
export type PortfolioProject = {
  __typename?: 'PortfolioProject';
  /** Actual cost: cost entries up to the status date */
  ac: Scalars['Float']['output'];
  /** Budget at completion: the newest baseline cost */
  bac: Maybe<Scalars['Float']['output']>;
  baselineFinish: Maybe<Scalars['LocalDate']['output']>;
  budget: Maybe<Scalars['Float']['output']>;
  /** Actual cost as a percentage of the budget (empty without a budget) */
  budgetBurnPercent: Maybe<Scalars['Float']['output']>;
  cpi: Maybe<Scalars['Float']['output']>;
  /** ISO 4217 */
  currency: Scalars['String']['output'];
  ev: Maybe<Scalars['Float']['output']>;
  /** Calendar days the forecast finish lies after (+) or before (-) the baseline finish */
  finishVarianceDays: Maybe<Scalars['Int']['output']>;
  /** The computed schedule’s finish, as the Gantt shows it; empty when the plan cannot be scheduled (a cycle) */
  forecastFinish: Maybe<Scalars['LocalDate']['output']>;
  /** False: no baseline yet, so the baseline figures below are empty */
  hasBaseline: Scalars['Boolean']['output'];
  health: ProjectHealth;
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  /** Owners and managers */
  managers: Array<PortfolioPerson>;
  methodology: Methodology;
  name: Scalars['String']['output'];
  /** The first milestone not yet completed, by forecast */
  nextMilestone: Maybe<PortfolioMilestone>;
  openBlockingIssues: Scalars['Int']['output'];
  openIssues: Scalars['Int']['output'];
  /** Duration-weighted % complete of the leaf tasks, cancelled ones left out */
  percentComplete: Scalars['Float']['output'];
  pv: Maybe<Scalars['Float']['output']>;
  spi: Maybe<Scalars['Float']['output']>;
  status: ProjectStatus;
  /** The day the figures are measured at: the project's status date, or today */
  statusDate: Scalars['LocalDate']['output'];
  /** The open risk with the highest score */
  topRisk: Maybe<PortfolioRisk>;
};

/** An open risk as the portfolio names it */
export type PortfolioRisk = {
  __typename?: 'PortfolioRisk';
  id: Scalars['ID']['output'];
  /** Like ERP-R3 */
  key: Scalars['String']['output'];
  score: Scalars['Int']['output'];
  title: Scalars['String']['output'];
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

export type Project = {
  __typename?: 'Project';
  /** Newest first */
  activity: ActivityConnection;
  /** Archived projects are read-only */
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  assignments: Array<Assignment>;
  /** Newest first */
  baselines: Array<Baseline>;
  board: Board;
  /** Active wall-board tokens (managers only) */
  boardTokens: Array<BoardToken>;
  budget: Maybe<Scalars['Float']['output']>;
  /** Your own calendar feeds of this project */
  calendarFeeds: Array<CalendarFeed>;
  calendars: Array<WorkCalendar>;
  /** Who decides change requests */
  changeBoard: ChangeBoard;
  /** Change requests, newest first unless sorted otherwise */
  changeRequests: ChangeRequestConnection;
  charter: Charter;
  /** The communication plan */
  communicationItems: CommunicationItemConnection;
  /** Newest first */
  costEntries: Array<CostEntry>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** ISO 4217 currency code */
  currency: Scalars['String']['output'];
  /** The decision log, latest decision first unless sorted otherwise */
  decisions: DecisionConnection;
  dependencies: DependencyConnection;
  description: Scalars['String']['output'];
  /** Earned value at the status date against a baseline (default: the newest); its S-curve has the recorded EV and AC of past periods */
  earnedValue: EarnedValue;
  /** The whole plan as MSPDI XML (MS Project), a Trellis plan JSON document or a CSV task list */
  export: Scalars['String']['output'];
  /** The health thresholds its reports use (the defaults where not tuned) */
  healthRules: HealthRules;
  id: Scalars['ID']['output'];
  /** Invitations not yet accepted, withdrawn or expired, newest first (owners and managers only) */
  invitations: Array<Invitation>;
  /** The issue log */
  issues: IssueConnection;
  key: Scalars['String']['output'];
  /** What levelingApply would do, without changing anything */
  levelingPreview: LevelingPreview;
  /** Whether mail can be sent at all; managers and owners */
  mailDelivery: MailDelivery;
  members: Array<ProjectMember>;
  methodology: Methodology;
  name: Scalars['String']['output'];
  /** Mail sent, failing or held for this project, newest first; managers and owners */
  outbox: OutboxMessageConnection;
  plan: PlanSettings;
  /** The RACI matrix of the WBS, or of one branch (the task and everything under it) */
  raci: RaciMatrix;
  /** Live stakeholder links (owners and managers) */
  reportLinks: Array<ReportLink>;
  /** Work, capacity and cost per resource and period over the schedule */
  resourceUsage: Array<ResourceUsage>;
  resources: Array<Resource>;
  /** Open exposure at the end of each of the last weeks, from the recorded history, oldest first */
  riskExposure: Array<RiskExposurePoint>;
  /** The contingency reserve the open threats call for, beside the project's budget */
  riskReserve: RiskReserve;
  /** The risk register */
  risks: RiskConnection;
  /** Computed from tasks, links, calendars, constraints, progress and leveling delays */
  schedule: Schedule;
  /** Daily figures from the recorded history, oldest first (burndown, burnup, indices and exposure over time); empty until the first day is over */
  snapshots: Array<ProjectSnapshot>;
  stakeholderGroups: Array<StakeholderGroup>;
  stakeholders: StakeholderConnection;
  startDate: Maybe<Scalars['LocalDate']['output']>;
  status: ProjectStatus;
  /** One status report by its number */
  statusReportByNumber: Maybe<StatusReport>;
  /** Status reports, newest first */
  statusReports: Array<StatusReport>;
  /** Workflow statuses in board order */
  statuses: Array<TaskStatus>;
  targetFinish: Maybe<Scalars['LocalDate']['output']>;
  /** Tasks in outline (WBS) order */
  tasks: TaskConnection;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** The current schedule and costs against a baseline */
  variance: Variance;
  version: Scalars['Int']['output'];
  /** Whether you may decide change requests here */
  viewerCanDecideChanges: Scalars['Boolean']['output'];
  /** The viewer's role here (null for a board token) */
  viewerRole: Maybe<ProjectRole>;
};


export type ProjectActivityArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  since: InputMaybe<Scalars['DateTimeISO']['input']>;
};


export type ProjectBoardArgs = {
  asOf: InputMaybe<Scalars['LocalDate']['input']>;
};


export type ProjectChangeRequestsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<ChangeRequestFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  sort: InputMaybe<ChangeRequestSort>;
};


export type ProjectCommunicationItemsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<CommunicationFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<CommunicationSort>;
};


export type ProjectCostEntriesArgs = {
  taskId: InputMaybe<Scalars['UUID']['input']>;
};


export type ProjectDecisionsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<DecisionFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  sort: InputMaybe<DecisionSort>;
};


export type ProjectDependenciesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type ProjectEarnedValueArgs = {
  asOf: InputMaybe<Scalars['LocalDate']['input']>;
  baselineId: InputMaybe<Scalars['UUID']['input']>;
  period?: UsagePeriod;
  statusDate: InputMaybe<Scalars['LocalDate']['input']>;
};


export type ProjectExportArgs = {
  format: ExportFormat;
};


export type ProjectIssuesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<IssueFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  sort: InputMaybe<IssueSort>;
};


export type ProjectOutboxArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  status: InputMaybe<OutboxStatus>;
};


export type ProjectRaciArgs = {
  branchId: InputMaybe<Scalars['UUID']['input']>;
};


export type ProjectResourceUsageArgs = {
  from: InputMaybe<Scalars['LocalDate']['input']>;
  period?: UsagePeriod;
  to: InputMaybe<Scalars['LocalDate']['input']>;
};


export type ProjectRiskExposureArgs = {
  weeks?: Scalars['Int']['input'];
};


export type ProjectRisksArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<RiskFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  sort: InputMaybe<RiskSort>;
};


export type ProjectScheduleArgs = {
  asOf: InputMaybe<Scalars['LocalDate']['input']>;
};


export type ProjectSnapshotsArgs = {
  from: InputMaybe<Scalars['LocalDate']['input']>;
  to: InputMaybe<Scalars['LocalDate']['input']>;
};


export type ProjectStakeholdersArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<StakeholderFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<StakeholderSort>;
};


export type ProjectStatusReportByNumberArgs = {
  number: Scalars['Int']['input'];
};


export type ProjectTasksArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  asOf: InputMaybe<Scalars['LocalDate']['input']>;
  filter: InputMaybe<TaskFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  includeArchived: InputMaybe<Scalars['Boolean']['input']>;
};


export type ProjectVarianceArgs = {
  baselineId: Scalars['UUID']['input'];
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

/** A project's health: the worst area's colour, and each area's with why */
export type ProjectHealth = {
  __typename?: 'ProjectHealth';
  areas: Array<AreaHealth>;
  overall: HealthColour;
};

export type ProjectImportInput = {
  /** The file contents: MSPDI XML or a Trellis plan JSON document */
  content: Scalars['String']['input'];
  format: ImportFormat;
  projectId: Scalars['UUID']['input'];
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
  /** The project's change number of this write (null when nothing was written); its events carry the same number */
  changeNumber: Maybe<Scalars['Float']['output']>;
  project: Project;
};

/** OWNER and MANAGER change everything, MEMBER changes tasks, VIEWER reads */
export type ProjectRole =
  | 'MANAGER'
  | 'MEMBER'
  | 'OWNER'
  | 'VIEWER';

/** A project's figures at the end of one day (UTC), taken by the server once per day */
export type ProjectSnapshot = {
  __typename?: 'ProjectSnapshot';
  ac: Scalars['Float']['output'];
  baselineFinish: Maybe<Scalars['String']['output']>;
  /** The baseline PV, EV, SPI, CPI and the baseline finish are measured against (the newest then); null without one */
  baselineId: Maybe<Scalars['String']['output']>;
  /** Working days of work done */
  completedDays: Scalars['Float']['output'];
  cpi: Maybe<Scalars['Float']['output']>;
  day: Scalars['LocalDate']['output'];
  ev: Maybe<Scalars['Float']['output']>;
  /** The schedule's forecast finish that day ('YYYY-MM-DDTHH:MM'); null when the plan could not be scheduled */
  forecastFinish: Maybe<Scalars['String']['output']>;
  openIssues: Array<SeverityCount>;
  /** Expected value of the open threats */
  openRiskExposure: Scalars['Float']['output'];
  /** Overall percent complete (the roll-up rule over all the work) */
  percentComplete: Scalars['Float']['output'];
  pv: Maybe<Scalars['Float']['output']>;
  /** Working days of work left: each task’s duration times what is not done of it */
  remainingDays: Scalars['Float']['output'];
  spi: Maybe<Scalars['Float']['output']>;
  /** When the server took it (a day missed while it was down is taken later, from the history) */
  takenAt: Scalars['DateTimeISO']['output'];
  /** Tasks (not summaries) that existed */
  tasks: Scalars['Int']['output'];
  /** Of them, completed */
  tasksDone: Scalars['Int']['output'];
  /** Working days of all the work (the scope) */
  totalDays: Scalars['Float']['output'];
};

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
  id: Scalars['UUID']['input'];
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
  changeRequest: ChangeRequest;
  decision: Decision;
  /** The project and role an invitation link offers; NOT_FOUND for a link that never existed */
  invitation: InvitationPreview;
  issue: Issue;
  /** Every project the viewer is a member of, with health, progress, earned value, top risk, open issues and next milestone; a project without a baseline has its baseline figures empty */
  portfolio: Portfolio;
  /** A project by id or by key */
  project: Project;
  /** Projects the viewer is a member of, by name */
  projects: ProjectConnection;
  risk: Risk;
  /** One published report through a stakeholder link (no sign-in) */
  stakeholderReport: StatusReport;
  /** A stakeholder link's view (no sign-in): the project's latest published report and the list of published ones */
  stakeholderReports: StakeholderView;
  statusReport: StatusReport;
  task: Task;
  /** Whom an unsubscribe link (from a mail) stands for; no sign-in needed */
  unsubscription: Unsubscription;
  /** The signed-in user, or null */
  viewer: Maybe<User>;
  /** The wall screen's board, for a request made with a board token */
  wallBoard: Board;
  /** The registers on the wall screen, as its board token chose; for a request made with a board token */
  wallRegisters: WallRegisters;
  /** The wall screen's project schedule, for a request made with a board token */
  wallSchedule: Schedule;
  /** The wall screen's layout and what it shows; for a request made with a board token */
  wallView: WallView;
};


export type QueryChangeRequestArgs = {
  id: Scalars['UUID']['input'];
};


export type QueryDecisionArgs = {
  id: Scalars['UUID']['input'];
};


export type QueryInvitationArgs = {
  token: Scalars['String']['input'];
};


export type QueryIssueArgs = {
  id: Scalars['UUID']['input'];
};


export type QueryPortfolioArgs = {
  descending?: InputMaybe<Scalars['Boolean']['input']>;
  filter: InputMaybe<PortfolioFilter>;
  sort?: InputMaybe<PortfolioSort>;
};


export type QueryProjectArgs = {
  id: InputMaybe<Scalars['UUID']['input']>;
  key: InputMaybe<Scalars['String']['input']>;
};


export type QueryProjectsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  includeArchived: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryRiskArgs = {
  id: Scalars['UUID']['input'];
};


export type QueryStakeholderReportArgs = {
  number: Scalars['Int']['input'];
  token: Scalars['String']['input'];
};


export type QueryStakeholderReportsArgs = {
  token: Scalars['String']['input'];
};


export type QueryStatusReportArgs = {
  id: Scalars['UUID']['input'];
};


export type QueryTaskArgs = {
  id: Scalars['UUID']['input'];
};


export type QueryUnsubscriptionArgs = {
  token: Scalars['String']['input'];
};

export type RaciCellPayload = {
  __typename?: 'RaciCellPayload';
  change: RaciChange;
  /** The project's change number of this write (null when nothing was written); its events carry the same number */
  changeNumber: Maybe<Scalars['Float']['output']>;
};

/** Sets one cell; a null letter blanks it (and so overrides the assignee’s implied R) */
export type RaciCellSetInput = {
  letter?: InputMaybe<RaciLetter>;
  /** A member (user id) or a stakeholder of the project */
  partyId: Scalars['UUID']['input'];
  taskId: Scalars['UUID']['input'];
};

export type RaciCellValue = {
  __typename?: 'RaciCellValue';
  /** An R that comes from the task assignee, not from the matrix */
  implied: Scalars['Boolean']['output'];
  letter: Maybe<RaciLetter>;
  partyId: Scalars['ID']['output'];
};

/** A RACI cell was set */
export type RaciChange = {
  __typename?: 'RaciChange';
  actorId: Maybe<Scalars['ID']['output']>;
  changeNumber: Maybe<Scalars['Float']['output']>;
  /** The row's flags after the change */
  flags: Array<RaciFlag>;
  /** The letter is the assignee’s implied R */
  implied: Scalars['Boolean']['output'];
  /** The letter the cell now shows */
  letter: Maybe<RaciLetter>;
  partyId: Scalars['ID']['output'];
  projectId: Scalars['ID']['output'];
  taskId: Scalars['ID']['output'];
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

export type RaciMatrix = {
  __typename?: 'RaciMatrix';
  parties: Array<RaciParty>;
  projectId: Scalars['ID']['output'];
  /** In outline order */
  rows: Array<RaciRow>;
};

/** A column of the RACI matrix: a project member or a stakeholder */
export type RaciParty = {
  __typename?: 'RaciParty';
  /** The user id of a member, the id of a stakeholder */
  id: Scalars['ID']['output'];
  kind: RaciPartyKind;
  name: Scalars['String']['output'];
};

export type RaciPartyKind =
  | 'MEMBER'
  | 'STAKEHOLDER';

/** A WBS task with its letters */
export type RaciRow = {
  __typename?: 'RaciRow';
  assigneeId: Maybe<Scalars['ID']['output']>;
  /** The filled cells only (explicit letters, explicit blanks and the implied R) */
  cells: Array<RaciCellValue>;
  /** 0 for a top-level task */
  depth: Scalars['Int']['output'];
  flags: Array<RaciFlag>;
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
  parentId: Maybe<Scalars['ID']['output']>;
  taskId: Scalars['ID']['output'];
  wbsCode: Scalars['String']['output'];
};

export type RegisterEventAction =
  | 'CREATED'
  | 'DELETED'
  | 'UPDATED';

/** The health of one area (or OVERALL): the computed colour with its reasons, and an override if someone set one */
export type ReportAreaHealth = {
  __typename?: 'ReportAreaHealth';
  area: HealthAreaName;
  /** The colour shown: the override when there is one, else the computed colour */
  colour: HealthColour;
  /** What the rules give */
  computed: HealthColour;
  /** Why a person overrode the computed colour */
  overrideReason: Maybe<Scalars['String']['output']>;
  /** Why the rules give that colour, the worst first */
  reasons: Array<Scalars['String']['output']>;
};

/** Tasks not yet completed at the end of a week */
export type ReportBurndownPoint = {
  __typename?: 'ReportBurndownPoint';
  date: Scalars['LocalDate']['output'];
  remaining: Scalars['Int']['output'];
};

export type ReportChange = {
  __typename?: 'ReportChange';
  /** Change of the budget it carries */
  budgetDelta: Maybe<Scalars['Float']['output']>;
  /** The day it was decided (null while pending) */
  decidedOn: Maybe<Scalars['String']['output']>;
  key: Scalars['String']['output'];
  status: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type ReportCurvePoint = {
  __typename?: 'ReportCurvePoint';
  ac: Maybe<Scalars['Float']['output']>;
  date: Scalars['LocalDate']['output'];
  ev: Maybe<Scalars['Float']['output']>;
  pv: Scalars['Float']['output'];
};

/** Earned value at the status date; null figures where undefined */
export type ReportEarnedValue = {
  __typename?: 'ReportEarnedValue';
  ac: Scalars['Float']['output'];
  bac: Scalars['Float']['output'];
  cpi: Maybe<Scalars['Float']['output']>;
  cv: Scalars['Float']['output'];
  ev: Scalars['Float']['output'];
  pv: Scalars['Float']['output'];
  spi: Maybe<Scalars['Float']['output']>;
  statusDate: Scalars['LocalDate']['output'];
  sv: Scalars['Float']['output'];
};

/** A report's figures: computed live for a draft, frozen once published */
export type ReportFigures = {
  __typename?: 'ReportFigures';
  /** Work completed in the period */
  accomplishments: Array<ReportTask>;
  burndown: Array<ReportBurndownPoint>;
  /** Change requests decided in the period, then those pending */
  changes: Array<ReportChange>;
  /** When these figures were computed */
  computedAt: Scalars['DateTimeISO']['output'];
  currency: Scalars['String']['output'];
  /** The S-curve, weekly */
  curve: Array<ReportCurvePoint>;
  /** null without a baseline */
  earnedValue: Maybe<ReportEarnedValue>;
  /** OVERALL first, then each area */
  health: Array<ReportAreaHealth>;
  /** Open issues, most severe first */
  issues: Array<ReportIssue>;
  milestones: Array<ReportMilestone>;
  /** The overall colour shown (override or computed) */
  overall: HealthColour;
  /** Work scheduled to start or finish in the next period of the same length */
  planned: Array<ReportTask>;
  /** Open risks, highest score first (at most ten) */
  risks: Array<ReportRisk>;
  trend: Array<ReportTrendPoint>;
};

export type ReportIssue = {
  __typename?: 'ReportIssue';
  blocking: Scalars['Boolean']['output'];
  dueDate: Maybe<Scalars['String']['output']>;
  key: Scalars['String']['output'];
  overdue: Scalars['Boolean']['output'];
  severity: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** A read-only link to a project's published status reports, without signing in */
export type ReportLink = {
  __typename?: 'ReportLink';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  lastUsedAt: Maybe<Scalars['DateTimeISO']['output']>;
  name: Scalars['String']['output'];
  /** The first characters of the token, to tell links apart */
  prefix: Scalars['String']['output'];
  projectId: Scalars['ID']['output'];
  revokedAt: Maybe<Scalars['DateTimeISO']['output']>;
};

/** A new stakeholder link; the token is shown once */
export type ReportLinkCreatePayload = {
  __typename?: 'ReportLinkCreatePayload';
  /** The project's change number of this write (null when nothing was written); its events carry the same number */
  changeNumber: Maybe<Scalars['Float']['output']>;
  link: ReportLink;
  /** The secret: the page is /report/<token> */
  token: Scalars['String']['output'];
};

export type ReportLinkPayload = {
  __typename?: 'ReportLinkPayload';
  /** The project's change number of this write (null when nothing was written); its events carry the same number */
  changeNumber: Maybe<Scalars['Float']['output']>;
  link: ReportLink;
};

export type ReportMilestone = {
  __typename?: 'ReportMilestone';
  actualFinish: Maybe<Scalars['String']['output']>;
  baselineFinish: Maybe<Scalars['String']['output']>;
  /** The schedule’s finish (null once finished) */
  forecastFinish: Maybe<Scalars['String']['output']>;
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Calendar days after the baseline (negative = early) */
  slipDays: Maybe<Scalars['Int']['output']>;
};

export type ReportRisk = {
  __typename?: 'ReportRisk';
  key: Scalars['String']['output'];
  score: Scalars['Int']['output'];
  status: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** A draft is computed live; a published report is frozen */
export type ReportStatus =
  | 'DRAFT'
  | 'PUBLISHED';

/** A task in a report: completed in the period, or planned for the next */
export type ReportTask = {
  __typename?: 'ReportTask';
  finish: Maybe<Scalars['String']['output']>;
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Completed: the day it was completed; planned: its scheduled start */
  start: Maybe<Scalars['String']['output']>;
};

/** SPI and CPI of one report: the earlier published ones (frozen), then this one */
export type ReportTrendPoint = {
  __typename?: 'ReportTrendPoint';
  cpi: Maybe<Scalars['Float']['output']>;
  number: Scalars['Int']['output'];
  periodEnd: Scalars['LocalDate']['output'];
  spi: Maybe<Scalars['Float']['output']>;
};

export type Resource = {
  __typename?: 'Resource';
  /** The resource's own working calendar; default the project calendar */
  calendarId: Maybe<Scalars['ID']['output']>;
  costPerUse: Scalars['Float']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** Capacity: 1 = 100 % of one full-time resource (WORK only) */
  maxUnits: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  overtimeRate: Scalars['Float']['output'];
  projectId: Scalars['ID']['output'];
  /** Rate changes by date, oldest first */
  rates: Array<CostRate>;
  standardRate: Scalars['Float']['output'];
  type: ResourceType;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** The project member this resource is */
  user: Maybe<User>;
  /** The project member this resource is, if it is a person of the team */
  userId: Maybe<Scalars['ID']['output']>;
  version: Scalars['Int']['output'];
};

export type ResourceCreateInput = {
  calendarId?: InputMaybe<Scalars['UUID']['input']>;
  costPerUse?: InputMaybe<Scalars['Float']['input']>;
  /** WORK capacity, 1 = 100 %; default 1 */
  maxUnits?: InputMaybe<Scalars['Float']['input']>;
  name: Scalars['String']['input'];
  overtimeRate?: InputMaybe<Scalars['Float']['input']>;
  projectId: Scalars['UUID']['input'];
  /** Rate changes from a date on; replaces the whole table on update */
  rates?: InputMaybe<Array<CostRateInput>>;
  /** Per hour (WORK) or per unit (MATERIAL) */
  standardRate?: InputMaybe<Scalars['Float']['input']>;
  /** Default WORK */
  type?: InputMaybe<ResourceType>;
};

/** A member's resource, made on demand */
export type ResourceForMemberInput = {
  projectId: Scalars['UUID']['input'];
  /** A member of the project */
  userId: Scalars['UUID']['input'];
};

export type ResourcePayload = {
  __typename?: 'ResourcePayload';
  /** The project's change number of this write (null when nothing was written); its events carry the same number */
  changeNumber: Maybe<Scalars['Float']['output']>;
  resource: Resource;
};

export type ResourceType =
  | 'COST'
  | 'MATERIAL'
  | 'WORK';

export type ResourceUpdateInput = {
  calendarId?: InputMaybe<Scalars['UUID']['input']>;
  costPerUse?: InputMaybe<Scalars['Float']['input']>;
  id: Scalars['UUID']['input'];
  /** WORK capacity, 1 = 100 %; default 1 */
  maxUnits?: InputMaybe<Scalars['Float']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  overtimeRate?: InputMaybe<Scalars['Float']['input']>;
  /** Rate changes from a date on; replaces the whole table on update */
  rates?: InputMaybe<Array<CostRateInput>>;
  /** Per hour (WORK) or per unit (MATERIAL) */
  standardRate?: InputMaybe<Scalars['Float']['input']>;
  type?: InputMaybe<ResourceType>;
  /** Links the resource to this project member (a member has one resource); null unlinks it */
  userId?: InputMaybe<Scalars['UUID']['input']>;
  version: Scalars['Int']['input'];
};

/** One resource's work, capacity and cost per period */
export type ResourceUsage = {
  __typename?: 'ResourceUsage';
  periods: Array<UsagePeriodRow>;
  resourceId: Scalars['ID']['output'];
};

/** An uncertain event that would harm (threat) or help (opportunity) the project */
export type Risk = {
  __typename?: 'Risk';
  /** Set when the risk was deleted (archived); history is kept */
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Free grouping, e.g. Technical, Vendor, People */
  category: Scalars['String']['output'];
  /** What could bring the risk about */
  cause: Scalars['String']['output'];
  /** Money at stake if it happens, in the project's currency */
  costImpact: Maybe<Scalars['Float']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  description: Scalars['String']['output'];
  /** What happens to the project if it does */
  effect: Scalars['String']['output'];
  /** Expected monetary value: the probability's chance × costImpact (Probability 1..5 maps to a chance of 10 / 30 / 50 / 70 / 90 percent); null without a cost impact */
  expectedValue: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  /** The highest of the four impact scores */
  impact: Scalars['Int']['output'];
  /** Impact on cost, 1-5 */
  impactCost: Scalars['Int']['output'];
  /** Impact on quality, 1-5 */
  impactQuality: Scalars['Int']['output'];
  /** Impact on the schedule, 1-5 */
  impactSchedule: Scalars['Int']['output'];
  /** Impact on scope, 1-5 */
  impactScope: Scalars['Int']['output'];
  /** Issues linked to this risk (the one it became when it occurred among them) */
  issues: Array<Issue>;
  /** Human key, numbered per project: R-3 */
  key: Scalars['String']['output'];
  kind: RiskKind;
  /** Linked live tasks (mitigation work, or work the risk threatens), in outline order */
  linkedTasks: Array<Task>;
  number: Scalars['Int']['output'];
  owner: Maybe<User>;
  ownerId: Maybe<Scalars['ID']['output']>;
  /** 1-5. Probability 1..5 maps to a chance of 10 / 30 / 50 / 70 / 90 percent */
  probability: Scalars['Int']['output'];
  project: Project;
  projectId: Scalars['ID']['output'];
  /** Impact after the response, 1-5 */
  residualImpact: Maybe<Scalars['Int']['output']>;
  /** Probability after the response, 1-5 */
  residualProbability: Maybe<Scalars['Int']['output']>;
  /** residualProbability × residualImpact, when both are set */
  residualScore: Maybe<Scalars['Int']['output']>;
  responsePlan: Scalars['String']['output'];
  reviewDate: Maybe<Scalars['LocalDate']['output']>;
  /** The review date has passed and the risk is still open */
  reviewOverdue: Scalars['Boolean']['output'];
  /** Working days the schedule would move if it happens */
  scheduleImpactDays: Maybe<Scalars['Float']['output']>;
  /** probability × impact, 1-25 */
  score: Scalars['Int']['output'];
  status: RiskStatus;
  strategy: Maybe<RiskStrategy>;
  title: Scalars['String']['output'];
  /** The sign that the risk is about to happen */
  trigger: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  version: Scalars['Int']['output'];
};

export type RiskConnection = {
  __typename?: 'RiskConnection';
  nodes: Array<Risk>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RiskCreateInput = {
  category?: InputMaybe<Scalars['String']['input']>;
  cause?: InputMaybe<Scalars['String']['input']>;
  /** In the project's currency; null clears */
  costImpact?: InputMaybe<Scalars['Float']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  effect?: InputMaybe<Scalars['String']['input']>;
  /** 1-5, default 1 */
  impactCost?: InputMaybe<Scalars['Int']['input']>;
  /** 1-5, default 1 */
  impactQuality?: InputMaybe<Scalars['Int']['input']>;
  /** 1-5, default 1 */
  impactSchedule?: InputMaybe<Scalars['Int']['input']>;
  /** 1-5, default 1 */
  impactScope?: InputMaybe<Scalars['Int']['input']>;
  /** Default THREAT */
  kind?: InputMaybe<RiskKind>;
  /** A project member; null clears */
  ownerId?: InputMaybe<Scalars['UUID']['input']>;
  /** 1-5, default 3. Probability 1..5 maps to a chance of 10 / 30 / 50 / 70 / 90 percent */
  probability?: InputMaybe<Scalars['Int']['input']>;
  projectId: Scalars['UUID']['input'];
  /** 1-5; null clears */
  residualImpact?: InputMaybe<Scalars['Int']['input']>;
  /** 1-5; null clears */
  residualProbability?: InputMaybe<Scalars['Int']['input']>;
  responsePlan?: InputMaybe<Scalars['String']['input']>;
  /** null clears */
  reviewDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Working days; null clears */
  scheduleImpactDays?: InputMaybe<Scalars['Float']['input']>;
  /** IDENTIFIED, ACTIVE or CLOSED (riskOccur makes a risk OCCURRED) */
  status?: InputMaybe<RiskStatus>;
  /** Must fit the kind; null clears */
  strategy?: InputMaybe<RiskStrategy>;
  /** Linked tasks of this project (replaces the list) */
  taskIds?: InputMaybe<Array<Scalars['UUID']['input']>>;
  title: Scalars['String']['input'];
  trigger?: InputMaybe<Scalars['String']['input']>;
};

/** A risk was raised, changed or deleted (archived) */
export type RiskEvent = {
  __typename?: 'RiskEvent';
  action: RiskEventAction;
  /** Who made the change (null: Trellis itself) */
  actorId: Maybe<Scalars['ID']['output']>;
  /** The project's change number of the write */
  changeNumber: Maybe<Scalars['Float']['output']>;
  risk: Risk;
};

export type RiskEventAction =
  | 'CREATED'
  | 'DELETED'
  | 'UPDATED';

/** Open risks at the end of one week, as recorded then */
export type RiskExposurePoint = {
  __typename?: 'RiskExposurePoint';
  openCount: Scalars['Int']['output'];
  /** Sum of the scores of open opportunities */
  opportunityScore: Scalars['Int']['output'];
  /** Sum of the expected monetary values of open opportunities */
  opportunityValue: Scalars['Float']['output'];
  /** Sum of the scores of open threats */
  threatScore: Scalars['Int']['output'];
  /** Sum of the expected monetary values of open threats */
  threatValue: Scalars['Float']['output'];
  /** The last day of the week (Sunday) */
  weekEnding: Scalars['LocalDate']['output'];
};

export type RiskFilter = {
  /** Exact category */
  category?: InputMaybe<Scalars['String']['input']>;
  impact?: InputMaybe<Scalars['Int']['input']>;
  /** Include deleted (archived) risks */
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<RiskKind>;
  /** Only risks scoring at least this */
  minScore?: InputMaybe<Scalars['Int']['input']>;
  ownerId?: InputMaybe<Scalars['UUID']['input']>;
  probability?: InputMaybe<Scalars['Int']['input']>;
  /** With probability/impact: match the residual assessment instead */
  residual?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only open risks whose review date has passed */
  reviewOverdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Case-insensitive match on title or key */
  search?: InputMaybe<Scalars['String']['input']>;
  statuses?: InputMaybe<Array<RiskStatus>>;
};

/** A threat harms the project if it happens; an opportunity helps it */
export type RiskKind =
  | 'OPPORTUNITY'
  | 'THREAT';

export type RiskMitigationPayload = {
  __typename?: 'RiskMitigationPayload';
  /** The project's change number of this write (null when nothing was written); its events carry the same number */
  changeNumber: Maybe<Scalars['Float']['output']>;
  risk: Risk;
  /** The new task in the WBS, linked to the risk */
  task: Task;
};

export type RiskMitigationTaskInput = {
  /** A project member; default the risk owner */
  assigneeId?: InputMaybe<Scalars['UUID']['input']>;
  /** Default: "Mitigate: <risk title>" */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Parent task in the WBS; omit for a top-level task */
  parentId?: InputMaybe<Scalars['UUID']['input']>;
  riskId: Scalars['UUID']['input'];
};

/** A risk that happened: it becomes OCCURRED and an issue is logged for it, linked both ways */
export type RiskOccurInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  dueDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Default: the risk's owner */
  ownerId?: InputMaybe<Scalars['UUID']['input']>;
  priority?: InputMaybe<IssueLevel>;
  riskId: Scalars['UUID']['input'];
  severity?: InputMaybe<IssueLevel>;
  /** Default: the risk's title */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Default PROBLEM */
  type?: InputMaybe<IssueType>;
  /** The risk's version you read; a stale one fails with CONFLICT */
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type RiskOccurPayload = {
  __typename?: 'RiskOccurPayload';
  /** The project's change number of this write (null when nothing was written); its events carry the same number */
  changeNumber: Maybe<Scalars['Float']['output']>;
  /** The issue logged for it */
  issue: Issue;
  /** The risk, now OCCURRED */
  risk: Risk;
};

export type RiskPayload = {
  __typename?: 'RiskPayload';
  /** The project's change number of this write (null when nothing was written); its events carry the same number */
  changeNumber: Maybe<Scalars['Float']['output']>;
  risk: Risk;
};

/** The money the open risks call for, beside the project's budget */
export type RiskReserve = {
  __typename?: 'RiskReserve';
  budget: Maybe<Scalars['Float']['output']>;
  /** Contingency reserve: sum of the expected monetary values of open threats */
  contingency: Scalars['Float']['output'];
  currency: Scalars['String']['output'];
  openOpportunities: Scalars['Int']['output'];
  openThreats: Scalars['Int']['output'];
  /** Sum of the expected monetary values of open opportunities (possible savings, shown apart) */
  opportunities: Scalars['Float']['output'];
};

export type RiskSort = {
  /** Highest first */
  descending?: InputMaybe<Scalars['Boolean']['input']>;
  field: RiskSortField;
};

export type RiskSortField =
  | 'EMV'
  | 'KEY'
  | 'RESIDUAL_SCORE'
  | 'REVIEW_DATE'
  | 'SCORE'
  | 'STATUS'
  | 'TITLE'
  | 'UPDATED_AT';

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
  category?: InputMaybe<Scalars['String']['input']>;
  cause?: InputMaybe<Scalars['String']['input']>;
  /** In the project's currency; null clears */
  costImpact?: InputMaybe<Scalars['Float']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  effect?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['UUID']['input'];
  /** 1-5, default 1 */
  impactCost?: InputMaybe<Scalars['Int']['input']>;
  /** 1-5, default 1 */
  impactQuality?: InputMaybe<Scalars['Int']['input']>;
  /** 1-5, default 1 */
  impactSchedule?: InputMaybe<Scalars['Int']['input']>;
  /** 1-5, default 1 */
  impactScope?: InputMaybe<Scalars['Int']['input']>;
  /** Default THREAT */
  kind?: InputMaybe<RiskKind>;
  /** A project member; null clears */
  ownerId?: InputMaybe<Scalars['UUID']['input']>;
  /** 1-5, default 3. Probability 1..5 maps to a chance of 10 / 30 / 50 / 70 / 90 percent */
  probability?: InputMaybe<Scalars['Int']['input']>;
  /** 1-5; null clears */
  residualImpact?: InputMaybe<Scalars['Int']['input']>;
  /** 1-5; null clears */
  residualProbability?: InputMaybe<Scalars['Int']['input']>;
  responsePlan?: InputMaybe<Scalars['String']['input']>;
  /** null clears */
  reviewDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Working days; null clears */
  scheduleImpactDays?: InputMaybe<Scalars['Float']['input']>;
  /** IDENTIFIED, ACTIVE or CLOSED (riskOccur makes a risk OCCURRED) */
  status?: InputMaybe<RiskStatus>;
  /** Must fit the kind; null clears */
  strategy?: InputMaybe<RiskStrategy>;
  /** Linked tasks of this project (replaces the list) */
  taskIds?: InputMaybe<Array<Scalars['UUID']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
  trigger?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a stale one fails with CONFLICT */
  version: Scalars['Int']['input'];
};

export type RollupState =
  | 'DONE'
  | 'NOT_STARTED'
  | 'STARTED';

/** The critical path schedule of a project, recomputed whenever something that affects it changes */
export type Schedule = {
  __typename?: 'Schedule';
  /** The project calendar (null = the standard calendar) */
  calendarId: Maybe<Scalars['ID']['output']>;
  /** The longest critical path, first task to last */
  criticalPath: Array<Scalars['ID']['output']>;
  /** Every critical path, each from start to finish */
  criticalPaths: Array<Array<Scalars['ID']['output']>>;
  finish: Scalars['String']['output'];
  projectId: Scalars['ID']['output'];
  start: Scalars['String']['output'];
  statusDate: Maybe<Scalars['LocalDate']['output']>;
  /** Live tasks in outline order */
  tasks: Array<ScheduledTask>;
  warnings: Array<ScheduleWarning>;
};

/** Sent after a change moved the schedule: only the tasks whose dates, float or criticality changed */
export type ScheduleUpdate = {
  __typename?: 'ScheduleUpdate';
  /** Who made those changes (people; the system is left out) */
  actorIds: Array<Scalars['ID']['output']>;
  /** Change numbers of the writes this update follows from (their mutations returned them) */
  changeNumbers: Array<Scalars['Float']['output']>;
  criticalPath: Array<Scalars['ID']['output']>;
  finish: Scalars['String']['output'];
  projectId: Scalars['ID']['output'];
  /** Tasks no longer in the schedule (deleted) */
  removedTaskIds: Array<Scalars['ID']['output']>;
  start: Scalars['String']['output'];
  tasks: Array<ScheduledTask>;
};

/** Something the schedule cannot honour: a missed deadline, a violated constraint, negative float */
export type ScheduleWarning = {
  __typename?: 'ScheduleWarning';
  /** DEADLINE_MISSED, CONSTRAINT_VIOLATED, NEGATIVE_FLOAT, ... */
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  taskId: Maybe<Scalars['ID']['output']>;
};

/** A task's computed dates; floats are in working days of the project calendar */
export type ScheduledTask = {
  __typename?: 'ScheduledTask';
  /** Finished: 100 % complete or an actual finish (summaries: every task under them) */
  complete: Scalars['Boolean']['output'];
  /** Total float <= 0 */
  critical: Scalars['Boolean']['output'];
  /** Its deadline, local 'YYYY-MM-DDTHH:MM' */
  deadline: Maybe<Scalars['String']['output']>;
  durationDays: Scalars['Float']['output'];
  earlyFinish: Scalars['String']['output'];
  earlyStart: Scalars['String']['output'];
  finish: Scalars['String']['output'];
  freeFloatDays: Scalars['Float']['output'];
  /** Not complete, and its finish is before the end of the status date (today when the project has none) or after its deadline. Judged when read, so it follows the clock. */
  late: Scalars['Boolean']['output'];
  lateFinish: Scalars['String']['output'];
  lateStart: Scalars['String']['output'];
  /** Working days added by resource leveling */
  levelingDelayDays: Scalars['Float']['output'];
  milestone: Scalars['Boolean']['output'];
  start: Scalars['String']['output'];
  summary: Scalars['Boolean']['output'];
  taskId: Scalars['ID']['output'];
  totalFloatDays: Scalars['Float']['output'];
};

/** Open issues of one severity */
export type SeverityCount = {
  __typename?: 'SeverityCount';
  count: Scalars['Int']['output'];
  severity: IssueLevel;
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

export type Stakeholder = {
  __typename?: 'Stakeholder';
  communicationNeeds: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  currentEngagement: EngagementLevel;
  desiredEngagement: EngagementLevel;
  email: Maybe<Scalars['String']['output']>;
  /** They followed the unsubscribe link of a mail: Trellis sends them nothing more */
  emailOptOut: Scalars['Boolean']['output'];
  /** Steps from current to desired engagement (positive: to grow; 0: none) */
  engagementGap: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** 1-5 */
  influence: Scalars['Int']['output'];
  /** 1-5 */
  interest: Scalars['Int']['output'];
  /** The project member this stakeholder is, if any (a user id) */
  memberId: Maybe<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
  notes: Scalars['String']['output'];
  optedOutAt: Maybe<Scalars['DateTimeISO']['output']>;
  organisation: Scalars['String']['output'];
  phone: Maybe<Scalars['String']['output']>;
  projectId: Scalars['ID']['output'];
  /** Their role or title, e.g. "CFO" */
  role: Scalars['String']['output'];
  /** The power/interest grid quadrant; influence and interest count as high from 3 up */
  strategy: StakeholderStrategy;
  updatedAt: Scalars['DateTimeISO']['output'];
  version: Scalars['Int']['output'];
};

/** A stakeholder or a group was created, changed or deleted */
export type StakeholderChange = {
  __typename?: 'StakeholderChange';
  action: StakeholderChangeAction;
  actorId: Maybe<Scalars['ID']['output']>;
  changeNumber: Maybe<Scalars['Float']['output']>;
  groupId: Maybe<Scalars['ID']['output']>;
  projectId: Scalars['ID']['output'];
  stakeholderId: Maybe<Scalars['ID']['output']>;
};

export type StakeholderChangeAction =
  | 'CREATED'
  | 'DELETED'
  | 'HELD'
  | 'UPDATED';

export type StakeholderConnection = {
  __typename?: 'StakeholderConnection';
  nodes: Array<Stakeholder>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StakeholderCreateInput = {
  communicationNeeds?: InputMaybe<Scalars['String']['input']>;
  /** Default NEUTRAL */
  currentEngagement?: InputMaybe<EngagementLevel>;
  /** Default SUPPORTIVE */
  desiredEngagement?: InputMaybe<EngagementLevel>;
  email?: InputMaybe<Scalars['String']['input']>;
  /** 1-5 */
  influence: Scalars['Int']['input'];
  /** 1-5 */
  interest: Scalars['Int']['input'];
  /** A member of this project (a user id) */
  memberId?: InputMaybe<Scalars['UUID']['input']>;
  name: Scalars['String']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  organisation?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  projectId: Scalars['UUID']['input'];
  role?: InputMaybe<Scalars['String']['input']>;
};

export type StakeholderFilter = {
  /** Part of the name, organisation or role */
  search?: InputMaybe<Scalars['String']['input']>;
  strategies?: InputMaybe<Array<StakeholderStrategy>>;
  /** Only those whose current engagement differs from the desired one */
  withGap?: InputMaybe<Scalars['Boolean']['input']>;
};

export type StakeholderGroup = {
  __typename?: 'StakeholderGroup';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  projectId: Scalars['ID']['output'];
  stakeholderIds: Array<Scalars['ID']['output']>;
  version: Scalars['Int']['output'];
};

export type StakeholderGroupCreateInput = {
  name: Scalars['String']['input'];
  projectId: Scalars['UUID']['input'];
  stakeholderIds?: InputMaybe<Array<Scalars['UUID']['input']>>;
};

export type StakeholderGroupPayload = {
  __typename?: 'StakeholderGroupPayload';
  /** The project's change number of this write (null when nothing was written); its events carry the same number */
  changeNumber: Maybe<Scalars['Float']['output']>;
  group: StakeholderGroup;
};

export type StakeholderGroupUpdateInput = {
  id: Scalars['UUID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  /** The whole new set of stakeholders */
  stakeholderIds?: InputMaybe<Array<Scalars['UUID']['input']>>;
  version: Scalars['Int']['input'];
};

export type StakeholderPayload = {
  __typename?: 'StakeholderPayload';
  /** The project's change number of this write (null when nothing was written); its events carry the same number */
  changeNumber: Maybe<Scalars['Float']['output']>;
  stakeholder: Stakeholder;
};

export type StakeholderSort = {
  descending?: InputMaybe<Scalars['Boolean']['input']>;
  field: StakeholderSortField;
};

export type StakeholderSortField =
  | 'CURRENT_ENGAGEMENT'
  | 'ENGAGEMENT_GAP'
  | 'INFLUENCE'
  | 'INTEREST'
  | 'NAME'
  | 'ORGANISATION';

/** Power/interest grid quadrant: influence and interest count as high from 3 (of 1-5) up */
export type StakeholderStrategy =
  | 'KEEP_INFORMED'
  | 'KEEP_SATISFIED'
  | 'MANAGE_CLOSELY'
  | 'MONITOR';

/** Omit a field to keep it; null clears an optional one */
export type StakeholderUpdateInput = {
  communicationNeeds?: InputMaybe<Scalars['String']['input']>;
  currentEngagement?: InputMaybe<EngagementLevel>;
  desiredEngagement?: InputMaybe<EngagementLevel>;
  email?: InputMaybe<Scalars['String']['input']>;
  /** Whether they receive no mail from the project. A manager sets it when they ask by other means, and clears it only when they ask to receive it again. */
  emailOptOut?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['UUID']['input'];
  influence?: InputMaybe<Scalars['Int']['input']>;
  interest?: InputMaybe<Scalars['Int']['input']>;
  memberId?: InputMaybe<Scalars['UUID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  organisation?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a stale one fails with CONFLICT */
  version: Scalars['Int']['input'];
};

/** What a stakeholder link shows: the project, its latest published report and the list of published ones */
export type StakeholderView = {
  __typename?: 'StakeholderView';
  latest: Maybe<StatusReport>;
  projectKey: Scalars['String']['output'];
  projectName: Scalars['String']['output'];
  /** Published reports, newest first */
  reports: Array<StatusReport>;
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
  projectId: Scalars['UUID']['input'];
};

export type StatusPayload = {
  __typename?: 'StatusPayload';
  /** The project's change number of this write (null when nothing was written); its events carry the same number */
  changeNumber: Maybe<Scalars['Float']['output']>;
  status: TaskStatus;
};

/** A status report: health, progress and the narrative for one period */
export type StatusReport = {
  __typename?: 'StatusReport';
  createdAt: Scalars['DateTimeISO']['output'];
  /** Computed from the live plan for a draft; frozen once published */
  figures: ReportFigures;
  id: Scalars['ID']['output'];
  /** The narrative as text: the live document for a draft, frozen once published */
  narrative: Scalars['String']['output'];
  /** The live narrative document (y-websocket), for a draft */
  narrativeDocument: Scalars['String']['output'];
  /** Numbered per project from 1 */
  number: Scalars['Int']['output'];
  periodEnd: Scalars['LocalDate']['output'];
  periodStart: Scalars['LocalDate']['output'];
  projectId: Scalars['ID']['output'];
  publishedAt: Maybe<Scalars['DateTimeISO']['output']>;
  publishedBy: Maybe<User>;
  /** The published overall colour (null for a draft) */
  publishedHealth: Maybe<HealthColour>;
  status: ReportStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  version: Scalars['Int']['output'];
};

export type StatusReportCreateInput = {
  /** Default: today */
  periodEnd?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Default: the day after the last report ended, else the project start */
  periodStart?: InputMaybe<Scalars['LocalDate']['input']>;
  projectId: Scalars['UUID']['input'];
  /** Default: "Status report <n>" */
  title?: InputMaybe<Scalars['String']['input']>;
};

export type StatusReportPayload = {
  __typename?: 'StatusReportPayload';
  /** The project's change number of this write (null when nothing was written); its events carry the same number */
  changeNumber: Maybe<Scalars['Float']['output']>;
  report: StatusReport;
};

export type StatusReportUpdateInput = {
  id: Scalars['UUID']['input'];
  /** The narrative as plain text or Markdown (the live editor writes it through the document) */
  narrative?: InputMaybe<Scalars['String']['input']>;
  /** Replaces every override; an empty list clears them */
  overrides?: InputMaybe<Array<HealthOverrideInput>>;
  periodEnd?: InputMaybe<Scalars['LocalDate']['input']>;
  periodStart?: InputMaybe<Scalars['LocalDate']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version read (stale = CONFLICT) */
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type StatusUpdateInput = {
  color?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['UUID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  position?: InputMaybe<Scalars['Int']['input']>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Every new activity row of the project */
  activityAdded: Activity;
  /** The board's aggregates, recomputed after every change in the project */
  boardUpdated: Board;
  changeRequestChanged: ChangeRequestEvent;
  /** A communication item of the project was created, changed, held or deleted */
  communicationChanged: CommunicationChange;
  decisionChanged: DecisionEvent;
  /** Every issue logged, changed or deleted in the project */
  issueChanged: IssueEvent;
  /** Every change of the project's outbox (queued, sent, failed, retried); managers and owners */
  outboxChanged: OutboxEvent;
  /** Sent once after a create, move or delete renumbers other tasks (their WBS codes or positions), with every task's place; the task that was created, moved or deleted gets its own taskUpdated */
  outlineChanged: Outline;
  /** A part of the plan changed (links, baselines, calendars, resources, assignments, costs, leveling, an import), whether or not the schedule moved */
  planChanged: PlanChange;
  /** The project, its members, statuses or charter changed */
  projectUpdated: Project;
  /** A RACI cell of the project was set, with its row’s flags */
  raciChanged: RaciChange;
  /** Every risk raised, changed or deleted in the project */
  riskChanged: RiskEvent;
  /** The schedule moved: the tasks whose dates, float or criticality changed, the critical path and the finish */
  scheduleUpdated: ScheduleUpdate;
  /** A stakeholder or a group of the project was created, changed or deleted */
  stakeholderChanged: StakeholderChange;
  taskUpdated: TaskEvent;
};


export type SubscriptionActivityAddedArgs = {
  projectId: Scalars['UUID']['input'];
};


export type SubscriptionBoardUpdatedArgs = {
  projectId: Scalars['UUID']['input'];
};


export type SubscriptionChangeRequestChangedArgs = {
  projectId: Scalars['UUID']['input'];
};


export type SubscriptionCommunicationChangedArgs = {
  projectId: Scalars['UUID']['input'];
};


export type SubscriptionDecisionChangedArgs = {
  projectId: Scalars['UUID']['input'];
};


export type SubscriptionIssueChangedArgs = {
  projectId: Scalars['UUID']['input'];
};


export type SubscriptionOutboxChangedArgs = {
  projectId: Scalars['UUID']['input'];
};


export type SubscriptionOutlineChangedArgs = {
  projectId: Scalars['UUID']['input'];
};


export type SubscriptionPlanChangedArgs = {
  projectId: Scalars['UUID']['input'];
};


export type SubscriptionProjectUpdatedArgs = {
  projectId: Scalars['UUID']['input'];
};


export type SubscriptionRaciChangedArgs = {
  projectId: Scalars['UUID']['input'];
};


export type SubscriptionRiskChangedArgs = {
  projectId: Scalars['UUID']['input'];
};


export type SubscriptionScheduleUpdatedArgs = {
  projectId: Scalars['UUID']['input'];
};


export type SubscriptionStakeholderChangedArgs = {
  projectId: Scalars['UUID']['input'];
};


export type SubscriptionTaskUpdatedArgs = {
  projectId: Scalars['UUID']['input'];
};

export type Task = {
  __typename?: 'Task';
  /** History of this task, newest first */
  activity: ActivityConnection;
  actualFinish: Maybe<Scalars['String']['output']>;
  actualStart: Maybe<Scalars['String']['output']>;
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  assignee: Maybe<User>;
  assigneeId: Maybe<Scalars['ID']['output']>;
  /** Open BLOCKER issues linked to this task: while there is one, the task is blocked */
  blockingIssues: Array<Issue>;
  /** The task's own calendar; default the project calendar */
  calendarId: Maybe<Scalars['ID']['output']>;
  /** Live sub-tasks */
  childCount: Scalars['Int']['output'];
  /** Local 'YYYY-MM-DDTHH:MM'; required by every constraint but ASAP and ALAP */
  constraintDate: Maybe<Scalars['String']['output']>;
  constraintType: ConstraintType;
  createdAt: Scalars['DateTimeISO']['output'];
  /** Local 'YYYY-MM-DDTHH:MM'; a finish after it is reported, not prevented */
  deadline: Maybe<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  /** Duration in working days */
  durationDays: Scalars['Float']['output'];
  estimateHours: Maybe<Scalars['Float']['output']>;
  /** Finish in the current schedule, local 'YYYY-MM-DDTHH:MM' (its actual finish once finished) */
  finish: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Human key, e.g. ERP-17 */
  key: Scalars['String']['output'];
  kind: TaskKind;
  /** Not complete and due by the status date (today without one), or past its deadline (see ScheduledTask.late) */
  late: Scalars['Boolean']['output'];
  levelingDelayDays: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  number: Scalars['Int']['output'];
  parent: Maybe<Task>;
  parentId: Maybe<Scalars['ID']['output']>;
  /** Percent complete: a summary's is rolled up from the work under it (stored with every change of that work) */
  percentComplete: Scalars['Int']['output'];
  /** @deprecated Use finish: dates come from the schedule. A typed planned finish is a deadline. */
  plannedFinish: Maybe<Scalars['LocalDate']['output']>;
  /** @deprecated Use start: dates come from the schedule. A typed planned start is a constraint (constraintType SNET). */
  plannedStart: Maybe<Scalars['LocalDate']['output']>;
  position: Scalars['Int']['output'];
  /** Links where this task is the successor */
  predecessors: Array<Dependency>;
  project: Project;
  projectId: Scalars['ID']['output'];
  /** A summary's progress rolled up from the work under it; null for other tasks */
  rollupState: Maybe<RollupState>;
  /** Its dates, floats and criticality in the current schedule; null once archived */
  scheduled: Maybe<ScheduledTask>;
  /** Start in the current schedule, local 'YYYY-MM-DDTHH:MM' (its actual start once started) */
  start: Maybe<Scalars['String']['output']>;
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
  assigneeId?: InputMaybe<Scalars['UUID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Working days */
  durationDays?: InputMaybe<Scalars['Float']['input']>;
  estimateHours?: InputMaybe<Scalars['Float']['input']>;
  kind?: InputMaybe<TaskKind>;
  name: Scalars['String']['input'];
  /** Parent task; omit for a top-level task */
  parentId?: InputMaybe<Scalars['UUID']['input']>;
  /** 0-100 */
  percentComplete?: InputMaybe<Scalars['Int']['input']>;
  plannedFinish?: InputMaybe<Scalars['LocalDate']['input']>;
  plannedStart?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Position among siblings (0-based); default last */
  position?: InputMaybe<Scalars['Int']['input']>;
  projectId: Scalars['UUID']['input'];
  /** Default: the first status in UNSTARTED */
  statusId?: InputMaybe<Scalars['UUID']['input']>;
  storyPoints?: InputMaybe<Scalars['Float']['input']>;
};

/** A task was created, changed (fields, place in the outline, links) or deleted */
export type TaskEvent = {
  __typename?: 'TaskEvent';
  action: TaskEventAction;
  /** Who made the change (null: Trellis itself) */
  actorId: Maybe<Scalars['ID']['output']>;
  /** The project's change number of the write; the mutation that made it returned the same number */
  changeNumber: Maybe<Scalars['Float']['output']>;
  task: Task;
};

export type TaskEventAction =
  | 'CREATED'
  | 'DELETED'
  | 'UPDATED';

export type TaskFilter = {
  assigneeId?: InputMaybe<Scalars['UUID']['input']>;
  kind?: InputMaybe<TaskKind>;
  /** Only direct children of this task */
  parentId?: InputMaybe<Scalars['UUID']['input']>;
  /** Only top-level tasks */
  rootOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Case-insensitive match on name or key */
  search?: InputMaybe<Scalars['String']['input']>;
  statusCategories?: InputMaybe<Array<StatusCategory>>;
  statusIds?: InputMaybe<Array<Scalars['UUID']['input']>>;
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
  id: Scalars['UUID']['input'];
  /** New parent; null moves the task to the top level */
  parentId?: InputMaybe<Scalars['UUID']['input']>;
  /** Position among the new siblings (0-based); default last */
  position?: InputMaybe<Scalars['Int']['input']>;
};

export type TaskPayload = {
  __typename?: 'TaskPayload';
  /** The project's change number of this write (null when nothing was written); its events carry the same number */
  changeNumber: Maybe<Scalars['Float']['output']>;
  task: Task;
};

/** Scheduling fields of a task; dates are local 'YYYY-MM-DDTHH:MM' (a bare date means its start of day). Omit a field to keep it, null to clear it. */
export type TaskScheduleUpdateInput = {
  actualFinish?: InputMaybe<Scalars['String']['input']>;
  actualStart?: InputMaybe<Scalars['String']['input']>;
  /** A calendar of the project; null = the project calendar */
  calendarId?: InputMaybe<Scalars['UUID']['input']>;
  constraintDate?: InputMaybe<Scalars['String']['input']>;
  constraintType?: InputMaybe<ConstraintType>;
  deadline?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['UUID']['input'];
  /** The version you read; a stale one fails with CONFLICT */
  version: Scalars['Int']['input'];
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
  assigneeId?: InputMaybe<Scalars['UUID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Working days */
  durationDays?: InputMaybe<Scalars['Float']['input']>;
  estimateHours?: InputMaybe<Scalars['Float']['input']>;
  id: Scalars['UUID']['input'];
  kind?: InputMaybe<TaskKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** 0-100 */
  percentComplete?: InputMaybe<Scalars['Int']['input']>;
  plannedFinish?: InputMaybe<Scalars['LocalDate']['input']>;
  plannedStart?: InputMaybe<Scalars['LocalDate']['input']>;
  statusId?: InputMaybe<Scalars['UUID']['input']>;
  storyPoints?: InputMaybe<Scalars['Float']['input']>;
  /** The version you read; a stale one fails with CONFLICT */
  version: Scalars['Int']['input'];
};

/** What a personal access token may do */
export type TokenScope =
  /** Queries and subscriptions only: every mutation is FORBIDDEN */
  | 'READ'
  /** Everything its owner may do */
  | 'READ_WRITE';

/** Whom an unsubscribe link stands for */
export type Unsubscription = {
  __typename?: 'Unsubscription';
  /** They receive no more mail from the project */
  optedOut: Scalars['Boolean']['output'];
  projectName: Scalars['String']['output'];
  stakeholderName: Scalars['String']['output'];
};

export type UsagePeriod =
  | 'DAY'
  | 'MONTH'
  | 'WEEK';

export type UsagePeriodRow = {
  __typename?: 'UsagePeriodRow';
  /** Working hours of the resource calendar x max units */
  capacityHours: Scalars['Float']['output'];
  cost: Scalars['Float']['output'];
  overallocated: Scalars['Boolean']['output'];
  /** First day of the period */
  start: Scalars['LocalDate']['output'];
  workHours: Scalars['Float']['output'];
};

/** A person who can sign in, or who was invited and has not signed up yet */
export type User = {
  __typename?: 'User';
  createdAt: Scalars['DateTimeISO']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type Variance = {
  __typename?: 'Variance';
  baselineId: Scalars['ID']['output'];
  /** Summary tasks, rolled up from their sub-tasks */
  branches: Array<VarianceRow>;
  project: VarianceRow;
  tasks: Array<VarianceRow>;
};

/** Current minus baseline: positive days are later or longer, positive cost is over */
export type VarianceRow = {
  __typename?: 'VarianceRow';
  cost: Maybe<Scalars['Float']['output']>;
  durationDays: Maybe<Scalars['Float']['output']>;
  finishDays: Maybe<Scalars['Float']['output']>;
  /** null when the task is not in the baseline */
  startDays: Maybe<Scalars['Float']['output']>;
  /** null for the project row */
  taskId: Maybe<Scalars['ID']['output']>;
};

export type WallIssue = {
  __typename?: 'WallIssue';
  blocking: Scalars['Boolean']['output'];
  dueDate: Maybe<Scalars['LocalDate']['output']>;
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  overdue: Scalars['Boolean']['output'];
  severity: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** What a wall screen shows */
export type WallLayout =
  /** Today's progress board */
  | 'PROGRESS'
  /** Top risks by score and open issues by severity, blocking ones first */
  | 'RISKS_ISSUES'
  /** Next milestones with baseline and forecast, the critical path, SPI and CPI */
  | 'SCHEDULE';

export type WallMilestone = {
  __typename?: 'WallMilestone';
  /** Its finish in the newest baseline */
  baselineFinish: Maybe<Scalars['LocalDate']['output']>;
  /** Its finish in the current schedule */
  forecastFinish: Maybe<Scalars['LocalDate']['output']>;
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Calendar days forecast after (+) or before (-) the baseline */
  slipDays: Maybe<Scalars['Int']['output']>;
};

/** What a wall screen shows of the registers, as its board token chose */
export type WallRegisters = {
  __typename?: 'WallRegisters';
  /** Open BLOCKER issues, most severe first (empty unless chosen) */
  blockingIssues: Array<Issue>;
  showBlockingIssues: Scalars['Boolean']['output'];
  showTopRisks: Scalars['Boolean']['output'];
  /** The five open risks with the highest score (empty unless chosen) */
  topRisks: Array<Risk>;
};

export type WallRisk = {
  __typename?: 'WallRisk';
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  score: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type WallSeverityCount = {
  __typename?: 'WallSeverityCount';
  count: Scalars['Int']['output'];
  severity: Scalars['String']['output'];
};

export type WallTask = {
  __typename?: 'WallTask';
  /** Scheduled finish, local 'YYYY-MM-DDTHH:MM' */
  finish: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
  percentComplete: Scalars['Int']['output'];
  /** Scheduled start, local 'YYYY-MM-DDTHH:MM' */
  start: Scalars['String']['output'];
};

/** What a wall screen shows besides the board, in the layout its board token chose */
export type WallView = {
  __typename?: 'WallView';
  /** Cost performance index (empty without a baseline or actual cost) */
  cpi: Maybe<Scalars['Float']['output']>;
  /** The critical path's next unfinished tasks */
  criticalNext: Array<WallTask>;
  hasBaseline: Scalars['Boolean']['output'];
  /** Open issues per severity, CRITICAL first */
  issuesBySeverity: Array<WallSeverityCount>;
  layout: WallLayout;
  /** The next milestones not yet completed, by forecast */
  milestones: Array<WallMilestone>;
  /** Open issues, blocking ones first, then by severity */
  openIssues: Array<WallIssue>;
  projectKey: Scalars['String']['output'];
  projectName: Scalars['String']['output'];
  /** Schedule performance index (empty without a baseline) */
  spi: Maybe<Scalars['Float']['output']>;
  statusDate: Scalars['LocalDate']['output'];
  /** Open risks, highest score first */
  topRisks: Array<WallRisk>;
};

export type WorkCalendar = {
  __typename?: 'WorkCalendar';
  baseCalendarId: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** In date order */
  exceptions: Array<CalendarException>;
  hoursPerDay: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  isProjectCalendar: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  projectId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** What goes by this calendar */
  usage: CalendarUsage;
  version: Scalars['Int']['output'];
  /** Weekdays this calendar sets; the others follow its base calendar or the standard week */
  workWeek: Array<WorkWeekDay>;
};

/** The working times of one weekday; a day with no times is non-working */
export type WorkWeekDay = {
  __typename?: 'WorkWeekDay';
  /** 0 = Sunday ... 6 = Saturday */
  day: Scalars['Int']['output'];
  times: Array<WorkingTime>;
};

export type WorkWeekDayInput = {
  /** 0 = Sunday ... 6 = Saturday */
  day: Scalars['Int']['input'];
  /** Empty = non-working day */
  times: Array<WorkingTimeInput>;
};

/** A span of working time within a day, 'HH:MM' to 'HH:MM' ('24:00' allowed as the end) */
export type WorkingTime = {
  __typename?: 'WorkingTime';
  from: Scalars['String']['output'];
  to: Scalars['String']['output'];
};

export type WorkingTimeInput = {
  /** 'HH:MM' */
  from: Scalars['String']['input'];
  /** 'HH:MM'; '24:00' for midnight */
  to: Scalars['String']['input'];
};
