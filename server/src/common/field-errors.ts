import { BadUserInputError } from './errors.js';

/** The longest one-line text a register keeps (titles, categories). */
export const MAX_TITLE = 500;
/** The longest free text a register keeps (descriptions, plans); the charter's limit. */
export const MAX_TEXT = 50_000;

export interface FieldError {
  field: string;
  message: string;
}

/**
 * Collects every problem of one input before anything is written, so a form can show all of them
 * at once: `throwIfAny` raises one BAD_USER_INPUT naming the first field (as every coded error does)
 * and listing all of them in `extensions.errors`.
 */
export class FieldErrors {
  readonly list: FieldError[] = [];

  add(field: string, message: string): void {
    if (!this.list.some((e) => e.field === field)) this.list.push({ field, message });
  }

  has(field: string): boolean {
    return this.list.some((e) => e.field === field);
  }

  /** A text no longer than `max`; `required` refuses one that is empty once trimmed. */
  text(value: string | null | undefined, field: string, label: string, opts: { required?: boolean; max?: number } = {}): void {
    const max = opts.max ?? MAX_TEXT;
    if (value === undefined || value === null) {
      if (opts.required) this.add(field, `${label} is required`);
      return;
    }
    if (opts.required && !value.trim()) this.add(field, `${label} is required`);
    else if (value.length > max) this.add(field, `${label} must be at most ${max.toLocaleString('en')} characters`);
  }

  /** A whole number from `min` to `max` (a score on a 1-5 scale). */
  whole(value: number | null | undefined, field: string, label: string, min: number, max: number): void {
    if (value === undefined || value === null) return;
    if (!Number.isInteger(value) || value < min || value > max) this.add(field, `${label} must be a whole number from ${min} to ${max}`);
  }

  /** A finite number from `min` to `max`. */
  number(value: number | null | undefined, field: string, label: string, min: number, max: number): void {
    if (value === undefined || value === null) return;
    if (!Number.isFinite(value) || value < min || value > max) this.add(field, `${label} must be between ${min.toLocaleString('en')} and ${max.toLocaleString('en')}`);
  }

  throwIfAny(): void {
    const first = this.list[0];
    if (first) throw new BadUserInputError(first.message, first.field, { errors: this.list });
  }
}
