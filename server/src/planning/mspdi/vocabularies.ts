import { vocabulary } from './unmapped.js';

/** Computed by MS Project on every record type that carries work and cost. */
const WORK_AND_COST_TOTALS = [
  'Work', 'RegularWork', 'OvertimeWork', 'ActualOvertimeWork', 'RemainingWork', 'RemainingOvertimeWork',
  'ActualWorkProtected', 'ActualOvertimeWorkProtected', 'PercentWorkComplete', 'Cost', 'OvertimeCost',
  'ActualOvertimeCost', 'RemainingCost', 'RemainingOvertimeCost', 'WorkVariance', 'CostVariance',
  'ACWP', 'BCWS', 'BCWP', 'CV', 'SV', 'VAC', 'StartVariance', 'FinishVariance', 'CreateDate', 'CreationDate',
];

export const PROJECT_VOCABULARY = vocabulary(
  ['Name', 'Title', 'StartDate', 'StatusDate', 'CalendarUID', 'CurrencyCode', 'MinutesPerDay',
    'Calendars', 'Tasks', 'Resources', 'Assignments', 'ExtendedAttributes', 'OutlineCodes', 'WBSMasks',
    'ScheduleFromStart', 'CriticalSlackLimit', 'HonorConstraints', 'DefaultStartTime'],
  ['SaveVersion', 'Subject', 'Category', 'Company', 'Manager', 'Author', 'CreationDate', 'Revision', 'LastSaved',
    'FinishDate', 'FYStartDate', 'CurrencyDigits', 'CurrencySymbol', 'CurrencySymbolPosition',
    'DefaultFinishTime', 'MinutesPerWeek', 'DaysPerMonth', 'DefaultTaskType',
    'DefaultFixedCostAccrual', 'DefaultStandardRate', 'DefaultOvertimeRate', 'DurationFormat', 'WorkFormat',
    'EditableActualCosts', 'InsertedProjectsLikeSummary', 'MultipleCriticalPaths',
    'NewTasksEffortDriven', 'NewTasksEstimated', 'SplitsInProgressTasks', 'SpreadActualCost',
    'SpreadPercentComplete', 'TaskUpdatesResource', 'FiscalYearStart', 'WeekStartDay', 'MoveCompletedEndsBack',
    'MoveRemainingStartsBack', 'MoveRemainingStartsForward', 'MoveCompletedEndsForward', 'BaselineForEarnedValue',
    'AutoAddNewResourcesAndTasks', 'CurrentDate', 'MicrosoftProjectServerURL', 'Autolink', 'NewTaskStartDate',
    'DefaultTaskEVMethod', 'ProjectExternallyEdited', 'ExtendedCreationDate', 'ActualsInSync',
    'RemoveFileProperties', 'AdminProject', 'GUID', 'Keywords', 'Comments', 'NewTasksAreManual', 'UpdateManuallyScheduledTasksWhenEditingLinks',
    'KeepTaskOnNearestWorkingTimeWhenMadeAutoScheduled', 'ProjectExternallyEdited', 'WriteReservedFlag'],
);

export const CALENDAR_VOCABULARY = vocabulary(
  ['UID', 'Name', 'IsBaseCalendar', 'BaseCalendarUID', 'WeekDays', 'Exceptions', 'WorkWeeks'],
  ['GUID', 'IsBaselineCalendar'],
);

export const TASK_VOCABULARY = vocabulary(
  ['UID', 'ID', 'Name', 'IsNull', 'WBS', 'OutlineNumber', 'OutlineLevel', 'Summary', 'Milestone', 'Duration',
    'DurationFormat', 'CalendarUID', 'ConstraintType', 'ConstraintDate', 'Deadline', 'ActualStart',
    'ActualFinish', 'PercentComplete', 'ActualCost', 'ActualWork', 'FixedCost', 'Notes', 'PredecessorLink',
    'Baseline', 'LevelingDelay', 'LevelingDelayFormat', 'Recurring', 'ExtendedAttribute', 'Hyperlink',
    'HyperlinkAddress', 'HyperlinkSubAddress', 'Manual', 'Active', 'IsSubproject', 'ExternalTask',
    'OutlineCode', 'TimephasedData', 'EffortDriven'],
  [...WORK_AND_COST_TOTALS, 'GUID', 'Type', 'Start', 'Finish', 'Stop', 'Resume', 'ResumeValid',
    'OverAllocated', 'Estimated', 'Critical', 'IsSubprojectReadOnly', 'EarlyStart', 'EarlyFinish',
    'LateStart', 'LateFinish', 'FreeSlack', 'TotalSlack', 'StartSlack', 'FinishSlack', 'FixedCostAccrual',
    'ActualDuration', 'RemainingDuration', 'LevelAssignments', 'LevelingCanSplit', 'PreLeveledStart',
    'PreLeveledFinish', 'IgnoreResourceCalendar', 'HideBar', 'Rollup', 'PhysicalPercentComplete',
    'EarnedValueMethod', 'IsPublished', 'CommitmentType', 'CommitmentStart', 'CommitmentFinish', 'StatusManager',
    'WBSLevel', 'ManualStart', 'ManualFinish', 'ManualDuration', 'DurationText', 'StartText', 'FinishText',
    'IsNull'],
  // Priority steers MS Project's leveling; Trellis levels by its own rules.
  { Contact: '', Priority: '500' },
);

export const PREDECESSOR_LINK_VOCABULARY = vocabulary(
  ['PredecessorUID', 'Type', 'CrossProject', 'CrossProjectName', 'LinkLag', 'LagFormat'],
  [],
);

export const RESOURCE_VOCABULARY = vocabulary(
  ['UID', 'ID', 'Name', 'Type', 'IsNull', 'Initials', 'MaxUnits', 'StandardRate', 'OvertimeRate', 'CostPerUse',
    'CalendarUID', 'Notes', 'MaterialLabel', 'IsCostResource', 'Rates', 'AvailabilityPeriods', 'ExtendedAttribute',
    'Hyperlink', 'HyperlinkAddress', 'HyperlinkSubAddress', 'EmailAddress', 'Group', 'Code', 'IsInactive',
    'OutlineCode', 'CanLevel', 'AccrueAt'],
  [...WORK_AND_COST_TOTALS, 'GUID', 'WorkGroup', 'PeakUnits', 'OverAllocated',
    'ActualWork', 'ActualCost', 'StandardRateFormat', 'OvertimeRateFormat', 'IsGeneric', 'IsEnterprise',
    'IsBudget', 'BookingType', 'Baseline', 'AvailableFrom', 'AvailableTo', 'Start', 'Finish', 'Phonetics',
    'NTAccount', 'ActiveDirectoryGUID', 'AssnOwner', 'AssnOwnerGuid', 'TimephasedData'],
);

export const ASSIGNMENT_VOCABULARY = vocabulary(
  ['UID', 'TaskUID', 'ResourceUID', 'Units', 'Work', 'Cost', 'WorkContour', 'CostRateTable', 'Delay',
    'TimephasedData', 'ExtendedAttribute', 'Notes', 'LevelingDelay', 'LevelingDelayFormat'],
  [...WORK_AND_COST_TOTALS, 'GUID', 'ActualCost', 'ActualWork', 'ActualStart', 'ActualFinish', 'Confirmed',
    'Finish', 'HasFixedRateUnits', 'FixedMaterial', 'LinkedFields',
    'Milestone', 'Overallocated', 'PeakUnits', 'ResponsePending', 'Start', 'Stop', 'Resume', 'UpdateNeeded',
    'BookingType', 'Baseline', 'BudgetCost', 'BudgetWork'],
);
