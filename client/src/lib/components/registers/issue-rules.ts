/** The issue form's draft and rules (every error at once), and the table's sorting and filters. */
import type { Issue, IssueLevel, IssueStatus, IssueType } from '$lib/graphql/types';

export const ISSUE_TYPES: IssueType[] = ['PROBLEM', 'QUESTION', 'BLOCKER', 'DEFECT'];
export const ISSUE_LEVELS: IssueLevel[] = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
export const ISSUE_STATUSES: IssueStatus[] = ['OPEN', 'IN_PROGRESS', 'ESCALATED', 'RESOLVED', 'CLOSED'];
export const isOpen = (s: IssueStatus) => s === 'OPEN' || s === 'IN_PROGRESS' || s === 'ESCALATED';

export interface IssueDraft {
  title: string;
  description: string;
  type: IssueType;
  severity: IssueLevel;
  priority: IssueLevel;
  ownerId: string;
  dueDate: string;
  status: IssueStatus;
  escalationLevel: number;
  escalatedToId: string;
  resolution: string;
  taskIds: string[];
}

export const emptyIssue = (): IssueDraft => ({
  title: '', description: '', type: 'PROBLEM', severity: 'MEDIUM', priority: 'MEDIUM', ownerId: '', dueDate: '',
  status: 'OPEN', escalationLevel: 0, escalatedToId: '', resolution: '', taskIds: [],
});

export const issueDraftOf = (i: Issue): IssueDraft => ({
  title: i.title, description: i.description, type: i.type, severity: i.severity, priority: i.priority, ownerId: i.owner?.id ?? '',
  dueDate: i.dueDate ?? '', status: i.status, escalationLevel: i.escalationLevel, escalatedToId: i.escalatedTo?.id ?? '',
  resolution: i.resolution, taskIds: i.linkedTasks.map((t) => t.id),
});

export function issueErrors(d: IssueDraft): Record<string, string> {
  const e: Record<string, string> = {};
  if (!d.title.trim()) e.title = 'Title is required';
  else if (d.title.length > 500) e.title = 'Title must be at most 500 characters';
  if (d.description.length > 50_000) e.description = 'At most 50,000 characters';
  if ((d.status === 'RESOLVED' || d.status === 'CLOSED') && !d.resolution.trim()) e.resolution = 'Say how the issue was resolved before resolving or closing it';
  return e;
}

export function issueInput(d: IssueDraft) {
  return {
    title: d.title.trim(), description: d.description, type: d.type, severity: d.severity, priority: d.priority,
    ownerId: d.ownerId || null, dueDate: d.dueDate || null, status: d.status, escalationLevel: d.escalationLevel,
    escalatedToId: d.escalatedToId || null, resolution: d.resolution, taskIds: d.taskIds,
  };
}

export function issueChanges(base: IssueDraft, d: IssueDraft): Record<string, unknown> {
  const a = issueInput(base);
  const b = issueInput(d);
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(b) as (keyof typeof b)[]) if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) out[k] = b[k];
  return out;
}

export type IssueSortKey = 'key' | 'title' | 'type' | 'severity' | 'priority' | 'status' | 'owner' | 'dueDate' | 'age';

export function compareIssues(a: Issue, b: Issue, key: IssueSortKey): number {
  switch (key) {
    case 'key': return Number(a.key.slice(2)) - Number(b.key.slice(2));
    case 'title': return a.title.localeCompare(b.title);
    case 'type': return ISSUE_TYPES.indexOf(a.type) - ISSUE_TYPES.indexOf(b.type);
    case 'severity': return ISSUE_LEVELS.indexOf(a.severity) - ISSUE_LEVELS.indexOf(b.severity);
    case 'priority': return ISSUE_LEVELS.indexOf(a.priority) - ISSUE_LEVELS.indexOf(b.priority);
    case 'status': return ISSUE_STATUSES.indexOf(a.status) - ISSUE_STATUSES.indexOf(b.status);
    case 'owner': return (a.owner?.name ?? '~').localeCompare(b.owner?.name ?? '~');
    case 'dueDate': return (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999');
    case 'age': return a.ageDays - b.ageDays;
  }
}
