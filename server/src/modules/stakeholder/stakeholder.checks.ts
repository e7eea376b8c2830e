/**
 * Input checks shared by the register's services: each refuses with BAD_USER_INPUT naming the
 * field, before anything is written.
 */
import type { EntityManager } from 'typeorm';
import { BadUserInputError } from '../../common/errors.js';
import { hasNul } from '../../common/text.js';

/** How a field reads in a message: `input.cadence.monthDay` -> "Month day", `input.stakeholderIds[1]` -> "Stakeholder ids". */
export function fieldLabel(field: string): string {
  const last = (field.split('.').pop() ?? field).replace(/\[\d+\]$/, '').replace(/([A-Z])/g, ' $1').toLowerCase();
  return last.charAt(0).toUpperCase() + last.slice(1);
}

/** Trimmed text of at most `max` characters; `required` refuses an empty one. */
export function checkText(value: string | null | undefined, field: string, max: number, required = false): string {
  const v = (value ?? '').trim();
  if (hasNul(v)) throw new BadUserInputError(`${fieldLabel(field)} must not contain NUL characters`, field);
  if (required && !v) throw new BadUserInputError(`${fieldLabel(field)} is required`, field);
  if (v.length > max) throw new BadUserInputError(`${fieldLabel(field)} must be at most ${max.toLocaleString('en')} characters`, field);
  return v;
}

/** An interest or influence score: a whole number from 1 to 5. */
export function checkScore(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 1 || value > 5) throw new BadUserInputError(`${fieldLabel(field)} must be a whole number from 1 to 5`, field);
  return value;
}

// One @, something on each side, a dot in the domain, no spaces: what a person can mistype, not RFC 5322.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** An e-mail address when one is given (blank means none). */
export function checkEmail(value: string | null | undefined, field: string): string | null {
  const v = checkText(value, field, 320);
  if (!v) return null;
  if (!EMAIL.test(v)) throw new BadUserInputError(`'${v.slice(0, 60)}' is not an e-mail address`, field);
  return v;
}

/** A whole number in [min, max], required. */
export function checkWhole(value: number | null | undefined, field: string, min: number, max: number, what: string): number {
  if (value === null || value === undefined) throw new BadUserInputError(`${fieldLabel(field)} is required: ${what}`, field);
  if (!Number.isInteger(value) || value < min || value > max) throw new BadUserInputError(`${fieldLabel(field)} must be ${what}`, field);
  return value;
}

/** A project member (a user id) when one is given. */
export async function checkMember(m: EntityManager, projectId: string, userId: string | null | undefined, field: string): Promise<string | null> {
  if (!userId) return null;
  const rows: unknown[] = await m.query('SELECT 1 FROM project_members WHERE project_id = $1 AND user_id = $2', [projectId, userId]);
  if (!rows.length) throw new BadUserInputError(`${fieldLabel(field) === 'Owner id' ? 'The owner' : 'The linked member'} is not a member of this project`, field);
  return userId;
}

/** Ids that must all name rows of `table` in the project; duplicates are dropped. */
export async function checkIdsIn(m: EntityManager, table: 'stakeholders' | 'stakeholder_groups', projectId: string, ids: readonly string[] | null | undefined, field: string): Promise<string[]> {
  const unique = [...new Set(ids ?? [])];
  if (!unique.length) return [];
  if (unique.length > 500) throw new BadUserInputError(`${fieldLabel(field)} may name at most 500`, field);
  const rows: { id: string }[] = await m.query(`SELECT id FROM ${table} WHERE project_id = $1 AND id = ANY($2::uuid[])`, [projectId, unique]);
  const found = new Set(rows.map((r) => r.id));
  const i = unique.findIndex((id) => !found.has(id));
  if (i >= 0) throw new BadUserInputError(`${table === 'stakeholders' ? 'A stakeholder' : 'A stakeholder group'} chosen is not one of this project`, `${field}[${i}]`);
  return unique;
}
