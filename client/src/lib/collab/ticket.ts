import { ops, request, type ResultOf } from '$lib/graphql';

/**
 * A short-lived permission to open one shared document over the collab socket; `url` is the absolute
 * WebSocket URL prefix, e.g. ws://host/collab, to which the document name is appended.
 */
export type CollabTicket = ResultOf<typeof ops.COLLAB_TICKET>['collabTicket'];

export async function fetchTicket(document: string): Promise<CollabTicket> {
  const d = await request(ops.COLLAB_TICKET, { document });
  return d.collabTicket;
}

/** Shared document names (the server authorizes each against the project's members). */
export const charterDocument = (projectId: string) => `project/${projectId}/charter`;
export const wbsDocument = (projectId: string) => `project/${projectId}/wbs`;
