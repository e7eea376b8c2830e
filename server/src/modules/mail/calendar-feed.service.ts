import ical, { ICalCalendarMethod } from 'ical-generator';
import { IsNull, type DataSource } from 'typeorm';
import { Permission, requireUser } from '../../common/access.js';
import type { Actor } from '../../common/actor.js';
import { BadUserInputError, NotFoundError } from '../../common/errors.js';
import { authorizeEntity, can } from '../../common/guard.js';
import { ActivityAction, recordActivity } from '../activity/index.js';
import type { ScheduleService } from '../planning/index.js';
import type { CommunicationService } from '../stakeholder/index.js';
import { newSecret, sha256 } from '../user/index.js';
import { CalendarFeed } from './mail.entity.js';

export const FEED_PREFIX = 'trl_cal_';
const FEED_TOKEN = /^trl_cal_[A-Za-z0-9_-]{32}$/;

/** The day of a local 'YYYY-MM-DDTHH:MM' (or a plain day). */
const dayOf = (local: string) => local.slice(0, 10);
const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

/**
 * Personal calendar feeds: one token per person and project (several if they like, each named),
 * serving the project's milestones, task deadlines and communication-plan due days as iCalendar.
 * Any member may make feeds for themselves; only their own can they see and revoke.
 */
export class CalendarFeedService {
  constructor(
    private readonly ds: DataSource,
    private readonly schedules: ScheduleService,
    private readonly communications: CommunicationService,
  ) {}

  /** The viewer's own active feeds of the project. */
  async mine(actor: Actor, projectId: string): Promise<CalendarFeed[]> {
    await can(actor, projectId, Permission.PROJECT_READ);
    const userId = requireUser(actor);
    return this.ds.getRepository(CalendarFeed).find({ where: { projectId, userId, revokedAt: IsNull() }, order: { createdAt: 'DESC' } });
  }

  /** A new feed for the viewer; the token is returned once and stored only as its hash. */
  async create(actor: Actor, projectId: string, name: string): Promise<{ token: string; feed: CalendarFeed }> {
    const grant = await can(actor, projectId, Permission.PROJECT_READ);
    const userId = requireUser(actor);
    const clean = (name ?? '').trim();
    if (!clean || clean.length > 100) throw new BadUserInputError('Give the feed a name (1-100 characters), e.g. "Work laptop"', 'name');
    if (grant.archived) throw new BadUserInputError('This project is archived: its calendar no longer changes', 'projectId');
    const token = newSecret(FEED_PREFIX);
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(CalendarFeed);
      const feed = await repo.save(repo.create({ projectId, userId, name: clean, tokenHash: sha256(token), prefix: token.slice(0, FEED_PREFIX.length + 4), lastUsedAt: null, revokedAt: null }));
      await recordActivity(m, projectId, userId, [{ entityType: 'calendar_feed', entityId: feed.id, action: ActivityAction.CREATED, newValue: { name: clean } }]);
      return { token, feed };
    });
  }

  /** Revokes one of the viewer's own feeds: its address answers 404 from now on. Someone else's is NOT_FOUND. */
  async revoke(actor: Actor, id: string): Promise<CalendarFeed> {
    await authorizeEntity(actor, 'calendarFeed', id, Permission.PROJECT_READ, 'id');
    const userId = requireUser(actor);
    return this.ds.transaction(async (m) => {
      const feed = await m.getRepository(CalendarFeed).findOne({ where: { id, userId }, lock: { mode: 'pessimistic_write' } });
      if (!feed) throw new NotFoundError('Calendar feed', 'id');
      if (feed.revokedAt) return feed;
      const saved = await m.getRepository(CalendarFeed).save({ ...feed, revokedAt: new Date() });
      await recordActivity(m, feed.projectId, userId, [{ entityType: 'calendar_feed', entityId: id, action: ActivityAction.DELETED, oldValue: { name: feed.name } }]);
      return saved;
    });
  }

  /**
   * The iCalendar text of the feed behind `token`, or null when there is none (unknown, revoked, the
   * person no longer a member, the project archived or gone).
   */
  async ics(token: string, now: Date = new Date()): Promise<string | null> {
    if (!FEED_TOKEN.test(token)) return null;
    const rows: { project_id: string; name: string; key: string }[] = await this.ds.query(
      `WITH used AS (
         UPDATE calendar_feeds f SET last_used_at = now() FROM projects p, project_members pm
          WHERE f.token_hash = $1 AND f.revoked_at IS NULL AND p.id = f.project_id AND p.archived_at IS NULL
            AND pm.project_id = f.project_id AND pm.user_id = f.user_id
          RETURNING f.project_id, p.name, p.key)
       SELECT * FROM used`,
      [sha256(token)],
    );
    const project = rows[0];
    if (!project) return null;
    const projectId = project.project_id;
    const cal = ical({ name: `${project.name} (${project.key})`, prodId: { company: 'Trellis', product: 'project calendar', language: 'EN' }, method: ICalCalendarMethod.PUBLISH, ttl: 3600 });

    const tasks: { id: string; name: string; wbs_code: string | null; kind: string; deadline: string | null }[] = await this.ds.query(
      `SELECT id, name, wbs_code, kind, deadline FROM tasks WHERE project_id = $1 AND archived_at IS NULL AND (kind = 'MILESTONE' OR deadline IS NOT NULL) ORDER BY wbs_sort`,
      [projectId],
    );
    const plan = tasks.some((t) => t.kind === 'MILESTONE') ? await this.schedules.current(projectId) : null;
    const rowsById = new Map((plan?.schedule.tasks ?? []).map((t) => [t.taskId, t]));
    const label = (t: { name: string; wbs_code: string | null }) => (t.wbs_code ? `${t.wbs_code} ${t.name}` : t.name);
    for (const t of tasks) {
      const scheduled = t.kind === 'MILESTONE' ? rowsById.get(t.id) : undefined;
      if (scheduled) {
        const day = dayOf(scheduled.finish);
        cal.createEvent({ id: `milestone-${t.id}@trellis`, start: asDate(day), allDay: true, summary: `◆ ${label(t)}`, description: `Milestone of ${project.name}, as scheduled now.`, stamp: now });
      }
      if (t.deadline) {
        const day = dayOf(t.deadline);
        cal.createEvent({ id: `deadline-${t.id}@trellis`, start: asDate(day), allDay: true, summary: `Deadline: ${label(t)}`, description: `Deadline of a task of ${project.name}.`, stamp: now });
      }
    }
    for (const item of await this.communications.dueItems(projectId, now)) {
      if (!item.nextDue) continue;
      cal.createEvent({
        id: `communication-${item.id}-${item.nextDue}@trellis`,
        start: asDate(item.nextDue),
        allDay: true,
        summary: `${item.title} (${project.key})`,
        description: `Communication plan of ${project.name}: ${item.title}, ${item.channel.toLowerCase().replace('_', ' ')}.${item.notes ? `\n${item.notes}` : ''}`,
        stamp: now,
      });
    }
    return cal.toString();
  }
}
