import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { WbsEditor } from '$lib/collab';
import type { ProjectStore } from '$lib/state/project.svelte';
import Outline from './Outline.svelte';
import { bigPlan, fixture, type Spec } from './outline.fixture.svelte';

const PLAN: Spec[] = [
  { name: 'Initiation', children: [{ name: 'Business case' }, { name: 'Charter sign-off', kind: 'MILESTONE' }] },
  { name: 'Build', children: [{ name: 'Data migration' }, { name: 'Integrations' }] },
  { name: 'Go-live' },
];

let mounted: ReturnType<typeof mount> | null = null;
afterEach(() => {
  if (mounted) unmount(mounted);
  mounted = null;
  localStorage.clear();
  document.body.innerHTML = '';
});

function render(specs: Spec[], { canEdit = true } = {}) {
  const f = fixture(specs);
  const target = document.createElement('div');
  document.body.append(target);
  mounted = mount(Outline, { target, props: { store: f.store as unknown as ProjectStore, wbs: f.wbs as unknown as WbsEditor, canEdit } });
  flushSync();
  return f;
}

/** "code name" of every rendered row, in order. */
const shown = () => [...document.querySelectorAll('[data-testid=task-row]')].map((r) => `${r.querySelector('.code')?.textContent} ${r.querySelector('.task-name')?.textContent}`);
const nameButton = (name: string) => page.getByRole('button', { name: new RegExp(`^${name} \\(rename`) });
const focusedName = () => document.activeElement?.querySelector('.task-name')?.textContent ?? null;

describe('Outline', () => {
  it('shows the outline with codes, keys and the labels a screen reader reads', async () => {
    render(PLAN);
    expect(shown()).toEqual(['1 Initiation', '1.1 Business case', '1.2 Charter sign-off', '2 Build', '2.1 Data migration', '2.2 Integrations', '3 Go-live']);
    await expect.element(page.getByRole('table', { name: 'Work breakdown structure' })).toHaveAttribute('aria-rowcount', '8');
    await expect.element(page.getByRole('button', { name: 'Collapse ERP-1' })).toHaveAttribute('aria-expanded', 'true');
    await expect.element(nameButton('Go-live')).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Delete ERP-7' })).toBeInTheDocument();
    await expect.element(page.getByRole('button', { name: 'More actions for ERP-7' })).toBeInTheDocument();
  });

  it('moves between rows with the arrow keys and folds a summary with ←/→', async () => {
    render(PLAN);
    (document.getElementById(`name-${document.querySelector('[data-testid=task-row]')!.getAttribute('data-task-id')}`) as HTMLElement).focus();
    await userEvent.keyboard('{ArrowDown}');
    await expect.poll(focusedName).toBe('Business case');
    await userEvent.keyboard('{ArrowUp}{ArrowLeft}');
    await expect.poll(shown).toEqual(['1 Initiation', '2 Build', '2.1 Data migration', '2.2 Integrations', '3 Go-live']);
    await userEvent.keyboard('{ArrowDown}');
    await expect.poll(focusedName).toBe('Build');
    await userEvent.keyboard('{ArrowUp}{ArrowRight}');
    await expect.poll(() => shown().length).toBe(7);
  });

  it('adds tasks from the keyboard: Enter below, type and Enter, Tab to indent, Esc back to the row', async () => {
    const f = render(PLAN);
    await nameButton('Go-live').click();
    await userEvent.keyboard('{Escape}');
    document.getElementById(`name-${f.byName('Go-live').id}`)!.focus();
    await userEvent.keyboard('{Enter}');
    const draft = page.getByTestId('new-task-name');
    await expect.element(draft).toHaveAttribute('placeholder', 'New task after ERP-7 — type a name, press Enter');
    await expect.element(draft).toHaveFocus();
    await userEvent.keyboard('Handover{Enter}');
    await expect.poll(shown).toContain('4 Handover');
    await userEvent.keyboard('Hypercare{Tab}');
    await expect.poll(() => draft.element().getAttribute('placeholder')).toMatch(/^New sub-task of /);
    await userEvent.keyboard('{Enter}{Escape}');
    await expect.poll(shown).toContain('4.1 Hypercare');
    await expect.poll(focusedName).toBe('Hypercare');
    await expect.element(page.getByRole('status').filter({ hasText: 'Added Hypercare' })).toBeInTheDocument();
  });

  it('renames with F2, refuses an empty name, and restructures with Alt+Shift+arrows and Alt+arrows', async () => {
    const f = render(PLAN);
    document.getElementById(`name-${f.byName('Integrations').id}`)!.focus();
    await userEvent.keyboard('{F2}');
    const input = page.getByLabelText('Name of ERP-6');
    await expect.element(input).toHaveFocus();
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}{Enter}');
    await expect.element(page.getByRole('alert').filter({ hasText: 'The name cannot be empty' })).toBeInTheDocument();
    await userEvent.keyboard('APIs{Enter}');
    await expect.poll(shown).toContain('2.2 APIs');
    await expect.poll(focusedName).toBe('APIs');
    await userEvent.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await expect.poll(shown).toContain('2.1 APIs');
    await userEvent.keyboard('{Alt>}{Shift>}{ArrowLeft}{/Shift}{/Alt}');
    await expect.poll(shown).toContain('3 APIs');
    await expect.poll(focusedName).toBe('APIs');
    await userEvent.keyboard('{Alt>}{Shift>}{ArrowRight}{/Shift}{/Alt}');
    // Back under Build, after its one other task.
    await expect.poll(shown).toContain('2.2 APIs');
    expect(f.wbs.outline!.byId.get(f.byName('Integrations').id)!.name).toBe('APIs');
    // Tab on a row is no longer a move: it goes on to the row's status.
    await userEvent.keyboard('{Tab}');
    await expect.poll(shown).toContain('2.2 APIs');
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Status of /);
  });

  it('indents with Tab while a name is being typed, keeping the field, its text and the caret, and lets Tab leave when it cannot indent', async () => {
    const f = render(PLAN);
    const id = f.byName('Integrations').id;
    // The row being renamed shows a field, not its name: its place is read from its code.
    const codeOf = (taskId: string) => document.querySelector(`[data-task-id="${taskId}"] .code`)?.textContent;
    document.getElementById(`name-${id}`)!.focus();
    await userEvent.keyboard('{F2}');
    const input = page.getByLabelText('Name of ERP-6');
    await expect.element(input).toHaveFocus();
    await userEvent.keyboard('{End} API');
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    await expect.poll(() => codeOf(id)).toBe('3');
    await expect.element(input).toHaveFocus();
    await expect.element(input).toHaveValue('Integrations API');
    // Typing goes on where the caret was, not over a selected name.
    await userEvent.keyboard('s');
    await expect.element(input).toHaveValue('Integrations APIs');
    await userEvent.keyboard('{Tab}');
    await expect.poll(() => codeOf(id)).toBe('2.2');
    await expect.element(input).toHaveFocus();
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    await expect.poll(() => codeOf(id)).toBe('3');
    await expect.element(input).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(shown).toContain('3 Integrations APIs');
    expect(f.wbs.outline!.byId.get(id)!.name).toBe('Integrations APIs');
    // A top-level task cannot go further out: Shift+Tab leaves the field as usual.
    document.getElementById(`name-${f.byName('Initiation').id}`)!.focus();
    await userEvent.keyboard('{F2}{Shift>}{Tab}{/Shift}');
    expect(shown()[0]).toBe('1 Initiation');
    expect(document.activeElement?.id).not.toBe(`rename-${f.byName('Initiation').id}`);
  });

  it('deletes with Del and brings the task back from the toast or with Ctrl+Z', async () => {
    const f = render(PLAN);
    document.getElementById(`name-${f.byName('Build').id}`)!.focus();
    await userEvent.keyboard('{Delete}');
    await expect.element(page.getByTestId('undo-toast')).toHaveTextContent('Deleted ERP-4 Build with its 2 sub-tasks.');
    expect(shown()).not.toContain('2 Build');
    await expect.poll(focusedName).toBe('Go-live');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(shown).toContain('2 Build');
    document.getElementById(`name-${f.byName('Go-live').id}`)!.focus();
    await userEvent.keyboard('{Delete}');
    await expect.poll(shown).not.toContain('3 Go-live');
    await userEvent.keyboard('{Control>}z{/Control}');
    await expect.poll(shown).toContain('3 Go-live');
  });

  it('filters by name or key, with the ancestors of each match', async () => {
    render(PLAN);
    await page.getByLabelText('Filter tasks').fill('migration');
    await expect.poll(shown).toEqual(['2 Build', '2.1 Data migration']);
    await page.getByLabelText('Filter tasks').fill('nothing like it');
    await expect.element(page.getByText('No task matches “nothing like it”.')).toBeInTheDocument();
  });

  it('changes a status through the API', async () => {
    const f = render(PLAN);
    // Only the row the keyboard is on (the first, until another is focused) has its pickers ready.
    expect(document.querySelectorAll('select').length).toBeLessThanOrEqual(2);
    expect(page.getByLabelText('Status of ERP-7').query()).toBeNull();
    await userEvent.hover(page.getByLabelText('Filter tasks'));
    await userEvent.hover(page.getByRole('button', { name: 'Delete ERP-7' }));
    await page.getByLabelText('Status of ERP-7').selectOptions('In progress');
    await expect.poll(() => (f.store.updateTask as unknown as { mock: { calls: unknown[][] } }).mock.calls[0]).toEqual([f.byName('Go-live').id, { statusId: 's-doing' }, 1]);
  });

  it('is read-only without the right to edit: no add, rename, delete or pickers', async () => {
    const f = render(PLAN, { canEdit: false });
    expect(document.querySelector('[data-testid=add-task]')).toBeNull();
    expect(document.querySelector('select')).toBeNull();
    document.getElementById(`name-${f.byName('Go-live').id}`)!.focus();
    await userEvent.keyboard('{Delete}{Enter}{F2}');
    expect(document.querySelector('[data-testid=new-task-name]')).toBeNull();
    expect(document.querySelector('input[id^=rename-]')).toBeNull();
    expect(shown()).toHaveLength(7);
  });
});

describe('Outline of a large plan', () => {
  it('renders only the rows on screen and tells screen readers the whole size', async () => {
    render(bigPlan(20, 49));
    const table = page.getByRole('table', { name: 'Work breakdown structure' });
    await expect.element(table).toHaveAttribute('aria-rowcount', '1001');
    const rows = document.querySelectorAll('[data-testid=task-row]');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(120);
    expect(rows[0]!.getAttribute('aria-rowindex')).toBe('2');
  });

  it('keeps the focused row while it scrolls away and scrolls a row the keyboard reaches into view', async () => {
    const f = render(bigPlan(20, 49));
    const first = f.byName('Task 1.1');
    document.getElementById(`name-${first.id}`)!.focus();
    window.scrollTo(0, 30_000);
    await expect.poll(() => document.querySelector('[data-testid=task-row]:last-of-type')?.getAttribute('aria-rowindex')).not.toBe('3');
    expect(document.getElementById(`name-${first.id}`)).toBe(document.activeElement);
    await userEvent.keyboard('{ArrowDown}');
    await expect.poll(focusedName).toBe('Task 1.2');
    const box = document.activeElement!.getBoundingClientRect();
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(window.innerHeight);
    // Rows far down render once scrolled to, at their place in the whole table.
    const far = f.byName('Task 12.1');
    window.scrollTo(0, 0);
    await expect.poll(() => document.getElementById(`name-${far.id}`)).toBeNull();
    const index = f.tasks.indexOf(far);
    const rowHeight = document.querySelector('[data-testid=task-row]')!.getBoundingClientRect().height;
    window.scrollTo(0, document.querySelector('tbody')!.getBoundingClientRect().top + index * rowHeight);
    await expect.poll(() => document.querySelector(`[data-task-id="${far.id}"]`)?.getAttribute('aria-rowindex')).toBe(String(index + 2));
  });
});
