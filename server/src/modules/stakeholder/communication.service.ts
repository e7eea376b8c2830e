import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor.js';
import { Permission } from '../../common/access.js';
import { checkDay } from '../../common/date-range.js';
import { BadUserInputError } from '../../common/errors.js';
import { authorizeEntity, can } from '../../common/guard.js';
import { pageArgs, toConnection, type Connection } from '../../common/pagination.js';
import { lockVersioned } from '../../common/versioned.js';
import { ActivityAction, recordActivity } from '../activity/index.js';
import { projectToday, projectWorkingDays } from './project-calendar.js';
import { publishRegister } from './register-event.js';
import { checkIdsIn, checkMember, checkText, checkWhole } from './stakeholder.checks.js';
import { CommunicationItem, CommunicationOccurrence } from './stakeholder.entity.js';
import { CadenceKind, CommunicationKind, CommunicationSortField, StakeholderChangeAction } from './stakeholder.enums.js';
import type { CadenceInput, CommunicationArgs, CommunicationItemCreateInput, CommunicationItemHoldInput, CommunicationItemUpdateInput } from './stakeholder.inputs.js';
import { nextDue, type Cadence } from './stakeholder.rules.js';
import { namedChanges } from './stakeholder.service.js';

/** A communication item with its due state, computed from the project calendar when it is read. */
export type DueItem = CommunicationItem & { nextDue: string | null; overdue: boolean };

const KIND_TITLES: Record<CommunicationKind, string> = {
  [CommunicationKind.STATUS_REPORT]: 'Status report',
  [CommunicationKind.STEERING_COMMITTEE]: 'Steering committee',
  [CommunicationKind.DEMO]: 'Demo',
  [CommunicationKind.NEWSLETTER]: 'Newsletter',
  [CommunicationKind.OTHER]: '',
};

type CadenceColumns = Pick<CommunicationItem, 'cadenceKind' | 'cadenceDate' | 'cadenceWeekday' | 'cadenceEveryWeeks' | 'cadenceMonthDay' | 'startsOn'>;


/** The cadence as the rules read it, from an item's columns. */
export function cadenceOf(c: CadenceColumns): Cadence {
  return { kind: c.cadenceKind, date: c.cadenceDate, weekday: c.cadenceWeekday, everyWeeks: c.cadenceEveryWeeks, monthDay: c.cadenceMonthDay, startsOn: c.startsOn };
}

/** A cadence input as columns, each part checked for its kind; the parts a kind does not use are cleared. */
function checkCadence(c: CadenceInput, field: string, today: string): CadenceColumns {
  const startsOn = c.startsOn ? checkDay(c.startsOn, `${field}.startsOn`) : today;
  const none = { cadenceDate: null, cadenceWeekday: null, cadenceEveryWeeks: null, cadenceMonthDay: null };
  const weekday = () => checkWhole(c.weekday, `${field}.weekday`, 0, 6, 'a weekday from 0 (Sunday) to 6 (Saturday)');
  switch (c.kind) {
    case CadenceKind.ONCE: {
      if (!c.date) throw new BadUserInputError("A one-off needs its date", `${field}.date`);
      const date = checkDay(c.date, `${field}.date`);
      return { ...none, cadenceKind: c.kind, cadenceDate: date, startsOn: c.startsOn ? startsOn : date };
    }
    case CadenceKind.WEEKLY:
      return { ...none, cadenceKind: c.kind, cadenceWeekday: weekday(), startsOn };
    case CadenceKind.EVERY_N_WEEKS:
      return {
        ...none,
        cadenceKind: c.kind,
        cadenceWeekday: weekday(),
        cadenceEveryWeeks: checkWhole(c.everyWeeks, `${field}.everyWeeks`, 1, 52, 'a number of weeks from 1 to 52'),
        startsOn,
      };
    case CadenceKind.MONTHLY_FIRST_WORKING_DAY:
      return { ...none, cadenceKind: c.kind, startsOn };
    case CadenceKind.MONTHLY_DAY:
      return { ...none, cadenceKind: c.kind, cadenceMonthDay: checkWhole(c.monthDay, `${field}.monthDay`, 1, 31, 'a day of the month from 1 to 31'), startsOn };
  }
}

function checkTitle(kind: CommunicationKind, title: string | null | undefined, field: string): string {
  const t = checkText(title, field, 200, kind === CommunicationKind.OTHER);
  return t || KIND_TITLES[kind];
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The communication plan: what is said to whom, how often, and when it was last held. */
export class CommunicationService {
  /** `clock` gives the time now (tests set it); "today" is that instant's day in the project's time zone. */
  constructor(
    private readonly ds: DataSource,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Today in the project's own time zone (UTC's day when it has none). */
  today(db: EntityManager | DataSource, projectId: string): Promise<string> {
    return projectToday(db, projectId, this.clock());
  }

  /**
   * Every item of the project with its next due day, as of `now` (for Trellis itself: the mail
   * module's reminders); no access check, the caller is the server.
   */
  async dueItems(projectId: string, now: Date): Promise<DueItem[]> {
    const items = await this.ds.getRepository(CommunicationItem).find({ where: { projectId } });
    return this.withDue(this.ds, projectId, items, await projectToday(this.ds, projectId, now));
  }

  /** Items with their next due day and overdue flag; the calendar is read once for the project. */
  private async withDue(db: EntityManager | DataSource, projectId: string, items: CommunicationItem[], today?: string): Promise<DueItem[]> {
    if (!items.length) return [];
    const isWorking = await projectWorkingDays(db, projectId);
    const now = today ?? (await this.today(db, projectId));
    return items.map((item) => {
      const due = nextDue(cadenceOf(item), item.coveredUntil, isWorking);
      return Object.assign(item, { nextDue: due, overdue: due !== null && due < now });
    });
  }

  async list(actor: Actor, projectId: string, args: CommunicationArgs): Promise<Connection<DueItem>> {
    await can(actor, projectId, Permission.PROJECT_READ);
    const { take, skip } = pageArgs(args.first, args.after);
    const items = await this.withDue(this.ds, projectId, await this.ds.getRepository(CommunicationItem).find({ where: { projectId } }));
    const f = args.filter;
    const rows = items.filter(
      (i) =>
        (!f?.overdue || i.overdue) &&
        (!f?.dueOnOrBefore || (i.nextDue !== null && i.nextDue <= f.dueOnOrBefore)) &&
        (!f?.ownerId || i.ownerId === f.ownerId),
    );
    const sign = args.orderBy?.descending ? -1 : 1;
    const byTitle = (a: DueItem, b: DueItem) => collator.compare(a.title, b.title);
    // Items with nothing more due (a one-off held) come last, whichever the direction.
    const byDue = (a: DueItem, b: DueItem) => (a.nextDue === b.nextDue ? 0 : a.nextDue === null ? 1 : b.nextDue === null ? -1 : sign * (a.nextDue < b.nextDue ? -1 : 1));
    const primary = args.orderBy?.field === CommunicationSortField.TITLE ? (a: DueItem, b: DueItem) => sign * byTitle(a, b) : byDue;
    rows.sort((a, b) => primary(a, b) || byTitle(a, b) || a.id.localeCompare(b.id));
    return toConnection(rows.slice(skip, skip + take), rows.length, skip);
  }

  async occurrences(actor: Actor, itemId: string): Promise<CommunicationOccurrence[]> {
    await authorizeEntity(actor, 'communicationItem', itemId, Permission.PROJECT_READ);
    return this.ds.getRepository(CommunicationOccurrence).find({ where: { itemId }, order: { heldOn: 'DESC', createdAt: 'DESC' } });
  }

  async create(actor: Actor, input: CommunicationItemCreateInput): Promise<DueItem> {
    const grant = await can(actor, input.projectId, Permission.STAKEHOLDER_EDIT);
    const title = checkTitle(input.kind, input.title, 'input.title');
    const cadence = checkCadence(input.cadence, 'input.cadence', await this.today(this.ds, grant.projectId));
    const notes = checkText(input.notes, 'input.notes', 5000);
    return this.ds.transaction(async (m) => {
      const ownerId = await checkMember(m, grant.projectId, input.ownerId, 'input.ownerId');
      const audienceStakeholderIds = await checkIdsIn(m, 'stakeholders', grant.projectId, input.audienceStakeholderIds, 'input.audienceStakeholderIds');
      const audienceGroupIds = await checkIdsIn(m, 'stakeholder_groups', grant.projectId, input.audienceGroupIds, 'input.audienceGroupIds');
      const repo = m.getRepository(CommunicationItem);
      const item = await repo.save(
        repo.create({ projectId: grant.projectId, kind: input.kind, title, channel: input.channel, ownerId, audienceStakeholderIds, audienceGroupIds, notes, ...cadence }),
      );
      await recordActivity(m, item.projectId, grant.userId, [{ entityType: 'communication_item', entityId: item.id, action: ActivityAction.CREATED, newValue: { name: title } }]);
      await publishRegister(m, item.projectId, { part: 'communication', action: StakeholderChangeAction.CREATED, itemId: item.id });
      return (await this.withDue(m, item.projectId, [item]))[0]!;
    });
  }

  async update(actor: Actor, input: CommunicationItemUpdateInput): Promise<DueItem> {
    const grant = await authorizeEntity(actor, 'communicationItem', input.id, Permission.STAKEHOLDER_EDIT, 'input.id');
    const cadence = input.cadence ? checkCadence(input.cadence, 'input.cadence', await this.today(this.ds, grant.projectId)) : null;
    const notes = input.notes === undefined || input.notes === null ? undefined : checkText(input.notes, 'input.notes', 5000);
    return this.ds.transaction(async (m) => {
      const patch: Partial<CommunicationItem> = { ...(cadence ?? {}) };
      if (input.ownerId !== undefined) patch.ownerId = await checkMember(m, grant.projectId, input.ownerId, 'input.ownerId');
      if (input.audienceStakeholderIds) patch.audienceStakeholderIds = await checkIdsIn(m, 'stakeholders', grant.projectId, input.audienceStakeholderIds, 'input.audienceStakeholderIds');
      if (input.audienceGroupIds) patch.audienceGroupIds = await checkIdsIn(m, 'stakeholder_groups', grant.projectId, input.audienceGroupIds, 'input.audienceGroupIds');
      const before = await lockVersioned(m, CommunicationItem, { id: input.id }, input.version, 'Communication item');
      const kind = input.kind ?? before.kind;
      if (input.kind) patch.kind = input.kind;
      if (input.title !== undefined || input.kind) patch.title = checkTitle(kind, input.title === undefined ? before.title : input.title, 'input.title');
      if (input.channel) patch.channel = input.channel;
      if (notes !== undefined) patch.notes = notes;
      const after = { ...before, ...patch };
      const fields = ['kind', 'title', 'channel', 'ownerId', 'audienceStakeholderIds', 'audienceGroupIds', 'notes', 'cadenceKind', 'cadenceDate', 'cadenceWeekday', 'cadenceEveryWeeks', 'cadenceMonthDay', 'startsOn'] as const;
      const changes = namedChanges('communication_item', before.id, after.title, before, after, fields);
      if (!changes.length) return (await this.withDue(m, before.projectId, [before]))[0]!;
      const saved = await m.getRepository(CommunicationItem).save({ ...after, version: before.version + 1 });
      await recordActivity(m, before.projectId, grant.userId, changes);
      await publishRegister(m, before.projectId, { part: 'communication', action: StakeholderChangeAction.UPDATED, itemId: before.id });
      return (await this.withDue(m, before.projectId, [saved]))[0]!;
    });
  }

  /**
   * Records that the item was held (on `heldOn`, default today) with notes, standing for the
   * occurrence that was due; the next due day moves past both.
   */
  async hold(actor: Actor, input: CommunicationItemHoldInput): Promise<DueItem> {
    const grant = await authorizeEntity(actor, 'communicationItem', input.id, Permission.STAKEHOLDER_EDIT, 'input.id');
    const heldOn = input.heldOn ? checkDay(input.heldOn, 'input.heldOn') : await this.today(this.ds, grant.projectId);
    const notes = checkText(input.notes, 'input.notes', 5000);
    return this.ds.transaction(async (m) => {
      const item = await lockVersioned(m, CommunicationItem, { id: input.id }, input.version, 'Communication item');
      const [current] = await this.withDue(m, item.projectId, [item]);
      const dueOn = current!.nextDue;
      await m.getRepository(CommunicationOccurrence).insert({ itemId: item.id, heldOn, dueOn, notes, heldById: grant.userId });
      const covered = [dueOn, heldOn, item.coveredUntil].filter((d): d is string => !!d).sort().at(-1)!;
      const lastHeld = item.lastHeld && item.lastHeld > heldOn ? item.lastHeld : heldOn;
      const saved = await m.getRepository(CommunicationItem).save({ ...item, lastHeld, coveredUntil: covered, version: item.version + 1 });
      await recordActivity(m, item.projectId, grant.userId, [
        { entityType: 'communication_item', entityId: item.id, action: ActivityAction.UPDATED, field: 'held', newValue: { name: item.title, value: heldOn } },
      ]);
      await publishRegister(m, item.projectId, { part: 'communication', action: StakeholderChangeAction.HELD, itemId: item.id });
      return (await this.withDue(m, item.projectId, [saved]))[0]!;
    });
  }

  async remove(actor: Actor, id: string, version: number): Promise<DueItem> {
    const grant = await authorizeEntity(actor, 'communicationItem', id, Permission.STAKEHOLDER_DELETE, 'id');
    return this.ds.transaction(async (m) => {
      const item = await lockVersioned(m, CommunicationItem, { id }, version, 'Communication item');
      const [due] = await this.withDue(m, item.projectId, [item]);
      await m.getRepository(CommunicationItem).delete({ id });
      await recordActivity(m, item.projectId, grant.userId, [{ entityType: 'communication_item', entityId: id, action: ActivityAction.DELETED, oldValue: { name: item.title } }]);
      await publishRegister(m, item.projectId, { part: 'communication', action: StakeholderChangeAction.DELETED, itemId: id });
      return due!;
    });
  }
}
