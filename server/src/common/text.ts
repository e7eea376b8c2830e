/**
 * PostgreSQL stores every Unicode code point in `text` and `jsonb` except U+0000 (NUL): a write
 * holding one fails with `invalid byte sequence for encoding "UTF8": 0x00`. Input that may hold
 * one is refused with the field named (GraphQL arguments, imported files) or, where a refusal
 * would stop other people's work (the live documents), stripped.
 */
const NUL = '\u0000';

export const hasNul = (s: string): boolean => s.includes(NUL);

export const stripNul = (s: string): string => (s.includes(NUL) ? s.replaceAll(NUL, '') : s);

/**
 * Path of the first string inside `value` (strings, arrays and plain objects, keys included) that
 * holds U+0000, e.g. `input.tasks[2].name`; null when there is none. Walks without recursion, so a
 * deeply nested JSON value cannot overflow the stack.
 */
export function findNul(value: unknown, path: string): string | null {
  const stack: [unknown, string][] = [[value, path]];
  while (stack.length) {
    const [v, at] = stack.pop()!;
    if (typeof v === 'string') {
      if (v.includes(NUL)) return at;
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], `${at}[${i}]`]);
    } else if (v !== null && typeof v === 'object' && !(v instanceof Date) && !ArrayBuffer.isView(v)) {
      const entries = Object.entries(v as Record<string, unknown>);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, child] = entries[i]!;
        const childPath = at ? `${at}.${k}` : k;
        if (k.includes(NUL)) return childPath;
        stack.push([child, childPath]);
      }
    }
  }
  return null;
}
