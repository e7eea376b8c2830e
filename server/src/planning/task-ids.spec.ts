import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlanInputError } from './errors.js';
import type { PlanLink, PlanTask } from './model.js';
import { TaskIdTable } from './task-ids.js';

const tasksOf = (ids: string[]): PlanTask[] => ids.map((id) => ({ id, durationDays: 1 }));

/** What the table must answer: the first index of each id in a Map. */
function expected(ids: string[], wanted: unknown): number {
  const index = new Map<unknown, number>();
  ids.forEach((id, i) => index.set(id, i));
  return index.get(wanted) ?? -1;
}

function resolveOne(table: TaskIdTable, predecessorId: unknown, successorId: unknown): [number, number] {
  const ends = table.resolveLinks([{ predecessorId, successorId, type: 'FS' } as PlanLink]);
  return [ends[0], ends[1]];
}

describe('TaskIdTable', () => {
  it('finds every id and nothing else, by indexOf and for links', () => {
    const id = fc.oneof(
      fc.string({ minLength: 1, maxLength: 40 }),
      fc.string({ minLength: 1, maxLength: 8, unit: 'binary' }),
      fc.uuid(),
      fc.nat().map((n) => `T${n}`),
    );
    fc.assert(fc.property(fc.uniqueArray(id, { maxLength: 200 }), fc.array(fc.oneof(id, fc.constant(undefined), fc.integer())), (ids, probes) => {
      const table = TaskIdTable.build(tasksOf(ids));
      for (const wanted of [...ids, ...probes]) {
        expect(table.indexOf(wanted)).toBe(expected(ids, wanted));
        expect(resolveOne(table, wanted, ids[0])).toEqual([expected(ids, wanted), expected(ids, ids[0])]);
      }
    }));
  });

  it('tells apart long ids that differ only in the middle, which its quick hash does not read', () => {
    const ids = Array.from({ length: 3000 }, (_, i) => `project-alpha/${String(i).padStart(6, '0')}/deliverable`);
    const table = TaskIdTable.build(tasksOf(ids));
    ids.forEach((id, i) => expect(table.indexOf(id)).toBe(i));
    expect(table.indexOf('project-alpha/003000/deliverable')).toBe(-1);
    const links = ids.map((id, i) => ({ predecessorId: ids[(i * 7) % ids.length], successorId: id, type: 'FS' as const }));
    const ends = table.resolveLinks(links);
    links.forEach((_, i) => expect([ends[2 * i], ends[2 * i + 1]]).toEqual([(i * 7) % ids.length, i]));
  });

  it('names the first repeated id, also when only the middle tells ids apart', () => {
    const ids = ['a', 'b', 'c', 'b', 'a'];
    expect(() => TaskIdTable.build(tasksOf(ids))).toThrow(new PlanInputError('tasks[3].id', 'task "b" is listed twice'));
    const long = Array.from({ length: 500 }, (_, i) => `project-alpha/${String(i).padStart(6, '0')}/deliverable`);
    long.push(long[123]);
    expect(() => TaskIdTable.build(tasksOf(long))).toThrow(new PlanInputError('tasks[500].id', `task "${long[123]}" is listed twice`));
  });

  it('refuses a task without an id', () => {
    expect(() => TaskIdTable.build([{ id: 'a', durationDays: 1 }, { id: '', durationDays: 1 }])).toThrow(new PlanInputError('tasks[1].id', 'a task needs an id'));
    expect(() => TaskIdTable.build([null as unknown as PlanTask])).toThrow(new PlanInputError('tasks[0].id', 'a task needs an id'));
  });

  it('tells apart short ids that differ only in length, a nul, or a character past U+00FF', () => {
    const ids = ['a', 'a\u0000', '\u0000a', 'ab', 'ba', '\u00ff', '\u0100', 'a\u0100', '123456', '1234567', '\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff', '\ud83d\ude00'];
    const table = TaskIdTable.build(tasksOf(ids));
    ids.forEach((id, i) => expect(table.indexOf(id)).toBe(i));
    for (const unknown of ['', '\u0000', 'a\u0000\u0000', '\u0100a', '12345', '12345678', '\ud83d']) expect(table.indexOf(unknown)).toBe(-1);
    expect(resolveOne(table, 'a\u0000', '1234567')).toEqual([1, 9]);
    expect(() => TaskIdTable.build(tasksOf(['ab', 'a', 'ab']))).toThrow(new PlanInputError('tasks[2].id', 'task "ab" is listed twice'));
  });

  it('tells apart UUIDs by all 128 bits, and from the same digits in capitals or without dashes', () => {
    const base = '0f8e2d4c-1b3a-4c5d-9e7f-a0b1c2d3e4f5';
    // One digit changed in each of the four words, a capital, a missing dash, and a non-UUID of that length.
    const ids = [
      base,
      '1f8e2d4c-1b3a-4c5d-9e7f-a0b1c2d3e4f5',
      '0f8e2d4c-1b3b-4c5d-9e7f-a0b1c2d3e4f5',
      '0f8e2d4c-1b3a-4c5d-9e7e-a0b1c2d3e4f5',
      '0f8e2d4c-1b3a-4c5d-9e7f-a0b1c2d3e4f6',
      '0F8E2D4C-1B3A-4C5D-9E7F-A0B1C2D3E4F5',
      '0f8e2d4c-1b3a-4c5d-9e7f-a0b1c2d3e4f5'.replace(/-/g, 'x'),
      'T1',
      'a task named in words',
    ];
    const table = TaskIdTable.build(tasksOf(ids));
    ids.forEach((id, i) => expect(table.indexOf(id)).toBe(i));
    for (const unknown of ['0f8e2d4c-1b3a-4c5d-9e7f-a0b1c2d3e4f4', '0F8E2D4C-1B3A-4C5D-9E7F-A0B1C2D3E4F6', base.slice(1), `${base}0`, base.replace('-', '')]) {
      expect(table.indexOf(unknown)).toBe(-1);
      expect(resolveOne(table, unknown, base)).toEqual([-1, 0]);
    }
    // Links name tasks with strings of their own (as rows read from a database do).
    const copies = ids.map((id) => [...id].join(''));
    const links = copies.map((id, i) => ({ predecessorId: id, successorId: copies[(i + 1) % ids.length], type: 'FS' as const }));
    const ends = table.resolveLinks(links);
    ids.forEach((_, i) => expect([ends[2 * i], ends[2 * i + 1]]).toEqual([i, (i + 1) % ids.length]));
    expect(() => TaskIdTable.build(tasksOf([base, 'x', [...base].join('')]))).toThrow(new PlanInputError('tasks[2].id', `task "${base}" is listed twice`));
  });

  it('finds UUIDs from counters and clocks, which differ in a few bits only', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `00000000-0000-1000-8000-${i.toString(16).padStart(12, '0')}`);
    ids.push(...Array.from({ length: 5000 }, (_, i) => `${(0x1e000000 + i * 64).toString(16).padStart(8, '0')}-5c3b-11ef-9b4a-0242ac120002`));
    const table = TaskIdTable.build(tasksOf(ids));
    ids.forEach((id, i) => expect(table.indexOf([...id].join(''))).toBe(i));
    const links = ids.map((id, i) => ({ predecessorId: ids[(i * 7) % ids.length], successorId: id, type: 'FS' as const }));
    const ends = table.resolveLinks(links);
    links.forEach((_, i) => expect([ends[2 * i], ends[2 * i + 1]]).toEqual([(i * 7) % ids.length, i]));
  });

  it('compares ids by their text, not by the string object', () => {
    const table = TaskIdTable.build(tasksOf(['alpha', 'beta']));
    const built = ['al', 'pha'].join('');
    expect(table.indexOf(built)).toBe(0);
    expect(resolveOne(table, built, `be${'ta'}`)).toEqual([0, 1]);
  });
});
