import { GraphQLRequestError, isCode, type LiveConnection, ops, request } from '$lib/graphql';
import type { PlanPart } from '$lib/graphql/types';
import type { CalendarCreateInput, CalendarExceptionInput, CalendarUpdateInput } from '@trellis/schema/types';
import { asRequestError, type LoadStatus } from '$lib/state/planning.svelte';
import type { ProjectCache } from '$lib/state/project-cache.svelte';
import { sortExceptions, type WorkCalendarDetail } from './working-time';

type PlanSpan = { start: string; finish: string };

/** Several changes in a row (an import, someone adding holidays one by one) refetch once. */
const REFETCH_MS = 200;

const sorted = (c: WorkCalendarDetail): WorkCalendarDetail => ({ ...c, exceptions: sortExceptions(c.exceptions) });

/**
 * The planning settings of one project: its working calendars, the project calendar and the status
 * date, and where the plan starts and finishes (to show what a change did). Changes made elsewhere
 * arrive through `planChanged` (CALENDARS, SETTINGS, IMPORT, and RESOURCES for what uses a
 * calendar) and `scheduleUpdated`; after each of its own changes the store reads everything again,
 * so what is shown is what the server holds.
 */
export class PlanSettingsStore {
  readonly projectId: string;
  calendars = $state.raw<WorkCalendarDetail[]>([]);
  /** The project calendar; null = the standard calendar. */
  calendarId = $state<string | null>(null);
  statusDate = $state<string | null>(null);
  /** The project's time zone (IANA name): when its days begin, for the communication plan; null = UTC. */
  timeZone = $state<string | null>(null);
  span = $state<PlanSpan | null>(null);
  status = $state<LoadStatus>('loading');
  error = $state<GraphQLRequestError | null>(null);

  readonly byId = $derived(new Map(this.calendars.map((c) => [c.id, c])));

  #disposed = false;
  /** Bumped by every fetch and change: an answer to an older fetch is dropped. */
  #seq = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #live: LiveConnection;
  /** The open project's cache, whose subscriptions tell this store what changed (else its own). */
  readonly #events: Pick<ProjectCache, 'on'> | null;
  /** Stops following changes made elsewhere; set by the first load. */
  #unsubscribe: (() => void) | null = null;

  constructor(projectId: string, live: LiveConnection, events: Pick<ProjectCache, 'on'> | null = null) {
    this.projectId = projectId;
    this.#live = live;
    this.#events = events;
  }

  /** Reads everything; the first call also starts following changes made elsewhere (a retry does not again). */
  async load(): Promise<void> {
    this.#unsubscribe ??= this.#subscribe(this.#live);
    this.status = 'loading';
    this.error = null;
    try {
      await this.#fetch();
      if (!this.#disposed) this.status = 'ready';
    } catch (e) {
      this.error = asRequestError(e);
      this.status = 'error';
    }
    void this.refreshSpan();
  }

  async #fetch(): Promise<void> {
    const seq = ++this.#seq;
    const d = await request(ops.PLAN_CALENDARS, { id: this.projectId });
    if (this.#disposed || seq !== this.#seq) return;
    this.#apply(d.project.calendars, d.project.plan);
  }

  #apply(calendars: WorkCalendarDetail[], plan: { calendarId: string | null; statusDate: string | null; timeZone?: string | null }) {
    this.calendarId = plan.calendarId;
    this.statusDate = plan.statusDate;
    if (plan.timeZone !== undefined) this.timeZone = plan.timeZone;
    this.calendars = calendars.map((c) => sorted({ ...c, isProjectCalendar: c.id === plan.calendarId }));
  }

  /** Reads the calendars and settings again; on failure what is shown stays. */
  async refresh(): Promise<void> {
    if (this.#disposed) return;
    try {
      await this.#fetch();
      if (this.status !== 'ready' && !this.#disposed) {
        this.status = 'ready';
        this.error = null;
      }
    } catch {
      // The next change tries again.
    }
    void this.refreshSpan();
  }

  async refreshSpan(): Promise<void> {
    if (this.#disposed) return;
    try {
      const d = await request(ops.PLAN_SPAN, { id: this.projectId });
      if (!this.#disposed) this.span = d.project.schedule;
    } catch {
      // Only a hint on the page: keep the last one.
    }
  }

  #queueRefresh() {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.refresh(), REFETCH_MS);
  }

  /** Follows changes made elsewhere; returns the function that stops it. */
  #subscribe(live: LiveConnection): () => void {
    const vars = { projectId: this.projectId };
    const wasConnected = live.status === 'connected';
    const onPart = (part: PlanPart) => {
      if (['CALENDARS', 'SETTINGS', 'IMPORT', 'RESOURCES'].includes(part)) this.#queueRefresh();
    };
    const events = this.#events;
    const stops = events
      ? [
          events.on('plan', onPart),
          events.on('schedule', (u) => {
            if (!this.#disposed) this.span = { start: u.start, finish: u.finish };
          }),
          events.on('reconnect', () => void this.refresh()),
        ]
      : [
          live.subscribe(ops.ON_PLAN_CHANGED, vars, {
            next: (d) => onPart(d.planChanged.part),
          }),
          live.subscribe(ops.ON_PLAN_SPAN_UPDATED, vars, {
            next: (d) => {
              if (!this.#disposed) this.span = { start: d.scheduleUpdated.start, finish: d.scheduleUpdated.finish };
            },
          }),
          live.onReconnect(() => void this.refresh()),
        ];
    // A change made between the first read and the subscriptions starting would be missed.
    if (!wasConnected) void live.whenConnected().then(() => this.#queueRefresh());
    return () => {
      for (const stop of stops) stop();
    };
  }

  dispose(): void {
    this.#disposed = true;
    clearTimeout(this.#timer);
    this.#unsubscribe?.();
  }

  /** Sets the project calendar and/or the status date; a field left undefined is not changed. */
  async saveSettings(input: { calendarId?: string | null; statusDate?: string | null; timeZone?: string | null }): Promise<void> {
    this.#seq++;
    const d = await request(ops.PLAN_SETTINGS_UPDATE, {
      input: { projectId: this.projectId, ...input },
    });
    this.#apply(this.calendars, d.planSettingsUpdate.plan);
    await this.refresh();
  }

  async create(input: Omit<CalendarCreateInput, 'projectId'>): Promise<WorkCalendarDetail> {
    this.#seq++;
    const d = await request(ops.CALENDAR_CREATE, { input: { ...input, projectId: this.projectId } });
    const made = d.calendarCreate.calendar;
    this.#apply([...this.calendars, made], { calendarId: input.projectCalendar ? made.id : this.calendarId, statusDate: this.statusDate });
    await this.refresh();
    return made;
  }

  async update(input: CalendarUpdateInput): Promise<WorkCalendarDetail> {
    this.#seq++;
    const d = await request(ops.CALENDAR_UPDATE, { input });
    this.#replace(d.calendarUpdate.calendar);
    await this.refresh();
    return d.calendarUpdate.calendar;
  }

  /** Shows a calendar as the server returned it after a change. */
  #replace(saved: WorkCalendarDetail) {
    const calendarId = saved.isProjectCalendar ? saved.id : this.calendarId === saved.id ? null : this.calendarId;
    this.#apply(
      this.calendars.map((c) => (c.id === saved.id ? saved : c)),
      { calendarId, statusDate: this.statusDate },
    );
  }

  /** Adds one exception; others adding theirs at the same time do not get in the way. */
  async addException(calendar: WorkCalendarDetail, exception: CalendarExceptionInput): Promise<void> {
    this.#seq++;
    const d = await request(ops.CALENDAR_EXCEPTION_ADD, {
      input: { ...exception, calendarId: calendar.id },
    });
    this.#replace(d.calendarExceptionAdd.calendar);
    void this.refresh();
  }

  /**
   * Removes one exception: 'removed', or 'gone' when it was no longer there (removed elsewhere, or
   * its calendar deleted); the calendars are then read again.
   */
  async removeException(exceptionId: string): Promise<'removed' | 'gone'> {
    this.#seq++;
    try {
      const d = await request(ops.CALENDAR_EXCEPTION_REMOVE, { id: exceptionId });
      this.#replace(d.calendarExceptionRemove.calendar);
      void this.refresh();
      return 'removed';
    } catch (e) {
      if (!isCode(e, 'NOT_FOUND')) throw e;
      await this.refresh();
      return 'gone';
    }
  }

  /**
   * Deletes a calendar as shown (its version): one changed elsewhere meanwhile is read again and
   * the CONFLICT passed on, so the next try deletes what is now shown. One already deleted counts
   * as done.
   */
  async remove(calendar: Pick<WorkCalendarDetail, 'id' | 'version'>): Promise<void> {
    const id = calendar.id;
    this.#seq++;
    try {
      await request(ops.CALENDAR_DELETE, { id, version: calendar.version });
    } catch (e) {
      if (isCode(e, 'CONFLICT')) await this.refresh();
      if (!isCode(e, 'NOT_FOUND')) throw e;
    }
    // What the database does on delete: tasks, resources, derived calendars and the project setting let go of it.
    this.#apply(
      this.calendars.filter((c) => c.id !== id).map((c) => (c.baseCalendarId === id ? { ...c, baseCalendarId: null } : c)),
      { calendarId: this.calendarId === id ? null : this.calendarId, statusDate: this.statusDate },
    );
    // Shown at once (the dialog closes with the row gone); the rest follows.
    void this.refresh();
  }
}
