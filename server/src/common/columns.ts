import type { ValueTransformer } from 'typeorm';

/** PostgreSQL numeric arrives as a string; expose it as a JS number (values here fit a double). */
export const numericTransformer: ValueTransformer = {
  to: (v: number | null | undefined) => v,
  from: (v: string | null) => (v === null || v === undefined ? null : Number(v)),
};
