/**
 * How a person is drawn in shared documents: the awareness field `user` is `{ id, name, color }`.
 * The server fixes it from the collab ticket (nobody can show up under another name); the client
 * uses the same colour for itself. A person keeps the same colour in every document and browser.
 */
export interface PresenceUser {
  id: string;
  name: string;
  color: string;
}

/** Colours readable as text on white and as a caret line; y-prosemirror only accepts 6-digit hex. */
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

export function colorFor(id: string): string {
  return PALETTE[hash(id) % PALETTE.length]!;
}

export const presenceUser = (id: string, name: string): PresenceUser => ({ id, name, color: colorFor(id) });
