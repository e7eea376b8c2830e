/** The GraphQL documents the client sends. Result types live in ./types. */

export const TASK_FIELDS = /* GraphQL */ `
  fragment TaskFields on Task {
    id key wbsCode name kind parentId position durationDays start finish late
    percentComplete rollupState version childCount archivedAt
    status { id name category color }
    assignee { id name }
  }
`;

export const BOARD_FIELDS = /* GraphQL */ `
  fragment BoardFields on Board {
    projectId projectKey projectName generatedAt percentComplete taskCount
    categories { category count }
    columns {
      statusId name category color count
      cards { id key name wbsCode kind percentComplete start finish late version statusId assignee { id name } }
    }
    milestones { id key name date finish completed late }
    lateTasks { id key name wbsCode kind percentComplete start finish late version statusId assignee { id name } }
    recentActivity { id at actorName summary }
  }
`;

export const PROJECT_FIELDS = /* GraphQL */ `
  fragment ProjectFields on Project {
    id key name description methodology status startDate targetFinish archivedAt viewerRole version currency budget
    members { role user { id name email } }
    statuses { id name category color position }
  }
`;

export const ACTIVITY_FIELDS = /* GraphQL */ `
  fragment ActivityFields on Activity {
    id createdAt summary action taskId actor { id name }
  }
`;

export const VIEWER = /* GraphQL */ `
  query Viewer { viewer { id name email } }
`;

export const SIGN_IN = /* GraphQL */ `
  mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id name email } } }
`;

export const SIGN_UP = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) { signUp(input: $input) { user { id name email } } }
`;

export const SIGN_OUT = /* GraphQL */ `
  mutation SignOut { signOut }
`;

export const PROJECTS = /* GraphQL */ `
  query Projects($first: Int, $after: String, $includeArchived: Boolean) {
    projects(first: $first, after: $after, includeArchived: $includeArchived) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes {
        id key name description methodology status startDate targetFinish archivedAt viewerRole
        board { percentComplete taskCount }
      }
    }
  }
`;

export const PROJECT_CREATE = /* GraphQL */ `
  mutation ProjectCreate($input: ProjectCreateInput!) {
    projectCreate(input: $input) { project { id key name } }
  }
`;

export const PROJECT_PAGE = /* GraphQL */ `
  query ProjectPage($key: String!, $first: Int!, $after: String) {
    project(key: $key) {
      ...ProjectFields
      tasks(first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ...TaskFields } }
      board { ...BoardFields }
      activity(first: 30) { nodes { ...ActivityFields } }
    }
  }
  ${PROJECT_FIELDS}
  ${TASK_FIELDS}
  ${BOARD_FIELDS}
  ${ACTIVITY_FIELDS}
`;

export const PROJECT_TASKS_PAGE = /* GraphQL */ `
  query ProjectTasks($id: ID!, $first: Int!, $after: String) {
    project(id: $id) { tasks(first: $first, after: $after) { pageInfo { endCursor hasNextPage } nodes { ...TaskFields } } }
  }
  ${TASK_FIELDS}
`;

export const INVITATION_FIELDS = /* GraphQL */ `
  fragment InvitationFields on Invitation { id email name role createdAt expiresAt }
`;

/** `withTokens: false` for members and viewers: wall tokens and invitations are for owners and managers only. */
export const PROJECT_SETTINGS = /* GraphQL */ `
  query ProjectSettings($key: String!, $withTokens: Boolean!) {
    project(key: $key) {
      ...ProjectFields
      boardTokens @include(if: $withTokens) { id name prefix createdAt lastUsedAt revokedAt }
      invitations @include(if: $withTokens) { ...InvitationFields }
    }
  }
  ${PROJECT_FIELDS}
  ${INVITATION_FIELDS}
`;

export const STATUS_FIELDS = /* GraphQL */ `
  fragment StatusFields on TaskStatus { id name category color position }
`;

export const PROJECT_STATUSES = /* GraphQL */ `
  query ProjectStatuses($id: ID!) { project(id: $id) { statuses { ...StatusFields } } }
  ${STATUS_FIELDS}
`;

export const STATUS_CREATE = /* GraphQL */ `
  mutation StatusCreate($input: StatusCreateInput!) { statusCreate(input: $input) { status { ...StatusFields } } }
  ${STATUS_FIELDS}
`;

export const STATUS_UPDATE = /* GraphQL */ `
  mutation StatusUpdate($input: StatusUpdateInput!) { statusUpdate(input: $input) { status { ...StatusFields } } }
  ${STATUS_FIELDS}
`;

export const STATUS_DELETE = /* GraphQL */ `
  mutation StatusDelete($id: ID!, $moveToId: ID) { statusDelete(id: $id, moveToId: $moveToId) { status { id } } }
`;

/** How many tasks (archived ones too: they block a delete as well) use a status. */
export const STATUS_USAGE = /* GraphQL */ `
  query StatusUsage($projectId: ID!, $statusId: ID!) {
    project(id: $projectId) { tasks(first: 1, includeArchived: true, filter: { statusIds: [$statusId] }) { totalCount } }
  }
`;

export const CHARTER_FIELDS = /* GraphQL */ `
  fragment CharterFields on Charter {
    projectId purpose objectives successCriteria inScope outOfScope assumptions constraints keyStakeholders sponsor
    approvalState approvedAt updatedAt version
  }
`;

export const PROJECT_CHARTER = /* GraphQL */ `
  query ProjectCharter($key: String!) {
    project(key: $key) { id key name viewerRole archivedAt charter { ...CharterFields } }
  }
  ${CHARTER_FIELDS}
`;

export const CHARTER_UPDATE = /* GraphQL */ `
  mutation CharterUpdate($input: CharterUpdateInput!) { charterUpdate(input: $input) { charter { ...CharterFields } } }
  ${CHARTER_FIELDS}
`;

export const CHARTER_APPROVAL_SET = /* GraphQL */ `
  mutation CharterApprovalSet($projectId: ID!, $state: CharterApproval!) {
    charterApprovalSet(projectId: $projectId, state: $state) { charter { ...CharterFields } }
  }
  ${CHARTER_FIELDS}
`;

export const PROJECT_UPDATE = /* GraphQL */ `
  mutation ProjectUpdate($input: ProjectUpdateInput!) { projectUpdate(input: $input) { project { ...ProjectFields } } }
  ${PROJECT_FIELDS}
`;

export const PROJECT_ARCHIVE = /* GraphQL */ `
  mutation ProjectArchive($id: ID!) { projectArchive(id: $id) { project { ...ProjectFields } } }
  ${PROJECT_FIELDS}
`;

export const PROJECT_UNARCHIVE = /* GraphQL */ `
  mutation ProjectUnarchive($id: ID!) { projectUnarchive(id: $id) { project { ...ProjectFields } } }
  ${PROJECT_FIELDS}
`;

export const TASK_CREATE = /* GraphQL */ `
  mutation TaskCreate($input: TaskCreateInput!) { taskCreate(input: $input) { changeNumber task { ...TaskFields } } }
  ${TASK_FIELDS}
`;

export const TASK_UPDATE = /* GraphQL */ `
  mutation TaskUpdate($input: TaskUpdateInput!) { taskUpdate(input: $input) { changeNumber task { ...TaskFields } } }
  ${TASK_FIELDS}
`;

export const TASK_MOVE = /* GraphQL */ `
  mutation TaskMove($input: TaskMoveInput!) { taskMove(input: $input) { changeNumber task { ...TaskFields } } }
  ${TASK_FIELDS}
`;

export const TASK_DELETE = /* GraphQL */ `
  mutation TaskDelete($id: ID!) { taskDelete(id: $id) { changeNumber task { id } } }
`;

/** The answer carries the link's secret once. */
export const MEMBER_INVITE = /* GraphQL */ `
  mutation MemberInvite($input: MemberInviteInput!) { memberInvite(input: $input) { token invitation { ...InvitationFields } } }
  ${INVITATION_FIELDS}
`;

/** Pending invitations again, when someone may have accepted one. */
export const PROJECT_INVITATIONS = /* GraphQL */ `
  query ProjectInvitations($id: ID!) { project(id: $id) { id invitations { ...InvitationFields } } }
  ${INVITATION_FIELDS}
`;

export const INVITATION_REVOKE = /* GraphQL */ `
  mutation InvitationRevoke($id: ID!) { invitationRevoke(id: $id) { invitation { id } } }
`;

export const INVITATION = /* GraphQL */ `
  query Invitation($token: String!) { invitation(token: $token) { projectName projectKey role invitedByName expiresAt state viewerIsMember } }
`;

export const INVITATION_ACCEPT = /* GraphQL */ `
  mutation InvitationAccept($token: String!) { invitationAccept(token: $token) { project { key } } }
`;

export const MEMBER_UPDATE = /* GraphQL */ `
  mutation MemberUpdate($input: MemberUpdateInput!) { memberUpdate(input: $input) { member { role user { id name email } } } }
`;

export const MEMBER_REMOVE = /* GraphQL */ `
  mutation MemberRemove($projectId: ID!, $userId: ID!) { memberRemove(projectId: $projectId, userId: $userId) }
`;

export const BOARD_TOKEN_CREATE = /* GraphQL */ `
  mutation BoardTokenCreate($projectId: ID!, $name: String!) {
    boardTokenCreate(projectId: $projectId, name: $name) { token boardToken { id name prefix createdAt lastUsedAt revokedAt } }
  }
`;

export const BOARD_TOKEN_REVOKE = /* GraphQL */ `
  mutation BoardTokenRevoke($id: ID!) { boardTokenRevoke(id: $id) { boardToken { id revokedAt } } }
`;

export const ACCESS_TOKENS = /* GraphQL */ `
  query AccessTokens { accessTokens { id name prefix createdAt lastUsedAt revokedAt } }
`;

export const ACCESS_TOKEN_CREATE = /* GraphQL */ `
  mutation AccessTokenCreate($input: AccessTokenCreateInput!) {
    accessTokenCreate(input: $input) { token accessToken { id name prefix createdAt lastUsedAt revokedAt } }
  }
`;

export const ACCESS_TOKEN_REVOKE = /* GraphQL */ `
  mutation AccessTokenRevoke($id: ID!) { accessTokenRevoke(id: $id) { accessToken { id revokedAt } } }
`;

export const WALL_BOARD = /* GraphQL */ `
  query WallBoard { wallBoard { ...BoardFields } }
  ${BOARD_FIELDS}
`;

// ---- subscriptions ----

export const ON_OUTLINE_CHANGED = /* GraphQL */ `
  subscription OnOutlineChanged($projectId: ID!) { outlineChanged(projectId: $projectId) { projectId nodes { id parentId position wbsCode } } }
`;

export const ON_TASK_UPDATED = /* GraphQL */ `
  subscription OnTaskUpdated($projectId: ID!) { taskUpdated(projectId: $projectId) { action changeNumber actorId task { ...TaskFields } } }
  ${TASK_FIELDS}
`;

export const ON_BOARD_UPDATED = /* GraphQL */ `
  subscription OnBoardUpdated($projectId: ID!) { boardUpdated(projectId: $projectId) { ...BoardFields } }
  ${BOARD_FIELDS}
`;

export const ON_PROJECT_UPDATED = /* GraphQL */ `
  subscription OnProjectUpdated($projectId: ID!) { projectUpdated(projectId: $projectId) { ...ProjectFields } }
  ${PROJECT_FIELDS}
`;

/** The charter page's view of projectUpdated: the heading and the charter as they are now. */
export const ON_PROJECT_CHARTER = /* GraphQL */ `
  subscription OnProjectCharter($projectId: ID!) {
    projectUpdated(projectId: $projectId) { id key name viewerRole archivedAt charter { ...CharterFields } }
  }
  ${CHARTER_FIELDS}
`;

export const ON_ACTIVITY_ADDED = /* GraphQL */ `
  subscription OnActivityAdded($projectId: ID!) { activityAdded(projectId: $projectId) { ...ActivityFields } }
  ${ACTIVITY_FIELDS}
`;

export const TASK_DETAIL = /* GraphQL */ `
  query TaskDetail($id: ID!) {
    task(id: $id) {
      ...TaskFields
      description estimateHours storyPoints
      constraintType constraintDate deadline actualStart actualFinish calendarId
      scheduled { start finish totalFloatDays freeFloatDays critical levelingDelayDays }
      project { id calendars { id name } schedule { warnings { taskId code message } } }
      predecessors { id type lagDays predecessor { id key name } }
      successors { id type lagDays successor { id key name } }
      activity(first: 25) { nodes { ...ActivityFields } }
    }
  }
  ${TASK_FIELDS}
  ${ACTIVITY_FIELDS}
`;

export const DEPENDENCY_CREATE = /* GraphQL */ `
  mutation DependencyCreate($input: DependencyCreateInput!) { dependencyCreate(input: $input) { dependency { id } } }
`;

export const DEPENDENCY_DELETE = /* GraphQL */ `
  mutation DependencyDelete($id: ID!) { dependencyDelete(id: $id) { dependency { id } } }
`;

/** A short-lived ticket to open one shared (Yjs) document over the collab socket. */
export const COLLAB_TICKET = /* GraphQL */ `
  mutation CollabTicket($document: String!) {
    collabTicket(document: $document) { token url document canWrite expiresAt }
  }
`;

// ---- planning: Gantt, resources, earned value ----

export const PLAN_PROJECT_FIELDS = /* GraphQL */ `
  fragment PlanProjectFields on Project { id key name currency budget viewerRole archivedAt }
`;

export const PLAN_TASK_FIELDS = /* GraphQL */ `
  fragment PlanTaskFields on Task { id key wbsCode name kind parentId durationDays percentComplete version }
`;

export const SCHEDULED_TASK_FIELDS = /* GraphQL */ `
  fragment ScheduledTaskFields on ScheduledTask {
    taskId start finish earlyStart earlyFinish lateStart lateFinish durationDays totalFloatDays freeFloatDays critical levelingDelayDays late
  }
`;

export const SCHEDULE_FIELDS = /* GraphQL */ `
  fragment ScheduleFields on Schedule {
    start finish statusDate calendarId criticalPath
    tasks { ...ScheduledTaskFields }
    warnings { taskId code message }
  }
  ${SCHEDULED_TASK_FIELDS}
`;

/** The Gantt page: tasks (first page), links (first page), the schedule, baselines and calendars. */
export const GANTT_PAGE = /* GraphQL */ `
  query GanttPage($key: String!, $first: Int!) {
    project(key: $key) {
      ...PlanProjectFields
      tasks(first: $first) { pageInfo { endCursor hasNextPage } nodes { ...PlanTaskFields } }
      dependencies(first: $first) { pageInfo { endCursor hasNextPage } nodes { id type lagDays predecessorId successorId } }
      schedule { ...ScheduleFields }
      baselines { id name createdAt }
      calendars { id name workWeek { day times { from to } } exceptions { from to working } }
    }
  }
  ${PLAN_PROJECT_FIELDS}
  ${PLAN_TASK_FIELDS}
  ${SCHEDULE_FIELDS}
`;

export const PLAN_TASKS_PAGE = /* GraphQL */ `
  query PlanTasksPage($id: ID!, $first: Int!, $after: String) {
    project(id: $id) { tasks(first: $first, after: $after) { pageInfo { endCursor hasNextPage } nodes { ...PlanTaskFields } } }
  }
  ${PLAN_TASK_FIELDS}
`;

export const PLAN_LINKS_PAGE = /* GraphQL */ `
  query PlanLinksPage($id: ID!, $first: Int!, $after: String) {
    project(id: $id) {
      dependencies(first: $first, after: $after) { pageInfo { endCursor hasNextPage } nodes { id type lagDays predecessorId successorId } }
    }
  }
`;

export const PLAN_SCHEDULE = /* GraphQL */ `
  query PlanSchedule($id: ID!) { project(id: $id) { schedule { ...ScheduleFields } } }
  ${SCHEDULE_FIELDS}
`;

export const BASELINE_TASKS = /* GraphQL */ `
  query BaselineTasks($id: ID!) {
    project(id: $id) { baselines { id name createdAt tasks { taskId start finish durationDays workHours cost } } }
  }
`;

export const TASK_SCHEDULE_UPDATE = /* GraphQL */ `
  mutation TaskScheduleUpdate($input: TaskScheduleUpdateInput!) { taskScheduleUpdate(input: $input) { task { ...PlanTaskFields } } }
  ${PLAN_TASK_FIELDS}
`;

export const PLAN_TASK_UPDATE = /* GraphQL */ `
  mutation PlanTaskUpdate($input: TaskUpdateInput!) { taskUpdate(input: $input) { task { ...PlanTaskFields } } }
  ${PLAN_TASK_FIELDS}
`;

export const PLAN_LINK_CREATE = /* GraphQL */ `
  mutation PlanLinkCreate($input: DependencyCreateInput!) {
    dependencyCreate(input: $input) { dependency { id type lagDays predecessorId successorId } }
  }
`;

export const PLAN_LINK_UPDATE = /* GraphQL */ `
  mutation PlanLinkUpdate($input: DependencyUpdateInput!) {
    dependencyUpdate(input: $input) { dependency { id type lagDays predecessorId successorId } }
  }
`;

export const ON_SCHEDULE_UPDATED = /* GraphQL */ `
  subscription OnScheduleUpdated($projectId: ID!) {
    scheduleUpdated(projectId: $projectId) { projectId start finish removedTaskIds criticalPath changeNumbers actorIds tasks { ...ScheduledTaskFields } }
  }
  ${SCHEDULED_TASK_FIELDS}
`;

/** A part of the plan changed elsewhere (links, baselines, costs...), whether or not dates moved. */
export const ON_PLAN_CHANGED = /* GraphQL */ `
  subscription OnPlanChanged($projectId: ID!) {
    planChanged(projectId: $projectId) { projectId part }
  }
`;

export const PLAN_BASELINES = /* GraphQL */ `
  query PlanBaselines($id: ID!) {
    project(id: $id) { baselines { id name createdAt } }
  }
`;

/** The planning pages' view of taskUpdated: names, durations and versions for the task table. */
export const ON_PLAN_TASK_UPDATED = /* GraphQL */ `
  subscription OnPlanTaskUpdated($projectId: ID!) { taskUpdated(projectId: $projectId) { action task { ...PlanTaskFields archivedAt } } }
  ${PLAN_TASK_FIELDS}
`;

export const RESOURCE_FIELDS = /* GraphQL */ `
  fragment ResourceFields on Resource {
    id name type maxUnits standardRate overtimeRate costPerUse version
    rates { id effectiveFrom standardRate overtimeRate costPerUse }
  }
`;

export const RESOURCES_PAGE = /* GraphQL */ `
  query ResourcesPage($key: String!, $first: Int!, $period: UsagePeriod!) {
    project(key: $key) {
      ...PlanProjectFields
      tasks(first: $first) { pageInfo { endCursor hasNextPage } nodes { ...PlanTaskFields } }
      resources { ...ResourceFields }
      assignments { id taskId resourceId units }
      resourceUsage(period: $period) { resourceId periods { start workHours capacityHours overallocated cost } }
      schedule { finish calendarId tasks { taskId start finish levelingDelayDays } }
      calendars { id name workWeek { day times { from to } } exceptions { from to working } }
    }
  }
  ${PLAN_PROJECT_FIELDS}
  ${PLAN_TASK_FIELDS}
  ${RESOURCE_FIELDS}
`;

export const RESOURCE_USAGE = /* GraphQL */ `
  query ResourceUsage($id: ID!, $period: UsagePeriod!) {
    project(id: $id) {
      resources { ...ResourceFields }
      assignments { id taskId resourceId units }
      resourceUsage(period: $period) { resourceId periods { start workHours capacityHours overallocated cost } }
      schedule { finish tasks { taskId start finish levelingDelayDays } }
    }
  }
  ${RESOURCE_FIELDS}
`;

export const LEVELING_PREVIEW = /* GraphQL */ `
  query LevelingPreview($id: ID!) {
    project(id: $id) { levelingPreview { finishBefore finishAfter overallocationsRemaining delays { taskId levelingDelayDays } } }
  }
`;

export const LEVELING_APPLY = /* GraphQL */ `
  mutation LevelingApply($projectId: ID!) { levelingApply(projectId: $projectId) { leveling { overallocationsRemaining } } }
`;

export const LEVELING_CLEAR = /* GraphQL */ `
  mutation LevelingClear($projectId: ID!) { levelingClear(projectId: $projectId) { leveling { overallocationsRemaining } } }
`;

export const RESOURCE_CREATE = /* GraphQL */ `
  mutation ResourceCreate($input: ResourceCreateInput!) { resourceCreate(input: $input) { resource { ...ResourceFields } } }
  ${RESOURCE_FIELDS}
`;

export const RESOURCE_UPDATE = /* GraphQL */ `
  mutation ResourceUpdate($input: ResourceUpdateInput!) { resourceUpdate(input: $input) { resource { ...ResourceFields } } }
  ${RESOURCE_FIELDS}
`;

export const RESOURCE_DELETE = /* GraphQL */ `
  mutation ResourceDelete($id: ID!) { resourceDelete(id: $id) { resource { id } } }
`;

export const ASSIGNMENT_CREATE = /* GraphQL */ `
  mutation AssignmentCreate($input: AssignmentCreateInput!) { assignmentCreate(input: $input) { assignment { id taskId resourceId units } } }
`;

export const ASSIGNMENT_DELETE = /* GraphQL */ `
  mutation AssignmentDelete($id: ID!) { assignmentDelete(id: $id) { assignment { id } } }
`;

export const EV_ROW_FIELDS = /* GraphQL */ `
  fragment EvRowFields on EvRow { taskId pv ev ac sv cv spi cpi eacCpi eacCpiSpi etc vac tcpi bac }
`;

export const EARNED_VALUE_PAGE = /* GraphQL */ `
  query EarnedValuePage($key: String!, $first: Int!) {
    project(key: $key) {
      ...PlanProjectFields
      tasks(first: $first) { pageInfo { endCursor hasNextPage } nodes { ...PlanTaskFields } }
      baselines { id name createdAt }
      schedule { statusDate }
    }
  }
  ${PLAN_PROJECT_FIELDS}
  ${PLAN_TASK_FIELDS}
`;

export const EARNED_VALUE = /* GraphQL */ `
  query EarnedValue($id: ID!, $statusDate: LocalDate!, $baselineId: ID) {
    project(id: $id) {
      earnedValue(statusDate: $statusDate, baselineId: $baselineId) {
        statusDate
        project { ...EvRowFields }
        branches { ...EvRowFields }
        series { date pv ev ac }
      }
      costEntries { id taskId date hours amount note }
    }
  }
  ${EV_ROW_FIELDS}
`;

export const BASELINE_CREATE = /* GraphQL */ `
  mutation BaselineCreate($projectId: ID!, $name: String!) { baselineCreate(projectId: $projectId, name: $name) { baseline { id name createdAt } } }
`;

export const COST_ENTRY_CREATE = /* GraphQL */ `
  mutation CostEntryCreate($input: CostEntryCreateInput!) { costEntryCreate(input: $input) { costEntry { id taskId date hours amount note } } }
`;

/** The Gantt after a schedule change: links (drawn elsewhere) and warnings, which scheduleUpdated does not carry. */
export const PLAN_LINKS_AND_WARNINGS = /* GraphQL */ `
  query PlanLinksAndWarnings($id: ID!, $first: Int!) {
    project(id: $id) {
      dependencies(first: $first) { pageInfo { endCursor hasNextPage } nodes { id type lagDays predecessorId successorId } }
      schedule { warnings { taskId code message } }
    }
  }
`;

export const PLAN_EXPORT = /* GraphQL */ `
  query PlanExport($id: ID!, $format: ExportFormat!) {
    project(id: $id) { export(format: $format) }
  }
`;

export const PLAN_IMPORT = /* GraphQL */ `
  mutation PlanImport($input: ProjectImportInput!) {
    projectImport(input: $input) { created links calendars resources assignments baselines costEntries unmapped { element line reason } }
  }
`;

// ---- planning settings: working calendars, project calendar, status date ----

export const WORK_CALENDAR_FIELDS = /* GraphQL */ `
  fragment WorkCalendarFields on WorkCalendar {
    id name baseCalendarId hoursPerDay isProjectCalendar version
    workWeek { day times { from to } }
    exceptions { id name from to working times { from to } }
    usage { tasks resources calendars }
  }
`;

/** The settings page's planning cards: the project calendar, the status date and every calendar. */
export const PLAN_CALENDARS = /* GraphQL */ `
  query PlanCalendars($id: ID!) {
    project(id: $id) {
      plan { calendarId statusDate }
      calendars { ...WorkCalendarFields }
    }
  }
  ${WORK_CALENDAR_FIELDS}
`;

/** When the plan starts and finishes, to show what a calendar or status date change did. */
export const PLAN_SPAN = /* GraphQL */ `
  query PlanSpan($id: ID!) { project(id: $id) { schedule { start finish } } }
`;

export const PLAN_SETTINGS_UPDATE = /* GraphQL */ `
  mutation PlanSettingsUpdate($input: PlanSettingsInput!) { planSettingsUpdate(input: $input) { plan { calendarId statusDate } } }
`;

export const CALENDAR_CREATE = /* GraphQL */ `
  mutation CalendarCreate($input: CalendarCreateInput!) { calendarCreate(input: $input) { calendar { ...WorkCalendarFields } } }
  ${WORK_CALENDAR_FIELDS}
`;

export const CALENDAR_UPDATE = /* GraphQL */ `
  mutation CalendarUpdate($input: CalendarUpdateInput!) { calendarUpdate(input: $input) { calendar { ...WorkCalendarFields } } }
  ${WORK_CALENDAR_FIELDS}
`;

/** With the version shown: a calendar changed since is not deleted (CONFLICT). */
export const CALENDAR_DELETE = /* GraphQL */ `
  mutation CalendarDelete($id: ID!, $version: Int) { calendarDelete(id: $id, version: $version) { calendar { id } } }
`;

export const CALENDAR_EXCEPTION_ADD = /* GraphQL */ `
  mutation CalendarExceptionAdd($input: CalendarExceptionAddInput!) {
    calendarExceptionAdd(input: $input) { calendar { ...WorkCalendarFields } exception { id } }
  }
  ${WORK_CALENDAR_FIELDS}
`;

export const CALENDAR_EXCEPTION_REMOVE = /* GraphQL */ `
  mutation CalendarExceptionRemove($id: ID!) { calendarExceptionRemove(id: $id) { calendar { ...WorkCalendarFields } } }
  ${WORK_CALENDAR_FIELDS}
`;

/** Only where the plan now starts and finishes, after any change that moved it. */
export const ON_PLAN_SPAN_UPDATED = /* GraphQL */ `
  subscription OnPlanSpanUpdated($projectId: ID!) { scheduleUpdated(projectId: $projectId) { projectId start finish } }
`;
