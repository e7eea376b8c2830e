/**
 * The GraphQL documents the client sends. Each is typed from schema/schema.graphql by `npm run codegen`
 * (./generated): `request()` and `LiveConnection.subscribe()` infer its variables and result. A document
 * uses a fragment by its name alone; the generated document carries the fragment's text.
 */
import { graphql } from './generated/index.js';

export const TASK_FIELDS = graphql(`
  fragment TaskFields on Task {
    id key wbsCode name kind parentId position durationDays start finish late
    percentComplete rollupState version childCount archivedAt
    status { id name category color }
    assignee { id name }
  }
`);

export const BOARD_FIELDS = graphql(`
  fragment BoardFields on Board {
    projectId projectKey projectName generatedAt percentComplete taskCount
    categories { category count }
    columns {
      statusId name category color count
      cards { id key name wbsCode kind percentComplete start finish late version statusId assignee { id name } }
    }
    milestones { id key name date finish completed late }
    lateTasks { id key name wbsCode kind percentComplete start finish late version statusId assignee { id name } }
    recentActivity { id at actorName summary burstKey parts { ...ActivityPartFields } burstParts { ...ActivityPartFields } }
  }
`);

export const PROJECT_FIELDS = graphql(`
  fragment ProjectFields on Project {
    id key name description methodology status startDate targetFinish archivedAt viewerRole version currency budget
    members { role user { id name email } }
    statuses { id name category color position }
  }
`);

export const ACTIVITY_PART_FIELDS = graphql(`
  fragment ActivityPartFields on ActivityPart {
    kind text date amount currency
  }
`);

export const ACTIVITY_FIELDS = graphql(`
  fragment ActivityFields on Activity {
    id createdAt summary action taskId actor { id name }
    burstKey parts { ...ActivityPartFields } burstParts { ...ActivityPartFields }
  }
`);

export const VIEWER = graphql(`
  query Viewer { viewer { id name email } }
`);

export const SIGN_IN = graphql(`
  mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id name email } } }
`);

export const SIGN_UP = graphql(`
  mutation SignUp($input: SignUpInput!) { signUp(input: $input) { user { id name email } } }
`);

export const SIGN_OUT = graphql(`
  mutation SignOut { signOut }
`);

export const PROJECTS = graphql(`
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
`);

export const PROJECT_CREATE = graphql(`
  mutation ProjectCreate($input: ProjectCreateInput!) {
    projectCreate(input: $input) { project { id key name } }
  }
`);

export const PROJECT_TASKS_PAGE = graphql(`
  query ProjectTasks($id: UUID!, $first: Int!, $after: String) {
    project(id: $id) { tasks(first: $first, after: $after) { pageInfo { endCursor hasNextPage } nodes { ...TaskFields } } }
  }
`);

export const INVITATION_FIELDS = graphql(`
  fragment InvitationFields on Invitation { id email name role createdAt expiresAt }
`);

/** `withTokens: false` for members and viewers: wall tokens and invitations are for owners and managers only. */
export const PROJECT_SETTINGS = graphql(`
  query ProjectSettings($key: String!, $withTokens: Boolean!) {
    project(key: $key) {
      ...ProjectFields
      boardTokens @include(if: $withTokens) { id name prefix createdAt lastUsedAt revokedAt showTopRisks showBlockingIssues layout }
      invitations @include(if: $withTokens) { ...InvitationFields }
    }
  }
`);

export const STATUS_FIELDS = graphql(`
  fragment StatusFields on TaskStatus { id name category color position }
`);

export const PROJECT_STATUSES = graphql(`
  query ProjectStatuses($id: UUID!) { project(id: $id) { statuses { ...StatusFields } } }
`);

export const STATUS_CREATE = graphql(`
  mutation StatusCreate($input: StatusCreateInput!) { statusCreate(input: $input) { status { ...StatusFields } } }
`);

export const STATUS_UPDATE = graphql(`
  mutation StatusUpdate($input: StatusUpdateInput!) { statusUpdate(input: $input) { status { ...StatusFields } } }
`);

export const STATUS_DELETE = graphql(`
  mutation StatusDelete($id: UUID!, $moveToId: UUID) { statusDelete(id: $id, moveToId: $moveToId) { status { id } } }
`);

/** How many tasks (archived ones too: they block a delete as well) use a status. */
export const STATUS_USAGE = graphql(`
  query StatusUsage($projectId: UUID!, $statusId: UUID!) {
    project(id: $projectId) { tasks(first: 1, includeArchived: true, filter: { statusIds: [$statusId] }) { totalCount } }
  }
`);

export const CHARTER_FIELDS = graphql(`
  fragment CharterFields on Charter {
    projectId purpose objectives successCriteria inScope outOfScope assumptions constraints keyStakeholders sponsor
    approvalState approvedAt updatedAt version
    approver { id name } approvedBy { id name } submittedBy { id name } submittedAt
    decisions { id decision comment createdAt actor { id name } }
  }
`);

export const PROJECT_CHARTER = graphql(`
  query ProjectCharter($key: String!) {
    project(key: $key) { id key name viewerRole archivedAt charter { ...CharterFields } }
  }
`);

export const CHARTER_UPDATE = graphql(`
  mutation CharterUpdate($input: CharterUpdateInput!) { charterUpdate(input: $input) { charter { ...CharterFields } } }
`);

export const CHARTER_APPROVAL_SET = graphql(`
  mutation CharterApprovalSet($projectId: UUID!, $state: CharterApproval!, $comment: String) {
    charterApprovalSet(projectId: $projectId, state: $state, comment: $comment) { charter { ...CharterFields } }
  }
`);

/** The settings page's sponsor picker: who approves the charter now. */
export const PROJECT_SPONSOR = graphql(`
  query ProjectSponsor($key: String!) { project(key: $key) { id charter { approver { id name } } } }
`);

export const CHARTER_APPROVER_SET = graphql(`
  mutation CharterApproverSet($projectId: UUID!, $userId: UUID) {
    charterApproverSet(projectId: $projectId, userId: $userId) { charter { ...CharterFields } }
  }
`);

export const PROJECT_UPDATE = graphql(`
  mutation ProjectUpdate($input: ProjectUpdateInput!) { projectUpdate(input: $input) { project { ...ProjectFields } } }
`);

export const PROJECT_ARCHIVE = graphql(`
  mutation ProjectArchive($id: UUID!) { projectArchive(id: $id) { project { ...ProjectFields } } }
`);

export const PROJECT_UNARCHIVE = graphql(`
  mutation ProjectUnarchive($id: UUID!) { projectUnarchive(id: $id) { project { ...ProjectFields } } }
`);

export const TASK_CREATE = graphql(`
  mutation TaskCreate($input: TaskCreateInput!) { taskCreate(input: $input) { changeNumber task { ...TaskFields } } }
`);

export const TASK_UPDATE = graphql(`
  mutation TaskUpdate($input: TaskUpdateInput!) { taskUpdate(input: $input) { changeNumber task { ...TaskFields } } }
`);

export const TASK_MOVE = graphql(`
  mutation TaskMove($input: TaskMoveInput!) { taskMove(input: $input) { changeNumber task { ...TaskFields } } }
`);

export const TASK_DELETE = graphql(`
  mutation TaskDelete($id: UUID!) { taskDelete(id: $id) { changeNumber task { id } } }
`);

/** The answer carries the link's secret once. */
export const MEMBER_INVITE = graphql(`
  mutation MemberInvite($input: MemberInviteInput!) { memberInvite(input: $input) { token invitation { ...InvitationFields } } }
`);

/** Pending invitations again, when someone may have accepted one. */
export const PROJECT_INVITATIONS = graphql(`
  query ProjectInvitations($id: UUID!) { project(id: $id) { id invitations { ...InvitationFields } } }
`);

export const INVITATION_REVOKE = graphql(`
  mutation InvitationRevoke($id: UUID!) { invitationRevoke(id: $id) { invitation { id } } }
`);

export const INVITATION = graphql(`
  query Invitation($token: String!) { invitation(token: $token) { projectName projectKey role invitedByName expiresAt state viewerIsMember } }
`);

export const INVITATION_ACCEPT = graphql(`
  mutation InvitationAccept($token: String!) { invitationAccept(token: $token) { project { key } } }
`);

export const MEMBER_UPDATE = graphql(`
  mutation MemberUpdate($input: MemberUpdateInput!) { memberUpdate(input: $input) { member { role user { id name email } } } }
`);

export const MEMBER_REMOVE = graphql(`
  mutation MemberRemove($projectId: UUID!, $userId: UUID!) { memberRemove(projectId: $projectId, userId: $userId) }
`);

export const BOARD_TOKEN_CREATE = graphql(`
  mutation BoardTokenCreate($projectId: UUID!, $name: String!) {
    boardTokenCreate(projectId: $projectId, name: $name) { token boardToken { id name prefix createdAt lastUsedAt revokedAt showTopRisks showBlockingIssues layout } }
  }
`);

export const BOARD_TOKEN_REVOKE = graphql(`
  mutation BoardTokenRevoke($id: UUID!) { boardTokenRevoke(id: $id) { boardToken { id revokedAt } } }
`);

export const ACCESS_TOKENS = graphql(`
  query AccessTokens { accessTokens { id name prefix scope expiresAt createdAt lastUsedAt revokedAt } }
`);

export const ACCESS_TOKEN_CREATE = graphql(`
  mutation AccessTokenCreate($input: AccessTokenCreateInput!) {
    accessTokenCreate(input: $input) { token accessToken { id name prefix scope expiresAt createdAt lastUsedAt revokedAt } }
  }
`);

export const ACCESS_TOKEN_REVOKE = graphql(`
  mutation AccessTokenRevoke($id: UUID!) { accessTokenRevoke(id: $id) { accessToken { id revokedAt } } }
`);

export const WALL_BOARD = graphql(`
  query WallBoard { wallBoard { ...BoardFields } }
`);

// ---- subscriptions ----

export const ON_OUTLINE_CHANGED = graphql(`
  subscription OnOutlineChanged($projectId: UUID!) { outlineChanged(projectId: $projectId) { projectId nodes { id parentId position wbsCode } } }
`);

export const ON_TASK_UPDATED = graphql(`
  subscription OnTaskUpdated($projectId: UUID!) { taskUpdated(projectId: $projectId) { action changeNumber actorId task { ...TaskFields } } }
`);

export const ON_BOARD_UPDATED = graphql(`
  subscription OnBoardUpdated($projectId: UUID!) { boardUpdated(projectId: $projectId) { ...BoardFields } }
`);

/** The charter page's view of projectUpdated: the heading and the charter as they are now. */
export const ON_PROJECT_CHARTER = graphql(`
  subscription OnProjectCharter($projectId: UUID!) {
    projectUpdated(projectId: $projectId) { id key name viewerRole archivedAt charter { ...CharterFields } }
  }
`);

export const ON_ACTIVITY_ADDED = graphql(`
  subscription OnActivityAdded($projectId: UUID!) { activityAdded(projectId: $projectId) { ...ActivityFields } }
`);

export const TASK_DETAIL = graphql(`
  query TaskDetail($id: UUID!) {
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
`);

export const DEPENDENCY_CREATE = graphql(`
  mutation DependencyCreate($input: DependencyCreateInput!) { dependencyCreate(input: $input) { dependency { id } } }
`);

export const DEPENDENCY_DELETE = graphql(`
  mutation DependencyDelete($id: UUID!) { dependencyDelete(id: $id) { dependency { id } } }
`);

/** A short-lived ticket to open one shared (Yjs) document over the collab socket. */
export const COLLAB_TICKET = graphql(`
  mutation CollabTicket($document: String!) {
    collabTicket(document: $document) { token url document canWrite expiresAt }
  }
`);

// ---- planning: Gantt, resources, earned value ----

export const PLAN_PROJECT_FIELDS = graphql(`
  fragment PlanProjectFields on Project { id key name currency budget viewerRole archivedAt }
`);

export const PLAN_TASK_FIELDS = graphql(`
  fragment PlanTaskFields on Task { id key wbsCode name kind parentId durationDays percentComplete version }
`);

export const SCHEDULED_TASK_FIELDS = graphql(`
  fragment ScheduledTaskFields on ScheduledTask {
    taskId start finish earlyStart earlyFinish lateStart lateFinish durationDays totalFloatDays freeFloatDays critical levelingDelayDays late
  }
`);

export const SCHEDULE_FIELDS = graphql(`
  fragment ScheduleFields on Schedule {
    start finish statusDate calendarId criticalPath
    tasks { ...ScheduledTaskFields }
    warnings { taskId code message }
  }
`);

export const PLAN_LINKS_PAGE = graphql(`
  query PlanLinksPage($id: UUID!, $first: Int!, $after: String) {
    project(id: $id) {
      dependencies(first: $first, after: $after) { pageInfo { endCursor hasNextPage } nodes { id type lagDays predecessorId successorId } }
    }
  }
`);

export const PLAN_SCHEDULE = graphql(`
  query PlanSchedule($id: UUID!) { project(id: $id) { schedule { ...ScheduleFields } } }
`);

export const BASELINE_TASKS = graphql(`
  query BaselineTasks($id: UUID!) {
    project(id: $id) { baselines { id name createdAt tasks { taskId start finish durationDays workHours cost } } }
  }
`);

export const TASK_SCHEDULE_UPDATE = graphql(`
  mutation TaskScheduleUpdate($input: TaskScheduleUpdateInput!) { taskScheduleUpdate(input: $input) { task { ...PlanTaskFields } } }
`);

export const PLAN_TASK_UPDATE = graphql(`
  mutation PlanTaskUpdate($input: TaskUpdateInput!) { taskUpdate(input: $input) { task { ...PlanTaskFields } } }
`);

export const PLAN_LINK_CREATE = graphql(`
  mutation PlanLinkCreate($input: DependencyCreateInput!) {
    dependencyCreate(input: $input) { dependency { id type lagDays predecessorId successorId } }
  }
`);

export const PLAN_LINK_UPDATE = graphql(`
  mutation PlanLinkUpdate($input: DependencyUpdateInput!) {
    dependencyUpdate(input: $input) { dependency { id type lagDays predecessorId successorId } }
  }
`);

export const ON_SCHEDULE_UPDATED = graphql(`
  subscription OnScheduleUpdated($projectId: UUID!) {
    scheduleUpdated(projectId: $projectId) { projectId start finish removedTaskIds criticalPath changeNumbers actorIds tasks { ...ScheduledTaskFields } }
  }
`);

/** A part of the plan changed elsewhere (links, baselines, costs...), whether or not dates moved. */
export const ON_PLAN_CHANGED = graphql(`
  subscription OnPlanChanged($projectId: UUID!) {
    planChanged(projectId: $projectId) { projectId part }
  }
`);

export const PLAN_BASELINES = graphql(`
  query PlanBaselines($id: UUID!) {
    project(id: $id) { baselines { id name createdAt } }
  }
`);

export const RESOURCE_FIELDS = graphql(`
  fragment ResourceFields on Resource {
    id name type maxUnits standardRate overtimeRate costPerUse version userId user { id name }
    rates { id effectiveFrom standardRate overtimeRate costPerUse }
  }
`);

export const RESOURCE_USAGE = graphql(`
  query ResourceUsage($id: UUID!, $period: UsagePeriod!) {
    project(id: $id) {
      resources { ...ResourceFields }
      assignments { id taskId resourceId units }
      resourceUsage(period: $period) { resourceId periods { start workHours capacityHours overallocated cost } }
      schedule { finish tasks { taskId start finish levelingDelayDays } }
    }
  }
`);

export const LEVELING_PREVIEW = graphql(`
  query LevelingPreview($id: UUID!) {
    project(id: $id) { levelingPreview { finishBefore finishAfter overallocationsRemaining delays { taskId levelingDelayDays } } }
  }
`);

export const LEVELING_APPLY = graphql(`
  mutation LevelingApply($projectId: UUID!) { levelingApply(projectId: $projectId) { leveling { overallocationsRemaining } } }
`);

export const LEVELING_CLEAR = graphql(`
  mutation LevelingClear($projectId: UUID!) { levelingClear(projectId: $projectId) { leveling { overallocationsRemaining } } }
`);

export const RESOURCE_CREATE = graphql(`
  mutation ResourceCreate($input: ResourceCreateInput!) { resourceCreate(input: $input) { resource { ...ResourceFields } } }
`);

export const RESOURCE_FOR_MEMBER = graphql(`
  mutation ResourceForMember($input: ResourceForMemberInput!) { resourceForMember(input: $input) { resource { ...ResourceFields } } }
`);

export const RESOURCE_UPDATE = graphql(`
  mutation ResourceUpdate($input: ResourceUpdateInput!) { resourceUpdate(input: $input) { resource { ...ResourceFields } } }
`);

export const RESOURCE_DELETE = graphql(`
  mutation ResourceDelete($id: UUID!) { resourceDelete(id: $id) { resource { id } } }
`);

export const ASSIGNMENT_CREATE = graphql(`
  mutation AssignmentCreate($input: AssignmentCreateInput!) { assignmentCreate(input: $input) { assignment { id taskId resourceId units } } }
`);

export const ASSIGNMENT_DELETE = graphql(`
  mutation AssignmentDelete($id: UUID!) { assignmentDelete(id: $id) { assignment { id } } }
`);

export const EV_ROW_FIELDS = graphql(`
  fragment EvRowFields on EvRow { taskId pv ev ac sv cv spi cpi eacCpi eacCpiSpi etc vac tcpi bac }
`);

export const EARNED_VALUE = graphql(`
  query EarnedValue($id: UUID!, $statusDate: LocalDate!, $baselineId: UUID) {
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
`);

export const BASELINE_CREATE = graphql(`
  mutation BaselineCreate($projectId: UUID!, $name: String!) { baselineCreate(projectId: $projectId, name: $name) { baseline { id name createdAt } } }
`);

export const COST_ENTRY_CREATE = graphql(`
  mutation CostEntryCreate($input: CostEntryCreateInput!) { costEntryCreate(input: $input) { costEntry { id taskId date hours amount note } } }
`);

/** The Gantt after a schedule change: links (drawn elsewhere) and warnings, which scheduleUpdated does not carry. */
export const PLAN_LINKS_AND_WARNINGS = graphql(`
  query PlanLinksAndWarnings($id: UUID!, $first: Int!) {
    project(id: $id) {
      dependencies(first: $first) { pageInfo { endCursor hasNextPage } nodes { id type lagDays predecessorId successorId } }
      schedule { warnings { taskId code message } }
    }
  }
`);

export const PLAN_EXPORT = graphql(`
  query PlanExport($id: UUID!, $format: ExportFormat!) {
    project(id: $id) { export(format: $format) }
  }
`);

export const PLAN_IMPORT = graphql(`
  mutation PlanImport($input: ProjectImportInput!) {
    projectImport(input: $input) { created links calendars resources assignments baselines costEntries unmapped { element line reason } }
  }
`);

// ---- planning settings: working calendars, project calendar, status date ----

export const WORK_CALENDAR_FIELDS = graphql(`
  fragment WorkCalendarFields on WorkCalendar {
    id name baseCalendarId hoursPerDay isProjectCalendar version
    workWeek { day times { from to } }
    exceptions { id name from to working times { from to } }
    usage { tasks resources calendars }
  }
`);

/** The settings page's planning cards: the project calendar, the status date and every calendar. */
export const PLAN_CALENDARS = graphql(`
  query PlanCalendars($id: UUID!) {
    project(id: $id) {
      plan { calendarId statusDate timeZone }
      calendars { ...WorkCalendarFields }
    }
  }
`);

/** When the plan starts and finishes, to show what a calendar or status date change did. */
export const PLAN_SPAN = graphql(`
  query PlanSpan($id: UUID!) { project(id: $id) { schedule { start finish } } }
`);

export const PLAN_SETTINGS_UPDATE = graphql(`
  mutation PlanSettingsUpdate($input: PlanSettingsInput!) { planSettingsUpdate(input: $input) { plan { calendarId statusDate timeZone } } }
`);

export const CALENDAR_CREATE = graphql(`
  mutation CalendarCreate($input: CalendarCreateInput!) { calendarCreate(input: $input) { calendar { ...WorkCalendarFields } } }
`);

export const CALENDAR_UPDATE = graphql(`
  mutation CalendarUpdate($input: CalendarUpdateInput!) { calendarUpdate(input: $input) { calendar { ...WorkCalendarFields } } }
`);

/** With the version shown: a calendar changed since is not deleted (CONFLICT). */
export const CALENDAR_DELETE = graphql(`
  mutation CalendarDelete($id: UUID!, $version: Int) { calendarDelete(id: $id, version: $version) { calendar { id } } }
`);

export const CALENDAR_EXCEPTION_ADD = graphql(`
  mutation CalendarExceptionAdd($input: CalendarExceptionAddInput!) {
    calendarExceptionAdd(input: $input) { calendar { ...WorkCalendarFields } exception { id } }
  }
`);

export const CALENDAR_EXCEPTION_REMOVE = graphql(`
  mutation CalendarExceptionRemove($id: UUID!) { calendarExceptionRemove(id: $id) { calendar { ...WorkCalendarFields } } }
`);

/** Only where the plan now starts and finishes, after any change that moved it. */
export const ON_PLAN_SPAN_UPDATED = graphql(`
  subscription OnPlanSpanUpdated($projectId: UUID!) { scheduleUpdated(projectId: $projectId) { projectId start finish } }
`);

// ---- the project cache shared by the project pages ----

/** The project and the first screen of its tasks (the rest come by PROJECT_TASKS_PAGE, in parallel). */
export const PROJECT_HEAD = graphql(`
  query ProjectHead($key: String!, $first: Int!) {
    project(key: $key) {
      ...ProjectFields
      tasks(first: $first) { totalCount pageInfo { endCursor hasNextPage } nodes { ...TaskFields } }
    }
  }
`);

/** The board and recent activity of the project cache (asked for after the first screen of tasks). */
export const PROJECT_BOARD = graphql(`
  query ProjectBoard($id: UUID!) {
    project(id: $id) {
      board { ...BoardFields }
      activity(first: 100) { nodes { ...ActivityFields } }
    }
  }
`);

/** The Gantt's own data next to the project cache's tasks: links, the schedule, baselines and calendars. */
export const GANTT_PLAN = graphql(`
  query GanttPlan($key: String!, $first: Int!) {
    project(key: $key) {
      id
      dependencies(first: $first) { totalCount pageInfo { endCursor hasNextPage } nodes { id type lagDays predecessorId successorId } }
      schedule { ...ScheduleFields }
      baselines { id name createdAt }
      calendars { id name workWeek { day times { from to } } exceptions { from to working } }
    }
  }
`);

/** The resources page's own data next to the project cache's tasks. */
export const RESOURCES_PLAN = graphql(`
  query ResourcesPlan($key: String!, $period: UsagePeriod!) {
    project(key: $key) {
      id
      resources { ...ResourceFields }
      assignments { id taskId resourceId units }
      resourceUsage(period: $period) { resourceId periods { start workHours capacityHours overallocated cost } }
      schedule { finish calendarId tasks { taskId start finish levelingDelayDays } }
      calendars { id name workWeek { day times { from to } } exceptions { from to working } }
    }
  }
`);

/** The earned-value page's own data next to the project cache's tasks. */
export const EARNED_VALUE_PLAN = graphql(`
  query EarnedValuePlan($key: String!) {
    project(key: $key) { id baselines { id name createdAt } schedule { statusDate } }
  }
`);

/** The project cache's projectUpdated: the details and the charter record, for every project page. */
export const ON_PROJECT_UPDATED_WITH_CHARTER = graphql(`
  subscription OnProjectUpdatedWithCharter($projectId: UUID!) {
    projectUpdated(projectId: $projectId) { ...ProjectFields charter { ...CharterFields } }
  }
`);

/** A change request as the change log and its editor show it. */
export const CHANGE_REQUEST_FIELDS = graphql(`
  fragment ChangeRequestFields on ChangeRequest {
    id key number title description reason category status version takeBaseline createdAt updatedAt appliedAt baselineId
    requestedBy { id name }
    linkedTaskIds
    issues { id key title status }
    changeSet {
      addTasks { key name parentId durationDays milestone }
      durations { taskId durationDays }
      links { predecessorId successorId type lagDays }
      removeLinks { predecessorId successorId }
      removeTasks
      budgetDelta
      scopeItems
    }
    impact {
      base computedAt finishBefore finishAfter costBefore costAfter budgetBefore budgetAfter
      milestones { taskId name before after }
      becameCritical { taskId name }
      leftCritical { taskId name }
      overallocations { resourceId name daysBefore daysAfter }
    }
    history { id fromStatus toStatus reason at actor { id name } }
  }
`);

/** The changes page: every change request of the project, the change board and whether you decide. */
export const CHANGE_REQUESTS = graphql(`
  query ChangeRequests($key: String!, $after: String) {
    project(key: $key) {
      id
      viewerCanDecideChanges
      changeBoard { memberIds members { id name } }
      dependencies(first: 500) { nodes { id predecessorId successorId } }
      changeRequests(first: 100, after: $after, sort: NUMBER_DESC) { totalCount pageInfo { hasNextPage endCursor } nodes { ...ChangeRequestFields } }
    }
  }
`);

/** Whether a request's preview was computed on the plan as it is now. */
export const CHANGE_REQUEST_PREVIEW_CURRENT = graphql(`
  query ChangeRequestPreviewCurrent($id: UUID!) {
    changeRequest(id: $id) { id version previewCurrent }
  }
`);

export const CHANGE_REQUEST_CREATE = graphql(`
  mutation ChangeRequestCreate($input: ChangeRequestCreateInput!) {
    changeRequestCreate(input: $input) { changeNumber changeRequest { ...ChangeRequestFields } }
  }
`);

export const CHANGE_REQUEST_UPDATE = graphql(`
  mutation ChangeRequestUpdate($input: ChangeRequestUpdateInput!) {
    changeRequestUpdate(input: $input) { changeNumber changeRequest { ...ChangeRequestFields } }
  }
`);

export const CHANGE_REQUEST_PREVIEW = graphql(`
  mutation ChangeRequestPreview($id: UUID!) {
    changeRequestPreview(id: $id) { changeNumber changeRequest { ...ChangeRequestFields } }
  }
`);

export const CHANGE_REQUEST_SUBMIT = graphql(`
  mutation ChangeRequestSubmit($input: ChangeRequestStepInput!) {
    changeRequestSubmit(input: $input) { changeNumber changeRequest { ...ChangeRequestFields } }
  }
`);

export const CHANGE_REQUEST_START_REVIEW = graphql(`
  mutation ChangeRequestStartReview($input: ChangeRequestStepInput!) {
    changeRequestStartReview(input: $input) { changeNumber changeRequest { ...ChangeRequestFields } }
  }
`);

export const CHANGE_REQUEST_APPROVE = graphql(`
  mutation ChangeRequestApprove($input: ChangeRequestStepInput!) {
    changeRequestApprove(input: $input) { changeNumber changeRequest { ...ChangeRequestFields } }
  }
`);

export const CHANGE_REQUEST_REJECT = graphql(`
  mutation ChangeRequestReject($input: ChangeRequestStepInput!) {
    changeRequestReject(input: $input) { changeNumber changeRequest { ...ChangeRequestFields } }
  }
`);

export const CHANGE_REQUEST_DEFER = graphql(`
  mutation ChangeRequestDefer($input: ChangeRequestStepInput!) {
    changeRequestDefer(input: $input) { changeNumber changeRequest { ...ChangeRequestFields } }
  }
`);

export const CHANGE_REQUEST_DELETE = graphql(`
  mutation ChangeRequestDelete($id: UUID!) {
    changeRequestDelete(id: $id) { changeNumber changeRequest { id } }
  }
`);

export const CHANGE_BOARD_SET = graphql(`
  mutation ChangeBoardSet($projectId: UUID!, $memberIds: [UUID!]!) {
    changeBoardSet(projectId: $projectId, memberIds: $memberIds) { changeNumber changeBoard { memberIds members { id name } } }
  }
`);

export const CHANGE_REQUEST_CHANGED = graphql(`
  subscription ChangeRequestChanged($projectId: UUID!) {
    changeRequestChanged(projectId: $projectId) { action id changeNumber actorId changeRequest { ...ChangeRequestFields } }
  }
`);

export const DECISION_FIELDS = graphql(`
  fragment DecisionFields on Decision {
    id key number title rationale alternatives decidedOn decidedByIds decidedByText version createdAt
    decidedBy { id name }
    linkedTaskIds linkedChangeRequestIds
    linkedChangeRequests { id key title }
  }
`);

/** The decision log, latest first. */
export const DECISIONS = graphql(`
  query Decisions($key: String!, $after: String) {
    project(key: $key) { id decisions(first: 200, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ...DecisionFields } } }
  }
`);

export const DECISION_CREATE = graphql(`
  mutation DecisionCreate($input: DecisionCreateInput!) {
    decisionCreate(input: $input) { changeNumber decision { ...DecisionFields } }
  }
`);

export const DECISION_UPDATE = graphql(`
  mutation DecisionUpdate($input: DecisionUpdateInput!) {
    decisionUpdate(input: $input) { changeNumber decision { ...DecisionFields } }
  }
`);

export const DECISION_DELETE = graphql(`
  mutation DecisionDelete($id: UUID!, $version: Int) {
    decisionDelete(id: $id, version: $version) { changeNumber decision { id } }
  }
`);

export const DECISION_CHANGED = graphql(`
  subscription DecisionChanged($projectId: UUID!) {
    decisionChanged(projectId: $projectId) { action id changeNumber decision { ...DecisionFields } }
  }
`);

// ---- Stakeholder register, communication plan and RACI (p/[key]/stakeholders, communication, raci) ----

export const STAKEHOLDER_FIELDS = graphql(`
  fragment StakeholderFields on Stakeholder {
    id name organisation role email phone memberId interest influence currentEngagement desiredEngagement
    communicationNeeds notes version strategy engagementGap emailOptOut optedOutAt
  }
`);

export const STAKEHOLDER_GROUP_FIELDS = graphql(`
  fragment StakeholderGroupFields on StakeholderGroup { id name stakeholderIds version }
`);

export const STAKEHOLDER_REGISTER = graphql(`
  query StakeholderRegister($id: UUID!) {
    project(id: $id) {
      stakeholders(first: 500) { totalCount pageInfo { hasNextPage endCursor } nodes { ...StakeholderFields } }
      stakeholderGroups { ...StakeholderGroupFields }
    }
  }
`);

/** The register's next pages: the grid and the matrix need every stakeholder. */
export const STAKEHOLDER_REGISTER_PAGE = graphql(`
  query StakeholderRegisterPage($id: UUID!, $after: String!) {
    project(id: $id) {
      stakeholders(first: 500, after: $after) { pageInfo { hasNextPage endCursor } nodes { ...StakeholderFields } }
    }
  }
`);

export const STAKEHOLDER_CREATE = graphql(`
  mutation StakeholderCreate($input: StakeholderCreateInput!) { stakeholderCreate(input: $input) { changeNumber stakeholder { ...StakeholderFields } } }
`);

export const STAKEHOLDER_UPDATE = graphql(`
  mutation StakeholderUpdate($input: StakeholderUpdateInput!) { stakeholderUpdate(input: $input) { changeNumber stakeholder { ...StakeholderFields } } }
`);

export const STAKEHOLDER_DELETE = graphql(`
  mutation StakeholderDelete($id: UUID!, $version: Int!) { stakeholderDelete(id: $id, version: $version) { changeNumber stakeholder { id } } }
`);

export const STAKEHOLDER_GROUP_CREATE = graphql(`
  mutation StakeholderGroupCreate($input: StakeholderGroupCreateInput!) { stakeholderGroupCreate(input: $input) { changeNumber group { ...StakeholderGroupFields } } }
`);

export const STAKEHOLDER_GROUP_UPDATE = graphql(`
  mutation StakeholderGroupUpdate($input: StakeholderGroupUpdateInput!) { stakeholderGroupUpdate(input: $input) { changeNumber group { ...StakeholderGroupFields } } }
`);

export const STAKEHOLDER_GROUP_DELETE = graphql(`
  mutation StakeholderGroupDelete($id: UUID!, $version: Int!) { stakeholderGroupDelete(id: $id, version: $version) { changeNumber group { id } } }
`);

export const ON_STAKEHOLDER_CHANGED = graphql(`
  subscription OnStakeholderChanged($projectId: UUID!) { stakeholderChanged(projectId: $projectId) { action stakeholderId groupId changeNumber actorId } }
`);

export const COMMUNICATION_ITEM_FIELDS = graphql(`
  fragment CommunicationItemFields on CommunicationItem {
    id kind title channel ownerId audienceStakeholderIds audienceGroupIds notes version nextDue overdue lastHeld
    cadence { kind date weekday everyWeeks monthDay startsOn }
    occurrences { id heldOn dueOn notes heldById }
  }
`);

export const COMMUNICATION_PLAN = graphql(`
  query CommunicationPlan($id: UUID!) {
    project(id: $id) {
      communicationItems(first: 500) { nodes { ...CommunicationItemFields } }
      stakeholders(first: 500) { nodes { id name } }
      stakeholderGroups { id name }
    }
  }
`);

export const COMMUNICATION_ITEM_CREATE = graphql(`
  mutation CommunicationItemCreate($input: CommunicationItemCreateInput!) { communicationItemCreate(input: $input) { changeNumber item { ...CommunicationItemFields } } }
`);

export const COMMUNICATION_ITEM_UPDATE = graphql(`
  mutation CommunicationItemUpdate($input: CommunicationItemUpdateInput!) { communicationItemUpdate(input: $input) { changeNumber item { ...CommunicationItemFields } } }
`);

export const COMMUNICATION_ITEM_HOLD = graphql(`
  mutation CommunicationItemHold($input: CommunicationItemHoldInput!) { communicationItemHold(input: $input) { changeNumber item { ...CommunicationItemFields } } }
`);

export const COMMUNICATION_ITEM_DELETE = graphql(`
  mutation CommunicationItemDelete($id: UUID!, $version: Int!) { communicationItemDelete(id: $id, version: $version) { changeNumber item { id } } }
`);

export const ON_COMMUNICATION_CHANGED = graphql(`
  subscription OnCommunicationChanged($projectId: UUID!) { communicationChanged(projectId: $projectId) { action itemId changeNumber actorId } }
`);

export const RACI_MATRIX = graphql(`
  query RaciMatrix($id: UUID!) {
    project(id: $id) {
      raci {
        parties { id kind name }
        rows { taskId key wbsCode name depth parentId assigneeId flags cells { partyId letter implied } }
      }
    }
  }
`);

export const RACI_CELL_SET = graphql(`
  mutation RaciCellSet($input: RaciCellSetInput!) { raciCellSet(input: $input) { changeNumber change { taskId partyId letter implied flags } } }
`);

export const ON_RACI_CHANGED = graphql(`
  subscription OnRaciChanged($projectId: UUID!) { raciChanged(projectId: $projectId) { taskId partyId letter implied flags changeNumber actorId } }
`);

/** The charter's stakeholder section: the register's key people (manage closely), most influential first. */
export const CHARTER_KEY_STAKEHOLDERS = graphql(`
  query CharterKeyStakeholders($id: UUID!) {
    project(id: $id) {
      stakeholders(first: 6, filter: { strategies: [MANAGE_CLOSELY] }, orderBy: { field: INFLUENCE, descending: true }) {
        totalCount nodes { id name role organisation }
      }
    }
  }
`);

/** The variance table: today's schedule and costs against one baseline, per task and per WBS branch. */
export const PROJECT_VARIANCE = graphql(`
  query ProjectVariance($id: UUID!, $baselineId: UUID!) {
    project(id: $id) {
      variance(baselineId: $baselineId) {
        baselineId
        project { startDays finishDays durationDays cost }
        branches { taskId startDays finishDays durationDays cost }
        tasks { taskId startDays finishDays durationDays cost }
      }
    }
  }
`);

// ---- Risk register and issue log ----

export const RISK_FIELDS = graphql(`
  fragment RiskFields on Risk {
    id key version title description cause effect category kind
    probability impactSchedule impactCost impactScope impactQuality impact score
    costImpact scheduleImpactDays expectedValue strategy responsePlan trigger reviewDate status
    residualProbability residualImpact residualScore reviewOverdue archivedAt updatedAt
    owner { id name }
    linkedTasks { id key name }
    issues { id key title status }
  }
`);

export const ISSUE_FIELDS = graphql(`
  fragment IssueFields on Issue {
    id key version title description type severity priority status dueDate raisedAt ageDays overdue
    escalationLevel resolution archivedAt updatedAt
    owner { id name }
    raisedBy { id name }
    escalatedTo { id name }
    linkedTasks { id key name }
    linkedRisks { id key title }
    originRisk { id key title }
    changeRequests { id key title status }
  }
`);

/** The risk page: every live risk, the weekly exposure from history and the reserve beside the budget. */
export const RISK_REGISTER = graphql(`
  query RiskRegister($key: String!, $weeks: Int!) {
    project(key: $key) {
      id
      risks(first: 200) { totalCount pageInfo { hasNextPage endCursor } nodes { ...RiskFields } }
      riskExposure(weeks: $weeks) { weekEnding threatScore threatValue opportunityScore opportunityValue openCount }
      riskReserve { currency budget contingency opportunities openThreats openOpportunities }
    }
  }
`);

/** The next page of the risk register (pages of 200, in the register's order). */
export const RISK_PAGE = graphql(`
  query RiskPage($key: String!, $after: String!) {
    project(key: $key) { id risks(first: 200, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ...RiskFields } } }
  }
`);

export const RISK_EXPOSURE = graphql(`
  query RiskExposure($key: String!, $weeks: Int!) {
    project(key: $key) {
      id
      riskExposure(weeks: $weeks) { weekEnding threatScore threatValue opportunityScore opportunityValue openCount }
      riskReserve { currency budget contingency opportunities openThreats openOpportunities }
    }
  }
`);

export const RISK_CREATE = graphql(`
  mutation RiskCreate($input: RiskCreateInput!) { riskCreate(input: $input) { changeNumber risk { ...RiskFields } } }
`);

export const RISK_UPDATE = graphql(`
  mutation RiskUpdate($input: RiskUpdateInput!) { riskUpdate(input: $input) { changeNumber risk { ...RiskFields } } }
`);

export const RISK_DELETE = graphql(`
  mutation RiskDelete($id: UUID!, $version: Int) { riskDelete(id: $id, version: $version) { changeNumber risk { ...RiskFields } } }
`);

export const RISK_OCCUR = graphql(`
  mutation RiskOccur($input: RiskOccurInput!) { riskOccur(input: $input) { changeNumber risk { ...RiskFields } issue { ...IssueFields } } }
`);

export const RISK_MITIGATION_TASK_CREATE = graphql(`
  mutation RiskMitigationTaskCreate($input: RiskMitigationTaskInput!) {
    riskMitigationTaskCreate(input: $input) { changeNumber risk { ...RiskFields } task { id key name } }
  }
`);

export const ON_RISK_CHANGED = graphql(`
  subscription OnRiskChanged($projectId: UUID!) { riskChanged(projectId: $projectId) { action changeNumber actorId risk { ...RiskFields } } }
`);

/** The issue page: every live issue. */
export const ISSUE_LOG = graphql(`
  query IssueLog($key: String!, $after: String) {
    project(key: $key) { id issues(first: 200, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ...IssueFields } } }
  }
`);

export const ISSUE_CREATE = graphql(`
  mutation IssueCreate($input: IssueCreateInput!) { issueCreate(input: $input) { changeNumber issue { ...IssueFields } } }
`);

export const ISSUE_UPDATE = graphql(`
  mutation IssueUpdate($input: IssueUpdateInput!) { issueUpdate(input: $input) { changeNumber issue { ...IssueFields } } }
`);

export const ISSUE_DELETE = graphql(`
  mutation IssueDelete($id: UUID!, $version: Int) { issueDelete(id: $id, version: $version) { changeNumber issue { ...IssueFields } } }
`);

/** Links an issue and a change request of the same project (both sides come back). */
export const CHANGE_REQUEST_ISSUE_LINK = graphql(`
  mutation ChangeRequestIssueLink($input: ChangeRequestIssueInput!) {
    changeRequestIssueLink(input: $input) { changeNumber changeRequest { ...ChangeRequestFields } issue { ...IssueFields } }
  }
`);

export const CHANGE_REQUEST_ISSUE_UNLINK = graphql(`
  mutation ChangeRequestIssueUnlink($input: ChangeRequestIssueInput!) {
    changeRequestIssueUnlink(input: $input) { changeNumber changeRequest { ...ChangeRequestFields } issue { ...IssueFields } }
  }
`);

/** What an issue can be linked to, and what a change request can address: keys and titles only. */
export const LINKABLE_CHANGE_REQUESTS = graphql(`
  query LinkableChangeRequests($key: String!) {
    project(key: $key) { id changeRequests(first: 500, sort: NUMBER_DESC) { nodes { id key title status } } }
  }
`);

export const LINKABLE_ISSUES = graphql(`
  query LinkableIssues($key: String!) {
    project(key: $key) { id issues(first: 500) { nodes { id key title status } } }
  }
`);

export const ON_ISSUE_CHANGED = graphql(`
  subscription OnIssueChanged($projectId: UUID!) { issueChanged(projectId: $projectId) { action changeNumber actorId issue { ...IssueFields } } }
`);

/** Open blockers with the tasks they block, for the blocked-task markers. */
export const OPEN_BLOCKERS = graphql(`
  query OpenBlockers($key: String!) {
    project(key: $key) { id issues(first: 500, filter: { open: true, types: [BLOCKER] }) { nodes { id key title linkedTasks { id } } } }
  }
`);

export const ON_BLOCKER_CHANGED = graphql(`
  subscription OnBlockerChanged($projectId: UUID!) { issueChanged(projectId: $projectId) { action issue { id } } }
`);

/** What a wall screen shows of the registers (its board token's choice). */
export const WALL_REGISTERS = graphql(`
  query WallRegisters {
    wallRegisters {
      showTopRisks showBlockingIssues
      topRisks { id key title score kind owner { name } }
      blockingIssues { id key title severity linkedTasks { id key name } }
    }
  }
`);

export const BOARD_TOKEN_WALL_SET = graphql(`
  mutation BoardTokenWallSet($id: UUID!, $showTopRisks: Boolean!, $showBlockingIssues: Boolean!) {
    boardTokenWallSet(id: $id, showTopRisks: $showTopRisks, showBlockingIssues: $showBlockingIssues) {
      changeNumber boardToken { id showTopRisks showBlockingIssues }
    }
  }
`);

/** The project's daily snapshots (burndown, burnup and trends), oldest first. */
export const PROJECT_SNAPSHOTS = graphql(`
  query ProjectSnapshots($id: UUID!, $from: LocalDate) {
    project(id: $id) {
      id
      snapshots(from: $from) { day percentComplete remainingDays completedDays totalDays spi cpi openRiskExposure }
    }
  }
`);

// ---- status reports ----

export const REPORT_FIGURES = graphql(`
  fragment ReportFiguresFields on ReportFigures {
    computedAt currency overall
    health { area colour computed reasons overrideReason }
    accomplishments { key name start finish }
    planned { key name start finish }
    milestones { key name baselineFinish forecastFinish actualFinish slipDays }
    earnedValue { statusDate pv ev ac sv cv spi cpi bac }
    trend { number periodEnd spi cpi }
    curve { date pv ev ac }
    burndown { date remaining }
    risks { key title score status }
    issues { key title severity blocking overdue dueDate }
    changes { key title status decidedOn budgetDelta }
  }
`);

export const STATUS_REPORTS = graphql(`
  query StatusReports($key: String!) {
    project(key: $key) {
      id key name viewerRole
      statusReports { id number title periodStart periodEnd status publishedAt publishedHealth publishedBy { id name } }
    }
  }
`);

export const STATUS_REPORT = graphql(`
  query StatusReport($key: String!, $number: Int!) {
    project(key: $key) {
      id key name viewerRole
      statusReportByNumber(number: $number) {
        id number title periodStart periodEnd status version publishedAt narrative narrativeDocument
        publishedBy { id name }
        figures { ...ReportFiguresFields }
      }
    }
  }
`);

export const STATUS_REPORT_CREATE = graphql(`
  mutation StatusReportCreate($input: StatusReportCreateInput!) {
    statusReportCreate(input: $input) { changeNumber report { id number } }
  }
`);

export const STATUS_REPORT_UPDATE = graphql(`
  mutation StatusReportUpdate($input: StatusReportUpdateInput!) {
    statusReportUpdate(input: $input) {
      changeNumber
      report { id number title periodStart periodEnd status version figures { ...ReportFiguresFields } }
    }
  }
`);

export const STATUS_REPORT_PUBLISH = graphql(`
  mutation StatusReportPublish($id: UUID!, $version: Int) {
    statusReportPublish(id: $id, version: $version) { changeNumber report { id status version publishedAt } }
  }
`);

export const STATUS_REPORT_DELETE = graphql(`
  mutation StatusReportDelete($id: UUID!) {
    statusReportDelete(id: $id) { changeNumber report { id } }
  }
`);

export const REPORT_LINKS = graphql(`
  query ReportLinks($key: String!) {
    project(key: $key) { id reportLinks { id name prefix createdAt lastUsedAt } }
  }
`);

export const REPORT_LINK_CREATE = graphql(`
  mutation ReportLinkCreate($projectId: UUID!, $name: String!) {
    reportLinkCreate(projectId: $projectId, name: $name) { token link { id name prefix createdAt lastUsedAt } }
  }
`);

export const REPORT_LINK_REVOKE = graphql(`
  mutation ReportLinkRevoke($id: UUID!) {
    reportLinkRevoke(id: $id) { link { id } }
  }
`);

/** What a stakeholder link opens, without signing in. */
export const STAKEHOLDER_REPORTS = graphql(`
  query StakeholderReports($token: String!) {
    stakeholderReports(token: $token) {
      projectName projectKey
      latest { id number title periodStart periodEnd publishedAt narrative publishedBy { name } figures { ...ReportFiguresFields } }
      reports { id number title periodEnd publishedAt publishedHealth }
    }
  }
`);

export const STAKEHOLDER_REPORT = graphql(`
  query StakeholderReport($token: String!, $number: Int!) {
    stakeholderReport(token: $token, number: $number) {
      id number title periodStart periodEnd publishedAt narrative publishedBy { name } figures { ...ReportFiguresFields }
    }
  }
`);

export const HEALTH_RULES = graphql(`
  query HealthRules($key: String!) {
    project(key: $key) {
      id
      healthRules { spiAmber spiRed cpiAmber cpiRed milestoneSlipAmberDays milestoneSlipRedDays scopeAmberPercent scopeRedPercent scopePendingAmberDays riskAmberScore riskRedScore }
    }
  }
`);

export const HEALTH_RULES_SET = graphql(`
  mutation HealthRulesSet($projectId: UUID!, $input: HealthRulesInput!) {
    healthRulesSet(projectId: $projectId, input: $input) {
      changeNumber
      rules { spiAmber spiRed cpiAmber cpiRed milestoneSlipAmberDays milestoneSlipRedDays scopeAmberPercent scopeRedPercent scopePendingAmberDays riskAmberScore riskRedScore }
    }
  }
`);

export const WALL_VIEW = graphql(`
  query WallView {
    wallView {
      layout projectKey projectName statusDate spi cpi hasBaseline
      milestones { id key name baselineFinish forecastFinish slipDays }
      criticalNext { id key name start finish percentComplete }
      topRisks { id key title score }
      openIssues { id key title severity blocking overdue dueDate }
      issuesBySeverity { severity count }
    }
  }
`);

export const BOARD_TOKEN_LAYOUT_SET = graphql(`
  mutation BoardTokenLayoutSet($id: UUID!, $layout: WallLayout!) {
    boardTokenLayoutSet(id: $id, layout: $layout) { changeNumber boardToken { id layout } }
  }
`);

export const PORTFOLIO = graphql(`
  query Portfolio($filter: PortfolioFilter, $sort: PortfolioSort, $descending: Boolean) {
    portfolio(filter: $filter, sort: $sort, descending: $descending) {
      total
      managers { id name }
      projects {
        id key name status methodology currency statusDate percentComplete hasBaseline spi cpi
        baselineFinish forecastFinish finishVarianceDays budget ac budgetBurnPercent openIssues openBlockingIssues
        managers { id name }
        topRisk { id key title score }
        nextMilestone { id key name baselineFinish forecastFinish }
        health { overall areas { area colour reasons } }
      }
    }
  }
`);

export const OUTBOX = graphql(`
  query Outbox($key: String!, $status: OutboxStatus, $after: String) {
    project(key: $key) {
      id key name viewerRole
      mailDelivery { configured from }
      outbox(first: 50, after: $after, status: $status) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes {
          id kind subject text status attempts lastError nextAttemptAt createdAt sentAt
          recipients { id email name status error sentAt }
        }
      }
    }
  }
`);

export const OUTBOX_RETRY = graphql(`
  mutation OutboxRetry($id: UUID!) { outboxRetry(id: $id) { changeNumber message { id status nextAttemptAt lastError } } }
`);

export const UNSUBSCRIPTION = graphql(`
  query Unsubscription($token: String!) { unsubscription(token: $token) { stakeholderName projectName optedOut } }
`);

export const UNSUBSCRIBE = graphql(`
  mutation Unsubscribe($token: String!) { unsubscribe(token: $token) { stakeholderName projectName optedOut } }
`);

export const RESUBSCRIBE = graphql(`
  mutation Resubscribe($token: String!) { resubscribe(token: $token) { stakeholderName projectName optedOut } }
`);

export const CALENDAR_FEEDS = graphql(`
  query CalendarFeeds($key: String!) { project(key: $key) { id calendarFeeds { id name prefix createdAt lastUsedAt } } }
`);

export const CALENDAR_FEED_CREATE = graphql(`
  mutation CalendarFeedCreate($projectId: UUID!, $name: String!) {
    calendarFeedCreate(projectId: $projectId, name: $name) { token path feed { id name prefix createdAt lastUsedAt } }
  }
`);

export const CALENDAR_FEED_REVOKE = graphql(`
  mutation CalendarFeedRevoke($id: UUID!) { calendarFeedRevoke(id: $id) { feed { id } } }
`);

export const ON_OUTBOX_CHANGED = graphql(`
  subscription OnOutboxChanged($projectId: UUID!) { outboxChanged(projectId: $projectId) { action messageId } }
`);
