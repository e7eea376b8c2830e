import { GraphQLRequestError, LiveConnection, ops, request } from '$lib/graphql';
import type { Charter, CharterApproval, CharterUpdateInput, ProjectCharter } from '$lib/graphql/types';
import { canManage } from '$lib/format';

export const TEXT_FIELDS = ['purpose', 'inScope', 'outOfScope', 'assumptions', 'constraints', 'sponsor'] as const;
export const LIST_FIELDS = ['objectives', 'successCriteria', 'keyStakeholders'] as const;
export type CharterField = (typeof TEXT_FIELDS)[number] | (typeof LIST_FIELDS)[number];

/** The charter as the form edits it: every field a string, lists one item per line. */
export type CharterForm = Record<CharterField, string>;

export function toForm(c: Charter): CharterForm {
  return {
    purpose: c.purpose,
    inScope: c.inScope,
    outOfScope: c.outOfScope,
    assumptions: c.assumptions,
    constraints: c.constraints,
    sponsor: c.sponsor,
    objectives: c.objectives.join('\n'),
    successCriteria: c.successCriteria.join('\n'),
    keyStakeholders: c.keyStakeholders.join('\n'),
  };
}

/** One item per non-blank line, trimmed (as the API stores lists). */
export function lines(text: string): string[] {
  return text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The fields of `form` that differ from `base`, as charterUpdate takes them. */
export function changes(form: CharterForm, base: Charter): Partial<Omit<CharterUpdateInput, 'projectId' | 'version'>> {
  const out: Partial<Omit<CharterUpdateInput, 'projectId' | 'version'>> = {};
  for (const f of TEXT_FIELDS) if (form[f] !== base[f]) out[f] = form[f];
  for (const f of LIST_FIELDS) {
    const list = lines(form[f]);
    if (!sameList(list, base[f])) out[f] = list;
  }
  return out;
}

export function isEmpty(c: Charter): boolean {
  return TEXT_FIELDS.every((f) => !c[f].trim()) && LIST_FIELDS.every((f) => c[f].length === 0);
}

/**
 * The charter page: the project's charter kept current by `projectUpdated`, and an edit form that
 * never loses what is being typed. A change made elsewhere while the form has unsaved edits is held
 * in `incoming` until the user reloads or keeps their edits; a save with a stale version (CONFLICT)
 * fetches the latest charter and leaves the choice to the user as well.
 */
export class CharterStore {
  readonly key: string;
  readonly live: LiveConnection;
  project = $state<ProjectCharter | null>(null);
  status = $state<'loading' | 'ready' | 'error'>('loading');
  error = $state<GraphQLRequestError | null>(null);
  liveError = $state<string | null>(null);

  editing = $state(false);
  form = $state<CharterForm>({ purpose: '', inScope: '', outOfScope: '', assumptions: '', constraints: '', sponsor: '', objectives: '', successCriteria: '', keyStakeholders: '' });
  /** The charter the form started from; its version is sent with the save. */
  base = $state<Charter | null>(null);
  /** A newer charter saved elsewhere while the form has unsaved edits. */
  incoming = $state<Charter | null>(null);
  /** The last save was refused as stale; `incoming` holds the latest charter once fetched. */
  conflict = $state(false);
  saving = $state(false);
  saveError = $state<GraphQLRequestError | null>(null);
  saved = $state(false);
  approving = $state<CharterApproval | null>(null);
  approvalError = $state<string | null>(null);

  readonly charter = $derived(this.project?.charter ?? null);
  readonly canEdit = $derived(!!this.project && canManage(this.project.viewerRole) && !this.project.archivedAt);
  readonly dirty = $derived(this.editing && !!this.base && Object.keys(changes(this.form, this.base)).length > 0);

  #stops: (() => void)[] = [];
  #disposed = false;
  #savedTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(key: string, live: LiveConnection) {
    this.key = key;
    this.live = live;
  }

  async load(): Promise<void> {
    this.status = 'loading';
    this.error = null;
    try {
      const d = await request<{ project: ProjectCharter }>(ops.PROJECT_CHARTER, { key: this.key });
      if (this.#disposed) return;
      this.project = d.project;
      this.status = 'ready';
    } catch (e) {
      this.error = e instanceof GraphQLRequestError ? e : new GraphQLRequestError(String(e), 'NETWORK');
      this.status = 'error';
      return;
    }
    if (!this.#stops.length && this.project) this.#subscribe(this.project.id);
  }

  /** Fetches the charter again (after a reconnection or a conflict) and applies it. */
  async refresh(): Promise<Charter | null> {
    if (this.#disposed) return null;
    try {
      const d = await request<{ project: ProjectCharter }>(ops.PROJECT_CHARTER, { key: this.key });
      this.#applyProject(d.project);
      return d.project.charter;
    } catch {
      return null;
    }
  }

  #subscribe(projectId: string) {
    this.#stops.push(
      this.live.subscribe<{ projectUpdated: ProjectCharter }>(ops.ON_PROJECT_CHARTER, { projectId }, {
        next: (d) => this.#applyProject(d.projectUpdated),
        error: (e) => {
          this.liveError = e.message;
        },
      }),
      this.live.onReconnect(() => void this.refresh()),
    );
    // Close the gap between the first fetch and the subscription starting.
    void this.live.whenConnected().then(() => setTimeout(() => void this.refresh(), 150));
  }

  #applyProject(p: ProjectCharter) {
    if (this.#disposed || !this.project) return;
    const { charter, ...head } = p;
    this.project = { ...this.project, ...head, viewerRole: head.viewerRole ?? this.project.viewerRole };
    this.apply(charter);
  }

  /** A charter from the server: newer versions replace what is shown; the form follows unless it has edits. */
  apply(c: Charter) {
    if (!this.project) return;
    if (c.version < this.project.charter.version) return;
    if (c.version > this.project.charter.version) this.project = { ...this.project, charter: c };
    if (!this.editing || !this.base || c.version <= this.base.version) return;
    if (this.dirty) {
      this.incoming = c;
    } else {
      this.base = c;
      this.form = toForm(c);
    }
  }

  startEdit() {
    if (!this.charter) return;
    this.base = this.charter;
    this.form = toForm(this.charter);
    this.incoming = null;
    this.conflict = false;
    this.saveError = null;
    this.saved = false;
    this.editing = true;
  }

  cancelEdit() {
    this.editing = false;
    this.base = null;
    this.incoming = null;
    this.conflict = false;
    this.saveError = null;
  }

  /** Drops the edits and starts again from the latest charter. */
  loadTheirs() {
    const latest = this.charter;
    if (!latest) return;
    this.base = latest;
    this.form = toForm(latest);
    this.incoming = null;
    this.conflict = false;
    this.saveError = null;
  }

  /** Puts the fields this user changed on top of the latest charter; the next save sends just those. */
  keepMine() {
    const latest = this.charter;
    if (!latest || !this.base) return;
    const mine = changes(this.form, this.base);
    const next = toForm(latest);
    for (const f of Object.keys(mine) as CharterField[]) next[f] = this.form[f];
    this.base = latest;
    this.form = next;
    this.incoming = null;
    this.conflict = false;
    this.saveError = null;
  }

  async save(): Promise<boolean> {
    if (!this.project || !this.base) return false;
    const patch = changes(this.form, this.base);
    this.saveError = null;
    this.saved = false;
    if (Object.keys(patch).length === 0) {
      this.cancelEdit();
      return true;
    }
    this.saving = true;
    try {
      const d = await request<{ charterUpdate: { charter: Charter } }>(ops.CHARTER_UPDATE, {
        input: { projectId: this.project.id, version: this.base.version, ...patch },
      });
      const c = d.charterUpdate.charter;
      this.editing = false;
      this.base = null;
      this.incoming = null;
      this.conflict = false;
      this.apply(c);
      this.#flashSaved();
      return true;
    } catch (e) {
      const err = e instanceof GraphQLRequestError ? e : new GraphQLRequestError(String(e), 'NETWORK');
      if (err.code === 'CONFLICT') {
        this.conflict = true;
        // Fetch theirs; the form keeps every character until the user chooses.
        await this.refresh();
      } else {
        this.saveError = err;
      }
      return false;
    } finally {
      this.saving = false;
    }
  }

  async setApproval(state: CharterApproval): Promise<void> {
    if (!this.project) return;
    this.approving = state;
    this.approvalError = null;
    try {
      const d = await request<{ charterApprovalSet: { charter: Charter } }>(ops.CHARTER_APPROVAL_SET, { projectId: this.project.id, state });
      this.apply(d.charterApprovalSet.charter);
    } catch (e) {
      this.approvalError = e instanceof Error ? e.message : String(e);
      if (e instanceof GraphQLRequestError && e.code === 'CONFLICT') void this.refresh();
    } finally {
      this.approving = null;
    }
  }

  #flashSaved() {
    this.saved = true;
    clearTimeout(this.#savedTimer);
    this.#savedTimer = setTimeout(() => (this.saved = false), 3_000);
  }

  dispose() {
    this.#disposed = true;
    clearTimeout(this.#savedTimer);
    for (const stop of this.#stops) stop();
    this.#stops = [];
  }
}
