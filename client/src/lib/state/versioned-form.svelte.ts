import { errorMessage, GraphQLRequestError } from '$lib/graphql';
import { serverFieldErrors } from '$lib/components/registers/field-errors';

/** A register row as forms edit it: saved against the version that was read. */
export interface VersionedRow {
  id: string;
  version: number;
  key: string;
}

/** What a form knows of its rows: how a draft is made, checked and sent. */
export interface FormRules<D, R> {
  empty: () => D;
  draftOf: (row: R) => D;
  /** Every problem of the draft at once, by field. */
  errors: (draft: D) => Record<string, string>;
  /** The create mutation's input. */
  input: (draft: D) => Record<string, unknown>;
  /** The update mutation's changes: only what differs from the version read. */
  patch: (base: D, draft: D) => Record<string, unknown>;
}

/** Where a form's rows live: the page's live list and its mutations. */
export interface FormSource<R> {
  byId: (id: string) => R | undefined;
  /** The newest version someone else saved (0 when none is known). */
  foreignVersion: (id: string) => number;
  create: (input: Record<string, unknown>) => Promise<R>;
  update: (id: string, version: number, patch: Record<string, unknown>) => Promise<R>;
}

/** A register page's store as a form's source: its live list and its mutations. */
export function registerSource<R extends VersionedRow>(store: {
  list: { byId: (id: string) => R | undefined; foreignVersion: ReadonlyMap<string, number> };
  create: (input: Record<string, unknown>) => Promise<R>;
  update: (id: string, version: number, patch: Record<string, unknown>) => Promise<R>;
}): FormSource<R> {
  return {
    byId: (id) => store.list.byId(id),
    foreignVersion: (id) => store.list.foreignVersion.get(id) ?? 0,
    create: (input) => store.create(input),
    update: (id, version, patch) => store.update(id, version, patch),
  };
}

/** The fields of `draft` that differ from `base` (compared by value). */
export function changedKeys<D extends object>(base: D, draft: D): (keyof D)[] {
  return (Object.keys(draft) as (keyof D)[]).filter((k) => JSON.stringify(base[k]) !== JSON.stringify(draft[k]));
}

/** What a form tells about its save (SaveAlerts shows it). */
export interface SaveState {
  readonly deleted: boolean;
  readonly changedElsewhere: boolean;
  readonly saveError: GraphQLRequestError | null;
  readonly serverErrors: Record<string, string>;
  readonly errorList: [string, string][];
  readonly notice: string | null;
  loadLatest(): void;
  reapply(): void;
}

/**
 * The state of a register form (a risk, an issue) that is saved against the version the person
 * read. Every error is shown at once: the form's own rules after a first try, the server's by field
 * after a refused save. When someone else saved first (CONFLICT), the person either loads their
 * version or re-applies these edits onto it: the fields changed here win, the others take the
 * latest values, and nothing is sent until the person looks and saves again.
 */
export class VersionedForm<D extends object, R extends VersionedRow> implements SaveState {
  readonly #rules: FormRules<D, R>;
  readonly #source: FormSource<R>;
  draft: D = $state()!;
  /** The draft of the version read: what a save sends the difference from. */
  base: D = $state()!;
  version = $state(0);
  id = $state<string | null>(null);
  /** A save was tried: the form's own errors show from then on. */
  tried = $state(false);
  saving = $state(false);
  saveError = $state<GraphQLRequestError | null>(null);
  serverErrors = $state<Record<string, string>>({});
  notice = $state<string | null>(null);

  /** The row as the live list has it now (undefined once deleted, or before the first save). */
  readonly live: R | undefined = $derived.by(() => (this.id ? this.#source.byId(this.id) : undefined));
  readonly errors: Record<string, string> = $derived.by(() => ({ ...this.serverErrors, ...(this.tried ? this.#rules.errors(this.draft) : {}) }));
  readonly errorList: [string, string][] = $derived(Object.entries(this.errors));
  /** Someone else saved a newer version while this form was open. */
  readonly changedElsewhere: boolean = $derived.by(() => !!this.id && !this.saving && this.#source.foreignVersion(this.id) > this.version);
  /** The row was deleted (by anyone) while the form was open. */
  readonly deleted: boolean = $derived(!!this.id && !this.live);

  constructor(rules: FormRules<D, R>, source: FormSource<R>, id: string | null) {
    this.#rules = rules;
    this.#source = source;
    const initial = id ? source.byId(id) : undefined;
    this.id = id;
    this.adopt(initial);
  }

  /** Shows `row` as saved (after a save or another action that returned the row), or an empty form. */
  adopt(row: R | undefined): void {
    this.draft = row ? this.#rules.draftOf(row) : this.#rules.empty();
    this.base = row ? this.#rules.draftOf(row) : this.#rules.empty();
    this.version = row?.version ?? 0;
    if (row) this.id = row.id;
  }

  /** Checks, then creates or updates; resolves with the saved row, or null when refused. */
  async save(): Promise<R | null> {
    this.tried = true;
    this.serverErrors = {};
    this.saveError = null;
    this.notice = null;
    if (Object.keys(this.#rules.errors(this.draft)).length) return null;
    this.saving = true;
    try {
      const saved = this.id
        ? await this.#source.update(this.id, this.version, this.#rules.patch(this.base, this.draft))
        : await this.#source.create(this.#rules.input(this.draft));
      this.adopt(saved);
      this.tried = false;
      this.notice = `Saved ${saved.key}.`;
      return saved;
    } catch (err) {
      this.saveError = err instanceof GraphQLRequestError ? err : new GraphQLRequestError(errorMessage(err), 'NETWORK');
      this.serverErrors = serverFieldErrors(err);
      return null;
    } finally {
      this.saving = false;
    }
  }

  /** Drops these edits and shows the row as it is now. */
  loadLatest(): void {
    if (!this.live) return;
    this.adopt(this.live);
    this.saveError = null;
    this.serverErrors = {};
    this.notice = null;
  }

  /** Puts these edits on top of the latest version; the person saves again after looking. */
  reapply(): void {
    const live = this.live;
    if (!live) return;
    const draft = $state.snapshot(this.draft) as D;
    const latest = this.#rules.draftOf(live);
    for (const k of changedKeys($state.snapshot(this.base) as D, draft)) latest[k] = draft[k];
    this.base = this.#rules.draftOf(live);
    this.draft = latest;
    this.version = live.version;
    this.saveError = null;
    this.serverErrors = {};
    this.notice = 'Your changes are applied on the latest version. Check them and save again.';
  }
}
