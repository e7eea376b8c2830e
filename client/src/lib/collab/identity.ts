/** How a person is drawn in shared documents: a colour derived from their id, and initials. */

// The colour is shared with the server, which fixes each person's presence from their collab ticket.
export { colorFor } from '@trellis/schema/presence';

/** "Ana Costa" → "AC", "chloé" → "C". */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return '?';
  const first = parts[0]!.charAt(0);
  const last = parts.length > 1 ? parts.at(-1)!.charAt(0) : '';
  return (first + last).toUpperCase();
}
