import { describe, expect, it } from 'vitest';
import { isCovered, mergeStateVectors } from './saved';
import { colorFor, initials } from './identity';

const sv = (entries: [number, number][]) => new Map(entries);

describe('saved state of a shared document', () => {
  it('is saved when the server stored at least every clock this browser holds', () => {
    expect(isCovered(sv([[1, 10], [2, 3]]), sv([[1, 10], [2, 5], [3, 1]]))).toBe(true);
    expect(isCovered(sv([]), sv([]))).toBe(true);
  });

  it('is not saved while one client has edits the server has not stored, or that it has never seen', () => {
    expect(isCovered(sv([[1, 11]]), sv([[1, 10]]))).toBe(false);
    expect(isCovered(sv([[1, 10], [7, 1]]), sv([[1, 10]]))).toBe(false);
  });

  it('what is stored only grows, whatever order the reports arrive in', () => {
    const merged = mergeStateVectors(sv([[1, 10], [2, 4]]), sv([[1, 8], [3, 2]]));
    expect([...merged].sort()).toEqual([[1, 10], [2, 4], [3, 2]]);
  });
});

describe('how people are drawn', () => {
  it('gives a person the same 6-digit colour everywhere', () => {
    const id = '6f1c1f5e-7c43-4c8e-9d0a-0b8f3c2f9a11';
    expect(colorFor(id)).toBe(colorFor(id));
    expect(colorFor(id)).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('uses first and last initials', () => {
    expect(initials('Ana Costa')).toBe('AC');
    expect(initials('  chloé  ')).toBe('C');
    expect(initials('Jean Paul Sartre')).toBe('JS');
    expect(initials('')).toBe('?');
  });
});
