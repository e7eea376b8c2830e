/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment TaskFields on Task {\n    id key wbsCode name kind parentId position durationDays start finish late\n    percentComplete rollupState version childCount archivedAt\n    status { id name category color }\n    assignee { id name }\n  }\n": typeof types.TaskFieldsFragmentDoc,
    "\n  fragment BoardFields on Board {\n    projectId projectKey projectName generatedAt percentComplete taskCount\n    categories { category count }\n    columns {\n      statusId name category color count\n      cards { id key name wbsCode kind percentComplete start finish late version statusId assignee { id name } }\n    }\n    milestones { id key name date finish completed late }\n    lateTasks { id key name wbsCode kind percentComplete start finish late version statusId assignee { id name } }\n    recentActivity { id at actorName summary burstKey parts { ...ActivityPartFields } burstParts { ...ActivityPartFields } }\n  }\n": typeof types.BoardFieldsFragmentDoc,
    "\n  fragment ProjectFields on Project {\n    id key name description methodology status startDate targetFinish archivedAt viewerRole version currency budget\n    members { role user { id name email } }\n    statuses { id name category color position }\n  }\n": typeof types.ProjectFieldsFragmentDoc,
    "\n  fragment ActivityPartFields on ActivityPart {\n    kind text date amount currency\n  }\n": typeof types.ActivityPartFieldsFragmentDoc,
    "\n  fragment ActivityFields on Activity {\n    id createdAt summary action taskId actor { id name }\n    burstKey parts { ...ActivityPartFields } burstParts { ...ActivityPartFields }\n  }\n": typeof types.ActivityFieldsFragmentDoc,
    "\n  query Viewer { viewer { id name email } }\n": typeof types.ViewerDocument,
    "\n  mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id name email } } }\n": typeof types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) { signUp(input: $input) { user { id name email } } }\n": typeof types.SignUpDocument,
    "\n  mutation SignOut { signOut }\n": typeof types.SignOutDocument,
    "\n  query Projects($first: Int, $after: String, $includeArchived: Boolean) {\n    projects(first: $first, after: $after, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id key name description methodology status startDate targetFinish archivedAt viewerRole\n        board { percentComplete taskCount }\n      }\n    }\n  }\n": typeof types.ProjectsDocument,
    "\n  mutation ProjectCreate($input: ProjectCreateInput!) {\n    projectCreate(input: $input) { project { id key name } }\n  }\n": typeof types.ProjectCreateDocument,
    "\n  query ProjectTasks($id: UUID!, $first: Int!, $after: String) {\n    project(id: $id) { tasks(first: $first, after: $after) { pageInfo { endCursor hasNextPage } nodes { ...TaskFields } } }\n  }\n": typeof types.ProjectTasksDocument,
    "\n  fragment InvitationFields on Invitation { id email name role createdAt expiresAt }\n": typeof types.InvitationFieldsFragmentDoc,
    "\n  query ProjectSettings($key: String!, $withTokens: Boolean!) {\n    project(key: $key) {\n      ...ProjectFields\n      boardTokens @include(if: $withTokens) { id name prefix createdAt lastUsedAt revokedAt showTopRisks showBlockingIssues layout }\n      invitations @include(if: $withTokens) { ...InvitationFields }\n    }\n  }\n": typeof types.ProjectSettingsDocument,
    "\n  fragment StatusFields on TaskStatus { id name category color position }\n": typeof types.StatusFieldsFragmentDoc,
    "\n  query ProjectStatuses($id: UUID!) { project(id: $id) { statuses { ...StatusFields } } }\n": typeof types.ProjectStatusesDocument,
    "\n  mutation StatusCreate($input: StatusCreateInput!) { statusCreate(input: $input) { status { ...StatusFields } } }\n": typeof types.StatusCreateDocument,
    "\n  mutation StatusUpdate($input: StatusUpdateInput!) { statusUpdate(input: $input) { status { ...StatusFields } } }\n": typeof types.StatusUpdateDocument,
    "\n  mutation StatusDelete($id: UUID!, $moveToId: UUID) { statusDelete(id: $id, moveToId: $moveToId) { status { id } } }\n": typeof types.StatusDeleteDocument,
    "\n  query StatusUsage($projectId: UUID!, $statusId: UUID!) {\n    project(id: $projectId) { tasks(first: 1, includeArchived: true, filter: { statusIds: [$statusId] }) { totalCount } }\n  }\n": typeof types.StatusUsageDocument,
    "\n  fragment CharterFields on Charter {\n    projectId purpose objectives successCriteria inScope outOfScope assumptions constraints keyStakeholders sponsor\n    approvalState approvedAt updatedAt version\n    approver { id name } approvedBy { id name } submittedBy { id name } submittedAt\n    decisions { id decision comment createdAt actor { id name } }\n  }\n": typeof types.CharterFieldsFragmentDoc,
    "\n  query ProjectCharter($key: String!) {\n    project(key: $key) { id key name viewerRole archivedAt charter { ...CharterFields } }\n  }\n": typeof types.ProjectCharterDocument,
    "\n  mutation CharterUpdate($input: CharterUpdateInput!) { charterUpdate(input: $input) { charter { ...CharterFields } } }\n": typeof types.CharterUpdateDocument,
    "\n  mutation CharterApprovalSet($projectId: UUID!, $state: CharterApproval!, $comment: String) {\n    charterApprovalSet(projectId: $projectId, state: $state, comment: $comment) { charter { ...CharterFields } }\n  }\n": typeof types.CharterApprovalSetDocument,
    "\n  query ProjectSponsor($key: String!) { project(key: $key) { id charter { approver { id name } } } }\n": typeof types.ProjectSponsorDocument,
    "\n  mutation CharterApproverSet($projectId: UUID!, $userId: UUID) {\n    charterApproverSet(projectId: $projectId, userId: $userId) { charter { ...CharterFields } }\n  }\n": typeof types.CharterApproverSetDocument,
    "\n  mutation ProjectUpdate($input: ProjectUpdateInput!) { projectUpdate(input: $input) { project { ...ProjectFields } } }\n": typeof types.ProjectUpdateDocument,
    "\n  mutation ProjectArchive($id: UUID!) { projectArchive(id: $id) { project { ...ProjectFields } } }\n": typeof types.ProjectArchiveDocument,
    "\n  mutation ProjectUnarchive($id: UUID!) { projectUnarchive(id: $id) { project { ...ProjectFields } } }\n": typeof types.ProjectUnarchiveDocument,
    "\n  mutation TaskCreate($input: TaskCreateInput!) { taskCreate(input: $input) { changeNumber task { ...TaskFields } } }\n": typeof types.TaskCreateDocument,
    "\n  mutation TaskUpdate($input: TaskUpdateInput!) { taskUpdate(input: $input) { changeNumber task { ...TaskFields } } }\n": typeof types.TaskUpdateDocument,
    "\n  mutation TaskMove($input: TaskMoveInput!) { taskMove(input: $input) { changeNumber task { ...TaskFields } } }\n": typeof types.TaskMoveDocument,
    "\n  mutation TaskDelete($id: UUID!) { taskDelete(id: $id) { changeNumber task { id } } }\n": typeof types.TaskDeleteDocument,
    "\n  mutation MemberInvite($input: MemberInviteInput!) { memberInvite(input: $input) { token invitation { ...InvitationFields } } }\n": typeof types.MemberInviteDocument,
    "\n  query ProjectInvitations($id: UUID!) { project(id: $id) { id invitations { ...InvitationFields } } }\n": typeof types.ProjectInvitationsDocument,
    "\n  mutation InvitationRevoke($id: UUID!) { invitationRevoke(id: $id) { invitation { id } } }\n": typeof types.InvitationRevokeDocument,
    "\n  query Invitation($token: String!) { invitation(token: $token) { projectName projectKey role invitedByName expiresAt state viewerIsMember } }\n": typeof types.InvitationDocument,
    "\n  mutation InvitationAccept($token: String!) { invitationAccept(token: $token) { project { key } } }\n": typeof types.InvitationAcceptDocument,
    "\n  mutation MemberUpdate($input: MemberUpdateInput!) { memberUpdate(input: $input) { member { role user { id name email } } } }\n": typeof types.MemberUpdateDocument,
    "\n  mutation MemberRemove($projectId: UUID!, $userId: UUID!) { memberRemove(projectId: $projectId, userId: $userId) }\n": typeof types.MemberRemoveDocument,
    "\n  mutation BoardTokenCreate($projectId: UUID!, $name: String!) {\n    boardTokenCreate(projectId: $projectId, name: $name) { token boardToken { id name prefix createdAt lastUsedAt revokedAt showTopRisks showBlockingIssues layout } }\n  }\n": typeof types.BoardTokenCreateDocument,
    "\n  mutation BoardTokenRevoke($id: UUID!) { boardTokenRevoke(id: $id) { boardToken { id revokedAt } } }\n": typeof types.BoardTokenRevokeDocument,
    "\n  query AccessTokens { accessTokens { id name prefix scope expiresAt createdAt lastUsedAt revokedAt } }\n": typeof types.AccessTokensDocument,
    "\n  mutation AccessTokenCreate($input: AccessTokenCreateInput!) {\n    accessTokenCreate(input: $input) { token accessToken { id name prefix scope expiresAt createdAt lastUsedAt revokedAt } }\n  }\n": typeof types.AccessTokenCreateDocument,
    "\n  mutation AccessTokenRevoke($id: UUID!) { accessTokenRevoke(id: $id) { accessToken { id revokedAt } } }\n": typeof types.AccessTokenRevokeDocument,
    "\n  query WallBoard { wallBoard { ...BoardFields } }\n": typeof types.WallBoardDocument,
    "\n  subscription OnOutlineChanged($projectId: UUID!) { outlineChanged(projectId: $projectId) { projectId nodes { id parentId position wbsCode } } }\n": typeof types.OnOutlineChangedDocument,
    "\n  subscription OnTaskUpdated($projectId: UUID!) { taskUpdated(projectId: $projectId) { action changeNumber actorId task { ...TaskFields } } }\n": typeof types.OnTaskUpdatedDocument,
    "\n  subscription OnBoardUpdated($projectId: UUID!) { boardUpdated(projectId: $projectId) { ...BoardFields } }\n": typeof types.OnBoardUpdatedDocument,
    "\n  subscription OnProjectCharter($projectId: UUID!) {\n    projectUpdated(projectId: $projectId) { id key name viewerRole archivedAt charter { ...CharterFields } }\n  }\n": typeof types.OnProjectCharterDocument,
    "\n  subscription OnActivityAdded($projectId: UUID!) { activityAdded(projectId: $projectId) { ...ActivityFields } }\n": typeof types.OnActivityAddedDocument,
    "\n  query TaskDetail($id: UUID!) {\n    task(id: $id) {\n      ...TaskFields\n      description estimateHours storyPoints\n      constraintType constraintDate deadline actualStart actualFinish calendarId\n      scheduled { start finish totalFloatDays freeFloatDays critical levelingDelayDays }\n      project { id calendars { id name } schedule { warnings { taskId code message } } }\n      predecessors { id type lagDays predecessor { id key name } }\n      successors { id type lagDays successor { id key name } }\n      activity(first: 25) { nodes { ...ActivityFields } }\n    }\n  }\n": typeof types.TaskDetailDocument,
    "\n  mutation DependencyCreate($input: DependencyCreateInput!) { dependencyCreate(input: $input) { dependency { id } } }\n": typeof types.DependencyCreateDocument,
    "\n  mutation DependencyDelete($id: UUID!) { dependencyDelete(id: $id) { dependency { id } } }\n": typeof types.DependencyDeleteDocument,
    "\n  mutation CollabTicket($document: String!) {\n    collabTicket(document: $document) { token url document canWrite expiresAt }\n  }\n": typeof types.CollabTicketDocument,
    "\n  fragment PlanProjectFields on Project { id key name currency budget viewerRole archivedAt }\n": typeof types.PlanProjectFieldsFragmentDoc,
    "\n  fragment PlanTaskFields on Task { id key wbsCode name kind parentId durationDays percentComplete version }\n": typeof types.PlanTaskFieldsFragmentDoc,
    "\n  fragment ScheduledTaskFields on ScheduledTask {\n    taskId start finish earlyStart earlyFinish lateStart lateFinish durationDays totalFloatDays freeFloatDays critical levelingDelayDays late\n  }\n": typeof types.ScheduledTaskFieldsFragmentDoc,
    "\n  fragment ScheduleFields on Schedule {\n    start finish statusDate calendarId criticalPath\n    tasks { ...ScheduledTaskFields }\n    warnings { taskId code message }\n  }\n": typeof types.ScheduleFieldsFragmentDoc,
    "\n  query PlanLinksPage($id: UUID!, $first: Int!, $after: String) {\n    project(id: $id) {\n      dependencies(first: $first, after: $after) { pageInfo { endCursor hasNextPage } nodes { id type lagDays predecessorId successorId } }\n    }\n  }\n": typeof types.PlanLinksPageDocument,
    "\n  query PlanSchedule($id: UUID!) { project(id: $id) { schedule { ...ScheduleFields } } }\n": typeof types.PlanScheduleDocument,
    "\n  query BaselineTasks($id: UUID!) {\n    project(id: $id) { baselines { id name createdAt tasks { taskId start finish durationDays workHours cost } } }\n  }\n": typeof types.BaselineTasksDocument,
    "\n  mutation TaskScheduleUpdate($input: TaskScheduleUpdateInput!) { taskScheduleUpdate(input: $input) { task { ...PlanTaskFields } } }\n": typeof types.TaskScheduleUpdateDocument,
    "\n  mutation PlanTaskUpdate($input: TaskUpdateInput!) { taskUpdate(input: $input) { task { ...PlanTaskFields } } }\n": typeof types.PlanTaskUpdateDocument,
    "\n  mutation PlanLinkCreate($input: DependencyCreateInput!) {\n    dependencyCreate(input: $input) { dependency { id type lagDays predecessorId successorId } }\n  }\n": typeof types.PlanLinkCreateDocument,
    "\n  mutation PlanLinkUpdate($input: DependencyUpdateInput!) {\n    dependencyUpdate(input: $input) { dependency { id type lagDays predecessorId successorId } }\n  }\n": typeof types.PlanLinkUpdateDocument,
    "\n  subscription OnScheduleUpdated($projectId: UUID!) {\n    scheduleUpdated(projectId: $projectId) { projectId start finish removedTaskIds criticalPath changeNumbers actorIds tasks { ...ScheduledTaskFields } }\n  }\n": typeof types.OnScheduleUpdatedDocument,
    "\n  subscription OnPlanChanged($projectId: UUID!) {\n    planChanged(projectId: $projectId) { projectId part }\n  }\n": typeof types.OnPlanChangedDocument,
    "\n  query PlanBaselines($id: UUID!) {\n    project(id: $id) { baselines { id name createdAt } }\n  }\n": typeof types.PlanBaselinesDocument,
    "\n  fragment ResourceFields on Resource {\n    id name type maxUnits standardRate overtimeRate costPerUse version userId user { id name }\n    rates { id effectiveFrom standardRate overtimeRate costPerUse }\n  }\n": typeof types.ResourceFieldsFragmentDoc,
    "\n  query ResourceUsage($id: UUID!, $period: UsagePeriod!) {\n    project(id: $id) {\n      resources { ...ResourceFields }\n      assignments { id taskId resourceId units }\n      resourceUsage(period: $period) { resourceId periods { start workHours capacityHours overallocated cost } }\n      schedule { finish tasks { taskId start finish levelingDelayDays } }\n    }\n  }\n": typeof types.ResourceUsageDocument,
    "\n  query LevelingPreview($id: UUID!) {\n    project(id: $id) { levelingPreview { finishBefore finishAfter overallocationsRemaining delays { taskId levelingDelayDays } } }\n  }\n": typeof types.LevelingPreviewDocument,
    "\n  mutation LevelingApply($projectId: UUID!) { levelingApply(projectId: $projectId) { leveling { overallocationsRemaining } } }\n": typeof types.LevelingApplyDocument,
    "\n  mutation LevelingClear($projectId: UUID!) { levelingClear(projectId: $projectId) { leveling { overallocationsRemaining } } }\n": typeof types.LevelingClearDocument,
    "\n  mutation ResourceCreate($input: ResourceCreateInput!) { resourceCreate(input: $input) { resource { ...ResourceFields } } }\n": typeof types.ResourceCreateDocument,
    "\n  mutation ResourceForMember($input: ResourceForMemberInput!) { resourceForMember(input: $input) { resource { ...ResourceFields } } }\n": typeof types.ResourceForMemberDocument,
    "\n  mutation ResourceUpdate($input: ResourceUpdateInput!) { resourceUpdate(input: $input) { resource { ...ResourceFields } } }\n": typeof types.ResourceUpdateDocument,
    "\n  mutation ResourceDelete($id: UUID!) { resourceDelete(id: $id) { resource { id } } }\n": typeof types.ResourceDeleteDocument,
    "\n  mutation AssignmentCreate($input: AssignmentCreateInput!) { assignmentCreate(input: $input) { assignment { id taskId resourceId units } } }\n": typeof types.AssignmentCreateDocument,
    "\n  mutation AssignmentDelete($id: UUID!) { assignmentDelete(id: $id) { assignment { id } } }\n": typeof types.AssignmentDeleteDocument,
    "\n  fragment EvRowFields on EvRow { taskId pv ev ac sv cv spi cpi eacCpi eacCpiSpi etc vac tcpi bac }\n": typeof types.EvRowFieldsFragmentDoc,
    "\n  query EarnedValue($id: UUID!, $statusDate: LocalDate!, $baselineId: UUID) {\n    project(id: $id) {\n      earnedValue(statusDate: $statusDate, baselineId: $baselineId) {\n        statusDate\n        project { ...EvRowFields }\n        branches { ...EvRowFields }\n        series { date pv ev ac }\n      }\n      costEntries { id taskId date hours amount note }\n    }\n  }\n": typeof types.EarnedValueDocument,
    "\n  mutation BaselineCreate($projectId: UUID!, $name: String!) { baselineCreate(projectId: $projectId, name: $name) { baseline { id name createdAt } } }\n": typeof types.BaselineCreateDocument,
    "\n  mutation CostEntryCreate($input: CostEntryCreateInput!) { costEntryCreate(input: $input) { costEntry { id taskId date hours amount note } } }\n": typeof types.CostEntryCreateDocument,
    "\n  query PlanLinksAndWarnings($id: UUID!, $first: Int!) {\n    project(id: $id) {\n      dependencies(first: $first) { pageInfo { endCursor hasNextPage } nodes { id type lagDays predecessorId successorId } }\n      schedule { warnings { taskId code message } }\n    }\n  }\n": typeof types.PlanLinksAndWarningsDocument,
    "\n  query PlanExport($id: UUID!, $format: ExportFormat!) {\n    project(id: $id) { export(format: $format) }\n  }\n": typeof types.PlanExportDocument,
    "\n  mutation PlanImport($input: ProjectImportInput!) {\n    projectImport(input: $input) { created links calendars resources assignments baselines costEntries unmapped { element line reason } }\n  }\n": typeof types.PlanImportDocument,
    "\n  fragment WorkCalendarFields on WorkCalendar {\n    id name baseCalendarId hoursPerDay isProjectCalendar version\n    workWeek { day times { from to } }\n    exceptions { id name from to working times { from to } }\n    usage { tasks resources calendars }\n  }\n": typeof types.WorkCalendarFieldsFragmentDoc,
    "\n  query PlanCalendars($id: UUID!) {\n    project(id: $id) {\n      plan { calendarId statusDate timeZone }\n      calendars { ...WorkCalendarFields }\n    }\n  }\n": typeof types.PlanCalendarsDocument,
    "\n  query PlanSpan($id: UUID!) { project(id: $id) { schedule { start finish } } }\n": typeof types.PlanSpanDocument,
    "\n  mutation PlanSettingsUpdate($input: PlanSettingsInput!) { planSettingsUpdate(input: $input) { plan { calendarId statusDate timeZone } } }\n": typeof types.PlanSettingsUpdateDocument,
    "\n  mutation CalendarCreate($input: CalendarCreateInput!) { calendarCreate(input: $input) { calendar { ...WorkCalendarFields } } }\n": typeof types.CalendarCreateDocument,
    "\n  mutation CalendarUpdate($input: CalendarUpdateInput!) { calendarUpdate(input: $input) { calendar { ...WorkCalendarFields } } }\n": typeof types.CalendarUpdateDocument,
    "\n  mutation CalendarDelete($id: UUID!, $version: Int) { calendarDelete(id: $id, version: $version) { calendar { id } } }\n": typeof types.CalendarDeleteDocument,
    "\n  mutation CalendarExceptionAdd($input: CalendarExceptionAddInput!) {\n    calendarExceptionAdd(input: $input) { calendar { ...WorkCalendarFields } exception { id } }\n  }\n": typeof types.CalendarExceptionAddDocument,
    "\n  mutation CalendarExceptionRemove($id: UUID!) { calendarExceptionRemove(id: $id) { calendar { ...WorkCalendarFields } } }\n": typeof types.CalendarExceptionRemoveDocument,
    "\n  subscription OnPlanSpanUpdated($projectId: UUID!) { scheduleUpdated(projectId: $projectId) { projectId start finish } }\n": typeof types.OnPlanSpanUpdatedDocument,
    "\n  query ProjectHead($key: String!, $first: Int!) {\n    project(key: $key) {\n      ...ProjectFields\n      tasks(first: $first) { totalCount pageInfo { endCursor hasNextPage } nodes { ...TaskFields } }\n    }\n  }\n": typeof types.ProjectHeadDocument,
    "\n  query ProjectBoard($id: UUID!) {\n    project(id: $id) {\n      board { ...BoardFields }\n      activity(first: 100) { nodes { ...ActivityFields } }\n    }\n  }\n": typeof types.ProjectBoardDocument,
    "\n  query GanttPlan($key: String!, $first: Int!) {\n    project(key: $key) {\n      id\n      dependencies(first: $first) { totalCount pageInfo { endCursor hasNextPage } nodes { id type lagDays predecessorId successorId } }\n      schedule { ...ScheduleFields }\n      baselines { id name createdAt }\n      calendars { id name workWeek { day times { from to } } exceptions { from to working } }\n    }\n  }\n": typeof types.GanttPlanDocument,
    "\n  query ResourcesPlan($key: String!, $period: UsagePeriod!) {\n    project(key: $key) {\n      id\n      resources { ...ResourceFields }\n      assignments { id taskId resourceId units }\n      resourceUsage(period: $period) { resourceId periods { start workHours capacityHours overallocated cost } }\n      schedule { finish calendarId tasks { taskId start finish levelingDelayDays } }\n      calendars { id name workWeek { day times { from to } } exceptions { from to working } }\n    }\n  }\n": typeof types.ResourcesPlanDocument,
    "\n  query EarnedValuePlan($key: String!) {\n    project(key: $key) { id baselines { id name createdAt } schedule { statusDate } }\n  }\n": typeof types.EarnedValuePlanDocument,
    "\n  subscription OnProjectUpdatedWithCharter($projectId: UUID!) {\n    projectUpdated(projectId: $projectId) { ...ProjectFields charter { ...CharterFields } }\n  }\n": typeof types.OnProjectUpdatedWithCharterDocument,
    "\n  fragment ChangeRequestFields on ChangeRequest {\n    id key number title description reason category status version takeBaseline createdAt updatedAt appliedAt baselineId\n    requestedBy { id name }\n    linkedTaskIds\n    issues { id key title status }\n    changeSet {\n      addTasks { key name parentId durationDays milestone }\n      durations { taskId durationDays }\n      links { predecessorId successorId type lagDays }\n      removeLinks { predecessorId successorId }\n      removeTasks\n      budgetDelta\n      scopeItems\n    }\n    impact {\n      base computedAt finishBefore finishAfter costBefore costAfter budgetBefore budgetAfter\n      milestones { taskId name before after }\n      becameCritical { taskId name }\n      leftCritical { taskId name }\n      overallocations { resourceId name daysBefore daysAfter }\n    }\n    history { id fromStatus toStatus reason at actor { id name } }\n  }\n": typeof types.ChangeRequestFieldsFragmentDoc,
    "\n  query ChangeRequests($key: String!, $after: String) {\n    project(key: $key) {\n      id\n      viewerCanDecideChanges\n      changeBoard { memberIds members { id name } }\n      dependencies(first: 500) { nodes { id predecessorId successorId } }\n      changeRequests(first: 100, after: $after, sort: NUMBER_DESC) { totalCount pageInfo { hasNextPage endCursor } nodes { ...ChangeRequestFields } }\n    }\n  }\n": typeof types.ChangeRequestsDocument,
    "\n  query ChangeRequestPreviewCurrent($id: UUID!) {\n    changeRequest(id: $id) { id version previewCurrent }\n  }\n": typeof types.ChangeRequestPreviewCurrentDocument,
    "\n  mutation ChangeRequestCreate($input: ChangeRequestCreateInput!) {\n    changeRequestCreate(input: $input) { changeNumber changeRequest { ...ChangeRequestFields } }\n  }\n": typeof types.ChangeRequestCreateDocument,
    "\n  mutation ChangeRequestUpdate($input: ChangeRequestUpdateInput!) {\n    changeRequestUpdate(input: $input) { changeNumber changeRequest { ...ChangeRequestFields } }\n  }\n": typeof types.ChangeRequestUpdateDocument,
    "\n  mutation ChangeRequestPreview($id: UUID!) {\n    changeRequestPreview(id: $id) { changeNumber changeRequest { ...ChangeRequestFields } }\n  }\n": typeof types.ChangeRequestPreviewDocument,
    "\n  mutation ChangeRequestSubmit($input: ChangeRequestStepInput!) {\n    changeRequestSubmit(input: $input) { changeNumber changeRequest { ...ChangeRequestFields } }\n  }\n": typeof types.ChangeRequestSubmitDocument,
    "\n  mutation ChangeRequestStartReview($input: ChangeRequestStepInput!) {\n    changeRequestStartReview(input: $input) { changeNumber changeRequest { ...ChangeRequestFields } }\n  }\n": typeof types.ChangeRequestStartReviewDocument,
    "\n  mutation ChangeRequestApprove($input: ChangeRequestStepInput!) {\n    changeRequestApprove(input: $input) { changeNumber changeRequest { ...ChangeRequestFields } }\n  }\n": typeof types.ChangeRequestApproveDocument,
    "\n  mutation ChangeRequestReject($input: ChangeRequestStepInput!) {\n    changeRequestReject(input: $input) { changeNumber changeRequest { ...ChangeRequestFields } }\n  }\n": typeof types.ChangeRequestRejectDocument,
    "\n  mutation ChangeRequestDefer($input: ChangeRequestStepInput!) {\n    changeRequestDefer(input: $input) { changeNumber changeRequest { ...ChangeRequestFields } }\n  }\n": typeof types.ChangeRequestDeferDocument,
    "\n  mutation ChangeRequestDelete($id: UUID!) {\n    changeRequestDelete(id: $id) { changeNumber changeRequest { id } }\n  }\n": typeof types.ChangeRequestDeleteDocument,
    "\n  mutation ChangeBoardSet($projectId: UUID!, $memberIds: [UUID!]!) {\n    changeBoardSet(projectId: $projectId, memberIds: $memberIds) { changeNumber changeBoard { memberIds members { id name } } }\n  }\n": typeof types.ChangeBoardSetDocument,
    "\n  subscription ChangeRequestChanged($projectId: UUID!) {\n    changeRequestChanged(projectId: $projectId) { action id changeNumber actorId changeRequest { ...ChangeRequestFields } }\n  }\n": typeof types.ChangeRequestChangedDocument,
    "\n  fragment DecisionFields on Decision {\n    id key number title rationale alternatives decidedOn decidedByIds decidedByText version createdAt\n    decidedBy { id name }\n    linkedTaskIds linkedChangeRequestIds\n    linkedChangeRequests { id key title }\n  }\n": typeof types.DecisionFieldsFragmentDoc,
    "\n  query Decisions($key: String!, $after: String) {\n    project(key: $key) { id decisions(first: 200, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ...DecisionFields } } }\n  }\n": typeof types.DecisionsDocument,
    "\n  mutation DecisionCreate($input: DecisionCreateInput!) {\n    decisionCreate(input: $input) { changeNumber decision { ...DecisionFields } }\n  }\n": typeof types.DecisionCreateDocument,
    "\n  mutation DecisionUpdate($input: DecisionUpdateInput!) {\n    decisionUpdate(input: $input) { changeNumber decision { ...DecisionFields } }\n  }\n": typeof types.DecisionUpdateDocument,
    "\n  mutation DecisionDelete($id: UUID!, $version: Int) {\n    decisionDelete(id: $id, version: $version) { changeNumber decision { id } }\n  }\n": typeof types.DecisionDeleteDocument,
    "\n  subscription DecisionChanged($projectId: UUID!) {\n    decisionChanged(projectId: $projectId) { action id changeNumber decision { ...DecisionFields } }\n  }\n": typeof types.DecisionChangedDocument,
    "\n  fragment StakeholderFields on Stakeholder {\n    id name organisation role email phone memberId interest influence currentEngagement desiredEngagement\n    communicationNeeds notes version strategy engagementGap emailOptOut optedOutAt\n  }\n": typeof types.StakeholderFieldsFragmentDoc,
    "\n  fragment StakeholderGroupFields on StakeholderGroup { id name stakeholderIds version }\n": typeof types.StakeholderGroupFieldsFragmentDoc,
    "\n  query StakeholderRegister($id: UUID!) {\n    project(id: $id) {\n      stakeholders(first: 500) { totalCount pageInfo { hasNextPage endCursor } nodes { ...StakeholderFields } }\n      stakeholderGroups { ...StakeholderGroupFields }\n    }\n  }\n": typeof types.StakeholderRegisterDocument,
    "\n  query StakeholderRegisterPage($id: UUID!, $after: String!) {\n    project(id: $id) {\n      stakeholders(first: 500, after: $after) { pageInfo { hasNextPage endCursor } nodes { ...StakeholderFields } }\n    }\n  }\n": typeof types.StakeholderRegisterPageDocument,
    "\n  mutation StakeholderCreate($input: StakeholderCreateInput!) { stakeholderCreate(input: $input) { changeNumber stakeholder { ...StakeholderFields } } }\n": typeof types.StakeholderCreateDocument,
    "\n  mutation StakeholderUpdate($input: StakeholderUpdateInput!) { stakeholderUpdate(input: $input) { changeNumber stakeholder { ...StakeholderFields } } }\n": typeof types.StakeholderUpdateDocument,
    "\n  mutation StakeholderDelete($id: UUID!, $version: Int!) { stakeholderDelete(id: $id, version: $version) { changeNumber stakeholder { id } } }\n": typeof types.StakeholderDeleteDocument,
    "\n  mutation StakeholderGroupCreate($input: StakeholderGroupCreateInput!) { stakeholderGroupCreate(input: $input) { changeNumber group { ...StakeholderGroupFields } } }\n": typeof types.StakeholderGroupCreateDocument,
    "\n  mutation StakeholderGroupUpdate($input: StakeholderGroupUpdateInput!) { stakeholderGroupUpdate(input: $input) { changeNumber group { ...StakeholderGroupFields } } }\n": typeof types.StakeholderGroupUpdateDocument,
    "\n  mutation StakeholderGroupDelete($id: UUID!, $version: Int!) { stakeholderGroupDelete(id: $id, version: $version) { changeNumber group { id } } }\n": typeof types.StakeholderGroupDeleteDocument,
    "\n  subscription OnStakeholderChanged($projectId: UUID!) { stakeholderChanged(projectId: $projectId) { action stakeholderId groupId changeNumber actorId } }\n": typeof types.OnStakeholderChangedDocument,
    "\n  fragment CommunicationItemFields on CommunicationItem {\n    id kind title channel ownerId audienceStakeholderIds audienceGroupIds notes version nextDue overdue lastHeld\n    cadence { kind date weekday everyWeeks monthDay startsOn }\n    occurrences { id heldOn dueOn notes heldById }\n  }\n": typeof types.CommunicationItemFieldsFragmentDoc,
    "\n  query CommunicationPlan($id: UUID!) {\n    project(id: $id) {\n      communicationItems(first: 500) { nodes { ...CommunicationItemFields } }\n      stakeholders(first: 500) { nodes { id name } }\n      stakeholderGroups { id name }\n    }\n  }\n": typeof types.CommunicationPlanDocument,
    "\n  mutation CommunicationItemCreate($input: CommunicationItemCreateInput!) { communicationItemCreate(input: $input) { changeNumber item { ...CommunicationItemFields } } }\n": typeof types.CommunicationItemCreateDocument,
    "\n  mutation CommunicationItemUpdate($input: CommunicationItemUpdateInput!) { communicationItemUpdate(input: $input) { changeNumber item { ...CommunicationItemFields } } }\n": typeof types.CommunicationItemUpdateDocument,
    "\n  mutation CommunicationItemHold($input: CommunicationItemHoldInput!) { communicationItemHold(input: $input) { changeNumber item { ...CommunicationItemFields } } }\n": typeof types.CommunicationItemHoldDocument,
    "\n  mutation CommunicationItemDelete($id: UUID!, $version: Int!) { communicationItemDelete(id: $id, version: $version) { changeNumber item { id } } }\n": typeof types.CommunicationItemDeleteDocument,
    "\n  subscription OnCommunicationChanged($projectId: UUID!) { communicationChanged(projectId: $projectId) { action itemId changeNumber actorId } }\n": typeof types.OnCommunicationChangedDocument,
    "\n  query RaciMatrix($id: UUID!) {\n    project(id: $id) {\n      raci {\n        parties { id kind name }\n        rows { taskId key wbsCode name depth parentId assigneeId flags cells { partyId letter implied } }\n      }\n    }\n  }\n": typeof types.RaciMatrixDocument,
    "\n  mutation RaciCellSet($input: RaciCellSetInput!) { raciCellSet(input: $input) { changeNumber change { taskId partyId letter implied flags } } }\n": typeof types.RaciCellSetDocument,
    "\n  subscription OnRaciChanged($projectId: UUID!) { raciChanged(projectId: $projectId) { taskId partyId letter implied flags changeNumber actorId } }\n": typeof types.OnRaciChangedDocument,
    "\n  query CharterKeyStakeholders($id: UUID!) {\n    project(id: $id) {\n      stakeholders(first: 6, filter: { strategies: [MANAGE_CLOSELY] }, orderBy: { field: INFLUENCE, descending: true }) {\n        totalCount nodes { id name role organisation }\n      }\n    }\n  }\n": typeof types.CharterKeyStakeholdersDocument,
    "\n  query ProjectVariance($id: UUID!, $baselineId: UUID!) {\n    project(id: $id) {\n      variance(baselineId: $baselineId) {\n        baselineId\n        project { startDays finishDays durationDays cost }\n        branches { taskId startDays finishDays durationDays cost }\n        tasks { taskId startDays finishDays durationDays cost }\n      }\n    }\n  }\n": typeof types.ProjectVarianceDocument,
    "\n  fragment RiskFields on Risk {\n    id key version title description cause effect category kind\n    probability impactSchedule impactCost impactScope impactQuality impact score\n    costImpact scheduleImpactDays expectedValue strategy responsePlan trigger reviewDate status\n    residualProbability residualImpact residualScore reviewOverdue archivedAt updatedAt\n    owner { id name }\n    linkedTasks { id key name }\n    issues { id key title status }\n  }\n": typeof types.RiskFieldsFragmentDoc,
    "\n  fragment IssueFields on Issue {\n    id key version title description type severity priority status dueDate raisedAt ageDays overdue\n    escalationLevel resolution archivedAt updatedAt\n    owner { id name }\n    raisedBy { id name }\n    escalatedTo { id name }\n    linkedTasks { id key name }\n    linkedRisks { id key title }\n    originRisk { id key title }\n    changeRequests { id key title status }\n  }\n": typeof types.IssueFieldsFragmentDoc,
    "\n  query RiskRegister($key: String!, $weeks: Int!) {\n    project(key: $key) {\n      id\n      risks(first: 200) { totalCount pageInfo { hasNextPage endCursor } nodes { ...RiskFields } }\n      riskExposure(weeks: $weeks) { weekEnding threatScore threatValue opportunityScore opportunityValue openCount }\n      riskReserve { currency budget contingency opportunities openThreats openOpportunities }\n    }\n  }\n": typeof types.RiskRegisterDocument,
    "\n  query RiskPage($key: String!, $after: String!) {\n    project(key: $key) { id risks(first: 200, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ...RiskFields } } }\n  }\n": typeof types.RiskPageDocument,
    "\n  query RiskExposure($key: String!, $weeks: Int!) {\n    project(key: $key) {\n      id\n      riskExposure(weeks: $weeks) { weekEnding threatScore threatValue opportunityScore opportunityValue openCount }\n      riskReserve { currency budget contingency opportunities openThreats openOpportunities }\n    }\n  }\n": typeof types.RiskExposureDocument,
    "\n  mutation RiskCreate($input: RiskCreateInput!) { riskCreate(input: $input) { changeNumber risk { ...RiskFields } } }\n": typeof types.RiskCreateDocument,
    "\n  mutation RiskUpdate($input: RiskUpdateInput!) { riskUpdate(input: $input) { changeNumber risk { ...RiskFields } } }\n": typeof types.RiskUpdateDocument,
    "\n  mutation RiskDelete($id: UUID!, $version: Int) { riskDelete(id: $id, version: $version) { changeNumber risk { ...RiskFields } } }\n": typeof types.RiskDeleteDocument,
    "\n  mutation RiskOccur($input: RiskOccurInput!) { riskOccur(input: $input) { changeNumber risk { ...RiskFields } issue { ...IssueFields } } }\n": typeof types.RiskOccurDocument,
    "\n  mutation RiskMitigationTaskCreate($input: RiskMitigationTaskInput!) {\n    riskMitigationTaskCreate(input: $input) { changeNumber risk { ...RiskFields } task { id key name } }\n  }\n": typeof types.RiskMitigationTaskCreateDocument,
    "\n  subscription OnRiskChanged($projectId: UUID!) { riskChanged(projectId: $projectId) { action changeNumber actorId risk { ...RiskFields } } }\n": typeof types.OnRiskChangedDocument,
    "\n  query IssueLog($key: String!, $after: String) {\n    project(key: $key) { id issues(first: 200, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ...IssueFields } } }\n  }\n": typeof types.IssueLogDocument,
    "\n  mutation IssueCreate($input: IssueCreateInput!) { issueCreate(input: $input) { changeNumber issue { ...IssueFields } } }\n": typeof types.IssueCreateDocument,
    "\n  mutation IssueUpdate($input: IssueUpdateInput!) { issueUpdate(input: $input) { changeNumber issue { ...IssueFields } } }\n": typeof types.IssueUpdateDocument,
    "\n  mutation IssueDelete($id: UUID!, $version: Int) { issueDelete(id: $id, version: $version) { changeNumber issue { ...IssueFields } } }\n": typeof types.IssueDeleteDocument,
    "\n  mutation ChangeRequestIssueLink($input: ChangeRequestIssueInput!) {\n    changeRequestIssueLink(input: $input) { changeNumber changeRequest { ...ChangeRequestFields } issue { ...IssueFields } }\n  }\n": typeof types.ChangeRequestIssueLinkDocument,
    "\n  mutation ChangeRequestIssueUnlink($input: ChangeRequestIssueInput!) {\n    changeRequestIssueUnlink(input: $input) { changeNumber changeRequest { ...ChangeRequestFields } issue { ...IssueFields } }\n  }\n": typeof types.ChangeRequestIssueUnlinkDocument,
    "\n  query LinkableChangeRequests($key: String!) {\n    project(key: $key) { id changeRequests(first: 500, sort: NUMBER_DESC) { nodes { id key title status } } }\n  }\n": typeof types.LinkableChangeRequestsDocument,
    "\n  query LinkableIssues($key: String!) {\n    project(key: $key) { id issues(first: 500) { nodes { id key title status } } }\n  }\n": typeof types.LinkableIssuesDocument,
    "\n  subscription OnIssueChanged($projectId: UUID!) { issueChanged(projectId: $projectId) { action changeNumber actorId issue { ...IssueFields } } }\n": typeof types.OnIssueChangedDocument,
    "\n  query OpenBlockers($key: String!) {\n    project(key: $key) { id issues(first: 500, filter: { open: true, types: [BLOCKER] }) { nodes { id key title linkedTasks { id } } } }\n  }\n": typeof types.OpenBlockersDocument,
    "\n  subscription OnBlockerChanged($projectId: UUID!) { issueChanged(projectId: $projectId) { action issue { id } } }\n": typeof types.OnBlockerChangedDocument,
    "\n  query WallRegisters {\n    wallRegisters {\n      showTopRisks showBlockingIssues\n      topRisks { id key title score kind owner { name } }\n      blockingIssues { id key title severity linkedTasks { id key name } }\n    }\n  }\n": typeof types.WallRegistersDocument,
    "\n  mutation BoardTokenWallSet($id: UUID!, $showTopRisks: Boolean!, $showBlockingIssues: Boolean!) {\n    boardTokenWallSet(id: $id, showTopRisks: $showTopRisks, showBlockingIssues: $showBlockingIssues) {\n      changeNumber boardToken { id showTopRisks showBlockingIssues }\n    }\n  }\n": typeof types.BoardTokenWallSetDocument,
    "\n  query ProjectSnapshots($id: UUID!, $from: LocalDate) {\n    project(id: $id) {\n      id\n      snapshots(from: $from) { day percentComplete remainingDays completedDays totalDays spi cpi openRiskExposure }\n    }\n  }\n": typeof types.ProjectSnapshotsDocument,
    "\n  fragment ReportFiguresFields on ReportFigures {\n    computedAt currency overall\n    health { area colour computed reasons overrideReason }\n    accomplishments { key name start finish }\n    planned { key name start finish }\n    milestones { key name baselineFinish forecastFinish actualFinish slipDays }\n    earnedValue { statusDate pv ev ac sv cv spi cpi bac }\n    trend { number periodEnd spi cpi }\n    curve { date pv ev ac }\n    burndown { date remaining }\n    risks { key title score status }\n    issues { key title severity blocking overdue dueDate }\n    changes { key title status decidedOn budgetDelta }\n  }\n": typeof types.ReportFiguresFieldsFragmentDoc,
    "\n  query StatusReports($key: String!) {\n    project(key: $key) {\n      id key name viewerRole\n      statusReports { id number title periodStart periodEnd status publishedAt publishedHealth publishedBy { id name } }\n    }\n  }\n": typeof types.StatusReportsDocument,
    "\n  query StatusReport($key: String!, $number: Int!) {\n    project(key: $key) {\n      id key name viewerRole\n      statusReportByNumber(number: $number) {\n        id number title periodStart periodEnd status version publishedAt narrative narrativeDocument\n        publishedBy { id name }\n        figures { ...ReportFiguresFields }\n      }\n    }\n  }\n": typeof types.StatusReportDocument,
    "\n  mutation StatusReportCreate($input: StatusReportCreateInput!) {\n    statusReportCreate(input: $input) { changeNumber report { id number } }\n  }\n": typeof types.StatusReportCreateDocument,
    "\n  mutation StatusReportUpdate($input: StatusReportUpdateInput!) {\n    statusReportUpdate(input: $input) {\n      changeNumber\n      report { id number title periodStart periodEnd status version figures { ...ReportFiguresFields } }\n    }\n  }\n": typeof types.StatusReportUpdateDocument,
    "\n  mutation StatusReportPublish($id: UUID!, $version: Int) {\n    statusReportPublish(id: $id, version: $version) { changeNumber report { id status version publishedAt } }\n  }\n": typeof types.StatusReportPublishDocument,
    "\n  mutation StatusReportDelete($id: UUID!) {\n    statusReportDelete(id: $id) { changeNumber report { id } }\n  }\n": typeof types.StatusReportDeleteDocument,
    "\n  query ReportLinks($key: String!) {\n    project(key: $key) { id reportLinks { id name prefix createdAt lastUsedAt } }\n  }\n": typeof types.ReportLinksDocument,
    "\n  mutation ReportLinkCreate($projectId: UUID!, $name: String!) {\n    reportLinkCreate(projectId: $projectId, name: $name) { token link { id name prefix createdAt lastUsedAt } }\n  }\n": typeof types.ReportLinkCreateDocument,
    "\n  mutation ReportLinkRevoke($id: UUID!) {\n    reportLinkRevoke(id: $id) { link { id } }\n  }\n": typeof types.ReportLinkRevokeDocument,
    "\n  query StakeholderReports($token: String!) {\n    stakeholderReports(token: $token) {\n      projectName projectKey\n      latest { id number title periodStart periodEnd publishedAt narrative publishedBy { name } figures { ...ReportFiguresFields } }\n      reports { id number title periodEnd publishedAt publishedHealth }\n    }\n  }\n": typeof types.StakeholderReportsDocument,
    "\n  query StakeholderReport($token: String!, $number: Int!) {\n    stakeholderReport(token: $token, number: $number) {\n      id number title periodStart periodEnd publishedAt narrative publishedBy { name } figures { ...ReportFiguresFields }\n    }\n  }\n": typeof types.StakeholderReportDocument,
    "\n  query HealthRules($key: String!) {\n    project(key: $key) {\n      id\n      healthRules { spiAmber spiRed cpiAmber cpiRed milestoneSlipAmberDays milestoneSlipRedDays scopeAmberPercent scopeRedPercent scopePendingAmberDays riskAmberScore riskRedScore }\n    }\n  }\n": typeof types.HealthRulesDocument,
    "\n  mutation HealthRulesSet($projectId: UUID!, $input: HealthRulesInput!) {\n    healthRulesSet(projectId: $projectId, input: $input) {\n      changeNumber\n      rules { spiAmber spiRed cpiAmber cpiRed milestoneSlipAmberDays milestoneSlipRedDays scopeAmberPercent scopeRedPercent scopePendingAmberDays riskAmberScore riskRedScore }\n    }\n  }\n": typeof types.HealthRulesSetDocument,
    "\n  query WallView {\n    wallView {\n      layout projectKey projectName statusDate spi cpi hasBaseline\n      milestones { id key name baselineFinish forecastFinish slipDays }\n      criticalNext { id key name start finish percentComplete }\n      topRisks { id key title score }\n      openIssues { id key title severity blocking overdue dueDate }\n      issuesBySeverity { severity count }\n    }\n  }\n": typeof types.WallViewDocument,
    "\n  mutation BoardTokenLayoutSet($id: UUID!, $layout: WallLayout!) {\n    boardTokenLayoutSet(id: $id, layout: $layout) { changeNumber boardToken { id layout } }\n  }\n": typeof types.BoardTokenLayoutSetDocument,
    "\n  query Portfolio($filter: PortfolioFilter, $sort: PortfolioSort, $descending: Boolean) {\n    portfolio(filter: $filter, sort: $sort, descending: $descending) {\n      total\n      managers { id name }\n      projects {\n        id key name status methodology currency statusDate percentComplete hasBaseline spi cpi\n        baselineFinish forecastFinish finishVarianceDays budget ac budgetBurnPercent openIssues openBlockingIssues\n        managers { id name }\n        topRisk { id key title score }\n        nextMilestone { id key name baselineFinish forecastFinish }\n        health { overall areas { area colour reasons } }\n      }\n    }\n  }\n": typeof types.PortfolioDocument,
    "\n  query Outbox($key: String!, $status: OutboxStatus, $after: String) {\n    project(key: $key) {\n      id key name viewerRole\n      mailDelivery { configured from }\n      outbox(first: 50, after: $after, status: $status) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        nodes {\n          id kind subject text status attempts lastError nextAttemptAt createdAt sentAt\n          recipients { id email name status error sentAt }\n        }\n      }\n    }\n  }\n": typeof types.OutboxDocument,
    "\n  mutation OutboxRetry($id: UUID!) { outboxRetry(id: $id) { changeNumber message { id status nextAttemptAt lastError } } }\n": typeof types.OutboxRetryDocument,
    "\n  query Unsubscription($token: String!) { unsubscription(token: $token) { stakeholderName projectName optedOut } }\n": typeof types.UnsubscriptionDocument,
    "\n  mutation Unsubscribe($token: String!) { unsubscribe(token: $token) { stakeholderName projectName optedOut } }\n": typeof types.UnsubscribeDocument,
    "\n  mutation Resubscribe($token: String!) { resubscribe(token: $token) { stakeholderName projectName optedOut } }\n": typeof types.ResubscribeDocument,
    "\n  query CalendarFeeds($key: String!) { project(key: $key) { id calendarFeeds { id name prefix createdAt lastUsedAt } } }\n": typeof types.CalendarFeedsDocument,
    "\n  mutation CalendarFeedCreate($projectId: UUID!, $name: String!) {\n    calendarFeedCreate(projectId: $projectId, name: $name) { token path feed { id name prefix createdAt lastUsedAt } }\n  }\n": typeof types.CalendarFeedCreateDocument,
    "\n  mutation CalendarFeedRevoke($id: UUID!) { calendarFeedRevoke(id: $id) { feed { id } } }\n": typeof types.CalendarFeedRevokeDocument,
    "\n  subscription OnOutboxChanged($projectId: UUID!) { outboxChanged(projectId: $projectId) { action messageId } }\n": typeof types.OnOutboxChangedDocument,
};
const documents: Documents = {
    "\n  fragment TaskFields on Task {\n    id key wbsCode name kind parentId position durationDays start finish late\n    percentComplete rollupState version childCount archivedAt\n    status { id name category color }\n    assignee { id name }\n  }\n": types.TaskFieldsFragmentDoc,
    "\n  fragment BoardFields on Board {\n    projectId projectKey projectName generatedAt percentComplete taskCount\n    categories { category count }\n    columns {\n      statusId name category color count\n      cards { id key name wbsCode kind percentComplete start finish late version statusId assignee { id name } }\n    }\n    milestones { id key name date finish completed late }\n    lateTasks { id key name wbsCode kind percentComplete start finish late version statusId assignee { id name } }\n    recentActivity { id at actorName summary burstKey parts { ...ActivityPartFields } burstParts { ...ActivityPartFields } }\n  }\n": types.BoardFieldsFragmentDoc,
    "\n  fragment ProjectFields on Project {\n    id key name description methodology status startDate targetFinish archivedAt viewerRole version currency budget\n    members { role user { id name email } }\n    statuses { id name category color position }\n  }\n": types.ProjectFieldsFragmentDoc,
    "\n  fragment ActivityPartFields on ActivityPart {\n    kind text date amount currency\n  }\n": types.ActivityPartFieldsFragmentDoc,
    "\n  fragment ActivityFields on Activity {\n    id createdAt summary action taskId actor { id name }\n    burstKey parts { ...ActivityPartFields } burstParts { ...ActivityPartFields }\n  }\n": types.ActivityFieldsFragmentDoc,
    "\n  query Viewer { viewer { id name email } }\n": types.ViewerDocument,
    "\n  mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id name email } } }\n": types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) { signUp(input: $input) { user { id name email } } }\n": types.SignUpDocument,
    "\n  mutation SignOut { signOut }\n": types.SignOutDocument,
    "\n  query Projects($first: Int, $after: String, $includeArchived: Boolean) {\n    projects(first: $first, after: $after, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id key name description methodology status startDate targetFinish archivedAt viewerRole\n        board { percentComplete taskCount }\n      }\n    }\n  }\n": types.ProjectsDocument,
    "\n  mutation ProjectCreate($input: ProjectCreateInput!) {\n    projectCreate(input: $input) { project { id key name } }\n  }\n": types.ProjectCreateDocument,
    "\n  query ProjectTasks($id: UUID!, $first: Int!, $after: String) {\n    project(id: $id) { tasks(first: $first, after: $after) { pageInfo { endCursor hasNextPage } nodes { ...TaskFields } } }\n  }\n": types.ProjectTasksDocument,
    "\n  fragment InvitationFields on Invitation { id email name role createdAt expiresAt }\n": types.InvitationFieldsFragmentDoc,
    "\n  query ProjectSettings($key: String!, $withTokens: Boolean!) {\n    project(key: $key) {\n      ...ProjectFields\n      boardTokens @include(if: $withTokens) { id name prefix createdAt lastUsedAt revokedAt showTopRisks showBlockingIssues layout }\n      invitations @include(if: $withTokens) { ...InvitationFields }\n    }\n  }\n": types.ProjectSettingsDocument,
    "\n  fragment StatusFields on TaskStatus { id name category color position }\n": types.StatusFieldsFragmentDoc,
    "\n  query ProjectStatuses($id: UUID!) { project(id: $id) { statuses { ...StatusFields } } }\n": types.ProjectStatusesDocument,
    "\n  mutation StatusCreate($input: StatusCreateInput!) { statusCreate(input: $input) { status { ...StatusFields } } }\n": types.StatusCreateDocument,
    "\n  mutation StatusUpdate($input: StatusUpdateInput!) { statusUpdate(input: $input) { status { ...StatusFields } } }\n": types.StatusUpdateDocument,
    "\n  mutation StatusDelete($id: UUID!, $moveToId: UUID) { statusDelete(id: $id, moveToId: $moveToId) { status { id } } }\n": types.StatusDeleteDocument,
    "\n  query StatusUsage($projectId: UUID!, $statusId: UUID!) {\n    project(id: $projectId) { tasks(first: 1, includeArchived: true, filter: { statusIds: [$statusId] }) { totalCount } }\n  }\n": types.StatusUsageDocument,
    "\n  fragment CharterFields on Charter {\n    projectId purpose objectives successCriteria inScope outOfScope assumptions constraints keyStakeholders sponsor\n    approvalState approvedAt updatedAt version\n    approver { id name } approvedBy { id name } submittedBy { id name } submittedAt\n    decisions { id decision comment createdAt actor { id name } }\n  }\n": types.CharterFieldsFragmentDoc,
    "\n  query ProjectCharter($key: String!) {\n    project(key: $key) { id key name viewerRole archivedAt charter { ...CharterFields } }\n  }\n": types.ProjectCharterDocument,
    "\n  mutation CharterUpdate($input: CharterUpdateInput!) { charterUpdate(input: $input) { charter { ...CharterFields } } }\n": types.CharterUpdateDocument,
    "\n  mutation CharterApprovalSet($projectId: UUID!, $state: CharterApproval!, $comment: String) {\n    charterApprovalSet(projectId: $projectId, state: $state, comment: $comment) { charter { ...CharterFields } }\n  }\n": types.CharterApprovalSetDocument,
    "\n  query ProjectSponsor($key: String!) { project(key: $key) { id charter { approver { id name } } } }\n": types.ProjectSponsorDocument,
    "\n  mutation CharterApproverSet($projectId: UUID!, $userId: UUID) {\n    charterApproverSet(projectId: $projectId, userId: $userId) { charter { ...CharterFields } }\n  }\n": types.CharterApproverSetDocument,
    "\n  mutation ProjectUpdate($input: ProjectUpdateInput!) { projectUpdate(input: $input) { project { ...ProjectFields } } }\n": types.ProjectUpdateDocument,
    "\n  mutation ProjectArchive($id: UUID!) { projectArchive(id: $id) { project { ...ProjectFields } } }\n": types.ProjectArchiveDocument,
    "\n  mutation ProjectUnarchive($id: UUID!) { projectUnarchive(id: $id) { project { ...ProjectFields } } }\n": types.ProjectUnarchiveDocument,
    "\n  mutation TaskCreate($input: TaskCreateInput!) { taskCreate(input: $input) { changeNumber task { ...TaskFields } } }\n": types.TaskCreateDocument,
    "\n  mutation TaskUpdate($input: TaskUpdateInput!) { taskUpdate(input: $input) { changeNumber task { ...TaskFields } } }\n": types.TaskUpdateDocument,
    "\n  mutation TaskMove($input: TaskMoveInput!) { taskMove(input: $input) { changeNumber task { ...TaskFields } } }\n": types.TaskMoveDocument,
    "\n  mutation TaskDelete($id: UUID!) { taskDelete(id: $id) { changeNumber task { id } } }\n": types.TaskDeleteDocument,
    "\n  mutation MemberInvite($input: MemberInviteInput!) { memberInvite(input: $input) { token invitation { ...InvitationFields } } }\n": types.MemberInviteDocument,
    "\n  query ProjectInvitations($id: UUID!) { project(id: $id) { id invitations { ...InvitationFields } } }\n": types.ProjectInvitationsDocument,
    "\n  mutation InvitationRevoke($id: UUID!) { invitationRevoke(id: $id) { invitation { id } } }\n": types.InvitationRevokeDocument,
    "\n  query Invitation($token: String!) { invitation(token: $token) { projectName projectKey role invitedByName expiresAt state viewerIsMember } }\n": types.InvitationDocument,
    "\n  mutation InvitationAccept($token: String!) { invitationAccept(token: $token) { project { key } } }\n": types.InvitationAcceptDocument,
    "\n  mutation MemberUpdate($input: MemberUpdateInput!) { memberUpdate(input: $input) { member { role user { id name email } } } }\n": types.MemberUpdateDocument,
    "\n  mutation MemberRemove($projectId: UUID!, $userId: UUID!) { memberRemove(projectId: $projectId, userId: $userId) }\n": types.MemberRemoveDocument,
    "\n  mutation BoardTokenCreate($projectId: UUID!, $name: String!) {\n    boardTokenCreate(projectId: $projectId, name: $name) { token boardToken { id name prefix createdAt lastUsedAt revokedAt showTopRisks showBlockingIssues layout } }\n  }\n": types.BoardTokenCreateDocument,
    "\n  mutation BoardTokenRevoke($id: UUID!) { boardTokenRevoke(id: $id) { boardToken { id revokedAt } } }\n": types.BoardTokenRevokeDocument,
    "\n  query AccessTokens { accessTokens { id name prefix scope expiresAt createdAt lastUsedAt revokedAt } }\n": types.AccessTokensDocument,
    "\n  mutation AccessTokenCreate($input: AccessTokenCreateInput!) {\n    accessTokenCreate(input: $input) { token accessToken { id name prefix scope expiresAt createdAt lastUsedAt revokedAt } }\n  }\n": types.AccessTokenCreateDocument,
    "\n  mutation AccessTokenRevoke($id: UUID!) { accessTokenRevoke(id: $id) { accessToken { id revokedAt } } }\n": types.AccessTokenRevokeDocument,
    "\n  query WallBoard { wallBoard { ...BoardFields } }\n": types.WallBoardDocument,
    "\n  subscription OnOutlineChanged($projectId: UUID!) { outlineChanged(projectId: $projectId) { projectId nodes { id parentId position wbsCode } } }\n": types.OnOutlineChangedDocument,
    "\n  subscription OnTaskUpdated($projectId: UUID!) { taskUpdated(projectId: $projectId) { action changeNumber actorId task { ...TaskFields } } }\n": types.OnTaskUpdatedDocument,
    "\n  subscription OnBoardUpdated($projectId: UUID!) { boardUpdated(projectId: $projectId) { ...BoardFields } }\n": types.OnBoardUpdatedDocument,
    "\n  subscription OnProjectCharter($projectId: UUID!) {\n    projectUpdated(projectId: $projectId) { id key name viewerRole archivedAt charter { ...CharterFields } }\n  }\n": types.OnProjectCharterDocument,
    "\n  subscription OnActivityAdded($projectId: UUID!) { activityAdded(projectId: $projectId) { ...ActivityFields } }\n": types.OnActivityAddedDocument,
    "\n  query TaskDetail($id: UUID!) {\n    task(id: $id) {\n      ...TaskFields\n      description estimateHours storyPoints\n      constraintType constraintDate deadline actualStart actualFinish calendarId\n      scheduled { start finish totalFloatDays freeFloatDays critical levelingDelayDays }\n      project { id calendars { id name } schedule { warnings { taskId code message } } }\n      predecessors { id type lagDays predecessor { id key name } }\n      successors { id type lagDays successor { id key name } }\n      activity(first: 25) { nodes { ...ActivityFields } }\n    }\n  }\n": types.TaskDetailDocument,
    "\n  mutation DependencyCreate($input: DependencyCreateInput!) { dependencyCreate(input: $input) { dependency { id } } }\n": types.DependencyCreateDocument,
    "\n  mutation DependencyDelete($id: UUID!) { dependencyDelete(id: $id) { dependency { id } } }\n": types.DependencyDeleteDocument,
    "\n  mutation CollabTicket($document: String!) {\n    collabTicket(document: $document) { token url document canWrite expiresAt }\n  }\n": types.CollabTicketDocument,
    "\n  fragment PlanProjectFields on Project { id key name currency budget viewerRole archivedAt }\n": types.PlanProjectFieldsFragmentDoc,
    "\n  fragment PlanTaskFields on Task { id key wbsCode name kind parentId durationDays percentComplete version }\n": types.PlanTaskFieldsFragmentDoc,
    "\n  fragment ScheduledTaskFields on ScheduledTask {\n    taskId start finish earlyStart earlyFinish lateStart lateFinish durationDays totalFloatDays freeFloatDays critical levelingDelayDays late\n  }\n": types.ScheduledTaskFieldsFragmentDoc,
    "\n  fragment ScheduleFields on Schedule {\n    start finish statusDate calendarId criticalPath\n    tasks { ...ScheduledTaskFields }\n    warnings { taskId code message }\n  }\n": types.ScheduleFieldsFragmentDoc,
    "\n  query PlanLinksPage($id: UUID!, $first: Int!, $after: String) {\n    project(id: $id) {\n      dependencies(first: $first, after: $after) { pageInfo { endCursor hasNextPage } nodes { id type lagDays predecessorId successorId } }\n    }\n  }\n": types.PlanLinksPageDocument,
    "\n  query PlanSchedule($id: UUID!) { project(id: $id) { schedule { ...ScheduleFields } } }\n": types.PlanScheduleDocument,
    "\n  query BaselineTasks($id: UUID!) {\n    project(id: $id) { baselines { id name createdAt tasks { taskId start finish durationDays workHours cost } } }\n  }\n": types.BaselineTasksDocument,
    "\n  mutation TaskScheduleUpdate($input: TaskScheduleUpdateInput!) { taskScheduleUpdate(input: $input) { task { ...PlanTaskFields } } }\n": types.TaskScheduleUpdateDocument,
    "\n  mutation PlanTaskUpdate($input: TaskUpdateInput!) { taskUpdate(input: $input) { task { ...PlanTaskFields } } }\n": types.PlanTaskUpdateDocument,
    "\n  mutation PlanLinkCreate($input: DependencyCreateInput!) {\n    dependencyCreate(input: $input) { dependency { id type lagDays predecessorId successorId } }\n  }\n": types.PlanLinkCreateDocument,
    "\n  mutation PlanLinkUpdate($input: DependencyUpdateInput!) {\n    dependencyUpdate(input: $input) { dependency { id type lagDays predecessorId successorId } }\n  }\n": types.PlanLinkUpdateDocument,
    "\n  subscription OnScheduleUpdated($projectId: UUID!) {\n    scheduleUpdated(projectId: $projectId) { projectId start finish removedTaskIds criticalPath changeNumbers actorIds tasks { ...ScheduledTaskFields } }\n  }\n": types.OnScheduleUpdatedDocument,
    "\n  subscription OnPlanChanged($projectId: UUID!) {\n    planChanged(projectId: $projectId) { projectId part }\n  }\n": types.OnPlanChangedDocument,
    "\n  query PlanBaselines($id: UUID!) {\n    project(id: $id) { baselines { id name createdAt } }\n  }\n": types.PlanBaselinesDocument,
    "\n  fragment ResourceFields on Resource {\n    id name type maxUnits standardRate overtimeRate costPerUse version userId user { id name }\n    rates { id effectiveFrom standardRate overtimeRate costPerUse }\n  }\n": types.ResourceFieldsFragmentDoc,
    "\n  query ResourceUsage($id: UUID!, $period: UsagePeriod!) {\n    project(id: $id) {\n      resources { ...ResourceFields }\n      assignments { id taskId resourceId units }\n      resourceUsage(period: $period) { resourceId periods { start workHours capacityHours overallocated cost } }\n      schedule { finish tasks { taskId start finish levelingDelayDays } }\n    }\n  }\n": types.ResourceUsageDocument,
    "\n  query LevelingPreview($id: UUID!) {\n    project(id: $id) { levelingPreview { finishBefore finishAfter overallocationsRemaining delays { taskId levelingDelayDays } } }\n  }\n": types.LevelingPreviewDocument,
    "\n  mutation LevelingApply($projectId: UUID!) { levelingApply(projectId: $projectId) { leveling { overallocationsRemaining } } }\n": types.LevelingApplyDocument,
    "\n  mutation LevelingClear($projectId: UUID!) { levelingClear(projectId: $projectId) { leveling { overallocationsRemaining } } }\n": types.LevelingClearDocument,
    "\n  mutation ResourceCreate($input: ResourceCreateInput!) { resourceCreate(input: $input) { resource { ...ResourceFields } } }\n": types.ResourceCreateDocument,
    "\n  mutation ResourceForMember($input: ResourceForMemberInput!) { resourceForMember(input: $input) { resource { ...ResourceFields } } }\n": types.ResourceForMemberDocument,
    "\n  mutation ResourceUpdate($input: ResourceUpdateInput!) { resourceUpdate(input: $input) { resource { ...ResourceFields } } }\n": types.ResourceUpdateDocument,
    "\n  mutation ResourceDelete($id: UUID!) { resourceDelete(id: $id) { resource { id } } }\n": types.ResourceDeleteDocument,
    "\n  mutation AssignmentCreate($input: AssignmentCreateInput!) { assignmentCreate(input: $input) { assignment { id taskId resourceId units } } }\n": types.AssignmentCreateDocument,
    "\n  mutation AssignmentDelete($id: UUID!) { assignmentDelete(id: $id) { assignment { id } } }\n": types.AssignmentDeleteDocument,
    "\n  fragment EvRowFields on EvRow { taskId pv ev ac sv cv spi cpi eacCpi eacCpiSpi etc vac tcpi bac }\n": types.EvRowFieldsFragmentDoc,
    "\n  query EarnedValue($id: UUID!, $statusDate: LocalDate!, $baselineId: UUID) {\n    project(id: $id) {\n      earnedValue(statusDate: $statusDate, baselineId: $baselineId) {\n        statusDate\n        project { ...EvRowFields }\n        branches { ...EvRowFields }\n        series { date pv ev ac }\n      }\n      costEntries { id taskId date hours amount note }\n    }\n  }\n": types.EarnedValueDocument,
    "\n  mutation BaselineCreate($projectId: UUID!, $name: String!) { baselineCreate(projectId: $projectId, name: $name) { baseline { id name createdAt } } }\n": types.BaselineCreateDocument,
    "\n  mutation CostEntryCreate($input: CostEntryCreateInput!) { costEntryCreate(input: $input) { costEntry { id taskId date hours amount note } } }\n": types.CostEntryCreateDocument,
    "\n  query PlanLinksAndWarnings($id: UUID!, $first: Int!) {\n    project(id: $id) {\n      dependencies(first: $first) { pageInfo { endCursor hasNextPage } nodes { id type lagDays predecessorId successorId } }\n      schedule { warnings { taskId code message } }\n    }\n  }\n": types.PlanLinksAndWarningsDocument,
    "\n  query PlanExport($id: UUID!, $format: ExportFormat!) {\n    project(id: $id) { export(format: $format) }\n  }\n": types.PlanExportDocument,
    "\n  mutation PlanImport($input: ProjectImportInput!) {\n    projectImport(input: $input) { created links calendars resources assignments baselines costEntries unmapped { element line reason } }\n  }\n": types.PlanImportDocument,
    "\n  fragment WorkCalendarFields on WorkCalendar {\n    id name baseCalendarId hoursPerDay isProjectCalendar version\n    workWeek { day times { from to } }\n    exceptions { id name from to working times { from to } }\n    usage { tasks resources calendars }\n  }\n": types.WorkCalendarFieldsFragmentDoc,
    "\n  query PlanCalendars($id: UUID!) {\n    project(id: $id) {\n      plan { calendarId statusDate timeZone }\n      calendars { ...WorkCalendarFields }\n    }\n  }\n": types.PlanCalendarsDocument,
    "\n  query PlanSpan($id: UUID!) { project(id: $id) { schedule { start finish } } }\n": types.PlanSpanDocument,
    "\n  mutation PlanSettingsUpdate($input: PlanSettingsInput!) { planSettingsUpdate(input: $input) { plan { calendarId statusDate timeZone } } }\n": types.PlanSettingsUpdateDocument,
    "\n  mutation CalendarCreate($input: CalendarCreateInput!) { calendarCreate(input: $input) { calendar { ...WorkCalendarFields } } }\n": types.CalendarCreateDocument,
    "\n  mutation CalendarUpdate($input: CalendarUpdateInput!) { calendarUpdate(input: $input) { calendar { ...WorkCalendarFields } } }\n": types.CalendarUpdateDocument,
    "\n  mutation CalendarDelete($id: UUID!, $version: Int) { calendarDelete(id: $id, version: $version) { calendar { id } } }\n": types.CalendarDeleteDocument,
    "\n  mutation CalendarExceptionAdd($input: CalendarExceptionAddInput!) {\n    calendarExceptionAdd(input: $input) { calendar { ...WorkCalendarFields } exception { id } }\n  }\n": types.CalendarExceptionAddDocument,
    "\n  mutation CalendarExceptionRemove($id: UUID!) { calendarExceptionRemove(id: $id) { calendar { ...WorkCalendarFields } } }\n": types.CalendarExceptionRemoveDocument,
    "\n  subscription OnPlanSpanUpdated($projectId: UUID!) { scheduleUpdated(projectId: $projectId) { projectId start finish } }\n": types.OnPlanSpanUpdatedDocument,
    "\n  query ProjectHead($key: String!, $first: Int!) {\n    project(key: $key) {\n      ...ProjectFields\n      tasks(first: $first) { totalCount pageInfo { endCursor hasNextPage } nodes { ...TaskFields } }\n    }\n  }\n": types.ProjectHeadDocument,
    "\n  query ProjectBoard($id: UUID!) {\n    project(id: $id) {\n      board { ...BoardFields }\n      activity(first: 100) { nodes { ...ActivityFields } }\n    }\n  }\n": types.ProjectBoardDocument,
    "\n  query GanttPlan($key: String!, $first: Int!) {\n    project(key: $key) {\n      id\n      dependencies(first: $first) { totalCount pageInfo { endCursor hasNextPage } nodes { id type lagDays predecessorId successorId } }\n      schedule { ...ScheduleFields }\n      baselines { id name createdAt }\n      calendars { id name workWeek { day times { from to } } exceptions { from to working } }\n    }\n  }\n": types.GanttPlanDocument,
    "\n  query ResourcesPlan($key: String!, $period: UsagePeriod!) {\n    project(key: $key) {\n      id\n      resources { ...ResourceFields }\n      assignments { id taskId resourceId units }\n      resourceUsage(period: $period) { resourceId periods { start workHours capacityHours overallocated cost } }\n      schedule { finish calendarId tasks { taskId start finish levelingDelayDays } }\n      calendars { id name workWeek { day times { from to } } exceptions { from to working } }\n    }\n  }\n": types.ResourcesPlanDocument,
    "\n  query EarnedValuePlan($key: String!) {\n    project(key: $key) { id baselines { id name createdAt } schedule { statusDate } }\n  }\n": types.EarnedValuePlanDocument,
    "\n  subscription OnProjectUpdatedWithCharter($projectId: UUID!) {\n    projectUpdated(projectId: $projectId) { ...ProjectFields charter { ...CharterFields } }\n  }\n": types.OnProjectUpdatedWithCharterDocument,
    "\n  fragment ChangeRequestFields on ChangeRequest {\n    id key number title description reason category status version takeBaseline createdAt updatedAt appliedAt baselineId\n    requestedBy { id name }\n    linkedTaskIds\n    issues { id key title status }\n    changeSet {\n      addTasks { key name parentId durationDays milestone }\n      durations { taskId durationDays }\n      links { predecessorId successorId type lagDays }\n      removeLinks { predecessorId successorId }\n      removeTasks\n      budgetDelta\n      scopeItems\n    }\n    impact {\n      base computedAt finishBefore finishAfter costBefore costAfter budgetBefore budgetAfter\n      milestones { taskId name before after }\n      becameCritical { taskId name }\n      leftCritical { taskId name }\n      overallocations { resourceId name daysBefore daysAfter }\n    }\n    history { id fromStatus toStatus reason at actor { id name } }\n  }\n": types.ChangeRequestFieldsFragmentDoc,
    "\n  query ChangeRequests($key: String!, $after: String) {\n    project(key: $key) {\n      id\n      viewerCanDecideChanges\n      changeBoard { memberIds members { id name } }\n      dependencies(first: 500) { nodes { id predecessorId successorId } }\n      changeRequests(first: 100, after: $after, sort: NUMBER_DESC) { totalCount pageInfo { hasNextPage endCursor } nodes { ...ChangeRequestFields } }\n    }\n  }\n": types.ChangeRequestsDocument,
    "\n  query ChangeRequestPreviewCurrent($id: UUID!) {\n    changeRequest(id: $id) { id version previewCurrent }\n  }\n": types.ChangeRequestPreviewCurrentDocument,
    "\n  mutation ChangeRequestCreate($input: ChangeRequestCreateInput!) {\n    changeRequestCreate(input: $input) { changeNumber changeRequest { ...ChangeRequestFields } }\n  }\n": types.ChangeRequestCreateDocument,
    "\n  mutation ChangeRequestUpdate($input: ChangeRequestUpdateInput!) {\n    changeRequestUpdate(input: $input) { changeNumber changeRequest { ...ChangeRequestFields } }\n  }\n": types.ChangeRequestUpdateDocument,
    "\n  mutation ChangeRequestPreview($id: UUID!) {\n    changeRequestPreview(id: $id) { changeNumber changeRequest { ...ChangeRequestFields } }\n  }\n": types.ChangeRequestPreviewDocument,
    "\n  mutation ChangeRequestSubmit($input: ChangeRequestStepInput!) {\n    changeRequestSubmit(input: $input) { changeNumber changeRequest { ...ChangeRequestFields } }\n  }\n": types.ChangeRequestSubmitDocument,
    "\n  mutation ChangeRequestStartReview($input: ChangeRequestStepInput!) {\n    changeRequestStartReview(input: $input) { changeNumber changeRequest { ...ChangeRequestFields } }\n  }\n": types.ChangeRequestStartReviewDocument,
    "\n  mutation ChangeRequestApprove($input: ChangeRequestStepInput!) {\n    changeRequestApprove(input: $input) { changeNumber changeRequest { ...ChangeRequestFields } }\n  }\n": types.ChangeRequestApproveDocument,
    "\n  mutation ChangeRequestReject($input: ChangeRequestStepInput!) {\n    changeRequestReject(input: $input) { changeNumber changeRequest { ...ChangeRequestFields } }\n  }\n": types.ChangeRequestRejectDocument,
    "\n  mutation ChangeRequestDefer($input: ChangeRequestStepInput!) {\n    changeRequestDefer(input: $input) { changeNumber changeRequest { ...ChangeRequestFields } }\n  }\n": types.ChangeRequestDeferDocument,
    "\n  mutation ChangeRequestDelete($id: UUID!) {\n    changeRequestDelete(id: $id) { changeNumber changeRequest { id } }\n  }\n": types.ChangeRequestDeleteDocument,
    "\n  mutation ChangeBoardSet($projectId: UUID!, $memberIds: [UUID!]!) {\n    changeBoardSet(projectId: $projectId, memberIds: $memberIds) { changeNumber changeBoard { memberIds members { id name } } }\n  }\n": types.ChangeBoardSetDocument,
    "\n  subscription ChangeRequestChanged($projectId: UUID!) {\n    changeRequestChanged(projectId: $projectId) { action id changeNumber actorId changeRequest { ...ChangeRequestFields } }\n  }\n": types.ChangeRequestChangedDocument,
    "\n  fragment DecisionFields on Decision {\n    id key number title rationale alternatives decidedOn decidedByIds decidedByText version createdAt\n    decidedBy { id name }\n    linkedTaskIds linkedChangeRequestIds\n    linkedChangeRequests { id key title }\n  }\n": types.DecisionFieldsFragmentDoc,
    "\n  query Decisions($key: String!, $after: String) {\n    project(key: $key) { id decisions(first: 200, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ...DecisionFields } } }\n  }\n": types.DecisionsDocument,
    "\n  mutation DecisionCreate($input: DecisionCreateInput!) {\n    decisionCreate(input: $input) { changeNumber decision { ...DecisionFields } }\n  }\n": types.DecisionCreateDocument,
    "\n  mutation DecisionUpdate($input: DecisionUpdateInput!) {\n    decisionUpdate(input: $input) { changeNumber decision { ...DecisionFields } }\n  }\n": types.DecisionUpdateDocument,
    "\n  mutation DecisionDelete($id: UUID!, $version: Int) {\n    decisionDelete(id: $id, version: $version) { changeNumber decision { id } }\n  }\n": types.DecisionDeleteDocument,
    "\n  subscription DecisionChanged($projectId: UUID!) {\n    decisionChanged(projectId: $projectId) { action id changeNumber decision { ...DecisionFields } }\n  }\n": types.DecisionChangedDocument,
    "\n  fragment StakeholderFields on Stakeholder {\n    id name organisation role email phone memberId interest influence currentEngagement desiredEngagement\n    communicationNeeds notes version strategy engagementGap emailOptOut optedOutAt\n  }\n": types.StakeholderFieldsFragmentDoc,
    "\n  fragment StakeholderGroupFields on StakeholderGroup { id name stakeholderIds version }\n": types.StakeholderGroupFieldsFragmentDoc,
    "\n  query StakeholderRegister($id: UUID!) {\n    project(id: $id) {\n      stakeholders(first: 500) { totalCount pageInfo { hasNextPage endCursor } nodes { ...StakeholderFields } }\n      stakeholderGroups { ...StakeholderGroupFields }\n    }\n  }\n": types.StakeholderRegisterDocument,
    "\n  query StakeholderRegisterPage($id: UUID!, $after: String!) {\n    project(id: $id) {\n      stakeholders(first: 500, after: $after) { pageInfo { hasNextPage endCursor } nodes { ...StakeholderFields } }\n    }\n  }\n": types.StakeholderRegisterPageDocument,
    "\n  mutation StakeholderCreate($input: StakeholderCreateInput!) { stakeholderCreate(input: $input) { changeNumber stakeholder { ...StakeholderFields } } }\n": types.StakeholderCreateDocument,
    "\n  mutation StakeholderUpdate($input: StakeholderUpdateInput!) { stakeholderUpdate(input: $input) { changeNumber stakeholder { ...StakeholderFields } } }\n": types.StakeholderUpdateDocument,
    "\n  mutation StakeholderDelete($id: UUID!, $version: Int!) { stakeholderDelete(id: $id, version: $version) { changeNumber stakeholder { id } } }\n": types.StakeholderDeleteDocument,
    "\n  mutation StakeholderGroupCreate($input: StakeholderGroupCreateInput!) { stakeholderGroupCreate(input: $input) { changeNumber group { ...StakeholderGroupFields } } }\n": types.StakeholderGroupCreateDocument,
    "\n  mutation StakeholderGroupUpdate($input: StakeholderGroupUpdateInput!) { stakeholderGroupUpdate(input: $input) { changeNumber group { ...StakeholderGroupFields } } }\n": types.StakeholderGroupUpdateDocument,
    "\n  mutation StakeholderGroupDelete($id: UUID!, $version: Int!) { stakeholderGroupDelete(id: $id, version: $version) { changeNumber group { id } } }\n": types.StakeholderGroupDeleteDocument,
    "\n  subscription OnStakeholderChanged($projectId: UUID!) { stakeholderChanged(projectId: $projectId) { action stakeholderId groupId changeNumber actorId } }\n": types.OnStakeholderChangedDocument,
    "\n  fragment CommunicationItemFields on CommunicationItem {\n    id kind title channel ownerId audienceStakeholderIds audienceGroupIds notes version nextDue overdue lastHeld\n    cadence { kind date weekday everyWeeks monthDay startsOn }\n    occurrences { id heldOn dueOn notes heldById }\n  }\n": types.CommunicationItemFieldsFragmentDoc,
    "\n  query CommunicationPlan($id: UUID!) {\n    project(id: $id) {\n      communicationItems(first: 500) { nodes { ...CommunicationItemFields } }\n      stakeholders(first: 500) { nodes { id name } }\n      stakeholderGroups { id name }\n    }\n  }\n": types.CommunicationPlanDocument,
    "\n  mutation CommunicationItemCreate($input: CommunicationItemCreateInput!) { communicationItemCreate(input: $input) { changeNumber item { ...CommunicationItemFields } } }\n": types.CommunicationItemCreateDocument,
    "\n  mutation CommunicationItemUpdate($input: CommunicationItemUpdateInput!) { communicationItemUpdate(input: $input) { changeNumber item { ...CommunicationItemFields } } }\n": types.CommunicationItemUpdateDocument,
    "\n  mutation CommunicationItemHold($input: CommunicationItemHoldInput!) { communicationItemHold(input: $input) { changeNumber item { ...CommunicationItemFields } } }\n": types.CommunicationItemHoldDocument,
    "\n  mutation CommunicationItemDelete($id: UUID!, $version: Int!) { communicationItemDelete(id: $id, version: $version) { changeNumber item { id } } }\n": types.CommunicationItemDeleteDocument,
    "\n  subscription OnCommunicationChanged($projectId: UUID!) { communicationChanged(projectId: $projectId) { action itemId changeNumber actorId } }\n": types.OnCommunicationChangedDocument,
    "\n  query RaciMatrix($id: UUID!) {\n    project(id: $id) {\n      raci {\n        parties { id kind name }\n        rows { taskId key wbsCode name depth parentId assigneeId flags cells { partyId letter implied } }\n      }\n    }\n  }\n": types.RaciMatrixDocument,
    "\n  mutation RaciCellSet($input: RaciCellSetInput!) { raciCellSet(input: $input) { changeNumber change { taskId partyId letter implied flags } } }\n": types.RaciCellSetDocument,
    "\n  subscription OnRaciChanged($projectId: UUID!) { raciChanged(projectId: $projectId) { taskId partyId letter implied flags changeNumber actorId } }\n": types.OnRaciChangedDocument,
    "\n  query CharterKeyStakeholders($id: UUID!) {\n    project(id: $id) {\n      stakeholders(first: 6, filter: { strategies: [MANAGE_CLOSELY] }, orderBy: { field: INFLUENCE, descending: true }) {\n        totalCount nodes { id name role organisation }\n      }\n    }\n  }\n": types.CharterKeyStakeholdersDocument,
    "\n  query ProjectVariance($id: UUID!, $baselineId: UUID!) {\n    project(id: $id) {\n      variance(baselineId: $baselineId) {\n        baselineId\n        project { startDays finishDays durationDays cost }\n        branches { taskId startDays finishDays durationDays cost }\n        tasks { taskId startDays finishDays durationDays cost }\n      }\n    }\n  }\n": types.ProjectVarianceDocument,
    "\n  fragment RiskFields on Risk {\n    id key version title description cause effect category kind\n    probability impactSchedule impactCost impactScope impactQuality impact score\n    costImpact scheduleImpactDays expectedValue strategy responsePlan trigger reviewDate status\n    residualProbability residualImpact residualScore reviewOverdue archivedAt updatedAt\n    owner { id name }\n    linkedTasks { id key name }\n    issues { id key title status }\n  }\n": types.RiskFieldsFragmentDoc,
    "\n  fragment IssueFields on Issue {\n    id key version title description type severity priority status dueDate raisedAt ageDays overdue\n    escalationLevel resolution archivedAt updatedAt\n    owner { id name }\n    raisedBy { id name }\n    escalatedTo { id name }\n    linkedTasks { id key name }\n    linkedRisks { id key title }\n    originRisk { id key title }\n    changeRequests { id key title status }\n  }\n": types.IssueFieldsFragmentDoc,
    "\n  query RiskRegister($key: String!, $weeks: Int!) {\n    project(key: $key) {\n      id\n      risks(first: 200) { totalCount pageInfo { hasNextPage endCursor } nodes { ...RiskFields } }\n      riskExposure(weeks: $weeks) { weekEnding threatScore threatValue opportunityScore opportunityValue openCount }\n      riskReserve { currency budget contingency opportunities openThreats openOpportunities }\n    }\n  }\n": types.RiskRegisterDocument,
    "\n  query RiskPage($key: String!, $after: String!) {\n    project(key: $key) { id risks(first: 200, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ...RiskFields } } }\n  }\n": types.RiskPageDocument,
    "\n  query RiskExposure($key: String!, $weeks: Int!) {\n    project(key: $key) {\n      id\n      riskExposure(weeks: $weeks) { weekEnding threatScore threatValue opportunityScore opportunityValue openCount }\n      riskReserve { currency budget contingency opportunities openThreats openOpportunities }\n    }\n  }\n": types.RiskExposureDocument,
    "\n  mutation RiskCreate($input: RiskCreateInput!) { riskCreate(input: $input) { changeNumber risk { ...RiskFields } } }\n": types.RiskCreateDocument,
    "\n  mutation RiskUpdate($input: RiskUpdateInput!) { riskUpdate(input: $input) { changeNumber risk { ...RiskFields } } }\n": types.RiskUpdateDocument,
    "\n  mutation RiskDelete($id: UUID!, $version: Int) { riskDelete(id: $id, version: $version) { changeNumber risk { ...RiskFields } } }\n": types.RiskDeleteDocument,
    "\n  mutation RiskOccur($input: RiskOccurInput!) { riskOccur(input: $input) { changeNumber risk { ...RiskFields } issue { ...IssueFields } } }\n": types.RiskOccurDocument,
    "\n  mutation RiskMitigationTaskCreate($input: RiskMitigationTaskInput!) {\n    riskMitigationTaskCreate(input: $input) { changeNumber risk { ...RiskFields } task { id key name } }\n  }\n": types.RiskMitigationTaskCreateDocument,
    "\n  subscription OnRiskChanged($projectId: UUID!) { riskChanged(projectId: $projectId) { action changeNumber actorId risk { ...RiskFields } } }\n": types.OnRiskChangedDocument,
    "\n  query IssueLog($key: String!, $after: String) {\n    project(key: $key) { id issues(first: 200, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ...IssueFields } } }\n  }\n": types.IssueLogDocument,
    "\n  mutation IssueCreate($input: IssueCreateInput!) { issueCreate(input: $input) { changeNumber issue { ...IssueFields } } }\n": types.IssueCreateDocument,
    "\n  mutation IssueUpdate($input: IssueUpdateInput!) { issueUpdate(input: $input) { changeNumber issue { ...IssueFields } } }\n": types.IssueUpdateDocument,
    "\n  mutation IssueDelete($id: UUID!, $version: Int) { issueDelete(id: $id, version: $version) { changeNumber issue { ...IssueFields } } }\n": types.IssueDeleteDocument,
    "\n  mutation ChangeRequestIssueLink($input: ChangeRequestIssueInput!) {\n    changeRequestIssueLink(input: $input) { changeNumber changeRequest { ...ChangeRequestFields } issue { ...IssueFields } }\n  }\n": types.ChangeRequestIssueLinkDocument,
    "\n  mutation ChangeRequestIssueUnlink($input: ChangeRequestIssueInput!) {\n    changeRequestIssueUnlink(input: $input) { changeNumber changeRequest { ...ChangeRequestFields } issue { ...IssueFields } }\n  }\n": types.ChangeRequestIssueUnlinkDocument,
    "\n  query LinkableChangeRequests($key: String!) {\n    project(key: $key) { id changeRequests(first: 500, sort: NUMBER_DESC) { nodes { id key title status } } }\n  }\n": types.LinkableChangeRequestsDocument,
    "\n  query LinkableIssues($key: String!) {\n    project(key: $key) { id issues(first: 500) { nodes { id key title status } } }\n  }\n": types.LinkableIssuesDocument,
    "\n  subscription OnIssueChanged($projectId: UUID!) { issueChanged(projectId: $projectId) { action changeNumber actorId issue { ...IssueFields } } }\n": types.OnIssueChangedDocument,
    "\n  query OpenBlockers($key: String!) {\n    project(key: $key) { id issues(first: 500, filter: { open: true, types: [BLOCKER] }) { nodes { id key title linkedTasks { id } } } }\n  }\n": types.OpenBlockersDocument,
    "\n  subscription OnBlockerChanged($projectId: UUID!) { issueChanged(projectId: $projectId) { action issue { id } } }\n": types.OnBlockerChangedDocument,
    "\n  query WallRegisters {\n    wallRegisters {\n      showTopRisks showBlockingIssues\n      topRisks { id key title score kind owner { name } }\n      blockingIssues { id key title severity linkedTasks { id key name } }\n    }\n  }\n": types.WallRegistersDocument,
    "\n  mutation BoardTokenWallSet($id: UUID!, $showTopRisks: Boolean!, $showBlockingIssues: Boolean!) {\n    boardTokenWallSet(id: $id, showTopRisks: $showTopRisks, showBlockingIssues: $showBlockingIssues) {\n      changeNumber boardToken { id showTopRisks showBlockingIssues }\n    }\n  }\n": types.BoardTokenWallSetDocument,
    "\n  query ProjectSnapshots($id: UUID!, $from: LocalDate) {\n    project(id: $id) {\n      id\n      snapshots(from: $from) { day percentComplete remainingDays completedDays totalDays spi cpi openRiskExposure }\n    }\n  }\n": types.ProjectSnapshotsDocument,
    "\n  fragment ReportFiguresFields on ReportFigures {\n    computedAt currency overall\n    health { area colour computed reasons overrideReason }\n    accomplishments { key name start finish }\n    planned { key name start finish }\n    milestones { key name baselineFinish forecastFinish actualFinish slipDays }\n    earnedValue { statusDate pv ev ac sv cv spi cpi bac }\n    trend { number periodEnd spi cpi }\n    curve { date pv ev ac }\n    burndown { date remaining }\n    risks { key title score status }\n    issues { key title severity blocking overdue dueDate }\n    changes { key title status decidedOn budgetDelta }\n  }\n": types.ReportFiguresFieldsFragmentDoc,
    "\n  query StatusReports($key: String!) {\n    project(key: $key) {\n      id key name viewerRole\n      statusReports { id number title periodStart periodEnd status publishedAt publishedHealth publishedBy { id name } }\n    }\n  }\n": types.StatusReportsDocument,
    "\n  query StatusReport($key: String!, $number: Int!) {\n    project(key: $key) {\n      id key name viewerRole\n      statusReportByNumber(number: $number) {\n        id number title periodStart periodEnd status version publishedAt narrative narrativeDocument\n        publishedBy { id name }\n        figures { ...ReportFiguresFields }\n      }\n    }\n  }\n": types.StatusReportDocument,
    "\n  mutation StatusReportCreate($input: StatusReportCreateInput!) {\n    statusReportCreate(input: $input) { changeNumber report { id number } }\n  }\n": types.StatusReportCreateDocument,
    "\n  mutation StatusReportUpdate($input: StatusReportUpdateInput!) {\n    statusReportUpdate(input: $input) {\n      changeNumber\n      report { id number title periodStart periodEnd status version figures { ...ReportFiguresFields } }\n    }\n  }\n": types.StatusReportUpdateDocument,
    "\n  mutation StatusReportPublish($id: UUID!, $version: Int) {\n    statusReportPublish(id: $id, version: $version) { changeNumber report { id status version publishedAt } }\n  }\n": types.StatusReportPublishDocument,
    "\n  mutation StatusReportDelete($id: UUID!) {\n    statusReportDelete(id: $id) { changeNumber report { id } }\n  }\n": types.StatusReportDeleteDocument,
    "\n  query ReportLinks($key: String!) {\n    project(key: $key) { id reportLinks { id name prefix createdAt lastUsedAt } }\n  }\n": types.ReportLinksDocument,
    "\n  mutation ReportLinkCreate($projectId: UUID!, $name: String!) {\n    reportLinkCreate(projectId: $projectId, name: $name) { token link { id name prefix createdAt lastUsedAt } }\n  }\n": types.ReportLinkCreateDocument,
    "\n  mutation ReportLinkRevoke($id: UUID!) {\n    reportLinkRevoke(id: $id) { link { id } }\n  }\n": types.ReportLinkRevokeDocument,
    "\n  query StakeholderReports($token: String!) {\n    stakeholderReports(token: $token) {\n      projectName projectKey\n      latest { id number title periodStart periodEnd publishedAt narrative publishedBy { name } figures { ...ReportFiguresFields } }\n      reports { id number title periodEnd publishedAt publishedHealth }\n    }\n  }\n": types.StakeholderReportsDocument,
    "\n  query StakeholderReport($token: String!, $number: Int!) {\n    stakeholderReport(token: $token, number: $number) {\n      id number title periodStart periodEnd publishedAt narrative publishedBy { name } figures { ...ReportFiguresFields }\n    }\n  }\n": types.StakeholderReportDocument,
    "\n  query HealthRules($key: String!) {\n    project(key: $key) {\n      id\n      healthRules { spiAmber spiRed cpiAmber cpiRed milestoneSlipAmberDays milestoneSlipRedDays scopeAmberPercent scopeRedPercent scopePendingAmberDays riskAmberScore riskRedScore }\n    }\n  }\n": types.HealthRulesDocument,
    "\n  mutation HealthRulesSet($projectId: UUID!, $input: HealthRulesInput!) {\n    healthRulesSet(projectId: $projectId, input: $input) {\n      changeNumber\n      rules { spiAmber spiRed cpiAmber cpiRed milestoneSlipAmberDays milestoneSlipRedDays scopeAmberPercent scopeRedPercent scopePendingAmberDays riskAmberScore riskRedScore }\n    }\n  }\n": types.HealthRulesSetDocument,
    "\n  query WallView {\n    wallView {\n      layout projectKey projectName statusDate spi cpi hasBaseline\n      milestones { id key name baselineFinish forecastFinish slipDays }\n      criticalNext { id key name start finish percentComplete }\n      topRisks { id key title score }\n      openIssues { id key title severity blocking overdue dueDate }\n      issuesBySeverity { severity count }\n    }\n  }\n": types.WallViewDocument,
    "\n  mutation BoardTokenLayoutSet($id: UUID!, $layout: WallLayout!) {\n    boardTokenLayoutSet(id: $id, layout: $layout) { changeNumber boardToken { id layout } }\n  }\n": types.BoardTokenLayoutSetDocument,
    "\n  query Portfolio($filter: PortfolioFilter, $sort: PortfolioSort, $descending: Boolean) {\n    portfolio(filter: $filter, sort: $sort, descending: $descending) {\n      total\n      managers { id name }\n      projects {\n        id key name status methodology currency statusDate percentComplete hasBaseline spi cpi\n        baselineFinish forecastFinish finishVarianceDays budget ac budgetBurnPercent openIssues openBlockingIssues\n        managers { id name }\n        topRisk { id key title score }\n        nextMilestone { id key name baselineFinish forecastFinish }\n        health { overall areas { area colour reasons } }\n      }\n    }\n  }\n": types.PortfolioDocument,
    "\n  query Outbox($key: String!, $status: OutboxStatus, $after: String) {\n    project(key: $key) {\n      id key name viewerRole\n      mailDelivery { configured from }\n      outbox(first: 50, after: $after, status: $status) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        nodes {\n          id kind subject text status attempts lastError nextAttemptAt createdAt sentAt\n          recipients { id email name status error sentAt }\n        }\n      }\n    }\n  }\n": types.OutboxDocument,
    "\n  mutation OutboxRetry($id: UUID!) { outboxRetry(id: $id) { changeNumber message { id status nextAttemptAt lastError } } }\n": types.OutboxRetryDocument,
    "\n  query Unsubscription($token: String!) { unsubscription(token: $token) { stakeholderName projectName optedOut } }\n": types.UnsubscriptionDocument,
    "\n  mutation Unsubscribe($token: String!) { unsubscribe(token: $token) { stakeholderName projectName optedOut } }\n": types.UnsubscribeDocument,
    "\n  mutation Resubscribe($token: String!) { resubscribe(token: $token) { stakeholderName projectName optedOut } }\n": types.ResubscribeDocument,
    "\n  query CalendarFeeds($key: String!) { project(key: $key) { id calendarFeeds { id name prefix createdAt lastUsedAt } } }\n": types.CalendarFeedsDocument,
    "\n  mutation CalendarFeedCreate($projectId: UUID!, $name: String!) {\n    calendarFeedCreate(projectId: $projectId, name: $name) { token path feed { id name prefix createdAt lastUsedAt } }\n  }\n": types.CalendarFeedCreateDocument,
    "\n  mutation CalendarFeedRevoke($id: UUID!) { calendarFeedRevoke(id: $id) { feed { id } } }\n": types.CalendarFeedRevokeDocument,
    "\n  subscription OnOutboxChanged($projectId: UUID!) { outboxChanged(projectId: $projectId) { action messageId } }\n": types.OnOutboxChangedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskFields on Task {\n    id key wbsCode name kind parentId position durationDays start finish late\n    percentComplete rollupState version childCount archivedAt\n    status { id name category color }\n    assignee { id name }\n  }\n"): typeof import('./graphql.js').TaskFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoardFields on Board {\n    projectId projectKey projectName generatedAt percentComplete taskCount\n    categories { category count }\n    columns {\n      statusId name category color count\n      cards { id key name wbsCode kind percentComplete start finish late version statusId assignee { id name } }\n    }\n    milestones { id key name date finish completed late }\n    lateTasks { id key name wbsCode kind percentComplete start finish late version statusId assignee { id name } }\n    recentActivity { id at actorName summary burstKey parts { ...ActivityPartFields } burstParts { ...ActivityPartFields } }\n  }\n"): typeof import('./graphql.js').BoardFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectFields on Project {\n    id key name description methodology status startDate targetFinish archivedAt viewerRole version currency budget\n    members { role user { id name email } }\n    statuses { id name category color position }\n  }\n"): typeof import('./graphql.js').ProjectFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityPartFields on ActivityPart {\n    kind text date amount currency\n  }\n"): typeof import('./graphql.js').ActivityPartFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityFields on Activity {\n    id createdAt summary action taskId actor { id name }\n    burstKey parts { ...ActivityPartFields } burstParts { ...ActivityPartFields }\n  }\n"): typeof import('./graphql.js').ActivityFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer { viewer { id name email } }\n"): typeof import('./graphql.js').ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id name email } } }\n"): typeof import('./graphql.js').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) { signUp(input: $input) { user { id name email } } }\n"): typeof import('./graphql.js').SignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut { signOut }\n"): typeof import('./graphql.js').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Projects($first: Int, $after: String, $includeArchived: Boolean) {\n    projects(first: $first, after: $after, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id key name description methodology status startDate targetFinish archivedAt viewerRole\n        board { percentComplete taskCount }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProjectCreate($input: ProjectCreateInput!) {\n    projectCreate(input: $input) { project { id key name } }\n  }\n"): typeof import('./graphql.js').ProjectCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectTasks($id: UUID!, $first: Int!, $after: String) {\n    project(id: $id) { tasks(first: $first, after: $after) { pageInfo { endCursor hasNextPage } nodes { ...TaskFields } } }\n  }\n"): typeof import('./graphql.js').ProjectTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationFields on Invitation { id email name role createdAt expiresAt }\n"): typeof import('./graphql.js').InvitationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectSettings($key: String!, $withTokens: Boolean!) {\n    project(key: $key) {\n      ...ProjectFields\n      boardTokens @include(if: $withTokens) { id name prefix createdAt lastUsedAt revokedAt showTopRisks showBlockingIssues layout }\n      invitations @include(if: $withTokens) { ...InvitationFields }\n    }\n  }\n"): typeof import('./graphql.js').ProjectSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatusFields on TaskStatus { id name category color position }\n"): typeof import('./graphql.js').StatusFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectStatuses($id: UUID!) { project(id: $id) { statuses { ...StatusFields } } }\n"): typeof import('./graphql.js').ProjectStatusesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatusCreate($input: StatusCreateInput!) { statusCreate(input: $input) { status { ...StatusFields } } }\n"): typeof import('./graphql.js').StatusCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatusUpdate($input: StatusUpdateInput!) { statusUpdate(input: $input) { status { ...StatusFields } } }\n"): typeof import('./graphql.js').StatusUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatusDelete($id: UUID!, $moveToId: UUID) { statusDelete(id: $id, moveToId: $moveToId) { status { id } } }\n"): typeof import('./graphql.js').StatusDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatusUsage($projectId: UUID!, $statusId: UUID!) {\n    project(id: $projectId) { tasks(first: 1, includeArchived: true, filter: { statusIds: [$statusId] }) { totalCount } }\n  }\n"): typeof import('./graphql.js').StatusUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CharterFields on Charter {\n    projectId purpose objectives successCriteria inScope outOfScope assumptions constraints keyStakeholders sponsor\n    approvalState approvedAt updatedAt version\n    approver { id name } approvedBy { id name } submittedBy { id name } submittedAt\n    decisions { id decision comment createdAt actor { id name } }\n  }\n"): typeof import('./graphql.js').CharterFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectCharter($key: String!) {\n    project(key: $key) { id key name viewerRole archivedAt charter { ...CharterFields } }\n  }\n"): typeof import('./graphql.js').ProjectCharterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CharterUpdate($input: CharterUpdateInput!) { charterUpdate(input: $input) { charter { ...CharterFields } } }\n"): typeof import('./graphql.js').CharterUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CharterApprovalSet($projectId: UUID!, $state: CharterApproval!, $comment: String) {\n    charterApprovalSet(projectId: $projectId, state: $state, comment: $comment) { charter { ...CharterFields } }\n  }\n"): typeof import('./graphql.js').CharterApprovalSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectSponsor($key: String!) { project(key: $key) { id charter { approver { id name } } } }\n"): typeof import('./graphql.js').ProjectSponsorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CharterApproverSet($projectId: UUID!, $userId: UUID) {\n    charterApproverSet(projectId: $projectId, userId: $userId) { charter { ...CharterFields } }\n  }\n"): typeof import('./graphql.js').CharterApproverSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProjectUpdate($input: ProjectUpdateInput!) { projectUpdate(input: $input) { project { ...ProjectFields } } }\n"): typeof import('./graphql.js').ProjectUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProjectArchive($id: UUID!) { projectArchive(id: $id) { project { ...ProjectFields } } }\n"): typeof import('./graphql.js').ProjectArchiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProjectUnarchive($id: UUID!) { projectUnarchive(id: $id) { project { ...ProjectFields } } }\n"): typeof import('./graphql.js').ProjectUnarchiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TaskCreate($input: TaskCreateInput!) { taskCreate(input: $input) { changeNumber task { ...TaskFields } } }\n"): typeof import('./graphql.js').TaskCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TaskUpdate($input: TaskUpdateInput!) { taskUpdate(input: $input) { changeNumber task { ...TaskFields } } }\n"): typeof import('./graphql.js').TaskUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TaskMove($input: TaskMoveInput!) { taskMove(input: $input) { changeNumber task { ...TaskFields } } }\n"): typeof import('./graphql.js').TaskMoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TaskDelete($id: UUID!) { taskDelete(id: $id) { changeNumber task { id } } }\n"): typeof import('./graphql.js').TaskDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberInvite($input: MemberInviteInput!) { memberInvite(input: $input) { token invitation { ...InvitationFields } } }\n"): typeof import('./graphql.js').MemberInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectInvitations($id: UUID!) { project(id: $id) { id invitations { ...InvitationFields } } }\n"): typeof import('./graphql.js').ProjectInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitationRevoke($id: UUID!) { invitationRevoke(id: $id) { invitation { id } } }\n"): typeof import('./graphql.js').InvitationRevokeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitation($token: String!) { invitation(token: $token) { projectName projectKey role invitedByName expiresAt state viewerIsMember } }\n"): typeof import('./graphql.js').InvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitationAccept($token: String!) { invitationAccept(token: $token) { project { key } } }\n"): typeof import('./graphql.js').InvitationAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberUpdate($input: MemberUpdateInput!) { memberUpdate(input: $input) { member { role user { id name email } } } }\n"): typeof import('./graphql.js').MemberUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberRemove($projectId: UUID!, $userId: UUID!) { memberRemove(projectId: $projectId, userId: $userId) }\n"): typeof import('./graphql.js').MemberRemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoardTokenCreate($projectId: UUID!, $name: String!) {\n    boardTokenCreate(projectId: $projectId, name: $name) { token boardToken { id name prefix createdAt lastUsedAt revokedAt showTopRisks showBlockingIssues layout } }\n  }\n"): typeof import('./graphql.js').BoardTokenCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoardTokenRevoke($id: UUID!) { boardTokenRevoke(id: $id) { boardToken { id revokedAt } } }\n"): typeof import('./graphql.js').BoardTokenRevokeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessTokens { accessTokens { id name prefix scope expiresAt createdAt lastUsedAt revokedAt } }\n"): typeof import('./graphql.js').AccessTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessTokenCreate($input: AccessTokenCreateInput!) {\n    accessTokenCreate(input: $input) { token accessToken { id name prefix scope expiresAt createdAt lastUsedAt revokedAt } }\n  }\n"): typeof import('./graphql.js').AccessTokenCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessTokenRevoke($id: UUID!) { accessTokenRevoke(id: $id) { accessToken { id revokedAt } } }\n"): typeof import('./graphql.js').AccessTokenRevokeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WallBoard { wallBoard { ...BoardFields } }\n"): typeof import('./graphql.js').WallBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnOutlineChanged($projectId: UUID!) { outlineChanged(projectId: $projectId) { projectId nodes { id parentId position wbsCode } } }\n"): typeof import('./graphql.js').OnOutlineChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnTaskUpdated($projectId: UUID!) { taskUpdated(projectId: $projectId) { action changeNumber actorId task { ...TaskFields } } }\n"): typeof import('./graphql.js').OnTaskUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnBoardUpdated($projectId: UUID!) { boardUpdated(projectId: $projectId) { ...BoardFields } }\n"): typeof import('./graphql.js').OnBoardUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnProjectCharter($projectId: UUID!) {\n    projectUpdated(projectId: $projectId) { id key name viewerRole archivedAt charter { ...CharterFields } }\n  }\n"): typeof import('./graphql.js').OnProjectCharterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnActivityAdded($projectId: UUID!) { activityAdded(projectId: $projectId) { ...ActivityFields } }\n"): typeof import('./graphql.js').OnActivityAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskDetail($id: UUID!) {\n    task(id: $id) {\n      ...TaskFields\n      description estimateHours storyPoints\n      constraintType constraintDate deadline actualStart actualFinish calendarId\n      scheduled { start finish totalFloatDays freeFloatDays critical levelingDelayDays }\n      project { id calendars { id name } schedule { warnings { taskId code message } } }\n      predecessors { id type lagDays predecessor { id key name } }\n      successors { id type lagDays successor { id key name } }\n      activity(first: 25) { nodes { ...ActivityFields } }\n    }\n  }\n"): typeof import('./graphql.js').TaskDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DependencyCreate($input: DependencyCreateInput!) { dependencyCreate(input: $input) { dependency { id } } }\n"): typeof import('./graphql.js').DependencyCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DependencyDelete($id: UUID!) { dependencyDelete(id: $id) { dependency { id } } }\n"): typeof import('./graphql.js').DependencyDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CollabTicket($document: String!) {\n    collabTicket(document: $document) { token url document canWrite expiresAt }\n  }\n"): typeof import('./graphql.js').CollabTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanProjectFields on Project { id key name currency budget viewerRole archivedAt }\n"): typeof import('./graphql.js').PlanProjectFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanTaskFields on Task { id key wbsCode name kind parentId durationDays percentComplete version }\n"): typeof import('./graphql.js').PlanTaskFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScheduledTaskFields on ScheduledTask {\n    taskId start finish earlyStart earlyFinish lateStart lateFinish durationDays totalFloatDays freeFloatDays critical levelingDelayDays late\n  }\n"): typeof import('./graphql.js').ScheduledTaskFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScheduleFields on Schedule {\n    start finish statusDate calendarId criticalPath\n    tasks { ...ScheduledTaskFields }\n    warnings { taskId code message }\n  }\n"): typeof import('./graphql.js').ScheduleFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanLinksPage($id: UUID!, $first: Int!, $after: String) {\n    project(id: $id) {\n      dependencies(first: $first, after: $after) { pageInfo { endCursor hasNextPage } nodes { id type lagDays predecessorId successorId } }\n    }\n  }\n"): typeof import('./graphql.js').PlanLinksPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanSchedule($id: UUID!) { project(id: $id) { schedule { ...ScheduleFields } } }\n"): typeof import('./graphql.js').PlanScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BaselineTasks($id: UUID!) {\n    project(id: $id) { baselines { id name createdAt tasks { taskId start finish durationDays workHours cost } } }\n  }\n"): typeof import('./graphql.js').BaselineTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TaskScheduleUpdate($input: TaskScheduleUpdateInput!) { taskScheduleUpdate(input: $input) { task { ...PlanTaskFields } } }\n"): typeof import('./graphql.js').TaskScheduleUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanTaskUpdate($input: TaskUpdateInput!) { taskUpdate(input: $input) { task { ...PlanTaskFields } } }\n"): typeof import('./graphql.js').PlanTaskUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanLinkCreate($input: DependencyCreateInput!) {\n    dependencyCreate(input: $input) { dependency { id type lagDays predecessorId successorId } }\n  }\n"): typeof import('./graphql.js').PlanLinkCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanLinkUpdate($input: DependencyUpdateInput!) {\n    dependencyUpdate(input: $input) { dependency { id type lagDays predecessorId successorId } }\n  }\n"): typeof import('./graphql.js').PlanLinkUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnScheduleUpdated($projectId: UUID!) {\n    scheduleUpdated(projectId: $projectId) { projectId start finish removedTaskIds criticalPath changeNumbers actorIds tasks { ...ScheduledTaskFields } }\n  }\n"): typeof import('./graphql.js').OnScheduleUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnPlanChanged($projectId: UUID!) {\n    planChanged(projectId: $projectId) { projectId part }\n  }\n"): typeof import('./graphql.js').OnPlanChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanBaselines($id: UUID!) {\n    project(id: $id) { baselines { id name createdAt } }\n  }\n"): typeof import('./graphql.js').PlanBaselinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResourceFields on Resource {\n    id name type maxUnits standardRate overtimeRate costPerUse version userId user { id name }\n    rates { id effectiveFrom standardRate overtimeRate costPerUse }\n  }\n"): typeof import('./graphql.js').ResourceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourceUsage($id: UUID!, $period: UsagePeriod!) {\n    project(id: $id) {\n      resources { ...ResourceFields }\n      assignments { id taskId resourceId units }\n      resourceUsage(period: $period) { resourceId periods { start workHours capacityHours overallocated cost } }\n      schedule { finish tasks { taskId start finish levelingDelayDays } }\n    }\n  }\n"): typeof import('./graphql.js').ResourceUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LevelingPreview($id: UUID!) {\n    project(id: $id) { levelingPreview { finishBefore finishAfter overallocationsRemaining delays { taskId levelingDelayDays } } }\n  }\n"): typeof import('./graphql.js').LevelingPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LevelingApply($projectId: UUID!) { levelingApply(projectId: $projectId) { leveling { overallocationsRemaining } } }\n"): typeof import('./graphql.js').LevelingApplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LevelingClear($projectId: UUID!) { levelingClear(projectId: $projectId) { leveling { overallocationsRemaining } } }\n"): typeof import('./graphql.js').LevelingClearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourceCreate($input: ResourceCreateInput!) { resourceCreate(input: $input) { resource { ...ResourceFields } } }\n"): typeof import('./graphql.js').ResourceCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourceForMember($input: ResourceForMemberInput!) { resourceForMember(input: $input) { resource { ...ResourceFields } } }\n"): typeof import('./graphql.js').ResourceForMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourceUpdate($input: ResourceUpdateInput!) { resourceUpdate(input: $input) { resource { ...ResourceFields } } }\n"): typeof import('./graphql.js').ResourceUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourceDelete($id: UUID!) { resourceDelete(id: $id) { resource { id } } }\n"): typeof import('./graphql.js').ResourceDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignmentCreate($input: AssignmentCreateInput!) { assignmentCreate(input: $input) { assignment { id taskId resourceId units } } }\n"): typeof import('./graphql.js').AssignmentCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignmentDelete($id: UUID!) { assignmentDelete(id: $id) { assignment { id } } }\n"): typeof import('./graphql.js').AssignmentDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvRowFields on EvRow { taskId pv ev ac sv cv spi cpi eacCpi eacCpiSpi etc vac tcpi bac }\n"): typeof import('./graphql.js').EvRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EarnedValue($id: UUID!, $statusDate: LocalDate!, $baselineId: UUID) {\n    project(id: $id) {\n      earnedValue(statusDate: $statusDate, baselineId: $baselineId) {\n        statusDate\n        project { ...EvRowFields }\n        branches { ...EvRowFields }\n        series { date pv ev ac }\n      }\n      costEntries { id taskId date hours amount note }\n    }\n  }\n"): typeof import('./graphql.js').EarnedValueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BaselineCreate($projectId: UUID!, $name: String!) { baselineCreate(projectId: $projectId, name: $name) { baseline { id name createdAt } } }\n"): typeof import('./graphql.js').BaselineCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CostEntryCreate($input: CostEntryCreateInput!) { costEntryCreate(input: $input) { costEntry { id taskId date hours amount note } } }\n"): typeof import('./graphql.js').CostEntryCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanLinksAndWarnings($id: UUID!, $first: Int!) {\n    project(id: $id) {\n      dependencies(first: $first) { pageInfo { endCursor hasNextPage } nodes { id type lagDays predecessorId successorId } }\n      schedule { warnings { taskId code message } }\n    }\n  }\n"): typeof import('./graphql.js').PlanLinksAndWarningsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanExport($id: UUID!, $format: ExportFormat!) {\n    project(id: $id) { export(format: $format) }\n  }\n"): typeof import('./graphql.js').PlanExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanImport($input: ProjectImportInput!) {\n    projectImport(input: $input) { created links calendars resources assignments baselines costEntries unmapped { element line reason } }\n  }\n"): typeof import('./graphql.js').PlanImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkCalendarFields on WorkCalendar {\n    id name baseCalendarId hoursPerDay isProjectCalendar version\n    workWeek { day times { from to } }\n    exceptions { id name from to working times { from to } }\n    usage { tasks resources calendars }\n  }\n"): typeof import('./graphql.js').WorkCalendarFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanCalendars($id: UUID!) {\n    project(id: $id) {\n      plan { calendarId statusDate timeZone }\n      calendars { ...WorkCalendarFields }\n    }\n  }\n"): typeof import('./graphql.js').PlanCalendarsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanSpan($id: UUID!) { project(id: $id) { schedule { start finish } } }\n"): typeof import('./graphql.js').PlanSpanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanSettingsUpdate($input: PlanSettingsInput!) { planSettingsUpdate(input: $input) { plan { calendarId statusDate timeZone } } }\n"): typeof import('./graphql.js').PlanSettingsUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CalendarCreate($input: CalendarCreateInput!) { calendarCreate(input: $input) { calendar { ...WorkCalendarFields } } }\n"): typeof import('./graphql.js').CalendarCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CalendarUpdate($input: CalendarUpdateInput!) { calendarUpdate(input: $input) { calendar { ...WorkCalendarFields } } }\n"): typeof import('./graphql.js').CalendarUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CalendarDelete($id: UUID!, $version: Int) { calendarDelete(id: $id, version: $version) { calendar { id } } }\n"): typeof import('./graphql.js').CalendarDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CalendarExceptionAdd($input: CalendarExceptionAddInput!) {\n    calendarExceptionAdd(input: $input) { calendar { ...WorkCalendarFields } exception { id } }\n  }\n"): typeof import('./graphql.js').CalendarExceptionAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CalendarExceptionRemove($id: UUID!) { calendarExceptionRemove(id: $id) { calendar { ...WorkCalendarFields } } }\n"): typeof import('./graphql.js').CalendarExceptionRemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnPlanSpanUpdated($projectId: UUID!) { scheduleUpdated(projectId: $projectId) { projectId start finish } }\n"): typeof import('./graphql.js').OnPlanSpanUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectHead($key: String!, $first: Int!) {\n    project(key: $key) {\n      ...ProjectFields\n      tasks(first: $first) { totalCount pageInfo { endCursor hasNextPage } nodes { ...TaskFields } }\n    }\n  }\n"): typeof import('./graphql.js').ProjectHeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectBoard($id: UUID!) {\n    project(id: $id) {\n      board { ...BoardFields }\n      activity(first: 100) { nodes { ...ActivityFields } }\n    }\n  }\n"): typeof import('./graphql.js').ProjectBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GanttPlan($key: String!, $first: Int!) {\n    project(key: $key) {\n      id\n      dependencies(first: $first) { totalCount pageInfo { endCursor hasNextPage } nodes { id type lagDays predecessorId successorId } }\n      schedule { ...ScheduleFields }\n      baselines { id name createdAt }\n      calendars { id name workWeek { day times { from to } } exceptions { from to working } }\n    }\n  }\n"): typeof import('./graphql.js').GanttPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourcesPlan($key: String!, $period: UsagePeriod!) {\n    project(key: $key) {\n      id\n      resources { ...ResourceFields }\n      assignments { id taskId resourceId units }\n      resourceUsage(period: $period) { resourceId periods { start workHours capacityHours overallocated cost } }\n      schedule { finish calendarId tasks { taskId start finish levelingDelayDays } }\n      calendars { id name workWeek { day times { from to } } exceptions { from to working } }\n    }\n  }\n"): typeof import('./graphql.js').ResourcesPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EarnedValuePlan($key: String!) {\n    project(key: $key) { id baselines { id name createdAt } schedule { statusDate } }\n  }\n"): typeof import('./graphql.js').EarnedValuePlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnProjectUpdatedWithCharter($projectId: UUID!) {\n    projectUpdated(projectId: $projectId) { ...ProjectFields charter { ...CharterFields } }\n  }\n"): typeof import('./graphql.js').OnProjectUpdatedWithCharterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChangeRequestFields on ChangeRequest {\n    id key number title description reason category status version takeBaseline createdAt updatedAt appliedAt baselineId\n    requestedBy { id name }\n    linkedTaskIds\n    issues { id key title status }\n    changeSet {\n      addTasks { key name parentId durationDays milestone }\n      durations { taskId durationDays }\n      links { predecessorId successorId type lagDays }\n      removeLinks { predecessorId successorId }\n      removeTasks\n      budgetDelta\n      scopeItems\n    }\n    impact {\n      base computedAt finishBefore finishAfter costBefore costAfter budgetBefore budgetAfter\n      milestones { taskId name before after }\n      becameCritical { taskId name }\n      leftCritical { taskId name }\n      overallocations { resourceId name daysBefore daysAfter }\n    }\n    history { id fromStatus toStatus reason at actor { id name } }\n  }\n"): typeof import('./graphql.js').ChangeRequestFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangeRequests($key: String!, $after: String) {\n    project(key: $key) {\n      id\n      viewerCanDecideChanges\n      changeBoard { memberIds members { id name } }\n      dependencies(first: 500) { nodes { id predecessorId successorId } }\n      changeRequests(first: 100, after: $after, sort: NUMBER_DESC) { totalCount pageInfo { hasNextPage endCursor } nodes { ...ChangeRequestFields } }\n    }\n  }\n"): typeof import('./graphql.js').ChangeRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangeRequestPreviewCurrent($id: UUID!) {\n    changeRequest(id: $id) { id version previewCurrent }\n  }\n"): typeof import('./graphql.js').ChangeRequestPreviewCurrentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeRequestCreate($input: ChangeRequestCreateInput!) {\n    changeRequestCreate(input: $input) { changeNumber changeRequest { ...ChangeRequestFields } }\n  }\n"): typeof import('./graphql.js').ChangeRequestCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeRequestUpdate($input: ChangeRequestUpdateInput!) {\n    changeRequestUpdate(input: $input) { changeNumber changeRequest { ...ChangeRequestFields } }\n  }\n"): typeof import('./graphql.js').ChangeRequestUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeRequestPreview($id: UUID!) {\n    changeRequestPreview(id: $id) { changeNumber changeRequest { ...ChangeRequestFields } }\n  }\n"): typeof import('./graphql.js').ChangeRequestPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeRequestSubmit($input: ChangeRequestStepInput!) {\n    changeRequestSubmit(input: $input) { changeNumber changeRequest { ...ChangeRequestFields } }\n  }\n"): typeof import('./graphql.js').ChangeRequestSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeRequestStartReview($input: ChangeRequestStepInput!) {\n    changeRequestStartReview(input: $input) { changeNumber changeRequest { ...ChangeRequestFields } }\n  }\n"): typeof import('./graphql.js').ChangeRequestStartReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeRequestApprove($input: ChangeRequestStepInput!) {\n    changeRequestApprove(input: $input) { changeNumber changeRequest { ...ChangeRequestFields } }\n  }\n"): typeof import('./graphql.js').ChangeRequestApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeRequestReject($input: ChangeRequestStepInput!) {\n    changeRequestReject(input: $input) { changeNumber changeRequest { ...ChangeRequestFields } }\n  }\n"): typeof import('./graphql.js').ChangeRequestRejectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeRequestDefer($input: ChangeRequestStepInput!) {\n    changeRequestDefer(input: $input) { changeNumber changeRequest { ...ChangeRequestFields } }\n  }\n"): typeof import('./graphql.js').ChangeRequestDeferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeRequestDelete($id: UUID!) {\n    changeRequestDelete(id: $id) { changeNumber changeRequest { id } }\n  }\n"): typeof import('./graphql.js').ChangeRequestDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeBoardSet($projectId: UUID!, $memberIds: [UUID!]!) {\n    changeBoardSet(projectId: $projectId, memberIds: $memberIds) { changeNumber changeBoard { memberIds members { id name } } }\n  }\n"): typeof import('./graphql.js').ChangeBoardSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ChangeRequestChanged($projectId: UUID!) {\n    changeRequestChanged(projectId: $projectId) { action id changeNumber actorId changeRequest { ...ChangeRequestFields } }\n  }\n"): typeof import('./graphql.js').ChangeRequestChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DecisionFields on Decision {\n    id key number title rationale alternatives decidedOn decidedByIds decidedByText version createdAt\n    decidedBy { id name }\n    linkedTaskIds linkedChangeRequestIds\n    linkedChangeRequests { id key title }\n  }\n"): typeof import('./graphql.js').DecisionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Decisions($key: String!, $after: String) {\n    project(key: $key) { id decisions(first: 200, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ...DecisionFields } } }\n  }\n"): typeof import('./graphql.js').DecisionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecisionCreate($input: DecisionCreateInput!) {\n    decisionCreate(input: $input) { changeNumber decision { ...DecisionFields } }\n  }\n"): typeof import('./graphql.js').DecisionCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecisionUpdate($input: DecisionUpdateInput!) {\n    decisionUpdate(input: $input) { changeNumber decision { ...DecisionFields } }\n  }\n"): typeof import('./graphql.js').DecisionUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecisionDelete($id: UUID!, $version: Int) {\n    decisionDelete(id: $id, version: $version) { changeNumber decision { id } }\n  }\n"): typeof import('./graphql.js').DecisionDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DecisionChanged($projectId: UUID!) {\n    decisionChanged(projectId: $projectId) { action id changeNumber decision { ...DecisionFields } }\n  }\n"): typeof import('./graphql.js').DecisionChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StakeholderFields on Stakeholder {\n    id name organisation role email phone memberId interest influence currentEngagement desiredEngagement\n    communicationNeeds notes version strategy engagementGap emailOptOut optedOutAt\n  }\n"): typeof import('./graphql.js').StakeholderFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StakeholderGroupFields on StakeholderGroup { id name stakeholderIds version }\n"): typeof import('./graphql.js').StakeholderGroupFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StakeholderRegister($id: UUID!) {\n    project(id: $id) {\n      stakeholders(first: 500) { totalCount pageInfo { hasNextPage endCursor } nodes { ...StakeholderFields } }\n      stakeholderGroups { ...StakeholderGroupFields }\n    }\n  }\n"): typeof import('./graphql.js').StakeholderRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StakeholderRegisterPage($id: UUID!, $after: String!) {\n    project(id: $id) {\n      stakeholders(first: 500, after: $after) { pageInfo { hasNextPage endCursor } nodes { ...StakeholderFields } }\n    }\n  }\n"): typeof import('./graphql.js').StakeholderRegisterPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StakeholderCreate($input: StakeholderCreateInput!) { stakeholderCreate(input: $input) { changeNumber stakeholder { ...StakeholderFields } } }\n"): typeof import('./graphql.js').StakeholderCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StakeholderUpdate($input: StakeholderUpdateInput!) { stakeholderUpdate(input: $input) { changeNumber stakeholder { ...StakeholderFields } } }\n"): typeof import('./graphql.js').StakeholderUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StakeholderDelete($id: UUID!, $version: Int!) { stakeholderDelete(id: $id, version: $version) { changeNumber stakeholder { id } } }\n"): typeof import('./graphql.js').StakeholderDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StakeholderGroupCreate($input: StakeholderGroupCreateInput!) { stakeholderGroupCreate(input: $input) { changeNumber group { ...StakeholderGroupFields } } }\n"): typeof import('./graphql.js').StakeholderGroupCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StakeholderGroupUpdate($input: StakeholderGroupUpdateInput!) { stakeholderGroupUpdate(input: $input) { changeNumber group { ...StakeholderGroupFields } } }\n"): typeof import('./graphql.js').StakeholderGroupUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StakeholderGroupDelete($id: UUID!, $version: Int!) { stakeholderGroupDelete(id: $id, version: $version) { changeNumber group { id } } }\n"): typeof import('./graphql.js').StakeholderGroupDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnStakeholderChanged($projectId: UUID!) { stakeholderChanged(projectId: $projectId) { action stakeholderId groupId changeNumber actorId } }\n"): typeof import('./graphql.js').OnStakeholderChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommunicationItemFields on CommunicationItem {\n    id kind title channel ownerId audienceStakeholderIds audienceGroupIds notes version nextDue overdue lastHeld\n    cadence { kind date weekday everyWeeks monthDay startsOn }\n    occurrences { id heldOn dueOn notes heldById }\n  }\n"): typeof import('./graphql.js').CommunicationItemFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunicationPlan($id: UUID!) {\n    project(id: $id) {\n      communicationItems(first: 500) { nodes { ...CommunicationItemFields } }\n      stakeholders(first: 500) { nodes { id name } }\n      stakeholderGroups { id name }\n    }\n  }\n"): typeof import('./graphql.js').CommunicationPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunicationItemCreate($input: CommunicationItemCreateInput!) { communicationItemCreate(input: $input) { changeNumber item { ...CommunicationItemFields } } }\n"): typeof import('./graphql.js').CommunicationItemCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunicationItemUpdate($input: CommunicationItemUpdateInput!) { communicationItemUpdate(input: $input) { changeNumber item { ...CommunicationItemFields } } }\n"): typeof import('./graphql.js').CommunicationItemUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunicationItemHold($input: CommunicationItemHoldInput!) { communicationItemHold(input: $input) { changeNumber item { ...CommunicationItemFields } } }\n"): typeof import('./graphql.js').CommunicationItemHoldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunicationItemDelete($id: UUID!, $version: Int!) { communicationItemDelete(id: $id, version: $version) { changeNumber item { id } } }\n"): typeof import('./graphql.js').CommunicationItemDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnCommunicationChanged($projectId: UUID!) { communicationChanged(projectId: $projectId) { action itemId changeNumber actorId } }\n"): typeof import('./graphql.js').OnCommunicationChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RaciMatrix($id: UUID!) {\n    project(id: $id) {\n      raci {\n        parties { id kind name }\n        rows { taskId key wbsCode name depth parentId assigneeId flags cells { partyId letter implied } }\n      }\n    }\n  }\n"): typeof import('./graphql.js').RaciMatrixDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaciCellSet($input: RaciCellSetInput!) { raciCellSet(input: $input) { changeNumber change { taskId partyId letter implied flags } } }\n"): typeof import('./graphql.js').RaciCellSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnRaciChanged($projectId: UUID!) { raciChanged(projectId: $projectId) { taskId partyId letter implied flags changeNumber actorId } }\n"): typeof import('./graphql.js').OnRaciChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CharterKeyStakeholders($id: UUID!) {\n    project(id: $id) {\n      stakeholders(first: 6, filter: { strategies: [MANAGE_CLOSELY] }, orderBy: { field: INFLUENCE, descending: true }) {\n        totalCount nodes { id name role organisation }\n      }\n    }\n  }\n"): typeof import('./graphql.js').CharterKeyStakeholdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectVariance($id: UUID!, $baselineId: UUID!) {\n    project(id: $id) {\n      variance(baselineId: $baselineId) {\n        baselineId\n        project { startDays finishDays durationDays cost }\n        branches { taskId startDays finishDays durationDays cost }\n        tasks { taskId startDays finishDays durationDays cost }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ProjectVarianceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RiskFields on Risk {\n    id key version title description cause effect category kind\n    probability impactSchedule impactCost impactScope impactQuality impact score\n    costImpact scheduleImpactDays expectedValue strategy responsePlan trigger reviewDate status\n    residualProbability residualImpact residualScore reviewOverdue archivedAt updatedAt\n    owner { id name }\n    linkedTasks { id key name }\n    issues { id key title status }\n  }\n"): typeof import('./graphql.js').RiskFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IssueFields on Issue {\n    id key version title description type severity priority status dueDate raisedAt ageDays overdue\n    escalationLevel resolution archivedAt updatedAt\n    owner { id name }\n    raisedBy { id name }\n    escalatedTo { id name }\n    linkedTasks { id key name }\n    linkedRisks { id key title }\n    originRisk { id key title }\n    changeRequests { id key title status }\n  }\n"): typeof import('./graphql.js').IssueFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskRegister($key: String!, $weeks: Int!) {\n    project(key: $key) {\n      id\n      risks(first: 200) { totalCount pageInfo { hasNextPage endCursor } nodes { ...RiskFields } }\n      riskExposure(weeks: $weeks) { weekEnding threatScore threatValue opportunityScore opportunityValue openCount }\n      riskReserve { currency budget contingency opportunities openThreats openOpportunities }\n    }\n  }\n"): typeof import('./graphql.js').RiskRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskPage($key: String!, $after: String!) {\n    project(key: $key) { id risks(first: 200, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ...RiskFields } } }\n  }\n"): typeof import('./graphql.js').RiskPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskExposure($key: String!, $weeks: Int!) {\n    project(key: $key) {\n      id\n      riskExposure(weeks: $weeks) { weekEnding threatScore threatValue opportunityScore opportunityValue openCount }\n      riskReserve { currency budget contingency opportunities openThreats openOpportunities }\n    }\n  }\n"): typeof import('./graphql.js').RiskExposureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RiskCreate($input: RiskCreateInput!) { riskCreate(input: $input) { changeNumber risk { ...RiskFields } } }\n"): typeof import('./graphql.js').RiskCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RiskUpdate($input: RiskUpdateInput!) { riskUpdate(input: $input) { changeNumber risk { ...RiskFields } } }\n"): typeof import('./graphql.js').RiskUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RiskDelete($id: UUID!, $version: Int) { riskDelete(id: $id, version: $version) { changeNumber risk { ...RiskFields } } }\n"): typeof import('./graphql.js').RiskDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RiskOccur($input: RiskOccurInput!) { riskOccur(input: $input) { changeNumber risk { ...RiskFields } issue { ...IssueFields } } }\n"): typeof import('./graphql.js').RiskOccurDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RiskMitigationTaskCreate($input: RiskMitigationTaskInput!) {\n    riskMitigationTaskCreate(input: $input) { changeNumber risk { ...RiskFields } task { id key name } }\n  }\n"): typeof import('./graphql.js').RiskMitigationTaskCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnRiskChanged($projectId: UUID!) { riskChanged(projectId: $projectId) { action changeNumber actorId risk { ...RiskFields } } }\n"): typeof import('./graphql.js').OnRiskChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IssueLog($key: String!, $after: String) {\n    project(key: $key) { id issues(first: 200, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ...IssueFields } } }\n  }\n"): typeof import('./graphql.js').IssueLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueCreate($input: IssueCreateInput!) { issueCreate(input: $input) { changeNumber issue { ...IssueFields } } }\n"): typeof import('./graphql.js').IssueCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueUpdate($input: IssueUpdateInput!) { issueUpdate(input: $input) { changeNumber issue { ...IssueFields } } }\n"): typeof import('./graphql.js').IssueUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueDelete($id: UUID!, $version: Int) { issueDelete(id: $id, version: $version) { changeNumber issue { ...IssueFields } } }\n"): typeof import('./graphql.js').IssueDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeRequestIssueLink($input: ChangeRequestIssueInput!) {\n    changeRequestIssueLink(input: $input) { changeNumber changeRequest { ...ChangeRequestFields } issue { ...IssueFields } }\n  }\n"): typeof import('./graphql.js').ChangeRequestIssueLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeRequestIssueUnlink($input: ChangeRequestIssueInput!) {\n    changeRequestIssueUnlink(input: $input) { changeNumber changeRequest { ...ChangeRequestFields } issue { ...IssueFields } }\n  }\n"): typeof import('./graphql.js').ChangeRequestIssueUnlinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LinkableChangeRequests($key: String!) {\n    project(key: $key) { id changeRequests(first: 500, sort: NUMBER_DESC) { nodes { id key title status } } }\n  }\n"): typeof import('./graphql.js').LinkableChangeRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LinkableIssues($key: String!) {\n    project(key: $key) { id issues(first: 500) { nodes { id key title status } } }\n  }\n"): typeof import('./graphql.js').LinkableIssuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnIssueChanged($projectId: UUID!) { issueChanged(projectId: $projectId) { action changeNumber actorId issue { ...IssueFields } } }\n"): typeof import('./graphql.js').OnIssueChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenBlockers($key: String!) {\n    project(key: $key) { id issues(first: 500, filter: { open: true, types: [BLOCKER] }) { nodes { id key title linkedTasks { id } } } }\n  }\n"): typeof import('./graphql.js').OpenBlockersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnBlockerChanged($projectId: UUID!) { issueChanged(projectId: $projectId) { action issue { id } } }\n"): typeof import('./graphql.js').OnBlockerChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WallRegisters {\n    wallRegisters {\n      showTopRisks showBlockingIssues\n      topRisks { id key title score kind owner { name } }\n      blockingIssues { id key title severity linkedTasks { id key name } }\n    }\n  }\n"): typeof import('./graphql.js').WallRegistersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoardTokenWallSet($id: UUID!, $showTopRisks: Boolean!, $showBlockingIssues: Boolean!) {\n    boardTokenWallSet(id: $id, showTopRisks: $showTopRisks, showBlockingIssues: $showBlockingIssues) {\n      changeNumber boardToken { id showTopRisks showBlockingIssues }\n    }\n  }\n"): typeof import('./graphql.js').BoardTokenWallSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectSnapshots($id: UUID!, $from: LocalDate) {\n    project(id: $id) {\n      id\n      snapshots(from: $from) { day percentComplete remainingDays completedDays totalDays spi cpi openRiskExposure }\n    }\n  }\n"): typeof import('./graphql.js').ProjectSnapshotsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportFiguresFields on ReportFigures {\n    computedAt currency overall\n    health { area colour computed reasons overrideReason }\n    accomplishments { key name start finish }\n    planned { key name start finish }\n    milestones { key name baselineFinish forecastFinish actualFinish slipDays }\n    earnedValue { statusDate pv ev ac sv cv spi cpi bac }\n    trend { number periodEnd spi cpi }\n    curve { date pv ev ac }\n    burndown { date remaining }\n    risks { key title score status }\n    issues { key title severity blocking overdue dueDate }\n    changes { key title status decidedOn budgetDelta }\n  }\n"): typeof import('./graphql.js').ReportFiguresFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatusReports($key: String!) {\n    project(key: $key) {\n      id key name viewerRole\n      statusReports { id number title periodStart periodEnd status publishedAt publishedHealth publishedBy { id name } }\n    }\n  }\n"): typeof import('./graphql.js').StatusReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatusReport($key: String!, $number: Int!) {\n    project(key: $key) {\n      id key name viewerRole\n      statusReportByNumber(number: $number) {\n        id number title periodStart periodEnd status version publishedAt narrative narrativeDocument\n        publishedBy { id name }\n        figures { ...ReportFiguresFields }\n      }\n    }\n  }\n"): typeof import('./graphql.js').StatusReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatusReportCreate($input: StatusReportCreateInput!) {\n    statusReportCreate(input: $input) { changeNumber report { id number } }\n  }\n"): typeof import('./graphql.js').StatusReportCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatusReportUpdate($input: StatusReportUpdateInput!) {\n    statusReportUpdate(input: $input) {\n      changeNumber\n      report { id number title periodStart periodEnd status version figures { ...ReportFiguresFields } }\n    }\n  }\n"): typeof import('./graphql.js').StatusReportUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatusReportPublish($id: UUID!, $version: Int) {\n    statusReportPublish(id: $id, version: $version) { changeNumber report { id status version publishedAt } }\n  }\n"): typeof import('./graphql.js').StatusReportPublishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatusReportDelete($id: UUID!) {\n    statusReportDelete(id: $id) { changeNumber report { id } }\n  }\n"): typeof import('./graphql.js').StatusReportDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportLinks($key: String!) {\n    project(key: $key) { id reportLinks { id name prefix createdAt lastUsedAt } }\n  }\n"): typeof import('./graphql.js').ReportLinksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportLinkCreate($projectId: UUID!, $name: String!) {\n    reportLinkCreate(projectId: $projectId, name: $name) { token link { id name prefix createdAt lastUsedAt } }\n  }\n"): typeof import('./graphql.js').ReportLinkCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportLinkRevoke($id: UUID!) {\n    reportLinkRevoke(id: $id) { link { id } }\n  }\n"): typeof import('./graphql.js').ReportLinkRevokeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StakeholderReports($token: String!) {\n    stakeholderReports(token: $token) {\n      projectName projectKey\n      latest { id number title periodStart periodEnd publishedAt narrative publishedBy { name } figures { ...ReportFiguresFields } }\n      reports { id number title periodEnd publishedAt publishedHealth }\n    }\n  }\n"): typeof import('./graphql.js').StakeholderReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StakeholderReport($token: String!, $number: Int!) {\n    stakeholderReport(token: $token, number: $number) {\n      id number title periodStart periodEnd publishedAt narrative publishedBy { name } figures { ...ReportFiguresFields }\n    }\n  }\n"): typeof import('./graphql.js').StakeholderReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HealthRules($key: String!) {\n    project(key: $key) {\n      id\n      healthRules { spiAmber spiRed cpiAmber cpiRed milestoneSlipAmberDays milestoneSlipRedDays scopeAmberPercent scopeRedPercent scopePendingAmberDays riskAmberScore riskRedScore }\n    }\n  }\n"): typeof import('./graphql.js').HealthRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HealthRulesSet($projectId: UUID!, $input: HealthRulesInput!) {\n    healthRulesSet(projectId: $projectId, input: $input) {\n      changeNumber\n      rules { spiAmber spiRed cpiAmber cpiRed milestoneSlipAmberDays milestoneSlipRedDays scopeAmberPercent scopeRedPercent scopePendingAmberDays riskAmberScore riskRedScore }\n    }\n  }\n"): typeof import('./graphql.js').HealthRulesSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WallView {\n    wallView {\n      layout projectKey projectName statusDate spi cpi hasBaseline\n      milestones { id key name baselineFinish forecastFinish slipDays }\n      criticalNext { id key name start finish percentComplete }\n      topRisks { id key title score }\n      openIssues { id key title severity blocking overdue dueDate }\n      issuesBySeverity { severity count }\n    }\n  }\n"): typeof import('./graphql.js').WallViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoardTokenLayoutSet($id: UUID!, $layout: WallLayout!) {\n    boardTokenLayoutSet(id: $id, layout: $layout) { changeNumber boardToken { id layout } }\n  }\n"): typeof import('./graphql.js').BoardTokenLayoutSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Portfolio($filter: PortfolioFilter, $sort: PortfolioSort, $descending: Boolean) {\n    portfolio(filter: $filter, sort: $sort, descending: $descending) {\n      total\n      managers { id name }\n      projects {\n        id key name status methodology currency statusDate percentComplete hasBaseline spi cpi\n        baselineFinish forecastFinish finishVarianceDays budget ac budgetBurnPercent openIssues openBlockingIssues\n        managers { id name }\n        topRisk { id key title score }\n        nextMilestone { id key name baselineFinish forecastFinish }\n        health { overall areas { area colour reasons } }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PortfolioDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Outbox($key: String!, $status: OutboxStatus, $after: String) {\n    project(key: $key) {\n      id key name viewerRole\n      mailDelivery { configured from }\n      outbox(first: 50, after: $after, status: $status) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        nodes {\n          id kind subject text status attempts lastError nextAttemptAt createdAt sentAt\n          recipients { id email name status error sentAt }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').OutboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutboxRetry($id: UUID!) { outboxRetry(id: $id) { changeNumber message { id status nextAttemptAt lastError } } }\n"): typeof import('./graphql.js').OutboxRetryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Unsubscription($token: String!) { unsubscription(token: $token) { stakeholderName projectName optedOut } }\n"): typeof import('./graphql.js').UnsubscriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unsubscribe($token: String!) { unsubscribe(token: $token) { stakeholderName projectName optedOut } }\n"): typeof import('./graphql.js').UnsubscribeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Resubscribe($token: String!) { resubscribe(token: $token) { stakeholderName projectName optedOut } }\n"): typeof import('./graphql.js').ResubscribeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarFeeds($key: String!) { project(key: $key) { id calendarFeeds { id name prefix createdAt lastUsedAt } } }\n"): typeof import('./graphql.js').CalendarFeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CalendarFeedCreate($projectId: UUID!, $name: String!) {\n    calendarFeedCreate(projectId: $projectId, name: $name) { token path feed { id name prefix createdAt lastUsedAt } }\n  }\n"): typeof import('./graphql.js').CalendarFeedCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CalendarFeedRevoke($id: UUID!) { calendarFeedRevoke(id: $id) { feed { id } } }\n"): typeof import('./graphql.js').CalendarFeedRevokeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnOutboxChanged($projectId: UUID!) { outboxChanged(projectId: $projectId) { action messageId } }\n"): typeof import('./graphql.js').OnOutboxChangedDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
