import type { Activity } from './activity.entity.js';

/**
 * Sentences for what the mail module records: messages sent again by hand, communication items
 * mailed to their audience, stakeholders who unsubscribed, calendar feeds made and revoked.
 */
export function describeMailActivity(a: Activity, who: string): string | null {
  const after = (a.newValue ?? {}) as { name?: string; value?: unknown };
  const before = (a.oldValue ?? {}) as { name?: string };
  const name = after.name ?? before.name ?? '';
  switch (a.entityType) {
    case 'outbox_message':
      return a.field === 'retry' ? `${who} sent “${name}” again` : null;
    case 'calendar_feed':
      return a.action === 'DELETED' ? `${who} revoked calendar feed ${name}` : `${who} made calendar feed ${name}`;
    case 'communication_item':
      return a.field === 'mailed' ? `${who} mailed ${name || 'a communication'}, due ${String(after.value)}, to its audience` : null;
    case 'stakeholder':
      return a.field === 'emailOptOut' ? (after.value ? `${name || 'A stakeholder'} unsubscribed from the project's mail` : `${who} subscribed ${name} to the project's mail again`) : null;
    default:
      return null;
  }
}
