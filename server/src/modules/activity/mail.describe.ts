import type { Activity } from './activity.entity.js';

/**
 * Sentences for what the mail module records: messages queued and retried, communication items
 * mailed to their audience, stakeholders who unsubscribed, calendar feeds made and revoked.
 */
export function describeMailActivity(a: Activity, who: string): string | null {
  const after = (a.newValue ?? {}) as { name?: string; value?: unknown; recipients?: number; held?: boolean };
  const before = (a.oldValue ?? {}) as { name?: string };
  const name = after.name ?? before.name ?? '';
  switch (a.entityType) {
    case 'outbox_message':
      if (a.field === 'retry') return `${who} sent “${name}” again`;
      if (a.action !== 'CREATED') return null;
      {
        const n = after.recipients ?? 0;
        const to = `${n} recipient${n === 1 ? '' : 's'}`;
        return after.held ? `${who} kept “${name}” for ${to} in the outbox (no mail server)` : `${who} queued “${name}” to ${to}`;
      }
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
