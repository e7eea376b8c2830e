/** How a person is drawn in shared documents: a colour derived from their id, and initials. */

/**
 * Colours readable as text on white and as a caret line; y-prosemirror only accepts 6-digit hex.
 * A person keeps the same colour in every document and every browser.
 */
const PALETTE = ['#2456d6', '#c0262d', '#1d7f47', '#9a5b00', '#7c3aed', '#0e7490', '#be185d', '#4d7c0f', '#b45309', '#4338ca'] as const;

/** FNV-1a over the id: stable, cheap, spreads UUIDs evenly over the palette. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function colorFor(userId: string): string {
  return PALETTE[hash(userId) % PALETTE.length]!;
}

/** "Ana Costa" → "AC", "chloé" → "C". */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return '?';
  const first = parts[0]!.charAt(0);
  const last = parts.length > 1 ? parts.at(-1)!.charAt(0) : '';
  return (first + last).toUpperCase();
}
