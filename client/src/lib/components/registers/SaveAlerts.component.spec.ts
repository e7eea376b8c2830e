import { flushSync, mount, unmount } from 'svelte';
import { SvelteMap } from 'svelte/reactivity';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { GraphQLRequestError } from '$lib/graphql';
import { VersionedForm, type FormRules, type FormSource } from '$lib/state/versioned-form.svelte';
import SaveAlerts from './SaveAlerts.svelte';

interface Row {
  id: string;
  version: number;
  key: string;
  title: string;
  owner: string | null;
  tags: string[];
}
interface Draft {
  title: string;
  owner: string;
  tags: string[];
}

const input = (d: Draft) => ({ title: d.title.trim(), owner: d.owner || null, tags: d.tags });
const rules: FormRules<Draft, Row> = {
  empty: () => ({ title: '', owner: '', tags: [] }),
  draftOf: (r) => ({ title: r.title, owner: r.owner ?? '', tags: [...r.tags] }),
  errors: (d): Record<string, string> => (d.title.trim() ? {} : { title: 'Title is required' }),
  input,
  patch: (base, d) => {
    const a = input(base);
    const b = input(d);
    return Object.fromEntries(Object.entries(b).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(a[k as keyof typeof a])));
  },
};

/** The page's live list as the form sees it, with the mutations' answers decided by each test. */
function source() {
  const rows = new SvelteMap<string, Row>();
  const foreign = new SvelteMap<string, number>();
  const sent: { kind: 'create' | 'update'; version?: number; body: Record<string, unknown> }[] = [];
  let next: ((body: Record<string, unknown>) => Row) | Error = (body) => ({ id: 'r1', version: 1, key: 'R-1', title: String(body.title), owner: null, tags: [] });
  const answer = (body: Record<string, unknown>) => {
    if (next instanceof Error) return Promise.reject(next);
    const row = next(body);
    rows.set(row.id, row);
    return Promise.resolve(row);
  };
  const src: FormSource<Row> = {
    byId: (id) => rows.get(id),
    foreignVersion: (id) => foreign.get(id) ?? 0,
    create: (body) => (sent.push({ kind: 'create', body }), answer(body)),
    update: (_id, version, body) => (sent.push({ kind: 'update', version, body }), answer(body)),
  };
  return { rows, foreign, sent, src, answerWith: (a: typeof next) => (next = a) };
}

let mounted: ReturnType<typeof mount> | null = null;
afterEach(() => {
  if (mounted) unmount(mounted);
  mounted = null;
  document.body.innerHTML = '';
});

function show(form: VersionedForm<Draft, Row>) {
  mounted = mount(SaveAlerts, { target: document.body, props: { form, noun: 'risk', fid: (f: string) => `risk-${f}` } });
  flushSync();
}

const saved: Row = { id: 'r1', version: 3, key: 'R-1', title: 'Vendor late', owner: 'ana', tags: ['a'] };

describe('VersionedForm with SaveAlerts', () => {
  it('lists every problem before sending anything, each linked to its field', async () => {
    const s = source();
    const form = new VersionedForm(rules, s.src, null);
    show(form);
    expect(await form.save()).toBeNull();
    flushSync();
    expect(s.sent).toEqual([]);
    const alert = page.getByRole('alert', { name: 'Problems with the form' });
    await expect.element(alert).toHaveTextContent('Please fix this before saving: Title is required');
    expect(document.querySelector('a[href="#risk-title"]')).not.toBeNull();
  });

  it('creates, then shows the saved row and says so', async () => {
    const s = source();
    const form = new VersionedForm(rules, s.src, null);
    show(form);
    form.draft.title = '  Vendor late ';
    expect((await form.save())?.key).toBe('R-1');
    flushSync();
    expect(s.sent).toEqual([{ kind: 'create', body: { title: 'Vendor late', owner: null, tags: [] } }]);
    expect(form.id).toBe('r1');
    expect(form.version).toBe(1);
    await expect.element(page.getByRole('status')).toHaveTextContent('Saved R-1.');
  });

  it('sends only what changed, against the version read', async () => {
    const s = source();
    s.rows.set('r1', saved);
    const form = new VersionedForm(rules, s.src, 'r1');
    form.draft.owner = '';
    s.answerWith((body) => ({ ...saved, version: 4, owner: (body.owner as string | null) ?? null }));
    await form.save();
    expect(s.sent).toEqual([{ kind: 'update', version: 3, body: { owner: null } }]);
    expect(form.version).toBe(4);
  });

  it('warns when someone else saved meanwhile, and when the row was deleted', async () => {
    const s = source();
    s.rows.set('r1', saved);
    const form = new VersionedForm(rules, s.src, 'r1');
    show(form);
    expect(document.body.textContent?.trim()).toBe('');
    s.foreign.set('r1', 4);
    flushSync();
    await expect.element(page.getByRole('status')).toHaveTextContent('Someone else changed this risk while you were looking.');
    s.rows.delete('r1');
    flushSync();
    expect(form.deleted).toBe(true);
    await expect.element(page.getByRole('alert')).toHaveTextContent('This risk was deleted.');
  });

  it('after a CONFLICT, re-applies the fields changed here onto the latest version, a cleared one included', async () => {
    const s = source();
    s.rows.set('r1', saved);
    const form = new VersionedForm(rules, s.src, 'r1');
    show(form);
    form.draft.owner = '';
    form.draft.tags = ['a', 'b'];
    s.answerWith(new GraphQLRequestError('Someone else saved first', 'CONFLICT'));
    s.rows.set('r1', { ...saved, version: 4, title: 'Vendor late by two weeks', owner: 'ben' });
    expect(await form.save()).toBeNull();
    flushSync();
    await expect.element(page.getByRole('alert')).toHaveTextContent('Someone else saved this risk first; your changes were not saved.');
    await page.getByRole('button', { name: 'Re-apply my changes' }).click();
    // Their title stays; the owner cleared here and the tag added here win over theirs.
    expect(form.draft).toEqual({ title: 'Vendor late by two weeks', owner: '', tags: ['a', 'b'] });
    expect(form.version).toBe(4);
    await expect.element(page.getByRole('status')).toHaveTextContent('Your changes are applied on the latest version. Check them and save again.');
    s.answerWith((body) => ({ ...saved, version: 5, title: 'Vendor late by two weeks', owner: null, tags: body.tags as string[] }));
    await form.save();
    expect(s.sent.at(-1)).toEqual({ kind: 'update', version: 4, body: { owner: null, tags: ['a', 'b'] } });
  });

  it('loads their version on request, dropping these edits and the server errors', async () => {
    const s = source();
    s.rows.set('r1', saved);
    const form = new VersionedForm(rules, s.src, 'r1');
    show(form);
    form.draft.title = 'x'.repeat(3);
    s.answerWith(new GraphQLRequestError('Title is taken', 'BAD_USER_INPUT', 'input.title'));
    await form.save();
    flushSync();
    expect(form.errors).toEqual({ title: 'Title is taken' });
    s.rows.set('r1', { ...saved, version: 4, title: 'Theirs' });
    form.loadLatest();
    flushSync();
    expect(form.draft.title).toBe('Theirs');
    expect(form.errors).toEqual({});
    expect(form.saveError).toBeNull();
    expect(document.body.textContent?.trim()).toBe('');
  });

  it('shows a refused save that names no field as it is', async () => {
    const s = source();
    s.rows.set('r1', saved);
    const form = new VersionedForm(rules, s.src, 'r1');
    show(form);
    form.draft.title = 'New title';
    s.answerWith(new GraphQLRequestError('You can only read this project', 'FORBIDDEN'));
    await form.save();
    flushSync();
    await expect.element(page.getByRole('alert')).toHaveTextContent('You can only read this project');
  });
});
