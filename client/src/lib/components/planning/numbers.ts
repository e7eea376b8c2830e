/**
 * What a number field holds: `bind:value` on `<input type="number">` gives a number, or null when
 * the field is empty or not a number yet. NaN stands for "no valid number" so checks stay simple.
 */
export function fieldNumber(value: number | string | null | undefined): number {
  if (value === null || value === undefined || value === '') return Number.NaN;
  return typeof value === 'number' ? value : Number(value);
}
