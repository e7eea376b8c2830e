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
      if (a.field !== 'emailOptOut') return null;
      // Without an actor it was the stakeholder, through the link in a mail; with one, a manager on their word.
      if (!a.actorId) return after.value ? `${name || 'A stakeholder'} unsubscribed from the project's mail` : `${name || 'A stakeholder'} subscribed to the project's mail again`;
      return after.value ? `${who} unsubscribed ${name} from the project's mail` : `${who} subscribed ${name} to the project's mail again`;
    default:
      return null;
  }
}
