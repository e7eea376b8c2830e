import { ops, request } from '$lib/graphql';

/** A short-lived permission to open one shared document over the collab socket. */
export interface CollabTicket {
  token: string;
  /** Absolute WebSocket URL prefix, e.g. ws://host/collab; the document name is appended. */
  url: string;
  document: string;
  canWrite: boolean;
  expiresAt: string;
}

export async function fetchTicket(document: string): Promise<CollabTicket> {
  const d = await request<{ collabTicket: CollabTicket }>(ops.COLLAB_TICKET, { document });
  return d.collabTicket;
}

/** Shared document names (the server authorizes each against the project's members). */
export const charterDocument = (projectId: string) => `project/${projectId}/charter`;
export const wbsDocument = (projectId: string) => `project/${projectId}/wbs`;
