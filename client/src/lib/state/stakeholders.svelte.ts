import { GraphQLRequestError, isCode, ops, request } from '$lib/graphql';
import type * as D from '$lib/graphql/generated/graphql';
import { canEditTasks, canManage } from '$lib/format';
import { asRequestError, type LoadStatus } from './planning.svelte';
import type { ProjectCache } from './project-cache.svelte';

export type Stakeholder = D.StakeholderFieldsFragment;
export type StakeholderGroup = D.StakeholderGroupFieldsFragment;
export type CommunicationItem = D.CommunicationItemFieldsFragment;
export type RaciMatrix = D.RaciMatrixQuery['project']['raci'];
export type RaciRow = RaciMatrix['rows'][number];
export type RaciLetter = D.RaciLetter;
export type StakeholderInput = Omit<D.StakeholderCreateInput, 'projectId'> & { emailOptOut?: boolean | null };
export type CommunicationInput = Omit<D.CommunicationItemCreateInput, 'projectId'>;

/**
 * A write refused because someone else changed the row first: what to tell, and how to get the
 * current row (reload) or to put this person's change on top of it (re-apply).
 */
export interface Conflict {
  message: string;
  reload: () => Promise<void>;
  reapply: () => Promise<void>;
}

/** Change numbers of this page's own writes: their events are echoes, already applied. */
class OwnChanges {
  readonly #numbers = new Set<number>();
  add(n: number | null | undefined) {
    if (typeof n === 'number') this.#numbers.add(n);
  }
  has(n: number | null | undefined): boolean {
    return typeof n === 'number' && this.#numbers.has(n);
  }
}

/** What every register page shares: the cache's project, roles, loading state and subscription. */
abstract class RegisterStore {
  readonly cache: ProjectCache;
  status = $state<LoadStatus>('loading');
  error = $state<GraphQLRequestError | null>(null);
  conflict = $state<Conflict | null>(null);
  protected readonly own = new OwnChanges();
  protected stops: (() => void)[] = [];
  protected disposed = false;

  constructor(cache: ProjectCache) {
    this.cache = cache;
  }
  /** Members add and change; viewers only read; nobody writes to an archived project. */
  get canEdit(): boolean {
    const p = this.cache.project;
    return !!p && canEditTasks(p.viewerRole) && !p.archivedAt;
  }
  /** Managers and owners also delete. */
  get canDelete(): boolean {
    const p = this.cache.project;
    return !!p && canManage(p.viewerRole) && !p.archivedAt;
  }
  get project() {
    return this.cache.project;
  }
  get live() {
    return this.cache.live;
  }
  get liveError(): string | null {
    return this.cache.liveError;
  }

  protected abstract fetch(projectId: string): Promise<void>;
  protected abstract listen(projectId: string): void;

  async load(): Promise<void> {
    this.status = 'loading';
    this.error = null;
    if (this.cache.status === 'error') void this.cache.load();
    await this.cache.ready();
    const project = this.cache.project;
    if (!project) {
      this.error = this.cache.error ?? new GraphQLRequestError('Project not found', 'NOT_FOUND');
      this.status = 'error';
      return;
    }
    // Subscribed before the first read, so a change made meanwhile is either in the answer or in an event.
    if (!this.stops.length) {
      this.listen(project.id);
      this.stops.push(this.cache.on('reconnect', () => this.cache.queue(this.constructor.name, () => this.refresh())));
    }
    try {
      await this.fetch(project.id);
      if (this.disposed) return;
      this.status = 'ready';
    } catch (e) {
      this.error = asRequestError(e);
      this.status = 'error';
    }
  }

  /** Fetches again without a loading state (after someone else's change, a reconnect, a conflict). */
  async refresh(): Promise<void> {
    if (this.disposed || !this.project) return;
    try {
      await this.fetch(this.project.id);
    } catch {
      // Keep what is shown; the next change or reconnect tries again.
    }
  }

  /**
   * Runs a versioned write; a CONFLICT becomes `conflict`, offering to reload or to re-apply the
   * change over the current row (`again` receives the fresh version).
   */
  protected async versioned<T>(what: string, run: () => Promise<T>, again: () => Promise<unknown>): Promise<T | null> {
    try {
      const result = await run();
      this.conflict = null;
      return result;
    } catch (e) {
      if (!isCode(e, 'CONFLICT')) throw e;
      this.conflict = {
        message: `Someone else changed ${what} while you were editing it. Your change was not saved.`,
        reload: async () => {
          this.conflict = null;
          await this.refresh();
        },
        reapply: async () => {
          this.conflict = null;
          await this.refresh();
          await again();
        },
      };
      return null;
    }
  }

  dispose() {
    this.disposed = true;
    for (const stop of this.stops) stop();
    this.stops = [];
  }
}

/** The stakeholder register: its people, their groups, and changes by others as they happen. */
export class StakeholdersStore extends RegisterStore {
  stakeholders = $state.raw<Stakeholder[]>([]);
  groups = $state.raw<StakeholderGroup[]>([]);
  readonly byId = $derived(new Map(this.stakeholders.map((s) => [s.id, s])));

  protected async fetch(projectId: string): Promise<void> {
    const d = await request(ops.STAKEHOLDER_REGISTER, { id: projectId });
    if (this.disposed) return;
    // Every page: the power/interest grid and the engagement matrix show the whole register.
    const all = [...d.project.stakeholders.nodes];
    for (let page = d.project.stakeholders.pageInfo; page.hasNextPage && page.endCursor; ) {
      const more = await request(ops.STAKEHOLDER_REGISTER_PAGE, { id: projectId, after: page.endCursor });
      if (this.disposed) return;
      all.push(...more.project.stakeholders.nodes);
      page = more.project.stakeholders.pageInfo;
    }
    this.stakeholders = all;
    this.groups = d.project.stakeholderGroups;
  }

  protected listen(projectId: string): void {
    this.stops.push(
      this.live.subscribe(ops.ON_STAKEHOLDER_CHANGED, { projectId }, {
        next: (d) => {
          if (!this.own.has(d.stakeholderChanged.changeNumber)) this.cache.queue('stakeholders', () => this.refresh());
        },
      }),
    );
  }

  async create(input: StakeholderInput): Promise<Stakeholder> {
    const { emailOptOut: _mailIsForEdits, ...fields } = input;
    const d = await request(ops.STAKEHOLDER_CREATE, { input: { ...fields, projectId: this.project!.id } });
    this.own.add(d.stakeholderCreate.changeNumber);
    const s = d.stakeholderCreate.stakeholder;
    this.stakeholders = [...this.stakeholders, s];
    return s;
  }

  /** Saves changed fields of a stakeholder with the version that was read. */
  async update(id: string, patch: StakeholderInput, version = this.byId.get(id)?.version ?? 0): Promise<Stakeholder | null> {
    const name = this.byId.get(id)?.name ?? 'this stakeholder';
    const d = await this.versioned(
      name,
      () => request(ops.STAKEHOLDER_UPDATE, { input: { ...patch, id, version } }),
      () => this.update(id, patch),
    );
    if (!d) return null;
    this.own.add(d.stakeholderUpdate.changeNumber);
    const s = d.stakeholderUpdate.stakeholder;
    this.stakeholders = this.stakeholders.map((x) => (x.id === s.id ? s : x));
    return s;
  }

  async remove(s: Stakeholder): Promise<void> {
    const d = await this.versioned(
      s.name,
      () => request(ops.STAKEHOLDER_DELETE, { id: s.id, version: s.version }),
      async () => {
        const fresh = this.byId.get(s.id);
        if (fresh) await this.remove(fresh);
      },
    );
    if (!d) return;
    this.own.add(d.stakeholderDelete.changeNumber);
    this.stakeholders = this.stakeholders.filter((x) => x.id !== s.id);
    this.groups = this.groups.map((g) => ({ ...g, stakeholderIds: g.stakeholderIds.filter((x) => x !== s.id) }));
  }

  async createGroup(name: string, stakeholderIds: string[]): Promise<void> {
    const d = await request(ops.STAKEHOLDER_GROUP_CREATE, { input: { projectId: this.project!.id, name, stakeholderIds } });
    this.own.add(d.stakeholderGroupCreate.changeNumber);
    this.groups = [...this.groups, d.stakeholderGroupCreate.group].sort((a, b) => a.name.localeCompare(b.name));
  }

  async updateGroup(g: StakeholderGroup, stakeholderIds: string[]): Promise<void> {
    const d = await this.versioned(
      `the group ${g.name}`,
      () => request(ops.STAKEHOLDER_GROUP_UPDATE, { input: { id: g.id, version: g.version, stakeholderIds } }),
      async () => {
        const fresh = this.groups.find((x) => x.id === g.id);
        if (fresh) await this.updateGroup(fresh, stakeholderIds);
      },
    );
    if (!d) return;
    this.own.add(d.stakeholderGroupUpdate.changeNumber);
    const saved = d.stakeholderGroupUpdate.group;
    this.groups = this.groups.map((x) => (x.id === saved.id ? saved : x));
  }

  async removeGroup(g: StakeholderGroup): Promise<void> {
    const d = await this.versioned(
      `the group ${g.name}`,
      () => request(ops.STAKEHOLDER_GROUP_DELETE, { id: g.id, version: g.version }),
      async () => undefined,
    );
    if (!d) return;
    this.own.add(d.stakeholderGroupDelete.changeNumber);
    this.groups = this.groups.filter((x) => x.id !== g.id);
  }
}

/** The communication plan: items with their next due day (the server's), held and changed live. */
export class CommunicationStore extends RegisterStore {
  items = $state.raw<CommunicationItem[]>([]);
  stakeholders = $state.raw<{ id: string; name: string }[]>([]);
  groups = $state.raw<{ id: string; name: string }[]>([]);

  protected async fetch(projectId: string): Promise<void> {
    const d = await request(ops.COMMUNICATION_PLAN, { id: projectId });
    if (this.disposed) return;
    this.items = d.project.communicationItems.nodes;
    this.stakeholders = d.project.stakeholders.nodes;
    this.groups = d.project.stakeholderGroups;
  }

  protected listen(projectId: string): void {
    const queue = () => this.cache.queue('communication', () => this.refresh());
    this.stops.push(
      this.live.subscribe(ops.ON_COMMUNICATION_CHANGED, { projectId }, {
        next: (d) => {
          if (!this.own.has(d.communicationChanged.changeNumber)) queue();
        },
      }),
      // Audiences name stakeholders and groups; a new calendar can move every due day.
      this.live.subscribe(ops.ON_STAKEHOLDER_CHANGED, { projectId }, { next: queue }),
      this.cache.on('plan', (part) => {
        if (part === 'CALENDARS') queue();
      }),
    );
  }

  #put(item: CommunicationItem) {
    const rest = this.items.filter((x) => x.id !== item.id);
    this.items = [...rest, item].sort((a, b) => (a.nextDue ?? '9999').localeCompare(b.nextDue ?? '9999') || a.title.localeCompare(b.title));
  }

  async create(input: CommunicationInput): Promise<void> {
    const d = await request(ops.COMMUNICATION_ITEM_CREATE, { input: { ...input, projectId: this.project!.id } });
    this.own.add(d.communicationItemCreate.changeNumber);
    this.#put(d.communicationItemCreate.item);
  }

  async update(item: CommunicationItem, patch: Omit<D.CommunicationItemUpdateInput, 'id' | 'version'>): Promise<boolean> {
    const d = await this.versioned(
      item.title,
      () => request(ops.COMMUNICATION_ITEM_UPDATE, { input: { ...patch, id: item.id, version: item.version } }),
      async () => {
        const fresh = this.items.find((x) => x.id === item.id);
        if (fresh) await this.update(fresh, patch);
      },
    );
    if (!d) return false;
    this.own.add(d.communicationItemUpdate.changeNumber);
    this.#put(d.communicationItemUpdate.item);
    return true;
  }

  /** Records that the item was held; the server moves its next due day on. */
  async hold(item: CommunicationItem, heldOn: string, notes: string): Promise<boolean> {
    const d = await this.versioned(
      item.title,
      () => request(ops.COMMUNICATION_ITEM_HOLD, { input: { id: item.id, version: item.version, heldOn, notes } }),
      async () => {
        const fresh = this.items.find((x) => x.id === item.id);
        if (fresh) await this.hold(fresh, heldOn, notes);
      },
    );
    if (!d) return false;
    this.own.add(d.communicationItemHold.changeNumber);
    this.#put(d.communicationItemHold.item);
    return true;
  }

  async remove(item: CommunicationItem): Promise<void> {
    const d = await this.versioned(item.title, () => request(ops.COMMUNICATION_ITEM_DELETE, { id: item.id, version: item.version }), async () => undefined);
    if (!d) return;
    this.own.add(d.communicationItemDelete.changeNumber);
    this.items = this.items.filter((x) => x.id !== item.id);
  }
}

/**
 * The RACI matrix. Cells are idempotent upserts on the server, so a cell is shown as set at once
 * and corrected by the answer; others' cells arrive through raciChanged and are applied in place.
 */
export class RaciStore extends RegisterStore {
  matrix = $state.raw<RaciMatrix | null>(null);
  /** Cells changed by someone else just now (`taskId:partyId`), for a brief highlight. */
  flashed = $state.raw<Record<string, true>>({});
  cellError = $state<string | null>(null);

  protected async fetch(projectId: string): Promise<void> {
    const d = await request(ops.RACI_MATRIX, { id: projectId });
    if (this.disposed) return;
    this.matrix = d.project.raci;
  }

  protected listen(projectId: string): void {
    const queue = () => this.cache.queue('raci', () => this.refresh());
    this.stops.push(
      this.live.subscribe(ops.ON_RACI_CHANGED, { projectId }, {
        next: (d) => {
          const c = d.raciChanged;
          this.#apply(c.taskId, c.partyId, c.letter ?? null, c.implied, c.flags);
          if (!this.own.has(c.changeNumber)) this.#flash(`${c.taskId}:${c.partyId}`);
        },
      }),
      // New or removed stakeholders are new or removed columns.
      this.live.subscribe(ops.ON_STAKEHOLDER_CHANGED, { projectId }, { next: queue }),
    );
  }

  #flash(key: string) {
    this.flashed = { ...this.flashed, [key]: true };
    setTimeout(() => {
      const { [key]: _gone, ...rest } = this.flashed;
      this.flashed = rest;
    }, 2500);
  }

  /** Puts one cell (and the row's flags, when known) into the matrix shown. */
  #apply(taskId: string, partyId: string, letter: RaciLetter | null, implied: boolean, flags: RaciRow['flags'] | null) {
    const m = this.matrix;
    if (!m) return;
    this.matrix = {
      ...m,
      rows: m.rows.map((r) => {
        if (r.taskId !== taskId) return r;
        const cells = r.cells.filter((c) => c.partyId !== partyId);
        // A blank on the assignee stays a cell: it hides the implied R.
        if (letter !== null || partyId === r.assigneeId) cells.push({ partyId, letter, implied });
        return { ...r, cells, flags: flags ?? r.flags };
      }),
    };
  }

  async set(taskId: string, partyId: string, letter: RaciLetter | null): Promise<void> {
    const row = this.matrix?.rows.find((r) => r.taskId === taskId);
    const before = row?.cells.find((c) => c.partyId === partyId) ?? null;
    this.#apply(taskId, partyId, letter, false, null);
    try {
      const d = await request(ops.RACI_CELL_SET, { input: { taskId, partyId, letter } });
      this.own.add(d.raciCellSet.changeNumber);
      const c = d.raciCellSet.change;
      this.#apply(c.taskId, c.partyId, c.letter ?? null, c.implied, c.flags);
      this.cellError = null;
    } catch (e) {
      this.#apply(taskId, partyId, before?.letter ?? null, before?.implied ?? false, null);
      this.cellError = asRequestError(e).message;
    }
  }
}
