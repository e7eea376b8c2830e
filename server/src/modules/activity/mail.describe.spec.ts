import { describe, expect, it } from 'vitest';
import { ActivityAction, type Activity } from './activity.entity.js';
import { describeMailActivity } from './mail.describe.js';

const row = (a: Partial<Activity>) => ({ action: 'UPDATED', actorId: null, field: null, oldValue: null, newValue: null, ...a }) as Activity;

describe('sentences of the mail module', () => {
  it('names what was mailed, retried, unsubscribed and made', () => {
    expect(describeMailActivity(row({ entityType: 'communication_item', field: 'mailed', newValue: { name: 'Steering committee', value: '2031-03-04' } }), 'Trellis')).toBe(
      'Trellis mailed Steering committee, due 2031-03-04, to its audience',
    );
    expect(describeMailActivity(row({ entityType: 'outbox_message', field: 'retry', newValue: { name: 'Status week 12' } }), 'Ana')).toBe('Ana sent “Status week 12” again');
    expect(describeMailActivity(row({ entityType: 'stakeholder', field: 'emailOptOut', newValue: { name: 'Carla', value: true } }), 'Trellis')).toBe("Carla unsubscribed from the project's mail");
    expect(describeMailActivity(row({ entityType: 'stakeholder', field: 'emailOptOut', newValue: { name: 'Carla', value: false } }), 'Trellis')).toBe("Carla subscribed to the project's mail again");
    expect(describeMailActivity(row({ entityType: 'stakeholder', field: 'emailOptOut', actorId: 'u1', newValue: { name: 'Carla', value: false } }), 'Ana')).toBe("Ana subscribed Carla to the project's mail again");
    expect(describeMailActivity(row({ entityType: 'stakeholder', field: 'emailOptOut', actorId: 'u1', newValue: { name: 'Carla', value: true } }), 'Ana')).toBe("Ana unsubscribed Carla from the project's mail");
    expect(describeMailActivity(row({ entityType: 'calendar_feed', action: ActivityAction.CREATED, newValue: { name: 'Phone' } }), 'Ana')).toBe('Ana made calendar feed Phone');
    expect(describeMailActivity(row({ entityType: 'calendar_feed', action: ActivityAction.DELETED, oldValue: { name: 'Phone' } }), 'Ana')).toBe('Ana revoked calendar feed Phone');
  });

  it('leaves every other row to the other sentences', () => {
    expect(describeMailActivity(row({ entityType: 'communication_item', field: 'held' }), 'Ana')).toBeNull();
    expect(describeMailActivity(row({ entityType: 'stakeholder', field: 'email' }), 'Ana')).toBeNull();
    expect(describeMailActivity(row({ entityType: 'task' }), 'Ana')).toBeNull();
  });
});
